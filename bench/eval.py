"""Score the extractor on every gold set: the seeds and the hand-labelled test articles.

Usage: python bench/eval.py [--scorer ../shared/eval/score.py] [-v]

For each gold file (../shared/eval/gold/seeds.json, tests/extraction/articles/gold*.json,
tests/extraction/heldout*/gold.json) it extracts the listed articles and runs the shared
scorer on them, printing its table. Kinds a gold file does not label are left out.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = [ROOT.parent / "shared/eval/gold/seeds.json",
        *sorted((ROOT / "tests/extraction/articles").glob("gold*.json")),
        *sorted((ROOT / "tests/extraction").glob("heldout*/gold.json"), key=lambda p: (len(p.parent.name), p.parent.name))]


def main() -> None:
    """Extract and score each gold set in turn."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/eval/score.py")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for gold in (g for g in GOLD if g.exists()):
        data = json.loads(gold.read_text(encoding="utf-8"))
        files = [str(ROOT / a["file"]) for a in data["articles"]]
        kinds = sorted({k for a in data["articles"] for k in ("figures", "claims", "actors") if k in a})
        with tempfile.NamedTemporaryFile("w+", suffix=".jsonl") as out:
            subprocess.run([sys.executable, "-m", "service", "extract", *files], cwd=ROOT,
                           stdout=out, check=True)
            cmd = [sys.executable, str(args.scorer), str(gold), out.name, "--kinds", ",".join(kinds)]
            result = subprocess.run(cmd + (["-v"] if args.verbose else []), capture_output=True, text=True)
        print(f"== {gold.relative_to(ROOT.parent)} ({len(files)} articles)")
        print(result.stdout.rstrip() or result.stderr.rstrip())


if __name__ == "__main__":
    main()
