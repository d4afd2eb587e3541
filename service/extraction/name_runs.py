"""Classify capitalised runs of words into people and organisations, with their evidence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cues import CUE_RE
from .lexicon import load_set
from .names import (APOSTROPHES, COMMON_ACRONYMS, DEMONYMS, GROUP_NOUNS, KNOWN, MEDIA_HEADS, ORG_HEADS, ORG_SUFFIXES,
                    PLACE_WORDS, ROLE_NOUNS, STOPWORDS, TITLES, _alternation, is_acronym, strip_dot,
                    title_prefix_len)
from .types import Sentence

_AGE_AFTER = re.compile(r"^\s*(?:\(\s*\d{1,3}\b|,\s*\d{1,3}\s*,)")
_APPOSITIVE_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?,\s*(?:\d{1,3},\s*)?((?:a|an|the)\s+)?([^,;:.\"“”]{3,90}?)\s*(?=,|\.\s|\.$)")
_ROLE_BEFORE = re.compile(r"((?:(?:[A-Z][\w'’.-]*|of|for|at|the)\s+)*?(?:[A-Za-z][\w-]*\s+){0,2}"
                          r"(?i:" + _alternation(ROLE_NOUNS) + r")"
                          r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)\s+$")
_ROLE_WORD = re.compile(r"(?i:\b" + _alternation(ROLE_NOUNS) + r")\b")
_ROLE_TAIL = re.compile(r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?\s+")
_POSSESSOR = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)[" + APOSTROPHES + r"]s\s+$")
_CUE_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,90},\s*|,\s*)?(?:also\s+|has\s+|had\s+)?" + CUE_RE.pattern)
_NOUN_CUE_WORDS = frozenset("forecast forecasts report reports estimate estimates claim claims note notes "
                            "comment comments post posts remarks statement".split())
_CUE_AFTER_APPOSITIVE = re.compile(r"^\s*,[^,]{1,90},\s*")
_ORG_DESCRIPTORS = ("regulator company firm group agency broadcaster newspaper outlet party bank lender carrier "
                    "insurer retailer automaker chipmaker startup developer operator union broker brokerage "
                    "pollster maker manufacturer airline consultancy publisher conglomerate site website platform "
                    "tracker portal charity watchdog").split()
_ORG_DESCRIPTOR_BEFORE = re.compile(r"\b(?:the\s+)?(?:" + "|".join(_ORG_DESCRIPTORS) + r")\s*,?\s+$", re.I)
# why: before a name of several words only nouns that never describe a person ("developer" may)
_ORG_DESCRIPTORS_MULTI = ("company firm lender bank insurer retailer carrier airline broker brokerage pollster maker "
                          "manufacturer automaker chipmaker regulator broadcaster newspaper outlet conglomerate "
                          "consultancy startup group site website platform tracker portal charity watchdog").split()
_ORG_DESCRIPTOR_BEFORE_MULTI = re.compile(r"\b(?:" + "|".join(_ORG_DESCRIPTORS_MULTI) + r")\s*,?\s+$", re.I)
_ORG_DESCRIPTOR_SET = frozenset(_ORG_DESCRIPTORS)
_APPOSITIVE_NP_END = re.compile(r"\s+(?:of|for|at|in|with|on|from|who|which|based)\s")
_ORG_DESCRIPTOR_MULTI_SET = frozenset(_ORG_DESCRIPTORS_MULTI)
_ORG_DESCRIPTOR_ENDINGS = tuple(_ORG_DESCRIPTORS)  # holds every noun of the _MULTI list too
# Evidence that a lone capitalised word is a body, not a person: "YouGov" (a capital inside the
# word), "the Ipsos poll", "analysts at Jefferies", "Ipsos found".
INNER_CAPS = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')[A-Z][a-z]+[A-Z]")
_POLL_AFTER = re.compile(r"^\s+(?:poll|polls|polling|survey|surveys|research|analysis|data)\b")
_GROUP_AT_BEFORE = re.compile(r"\b(?:analysts|economists|strategists|researchers|traders|brokers|pollsters|"
                              r"campaigns|experts|executives)\s+(?:at|with|from)\s+$", re.I)
# How the words _POLL_AFTER / _ORG_VERB_AFTER look for start (checked on the lower-cased next word first)
_POLL_NOUNS = frozenset({"poll", "polls", "polling", "survey", "surveys"})
_POLL_STARTS = ("poll", "survey", "research", "analysis", "data")
_ORG_VERB_STARTS = ("found", "finds", "showed", "shows", "estimated", "projected", "expects", "put")
_ORG_VERB_AFTER = re.compile(r"^\s+(?:found|finds|showed|shows|estimated|projected|expects\b|"
                             r"puts?\s+(?:[A-Z]|the\b|its\b|support\b|turnout\b))")  # not "Brent put on $2"
_IZAFAT = re.compile(r"[A-Z][a-z]+-(?:e|i|ut|ul|al|ud)-[A-Z][a-z]+")  # "Tehreek-e-Taliban", "Hizb-ut-Tahrir", "Ittehad-ul-Mujahideen"
_EVENT_FIRST = frozenset("Typhoon Hurricane Cyclone Storm Tropical Operation Mount Lake Cape Place Rue Fort St. Saint "
                         "St San Santa Santo Puerto Porto Los Las Rio".split())
# Two-word endings of place names whose last word alone may be a surname ("Grace Park", "Stuart Hall")
_PLACE_NAME_ENDINGS = frozenset({("National", "Park"), ("City", "Hall"), ("Town", "Hall"), ("Memorial", "Hall")})
_EVENT_LAST = frozenset("Agreement Accord Accords Treaty Convention Protocol Summit Declaration Olympics "
                        "Games Act Charter Agenda Prize Award Cup Festival Marathon Average Index".split())
_GOVERNMENT_AFTER = re.compile(r"^\s+((?:provincial|state|regional|local|city|municipal|federal|"
                               r"territorial)\s+)?government\b")
_PRODUCT_AFTER = frozenset("tool app platform index model device phone service software chatbot".split())
_LEAD_NOUNS = frozenset("shares stocks bonds units investors customers clients employees staff members "
                        "owners subsidiaries".split())
_NAME_LEAD_WORDS = frozenset("All First One United New Southern Northern Eastern Western".split())
_PARTY_WORDS = frozenset("Tory Conservative Labour Liberal Democratic Republican Socialist Communist Coalition "
                         "Military Interim Caretaker Unity National Federal Central".split())
_GOV_MODIFIERS = frozenset("provincial state regional local city municipal federal territorial".split())
_LEGISLATURE_DOC = re.compile(r"\b(?:Senate|Congress|Representatives|Speaker)\b")
_SOURCE_BEFORE = re.compile(r"\b(?:according to|by|from|at|citing|told|to)\s+(?:the\s+)?$", re.I)
_EMPLOYER_BEFORE = re.compile(r"\b(?:" + _alternation(ROLE_NOUNS) + r")\s+(?:at|with)\s+$")
_AGENCY_PREFIX = frozenset("Statistics Health Transport Environment Parks Sport Finance Radio Global Public "
                           "Justice Defence Defense Immigration Canada Elections Bank".split())  # "Bank Indonesia"
_COMMON_MODIFIERS = frozenset("health state local federal government police military security company city county "
                              "foreign defence defense senior top western election union party school hospital "
                              "border aid campaign court prison fire rescue transport education energy trade "
                              "finance justice interior regional provincial municipal city tribal relief emergency "
                              "disaster flood forest wildlife customs immigration tax water power airport port railway "
                              "district village camp medical public opposition rebel army navy coast park "
                              "industry agriculture environment property housing market energy oil private independent "
                              "leading senior chief most many some other several".split())
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NAMED_BEFORE = re.compile(r"\b(?:identified as|named|called)\s+$")
# Words of a state body's name, which a possessive country before it stays part of
_STATE_BODY_WORDS = frozenset("Ministry Department Agency Office Embassy Council Commission Bureau Authority Directorate "
                              "Parliament Cabinet Court Assembly Police Army Navy Force Forces Guard Guards".split())
# Capitalised words of a portfolio after "Minister for", "Secretary of": "Foreign Affairs", "Security"
_TITLE_PORTFOLIOS = load_set("portfolio_words") | frozenset("affairs security state home internal external".split())
_NAME_PARTICLES = frozenset("de du del da di van von der den ter dos das le la Ó Ní Mac".split())
RUN_CONNECTORS = frozenset({"of", "the", "for", "and", "&", "on", "de", "du", "del"})
_NAME_HONORIFICS = frozenset("Dr Mr Mrs Ms Miss Prof Professor Rep Sen Sir Dame".split())
_WINDOW = 160  # characters of context read on each side of a capitalised run


@dataclass(slots=True)
class Found:
    """One raw mention before actors are merged."""

    start: int
    end: int
    text: str
    type: str  # person | organization | country | single (a lone capitalised word, undecided)
    name: str
    sentence: int
    kind: str = ""
    aliases: set[str] = field(default_factory=set)
    description: str | None = None
    confidence: float = 0.9
    evidence: bool = False


_SPOKES_AFTER = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "executive",
                           "executives", "officials", "representative", "shareholders", "employees", "staff"})
_ANALYST_AFTER = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists"})
_ACRONYM_BODY_AFTER = frozenset("union unions party group agency federation confederation alliance coalition movement "
                                "militia spokesperson spokesman spokeswoman officials official chief leader head "
                                "president director secretary teams team personnel members rescuers statement "
                                "website".split())
_LEAD_FUNCTION_WORD = re.compile(r"(?:to|by|from|for|with|of|at|according|told|and|or|but|as)\b")
# Who runs a survey or a poll is a body ("companies surveyed by Teikoku Databank")
_SURVEYOR_BEFORE = re.compile(r"\b(?:surveyed|polled|compiled|commissioned|conducted)\s+by\s+(?:the\s+)?$")
_DATELINE_AFTER = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?)?\s*(?:\([^)]{1,30}\)\s*)?[—–-]")
_AUX_AFTER = frozenset("has had have is was were will would could can may might must also did does".split())
_LOWER_COMPOUND = re.compile(r"[A-Z][\w-]*-(?:[a-z]+)$")  # "High-speed", "Al-Qaeda-linked", "Kremlin-backed"
_ADJECTIVE_END = ("al", "ic", "ive", "ary", "ent", "ior", "ian", "ese", "ish")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov)\.?\s+$")
_COURTESY_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$")
_MODEL_NUMBER_AFTER = re.compile(r"\s+(?:\d{1,2}|One)\b(?![.,]?\d|%| percent| per cent)")
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_WORD_CHARS = re.compile(r"[\w-]+")


_HONORIFICS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov")
_COURTESIES = ("Mr", "Mrs", "Ms", "Dr", "Prof")


def _personal_hint(before: str) -> bool:
    """Tell whether an honorific or title stands right before a name."""
    tail = before[-8:]
    # why: the pattern ends in an honorific, a full stop and spaces; test that before the scan
    return tail.rstrip().rstrip(".").endswith(_HONORIFICS) and bool(_HONORIFIC_BEFORE.search(tail))


_PLACE_CUES = frozenset("in near outside across toward towards inside into through around reach reached reaching "
                        "of and the".split())
_ROLE_OF = re.compile(r"\b(?:of|for|at)\s")
# How a _PLACE_BEFORE match ends, trailing spaces aside (its words are matched case-sensitively).
_PLACE_ENDINGS = ("in", "near", "outside", "across", "toward", "towards", "inside", "into", "through", "around",
                  "reach", "reached", "reaching", "the", "and", "of", "'s", "’s")
_ROLE_ENDINGS = tuple(sorted(ROLE_NOUNS))
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # non-ASCII letters re.I matches to ASCII ones


def _place_context(before: str) -> bool:
    """Tell whether the words before a name make it a place ("in", "the city of", "in X and")."""
    tail = before[-40:]
    if not tail[-1:].isspace() or not tail.rstrip().endswith(_PLACE_ENDINGS):
        return False  # why: the pattern ends in one of these words and spaces; skip the scan
    words = tail.split()
    if not any(w.lower() in _PLACE_CUES or w.endswith(("'s", "’s")) for w in words[-4:]):
        return False
    return bool(_PLACE_BEFORE.search(before, max(0, len(before) - 30)))


def _lower_then(before: str) -> bool:
    """Tell whether `before` ends in "Mr." / "Ms." style honorifics (kept as a person)."""
    tail = before[-8:]
    return tail.rstrip().rstrip(".").endswith(_COURTESIES) and bool(_COURTESY_BEFORE.search(tail))


def _may_end_with(text: str, words: tuple[str, ...]) -> bool:
    """Tell whether `text` may end with one of the lower-case `words` under re.IGNORECASE.

    A cheap necessary condition checked before a case-insensitive pattern anchored at the end.
    """
    return text.lower().endswith(words) or not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text)


def _role_before(before: str):
    """Return the match of a role phrase ending `before` ("the spokesperson for Naftogaz")."""
    words = before[-60:].split()
    if not words:
        return None
    last_word = words[-1]  # a whole word when another one precedes it in the window
    if len(words) > 1 and not "A" <= last_word[0] <= "Z" and not _may_end_with(last_word, _ROLE_ENDINGS):
        return None  # why: the phrase ends in the role word itself or in the capitalised "of/for/at X"
    if last_word.lower() not in ROLE_NOUNS and not _ROLE_OF.search(before, max(0, len(before) - 60)):
        return None  # why: a role phrase ends right before the name, or is followed by "of/for/at X"
    lo = max(0, len(before) - 100)
    last = None
    for last in _ROLE_WORD.finditer(before, lo):
        pass
    # why: the full pattern backtracks; first check that a role word ends the context
    if last is None or not _ROLE_TAIL.fullmatch(before, last.end()):
        return None
    m = _ROLE_BEFORE.search(before, _role_search_start(before, lo))
    lead = (CUE_RE.match(before, m.start(1)) or _LEAD_FUNCTION_WORD.match(before, m.start(1))) if m else None
    if lead and before[lead.end():lead.end() + 1] == " ":
        m = _ROLE_BEFORE.search(before, lead.end() + 1)  # "said Congress legislator", "to government spokesman"
    return m


_ROLE_CONNECTORS = frozenset(("of", "for", "at", "the"))
_NOT_IN_ROLE_PHRASE = ',;:()"“”'  # characters no _ROLE_BEFORE match holds


def _role_search_start(before: str, lo: int) -> int:
    """Return a position no later than where _ROLE_BEFORE.search(before, lo) can first match.

    A match holds no comma, bracket or quote mark, and at most three whole lower-case words
    other than of/for/at/the: two leading words and the role noun (its tail and the leading
    words are capitalised or connectors).
    """
    # why: the pattern backtracks at every position it tries; most of the window cannot match
    pos, plain = len(before), 0
    for w in reversed(before[lo:].split()):
        pos = before.rfind(w, lo, pos)
        if w[-1] in _NOT_IN_ROLE_PHRASE:
            return pos + len(w)
        if w.islower() and w.isalpha() and w not in _ROLE_CONNECTORS:
            plain += 1
            if plain == 4:
                return pos + 1
    return lo


def _org_descriptor_before(before: str, multi: bool = False) -> bool:
    """Tell whether an organisation noun ends `before` ("the broker ", "lender "), as the patterns do."""
    tail = before[-30:].rstrip()
    if tail.endswith(","):
        tail = tail[:-1].rstrip()
    # why: the patterns try every one of the last 24 positions; the noun must end the context
    if not _may_end_with(tail, _ORG_DESCRIPTOR_ENDINGS):
        return False
    pattern = _ORG_DESCRIPTOR_BEFORE_MULTI if multi else _ORG_DESCRIPTOR_BEFORE
    return bool(pattern.search(before, max(0, len(before) - 24)))


def _org_appositive_after(after: str, multi: bool = False) -> bool:
    """Tell whether an appositive after a name calls it a body ("Unite, the UK's second-largest union,")."""
    if not after.startswith(","):
        return False
    head = _appositive_head(after)  # why: after a name of several words, only nouns that never describe a person
    return head is not None and head in (_ORG_DESCRIPTOR_MULTI_SET if multi else _ORG_DESCRIPTOR_SET)


def _appositive_head(after: str) -> str | None:
    """Return the head noun of an appositive after a name, lower-cased ("the UK's largest union" -> "union";
    "spokesman for the Civil Defence agency" -> "spokesman"), or None when none follows or it is a clause."""
    app = _APPOSITIVE_AFTER.match(after)
    if not app:
        return None
    words = _APPOSITIVE_NP_END.split(app.group(2), 1)[0].split()
    return words[-1].lower() if words and words[0].lower() not in ("who", "which", "whose") else None


def _role_appositive_after(after: str) -> bool:
    """Tell whether an appositive after a name gives a person's role ("Okafor, a farmer,")."""
    return _appositive_head(after) in ROLE_NOUNS


def _words(doc: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Return (start, end, word) of the whitespace-separated words in doc[s:e], as _WORD_RE finds them."""
    out, pos, find = [], s, doc.find
    for w in doc[s:e].split():  # why: split() and \S+ agree on whitespace; find is cheaper than a Match
        pos = find(w, pos)
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")
_SPLIT_CONNECTORS = {"of", "at"}
COMPASS = frozenset("North South East West Northern Southern Eastern Western Central Upper Lower Southeast Southwest "
                    "Northeast Northwest".split())
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|near|outside|across|towards?|inside|into|through|around|reach|reached|"
                           r"reaching)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}\s+and\s+"
                           r"|[A-Z][\w-]*['’]s\s+)?"
                           r"|\b(?:city|town|village|district|province|region|state|county|"
                           r"area|camp|port|island|capital) of\s+|[A-Z][a-z]+\s+of\s+)$")
_APPOSITIVE_ROLE_BEFORE = re.compile(r"\b(?i:a|an|the|another|one)\s+(?:[\w'’-]+\s+){0,3}?(?i:"
                                     + _alternation(ROLE_NOUNS) + r")\s*,\s*$")
_NAME_ENDS = ORG_HEADS | ORG_SUFFIXES  # the words an organisation name can end in
_DOTTED_SUFFIX = frozenset("Co. Corp. Inc. Ltd. Bros.".split())  # the full stop belongs to the name


def _defines_acronym(tokens: list[str], after: str) -> bool:
    """Tell whether the run is followed by "(ABC)" spelling its initials in order."""
    m = _ACRONYM_AFTER.match(after)
    if not m:
        return False
    letters = [t[0] for t in tokens if t[:1].isupper()]
    acro = m.group(1).replace("&", "")
    if not letters or acro[0] != letters[0]:
        return False
    i = matched = 0
    for ch in letters:  # initials found in order inside the acronym ("UNIFIL" for U N I F L)
        j = acro.find(ch, i)
        if j >= 0:
            matched, i = matched + 1, j + 1
    return matched >= max(2, min(len(letters), len(acro)) - 1)


def _split_and(doc: str, sent: Sentence, words, tokens) -> list[Found] | None:
    """Split "Japan Airlines and All Nippon Airways" into two organisations, or return None.

    Both sides must end in an organisation word and the left one hold no connector, so that
    "Ministry of Trade and Industry" or "Centers for Disease Control and Prevention" stay whole.
    """
    heads = _NAME_ENDS
    for a, t in enumerate(tokens):
        if t not in ("and", "&") or a < 1 or a >= len(tokens) - 1:
            continue
        left, right = tokens[:a], tokens[a + 1:]
        if left[-1] in heads and right[-1] in heads and right[0][:1].isupper() and not right[0].endswith("ing") \
                and not any(x in RUN_CONNECTORS for x in left) and (len(left) > 1 or len(right) > 1):
            # ("Kenya Power and Lighting Company" is one: "Lighting" names no body of its own)
            return (_classify_run(doc, sent, words[0][0], words[a - 1][1])
                    + _classify_run(doc, sent, words[a + 1][0], words[-1][1]))
    return None


def _split_org_run(doc: str, sent: Sentence, words, tokens, head_idx) -> list[Found] | None:
    """Split a run that an organisation word made look like one name, or return None.

    "Senate Majority Leader John Thune" is a title and a person; "Detective Superintendent
    Linda Howlett of the NSW Police Force" a person and an organisation; "John Smith of the
    World Bank" the same without a title.
    """
    n = len(tokens)
    for i in range(n - 1):
        cut = title_prefix_len(tokens[i:])
        if not cut or i + cut >= n or all(t in DEMONYMS for t in tokens[i:i + cut]):
            continue  # (a demonym alone is no title: "Association of British Insurers" is one body)
        j = i + cut
        k = next((x for x in range(j, n) if tokens[x] in _SPLIT_CONNECTORS), n)
        if k == j or any(x in head_idx for x in range(j, k)):
            continue
        out = []
        first = i
        if i > 0 and tokens[0].lower() in TITLES:
            first = 0  # "Chief Cabinet Secretary Kenji Morimoto": one title around an organisation word
        elif any(h < i for h in head_idx) and i > 1 and tokens[0] not in DEMONYMS and tokens[0] not in KNOWN:
            out += _classify_run(doc, sent, words[0][0], words[i - 1][1])
        person = _classify_run(doc, sent, words[j][0], words[k - 1][1])
        for f in person:
            if f.type in ("single", "person"):
                f.type = "person"
                f.description = f.description or " ".join(w[2] for w in words[first:j])
        out += person
        if k < n - 1:
            rest = words[k + 1:]
            while rest and rest[0][2].lower() in STOPWORDS:
                rest = rest[1:]
            if rest:
                out += _classify_run(doc, sent, rest[0][0], rest[-1][1])
        return out
    k = next((x for x in range(1, n - 1) if tokens[x] in _SPLIT_CONNECTORS), None)
    if k == 1 and tokens[0].lower() in _LEAD_NOUNS:  # "Shares of Acme Widgets Ltd fell"
        rest = words[2:]
        while rest and rest[0][2].lower() in STOPWORDS:
            rest = rest[1:]
        return _classify_run(doc, sent, rest[0][0], rest[-1][1]) if rest else []
    if k is not None and not any(h < k for h in head_idx) and 2 <= k <= 4 \
            and all(t[:1].isupper() for t in tokens[:k]):
        rest = words[k + 1:]
        while rest and rest[0][2].lower() in STOPWORDS:
            rest = rest[1:]
        out = _classify_run(doc, sent, words[0][0], words[k - 1][1]) if k < n else []
        if rest:
            out += _classify_run(doc, sent, rest[0][0], rest[-1][1])
        return out
    return None


def _appositive_role_before(before: str) -> re.Match | None:
    """Match a role set off before a name ("A dock worker, Serhiy", "The lawmaker, Lee Seong-kweun")."""
    # why: the pattern ends in a role noun and ", "; check that before its costly search
    if before.endswith(", ") and _may_end_with(before[:-2].rstrip(), _ROLE_ENDINGS):
        return _APPOSITIVE_ROLE_BEFORE.search(before, max(0, len(before) - 60))
    return None


def _person_after_title(sent: Sentence, words: list[tuple[int, int, str]], tokens: list[str]) -> Found | None:
    """Return the person named after a title that ends a body's name ("AP Economics Writer Daniel Ferris"),
    described by all before it, or None."""
    for k in range(len(tokens) - 2, 0, -1):
        low = tokens[k].lower()
        if low in TITLES or low in ROLE_NOUNS:
            names = tokens[k + 1:]
            if 1 <= len(names) <= 3 and all(t[:1].isupper() and t.isalpha() and t not in KNOWN and t not in ORG_HEADS
                                            for t in names):
                s, e = words[k + 1][0], words[-1][1]
                text = " ".join(names)
                return Found(s, e, text, "person" if len(names) > 1 else "single", text, sent.index, aliases={text},
                             description=" ".join(tokens[:k + 1]), confidence=0.8, evidence=True)
            return None
    return None


def _split_on_and(words: list[str]) -> list[list[str]]:
    """Return the runs of words between the "and"s."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w == "and":
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def portfolio_before_country(words: list[str]) -> bool:
    """Tell whether the words before a country name a federal department's remit ("Environment and Climate
    Change" Canada), not other countries ("the United States and" France)."""
    return len(words) >= 3 and "and" in words and all(
        w == "and" or w[:1].isupper() and w not in KNOWN and w not in DEMONYMS and w not in COMPASS for w in words) \
        and not any(" ".join(part) in KNOWN for part in _split_on_and(words))


def _particle_name(tokens: list[str]) -> bool:
    """Tell whether a run is a personal name with a particle inside ("Rubén del Pozo", "Ursula von der
    Leyen"): two to five words, particles only between capitalised words that are no known name."""
    if not 3 <= len(tokens) <= 5 or tokens[0] in _NAME_PARTICLES or tokens[-1] in _NAME_PARTICLES:
        return False
    names = [t for t in tokens if t not in _NAME_PARTICLES]
    return len(names) >= 2 and len(names) < len(tokens) and all(
        t[:1].isupper() and t.isalpha() and t not in KNOWN and t not in ORG_HEADS and t.lower() not in STOPWORDS
        and t.lower() not in PLACE_WORDS for t in names)


def _surname_he(words: list[tuple[int, int, str]], i: int) -> bool:
    """Tell whether words[i] is the Chinese surname "He" ("He Lifeng"), not the pronoun.

    The pronoun is followed by a verb in lower case; a capitalised given name that is no
    known name, title or function word follows the surname.
    """
    if words[i][2] != "He" or i + 1 >= len(words):
        return False
    nxt = words[i + 1][2]
    return nxt.isalpha() and nxt[0].isupper() and not nxt.isupper() and len(nxt) > 2 and nxt.lower() not in STOPWORDS \
        and nxt not in KNOWN and nxt.lower() not in TITLES and nxt not in ORG_HEADS and nxt not in DEMONYMS


def _has_digit(tokens: list[str]) -> bool:
    """Tell whether any character of `tokens` is a digit."""
    joined = "".join(tokens)
    # why: letters are never digits, and most runs are letters only
    return not joined.isalpha() and any(map(str.isdigit, joined))


def _classify_run(doc: str, sent: Sentence, s: int, e: int) -> list[Found]:
    """Turn one capitalised run (doc offsets) into person / organisation candidates."""
    words = _words(doc, s, e)
    # Drop leading and trailing function words ("The", "Earlier", "of").
    lead_the = False
    # why: mid-sentence, a capitalised "All" or "New" that starts an organisation name is part of
    # it ("and All Nippon Airways"); at a sentence start it is an ordinary word
    keep_lead = len(words) > 2 and words[0][2] in _NAME_LEAD_WORDS and strip_dot(words[-1][2]) in ORG_HEADS \
        and doc[max(0, words[0][0] - 5):words[0][0]].rstrip()[-1:].islower()
    while words and not keep_lead and not _surname_he(words, 0) and (words[0][2].lower() in STOPWORDS or words[0][2] == "&"
                                       or "-" in words[0][2] and _LOWER_COMPOUND.match(words[0][2])):  # "High-speed TGV trains"
        lead_the = lead_the or words[0][2].lower() == "the"
        words = words[1:]
    while words and (words[-1][2].lower() in STOPWORDS or not words[-1][2][0].isalnum()
                     or doc.startswith("$", words[-1][1])):  # "... for C$30 billion": a currency prefix
        words = words[:-1]
    if not words:
        return []
    tokens = [strip_dot(w[2]) if w[2][-1] == "." else w[2] for w in words]  # why: skip the call for most words
    head_idx = [i for i, t in enumerate(tokens) if t in ORG_HEADS or "-" in t and _IZAFAT.fullmatch(t)]
    if len(tokens) > 1 and tokens[-1] in ORG_SUFFIXES and (not head_idx or head_idx[-1] != len(tokens) - 1):
        head_idx.append(len(tokens) - 1)  # "Close Brothers", "Greenpeace International"
    is_org = bool(head_idx) and (head_idx[-1] == len(tokens) - 1 or tokens[0] in ORG_HEADS
                                 or head_idx[0] <= len(tokens) - 1)
    if not is_org and len(tokens) == 2 and is_acronym(tokens[0]) and "." not in tokens[0] \
            and tokens[0] not in COMMON_ACRONYMS and tokens[1] not in DEMONYMS:
        is_org = True  # "NHS England", "BBC Radio", "UN Women"
    if not is_org and len(tokens) > 1 and doc.startswith(" (", words[-1][1]) \
            and _defines_acronym(tokens, doc[words[-1][1]:words[-1][1] + 12]):
        is_org = True  # "Integrated Food Security Phase Classification (IPC)"
    if not is_org and len(tokens) == 2 and tokens[0] in _AGENCY_PREFIX and tokens[1] in KNOWN \
            and KNOWN[tokens[1]].type == "country":
        is_org = True  # "Statistics Canada", "Health Canada"
    if not is_org and len(tokens) >= 4 and tokens[-1] in KNOWN and KNOWN[tokens[-1]].type == "country" \
            and KNOWN[tokens[-1]].kind != "capital" and portfolio_before_country(tokens[:-1]):
        is_org = True  # "Environment and Climate Change Canada", "Fisheries and Oceans Canada"
    if not is_org and len(tokens) > 1 and tokens[-1].lower() in GROUP_NOUNS:
        # "Labour MPs", "Private economists": a group, not a person; a lone word before it names
        # nothing of its own (a known party is found by the lexicon)
        return _classify_run(doc, sent, words[0][0], words[-2][1]) if len(tokens) > 2 else []
    if is_org and ("and" in tokens or "&" in tokens):
        split = _split_and(doc, sent, words, tokens)
        if split is not None:
            return split
    if is_org:
        split = _split_org_run(doc, sent, words, tokens, head_idx)
        if split is not None:
            return split
        person = _person_after_title(sent, words, tokens)
        if person is not None:  # "Bannu Regional Police Officer Sajjad Khan": the officer, not a body
            return [person]
    description = None
    if not is_org:
        cut = title_prefix_len(tokens)
        if cut == 0 and len(tokens) >= 3 and tokens[0].lower() in ROLE_NOUNS:
            cut = 1  # "Farmer Jane Oduya" at a sentence start: the role is no part of the name
        if cut == 0:  # "Kharkiv Mayor Ihor Terekhov": a title after a place name
            for i in range(1, len(tokens) - 1):
                if tokens[i].lower() in TITLES:
                    cut = i + 1 + title_prefix_len(tokens[i + 1:])
                    break
        if 0 < cut < len(tokens) - 2 and tokens[cut] in ("for", "of") and tokens[cut + 1].lower() in _TITLE_PORTFOLIOS:
            cut += 2  # "Minister for Foreign Affairs Penny Wong", "Secretary for Security Raymond Kwok"
            while cut < len(tokens) - 2 and (tokens[cut].lower() in _TITLE_PORTFOLIOS or tokens[cut] == "and"):
                cut += 1
        if 0 < cut < len(tokens):
            description = " ".join(w[2] for w in words[:cut])
            words, tokens = words[cut:], tokens[cut:]
        elif cut >= len(tokens):
            return []
    connectors = RUN_CONNECTORS
    if not is_org and not connectors.isdisjoint(tokens) and not _particle_name(tokens):
        # Not an organisation: split at connectors and read the parts on their own.
        out, cur = [], []
        for w in words + [(0, 0, "of")]:
            if w[2] in connectors:
                if cur:
                    out += _classify_run(doc, sent, cur[0][0], cur[-1][1])
                cur = []
            else:
                cur.append(w)
        return out
    if tokens[0].isupper() and all(t.isupper() for t in tokens) and (words[0][0] == 0 or doc[words[0][0] - 1] == "\n") \
            and _DATELINE_AFTER.match(doc[words[-1][1]:words[-1][1] + 40]):
        return []  # "SAN ANTONIO (AP) —", "KINSHASA -": a dateline, a place
    s, e = words[0][0], words[-1][0] + len(strip_dot(words[-1][2]))
    if is_org and words[-1][2] in _DOTTED_SUFFIX:
        e = words[-1][1]  # "Kyushu Electric Power Co."
    text = doc[s:e]
    sent_rel_s, sent_rel_e = s - sent.start, e - sent.start
    # why: the tests below look only at the words next to the run; a window keeps them cheap
    bshift = max(0, sent_rel_s - _WINDOW)
    before, after = sent.text[bshift:sent_rel_s], sent.text[sent_rel_e:sent_rel_e + _WINDOW]
    after_words = after.split(None, 1)
    next_word = after_words[0].strip(",.;:").lower() if after_words else ""
    if not is_org and _has_digit(tokens):
        return []  # "Form I-589", "Galaxy S24": a document or product, not a person
    after_first = after_words[0][0] if after_words else ""  # the first character after the spaces
    # (before the place test: "the Nairobi City County government" is a body, not a place)
    if not is_org and not description and (next_word == "government" or next_word in _GOV_MODIFIERS):
        gov = _GOVERNMENT_AFTER.match(after)
        if gov and " ".join(tokens) not in KNOWN and tokens[0] not in _PARTY_WORDS:
            # "the Khyber Pakhtunkhwa government": a regional government; a lone word may be a
            # leader's name ("the Netanyahu government"), decided when actors are merged
            full = text + " government"
            aliases = {full, text + after[:gov.end()]} if gov.group(1) else {full}
            return [Found(s, e + gov.end(), doc[s:e + gov.end()], "organization" if len(tokens) > 1 else "single",
                          full if len(tokens) > 1 else text, sent.index,
                          kind="" if len(tokens) > 1 else "government", aliases=aliases,
                          confidence=0.7, evidence=True)]
    if not is_org and (tokens[-1].lower() in PLACE_WORDS or next_word in PLACE_WORDS):
        return []  # "Kursk region", "East Sea"
    if not is_org and not description and len(tokens) > 1 and (
            tokens[0] in _EVENT_FIRST or tokens[-1] in _EVENT_LAST or tokens[0] == "El" and len(tokens) == 2
            or tuple(tokens[-2:]) in _PLACE_NAME_ENDINGS):
        return []  # "Typhoon Mawar", "Paris Agreement", "El Geneina": events, laws and places
    if is_org and _MODEL_NUMBER_AFTER.match(after):
        return []  # "Air Force 1", "Galaxy S24": a product or model
    if not is_org and not description and ((tokens[0] in COMPASS or tokens[-1] in COMPASS) and len(tokens) > 1
                                           or _place_context(before)):
        return []  # "North Darfur", "the city of El Fasher", "living in Busan": places
    if is_org and len(tokens) == 1 and tokens[0] in ORG_HEADS:
        return []  # "the Bank", "Ministry": a common noun written with a capital
    if not is_org and len(tokens) > 1 and not description \
            and (_org_descriptor_before(before, multi=True) or next_word in _POLL_NOUNS or _org_appositive_after(after, multi=True)
                 or before.endswith(("by ", "by the ")) and _SURVEYOR_BEFORE.search(before, max(0, len(before) - 30))):
        # "lender Close Brothers", "jerky maker Ridgeline Provisions", "surveyed by Teikoku Databank", "an Angus Reid poll"
        is_org = True
    if is_org:
        found = Found(s, e, text, "organization", text, sent.index, aliases={text}, confidence=0.85,
                      evidence=True, kind="media" if tokens[-1] in MEDIA_HEADS else "")
        # "S. Korea's Ministry of Foreign Affairs" keeps its country; "Japan's Minase Electric" and
        # "Singapore's DBS Bank" are named without it
        poss = _POSSESSOR.search(before, max(0, len(before) - 60)) if not _STATE_BODY_WORDS.isdisjoint(tokens) else None
        if poss:  # "S. Korea's Ministry of Foreign Affairs" keeps its country apart
            owner = KNOWN.get(poss.group(1))
            owner_name = owner.canonical if owner and owner.type == "country" else poss.group(1)
            found.name = f"{owner_name}'s {text}"
            found.aliases |= {doc[sent.start + bshift + poss.start():e], text}
            found.start = sent.start + bshift + poss.start()
        return [found]
    the_acronym = len(tokens) == 1 and is_acronym(tokens[0]) and tokens[0] not in COMMON_ACRONYMS \
        and "." not in tokens[0] and (not after.strip() or after.lstrip()[0] in ",.;:)'’\"”"
                                      or bool(_CUE_AFTER.match(after)) or next_word in _AUX_AFTER
                                      or next_word.endswith("ed") or bool(_SOURCE_BEFORE.search(before[-20:])))
    # why: the pattern is "the" and spaces at the end; test the last letters before the scan
    if (lead_the or before[-8:].rstrip()[-3:].lower() == "the" and _THE_BEFORE.search(before, max(0, len(before) - 8))) \
            and not the_acronym:
        if tokens == ["House"] and _LEGISLATURE_DOC.search(doc):
            # "the House passed the bill": the lower chamber, where the Senate or Congress is named
            chamber = "House of Commons" if "Commons" in doc or " MPs" in doc else "House of Representatives"
            return [Found(s, e, text, "organization", chamber, sent.index,
                          aliases={"House"}, confidence=0.75, evidence=True)]
        if description is None:
            return []  # "the Kursk Bulge", "the Constitution"
    joined = " ".join(tokens)
    if joined in DEMONYMS or tokens[-1] in DEMONYMS or joined in KNOWN:
        return []  # "North Korean soldiers": an adjective, not a name
    if any(t.lower() in STOPWORDS and not (t == "He" and _surname_he(words, i)) or (t in COMMON_ACRONYMS and is_acronym(t))
           for i, t in enumerate(tokens)):
        return []
    if len(tokens) == 1:
        t = tokens[0]
        if len(t.replace(".", "")) < 2:
            return []
        cue_m = _CUE_AFTER.match(after)
        cue_after = bool(cue_m) and cue_m.group(cue_m.lastindex or 0) not in _NOUN_CUE_WORDS and (not after.lstrip().startswith(",")
                                                       or before.rstrip().endswith(",")
                                                       or bool(_CUE_AFTER_APPOSITIVE.match(after)))
        if is_acronym(t):
            defined = re.match(r"^\s*\(", after) is None and before.rstrip().endswith("(")
            if defined and before[:-1].rstrip()[-1:].islower():
                return []  # "payment protection insurance (PPI)": a term, not a body
            if _org_descriptor_before(before):
                return [Found(s, e, text, "organization", t, sent.index, aliases={t}, confidence=0.7,
                              evidence=True)]  # "oil broker PVM"
            # why: "the CFDT", "CGT union", "SDRF teams": a body named by its initials
            used = cue_after or bool(_SOURCE_BEFORE.search(before, max(0, len(before) - 20))) \
                or next_word in _ACRONYM_BODY_AFTER or the_acronym and bool(_THE_BEFORE.search(before[-8:]) or lead_the)
            return [Found(s, e, text, "acronym", t, sent.index, aliases={t}, confidence=0.6,
                          evidence=defined or used)]
        if (next_word in _SPOKES_AFTER or next_word in _ANALYST_AFTER and not t.endswith(_ADJECTIVE_END)) \
                and not _personal_hint(before) \
                and not (not before.strip() and t.lower() in _COMMON_MODIFIERS) \
                or _org_descriptor_before(before) or _org_appositive_after(after) \
                or before.endswith((" at ", " with ")) and _EMPLOYER_BEFORE.search(before, max(0, len(before) - 40)):
            return [Found(s, e, text, "organization", t, sent.index, aliases={t}, confidence=0.7, evidence=True)]
        # why: an age follows a bracket or comma; "named" and the like end the context
        personal = bool(description) or after_first in ("(", ",") and bool(_AGE_AFTER.match(after)) \
            or before[-20:].rstrip().endswith(("as", "named", "called")) \
            and bool(_NAMED_BEFORE.search(before, max(0, len(before) - 20)))
        role = _role_before(before)
        if role and not description:
            description, personal = role.group(1).strip(), True
        if not personal and not _personal_hint(before) and next_word not in _PRODUCT_AFTER and (
                not t[1:].islower() and INNER_CAPS.match(t)
                or next_word.startswith(_POLL_STARTS) and _POLL_AFTER.match(after)
                and not (not before.strip() and t.lower() in _COMMON_MODIFIERS)
                or next_word.startswith(_ORG_VERB_STARTS) and _ORG_VERB_AFTER.match(after)
                or before.endswith((" at ", " with ", " from ")) and _GROUP_AT_BEFORE.search(before, max(0, len(before) - 40))):
            # "YouGov", "an Ipsos poll", "analysts at Jefferies", "Ipsos found": a body, unless a
            # person of that name was named in full
            return [Found(s, e, text, "single", t, sent.index, aliases={t}, confidence=0.65, evidence=True,
                          kind="lone")]
        app_role = _appositive_role_before(before)
        if app_role and not description:  # "A dock worker, Serhiy, said"
            description, personal = app_role.group(0).strip(" ,"), True
        if cue_after and not personal and after_first == ",":
            personal = _role_appositive_after(after)  # "Okafor, a farmer, said"
        if cue_after and not personal and not _lower_then(before):
            # why: a person quoted by a lone name is almost always named in full first;
            # a lone capitalised speaker with no title, age or role is mostly a company
            # or body ("Westpac said", "Rengo said")
            return [Found(s, e, text, "single", t, sent.index, aliases={t}, confidence=0.6, evidence=True,
                          kind="lone")]
        found = Found(s, e, text, "single", t, sent.index, aliases={t}, description=description,
                      confidence=0.75, evidence=personal or cue_after)
    else:
        role = _role_before(before)
        if role and not description:
            description = role.group(1).strip()
        app_role = None if description else _appositive_role_before(before)
        if app_role:  # "The lawmaker, Lee Seong-kweun, told reporters"
            description = app_role.group(0).strip(" ,")
        found = Found(s, e, text, "person", text, sent.index, aliases={text}, description=description,
                      confidence=0.85, evidence=True)
    # why: the appositive is read only when no role (or an honorific alone) describes the name
    app = _APPOSITIVE_AFTER.match(after) if after_first in (",", "(") and (
        not found.description or found.description.rstrip(".") in _NAME_HONORIFICS) else None
    if app and (app.group(1) or any(w.lower() in ROLE_NOUNS for w in _WORD_CHARS.findall(app.group(2)))):
        # "Dr. Keisha Monroe, the hospital administrator": the role says more than the honorific
        role = app.group(2).strip()
        found.description = f"{found.description} {_LEADING_ARTICLE.sub('', role)}" if found.description else role
    if found.description and found.description[0] in "tTaA":  # why: only "the", "a", "an" are cut
        found.description = _LEADING_ARTICLE.sub("", found.description)
    return [found]
