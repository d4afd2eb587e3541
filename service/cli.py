"""Command line: `python -m service serve|seed|extract|reextract|db|keys|openapi`."""
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


def migrated_app():
    """Build the app from the environment and bring its database to the newest schema."""
    from service import create_app, migrate

    app = create_app()
    migrate.upgrade(app.extensions["db_engine"])
    return app


def cmd_seed(args: argparse.Namespace) -> int:
    """Load the seed articles into the configured database."""
    app = migrated_app()
    for name, article_id, created in load_seeds(app):
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


def cmd_db(args: argparse.Namespace) -> int:
    """Run schema migrations: upgrade, downgrade, current, revision."""
    from service import create_app, migrate

    engine = create_app().extensions["db_engine"]
    url = engine.url.render_as_string(hide_password=True)
    if args.action == "upgrade":
        migrate.upgrade(engine, args.revision or "head")
    elif args.action == "downgrade":
        migrate.downgrade(engine, args.revision or "-1")
    elif args.action == "revision":
        migrate.revision(engine, args.message or "change")
    print(f"{url}: at revision {migrate.current(engine) or 'base (empty)'}")
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    """Manage API keys: create (prints the key alone on its last line), list, revoke."""
    from service import create_app
    from service.db import new_session
    from service.store import keys

    app = create_app()
    with new_session(app) as session:
        if args.action == "create":
            row, key = keys.create(session=session, role=args.role, name=args.name)
            print(f"created key {row.id} ({row.role}); store it now, it is not shown again:")
            print(key)
        elif args.action == "list":
            print(f"{'id':>4}  {'prefix':14} {'role':7} {'state':8} {'created':20} name")
            for row in keys.list_keys(session=session):
                state = "revoked" if row.revoked_at else "active"
                print(f"{row.id:>4}  {row.prefix + '…':14} {row.role:7} {state:8} "
                      f"{row.created_at:%Y-%m-%d %H:%M:%S}  {row.name or ''}")
        elif args.action == "revoke":
            if not keys.revoke(session=session, key_id=args.id):
                print(f"no key with id {args.id}", file=sys.stderr)
                return 1
            print(f"revoked key {args.id}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Migrate, load the seeds (unless NEWSCLAIMS_SEED=0), then run gunicorn."""
    app = migrated_app()
    if str(app.config.get("SEED_ON_START", "1")) not in ("0", "false", "no"):
        for name, article_id, created in load_seeds(app):
            print(f"seed {name}: /articles/{article_id}{' (new)' if created else ''}", flush=True)
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        # why: gunicorn workers are separate processes; metrics must be summed across them
        import tempfile

        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="newsclaims-metrics-")
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
    p = sub.add_parser("db", help="schema migrations")
    p.add_argument("action", choices=["upgrade", "downgrade", "current", "revision"])
    p.add_argument("revision", nargs="?", help="target revision (upgrade: head; downgrade: -1)")
    p.add_argument("-m", "--message", help="message of a new revision")
    p.set_defaults(func=cmd_db)
    p = sub.add_parser("keys", help="API keys")
    ksub = p.add_subparsers(dest="action", required=True)
    k = ksub.add_parser("create", help="create a key and print it")
    k.add_argument("--role", required=True, choices=["reader", "editor", "admin"])
    k.add_argument("--name", help="who or what the key is for")
    ksub.add_parser("list", help="list keys (never the keys themselves)")
    k = ksub.add_parser("revoke", help="revoke a key by id")
    k.add_argument("id", type=int)
    p.set_defaults(func=cmd_keys)
    sub.add_parser("serve", help="create tables, load seeds and run gunicorn").set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the chosen command."""
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))
