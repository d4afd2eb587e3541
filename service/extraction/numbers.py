"""Read numbers as news writes them: digits, words, scales, ranges, money and units.

One compiled pattern finds every number expression ("around" and other context are the
figures module's business): an optional currency prefix, the number itself (digits with
separators, number words, "20s"), an optional scale ("million", "bn", "k") and an
optional currency or measure suffix.  Neighbouring expressions are then joined into
ranges ("25-30 000", "between 5 and 10", "5 to 7 percent"), sharing scale and unit.
"""
from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from .lexicon import load_table
from .names import WORD

_NUMBER_WORDS = {w.lower(): (float(v), kind) for w, v, kind in load_table("number_words")}
_CURRENCIES = load_table("currencies")
_UNITS = load_table("units")
_CHANGE_WORDS = frozenset(w.lower() for w, d in load_table("figure_directions") if d != "additional")

# surface (as written) -> unit code; currencies and measures share one suffix table.
_PREFIX_UNITS = {s: code for s, code, where in _CURRENCIES if where in ("prefix", "both")}
_SUFFIX_UNITS = {s.lower(): code for s, code, where in _CURRENCIES if where in ("suffix", "both")}
_SUFFIX_UNITS.update({row[0].lower(): row[1] for row in _UNITS})
SUFFIX_UNITS = _SUFFIX_UNITS  # surface -> unit, for compounds the figures module reads ("50-basis-point")
_ATTACHED_ONLY = {row[0] for row in _UNITS if len(row) > 2 and row[2] == "attached"}


def _trie(words) -> dict:
    """Return a character trie of `words`; "" marks the end of a word."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def alternation(words) -> str:
    """Return a regex matching any of `words`, longest first so "per cent" beats "per".

    Built as a trie ("t(?:wo|en|hree)") so the engine tests one branch per letter: a flat
    alternation of every number word is the slowest part of scanning an article.
    """
    return _trie_pattern(_trie(words))


def alternation_by_letter(words, tail: str = "") -> str:
    """Return a regex matching any of `words` then `tail`, as one alternative per first letter.

    Unlike alternation(), whose one group hides the first letters, a pattern whose every
    alternative starts with a plain character lets the regex engine skip to those letters.
    """
    trie = _trie(words)
    return "|".join(re.escape(ch) + _trie_pattern(child) + tail for ch, child in sorted(trie.items()) if ch)


def _trie_pattern(node: dict) -> str:
    """Return the regex for one trie node; longer continuations are tried before ending."""
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _words_of(kind: str, low: float = 0, high: float = 1e18) -> list[str]:
    """Return the number words of one kind whose value lies in [low, high]."""
    return [w for w, (v, k) in _NUMBER_WORDS.items() if k == kind and low <= v <= high]


_DIGIT = alternation(_words_of("unit", 1, 9))
_UNIT_WORD = alternation(_words_of("unit"))
_TEN_WORD = alternation(_words_of("ten"))
_SCALE_WORD = alternation(_words_of("scale"))
_ABBREV = alternation(_words_of("abbrev"))
_SMALL = rf"(?:(?:{_TEN_WORD})(?:[-\s](?:{_DIGIT}))?|(?:{_UNIT_WORD}))"
# Below a thousand in words; "a" and "half a" only count before a scale ("a million").
_WORDS = (rf"(?:(?:a|{_SMALL})\s+hundred(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL}"
          rf"|half\s+a(?=\s+(?:{_SCALE_WORD})\b)|a(?=\s+(?:{_SCALE_WORD})\b))\b")
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"  # 6,000  1,452.7
           r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)"  # 25 000 (thin or plain space)
           r"|\d{1,3}(?:\.\d{3}){2,}(?!\d)"  # 1.234.567
           rf"|\d+,\d{{1,2}}(?=\s*(?:{_SCALE_WORD}|{_ABBREV})\b)"  # 1,5 million
           r"|\d+(?:\.\d+)?|\.\d+)")
_SUFFIX = alternation(s for s in _SUFFIX_UNITS if s not in _ATTACHED_ONLY)

_EXPRESSION = re.compile(
    rf"(?<![\w.,:/])(?:(?P<cur>{alternation(_PREFIX_UNITS)})[ \u00a0]?)?"
    rf"(?:(?P<decade>\d{{1,3}}0)s\b|(?P<digits>{_DIGITS})|(?i:(?P<words>{_WORDS})))"
    r"(?P<half>\s+and\s+a\s+half(?!\w))?"  # "three and a half times", "2 and a half million"
    rf"(?P<scale>\s*(?i:{_SCALE_WORD})\b|[ \u00a0]?(?i:{_ABBREV})\b|[mMbB]\b)?"
    rf"(?P<unit>[ \u00a0]?(?i:{_SUFFIX})(?!\w)|(?:{alternation(_ATTACHED_ONLY)})(?!\w))?"
    r"(?![\w])(?![:/.,]\d)"  # not "10:30", "24/7", "9/11", nor the "1" of "1.5C"
)
_SYMBOLS = "".join(sorted({p[0] for p in _PREFIX_UNITS if not p[0].isalpha()}))
_CASED_WORDS = [v for w, (_, kind) in _NUMBER_WORDS.items() if kind in ("unit", "ten")
                for v in (w, w.capitalize())]
# Where a number expression can start: a digit, a currency sign, a number word or a
# currency code before digits.  Matching the full pattern only there keeps scanning fast.
# Every alternative opens with a plain character or class (alternation_by_letter), so the
# engine tests each in one step instead of entering nested groups.
_SYMBOL_CLASS = f"[{re.escape(_SYMBOLS)}]"
_CODE_BEFORE_AMOUNT = r"(?=[ \u00a0]?[\d" + re.escape(_SYMBOLS) + "])"  # "US$5", "EUR 20"
_CANDIDATE_BODY = "|".join([
    r"\d", r"\.\d", _SYMBOL_CLASS, alternation_by_letter(_CASED_WORDS, r"\b"),
    rf"[Aa](?=\s+(?:hundred|{_SCALE_WORD})\b)", r"[Hh]alf(?=\s+a\s)",
    alternation_by_letter([p for p in _PREFIX_UNITS if p[0].isalpha()], _CODE_BEFORE_AMOUNT)])
_CANDIDATE = re.compile(rf"(?<![\w.,:/])(?:{_CANDIDATE_BODY})")
_FIRST_CHARS = (set("0123456789.") | set(_SYMBOLS) | {w[0] for w in _CASED_WORDS} | set("AaHh")
                | {p[0] for p in _PREFIX_UNITS if p[0].isalpha()})
# The same candidates after the first position, found through the character before them: a
# pattern that opens with a character class lets the engine skip ahead to it, where the
# look-behind of _CANDIDATE makes it try every position.  Two patterns, one for a space before
# the candidate and one for any other character: the engine enters a match at each space found
# by a plain character several times faster than at each character a class finds.
_CANDIDATE_LOOKAHEAD = "(?=[" + re.escape("".join(sorted(_FIRST_CHARS))) + "])(?=" + _CANDIDATE_BODY + ")"
_CANDIDATE_AFTER_SPACE = re.compile(" " + _CANDIDATE_LOOKAHEAD)
_CANDIDATE_AFTER_OTHER = re.compile(rf"[^{WORD} .,:/]" + _CANDIDATE_LOOKAHEAD)
_RANGE_WORD = re.compile(r"\s*([-–—]|(?i:to|or|and))\s*")  # what can join two numbers into a range
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")
_LETTERS = re.compile(r"[a-z]+")
_METRES_AFTER = re.compile(r"\s*(?:-|(?:from|away|high|deep|long|wide|tall|above|below|race|sprint)\b)")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:\w+\s+)?$", re.IGNORECASE)
_PAST_CHANGES = frozenset("rose fell grew sank shrank climbed jumped dropped slid slipped surged soared plunged "
                          "tumbled gained lost".split())
_WORDS_BEFORE = re.compile(r"((?:\w+\s+){1,3})$")
_FROM_BEFORE = re.compile(r"((?:\w+\s+){1,5})from\s+$", re.IGNORECASE)


class Quantity(NamedTuple):
    """A number expression found in text: its span, value or range, unit and how it was written.

    An immutable record; a named tuple because an article makes dozens and a frozen
    dataclass is several times slower to build.
    """

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    written: str = "digits"  # digits | words | decade
    grouped: bool = False  # thousands separators: a count, never a year or an identifier
    scale: float = 1.0  # the scale word's factor ("million" -> 1e6), 1 when none

    @property
    def is_range(self) -> bool:
        """Tell whether the expression states a range rather than one value."""
        return self.value is None and self.low is not None and self.high is not None


def _digits_value(raw: str) -> tuple[float, bool]:
    """Return the value of a digit string and whether it used thousands separators."""
    if raw.isdigit():  # the common case: no separator to read
        return float(raw), False
    if _DECIMAL_COMMA.fullmatch(raw):  # decimal comma before a scale: "1,5 million"
        return float(raw.replace(",", ".")), False
    if _DOT_GROUPS.fullmatch(raw):  # 1.234.567
        return float(raw.replace(".", "")), True
    cleaned = _SEPARATORS.sub("", raw)
    return float(cleaned), cleaned != raw


def words_value(text: str) -> float | None:
    """Return the value of number words ("one hundred and fifty", "half a million")."""
    tokens = _LETTERS.findall(text.lower())
    if tokens[:2] == ["half", "a"]:
        return 0.5 * (words_value(" ".join(["a"] + tokens[2:])) or 1.0)
    total, current, seen = 0.0, 0.0, False
    for tok in tokens:
        if tok == "and":
            continue
        if tok == "a":
            current, seen = 1.0, True
            continue
        if tok not in _NUMBER_WORDS:
            return None
        value, kind = _NUMBER_WORDS[tok]
        seen = True
        if kind in ("unit", "ten"):
            current += value
        elif kind == "hundred":
            current = (current or 1.0) * value
        else:  # a scale word multiplies everything so far: "two hundred thousand"
            total = (total + (current or 1.0)) * value
            current = 0.0
    return total + current if seen else None


def _scale_factor(raw: str | None) -> float:
    """Return the factor of a scale word or abbreviation ("million", "bn", "m")."""
    if not raw:
        return 1.0
    word = raw.strip().lower()
    if word == "m":
        return 1e6
    if word == "b":
        return 1e9
    return _NUMBER_WORDS[word][0]


def _from_match(m: re.Match, text: str) -> Quantity | None:
    """Build a Quantity from one match of the expression pattern."""
    cur, decade, digits, words, half, scale_raw, unit_raw = m.groups()  # why: by position, cheaper than by name
    if decade:
        low = float(decade)
        return Quantity(m.start(), m.end(), None, low, low + 9, None, "decade")
    reading = _reading(cur, digits, words, half, scale_raw, unit_raw)
    if reading is None:
        return None
    value, written, grouped, maybe_metres, unit, scale, scaled = reading
    if maybe_metres and _METRES_AFTER.match(text, m.end("scale")):
        # "a 100m-high wall", "500m from the border": metres, not millions.
        return Quantity(m.start(), m.end("scale"), value, None, None, "metres", written, grouped)
    return Quantity(m.start(), m.end(), scaled, None, None, unit, written, grouped, scale)


@lru_cache(maxsize=4096)  # why: a pure function of the matched text; "2024", "10%", "$1 billion" recur
def _reading(cur: str | None, digits: str | None, words: str | None, half: str | None, scale_raw: str | None,
             unit_raw: str | None) -> tuple[float, str, bool, bool, str | None, float, float] | None:
    """Return (bare value, written, grouped, an "m" that may be metres, unit, scale, scaled value) for the
    groups of one expression, or None when its words are no number."""
    unit = _PREFIX_UNITS.get(cur) if cur else None
    grouped = False
    if digits:
        value, grouped = _digits_value(digits)
        written = "digits"
    else:
        value, written = words_value(words), "words"
        if value is None:
            return None
    if half:
        value += 0.5
    maybe_metres = bool(scale_raw) and scale_raw.strip() in ("m", "M") and not unit
    scale = _scale_factor(scale_raw)
    if unit_raw:
        unit = unit or _SUFFIX_UNITS.get(unit_raw.strip().lower())
    return value, written, grouped, maybe_metres, unit, scale, _scaled(value, scale) if scale != 1 else value


assert _EXPRESSION.groups == 7 and tuple(_EXPRESSION.groupindex) == (
    "cur", "decade", "digits", "words", "half", "scale", "unit")  # the order _from_match unpacks them in


@lru_cache(maxsize=4096)
def _scaled(value: float, scale: float) -> float:
    """Return value * scale computed in decimal: 16.4 * 1e9 is 16399999999.999998 in binary floating point."""
    return float(Decimal(repr(value)) * Decimal(int(scale)))


def _implied_scale(q: Quantity) -> float:
    """Return the scale a bare first number of a range borrows from the second."""
    if q.scale > 1:
        return q.scale
    if q.grouped and q.value is not None and q.value >= 1000 and q.value % 1000 == 0:
        return 1000.0  # "25-30 000": the second number's thousands apply to the first
    return 1.0


def _is_change_range(before: str, a: Quantity, b: Quantity) -> bool:
    """Tell whether "<change verb> A to B" states a range of change rather than a change and a level:
    "rise by 2% to 3%", "could climb 4 to 5 percent", "will grow 6% to 8%" (not "rose 1.5% to 2,650")."""
    if a.unit != b.unit and a.unit is not None:
        return False
    if b.unit is None or a.value is None or b.value is None or a.value >= b.value:
        return False
    words = before.lower().split()
    if words[-1] == "by":
        return True
    # a change still to come states its size as a range; a past one reports the change, then the level
    verb = next((w for w in reversed(words) if w in _CHANGE_WORDS), "")
    return not (verb.endswith("ed") or verb in _PAST_CHANGES)


def _is_or_range(text: str, a: Quantity, b: Quantity) -> bool:
    """Tell whether "A or B" is an approximate range ("two or three soldiers", "5 or 6 million"),
    not two alternatives a speaker weighs in quotes ("needed \"two or three\" players")."""
    if a.written != b.written or a.value is None or b.value is None or (a.unit and a.unit != b.unit):
        return False
    if text[max(0, a.start - 1):a.start] in ('"', "“", "'", "‘"):
        return False
    low = a.value * (_implied_scale(b) if a.scale == 1 else 1)
    return 0 < low < b.value <= low * 3


def _join_range(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """Return the range "a to b" when the text between them joins them as one, else None."""
    joint = _RANGE_WORD.fullmatch(text, a.end, b.start)  # why: most gaps are long; a regex fails fast, a slice would not
    if joint is None:
        return None
    word = joint.group(1).lower()
    if word in ("-", "–", "—"):
        if b.start - a.end > 3:
            return None
    elif word == "to":
        # why: the pattern ends in "from" and spaces; test the last word before its costly search
        ends_from = text[max(0, a.start - 40):a.start].rstrip()[-4:].lower() == "from"
        m = _FROM_BEFORE.search(text, max(0, a.start - 40), a.start) if ends_from else None
        if m and _CHANGE_WORDS.intersection(m.group(1).lower().split()):
            return None  # "rose from 5% to 10%": two values, not a range
        m = _WORDS_BEFORE.search(text, max(0, a.start - 30), a.start)
        if m and _CHANGE_WORDS.intersection(m.group(1).lower().split()) and not _is_change_range(m.group(1), a, b):
            return None  # "rose 1.5% to 2,650": a change, then the new level
    elif word == "or":
        if not _is_or_range(text, a, b):
            return None
    elif not _BETWEEN_BEFORE.search(text, max(0, a.start - 30), a.start):  # "and"
        return None
    if a.written == "decade" or b.written == "decade" or a.value is None or b.value is None:
        return None
    low, high = a.value, b.value
    scale = _implied_scale(b)
    if scale > 1 and a.scale == 1 and not a.grouped and low * scale <= high and low * scale * 20 >= high:
        low *= scale  # "5-7 million", "25-30 000"
    if low >= high or (a.unit and not b.unit and b.grouped):
        return None
    unit = a.unit or b.unit
    if a.unit and b.unit and a.unit != b.unit:
        return None
    return Quantity(a.start, b.end, None, low, high, unit, a.written, a.grouped or b.grouped, b.scale)


def _candidates(text: str, start: int, end: int) -> list[int]:
    """Return where a number expression can start in text[start:end]."""
    after = [m.start() + 1 for m in _CANDIDATE_AFTER_SPACE.finditer(text, start, end)]
    after += [m.start() + 1 for m in _CANDIDATE_AFTER_OTHER.finditer(text, start, end)]
    after.sort()  # why: each match is the one character before a candidate, so the two scans never overlap
    return ([start] if _CANDIDATE.match(text, start, end) else []) + after


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Return the number expressions in text[start:end], ranges joined, in order."""
    found: list[Quantity] = []
    end = len(text) if end is None else end
    last_end = -1
    match = _EXPRESSION.match
    for pos in _candidates(text, start, end):
        if pos < last_end:
            continue
        m = match(text, pos, end)
        q = _from_match(m, text) if m else None
        if q is not None:
            found.append(q)
            last_end = q.end
    out: list[Quantity] = []
    i, n = 0, len(found)
    while i < n:
        if i + 1 < n:
            joined = _join_range(text, found[i], found[i + 1])
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(found[i])
        i += 1
    return out


def parse_quantity(text: str) -> Quantity | None:
    """Return the quantity when all of `text` is one number expression, else None."""
    found = find_quantities(text.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text.strip()):
        return found[0]
    return None

