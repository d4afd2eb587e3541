"""The cheap tests run before costly patterns must never change what the patterns find."""
from __future__ import annotations

import random
import re

from service.extraction import figure_filters, figures, names, numbers, speakers
from service.extraction.figure_objects import _TOKEN
from service.extraction.figures import _BARE_NOUN_OF_BEFORE, _CHAIN_GAP, _NOUN_OF_BEFORE, _level_noun

_WORDS = ["released", "published", "seen", "carried out", "cited", "data", "Data", "figures", "Modelling",
          "modeling", "poll", "Poll", "report", "study", "by", "from", "of", "the", "a", "about", "more", "than",
          "deficit", "budget", "growth", "or", "minus", "plus", "to", "at", "end", "closed", "OR", "To", "Mr",
          "from", "FROM", "rose", "said", "one", "two", "Five", "half", "a", "million", "US$", "EUR", "£", "5",
          "3.2", "1,000", "Jan", "March", "May", "2024", "ſ", "İ", "K", "’s", "-", "(", ")", ",", ".", ":", "/"]
_GAPS = [" ", " ", "  ", ", ", "\n", "\u00a0", "", "-", "—"]


def _texts(seed: int, count: int = 3000, most: int = 14):
    """Yield random texts made of the words the patterns look for, and other words and marks."""
    rnd = random.Random(seed)
    for _ in range(count):
        yield "".join(rnd.choice(_WORDS) + rnd.choice(_GAPS) for _ in range(rnd.randint(0, most)))


def test_participle_tail_and_study_nouns_match_their_patterns():
    found = 0
    for text in _texts(1):
        assert speakers.strip_participle_tail(text) == speakers._PARTICIPLE_TAIL.sub("", text), text
        fast, slow = speakers._study_by(text), speakers._STUDY_BY.search(text, max(0, len(text) - 120))
        assert (fast and fast.span()) == (slow and slow.span()), text
        found += bool(slow)
    assert found > 10


def _check_needed(items, matches, needed) -> None:
    """Assert that `needed(item)` holds wherever `matches(item)` does, on enough matching items."""
    found = 0
    for item in items:
        if matches(item):
            assert needed(item), item
            found += 1
    assert found > 10


def test_data_noun_is_one_of_the_last_four_words():
    _check_needed(_texts(6), lambda text: speakers._DATA_NOUN_END.search(text, max(0, len(text) - 40)),
                  lambda text: not speakers._DATA_NOUNS.isdisjoint(text[-40:].split()[-4:]))


def test_level_noun_matches_both_patterns():
    found = 0
    for text in _texts(2):
        for start in range(len(text) + 1):
            slow = _NOUN_OF_BEFORE.search(text, max(0, start - 50), start) \
                or _BARE_NOUN_OF_BEFORE.search(text, max(0, start - 30), start)
            fast = _level_noun(text, start, 0)
            assert (fast and fast.span()) == (slow and slow.span()), (text, start)
            found += bool(slow)
    assert found > 10


def _ends_in_chain_word(gap: str) -> bool:
    """Tell whether a gap passes the test _in_chain runs before _CHAIN_GAP."""
    tail = gap.rstrip()[-5:]
    return not tail or not tail.isascii() or tail.lower().endswith(figures._CHAIN_ENDS)


def test_chain_gap_ends_in_one_of_its_words():
    _check_needed(_texts(3, count=20000, most=4), _CHAIN_GAP.fullmatch, _ends_in_chain_word)


def test_dates_need_a_month_initial_before_the_number():
    places = ((text, start) for text in _texts(7) for start in range(len(text) + 1))
    _check_needed(places, lambda at: figure_filters._DATE_BEFORE.search(at[0], max(0, at[1] - 14), at[1]),
                  lambda at: not figure_filters._MONTH_INITIALS.isdisjoint(at[0][max(0, at[1] - 14):at[1]]))


def test_candidates_match_one_scan():
    one_scan = re.compile(r"[^\w.,:/](?=[" + re.escape("".join(sorted(numbers._FIRST_CHARS))) + "])(?="
                          + numbers._CANDIDATE_BODY + ")")
    for text in _texts(4):
        slow = ([0] if numbers._CANDIDATE.match(text) else []) + [m.start() + 1 for m in one_scan.finditer(text)]
        assert numbers._candidates(text, 0, len(text)) == slow, text


def test_ascii_first_word_sets_match_plain_word_sets():
    plain_run = names._run_pattern(r"[\w\-]")
    plain_token = re.compile(r"\s*+([A-Z][A-Z]{0,2}&[A-Z]{1,3}\b|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?![\w])|[A-Za-z][\w'’.-]*\w"
                             r"|[A-Za-z]|\d[\d,.]*|[^\s\w])")
    for text in _texts(5):
        text += " Añez Łódź naïve ’s"
        assert [m.span() for m in names._RUN_RE_PLAIN.finditer(text)] == [m.span() for m in plain_run.finditer(text)]
        assert _TOKEN.findall(text) == plain_token.findall(text)
