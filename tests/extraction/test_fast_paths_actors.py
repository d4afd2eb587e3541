"""The actor/claim shortcuts taken for speed must give what the plain patterns give."""
from __future__ import annotations

import random
import re

from service.extraction.claims import _COORD_CUE
from service.extraction.speakers import _HEAD_WORD, _has_head_word
from service.extraction.cues import ACCORDING_RE, CUE_FRAME, CUE_RE, cue_matches
from service.extraction.names import _alternation

_SEPARATORS = ["", " ", "  ", "-", "_", "é", ",", "“", "’", ", "]


def _texts(words: list[str], seed: int, n: int = 5000):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(words) + rnd.choice(_SEPARATORS) for _ in range(rnd.randint(0, 8)))


def test_cue_matches_equal_cue_re():
    words = [*list(CUE_FRAME)[:40], "said", "point", "out", "x", "said1", "_said", "Said"]
    for text in _texts(words, 1):
        assert cue_matches(text) == [(m.start(), m.end(), m.group(1)) for m in CUE_RE.finditer(text)], text


def test_according_re_equals_plain_pattern():
    plain = re.compile(r"\b(?:[Aa]ccording to|[Aa]s (?:reported|stated|noted|told) by|[Cc]iting)\s+")
    words = ["according to", "According to", "as reported by", "As told by", "citing", "Citing", "a", "c", "x"]
    for text in _texts(words, 2):
        assert [m.span() for m in ACCORDING_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_coord_cue_equals_plain_pattern():
    plain = re.compile(r",?\s+(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?" + CUE_RE.pattern
                       + r"(?=(?P<tail>\s+that\b|,?\s*[“\"]|:)?)")
    words = ["but", "and", "yet", "said", "warned", "also", "quickly", "that", "x", ",", '"']
    for text in _texts(words, 3):
        for pos in (0, min(2, len(text))):
            a, b = _COORD_CUE.search(text, pos), plain.search(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text


def test_has_head_word_equals_pattern():
    words = ["spokesman", "Spokesman", "SPOKESMAN", "officials", "analysts", "ſpokesman", "agency", "x", "of"]
    for text in _texts(words, 4):
        for pos in range(len(text) + 1):
            if pos and re.match(r"\w", text[pos - 1]):
                continue  # callers start after a break character
            assert _has_head_word(text, pos) == bool(_HEAD_WORD.search(text, pos)), (text, pos)


def test_alternation_is_unchanged_for_cues():
    assert CUE_RE.pattern == r"\b(" + _alternation(CUE_FRAME) + r")\b"
