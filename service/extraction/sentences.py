"""Split a document into sentences with character offsets.

Rule-based: a sentence ends at . ! or ? (plus any closing quotes or brackets) followed by
space and a plausible sentence start, unless the word before the stop is an abbreviation
("Feb.", "Dr.", "S.", "U.S."); a line break always ends a sentence.
"""
from __future__ import annotations

import re

from .lexicon import load_set
from .types import Sentence

_ABBREVIATIONS = load_set("abbreviations")
_SENTENCE_STARTERS = load_set("sentence_starters")

# A candidate boundary: terminal punctuation, optional closers, then whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+)")
_OPENERS = "\"'“‘«([—–-"
_DOTTED_LETTERS = re.compile(r"[A-Za-z]{1,4}(?:\.[A-Za-z]{1,4})+")
_PARAGRAPH = re.compile(r"\n")
_NEXT_WORD = re.compile(r"\s*(\S+)")


def _word_before(text: str, end: int) -> str:
    """Return the token (letters and dots) ending just before `end`."""
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".'’-"):
        start -= 1
    return text[start:end]


def _is_abbreviation_stop(text: str, dot: int, next_word: str) -> bool:
    """Tell whether the full stop at `dot` belongs to an abbreviation, not a sentence end."""
    word = _word_before(text, dot).lstrip(".")
    if not word:
        return False
    bare = word.rstrip(".").lower()
    if len(bare) == 1 and bare.isalpha() and word[0].isupper():
        return True  # an initial: "S. Korea", "J. Smith"
    inner = word.rstrip(".")
    if "." in inner and _DOTTED_LETTERS.fullmatch(inner):  # U.S, U.N, a.m (not 1.0892, not "4.4bn")
        return next_word.strip(_OPENERS).lower() not in _SENTENCE_STARTERS
    if bare in _ABBREVIATIONS:
        if bare in {"no", "nos"} and not next_word[:1].isdigit():
            return False
        return True
    return False


def _next_word(text: str, pos: int) -> str:
    """Return the next whitespace-delimited word at or after `pos`."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m else ""


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one line text[start:end] into sentence spans."""
    spans, cur = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        nxt = _next_word(text, m.end())
        if not nxt:
            continue
        first = nxt.lstrip(_OPENERS)[:1]
        if not first or not (first.isupper() or first.isdigit()):
            continue
        if text[m.start()] == "." and m.end() - m.start() >= 1 and text[m.start():m.start() + 2] != "..":
            if _is_abbreviation_stop(text, m.start(), nxt):
                continue
        spans.append((cur, m.end()))
        cur = m.end()
    spans.append((cur, end))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of `text`, in order, with offsets into `text`."""
    out: list[Sentence] = []
    pos, paragraph = 0, 0
    for line_end in [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]:
        first = len(out)
        for s, e in _split_line(text, pos, line_end):
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(Sentence(len(out), s, e, text[s:e], paragraph))
        if len(out) > first:  # the line holds text (its spans cover it whole), so it is a paragraph
            paragraph += 1
        pos = line_end + 1
    return out
