"""Command line: extract, seed, serve, db, reextract."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


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


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="python -m service", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="extract from text files and print JSON lines")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_extract)
    return parser


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and run the chosen command."""
    args = build_parser().parse_args(argv)
    sys.exit(args.func(args))
