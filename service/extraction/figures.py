"""Find the figures an article states: value or range, bound, unit, counted thing, period.

Per sentence: find every number expression (numbers.py), drop dates, years, times,
identifiers and time anchors (figure_filters.py), read the words around each number
(figure_context.py) and what it counts (figure_objects.py).  Numbers with no noun of their
own borrow one, in this order: a coordinated number ("10 and 4 years"), the noun before
them, an earlier figure of the same kind ("an additional 150,000 expected").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from datetime import date

from .figure_context import (find_periods, is_age_span, nearest_period, read_age, read_bound, read_direction,
                             read_duration)
from .figure_filters import is_not_a_figure, is_tally, last_chunk_start
from .figure_objects import VERB_QUALIFIERS, is_plural, object_after, object_before, referent, subject_before
from .lexicon import load_set, load_table
from .names import KNOWN
from .numbers import SUFFIX_UNITS, Quantity, find_quantities
from .types import Figure, Sentence

_COORDINATION = re.compile(r"\s*[\"“]?\s*(?:,\s*(?:and|or)?|and|or)\s*[\"“]?\s*$")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|[a-z]+s|expect|say|said|think|believe|support|oppose|want|back"
                         r"|would|will|could|may|might|should|are|were|have|had)\b")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_UNIT_WORD = re.compile(r"[A-Za-z°²/]+$")
_PAIRED = re.compile(r"\b(?:from|to|compared\s+with|compared\s+to|versus|vs\.?|against)\s+$")
_COMPOUND = re.compile(r"-([a-z]+)\b")
_COMPOUND_UNIT = re.compile(r"-((?:[a-z]+-){0,2}[a-z]+)\b")
# A decimal then ". Capital" inside one sentence: the splitter keeps "at $1.0892. Sterling gained"
# together, but the words of the second sentence say nothing about the first one's numbers.
# (It opens with the full stop and checks the digit behind it: the engine skips ahead to full stops.)
_INNER_STOP = re.compile(r"\.(?<=\d.)\s+(?=[\"“]?[A-Z])")
_MONEY_VERBS = {verb.lower(): (noun, strength) for verb, noun, strength in load_table("figure_money_verbs")}
_MONEY_VERB_FILLERS = frozenset("a an the another some about around nearly almost roughly more than at least up to "
                                "over just only average of total combined estimated".split())
# Rupees are India's unless the text around names another rupee country ("32 percent ... Pakistani rupees").
# Currency names several countries share, read by the country named nearest: rupees, pesos
_SHARED_CURRENCIES = {
    "INR": (re.compile(r"\b(?:(Pakistan)i?|(Sri\s+Lanka)n?|(Nepal)(?:i|ese)?|(India)n?)\b"), ("PKR", "LKR", "NPR", "INR")),
    "MXN": (re.compile(r"\b(?:(Philippines|Filipino|Philippine|Manila)|(Argentin(?:a|e|ian))|(Chile)an?|"
                       r"(Colombia)n?|(Mexic(?:o|an))|(Urugua(?:y|yan)))\b"), ("PHP", "ARS", "CLP", "COP", "MXN", "UYU")),
}
# What joins a number to the next one when both measure one thing: "gained 54.2 points, or 1.2%,
# to end at 4,512.3", "fell 4% year-on-year to $830 million", "61.5%, plus or minus 50 basis points".
_CHAIN_GAP = re.compile(
    r"(?:\s+(?:points?|cents?|pence))?(?:\s+per\s+(?:[A-Z.]+\s+)?[a-z]+)?\s*,?\s*(?:or|plus\s+or\s+minus|(?:(?:[\w-]+\s+){0,3}?(?:to|at)(?:\s+(?:end|close|finish|settle|"
    r"trade|stand)(?:ed|ing|s)?\s+at)?))\s*$", re.IGNORECASE)
_CHAIN_ENDS = ("or", "minus", "to", "at")  # the last word of every _CHAIN_GAP match
_CHAIN_BREAKERS = frozenset("and while but which who after before as when said says with where whereas "
                            "than because since from".split())
# A later value compared with an earlier one: "34.4% of the vote, down from 37.3%", "16.2 cases per
# 100,000, compared with 4.9", "to $165 from $150".
_COMPARE_GAP = re.compile(r"[^;]{0,60}?(?:\b(?:up|down|higher|lower|rising|falling)\s+)?"
                          r"(?:\bfrom|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\bthan)\s+$", re.IGNORECASE)
# A change stated after a figure: "revenue of $4.2 billion on Tuesday, up 38%", "an increase of 6.5 million".
_CHANGE_GAP = re.compile(r"[^;]{0,100}?,\s*(?:up|down|rising|falling|an?\s+(?:increase|rise|drop|decrease|decline|fall|"
                         r"jump|gain|fall)\s+of)\s+$", re.IGNORECASE)
_COMPARE_WORDS = ("from", "compared", "versus", "vs", "against", "than")  # one of them ends every _COMPARE_GAP
_LOWER_WORDS = re.compile(r"[a-z]+")
_TO_AFTER = re.compile(r"\s+to\s")
# Measures whose unit names what is measured when no noun follows: "travelling at 15 kph", "about 30 meters"
# What a currency is called when nothing else names what the money is: the first word form per code
_CURRENCY_WORDS = {**{code: "dollars" for code in ("AUD", "CAD", "SGD", "NZD", "HKD", "TWD")},
                   "PKR": "rupees", "LKR": "rupees", "NPR": "rupees",
                   **{code: "pesos" for code in ("PHP", "ARS", "CLP", "COP", "UYU")}}
for _surface, _code, _place in load_table("currencies"):
    if _place == "suffix" and _surface.islower() and _surface.endswith("s") or _surface in ("yen", "yuan", "won"):
        _CURRENCY_WORDS.setdefault(_code, _surface)
_VERB_FORM = re.compile(r"[a-z]{2,}(?:ed|own)")  # "recorded", "grown", "known"
_MOVE_PARTICIPLES = frozenset("closing contracting expanding rising falling growing shrinking jumping dropping climbing "
                              "sliding gaining losing ending finishing trading".split())
_PHYSICAL_UNITS = frozenset("metres km miles km/h mph feet mm cm".split())
_MEASURED_UNITS = _PHYSICAL_UNITS | {"hectares", "acres", "square km", "square miles"}
_FIRST_UNIT_WORD = re.compile(r"(?<=[\d\s])(?!(?:million|billion|thousand|bn|mn|k)\b)[A-Za-z][A-Za-z/]*")
_RUN_WORD = re.compile(r"\s+(?:straight|consecutive|successive)(?=\s)", re.IGNORECASE)
# "Household debt stood at 176.4% of disposable income": the share measures the subject, not the base
_LEVEL_BEFORE = re.compile(r"\b(?:stood|stands|stand|was|is|were|are|reached|reaches|hit|hits|amounted\s+to|"
                           r"amounts\s+to|equal\s+to|equivalent\s+to|rose\s+to|fell\s+to|climbed\s+to|"
                           r"remained\s+at|remains\s+at)\s+(?:at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
                           re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
# "a budget deficit of 3.1%", "growth of 3.3%": the noun the share or change is of
_APPROX_TAIL = r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|just\s+|roughly\s+)?$"
_NOUN_OF_BEFORE = re.compile(r"\b(?:an?|the|its|their|annual|average|economic)\s+((?:[a-z]+\s+)?[a-z]+)\s+of\s+"
                             + _APPROX_TAIL)
_BARE_NOUN_OF_BEFORE = re.compile(r"\b(?!(?:most|some|all|part|half|none|any|each|one|both|many|much|more|less|"
                                  r"share|rate|total|level|range)\b)([a-z]{4,})\s+of\s+" + _APPROX_TAIL)
_SHARE_UNITS = frozenset(("percent", "percentage points", "basis points"))
_NOT_LEVEL_NOUNS = frozenset("total average maximum minimum majority share rate level number range margin".split())
_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
_PARTITIVE_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")
_COMPARE_BREAKERS = frozenset("and while but which who said says when where whereas because since after before".split())
_PARALLEL_STOPS = frozenset("to at of by from in on for with and or than about around nearly some almost roughly "
                            "the a an was were is are be".split())

# How sure a figure is, by how it was written and where its object came from.
_BASE_CONFIDENCE = {"digits": 0.9, "words": 0.8, "decade": 0.55}
_OBJECT_BONUS = {"after": 0.07, "compound": 0.07, "unit": 0.04, "age": 0.07, "coordinated": 0.03, "conversion": 0.03,
                 "verb": 0.03, "chain": -0.02, "compare": -0.04, "referent": -0.05, "before": -0.08,
                 "previous": -0.18, None: -0.25}
# Nouns after a number that are units in all but name: the number measures the subject of its verb.
_OF_THE_LEAD = re.compile(r"\s*Of\s+(?:the|those|these|all\s+the)\s+([a-z][\w'’ -]{1,40}?),")
_CHANGE_UNITS = frozenset((None, "percent", "percentage points", "basis points"))
# "people waiting more than 52 weeks fell to 191,813": a duration before "to" is no pair of the count
_DURATION_UNITS = frozenset("seconds minutes hours days weeks months years decades".split())
_VERB_WORDS = frozenset(w.lower() for w in load_set("level_verbs") | load_set("irregular_verbs"))
_UNIT_NOUNS = frozenset("point points cent cents pence".split())


# The order _draft passes a Figure's first fields in.
_FIGURE_FIELDS = ("text", "start", "end", "sentence", "sentence_start", "sentence_end", "value", "low", "high",
                  "approximate", "qualifier", "unit", "object", "direction")
assert tuple(f.name for f in fields(Figure))[:len(_FIGURE_FIELDS)] == _FIGURE_FIELDS


@dataclass(slots=True)
class _Draft:
    """A figure being read: its quantity, the Figure so far and where its object came from."""

    quantity: Quantity
    figure: Figure
    source: str | None = None
    own_noun: bool = False  # the number has its own noun or unit right after it
    anaphoric: bool = False  # "the two soldiers": a definite article before a number word
    partner: _Draft | None = None  # the number it is coordinated with ("four or five million tons")
    floor: int = 0  # where the words that can describe it begin and end (the sentence, or less)
    limit: int = 0


def _money_verb(doc: str, start: int, floor: int) -> tuple[str, str] | None:
    """Return (noun, strength) when a money verb stands right before a figure ("fined £5,000")."""
    words = doc[max(floor, start - 40):start].lower().split()
    while words and words[-1] in _MONEY_VERB_FILLERS:
        words.pop()
    for n in (1, 3):
        found = _MONEY_VERBS.get(" ".join(words[-n:])) if len(words) >= n else None
        if found:
            return found
    return None


def _shared_currency_code(doc: str, start: int, end: int, floor: int, unit: str) -> str:
    """Return the code of a currency name several countries use (rupees, pesos) from the nearest country
    named before it (or after it in its sentence); `unit` when none is."""
    pattern, codes = _SHARED_CURRENCIES[unit]
    found = None
    for m in pattern.finditer(doc, max(0, floor - 1500), end + 80):
        if found is not None and m.start() > start:
            break
        found = m
    if found is None:
        return unit
    return next(code for code, group in zip(codes, found.groups()) if group)


def _plain_object(obj: str | None, unit: str | None) -> str | None:
    """Return what a money or measure figure counts when no noun says it better: the currency or
    the unit ("Rs 1,200 crore" counts rupees, not "Centre"; "burned 9,000 hectares" hectares;
    "recorded 46.2C" a temperature). A lone participle or a country or body's name is no such noun."""
    if obj in _MOVE_PARTICIPLES:
        obj = None  # "closing down 7.8%", "contracting by 0.3%": how it moved, not what
    measure = unit in _MEASURED_UNITS
    if unit is None or obj is not None and not (measure and obj[:1].isupper() or " " not in obj and (
            obj in KNOWN or _VERB_FORM.fullmatch(obj))):
        return obj
    if _is_money(unit):
        return _CURRENCY_WORDS.get(unit, obj)
    if unit == "degrees":
        return "temperature"
    return unit if measure else obj


@lru_cache(maxsize=None)  # why: units come from a small fixed set
def _is_money(unit: str | None) -> bool:
    """Tell whether a unit is a currency code."""
    return bool(unit) and len(unit) == 3 and unit.isascii() and unit.isalpha() and unit.isupper()  # [A-Z]{3}


def _values(q: Quantity, qualifier: str) -> tuple[float | None, float | None, float | None]:
    """Return (value, low, high) for a quantity under its qualifier."""
    if q.is_range:
        return None, q.low, q.high
    if qualifier in ("up_to", "at_most", "less_than"):
        return q.value, None, q.value
    if qualifier in ("more_than", "at_least"):
        return q.value, q.value, None
    return q.value, None, None


def _read_measure(doc: str, q: Quantity, floor: int, limit: int) -> tuple[str | None, str | None, str | None, int]:
    """Return (unit, object, source, end) when the number is an age, a duration or a compound
    ("Lee (26)", "served 10 years", "a 30-day ceasefire", "a 12,000-strong force")."""
    if q.written == "decade" or (q.is_range and q.unit is None and is_age_span(doc, q.start, floor)):
        return "years", "age", "age", q.end  # "in their 20s", "aged 5 to 11"
    if q.unit is not None:
        return q.unit, None, None, q.end
    if q.value is not None and not q.grouped and q.scale == 1 and q.value < 125:
        age = read_age(doc, q.start, q.end, floor)
        if age:
            obj, end = age
            if obj == "age":  # "a 47-year-old woman"
                after, _ = object_after(doc, end, limit, False, False)
                obj = f"age of {after}" if after else obj
            return "years", obj, "age", end
    run = _RUN_WORD.match(doc, q.end)  # "14 straight months"
    duration = read_duration(doc, run.end() if run else q.end)
    if duration:
        unit, compound, end = duration
        if compound:  # "a 30-day ceasefire" counts days of a ceasefire
            after, _ = object_after(doc, end, limit, False, False)
            return (unit, after, "after", end) if after else (unit, unit, "unit", end)
        return unit, unit, "unit", end
    if not doc.startswith("-", q.end):  # why: both compounds below open with a hyphen
        return None, None, None, q.end
    m = _COMPOUND_UNIT.match(doc, q.end)
    if m:  # "a 50-basis-point cut", "a 10-mile stretch": a unit written as a compound
        words = m.group(1).replace("-", " ")
        unit = SUFFIX_UNITS.get(words) or SUFFIX_UNITS.get(words + "s")
        if unit and not _is_money(unit):
            after, _ = object_after(doc, m.end(), limit, False, True)
            return unit, after or unit, "compound" if after else "unit", m.end()
    m = _COMPOUND.match(doc, q.end)
    if m:  # "a 12,000-strong force", "a 30-story building"
        after, _ = object_after(doc, m.end(), limit, False, False)
        return None, (f"{m.group(1)} {after}" if after else m.group(1)), "compound", m.end()
    return None, None, None, q.end


def _level_noun(doc: str, start: int, floor: int) -> re.Match | None:
    """Return the match of the noun a share or amount is of ("a budget deficit of 3.1%"), or None."""
    # why: both patterns end in "of" and at most two approximation words; most numbers have no "of" there
    if "of" not in doc[max(floor, start - 50):start].split()[-3:]:
        return None
    return _NOUN_OF_BEFORE.search(doc, max(floor, start - 50), start) \
        or _BARE_NOUN_OF_BEFORE.search(doc, max(floor, start - 30), start)


def _draft(doc: str, q: Quantity, sent: Sentence, floor: int, limit: int) -> _Draft:
    """Read one quantity's bound, unit, age or duration and the noun right after it."""
    if is_tally(q, doc):  # "passed 68-31": each side counts votes
        fig = Figure(text=doc[q.start:q.end], start=q.start, end=q.end, sentence=sent.text,
                     sentence_start=sent.start, sentence_end=sent.end, value=q.value, approximate=False,
                     qualifier="exact", object="votes")
        return _Draft(q, fig, "unit", True, floor=floor, limit=limit)
    unit, obj, source, end = _read_measure(doc, q, floor, limit)
    if unit in _SHARED_CURRENCIES and "₹" not in doc[q.start:q.end] and "MX$" not in doc[q.start:q.end]:
        unit = _shared_currency_code(doc, q.start, q.end, floor, unit)  # rupees, pesos: whose?
    own = source is not None
    if source is None:
        money = _is_money(unit)
        after, pronoun = object_after(doc, q.end, limit, money, unit is not None and not money)
        if pronoun:
            obj, source = referent(doc, max(0, floor - 400), q.start) or after, "referent"
        elif after:
            obj, source = after, "after"
            if unit == "percent" and _OF_AFTER.match(doc, q.end) and _LEVEL_BEFORE.search(doc, max(floor, q.start - 30),
                                                                                          q.start):
                subject = object_before(doc, q.start, floor, counting=False)
                if subject:
                    obj, source = subject, "before"
        own = bool(after) or unit is not None
        if source is None and unit in _PHYSICAL_UNITS:
            word = _FIRST_UNIT_WORD.search(doc, q.start, q.end)
            if word and len(word.group(0)) > 1:
                obj, source = word.group(0), "unit"  # "travelling at 15 kph": the speed in kph
    if (unit in _SHARE_UNITS and (source is None or source == "after" and _OF_AFTER.match(doc, end))
            or _is_money(unit) and source in (None, "after")  # "a shortfall of $278 million for its operations"
            or unit in _PHYSICAL_UNITS and source in (None, "unit")):  # "at a depth of 10 km"
        level = _level_noun(doc, q.start, floor)
        if level and level.group(1).split()[-1].lower() not in _NOT_LEVEL_NOUNS \
                and not level.group(1).endswith(("ed", "ing", "ly")):
            obj, source = level.group(1), "before"  # "a budget deficit of 3.1% of GDP", "a cut of 150 basis points"
    bound = read_bound(doc, q.start, end, floor)
    if _is_money(unit):
        found = _money_verb(doc, bound.start, floor)
        if found:
            noun, strength = found
            if strength == "strong" or source is None or _TO_AFTER.match(doc, end):
                # "fined £5,000 for money laundering" is a fine; "pay 500,000 rupees to the family" a payment
                obj, source = noun, "verb"
    value, low, high = _values(q, bound.qualifier)
    qualifier = "range" if q.is_range and bound.qualifier in ("exact", "about") else bound.qualifier
    # why: positional (see _FIGURE_FIELDS), twice as fast as keywords for a twenty-field dataclass
    fig = Figure(doc[bound.start:bound.end], bound.start, bound.end, sent.text, sent.start, sent.end,
                 value, low, high, True if q.written == "decade" else bound.approximate, qualifier,
                 unit, obj, read_direction(doc, bound.start, q.end, floor))
    lo = max(floor, bound.start - 5)
    # why: "the" must be there; testing for it is cheaper than a search at every position
    anaphoric = "he" in doc[lo:bound.start] and _DEFINITE_BEFORE.search(doc, lo, bound.start) is not None
    return _Draft(q, fig, source, own, anaphoric, None, floor, limit)


def _share_coordinated(doc: str, drafts: list[_Draft]) -> None:
    """Give "10 and 4 years", "two or three soldiers" the noun and unit of the last number."""
    for i in range(len(drafts) - 2, -1, -1):
        cur, nxt = drafts[i], drafts[i + 1]
        if cur.own_noun or not _COORDINATION.fullmatch(doc, cur.figure.end, nxt.quantity.start):
            continue
        if cur.quantity.written == "decade" or (nxt.figure.object is None and nxt.figure.unit is None):
            continue
        cur.figure.unit, cur.figure.object, cur.source = nxt.figure.unit, nxt.figure.object, "coordinated"
        cur.partner = nxt
        bare = nxt.quantity.value / nxt.quantity.scale if nxt.quantity.value is not None else None
        if nxt.quantity.scale > 1 and cur.quantity.scale == 1 and cur.figure.value is not None \
                and bare is not None and cur.figure.value <= bare * 10:
            cur.figure.value *= nxt.quantity.scale  # "5 or 6 million"
        cur.own_noun = True


def _share_conversion(doc: str, drafts: list[_Draft]) -> None:
    """Give a bracketed conversion ("100,000 hryvnias ($2,400)", "12 km (7 miles)") the outer reading."""
    for prev, cur in zip(drafts, drafts[1:]):
        if not cur.figure.unit or not prev.figure.unit or doc[prev.figure.end:cur.figure.start].strip() != "(":
            continue
        fig = cur.figure
        if fig.qualifier == "exact" and prev.figure.qualifier not in ("exact", "range"):
            fig.qualifier, fig.approximate = prev.figure.qualifier, prev.figure.approximate
            fig.value, fig.low, fig.high = _values(cur.quantity, fig.qualifier)
        if fig.object is None or cur.source is None or (cur.source == "unit" and prev.source != "unit"):
            fig.object, cur.source = prev.figure.object, "conversion"
            if fig.object is None and _is_money(prev.figure.unit):
                cur.partner = prev  # "1.17 trillion yen ($7.6 billion)": takes the yen's noun, found later
        fig.direction = fig.direction or prev.figure.direction


def _borrowed_object(doc: str, sent: Sentence, drafts: list[_Draft], i: int,
                     earlier: list[_Draft]) -> tuple[str | None, str | None]:
    """Return (object, source) for a figure with no noun of its own, from the words around it."""
    d = drafts[i]
    unit = d.figure.unit
    lead = _OF_THE_LEAD.match(doc, d.floor, d.figure.start) if unit is None else None
    if lead:
        return lead.group(1), "before"  # "Of the wounded, 11 were taken to ... and six were flown to"
    if unit == "percent" and _VERB_AFTER.match(doc, d.figure.end):
        shares = [o for o in drafts[:i] if o.figure.unit in (None, "percent") and o.figure.object
                  and o.source == "after"]
        if shares:  # "a poll of 56 economists, more than 70% expect": a share of them
            return shares[-1].figure.object, "previous"
    qualifier = doc[d.figure.start:d.quantity.start].strip().lower()
    # "passes 2,000" names its subject through the verb; "at least 35" hides nothing
    start = d.quantity.start if qualifier in VERB_QUALIFIERS else d.figure.start
    obj = object_before(doc, start, d.floor, counting=unit is None)
    if obj and unit in _PHYSICAL_UNITS and " " not in obj and obj.endswith("ed"):
        obj = None  # "had burned roughly 31,000 acres": the verb counts nothing; the unit does
    if obj:
        return obj, "before"
    whole = d.quantity.value is None or float(d.quantity.value).is_integer()
    if unit is not None or whole:  # "a magnitude of 5.7" does not count the people of a sentence before
        for other in reversed(earlier + drafts[:i]):
            if other.figure.unit == unit and other.figure.object and other.source not in ("age", "unit", "compound"):
                return other.figure.object, "previous"
    if unit is None:
        return None, None
    if unit != "percent" and not _is_money(unit):
        if unit == "degrees":
            return "temperature", "unit"  # "to keep 1.5C within reach"
        word = _UNIT_WORD.search(d.figure.text)
        if word:  # "four or five million tons go through these ports": tons are what is counted
            return word.group(0), "unit"
    obj = subject_before(doc, d.figure.start, d.floor)
    return obj, "before" if obj else None


def _measured_subject(doc: str, head: _Draft) -> str | None:
    """Return what the first number of a chain measures: its own noun, or its verb's subject."""
    fig = head.figure
    if head.source in ("before", "chain", "compare") and fig.object:
        return fig.object
    if fig.unit is not None or head.source is None or (fig.object or "").lower() in _UNIT_NOUNS:
        qualifier = doc[fig.start:head.quantity.start].strip().lower()
        start = head.quantity.start if qualifier in VERB_QUALIFIERS else fig.start
        subject = object_before(doc, start, head.floor, counting=False)
        if subject:
            return subject
    return fig.object if head.source in ("after", "coordinated", "conversion") else None


def _in_chain(doc: str, prev: _Draft, cur: _Draft) -> bool:
    """Tell whether `cur` restates or continues the quantity `prev` measures ("54.2 points, or 1.2%")."""
    if prev.floor != cur.floor or prev.partner is cur:
        return False
    # why: the gap ends in one of _CHAIN_ENDS; its last letters rule out most gaps before the costly match
    # (a non-ASCII tail may hold letters the case-blind pattern folds to ASCII)
    tail = doc[max(prev.figure.end, cur.figure.start - 40):cur.figure.start].rstrip()[-5:]
    if tail and tail.isascii() and not tail.lower().endswith(_CHAIN_ENDS):
        return False
    if not _CHAIN_GAP.fullmatch(doc, prev.figure.end, cur.figure.start):  # why: no slice for the usual miss
        return False
    words = doc[prev.figure.end:cur.figure.start].lower().replace(",", " ").split()
    return not any(w in _CHAIN_BREAKERS for w in words)


def _context_object(doc: str, drafts: list[_Draft], i: int) -> tuple[str | None, str | None]:
    """Return (object, source) from the figures beside a figure with no noun of its own."""
    d = drafts[i]
    if i and _in_chain(doc, drafts[i - 1], d):
        head = i - 1
        while head and _in_chain(doc, drafts[head - 1], drafts[head]):
            head -= 1
        obj = _measured_subject(doc, drafts[head])
        if obj:
            return obj, "chain"
    same = [o for o in drafts[:i] if o.floor == d.floor and o.figure.object]
    for other in reversed(same):
        if other.figure.unit != d.figure.unit or _PER_BEFORE.search(doc, max(0, other.figure.start - 6),
                                                                     other.figure.start):
            continue
        gap = doc[other.figure.end:d.figure.start]
        low = gap.lower()
        # why: the pattern needs one of its linking words; looking for them first spares most regex runs
        # (a non-ASCII gap may hold letters the case-blind pattern folds to ASCII: "ſ", "ı")
        if (any(w in low for w in _COMPARE_WORDS) or not low.isascii()) and _COMPARE_GAP.fullmatch(gap) \
                and not any(w in _COMPARE_BREAKERS or (w.endswith("ed") and w != "compared") or w in _VERB_WORDS
                            for w in _LOWER_WORDS.findall(low)):
            return other.figure.object, "compare"  # "34.4% of the vote, down from 37.3%"
        break
    if d.figure.unit == "percent" or d.figure.unit is None:
        for other in reversed(same):
            # why: the pattern needs a comma in the gap; find() is cheaper than a failed match
            if doc.find(",", other.figure.end, d.figure.start) >= 0 \
                    and _CHANGE_GAP.fullmatch(doc, other.figure.end, d.figure.start):
                return other.figure.object, "compare"  # "revenue of $4.2 billion, up 38%"
    if d.figure.unit is None:
        return None, None
    word = _WORD_BEFORE.search(doc, last_chunk_start(doc, max(d.floor, d.figure.start - 30), d.figure.start),
                               d.figure.start)
    if word and word.group(1).lower() not in _PARALLEL_STOPS:
        for other in reversed(same):
            if other.figure.unit != d.figure.unit:
                continue
            lo = last_chunk_start(doc, max(d.floor, other.figure.start - 30), other.figure.start)
            prev = _WORD_BEFORE.search(doc, lo, other.figure.start)
            if prev and prev.group(1).lower() == word.group(1).lower():
                return other.figure.object, "compare"  # "host 71% of refugees ... host about 21%"
    return None, None


def _fill_from_context(doc: str, sent: Sentence, drafts: list[_Draft], earlier: list[_Draft]) -> None:
    """Give figures with no noun of their own one from before them or from an earlier figure."""
    deferred = []
    for i, d in enumerate(drafts):
        if d.source == "referent" and d.figure.unit is None:
            for other in reversed(drafts[:i]):  # "150 wounded patients ... nine of them"
                if other.source == "after" and other.figure.unit is None and other.figure.object \
                        and is_plural(other.figure.object.split()[-1]) \
                        and (other.figure.value or other.figure.high or 0) > (d.figure.value or 0):
                    d.figure.object = other.figure.object
                    break
        if d.figure.object is not None or d.partner is not None:
            continue
        if i + 1 < len(drafts) and _PARTITIVE_OF.fullmatch(doc, d.figure.end, drafts[i + 1].figure.start):
            deferred.append((d, drafts[i + 1]))  # "less than 7% of the 2.4 million": what that counts
            continue
        if i and d.figure.unit is None and drafts[i - 1].figure.unit not in _CHANGE_UNITS \
                and drafts[i - 1].figure.unit not in _DURATION_UNITS \
                and not d.quantity.written == "decade" \
                and _PAIRED.search(doc, drafts[i - 1].figure.end, d.figure.start):
            prev = drafts[i - 1].figure  # "fell to 9 million barrels a day from 10.5 million"
            d.figure.unit, d.figure.object, d.source = prev.unit, prev.object, "coordinated"
            continue
        obj, source = _context_object(doc, drafts, i)
        if obj:
            d.figure.object, d.source = obj, source
            continue
        if _is_money(d.figure.unit):
            found = _money_verb(doc, d.figure.start, d.floor)
            if found:  # "spent $2 million"
                d.figure.object, d.source = found[0], "verb"
                continue
        d.figure.object, d.source = _borrowed_object(doc, sent, drafts, i, earlier)
    for d, nxt in deferred:
        d.figure.object, d.source = nxt.figure.object, "chain" if nxt.figure.object else None
    for d in reversed(drafts):
        if d.partner is not None and d.figure.object is None:
            d.figure.object = d.partner.figure.object  # "four or five million tons": the tons of five


def _confidence(d: _Draft) -> float:
    """Return how likely the figure is right: digits with their own noun score highest."""
    score = _BASE_CONFIDENCE.get(d.quantity.written, 0.8) + _OBJECT_BONUS.get(d.source, 0.0)
    if d.figure.unit is not None and d.figure.unit not in ("years",):
        score += 0.04  # a currency or measure is hard to misread
    if d.quantity.written == "words" and d.quantity.value == 1:
        score -= 0.25  # "one" is often a pronoun or a rhetorical count
    elif d.quantity.written == "words" and d.anaphoric:
        score -= 0.3  # "the two sides": names known things again rather than counting them
    if d.quantity.written == "digits" and not d.quantity.grouped and d.figure.unit is None and d.source is None:
        score -= 0.1  # a bare small number with nothing counted
    return _clamped(score)


@lru_cache(maxsize=1024)  # why: round(x, 2) is slow, and scores come from a few sums of fixed steps
def _clamped(score: float) -> float:
    """Return a score kept within [0.05, 0.99] and rounded to two places."""
    return round(min(0.99, max(0.05, score)), 2)


def find_figures(doc: str, sentences: list[Sentence], *, published_at: date | None = None) -> list[Figure]:
    """Return every figure stated in `doc`, in order."""
    out: list[Figure] = []
    earlier: list[_Draft] = []
    # One scan of the whole document, then sentence by sentence: most sentences hold no number.
    pending = find_quantities(doc)
    k = 0
    for sent in sentences:
        while k < len(pending) and pending[k].start < sent.start:
            k += 1
        quantities = []
        while k < len(pending) and pending[k].end <= sent.end:
            if not is_not_a_figure(pending[k], doc, sent.start):
                quantities.append(pending[k])
            k += 1
        if not quantities:
            continue
        # why: from the second character, so that the digit before a full stop lies inside the sentence
        stops = [(m.start(), m.end()) for m in _INNER_STOP.finditer(doc, sent.start + 1, sent.end)]
        drafts = []
        for q in quantities:
            floor = max([sent.start] + [e for _, e in stops if e <= q.start]) if stops else sent.start
            limit = min([sent.end] + [dot for dot, _ in stops if dot >= q.end]) if stops else sent.end
            drafts.append(_draft(doc, q, sent, floor, limit))
        _share_coordinated(doc, drafts)
        _share_conversion(doc, drafts)
        for d in drafts:
            if d.figure.object in _MOVE_PARTICIPLES:  # "closing down 7.8%": how it moved, not what
                d.figure.object, d.source = None, None
        _fill_from_context(doc, sent, drafts, earlier)
        for d in drafts:
            d.figure.object = _plain_object(d.figure.object, d.figure.unit)
        periods = find_periods(sent.text, published_at)
        for d in drafts:
            d.figure.period = nearest_period(periods, d.figure.start - sent.start) if periods else None
            d.figure.confidence = _confidence(d)
            out.append(d.figure)
        earlier = drafts
    return out
