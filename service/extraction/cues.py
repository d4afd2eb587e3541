"""Reporting cues: the verbs and phrases that attribute content to a source."""
from __future__ import annotations

import re

from .lexicon import load_table
from .names import _alternation

CUE_FRAME: dict[str, str] = {}
for _forms, _frame in load_table("reporting_verbs"):
    for _form in _forms.split(","):
        CUE_FRAME[_form.strip()] = _frame

CUE_RE = re.compile(r"\b(" + _alternation(CUE_FRAME) + r")\b")
# CUE_RE after the non-word character before it: a pattern that opens with a character class
# lets the regex engine skip ahead instead of trying every position (every cue starts with a letter).
_CUE_AFTER_NONWORD = re.compile(r"\W(" + _alternation(CUE_FRAME) + r")\b")
# why: on ASCII text \w, \W and \b mean the same with re.ASCII, whose word test is a table look-up
_CUE_RE_ASCII = re.compile(CUE_RE.pattern, re.ASCII)
_CUE_AFTER_NONWORD_ASCII = re.compile(_CUE_AFTER_NONWORD.pattern, re.ASCII)
assert all(c[:1].isalpha() for c in CUE_FRAME)


def cue_matches(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, cue) of each CUE_RE match in `text`, as CUE_RE.finditer gives them."""
    out, pos = [], 0
    ascii_text = text.isascii()
    first = (_CUE_RE_ASCII if ascii_text else CUE_RE).match(text)  # why: the only match with no character before it
    if first:
        out.append((0, first.end(), first.group(1)))
        pos = first.end()
    for m in (_CUE_AFTER_NONWORD_ASCII if ascii_text else _CUE_AFTER_NONWORD).finditer(text, pos):
        out.append((m.start(1), m.end(), m.group(1)))
    return out
# why: opening with "[AaCc]" (and "(?<!\w.)" for the leading \b) lets the engine skip ahead to those letters
ACCORDING_RE = re.compile(r"[AaCc](?<!\w.)(?:(?<=[Aa])ccording to|(?<=[Aa])s (?:reported|stated|noted|told) by"
                          r"|(?<=[Cc])iting)\s+")
PASSIVE_BY_RE = re.compile(r"\b(?:was|were|has been|have been|is|are)\s+(?:\w+ly\s+)?(\w+)\s+by\s+")
# Words that may sit between a speaker and the cue ("Russia officially acknowledged").
FILLER_RE = re.compile(
    r"(?:\s+(?:also|has|have|had|will|would|previously|earlier|later|then|again|officially|publicly|"
    r"repeatedly|further|recently|initially|separately|once|reportedly|had\s+also|has\s+also|both|together|jointly|now|still|currently|long|"
    r"[a-z]+ly))+\s*$")
AUXILIARY_BEFORE_RE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$")
_FILLER_WORDS = frozenset("also has have had will would previously earlier later then again officially publicly "
                          "repeatedly further recently initially separately once reportedly both together "
                          "jointly now still currently long".split())


def strip_fillers(text: str) -> str:
    """Return `text` without the filler words that end it, as FILLER_RE.sub("", text) does.

    FILLER_RE can only match when the last word is a filler; checking that first skips the
    regex scan (costly: it tries every space) for most subjects.
    """
    words = text[-32:].rsplit(None, 1)  # why: the last word, without splitting the whole text
    if len(words) < 2:
        words = text.rsplit(None, 1)
    last = words[-1] if words else ""
    if last in _FILLER_WORDS or (len(last) > 2 and last.endswith("ly") and last.isascii() and last.isalpha()
                                 and last.islower()):  # the [a-z]+ly alternative
        return FILLER_RE.sub("", text)
    return text
