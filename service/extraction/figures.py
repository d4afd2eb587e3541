"""Find the figures an article states: value or range, bound, unit, counted thing, period.

Per sentence: find every number expression (numbers.py), drop dates, years, times,
identifiers and time anchors (figure_filters.py), read the words around each number
(figure_context.py) and what it counts (figure_objects.py).  Numbers with no noun of their
own borrow one, in this order: a coordinated number ("10 and 4 years"), the noun before
them, an earlier figure of the same kind ("an additional 150,000 expected").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .figure_context import (find_periods, is_age_span, nearest_period, read_age, read_bound, read_direction,
                             read_duration)
from .figure_filters import is_not_a_figure
from .figure_objects import VERB_QUALIFIERS, object_after, object_before, referent, subject_before
from .numbers import Quantity, find_quantities
from .types import Figure, Sentence

_COORDINATION = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or)\s*$")
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|[a-z]+s|expect|say|said|think|believe|support|oppose|want|back"
                         r"|would|will|could|may|might|should|are|were|have|had)\b")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_UNIT_WORD = re.compile(r"[A-Za-z°²/]+$")
_PAIRED = re.compile(r"\b(?:from|to|compared\s+with|compared\s+to|versus|vs\.?|against)\s+$")
_COMPOUND = re.compile(r"-([a-z]+)\b")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")

# How sure a figure is, by how it was written and where its object came from.
_BASE_CONFIDENCE = {"digits": 0.9, "words": 0.8, "decade": 0.55}
_OBJECT_BONUS = {"after": 0.07, "unit": 0.04, "age": 0.07, "coordinated": 0.03, "conversion": 0.03,
                 "referent": -0.05, "before": -0.08, "previous": -0.18, None: -0.25}


@dataclass
class _Draft:
    """A figure being read: its quantity, the Figure so far and where its object came from."""

    quantity: Quantity
    figure: Figure
    source: str | None = None
    own_noun: bool = False  # the number has its own noun or unit right after it
    anaphoric: bool = False  # "the two soldiers": a definite article before a number word
    partner: _Draft | None = None  # the number it is coordinated with ("four or five million tons")


def _is_money(unit: str | None) -> bool:
    """Tell whether a unit is a currency code."""
    return bool(unit and _CURRENCY_CODE.fullmatch(unit))


def _values(q: Quantity, qualifier: str) -> tuple[float | None, float | None, float | None]:
    """Return (value, low, high) for a quantity under its qualifier."""
    if q.is_range:
        return None, q.low, q.high
    if qualifier in ("up_to", "at_most", "less_than"):
        return q.value, None, q.value
    if qualifier in ("more_than", "at_least"):
        return q.value, q.value, None
    return q.value, None, None


def _read_measure(doc: str, q: Quantity, sent: Sentence) -> tuple[str | None, str | None, str | None, int]:
    """Return (unit, object, source, end) when the number is an age, a duration or a compound
    ("Lee (26)", "served 10 years", "a 30-day ceasefire", "a 12,000-strong force")."""
    floor = sent.start
    if q.written == "decade" or (q.is_range and q.unit is None and is_age_span(doc, q.start, floor)):
        return "years", "age", "age", q.end  # "in their 20s", "aged 5 to 11"
    if q.unit is not None:
        return q.unit, None, None, q.end
    if q.value is not None and not q.grouped and q.scale == 1 and q.value < 125:
        age = read_age(doc, q.start, q.end, floor)
        if age:
            obj, end = age
            if obj == "age":  # "a 47-year-old woman"
                after, _ = object_after(doc, end, sent.end, False, False)
                obj = f"age of {after}" if after else obj
            return "years", obj, "age", end
    duration = read_duration(doc, q.end)
    if duration:
        unit, compound, end = duration
        if compound:  # "a 30-day ceasefire" counts days of a ceasefire
            after, _ = object_after(doc, end, sent.end, False, False)
            return (unit, after, "after", end) if after else (unit, unit, "unit", end)
        return unit, unit, "unit", end
    m = _COMPOUND.match(doc, q.end)
    if m:  # "a 12,000-strong force", "a 30-story building"
        after, _ = object_after(doc, m.end(), sent.end, False, False)
        return None, (f"{m.group(1)} {after}" if after else m.group(1)), "after", m.end()
    return None, None, None, q.end


def _draft(doc: str, q: Quantity, sent: Sentence) -> _Draft:
    """Read one quantity's bound, unit, age or duration and the noun right after it."""
    floor = sent.start
    unit, obj, source, end = _read_measure(doc, q, sent)
    own = source is not None
    if source is None:
        money = _is_money(unit)
        after, pronoun = object_after(doc, q.end, sent.end, money, unit is not None and not money)
        if pronoun:
            obj, source = referent(doc, max(0, floor - 400), q.start) or after, "referent"
        elif after:
            obj, source = after, "after"
        own = bool(after) or unit is not None
    bound = read_bound(doc, q.start, end, floor)
    value, low, high = _values(q, bound.qualifier)
    qualifier = "range" if q.is_range and bound.qualifier in ("exact", "about") else bound.qualifier
    fig = Figure(text=doc[bound.start:bound.end], start=bound.start, end=bound.end, sentence=sent.text,
                 sentence_start=sent.start, sentence_end=sent.end, value=value, low=low, high=high,
                 approximate=True if q.written == "decade" else bound.approximate, qualifier=qualifier,
                 unit=unit, object=obj, direction=read_direction(doc, bound.start, q.end, floor))
    anaphoric = _DEFINITE_BEFORE.search(doc, max(floor, bound.start - 5), bound.start) is not None
    return _Draft(q, fig, source, own, anaphoric)


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
        if doc[prev.figure.end:cur.figure.start].strip() != "(" or not cur.figure.unit or not prev.figure.unit:
            continue
        fig = cur.figure
        if fig.qualifier == "exact" and prev.figure.qualifier not in ("exact", "range"):
            fig.qualifier, fig.approximate = prev.figure.qualifier, prev.figure.approximate
            fig.value, fig.low, fig.high = _values(cur.quantity, fig.qualifier)
        if fig.object is None or cur.source is None:
            fig.object, cur.source = prev.figure.object, "conversion"
        fig.direction = fig.direction or prev.figure.direction


def _borrowed_object(doc: str, sent: Sentence, drafts: list[_Draft], i: int,
                     earlier: list[_Draft]) -> tuple[str | None, str | None]:
    """Return (object, source) for a figure with no noun of its own, from the words around it."""
    d = drafts[i]
    unit = d.figure.unit
    if unit == "percent" and _VERB_AFTER.match(doc, d.figure.end):
        shares = [o for o in drafts[:i] if o.figure.unit in (None, "percent") and o.figure.object
                  and o.source == "after"]
        if shares:  # "a poll of 56 economists, more than 70% expect": a share of them
            return shares[-1].figure.object, "previous"
    qualifier = doc[d.figure.start:d.quantity.start].strip().lower()
    # "passes 2,000" names its subject through the verb; "at least 35" hides nothing
    start = d.quantity.start if qualifier in VERB_QUALIFIERS else d.figure.start
    obj = object_before(doc, start, sent.start, counting=unit is None)
    if obj:
        return obj, "before"
    whole = d.quantity.value is None or float(d.quantity.value).is_integer()
    if unit is not None or whole:  # "a magnitude of 5.7" does not count the people of a sentence before
        for other in reversed(earlier + drafts[:i]):
            if other.figure.unit == unit and other.figure.object and other.source not in ("age", "unit"):
                return other.figure.object, "previous"
    if unit is None:
        return None, None
    if unit != "percent" and not _is_money(unit):
        word = _UNIT_WORD.search(d.figure.text)
        if word:  # "four or five million tons go through these ports": tons are what is counted
            return word.group(0), "unit"
    obj = subject_before(doc, d.figure.start, sent.start)
    return obj, "before" if obj else None


def _fill_from_context(doc: str, sent: Sentence, drafts: list[_Draft], earlier: list[_Draft]) -> None:
    """Give figures with no noun of their own one from before them or from an earlier figure."""
    for i, d in enumerate(drafts):
        if d.figure.object is not None or d.partner is not None:
            continue
        if i and d.figure.unit is None and drafts[i - 1].figure.unit and not d.quantity.written == "decade" \
                and _PAIRED.search(doc, drafts[i - 1].figure.end, d.figure.start):
            prev = drafts[i - 1].figure  # "fell to 9 million barrels a day from 10.5 million"
            d.figure.unit, d.figure.object, d.source = prev.unit, prev.object, "coordinated"
            continue
        d.figure.object, d.source = _borrowed_object(doc, sent, drafts, i, earlier)
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
        drafts = [_draft(doc, q, sent) for q in quantities]
        _share_coordinated(doc, drafts)
        _share_conversion(doc, drafts)
        _fill_from_context(doc, sent, drafts, earlier)
        periods = find_periods(sent.text, published_at)
        for d in drafts:
            d.figure.period = nearest_period(periods, d.figure.start - sent.start)
            d.figure.confidence = _confidence(d)
            out.append(d.figure)
        earlier = drafts
    return out
