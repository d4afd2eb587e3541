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


def test_coord_cue_precheck_equals_search():
    from service.extraction.claims import _coord_cue
    words = ["but", "and", "yet", "said", "warned", "also", "quickly", "that", "x", ",", '"', "band", "andsaid"]
    for text in _texts(words, 5):
        for s in (0, min(3, len(text))):
            a, b = _coord_cue(text, s, len(text)), _COORD_CUE.search(text, s, len(text))
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), text


def test_role_search_start_keeps_the_first_match():
    from service.extraction.name_runs import _ROLE_BEFORE, _role_search_start
    from service.extraction.names import ROLE_NOUNS
    words = [*sorted(ROLE_NOUNS)[:12], "Minister", "Chief", "of", "for", "at", "the", "that", "what", "said",
             "a", "North", "UN", "ex-minister", "Secretary-General", "O'Neil", "25", 'itself,"', "May,", "(KCNA)",
             "“UN", "élan", "iPhone", "spokesman", "Spokesman"]
    rnd = random.Random(6)
    for _ in range(20000):
        before = "".join(rnd.choice(words) + rnd.choice([" ", " ", "  ", "\n"]) for _ in range(rnd.randint(1, 12)))
        lo = rnd.randint(0, len(before) - 1) if rnd.random() < 0.3 else max(0, len(before) - 100)
        a = _ROLE_BEFORE.search(before, lo)
        b = _ROLE_BEFORE.search(before, _role_search_start(before, lo))
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), (before, lo)


def test_known_matches_equal_whole_pattern():
    from service.extraction import names
    whole = re.compile(_alternation(names.KNOWN, names._KNOWN_GUARD) + names._KNOWN_TAIL)
    lower = [k for k in names.KNOWN if k[0].islower()]
    words = [*lower, *lower[:3], "the", "North", "Korea", "North Korea", "Fed", "al", "Qaeda", "Kyiv", "France",
             "UN", "U.S.", "x", "Xthe"]
    for text in _texts(words, 7):
        got = [(m.span(), m.group(0)) for m in names.known_matches(text)]
        assert got == [(m.span(), m.group(0)) for m in whole.finditer(text)], text


def test_run_matches_equal_run_re():
    from service.extraction.names import RUN_RE, run_matches
    words = ["North", "Korea", "Koreaʼs", "of", "the", "al", "Burhan", "U.S.", "J.", "Smith", "O'Neil", "x", "and",
             "Self-Defense", "ʼ", "Bank", "for"]
    for text in _texts(words, 8):
        assert [m.span() for m in run_matches(text)] == [m.span() for m in RUN_RE.finditer(text)], text


def test_drop_determiner_equals_sub():
    from service.extraction.coref import _DETERMINERS, _drop_determiner
    words = ["the", "The", "ſome", "a", "An", "one", "another", "some", "many", "most", "all", "other", "x", "theory"]
    for text in _texts(words, 9):
        assert _drop_determiner(text) == _DETERMINERS.sub("", text), text
