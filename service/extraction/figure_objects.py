"""Find what a number counts: the noun phrase after it, its referent, or its clause's subject.

No tagger: a counted noun phrase is read with word lists.  After a number English puts
the counted thing, usually a plural noun ("6,000 North Korean soldiers"), so the phrase
runs up to the first plural; a partitive "of them" points back to an earlier plural; a
number with no noun after it ("rose 2.6%", "turnout was 60%") counts the subject of the
verb before it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .cues import CUE_FRAME
from .lexicon import load_set, load_table
from .names import WORD

_COMPASS = load_set("compass_words")
_TIME_WORDS = frozenset(w.lower() for w, _ in load_table("time_units"))
_STOPS = (load_set("figure_object_stops") | load_set("irregular_verbs")
          | {w.lower() for w, _, kind in load_table("number_words") if kind in ("unit", "ten")}
          | {row[0].lower() for row in load_table("units") if row[0].isalpha()} | _TIME_WORDS
          | {m.lower() for m, _ in load_table("months")})
_GROUP_WORDS = load_set("figure_group_words")
# Reporting periods that are no object of money ("$4.1 billion in the quarter", "in the first half")
_PERIOD_NOUNS = frozenset({"quarter", "quarters", "period", "half", "term", "season", "semester"})
_PLURALS = load_set("plural_nouns")
_LEVEL_VERBS = load_set("level_verbs")
_CHANGE_VERBS = frozenset(w.lower() for w, d in load_table("figure_directions") if d != "additional")
_ADDITIONAL_WORDS = frozenset(w.lower() for w, d in load_table("figure_directions") if d == "additional")
_QUALIFIER_WORDS = frozenset(p.lower() for p, *_ in load_table("figure_qualifiers") if " " not in p)
_UNIT_PARTS = frozenset(w.lower() for row in load_table("units") + load_table("currencies") for w in row[0].split())
_DETERMINERS = frozenset("the these those its their his her our all whom your my".split())
_PRONOUNS = frozenset("them those these us which whom it".split())
_PLAIN_DETERMINERS = _DETERMINERS - _PRONOUNS  # "the", "their": not "these", "those"
_RELATIVE = frozenset("which who whom whose that where".split())
_CLAUSE_WORDS = frozenset("while whereas but although though because".split())
_MORE_WORDS = frozenset("more additional extra new other further fewer".split())
_SKIPPED_ADVERBS = frozenset("still now already reportedly currently allegedly straight consecutive successive".split())
_MONEY_LINKS = frozenset("in on for to from into".split())
_PREPOSITIONS = frozenset("of from in at for on with among".split())
_CASUALTY_VERBS = {verb: participle for verb, participle in load_table("casualty_verbs")}
_OBJECT_MARKERS = frozenset("the a an that this these those their its it they them to his her".split())
_NOUN_MARKERS = frozenset("a an the its their this".split())  # not "that": "a limit that falls to 70%"
_SCALE_WORDS = frozenset(w.lower() for w, _, kind in load_table("number_words") if kind in ("scale", "abbrev"))
# Nouns that name what a percentage or amount measures when they follow it ("the 95% level",
# "a 2% target", "a 10% stake"): read as its noun even before "the" or a verb-like word.
_MEASURE_NOUNS = frozenset(
    "level target rate share stake chance probability threshold limit majority tariff tax discount return "
    "margin mark ceiling cap floor premium yield interest ownership increase rise drop fall decline cut hike "
    "gain jump reduction growth slump surge rebound contraction expansion raise".split())
# Change nouns after a number: "a 22% drop in quarterly profit" measures the profit.
_CHANGE_NOUNS = frozenset(
    "increase rise drop fall decline decrease gain jump cut hike reduction growth slump surge rebound "
    "contraction expansion slide plunge climb raise".split())
# Words that stand between a determiner and a number without naming anything ("a reported €15m").
_PRE_MODIFIERS = frozenset("reported estimated record whopping mere staggering combined initial further "
                           "additional extra another massive hefty modest total cumulative".split())
# Words for a part of something: "half of the $10.6 billion" does not count halves.
_PART_WORDS = frozenset("half third quarter part most much many some portion fraction proportion".split())
_APPOSITION_ADVERBS = frozenset("currently now presently already still".split())
_COMPLEMENTIZERS = frozenset(("that",))
_SAID_WORDS = frozenset("said says stated states noted notes warned warns told".split())  # not "added 1.8%"
_SAY_WORDS = frozenset("said says saying added adds noted notes warned warns stated states".split())
# Verbs that bring in a clause, never part of the noun phrase after them
_REPORT_VERBS = _SAY_WORDS | frozenset("show shows showed suggest suggests suggested indicate indicates indicated "
                                           "expect expects predicts predicted projects projected".split())
_COUNT_VERBS = frozenset("remain remained live lived died fled face faced need needed lack lacked stayed wait waited "
                         "returned survived perished drowned".split())
_HOLD_VERBS = frozenset("hold holds held".split())  # "held at 2%" or "held rates at 2%"
_STEADY_WORDS = frozenset("steady unchanged flat stable firm".split())
_LY_ADJECTIVES = frozenset("quarterly monthly weekly yearly daily hourly family supply assembly".split())
_NUMBER_WORDS = frozenset(w.lower() for w, _, kind in load_table("number_words") if kind in ("unit", "ten"))
_QUANTIFIERS = frozenset("some all many most several both each every".split())
_PASSIVE = frozenset("be been being was were is are".split())
# Prepositions a subject's head reaches its modifiers through: "the yield on the 10-year note".
_CLIMB_PREPOSITIONS = frozenset("of on in from for by at with among across".split())
_NOUN_LIKE_ING = frozenset("spending funding borrowing lending financing building housing polling "
                           "shipping trading earnings savings".split())
VERB_QUALIFIERS = frozenset("exceed exceeds exceeded pass passes passed topped tops surpassed".split())
# Words right before an infinitive or after a modal are verbs: "to keep 1.5C", "will receive 500 euros".
_VERB_MARKERS = frozenset("to will would could can may might must should shall cannot not".split())

# Words that never start or extend a counted noun phrase (one set: _is_content is called per token).
_ADJECTIVES_BEFORE_NOUN = frozenset("slight single sharp steep modest small large big huge major minor "
                                     "marginal brief".split())
_NOT_CONTENT = _STOPS | _LEVEL_VERBS | _CHANGE_VERBS | _ADDITIONAL_WORDS | _QUALIFIER_WORDS

# The spaces before a token are taken with it (and findall keeps only the token): the engine
# would otherwise fail every alternative at each space.
# ("[A-Z][A-Z]{0,2}" is "[A-Z]{1,3}" opening with a plain class, which the engine checks in one step.)
_TOKEN = re.compile(r"\s*+([A-Z][A-Z]{0,2}&[A-Z]{1,3}\b|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?(?![\w])"
                    rf"|[A-Za-z][{WORD}'’.-]*[{WORD}]|[A-Za-z]|\d[\d,.]*|[^\s\w])")
_SYMBOL_TOKENS = frozenset("$ € £ ¥ ₹ ₩ ₽ ₴ ₪ ₺ ₦ ₱".split())
_WINDOW = 60  # characters read after a number for its noun
# "debt owed to energy suppliers": participles whose "to" names a recipient, not an infinitive
_TRANSFER_PARTICIPLES = frozenset("owed paid sent given lent allocated transferred granted delivered exported "
                                  "shipped sold".split())
_AS_BOUND_WORDS = frozenset("low high much many little few long far".split())
_PUT_VERBS = frozenset("put puts putting estimated estimates estimate valued values priced prices pegged "
                       "pegs".split())  # "estimated the cost of fighting the fire at $8.7 million"
_TIME_CUT = frozenset("in during over for since last this between".split())  # a time phrase ends a "put X at" noun


def _is_word(tok: str) -> bool:
    """Tell whether a token is a word (not a number or punctuation)."""
    return tok[:1].isalpha()


@lru_cache(maxsize=8192)  # why: a pure function of one word, asked many times per article
def is_plural(tok: str) -> bool:
    """Tell whether a word looks like a plural noun ("soldiers", "MPs", "people")."""
    low = tok.lower()
    if low in _PLURALS:
        return True
    if tok.isupper() or len(low) < 3 or not low.endswith("s") or low in _STOPS:
        return False
    return not low.endswith(("ss", "us", "is", "'s", "’s"))


@lru_cache(maxsize=8192)  # why: called per token, often on the same words
def _is_content(tok: str) -> bool:
    """Tell whether a token can be part of a counted noun phrase."""
    low = tok.lower()
    if len(tok) > 1 and tok.isupper() and tok.isalpha():
        return True  # an acronym: "US soldiers", "GDP"
    if low in _COMPASS:
        return tok[:1].isupper()
    return (_is_word(tok) and low not in _NOT_CONTENT
            and not (low.endswith("ly") and len(low) > 4 and low not in _LY_ADJECTIVES))


def _is_adjective_before_noun(tokens: list[str], j: int) -> bool:
    """Tell whether tokens[j] is a superlative or comparative describing the noun after it
    ("the 10 warmest years", "a slight peak")."""
    low = tokens[j].lower()
    return (low.endswith("est") and len(low) > 5 and j + 1 < len(tokens)
            and (_is_content(tokens[j + 1]) or tokens[j + 1].lower() in _TIME_WORDS)) \
        or low in _ADJECTIVES_BEFORE_NOUN


@lru_cache(maxsize=8192)
def _is_verb_like(tok: str) -> bool:
    """Tell whether a lower-case word looks like a participle ("expected", "remaining")."""
    low = tok.lower()
    return tok[:1].islower() and len(low) > 4 and low.endswith(("ed", "ing"))


def _tokens(text: str, start: int, end: int) -> list[str]:
    """Return the tokens of text[start:end]."""
    return _TOKEN.findall(text, start, end)


def _noun_phrase(tokens: list[str], i: int) -> str | None:
    """Read a counted noun phrase starting at tokens[i], up to and including its plural head."""
    n = len(tokens)
    if i < n and tokens[i].lower() in _MORE_WORDS and i + 1 < n and _is_content(tokens[i + 1]):
        i += 1  # "10 more batteries", "another 3 thousand new recruits"
    while i < n and (tokens[i].lower() in _SKIPPED_ADVERBS or tokens[i].endswith(("'s", "’s"))):
        i += 1  # "12 still missing", "26.3% of the country's GDP", "14 straight months"
    collected: list[str] = []
    natural_end = False
    for j in range(i, min(i + 5, n)):
        tok = tokens[j]
        low = tok.lower()
        nxt = tokens[j + 1] if j + 1 < n else ""
        if not collected and low in _GROUP_WORDS:
            if not (_is_content(nxt) and is_plural(nxt) and not _is_verb_like(nxt)):
                return tok  # "77,000 wounded"; but "150 wounded patients" reads on
            collected.append(tok)
            continue
        if collected and low in _CHANGE_NOUNS:
            collected.append(tok)  # "40% of the recent fall": the fall
            break
        if not _is_content(tok):
            natural_end = True
            break
        if _is_verb_like(tok) and not low.endswith("ing"):  # "12-storey building" is a noun
            nxt2 = tokens[j + 2] if j + 2 < n else ""
            if not (_is_content(nxt) and (is_plural(nxt) or (_is_content(nxt2) and is_plural(nxt2)))):
                break  # "150,000 expected to be sent": a verb, no noun; "armored fighting vehicles" reads on
        collected.append(tok)
        if is_plural(tok):
            if low in _PLURALS or not (_is_content(nxt) and is_plural(nxt) and not _is_verb_like(nxt)):
                break
            # "2,911 measles cases", "arms sales": a plural-looking modifier before the plural head
    if not collected:
        return None
    if len(collected) == 1 and i < len(tokens) - 1 and _is_adjective_before_noun(tokens, i) \
            and tokens[i + 1].lower() in _TIME_WORDS:
        return tokens[i + 1]  # "the 10 warmest years"
    while len(collected) > 1 and _is_adjective_before_noun(collected, 0):
        collected.pop(0)  # "10 warmest years": the years
    if collected and not is_plural(collected[-1]):
        # no plural head: "gross domestic product" ends the phrase with its head
        collected = collected[-3:] if natural_end else collected[:3]
    while len(collected) > 1 and _is_verb_like(collected[-1]) and collected[-1].lower() not in _NOUN_LIKE_ING:
        collected.pop()  # "150,000 expected": not "discretionary spending"
    return " ".join(collected) or None


def object_after(text: str, end: int, limit: int, money: bool, measured: bool) -> tuple[str | None, bool]:
    """Return (noun phrase after a number, whether it is a pronoun needing its referent)."""
    tokens = _tokens(text, end, min(limit, end + _WINDOW))
    i = 0
    while i < len(tokens) - 1 and tokens[i] in ('"', "”", "“", "'"):
        i += 1  # "needed \"two or three\" new players"
    if tokens[i:i + 1] == ["("]:  # skip a conversion: "300 billion won (US$207 million) in loans"
        while i < len(tokens) and tokens[i] != ")":
            i += 1
        i += 1
    if i >= len(tokens):
        return None, False
    first = tokens[i].lower()
    if first == "of" or (first == "worth" and tokens[i + 1:i + 2] == ["of"]):
        i += 1 if first == "of" else 2
        while i < len(tokens) and (tokens[i].lower() in _PLAIN_DETERMINERS or tokens[i][:1].isdigit()
                                   or tokens[i].lower() in _SCALE_WORDS or tokens[i] in _SYMBOL_TOKENS
                                   or (i + 1 < len(tokens) and tokens[i].endswith(("'s", "’s")))):
            i += 1  # "138 of the drones", "two of the 650 constituencies", "22 of the city's 35 zones"
        if i < len(tokens) and tokens[i].lower() == "total":
            return tokens[i], False  # "48% of the total"
        if i < len(tokens) and tokens[i].lower() in _PRONOUNS:
            return tokens[i], tokens[i].lower() != "us"  # "150 of us": the speakers themselves
        return _noun_phrase(tokens, i), False
    if first in ("were", "are") and i + 1 < len(tokens) and is_plural(tokens[i + 1]) and _is_content(tokens[i + 1]):
        return tokens[i + 1], False  # "Of the dead, four were women": women
    if not money and not measured and first in _COUNT_VERBS:
        return None, False  # "nearly 450,000 remain in evacuation centres": a verb, the noun is elsewhere
    if money and first in _MONEY_LINKS and i + 1 < len(tokens) and tokens[i + 1][:1].islower():
        if first == "to" and tokens[i + 1].lower() not in _DETERMINERS and tokens[i + 1].lower() not in ("a", "an") \
                and not is_plural(tokens[i + 1]):
            return None, False  # "$8 billion to build a plant": an infinitive, not what is paid for
        i += 1  # "$5 billion in military aid", "1.5 trillion yen on the stimulus package"
        while i < len(tokens) and (tokens[i].lower() in _DETERMINERS or tokens[i].lower() in ("a", "an")):
            i += 1
        phrase = _noun_phrase(tokens, i)
        if phrase and (phrase.split()[-1].lower() in _TIME_WORDS or phrase.split()[-1].lower() in _PERIOD_NOUNS):
            return None, False  # "3.2 billion yuan in the three months to September", "$4.1 billion in the quarter"
        return phrase, False
    if measured and first in _CHANGE_NOUNS:
        if tokens[i + 1:i + 2] in (["in"], ["of"]):  # "a 22% drop in quarterly profit"
            k = i + 2
            while k < len(tokens) and (tokens[k].lower() in _DETERMINERS or tokens[k].lower() in ("a", "an")):
                k += 1
            return _noun_phrase(tokens, k) or tokens[i], False
        return tokens[i], False  # "a 0.25% cut"
    if measured and first in _MEASURE_NOUNS:
        return tokens[i], False  # "the 95% level the WHO says is needed", "a 10% stake"
    elif measured and (not _is_content(tokens[i]) or _is_verb_like(tokens[i])
                       and tokens[i].lower() not in _NOUN_LIKE_ING):
        return None, False  # "2.6% in the 12 months", "1.9% excluding currency effects": no noun after it
    elif measured and i + 1 < len(tokens) and tokens[i + 1].lower() in _OBJECT_MARKERS:
        return None, False  # "more than 70% expect the next hike": a verb, not the 2% target's noun
    elif measured and i + 1 < len(tokens) and tokens[i + 1].lower() == "than":
        return None, False  # "30% heavier than average": a comparison
    return _noun_phrase(tokens, i), False


def _is_boundary(tok: str) -> bool:
    """Tell whether a token ends a clause."""
    return tok in (",", ";", ":", "(", ")", '"', "“", "”", "—", "–") or tok.lower() in _CLAUSE_WORDS


def _extend_left(tokens: list[str], j: int) -> str:
    """Return the noun phrase ending at tokens[j]: up to two content words before it, and
    the head it belongs to through "of" ("share of the vote", "price of computer games")."""
    k = j
    while k > 0 and j - k < 2 and _is_content(tokens[k - 1]) and not _is_verb_like(tokens[k - 1]):
        k -= 1
    of = k - 1
    while of > 0 and tokens[of].lower() in _DETERMINERS:
        of -= 1
    if of > 0 and tokens[of].lower() == "of" and _is_content(tokens[of - 1]) and not _is_verb_like(tokens[of - 1]):
        k = of - 1
    return " ".join(tokens[k:j + 1])


def _np_start(tokens: list[str], j: int) -> int:
    """Return where the noun phrase ending at tokens[j] begins: its modifiers, names, numbers
    and possessives ("the company's personal computer business", "the S&P 500")."""
    k = j
    while k > 0 and j - k < 5:
        t = tokens[k - 1]
        if t.lower() in _REPORT_VERBS:
            break  # "Eurostat data show prices rose": the phrase starts after the verb
        if t == "-" or t[:1].isdigit() or t.endswith(("'s", "’s")) or t.lower() in _COMPASS \
                or t.lower() in _NUMBER_WORDS or t.lower() == "top" \
                or (t.lower() in _TIME_WORDS and k > 1 and tokens[k - 2] == "-") \
                or (_is_content(t) and not (_is_verb_like(t) and t.lower() not in _NOUN_LIKE_ING)):
            k -= 1
            continue
        break
    while k < j and (tokens[k] == "-" or tokens[k][:1].isdigit()):
        k += 1  # a phrase starts with a word, not "-" or a number
    return k


def _list_start(tokens: list[str], k: int) -> int:
    """Return where a coordinated list ending in the phrase at tokens[k] begins ("housing, water and
    electricity"), or `k` when the phrase is not the last item of such a list."""
    if k < 2 or tokens[k - 1].lower() not in ("and", "or"):
        return k
    i = k - 2
    while i >= 0 and (_is_content(tokens[i]) and not (_is_verb_like(tokens[i]) and tokens[i].lower()
                                                     not in _NOUN_LIKE_ING) or tokens[i] == ","):
        i -= 1
    start = i + 1
    return start if start < k - 1 and _is_content(tokens[start]) else k


def _head_phrase(tokens: list[str], j: int) -> str:
    """Return the head of the noun phrase ending at tokens[j], climbing back through its
    prepositional modifiers: "the yield on the benchmark 10-year Treasury note" -> "yield",
    "Core measures favoured by the bank" -> "Core measures", "number of people" kept whole."""
    k = _np_start(tokens, j)
    head_k, head_j, of_tail = k, j, None
    while True:
        head_k = _list_start(tokens, head_k)  # "prices for housing, water and electricity": the list
        p = head_k - 1
        while p >= 0 and (tokens[p].lower() in _DETERMINERS or tokens[p].lower() in _QUANTIFIERS
                          or tokens[p].lower() in ("a", "an", "last", "next")):
            p -= 1  # "the toll from last week's earthquake": "last" opens the possessive
        if p < 1 or not (tokens[p].lower() in _CLIMB_PREPOSITIONS
                         or (tokens[p].lower() == "to" and (tokens[head_k][:1].isupper()
                                                             or tokens[p - 1].lower() in _TRANSFER_PARTICIPLES))):
            break  # "exports to China", not "aims to achieve exports"
        q = p - 1
        if tokens[q].lower().endswith("ed") and _is_verb_like(tokens[q]) and q > 0:
            q -= 1  # a participle: "favoured by", "killed in"
        if not _is_content(tokens[q]) or (_is_verb_like(tokens[q]) and tokens[q].lower() not in _NOUN_LIKE_ING):
            break
        of_tail = " ".join(tokens[p + 1:head_j + 1][-3:]) if tokens[p].lower() == "of" and q == p - 1 else None
        head_j, head_k = q, _np_start(tokens, q)
    words = list(filter("-".__ne__, tokens[head_k:head_j + 1]))[-4:]  # the words, without hyphens
    phrase = " ".join(words)
    if of_tail:  # "number of people", "share of the vote"
        phrase = f"{phrase} of {of_tail}"
    return phrase


def _clause_subject(tokens: list[str], verb: int) -> str | None:
    """Return the first noun phrase of the clause holding tokens[verb], skipping relative clauses."""
    end = verb
    while end > 0:
        begin = end
        while begin > 0 and not _is_boundary(tokens[begin - 1]):
            begin -= 1
        clause = tokens[begin:end]
        if clause and clause[0].lower() in ("a", "an") and begin > 1 and tokens[begin - 1] == "," \
                and end < len(tokens) and tokens[end] == ",":
            end = begin - 1  # "Passenger unit revenue, a measure of pricing power, rose": the subject before it
            continue
        if clause and clause[0].lower() not in _RELATIVE and any(_is_content(t) for t in clause):
            k = 0
            for n, t in enumerate(clause):  # "it forecast that unemployment": after the complementizer
                nxt = n + 2 if n + 2 < len(clause) and clause[n + 1].lower() in _DETERMINERS else n + 1
                if (t.lower() in _COMPLEMENTIZERS or t.lower() in _SAY_WORDS) and n and nxt < len(clause) \
                        and _is_content(clause[nxt]):
                    k = n + 1  # "Raj Patel said input costs were expected to rise": input costs
            while k < len(clause) and not _is_content(clause[k]):
                k += 1
            words = []
            while k < len(clause) and (_is_content(clause[k]) or (words and clause[k][:1].isdigit()
                                                                  and words[-1][:1].isupper())) and len(words) < 4:
                words.append(clause[k])  # "S&P 500", "FTSE 100"
                k += 1
            return " ".join(words)
        end = begin - 1
    return None


def _subject_of_verb(tokens: list[str], verb: int, counting: bool) -> str | None:
    """Return what a verb before a number puts the number on: its subject."""
    k = verb - 1
    while k >= 0 and not _is_boundary(tokens[k]) and not _is_content(tokens[k]):
        if tokens[k][:1].isdigit() and k > 0 and tokens[k - 1][:1].isupper() and _is_content(tokens[k - 1]):
            break  # "The S&P 500 gained"
        k -= 1
    if k < 0 or _is_boundary(tokens[k]):
        return None if counting else _clause_subject(tokens, k) if k >= 0 else None
    # why: most clauses hold no relative word at all; the set test on the joined words is cheap
    relative = not _RELATIVE.isdisjoint(" ".join(tokens[:k]).lower().split()) and any(
        t.lower() in _RELATIVE and i and _is_content(tokens[i - 1]) and not _is_verb_like(tokens[i - 1])
        for i, t in enumerate(tokens[:k]))  # "the quake that struck ...", not "said that"
    if tokens[k].lower() in _TIME_WORDS and k > 0 and tokens[k - 1][:1].isdigit():
        return _clause_subject(tokens, verb)  # "The number of people waiting more than 52 weeks fell to"
    if not _is_verb_like(tokens[k]) and not relative:
        return _head_phrase(tokens, k)  # "The yield on the 10-year note fell 9 basis points"
    return _clause_subject(tokens, verb)  # "The death toll from the quake ... rose to 2,056"


def _put_at_phrase(tokens: list[str]) -> str | None:
    """Return NP in "put NP at <number>" ("put the number of cases completed last year at 987,000")."""
    if not tokens or tokens[-1].lower() != "at":
        return None
    if len(tokens) > 3 and tokens[-2] == "," and tokens[-3].lower() in ("lower", "higher"):
        tokens = tokens[:-3] + ["at"]  # "put the number of people in need lower, at 3.4 million"
    for p in range(len(tokens) - 2, max(-1, len(tokens) - 16), -1):
        if _is_boundary(tokens[p]):
            return None
        if tokens[p].lower() in _PUT_VERBS and p + 1 < len(tokens) - 1 \
                and (tokens[p].lower().startswith("put") or tokens[p + 1].lower() in _DETERMINERS):
            words = tokens[p + 1:-1]
            while words and (words[0].lower() in _DETERMINERS or words[0].lower() in ("a", "an")):
                words = words[1:]
            cut = next((i for i, w in enumerate(words) if i and w.lower() in _TIME_CUT), len(words))
            return " ".join(words[:min(cut, 5)]) or None
    return None


def object_before(text: str, start: int, floor: int, counting: bool) -> str | None:
    """Return the noun phrase before a number that it quantifies, or the subject of its verb."""
    tokens = _tokens(text, floor, start)
    if len(tokens) >= 3 and tokens[-1].lower() == "as" and tokens[-3].lower() == "as" \
            and tokens[-2].lower() in _AS_BOUND_WORDS:
        tokens = tokens[:-3]  # "relative humidity as low as 8%", "falls by as much as 20%"
    put = _put_at_phrase(tokens)
    if put:
        return put  # "the ministry put the toll at 40"
    if len(tokens) > 3 and tokens[-1].lower() == "at" and "by" in (t.lower() for t in tokens[-5:-2]):
        by = len(tokens) - 1 - [t.lower() for t in tokens[::-1]].index("by")
        return _clause_subject(tokens, by)  # "Reserves were estimated by (the) bankers at $62bn"
    j = len(tokens) - 1
    if j >= 2 and tokens[j].lower() in _APPOSITION_ADVERBS and tokens[j - 1] == "," and _is_content(tokens[j - 2]) \
            and not _is_verb_like(tokens[j - 2]):
        return _extend_left(tokens, j - 2)  # "unemployment, currently 6.5%"
    while j >= 0:
        tok = tokens[j]
        low = tok.lower()
        if _is_boundary(tok) or low in _SAID_WORDS:
            return None  # "The center said about 7.1 million acres": the number opens what was said
        if low in _UNIT_PARTS and j > 0 and (tokens[j - 1][:1].isdigit() or (j > 1 and tokens[j - 2][:1].isdigit())):
            j -= 1
            continue  # a unit of an earlier number: "fell 330 basis points to 41.5%"
        if low in _PRE_MODIFIERS:
            j -= 1
            continue  # "worth a reported €15m"
        if low in _PART_WORDS and j + 2 < len(tokens) and tokens[j + 1].lower() == "of" \
                and tokens[j + 2].lower() in _DETERMINERS:
            return None  # "less than half of the $10.6 billion": not a count of halves
        if counting and low in _CASUALTY_VERBS:
            return f"people {_CASUALTY_VERBS[low]}"  # "Russian attack kills 7"
        if (low in _CHANGE_VERBS or low in _LEVEL_VERBS) and j > 0 and (
                tokens[j - 1].lower() in _NOUN_MARKERS
                or (j > 1 and tokens[j - 2].lower() in _NOUN_MARKERS and _is_adjective_before_noun(tokens, j - 1))):
            return tok  # "forecast a fall to 2.1%", "a slight peak of 9.1 million": a noun, not a verb
        if j > 0 and tokens[j - 1].lower() in _VERB_MARKERS and tok[:1].islower() and _is_content(tok) \
                and not is_plural(tok):
            if counting:
                return None  # "will receive 500 euros": a verb names nothing
            if tokens[j - 1].lower() == "to":
                if j > 1 and _is_content(tokens[j - 2]) and not _is_verb_like(tokens[j - 2]):
                    return _head_phrase(tokens, j - 2)  # "expected Brent to average $85": Brent
                return None
            return _clause_subject(tokens, j - 1)
        if low in _CHANGE_VERBS and j == len(tokens) - 2 and tokens[-1].lower() == "of":
            return _extend_left(tokens, j)  # "average pay rises of 5.46%"
        if low in _LEVEL_VERBS or low in _CHANGE_VERBS or low in VERB_QUALIFIERS:
            return _subject_of_verb(tokens, j, counting)
        if _is_content(tok):
            if j > 0 and tokens[j - 1].lower() in _LEVEL_VERBS:
                if tokens[j - 1].lower() in _HOLD_VERBS and low not in _STEADY_WORDS:
                    return _head_phrase(tokens, j)  # "the central bank holds rates at 42.5%": the rates
                return _subject_of_verb(tokens, j - 1, counting)  # "remained sticky at 5.9%"
            if counting and j == len(tokens) - 2 and tokens[-1].lower() in ("of", "at") \
                    and not _is_verb_like(tok):
                return tok  # "a magnitude of 5.7", "put the magnitude at 6.4"
            if counting and j == len(tokens) - 1 and not _is_verb_like(tok) and tok[:1].islower() \
                    and low not in CUE_FRAME:  # not "unions claim 40,000"
                return tok  # a label right before the number: "magnitude 7.7" (not "Poland nearly 1 million")
            if counting and (_is_verb_like(tok) or not is_plural(tok)):
                return None  # "the remaining 10": no counted noun here
            if _is_verb_like(tok) and low.endswith("ed") and j < len(tokens) - 1:
                if tokens[j + 1].lower() in ("at", "to") and j > 0 and tokens[j - 1].lower() not in _PASSIVE:
                    return _subject_of_verb(tokens, j, counting)  # "The Korean won traded at 1,452.7"
                return None  # "before being restored to $12": a verb names nothing
            if j == len(tokens) - 1 and tok[:1].isupper() and _is_content(tok) and not counting:
                return None  # "with Germany hosting 1.2 million and Poland nearly 1 million"

            return _extend_left(tokens, j) if counting else _head_phrase(tokens, j)
        j -= 1
    return None


def subject_before(text: str, start: int, floor: int) -> str | None:
    """Return the subject of the clause before the one a number stands in ("24.5 points, or 0.96%")."""
    tokens = _tokens(text, floor, start)
    j = len(tokens) - 1
    while j >= 0 and not _is_boundary(tokens[j]):
        j -= 1
    return _clause_subject(tokens, j) if j > 0 else None


def referent(text: str, floor: int, start: int) -> str | None:
    """Return the plural noun phrase a pronoun ("4,000 of them") most likely refers to."""
    tokens = _tokens(text, floor, start)
    for j in range(len(tokens) - 1, 0, -1):
        tok = tokens[j]
        if is_plural(tok) and _is_content(tok) and tokens[j - 1].lower() not in ("he", "she", "it", "they", "who"):
            k = j
            while k > 0 and j - k < 3 and (_is_content(tokens[k - 1]) or tokens[k - 1][:1].isupper()) \
                    and not _is_boundary(tokens[k - 1]) and tokens[k - 1].lower() not in _DETERMINERS:
                k -= 1
            return " ".join(tokens[k:j + 1])
    return None
