"""Matching keys for names: the one normalisation the extractor and the store share."""
from __future__ import annotations

import re

_QUOTE_PAIRS = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'))
_LEADING_THE = re.compile(r"^the\s+")
# Dots go, dashes become spaces (what [.\u00b7] and [-\u2010-\u2015] regex passes did).
_DOTS_DASHES = (".", ""), ("\u00b7", ""), ("-", " "), *((chr(c), " ") for c in range(0x2010, 0x2016))


def fold_quotes(text: str) -> str:
    """Replace curly quotes and apostrophes with straight ones."""
    # why: str.translate with a dict is slow on non-ASCII text; most names hold no curly quote
    for curly, straight in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def name_key(name: str) -> str:
    """Return the matching key of a name: lower case, no leading "the", no dots or dashes."""
    s = fold_quotes(name).lower().strip()
    if s.startswith("the"):
        s = _LEADING_THE.sub("", s)
    for ch, rep in _DOTS_DASHES:
        if ch in s:
            s = s.replace(ch, rep)
    return " ".join(s.split())  # why: split() folds whitespace runs as \s+ does
