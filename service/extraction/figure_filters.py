"""Tell numbers that state a figure from numbers that date, time, rank or name something."""
from __future__ import annotations

import re

from .lexicon import load_set, load_table
from .numbers import Quantity

_MONTHS = "|".join(sorted((re.escape(m) for m, _ in load_table("months")), key=len, reverse=True))
_TIME_UNITS = "|".join(sorted((re.escape(w) for w, _ in load_table("time_units")), key=len, reverse=True))
_MONTH_ALTERNATIVES = frozenset(_MONTHS.split("|"))
_MONTH_INITIALS = frozenset(m[0] for m, _ in load_table("months"))
_IDENTIFIER_WORDS = load_set("identifier_words")
_OBJECT_STOPS = load_set("figure_object_stops")

_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?,?\s+(?:the\s+)?$")  # "Feb. 22", "March 2025"
_DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b")  # "22 February"
_CLOCK_AFTER = re.compile(
    r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|o’clock|GMT\b|UTC\b|BST\b|CET\b|EST\b|EDT\b|ET\b|PT\b"
    r"|hrs\b|h\b|local time)")
_YEAR_WORDS_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|to|of|for|year|years|early|late|mid|before|after|through|during|"
    r"and|or|between|the|its|fiscal|circa|around|spring|summer|autumn|fall|winter|season)|[-–,(])\s*$",
    re.IGNORECASE)
_PLURAL_NEXT = re.compile(r"\s+(?:(?!(?:was|has|does|goes|this|its|his|hers|ours|yours|plus|thus|versus|less|unless|"
                          r"across|whereas|is|as|us)\b)[a-z]+s|people|children|men|women)\b")
_ANCHOR_AFTER = re.compile(
    rf"\s*(?:{_TIME_UNITS})\s+(?:later|ago|earlier|before|after|afterwards|previously|prior|"
    r"from\s+now|on\b|back\b|into\b|since\b|beforehand|hence|running|straight|read\b)", re.IGNORECASE)
_ANCHOR_BEFORE = re.compile(
    r"\b(?:past|last|next|previous|coming|following|first|final|recent|remaining|preceding|latest|"
    r"in|within|after|every|each|once)\s+(?:(?:about|around|some|nearly|almost|just|roughly|another|"
    r"more\s+than|less\s+than|over|the)\s+)*$", re.IGNORECASE)
_TIME_UNIT_AFTER = re.compile(rf"\s*(?:{_TIME_UNITS})\b", re.IGNORECASE)
# "over the next five extended winters": a season or a time unit after a describing word
_SEASON_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:winters?|summers?|springs?|autumns?|seasons?|{_TIME_UNITS})\b",
                           re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([#\w][\w.'’-]*)\s*$")
_NEXT_WORD = re.compile(r"\s*([A-Za-z][\w'’-]*)")
_REPORTING_SOON = re.compile(r"(?:\s+\w+){0,3}\s+(?:said|says|told|added|warned|noted)\b")
# "One Labour MP in a marginal seat, who asked not to be named, told ...": an unnamed source
_SOURCE_ONE = re.compile(r"(?:\s+(?!(?:was|were|is|are|had|has|have|and|but)\b)[\w'’-]+){1,9}"
                         r"(?:\s*,[^,.;]{1,80},)?\s+(?:said|says|told|added|warned|noted|wrote|explained)\b")
# "three were killed and one was missing", "a majority of four to one": a count in a list of counts
_COUNT_ONE_BEFORE = re.compile(r"(?:\b(?:and|while|with|but)|,)\s+$|\b(?:\d[\d,.]*|two|three|four|five|six|seven|"
                               r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(?:to|or|and)\s+$",
                               re.IGNORECASE)
_COUNT_ONE_AFTER = re.compile(r"\s+(?:was|were|is|remains|remained|died|has\s+been|had\s+been|is\s+still|was\s+still)\b")
_EARLIER_COUNT = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty)\s+"
                            r"[a-z]+", re.IGNORECASE)
# A vote tally: "passed 68-31", "by a vote of 341-82", "voted 52-48", "a 52-48 vote"
_TALLY_BEFORE = re.compile(r"\b(?:passed|voted|vote\s+of|votes?\s+of|approved|adopted|rejected|defeated|confirmed|"
                           r"tally\s+of|margin\s+of)\s+(?:(?:by\s+)?the\s+(?:[A-Z][\w-]*\s+){1,3})?"
                           r"(?:by\s+)?(?:a\s+)?(?:(?:vote|margin|tally)\s+of\s+)?$")
_TALLY_AFTER = re.compile(r"\s+(?:vote|votes|tally)\b", re.IGNORECASE)
_TALLY_PAIR = re.compile(r"(\d{1,4})[-–](\d{1,4})(?![\d.,]\d)")
# "a two-party system", "a one-child policy": a number word in a compound adjective names a kind
_KIND_COMPOUND = re.compile(r"-(?:party|state|child|way|sided|tier|speed|track|horse|pronged|fold|dimensional|"
                            r"stroke|lane|seater|door|star|legged|handed|headed|faced)\b(?!-)", re.IGNORECASE)
_DURATION_BEFORE = re.compile(r"\b(?:for|to|of|lasting|served|spent)\s+(?:(?:only|just|about|around|nearly|almost|"
                              r"roughly|some|approximately|more\s+than|less\s+than|at\s+least|up\s+to)\s+)*$")
_PRONOUN_ONE_BEFORE = re.compile(r"\b(?:no|any|every|each|some|the|this|that|which|only|last|such|single)\s+$")
_COUNTER_BEFORE = re.compile(r"\b(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ss]lide|[Pp]age|[Pp]art|[Ee]pisode)\s+\d+\s+of\s+$")
_DIGIT_RUN = re.compile(r"\+?\d+(?:[ .-]\d+){2,}")
_FRACTION_AFTER = re.compile(r"[-\s](?:thirds?|quarters?|fifths?|tenths?|halves)\b", re.IGNORECASE)
_AGE_DECADE_BEFORE = re.compile(r"\b(?:their|his|her|in\s+the)\s+(?:(?:early|mid|late)[-\s]?)?$", re.IGNORECASE)
_FUNCTION_WORDS_CAPITALISED = frozenset(
    "the a an in on at by for from with about around some nearly almost over under up more less "
    "another all only just roughly approximately at least some".split())


def last_chunk_start(text: str, lo: int, hi: int) -> int:
    """Return where the last run of non-space characters in text[lo:hi] starts (hi when none).

    A "(word)\\s*$" pattern can only match there: searching from it spares the regex engine
    a failed attempt at every earlier position of the window.
    """
    body = text[lo:hi].rstrip()
    if not body:
        return hi
    return lo + len(body) - len(body.rsplit(None, 1)[-1])


def _is_year_like(q: Quantity, text: str) -> bool:
    """Tell whether a plain four-digit number is a calendar year ("in 2024", "2025's")."""
    value = q.value
    # why: the value test first, it rejects nearly every number
    if value is None or not 1800 <= value <= 2100 or q.written != "digits" or q.grouped or q.unit or q.scale != 1:
        return False
    raw = text[q.start:q.end]
    if not (len(raw) == 4 and raw.isdigit()):
        return False
    if _YEAR_WORDS_BEFORE.search(text, max(0, q.start - 12), q.start):
        return True
    return not _PLURAL_NEXT.match(text, q.end)  # "killed 2000 people" is a count


def _is_year_range(q: Quantity) -> bool:
    """Tell whether a range is a span of years ("2014-2022", "2022-23")."""
    low, high = q.low or 0, q.high or 0
    return 1800 <= low <= 2100 and low == int(low) and (1800 <= high <= 2100 or high < 100)


def _is_date(q: Quantity, text: str) -> bool:
    """Tell whether the number is a day or year next to a month name ("Feb. 22", "22 February")."""
    if q.unit or q.scale != 1 or q.grouped:
        return False
    lo = max(0, q.start - 14)
    # why: a month name opens with a capital; most windows hold none of those initials
    before = not _MONTH_INITIALS.isdisjoint(text[lo:q.start]) and _DATE_BEFORE.search(text, lo, q.start)
    return bool(before or _DATE_AFTER.match(text, q.end))


def _is_clock_time(q: Quantity, text: str) -> bool:
    """Tell whether the number is a time of day ("5am", "10.30 GMT")."""
    return q.unit is None and bool(_CLOCK_AFTER.match(text, q.end))


def _counter_before(text: str, start: int) -> bool:
    """Tell whether "Photo 3 of" / "Part 2 of" stands right before `start`."""
    lo = max(0, start - 24)
    # why: the pattern ends in "of" and spaces; checking that first skips most regex searches
    return (text.find("of", lo, start) >= 0 and text[lo:start].rstrip().endswith("of")
            and bool(_COUNTER_BEFORE.search(text, lo, start)))


def _is_identifier(q: Quantity, text: str, sentence_start: int) -> bool:
    """Tell whether the number names something: "F-16", "Section 427", "Windows 11", "No. 5"."""
    before = text[max(0, q.start - 2):q.start]
    last = before[-1:]
    if last in ("-", "–", "#") and len(before) == 2 and before[0].isalnum() and not is_tally(q, text):
        return True  # F-16, Su-34, Covid-19, MH-17
    if last == "#" or (last.isspace() and _counter_before(text, q.start)):  # why: "... of " ends in a space
        return True  # "#5", "Photo 1 of 5"
    if q.grouped or q.scale != 1 or q.unit:
        return False
    m = _WORD_BEFORE.search(text, last_chunk_start(text, max(0, q.start - 30), q.start), q.start)
    if not m:
        return False
    word = m.group(1)
    if word.endswith(("'s", "’s", "s'")):
        return False  # "Harris's 226": a possessive owns the number, it does not name it
    if word.lower() in _IDENTIFIER_WORDS or word.lower().rstrip(".") in _IDENTIFIER_WORDS:
        return True
    # A capitalised name right before a bare number not followed by a noun: "Windows 11."
    if word[:1].isupper() and m.start(1) > sentence_start and word.lower() not in _FUNCTION_WORDS_CAPITALISED:
        if word.rstrip(".") in _MONTH_ALTERNATIVES:
            return False
        nxt = _NEXT_WORD.match(text, q.end)
        counted = nxt and nxt.group(1)[0].islower() and nxt.group(1).lower() not in _OBJECT_STOPS
        return not (counted and text[q.end:nxt.start(1)].strip() == "")  # "Air Force 1 and ..."
    return False


def _is_time_anchor(q: Quantity, text: str) -> bool:
    """Tell whether the number places an event in time ("three days later", "over the past two months")."""
    if q.unit:
        return False
    # why: every anchor phrase opens with a time unit, so most numbers need only this one match
    if _TIME_UNIT_AFTER.match(text, q.end):
        if _ANCHOR_AFTER.match(text, q.end):
            return not _DURATION_BEFORE.search(text, max(0, q.start - 40), q.start)  # "for 22 years before"
        if _ANCHOR_BEFORE.search(text, max(0, q.start - 40), q.start):
            return True
        if q.value == 1 and q.written == "words":  # "one day", unless "for one day"
            return not _DURATION_BEFORE.search(text, max(0, q.start - 40), q.start)
    elif q.written == "words" and _SEASON_AFTER.match(text, q.end):
        return bool(_ANCHOR_BEFORE.search(text, max(0, q.start - 40), q.start))  # "over the next five winters"
    return False


def _is_pronoun_one(q: Quantity, text: str) -> bool:
    """Tell whether the word "one" is a pronoun or "one of" rather than a count."""
    if q.written != "words" or text[q.start:q.end].lower() != "one":
        return False
    before = text[max(0, q.start - 12):q.start].lower()
    if _PRONOUN_ONE_BEFORE.search(before):
        return True
    if _is_counted_one(q, text):
        return False
    if text[q.end:q.end + 1] in ("-", "–"):
        return True  # one-off, one-third
    nxt = _NEXT_WORD.match(text, q.end)
    if not nxt or text[q.end:nxt.start(1)].strip():
        return True  # "one," / "one." stands alone
    word = nxt.group(1).lower()
    if word in _OBJECT_STOPS or word in ("another", "way", "point", "time", "side", "thing", "hand"):
        return True
    if _REPORTING_SOON.match(text, q.end):
        return True  # "one official said": a source, not a count
    return text[q.start] == "O" and bool(_SOURCE_ONE.match(text, q.end, q.end + 160))  # "One Labour MP ... told"


def _is_counted_one(q: Quantity, text: str) -> bool:
    """Tell whether "one" counts in a list of counts ("three were killed and one was missing",
    "a majority of four to one")."""
    lo = max(0, q.start - 24)
    m = _COUNT_ONE_BEFORE.search(text, lo, q.start)
    if not m:
        return False
    if m.group(0).rstrip().lower().endswith(("to", "or", "and")) and m.group(0)[:1].isalnum() \
            and not m.group(0).lower().startswith(("and", "while", "with", "but")):
        return True  # "four to one", "two or one"
    return bool(_COUNT_ONE_AFTER.match(text, q.end)) and bool(_EARLIER_COUNT.search(text, max(0, q.start - 120), q.start))


def _is_score(q: Quantity, text: str) -> bool:
    """Tell whether the number is one side of a score ("won 3-1"); a vote tally is a pair of figures."""
    return (not q.is_range and text[q.end:q.end + 1] in ("-", "–") and text[q.end + 1:q.end + 2].isdigit()
            and not is_tally(q, text))


def is_tally(q: Quantity, text: str) -> bool:
    """Tell whether the number is one side of a vote tally ("passed 68-31", "by a vote of 341-82")."""
    if q.unit or q.written != "digits" or q.scale != 1 or q.is_range:
        return False
    if text[q.end:q.end + 1] in ("-", "–") and text[q.end + 1:q.end + 2].isdigit():
        start = q.start
    elif text[q.start - 1:q.start] in ("-", "–") and text[q.start - 2:q.start - 1].isdigit():
        start = q.start - 2
        while start > 0 and text[start - 1].isdigit():
            start -= 1
    else:
        return False
    pair = _TALLY_PAIR.match(text, start)
    if not pair:
        return False
    return bool(_TALLY_BEFORE.search(text, max(0, start - 30), start) or _TALLY_AFTER.match(text, pair.end()))


def _is_fraction_word(q: Quantity, text: str) -> bool:
    """Tell whether a number word is a fraction's numerator ("two-thirds", "three quarters"), or
    names a kind in a compound adjective ("a two-party system")."""
    return q.written == "words" and bool(_FRACTION_AFTER.match(text, q.end) or _KIND_COMPOUND.match(text, q.end))


def _is_phone_number(q: Quantity, text: str) -> bool:
    """Tell whether the number is a group of a phone number ("0800 123 4567")."""
    if q.written != "digits" or q.unit or q.scale != 1 or q.grouped:
        return False
    raw = text[q.start:q.end]
    if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
        return True  # counts never start with a zero
    # why: a run of three or more groups around an unseparated number needs another group right
    # before or after it ("0800 123", "123-4567"); without one no run can hold it
    if not ((text[q.end:q.end + 1] in (" ", ".", "-") and text[q.end + 1:q.end + 2].isdigit())
            or (text[q.start - 1:q.start] in (" ", "-") and q.start > 1 and text[q.start - 2].isdigit())):
        return False
    window_start = max(0, q.start - 12)
    return any(m.start() <= q.start and q.end <= m.end()
               for m in _DIGIT_RUN.finditer(text, window_start, min(len(text), q.end + 12)))


def _is_list_marker(q: Quantity, text: str, sentence_start: int) -> bool:
    """Tell whether the number opens a numbered list item ("1. Cut rates", "2) ...")."""
    return q.start == sentence_start and text[q.end:q.end + 1] in (".", ")")


def is_age_decade(q: Quantity, text: str) -> bool:
    """Tell whether a decade is an age ("in their 20s", "his early 40s")."""
    return (q.written == "decade" and (q.low or 0) < 100
            and bool(_AGE_DECADE_BEFORE.search(text, max(0, q.start - 20), q.start)))


def is_not_a_figure(q: Quantity, text: str, sentence_start: int) -> bool:
    """Tell whether quantity `q` in `text` is a date, year, time, identifier, anchor or pronoun."""
    if q.written == "decade":
        return not is_age_decade(q, text)
    if q.is_range:
        return _is_year_range(q) or _is_identifier(q, text, sentence_start)
    if q.unit:  # why: dates, years, times, anchors, "one" and phone numbers are all bare numbers
        return (_is_identifier(q, text, sentence_start) or _is_list_marker(q, text, sentence_start)
                or _is_score(q, text) or _is_fraction_word(q, text))
    return (_is_year_like(q, text) or _is_date(q, text) or _is_clock_time(q, text)
            or _is_identifier(q, text, sentence_start) or _is_time_anchor(q, text)
            or _is_pronoun_one(q, text) or _is_list_marker(q, text, sentence_start) or _is_score(q, text)
            or _is_fraction_word(q, text) or _is_phone_number(q, text))
