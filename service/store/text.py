"""Text keys shared by the store: normalised names and content hashes."""
from __future__ import annotations

import hashlib
import re

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})


def name_key(name: str) -> str:
    """Return the matching key of a name: lower case, no leading "the", no dots or quotes."""
    s = name.translate(_QUOTES).lower().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[.\u00b7]", "", s)
    s = re.sub(r"[-\u2010-\u2015]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def content_hash(body: str) -> str:
    """Return the SHA-256 of the body with whitespace folded (same text, same hash)."""
    folded = re.sub(r"\s+", " ", body.translate(_QUOTES)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def like_pattern(text: str) -> str:
    """Return a LIKE pattern matching `text` anywhere, with wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
