"""Matching keys for names: the one normalisation the extractor and the store share."""
from __future__ import annotations

import re

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def fold_quotes(text: str) -> str:
    """Replace curly quotes and apostrophes with straight ones."""
    return text.translate(_QUOTES)


def name_key(name: str) -> str:
    """Return the matching key of a name: lower case, no leading "the", no dots or dashes."""
    s = fold_quotes(name).lower().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[.\u00b7]", "", s)
    s = re.sub(r"[-\u2010-\u2015]", " ", s)
    return re.sub(r"\s+", " ", s).strip()
