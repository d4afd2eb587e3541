"""Command line: `python -m service extract|seed|serve|reextract|openapi|initdb`."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

REPO_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seeds_dir(app) -> Path:
    """Return the folder seeds are loaded from."""
    configured = app.config.get("SEEDS_DIR")
    if configured:
        return Path(configured)
    return REPO_SEEDS if REPO_SEEDS.is_dir() else Path.cwd() / "seeds"


def load_seeds(app) -> list[tuple[str, int, bool]]:
    """Ingest every seed file (idempotent); return (file, article id, created) for each."""
    from service.db import new_session
    from service.formats import parse_plain_text
    from service.store import articles

    out = []
    folder = seeds_dir(app)
    with new_session(app) as session:
        for path in sorted(folder.glob("*.txt")):
            fields = parse_plain_text(path.read_text(encoding="utf-8"))
            article, created = articles.ingest(session=session, **fields)
            out.append((path.name, article.id, created))
    return out


def cmd_extract(args: argparse.Namespace) -> int:
    """Print one JSON line per file: {"file", "actors", "claims", "figures"}."""
    from service.extraction import extract
    from service.extraction.export import to_resources
    from service.formats import parse_plain_text

    for name in args.files:
        fields = parse_plain_text(Path(name).read_text(encoding="utf-8"))
        published = fields.get("published_at")
        ex = extract(fields["body"], title=fields.get("title"),
                     published_at=published.date() if published else None)
        print(json.dumps({"file": name, **to_resources(ex)}, ensure_ascii=False))
    return 0


def cmd_seed(args: argparse.Namespace) -> int:
    """Load the seed articles into the configured database."""
    from service import create_app

    for name, article_id, created in load_seeds(create_app()):
        print(f"{'loaded' if created else 'already there'}: {name} -> /articles/{article_id}")
    return 0


def cmd_reextract(args: argparse.Namespace) -> int:
    """Read stored articles again with the current extractor."""
    from sqlalchemy import select

    from service import create_app
    from service.db import new_session
    from service.extraction import VERSION
    from service.models import Article
    from service.store import articles

    app = create_app()
    with new_session(app) as session:
        stmt = select(Article.id).order_by(Article.id)
        if not args.all:
            stmt = stmt.where(Article.extractor_version != VERSION)
        ids = list(session.scalars(stmt))
        for article_id in ids:
            articles.reextract(session=session, article=session.get(Article, article_id))
    print(f"re-read {len(ids)} article(s) with extractor {VERSION}")
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    """Print the OpenAPI spec as YAML (the content of openapi.yaml)."""
    from service.openapi import spec_yaml

    sys.stdout.write(spec_yaml())
    return 0


def cmd_initdb(args: argparse.Namespace) -> int:
    """Create the database tables if they are missing."""
    from service import create_app

    app = create_app()
    print(f"database ready: {app.extensions['db_engine'].url.render_as_string(hide_password=True)}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Create tables, load the seeds (unless NEWSCLAIMS_SEED=0), then run gunicorn."""
    from service import create_app

    app = create_app()
    if str(app.config.get("SEED_ON_START", "1")) not in ("0", "false", "no"):
        for name, article_id, created in load_seeds(app):
            print(f"seed {name}: /articles/{article_id}{' (new)' if created else ''}", flush=True)
    confs = [p for p in (Path.cwd() / "gunicorn.conf.py", REPO_SEEDS.parent / "gunicorn.conf.py") if p.exists()]
    bind = f"{app.config['HOST']}:{app.config['PORT']}"
    argv = ["gunicorn", *(["--config", str(confs[0])] if confs else ["--bind", bind]),
            "service:create_app()"]
    os.execvp(sys.executable, [sys.executable, "-m", *argv])
    return 0  # pragma: no cover


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract from text files and print JSON lines")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_extract)
    sub.add_parser("seed", help="load seeds/ into the database (idempotent)").set_defaults(func=cmd_seed)
    p = sub.add_parser("reextract", help="re-read stored articles read by an older extractor")
    p.add_argument("--all", action="store_true", help="re-read every article, not just outdated ones")
    p.set_defaults(func=cmd_reextract)
    sub.add_parser("openapi", help="print the OpenAPI spec as YAML").set_defaults(func=cmd_openapi)
    sub.add_parser("initdb", help="create the database tables").set_defaults(func=cmd_initdb)
    sub.add_parser("serve", help="create tables, load seeds and run gunicorn").set_defaults(func=cmd_serve)
    return parser


def register(app) -> None:
    """Attach the seed command to `flask` as well (flask --app service seed)."""
    import click

    @app.cli.command("seed")
    def _seed():  # pragma: no cover - thin wrapper
        """Load the seed articles."""
        for name, article_id, created in load_seeds(app):
            click.echo(f"{name}: /articles/{article_id} {'loaded' if created else 'already there'}")


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the chosen command."""
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))
