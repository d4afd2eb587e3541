"""Read the words around a number: its bound, change direction, age or duration, and period."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .lexicon import load_table
from .numbers import alternation_by_letter

_QUALIFIERS = load_table("figure_qualifiers")
_DIRECTIONS = {w.lower(): d for w, d in load_table("figure_directions")}
_TIME_UNITS = {w.lower(): u for w, u in load_table("time_units")}
_MONTH_NUMBERS = {m.lower(): int(n) for m, n in load_table("months")}


def _phrases(place: str) -> str:
    """Return an alternation of the qualifier phrases standing at `place`, longest first."""
    words = sorted((p for p, _, _, where in _QUALIFIERS if where == place), key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


_QUALIFIER_INFO = {p.lower(): (q, a) for p, q, a, _ in _QUALIFIERS}
_QUALIFIERS_BEFORE = {p.lower(): (q, a) for p, q, a, where in _QUALIFIERS if where == "before"}
_QUALIFIER_LAST_WORDS = frozenset(p.split(" ")[-1] for p in _QUALIFIERS_BEFORE)
_OPENERS = "([\"'“‘"  # stripped from the front of a qualifier phrase
_QUALIFIER_AFTER = re.compile(rf"(?:-|\s*)({_phrases('after')})(?!\w)", re.IGNORECASE)
_DIRECTION_AFTER = re.compile(r"\s+(more|fewer|higher|lower|less)\b(?!\s+than\s+\d)", re.IGNORECASE)
_TIME_UNIT = "|".join(sorted(map(re.escape, _TIME_UNITS), key=len, reverse=True))
_AGE_COMPOUND = re.compile(r"[-\s](?:year|yr)s?[-\s]old\b", re.IGNORECASE)
_DURATION = re.compile(rf"(-|\s+)({_TIME_UNIT})\b", re.IGNORECASE)
_AGE_IN_BRACKETS = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*\(\s*$")
_AGE_AFTER_COMMA = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s*$")
_BRACKET_CLOSE = re.compile(r"\s*[,)]")
_COMMA = re.compile(r"\s*,")
_COMMA_THEN_WORD = re.compile(r"\s*,\s+[a-z]")
_YEARS_OLD = re.compile(r"\s+years?\s+old\b", re.IGNORECASE)
_MONTH_RE = "|".join(sorted((re.escape(m) for m, _ in load_table("months")), key=len, reverse=True))
_PREPOSITION_WORDS = "in on since during by for through until last this of early late mid".split()
_PREPOSITIONS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _PREPOSITION_WORDS)
# Case-sensitive on purpose: month names are capitalised ("in May", not "may"), and a
# case-insensitive pattern costs several times more to scan.
_PERIOD = re.compile(
    r"\b(?:(?P<q>(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth)\s+quarter)\s+(?:of\s+)?(?P<qy>\d{4})"
    rf"|(?:{_PREPOSITIONS})\s+(?:(?:early|late|mid)[-\s]?)?"
    rf"(?:(?P<m>{_MONTH_RE})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?(?:\s+(?P<my>\d{{4}}))?\b|(?P<y>(?:19|20)\d\d)\b(?!\s*(?:%|percent|people)))"
    r"|(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\s+(?P<span>year|month|week)\b)")
# A period phrase always holds one of these; the full pattern then runs only on a short
# window around each, several times cheaper than scanning every sentence with it.
# (No leading \b: it makes the scan three times slower, and the window pattern checks anyway.
# Every alternative opens with a plain letter or digit, so the engine skips to those.)
_PERIOD_ANCHOR = re.compile(
    alternation_by_letter([m for m, _ in load_table('months')] + ['year', 'month', 'week', 'quarter'], r"\b")
    + r"|19\d\d\b|20\d\d\b")
# The same phrases, found faster: a match must open with one of these letters, so a pattern that
# consumes one of them (then checks the phrase from there in a look-ahead) lets the engine skip to
# them, where the leading \b of _PERIOD makes it try every position.  The match is one character
# long; group "all" holds the phrase.
_PERIOD_FIRST = "".join(sorted({c for w in _PREPOSITION_WORDS + "first second third fourth last this next previous".split()
                                for c in (w[0], w[0].upper())}))
_PERIOD_AT = re.compile(rf"[{_PERIOD_FIRST}](?<!\w.)(?<=(?=(?P<all>{_PERIOD.pattern})).)")  # (?<!\w.): a word start
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(slots=True)
class Bound:
    """What the words around a number say about it: its qualifier and how far it extends."""

    qualifier: str = "exact"
    approximate: bool | None = False
    start: int = 0  # the span of the qualifier words, widening the figure's surface text
    end: int = 0


def _phrase_before(text: str, start: int, floor: int, table: dict, span: int = 24,
                   last_words: frozenset[str] | None = None) -> tuple[str, int] | None:
    """Return (phrase, its start) for the longest `table` phrase of 1-3 words ending right before `start`.

    Looking words up beats searching a window with a "...$" pattern: the regex engine
    would try every start position of the window against every phrase.
    """
    window = text[max(floor, start - span):start]
    stripped = window.rstrip()
    if not stripped:
        return None
    last = stripped.rsplit(None, 1)[-1]  # why: the last word alone decides for most numbers; split the rest later
    if len(last) > 1 and last[-1] == "~":  # "~6,000" written tight
        last = "~"
    if last_words is not None:
        low = last.lower()
        if low not in last_words and low.lstrip(_OPENERS) not in last_words:
            return None  # why: every phrase ends in its last word; most numbers have no qualifier
    words = stripped.split()
    words[-1] = last
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        first = words[-n]
        phrase = " ".join(words[-n:]).lstrip(_OPENERS).lower()
        if phrase in table:
            at = len(stripped)
            for w in reversed(words[-n:]):  # the n-th word from the end, not a later copy of it ("as much as")
                at = stripped.rfind(w, 0, at)
            at += len(first) - len(first.lstrip(_OPENERS))
            return phrase, max(floor, start - span) + at
    return None


def read_bound(text: str, start: int, end: int, floor: int) -> Bound:
    """Return the qualifier around text[start:end] ("around 6,000", "100 or more")."""
    found = _phrase_before(text, start, floor, _QUALIFIERS_BEFORE, last_words=_QUALIFIER_LAST_WORDS)
    if found and found[0] == "over" and _DURATION.match(text, end):
        found = None  # "over five years" spans a time, it does not bound it
    if found:
        qualifier, approx = _QUALIFIERS_BEFORE[found[0]]
        return Bound(qualifier, True if approx == "yes" else None, found[1], end)
    m = _QUALIFIER_AFTER.match(text, end)
    if m and (m.group(1) not in ("+",) or m.start(1) == end):
        qualifier, approx = _QUALIFIER_INFO[m.group(1).lower()]
        return Bound(qualifier, True if approx == "yes" else None, start, m.end(1))
    return Bound("exact", False, start, end)


def read_direction(text: str, start: int, end: int, floor: int) -> str | None:
    """Return increase / decrease / additional when the words say the number is a change."""
    words = text[max(floor, start - 30):start].lower().rsplit(None, 2)  # why: only the last two words count
    if words and words[-1] == "by":
        words.pop()  # "rose by 2.6%"
    if words and words[-1] in _DIRECTIONS:
        return _DIRECTIONS[words[-1]]
    m = _DIRECTION_AFTER.match(text, end)
    if m:
        word = m.group(1).lower()
        return "additional" if word == "more" else "decrease" if word in ("fewer", "lower", "less") else "increase"
    return None


def read_age(text: str, start: int, end: int, floor: int) -> tuple[str, int] | None:
    """Return (whose age, end of the age words) when the number is someone's age."""
    after = text[end:end + 12]
    before = text[max(floor, start - 2):start].rstrip()[-1:]
    m = _AGE_IN_BRACKETS.search(text, max(floor, start - 40), start) if before == "(" else None
    if m and _BRACKET_CLOSE.match(after):
        return f"age of {m.group(1)}", end  # "Lee (26)", "Baek (21, left)"
    m = _AGE_AFTER_COMMA.search(text, max(floor, start - 40), start) if before == "," else None
    if m and _COMMA.match(after) and m.start(1) > floor and not m.group(1).split()[0] in _MONTH_NUMBERS:
        return f"age of {m.group(1)}", end  # "Starmer, 61, told"
    if m and m.start(1) == floor and _COMMA_THEN_WORD.match(after):
        return f"age of {m.group(1)}", end  # "Starmer, 61, told supporters"
    m = _AGE_COMPOUND.match(text, end)
    if m:
        return "age", m.end()
    m = _YEARS_OLD.match(text, end)
    if m:
        return "age", m.end()
    if is_age_span(text, start, floor):
        return "age", end
    return None


def is_age_span(text: str, start: int, floor: int) -> bool:
    """Tell whether a range is an age span ("children aged 5 to 11")."""
    words = text[max(floor, start - 20):start].lower().split()
    if words and words[-1] == "between":
        words.pop()  # "aged between 18 and 60"
    return bool(words) and (words[-1] in ("aged", "age", "ages") or words[-2:] == ["age", "of"])


def read_duration(text: str, end: int) -> tuple[str, bool, int] | None:
    """Return (time unit, written as a compound, end) for "10 years" / "a 30-day truce"."""
    m = _DURATION.match(text, end)
    if not m:
        return None
    return _TIME_UNITS[m.group(2).lower()], m.group(1) == "-", m.end()


def _relative(rel: str, span: str, published_at: date | None) -> str:
    """Return the period "last year" / "this month" names, dated when the publication date is known."""
    if published_at is None:
        return f"{rel.lower()} {span.lower()}"
    step = {"last": -1, "previous": -1, "this": 0, "next": 1}[rel.lower()]
    if span.lower() == "year":
        return str(published_at.year + step)
    if span.lower() == "month":
        month = published_at.month + step
        year = published_at.year + (month - 1) // 12
        return f"{year}-{(month - 1) % 12 + 1:02d}"
    return f"{rel.lower()} {span.lower()}"


def _period_of(m: re.Match, published_at: date | None) -> str | None:
    """Return the period one period match names ("2025-03", "2024", "2024-Q1")."""
    if m.group("q"):
        return f"{m.group('qy')}-Q{_QUARTERS[m.group('q').split()[0].lower()]}"
    if m.group("m"):
        month = _MONTH_NUMBERS[m.group("m").lower()]
        year = m.group("my") or (str(published_at.year) if published_at else None)
        return f"{year}-{month:02d}" if year else m.group("m")
    if m.group("y"):
        return m.group("y")
    return _relative(m.group("rel"), m.group("span"), published_at)


def find_periods(sentence: str, published_at: date | None) -> list[tuple[int, str]]:
    """Return (position, period) for every period phrase in a sentence."""
    out: list[tuple[int, str]] = []
    seen = -1
    for anchor in _PERIOD_ANCHOR.finditer(sentence):
        phrase_end = -1
        for m in _PERIOD_AT.finditer(sentence, max(0, anchor.start() - 40), anchor.end() + 12):
            if m.start() < phrase_end:
                continue  # inside the phrase before it, where _PERIOD.finditer would not look
            phrase_end = m.end("all")
            if m.start() > seen:
                period = _period_of(m, published_at)
                if period:
                    out.append((m.start(), period))
                seen = m.start()
    return out


def nearest_period(periods: list[tuple[int, str]], position: int) -> str | None:
    """Return the period phrase closest to `position` in the sentence, if any."""
    if not periods:
        return None
    return min(periods, key=lambda p: abs(p[0] - position))[1]
