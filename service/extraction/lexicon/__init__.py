"""Word lists the extractor reads: plain-text data files, one entry per line, '#' comments."""
from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """Return the non-empty, non-comment lines of lexicon file `name`.txt."""
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    lines = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if line:
            lines.append(line)
    return tuple(lines)


@cache
def load_set(name: str) -> frozenset[str]:
    """Return lexicon file `name` as a lower-cased set."""
    return frozenset(line.lower() for line in load_lines(name))


@cache
def load_table(name: str, sep: str = "|") -> tuple[tuple[str, ...], ...]:
    """Return lexicon file `name` as rows of `sep`-separated, stripped fields."""
    return tuple(tuple(f.strip() for f in line.split(sep)) for line in load_lines(name))
