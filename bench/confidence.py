"""Check that confidence means something: items at or above 0.8 are right more often.

Usage: python bench/confidence.py [GOLD.json ...] [--scorer ../shared/eval/score.py]

Runs the extractor over the articles of each gold file, pairs predictions with gold items
by the scorer's own matching rules, and calls a prediction right when it matches a gold
item and its scored attributes (speaker; claimant and object; type) are right. Prints the
share of right items above and below the threshold for actors, claims and figures.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from service.extraction import extract  # noqa: E402
from service.extraction.export import to_resources  # noqa: E402
from service.formats import parse_plain_text  # noqa: E402

from bench.eval import GOLD as DEFAULT_GOLD  # noqa: E402  one list of gold sets for both scripts


def load_scorer(path: Path):
    """Import the shared scorer module from its file."""
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def judge(sc, kind: str, golds: list, preds: list) -> list[tuple[float, bool]]:
    """Return (confidence, right) for every prediction of one kind in one article."""
    if kind == "figures":
        ok = lambda p, g: sc.figure_value_matches(p, g) and sc.in_sentence(p, g)  # noqa: E731
        def attrs(p, g):
            claimant = (sc.name_of(p.get("claimant")) is None) if g.get("claimant") is None \
                else sc.names_match(sc.name_of(p.get("claimant")), g["claimant"])
            return claimant and (sc.object_matches(p, g) if g.get("objects") else True)
    elif kind == "claims":
        ok = sc.claim_ok
        attrs = lambda p, g: sc.names_match(sc.name_of(p.get("speaker")), g["speaker"])  # noqa: E731
    else:
        ok = sc.actor_ok
        attrs = lambda p, g: sc.norm(p.get("type")) == g["type"]  # noqa: E731
    pairs = dict((pi, gi) for gi, pi in sc.greedy_match(golds, preds, ok))
    return [(p.get("confidence", 1.0), pi in pairs and bool(attrs(p, golds[pairs[pi]])))
            for pi, p in enumerate(preds)]


def main() -> None:
    """Print right-rates above and below the threshold per kind."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, default=[p for p in DEFAULT_GOLD if p.exists()])
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared/eval/score.py")
    ap.add_argument("--threshold", type=float, default=0.8)
    args = ap.parse_args()
    sc = load_scorer(args.scorer)
    tallies = {k: [] for k in ("actors", "claims", "figures")}
    for gold_path in args.gold:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for art in gold["articles"]:
            path = ROOT / art["file"]
            fields = parse_plain_text(path.read_text(encoding="utf-8"))
            out = to_resources(extract(fields["body"], title=fields.get("title")))
            for kind in tallies:
                if kind in art:
                    tallies[kind] += judge(sc, kind, art[kind], out[kind])
    t = args.threshold
    print(f"{'kind':8} {'>= ' + str(t):>16} {'< ' + str(t):>16}")
    for kind, items in tallies.items():
        hi = [r for c, r in items if c >= t]
        lo = [r for c, r in items if c < t]
        cell = lambda xs: f"{sum(xs) / len(xs):.2f} ({sum(xs)}/{len(xs)})" if xs else "-"  # noqa: E731
        print(f"{kind:8} {cell(hi):>16} {cell(lo):>16}")


if __name__ == "__main__":
    main()
