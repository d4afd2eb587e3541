"""Compile the name lexicons (countries, organisations, titles, roles) into fast lookups."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

from .lexicon import load_lines, load_set, load_table

APOSTROPHES = "'’ʼ"
# The characters of \w, ASCII ones listed first: in a character set the regex engine tests the
# listed characters (one bitmap look-up) before the costly Unicode category ("[^" + WORD + "]" is \W).
WORD = r"A-Za-z0-9_\w"
POSSESSIVE = r"[" + APOSTROPHES + r"]s\b"


@dataclass(frozen=True)
class KnownName:
    """What a lexicon surface form stands for."""

    canonical: str
    type: str  # country | organization
    kind: str = ""  # organisation kind (media, government...) or "capital" / "demonym"


def _split_list(field: str) -> list[str]:
    """Split a comma-separated lexicon field into stripped items."""
    return [x.strip() for x in field.split(",") if x.strip()]


def _build_known() -> tuple[dict[str, KnownName], dict[str, str]]:
    """Return surface form -> KnownName, and demonym -> country."""
    known: dict[str, KnownName] = {}
    demonyms: dict[str, str] = {}
    for row in load_table("countries"):
        row = row + ("",) * (4 - len(row))
        country, dems, capitals, others = row[:4]
        known[country] = KnownName(country, "country")
        for alias in _split_list(others):
            known.setdefault(alias, KnownName(country, "country"))
        for cap in _split_list(capitals):
            known.setdefault(cap, KnownName(country, "country", "capital"))
        for dem in _split_list(dems):
            demonyms[dem] = country
    for row in load_table("organizations"):
        row = row + ("",) * (3 - len(row))
        name, kind, aliases = row[:3]
        known[name] = KnownName(name, "organization", kind)
        for alias in _split_list(aliases):
            known.setdefault(alias, KnownName(name, "organization", kind))
    for seat, body in load_table("seats"):  # "Brussels said": the EU, read like a capital
        known[seat] = KnownName(body, known[body].type, "capital")
    return known, demonyms


KNOWN, DEMONYMS = _build_known()
ORG_HEADS = frozenset(load_lines("org_heads"))
ORG_SUFFIXES = frozenset(load_lines("org_suffixes"))  # organisation words only at the end of a name
# Name endings that make a body a company ("Kyushu Railway Co.", "Brenner Werke", "Minase Electric")
COMPANY_ENDINGS = frozenset("Inc Corp Corporation Company Ltd PLC Plc plc LLC Co Limited Group Holdings AG SA NV GmbH SpA BV "
                            "Oyj ASA SE Werke Airlines Airways Motors Electric".split())
MEDIA_HEADS = frozenset({"News", "Times", "Post", "Daily", "Journal", "Herald", "Tribune", "Gazette",
                         "Telegraph", "Press", "Broadcasting", "Television", "Radio"})
TITLES = frozenset(t.lower() for t in load_lines("titles"))
ROLE_NOUNS = load_set("role_nouns")
STATE_NOUNS = load_set("state_nouns")
GROUP_NOUNS = load_set("group_nouns")
PLACE_WORDS = load_set("place_words")
STOPWORDS = load_set("name_stopwords")
COMMON_ACRONYMS = frozenset(load_lines("common_acronyms"))
FAMILY_NAME_FIRST = frozenset(load_lines("family_name_first"))
DESCRIPTORS = {row[0].lower(): (row[1], row[2] if len(row) > 2 else "")
               for row in load_table("descriptor_nouns")}


def _trie_pattern(node: dict) -> str:
    """Return the regex for one trie node; longer continuations are tried first."""
    end = "" in node
    branches = [re.escape(ch) + _trie_pattern(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body


def _alternation(words, guard: str = "") -> str:
    """Return a regex matching any of `words`, longest first, as a prefix trie.

    A trie ("Korea|Korean" -> "Korea(?:n)?") lets the regex engine reject most positions
    after one character instead of trying thousands of alternatives in turn. `guard`, a
    zero-width assertion, is put after each first character: a pattern that starts with
    plain characters lets the engine skip ahead to them ("(?<![\\w-].)" there stands for a
    leading "(?<![\\w-])").
    """
    root: dict = {}
    for w in set(words):
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"
    if not guard:
        return "(?:" + _trie_pattern(root) + ")"
    branches = [re.escape(ch) + guard + _trie_pattern(sub) for ch, sub in sorted(root.items())]
    return "(?:" + "|".join(branches) + ")"


# Known names are matched case-sensitively; a following hyphen ("U.S.-based") makes an adjective.
_W = r"(?:(?!\u02bc)[\w\-])"  # a word character; U+02BC is an apostrophe here ("Koreaʼs")
_KNOWN_GUARD = r"(?<![\w.-].)"  # after a name's first character: no word character, dot or dash before it
_KNOWN_TAIL = r"(?!" + _W + r")(?!\.\w)"


def _known_parts() -> list[re.Pattern]:
    """Split the lexicon-name pattern, _alternation(KNOWN, _KNOWN_GUARD) + _KNOWN_TAIL, by the
    first letter of a name: one pattern for the names that open with a capital, one per first
    letter of the few that open in lower case ("the Fed", "dpa").

    A name's first character picks its branch of the trie, so at each position the split
    patterns match as the whole one does. The lower-case ones open with their names' common prefix,
    written out ("the "), and check the character before it afterwards: the regex engine then
    skips ahead to that prefix instead of stopping at every "t" or "a".
    """
    lower: dict[str, list[str]] = {}
    for name in KNOWN:
        if name[0].islower():
            lower.setdefault(name[0], []).append(name)
    upper = [name for name in KNOWN if not name[0].islower()]
    parts = [re.compile(_alternation(upper, _KNOWN_GUARD) + _KNOWN_TAIL)]
    for names in lower.values():
        prefix = os.path.commonprefix(names)
        rests = [n[len(prefix):] for n in names]
        rest = (_alternation(rests) + ("?" if "" in rests else "")) if any(rests) else ""
        parts.append(re.compile(re.escape(prefix) + r"(?<![\w.-]" + re.escape(prefix) + ")" + rest + _KNOWN_TAIL))
    return parts


_KNOWN_PARTS = _known_parts()


def known_matches(doc: str) -> list[re.Match]:
    """Return the lexicon names in `doc`, as finditer with the whole pattern would, from the split ones."""
    found = list(_KNOWN_PARTS[0].finditer(doc))
    lower = [m for p in _KNOWN_PARTS[1:] for m in p.finditer(doc)]
    if not lower:
        return found  # why: no lower-case name here, the usual case; the capitalised ones are all
    found = sorted(found + lower, key=re.Match.start)
    if all(a.end() <= b.start() for a, b in zip(found, found[1:])):
        return found  # none overlaps another: the whole pattern finds each of them
    return list(_known_scan(doc))


def _known_scan(doc: str):
    """Yield the lexicon names in `doc` from the split patterns, resolving overlaps as finditer does."""
    nxt = [p.search(doc) for p in _KNOWN_PARTS]
    while True:
        m = min((x for x in nxt if x is not None), key=re.Match.start, default=None)
        if m is None:
            return
        yield m
        end = m.end()  # why: as finditer does, the next match starts where this one ended
        nxt = [x if x is None or x.start() >= end else p.search(doc, end) for x, p in zip(nxt, _KNOWN_PARTS)]


_DEMONYM_ALT = _alternation(DEMONYMS)
_STATE_ALT = _alternation(STATE_NOUNS)
# "Ukrainian forces", "the Russian occupation army": the state itself.
DEMONYM_STATE_RE = re.compile(
    r"(" + _alternation(DEMONYMS, r"(?<![\w-].)") + r")\s+((?:" + _STATE_ALT + r")\b|[a-z]+\s+(?:" + _STATE_ALT + r")\b)")
# "South Korea's military": a country name, possessive, state noun.
COUNTRY_STATE_RE = re.compile(r"[" + APOSTROPHES + r"]s\s+(?:" + _STATE_ALT + r")\b")

_CONNECT = r"(?:of the|of|for the|for|and|&|on|de|du|del)"


# A capital letter, Latin accented ones included: "Émile", "Ó Briain", "Łukasz", "Özlem"
UPPER = "[A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ]"


def _run_pattern(w: str) -> re.Pattern:
    """Compile the capitalised-run pattern with `w` as its word character."""
    cap = (r"(?:(?:[A-Z]\.){1,3}(?![a-z])|(?:(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|dos|del)[-\s](?:der\s|den\s)?)?"
           + UPPER
           + w + r"*(?:[" + APOSTROPHES + r"][A-Z]\w*)?\.?)")
    # A run starts with a capital letter; the look-behind sits after it so that the pattern opens
    # with a character class the regex engine can skip ahead to (a leading "al-"/"van " particle is
    # added back by PARTICLE_BEFORE_RE).
    cap_first = UPPER + r"(?<![\w].)(?:\.(?:[A-Z]\.){0,2}(?![a-z])|" + w + r"*(?:[" + APOSTROPHES + r"][A-Z]\w*)?\.?)"
    return re.compile(cap_first + r"(?:\s+(?:" + _CONNECT + r"\s+)?" + cap + r")*")


# A capitalised run, possibly joined by connectors ("General Staff of the Armed Forces").
RUN_RE = _run_pattern(_W)
# why: _W's look-ahead runs at every letter; without a U+02BC in the text a plain class matches the same
_RUN_RE_PLAIN = _run_pattern(rf"[{WORD}\-]")


def run_matches(doc: str):
    """Return RUN_RE.finditer(doc), by the cheaper pattern when `doc` holds no U+02BC."""
    return (RUN_RE if "\u02bc" in doc else _RUN_RE_PLAIN).finditer(doc)
PARTICLE_BEFORE_RE = re.compile(r"(?<![\w])(?:al|el|bin|ibn|van|von|de|da|di|du|le|la|dos|del)[-\s]$")
TITLE_MULTI = sorted((t for t in TITLES if " " in t), key=len, reverse=True)


_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_NAME_WORD = re.compile(r"[A-Za-z][\w']*")  # hyphenated words give each part ("Self-Defense" -> SD)


def strip_dot(token: str) -> str:
    """Return `token` without a trailing full stop unless it is an initial or abbreviation."""
    if token.endswith(".") and not _INITIALS.fullmatch(token) and token.lower() not in TITLES:
        return token[:-1]
    return token


def is_acronym(token: str) -> bool:
    """Tell whether `token` is an upper-case acronym such as "JCS" or "U.N."."""
    bare = token.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def initials(name: str) -> str:
    """Return the initials of the capitalised words of `name` ("Office for National Statistics" -> "ONS")."""
    return "".join(w[0] for w in _NAME_WORD.findall(name) if w[0].isupper())


_TITLE_MULTI_BY_FIRST: dict[str, list[list[str]]] = {}
for _t in TITLE_MULTI:  # longest first, as TITLE_MULTI is sorted
    _TITLE_MULTI_BY_FIRST.setdefault(_t.split()[0], []).append(_t.split())


def title_prefix_len(words: list[str]) -> int:
    """Return how many leading words of `words` form titles or demonyms ("Prime Minister")."""
    i, n = 0, len(words)
    while i < n:
        low = words[i].lower()  # why: most runs stop at the first word; lower only what is read
        multis = _TITLE_MULTI_BY_FIRST.get(low)
        multi = next((t for t in multis if [w.lower() for w in words[i:i + len(t)]] == t), None) if multis else None
        if multi:
            i += len(multi)
        elif low in TITLES or words[i] in DEMONYMS:
            i += 1
        else:
            break
    return i
