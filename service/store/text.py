"""Text keys shared by the store: normalised names and content hashes."""
from __future__ import annotations

import hashlib
import re

from service.extraction.keys import fold_quotes, name_key

__all__ = ["content_hash", "like_pattern", "name_key"]


def content_hash(body: str) -> str:
    """Return the SHA-256 of the body with whitespace folded (same text, same hash)."""
    folded = re.sub(r"\s+", " ", fold_quotes(body)).strip()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def like_pattern(text: str) -> str:
    """Return a LIKE pattern matching `text` anywhere, with wildcards escaped."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
