"""The shortcuts taken for speed must give what the plain versions give."""
from __future__ import annotations

import random
import re

import pytest

from service.extraction.cues import FILLER_RE, strip_fillers
from service.extraction.figure_context import _PERIOD_ANCHOR
from service.extraction.figure_filters import last_chunk_start
from service.extraction.keys import name_key
from service.extraction.numbers import alternation, alternation_by_letter
from service.extraction.pipeline import _ClaimIndex
from service.extraction.types import Claim, Figure


def _name_key_by_regex(name: str) -> str:
    """name_key as it was first written: four regex passes."""
    s = name.translate(str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}))
    s = s.lower().strip()
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[.\u00b7]", "", s)
    s = re.sub(r"[-\u2010-\u2015]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


@pytest.mark.parametrize("name", ["The U.S. Army", "Ukraine’s Intelligence Directorate", "the-x", ".the x",
                                  "Kim Jong\u2011un", "  Al-Burhan \t Jr.  ", "“Hamas”", "the  Hague", "Thebes"])
def test_name_key_matches_regex_version(name):
    assert name_key(name) == _name_key_by_regex(name)


@pytest.mark.parametrize("text", ["The ministry also", "Russia has officially", "He had also", "Kim",
                                  "Lee reportedly ", "the committee,", "Officials", "", "  ", "X Badly",
                                  "they said earlier", "the fly"])
def test_strip_fillers_matches_sub(text):
    assert strip_fillers(text) == FILLER_RE.sub("", text)


def test_last_chunk_start_keeps_word_before_matches():
    word_before = re.compile(r"([#\w][\w.'’-]*)\s*$")
    rnd = random.Random(3)
    alphabet = "ab #.-'’ \t5X("
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        lo, hi = sorted((rnd.randint(0, len(text)), rnd.randint(0, len(text))))
        fast = word_before.search(text, last_chunk_start(text, lo, hi), hi)
        slow = word_before.search(text, lo, hi)
        assert (fast and fast.span(1)) == (slow and slow.span(1)), (text, lo, hi)


def test_alternation_by_letter_matches_grouped_alternation():
    words = ["May", "March", "Mar", "year", "week", "weekend", "Jan.", "June"]
    grouped = re.compile(f"(?:{alternation(words)})\\b")
    flat = re.compile(alternation_by_letter(words, r"\b"))
    text = "In March, Mar. and May the weekend of year 2024; Jan. 5 June Mayday"
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert _PERIOD_ANCHOR.search("in 1999 and 2024")


def _claim(start: int, end: int) -> Claim:
    return Claim(speaker=None, speaker_text=None, cue="said", kind="indirect", content="", start=start, end=end,
                 sentence="", sentence_start=start, sentence_end=end)


def test_claim_index_finds_the_smallest_first_claim():
    rnd = random.Random(5)
    for _ in range(300):
        claims = []
        for _ in range(rnd.randint(0, 8)):
            s = rnd.randint(0, 100)
            claims.append(_claim(s, s + rnd.randint(3, 40)))
        index = _ClaimIndex(claims)
        for _ in range(10):
            s = rnd.randint(0, 130)
            fig = Figure(text="", start=s, end=s + rnd.randint(1, 6), sentence="", sentence_start=0, sentence_end=0)
            best, best_len = None, None
            for i, c in enumerate(claims):  # the plain scan it replaces
                if c.start <= fig.start and fig.end <= c.end and (best_len is None or c.end - c.start < best_len):
                    best, best_len = i, c.end - c.start
            assert index.containing(fig) == best
