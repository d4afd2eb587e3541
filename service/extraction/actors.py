"""Find the people, organisations and countries a document names, with their mentions."""
from __future__ import annotations

import re
from bisect import bisect_right

from .names import (APOSTROPHES, COUNTRY_STATE_RE, DEMONYM_STATE_RE, DEMONYMS, GROUP_NOUNS, KNOWN, ORG_HEADS,
                    ORG_SUFFIXES, PARTICLE_BEFORE_RE, PLACE_WORDS, ROLE_NOUNS, STATE_NOUNS, STOPWORDS, TITLES,
                    _alternation, is_acronym, known_matches, run_matches, strip_dot, title_prefix_len)
from .name_runs import (COMPASS, Found, portfolio_before_country, _AGENCY_PREFIX, _EVENT_FIRST, _EVENT_LAST, _IZAFAT, _SPLIT_CONNECTORS,
                        _THE_BEFORE, _classify_run, _defines_acronym)
from .lexicon import load_set, load_table
from .types import Sentence

_LOCATIVES = r"(?:in|near|at|outside|around|from|into|across|towards?|via|over|inside|of|between|through|visiting|visited|visit)"
_LOCATIVE_BEFORE = re.compile(r"\b(?:" + _LOCATIVES + r"|and)\s+$", re.I)
# "in Kyiv and" a capital: a list of places
_LOCATIVE_LIST_BEFORE = re.compile(r"\b" + _LOCATIVES + r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                                   r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)*,?\s+and\s+$", re.I)
_PARTICLES = frozenset("al el bin ibn van von de da di du le la dos del".split())
_LIST_NAME_RE = re.compile(r"[MDOCB](?<![\w].)(?:inistry|epartment|ffice|ommittee|ommission|ureau) (?:of|for) (?:the )?"
                           r"[A-Z][\w-]*(?:, [A-Z][\w-]*)+,? and [A-Z][\w-]*")
_LIST_HEADS = ("inistry ", "epartment ", "ffice ", "ommittee ", "ommission ", "ureau ")
_PORTFOLIOS = load_set("portfolio_words")
_PORTFOLIO_LAST = frozenset(w.split()[-1] for w in _PORTFOLIOS)
_BODY_HEADS = load_set("institution_nouns") - {"union", "court", "board", "service", "institute", "bank"}
_BODY_RE = re.compile(r"(?:(?:\b[Tt]he\s+)?(?P<prefix>\b(?!The\b)[A-Z][\w.]*(?:\s+(?!The\b)[A-Z][\w.]*)?)\s+|\b[Tt]he\s+|"
                      r"(?P<owner>\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s\s+)"
                      r"(?P<body>(?:(?:" + _alternation(_PORTFOLIOS) + r")\s+(?:and\s+)?){1,2}"
                      r"(?:" + _alternation(_BODY_HEADS) + r"))$")
_INSTRUMENT_NOUNS = frozenset("yield yields bond bonds note notes bill bills securities index indices futures".split())
# "the maritime prefecture for the Channel and North Sea": the area a body is for is part of its name
_FOR_AREA = re.compile(r" for (?:the )?[A-Z][\w'’-]*(?:(?: and| of| the)? [A-Z][\w'’-]*){0,5}")
_SURFACES_OF: dict[str, list[str]] = {}  # lexicon canonical name -> every surface form of it ("UN", "U.N.")
for _surface, _known in KNOWN.items():
    _SURFACES_OF.setdefault(_known.canonical, []).append(_surface)
_NAME_APPOSITIVE = re.compile(r", ([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,4}),")
DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.]{1,7})\)")


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Tell whether [s, e) overlaps any span."""
    return any(s < b and a < e for a, b in spans)


# State nouns that name one body of the state, not the state itself ("Ukrainian forces" are Ukraine)
_CURRENCY_CODES = frozenset(row[0] for row in load_table("currencies") if row[0].isupper() and row[0].isalpha())
_LOCATIVE_THE_BEFORE = re.compile(r"\b(?:in|near|at|outside|inside|into|from|to|towards?|by)\s+(?:the\s+)?$", re.I)
_PORTFOLIO_BODIES = frozenset({"foreign ministry"})  # found by the lower-case body rule instead
_BODY_STATE_NOUNS = frozenset({"air force", "navy", "foreign ministry",
                               "state media", "border guards", "coast guard"})


def _state_body(start: int, end: int, text: str, name: str, alias: str, sentence: int) -> Found:
    """Return the mention of one body of a state ("the Ukrainian air force", "Peru's navy")."""
    return Found(start, end, text, "organization", name, sentence, aliases={text, alias}, confidence=0.8, evidence=True)


def _known_mentions(doc: str, sent: Sentence, taken: list[tuple[int, int]],
                    demonym_hits=None, known_hits=None) -> list[Found]:
    """Return mentions of lexicon names: countries, capitals, demonym+state noun, known organisations.

    `demonym_hits` / `known_hits` are the document-wide matches inside this sentence, when the
    caller scanned the whole document once; otherwise the sentence is scanned here.
    """
    out: list[Found] = []
    text, base = sent.text, sent.start
    if demonym_hits is None:
        demonym_hits = [(base + m.start(), base + m.end(), m.group(1)) for m in DEMONYM_STATE_RE.finditer(text)]
        known_hits = [(base + m.start(), base + m.end(), m.group(0)) for m in known_matches(text)]
    for ds, de, dem in demonym_hits:
        phrase = doc[ds:de]
        if phrase in KNOWN:  # "Ukrainian intelligence" may be a known organisation
            continue
        noun = phrase[len(dem):].strip().lower()
        if noun in _BODY_STATE_NOUNS and not _LOCATIVE_THE_BEFORE.search(text, max(0, ds - base - 20), ds - base):
            # "the Ukrainian air force said": that body, not the state; "outside the French embassy": a place
            out.append(_state_body(ds, de, phrase, phrase, f"{DEMONYMS[dem]}'s {noun}", sent.index))
        else:
            out.append(Found(ds, de, phrase, "country", DEMONYMS[dem], sent.index, confidence=0.8))
        taken.append((ds, de))
    for ks, ke, surface in known_hits:
        s, e = ks - base, ke - base
        if taken and _overlaps(taken, ks, ke):
            continue
        k = KNOWN[surface]
        if text[e:e + 1] == "$" or surface in _CURRENCY_CODES and text[e + 1:e + 2].isdigit():
            continue  # "US$1.2 billion", "HK$", "NIS 20 million": a currency, not the state or a body
        if surface == "the North" and "Korea" not in doc:
            continue  # "the North of England": "the North" is North Korea only in Korean news
        if s > 0 and text[max(0, s - 8):s].split()[-1:] in (["North"], ["South"], ["Latin"], ["Central"]) \
                and k.type == "country":
            continue  # "North America", "Latin America": regions
        if s > 4 and text[s - 4:s] in ("New ", "Baja") and k.type == "country":
            continue  # "New Mexico", "New England": another place named after it
        loc = _LOCATIVE_BEFORE.search(text, max(0, s - 16), s) if k.kind == "capital" else None
        if loc and (loc.group(0)[:3].lower() != "and" or _LOCATIVE_LIST_BEFORE.search(text, max(0, s - 50), s)):
            taken.append((ks, ke))
            continue  # "a camp near Kyiv", "in Kyiv and Kharkiv": places; not "Washington and Paris have warned"
        if k.kind == "capital" and _THE_BEFORE.search(text, max(0, s - 5), s):
            nxt = text[e:e + 24].split(None, 1)
            if nxt and nxt[0][:1].islower() and nxt[0].strip(",.;:") not in STATE_NOUNS:
                taken.append((ks, ke))
                continue  # "the Paris goal", "the London office"; "the Moscow regime" stays the state
        if k.type == "organization" and text[e:e + 1] == " " \
                and text[e + 1:e + 14].split(None, 1)[:1] and text[e + 1:e + 14].split(None, 1)[0] in _INSTRUMENT_NOUNS:
            taken.append((ks, ke))
            continue  # "the 10-year Treasury yield", "Nikkei index": a market instrument, not the body
        if k.type == "country":
            after = COUNTRY_STATE_RE.match(text, e) if text[e:e + 1] in APOSTROPHES else None
            noun = text[e + 2:after.end()].strip().lower() if after else ""
            if after and noun in _BODY_STATE_NOUNS and noun not in _PORTFOLIO_BODIES:
                # "Ukraine's air force said": that body ("Israel's foreign ministry" is read as a remit body)
                written = text[s:after.end()]
                out.append(_state_body(base + s, base + after.end(), written, f"{k.canonical}'s {noun}", written,
                                       sent.index))
                taken.append((base + s, base + after.end()))
                continue
            if after and noun not in _BODY_STATE_NOUNS:
                e = after.end()  # "South Korea's military" speaks for the state
        elif text.startswith(" ", e) and text[e + 1:e + 6].split(" ", 1)[0].rstrip(",;:") in _CORP_TAIL:
            tail = text[e + 1:e + 6].split(" ", 1)[0].rstrip(",;:")
            e += 1 + len(tail)  # "Toyota Motor Corp.": the known company with its legal suffix
            surface = text[s:e]
        out.append(Found(base + s, base + e, text[s:e], k.type, k.canonical, sent.index, k.kind,
                         aliases={surface}, confidence=0.95 if k.kind != "capital" else 0.8, evidence=True))
        taken.append((base + s, base + e))
    return out


def _by_sentence(sentences: list[Sentence], spans) -> list[list]:
    """Bucket document-wide (start, end, ...) hits by the sentence holding them; clip runs."""
    buckets: list[list] = [[] for _ in sentences]
    starts = [s.start for s in sentences]
    for hit in spans:
        i = bisect_right(starts, hit[0]) - 1
        if i < 0:
            continue
        sent = sentences[i]
        if hit[1] <= sent.end:
            buckets[i].append(hit)
    return buckets


def _pieces(s: int, e: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the parts of [s, e) not covered by `taken`."""
    parts = [(s, e)]
    for a, b in taken:
        if b <= s or a >= e:
            continue  # why: a span apart from [s, e) cuts none of its parts
        nxt = []
        for x, y in parts:
            if b <= x or a >= y:
                nxt.append((x, y))
                continue
            if x < a:
                nxt.append((x, a))
            if b < y:
                nxt.append((b, y))
        parts = nxt
    return parts


CORP_SUFFIX = frozenset("Inc Inc. Corp Corp. Ltd Ltd. PLC Plc plc LLC Co Co. Group Holdings AG SA NV".split())
_CORP_TAIL = frozenset("Inc Inc. Corp Corp. Co. Ltd Ltd. PLC plc LLC".split())


def _head_spans(doc: str) -> list[tuple[int, int]]:
    """Return the spans of body nouns ("ministry", "committee") standing as whole words, in order."""
    out = []
    for word in _BODY_HEADS:  # why: a plain find per word is far cheaper than one alternation scan
        i = doc.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not doc[i - 1].isalnum()) and (j == len(doc) or not doc[j].isalnum()):
                out.append((i, j))
            i = doc.find(word, j)
    return sorted(out)


def _known_body(prefix: str, body: str):
    """Return the lexicon entry of a body named by a known parent's name and remit ("United Nations refugee
    agency" is the lexicon's "UN refugee agency"), or None."""
    parent = KNOWN.get(prefix)
    if parent is None:
        return None
    for surface in _SURFACES_OF.get(parent.canonical, ()):
        found = KNOWN.get(f"{surface} {body}")
        if found is not None:
            return found
    return None


def _body_mentions(doc: str, sentences: list[Sentence]) -> list[tuple[Found, int]]:
    """Return bodies named in lower case by their remit ("the finance ministry", "Brazil's
    environment ministry", "the Bundestag's budget committee"), each with where its body words start."""
    out, starts = [], [s.start for s in sentences]
    named = None
    seen: dict[tuple[str, str], tuple[list[Found], set[str]]] = {}  # (parent body, head) -> (mentions, remit words)
    # why: the body nouns are rare words; find them first and read the phrase back from each
    for h_start, h_end in _head_spans(doc):
        before = doc[max(0, h_start - 30):h_start].rsplit(None, 1)
        if not before or before[-1] not in _PORTFOLIO_LAST:
            continue  # why: a remit word must come right before the body noun
        m = _BODY_RE.search(doc, max(0, h_start - 80), h_end)
        if m is None:
            continue
        body, owner = m.group("body"), m.group("owner")
        words = set(body.split()) - {"and"}
        full = None
        if not owner:  # "the labour ministry" after "the Ministry of Labour": that name
            if named is None:
                named = [r.group(0) for r in run_matches(doc)]
            cap = doc[h_start:h_end].capitalize()
            full = next((text for text in named if cap in text and words <= set(text.lower().split())
                         and len(text.split()) > len(words)), None)
        if body.split()[0] in ("state", "federal", "public", "civil") and len(body.split()) == 2 \
                and body.split()[-1] not in ("defence", "defense", "service"):
            continue  # "the state agency", "the federal court": a kind of body, not one body
        name, s, end = body, m.start("body"), m.end()
        area = _FOR_AREA.match(doc, end) if doc.startswith(" for ", end) else None
        appositive = _NAME_APPOSITIVE.match(doc, end) if doc.startswith(", ", end) else None
        prefix = m.group("prefix")
        known_body = _known_body(prefix, body) if prefix else None
        if known_body is not None:  # "the United Nations refugee agency": the lexicon's "UN refugee agency"
            s = m.start("prefix")
            out.append((Found(s, m.end(), doc[s:m.end()], "organization", known_body.canonical,
                              bisect_right(starts, s) - 1, aliases={doc[s:m.end()]}, confidence=0.8, evidence=True),
                        m.start("body")))
            continue
        group = None
        if prefix and (KNOWN[prefix].kind if prefix in KNOWN else "") == "international":
            name, s = f"{prefix} {body}", m.start("prefix")  # "the UN human rights office"
            key = (KNOWN[prefix].canonical, body.split()[-1])
            same = seen.get(key)
            if same and (same[1] <= words or words <= same[1]):
                group = same[0]  # "UN rights office" then "United Nations human rights office": one body
            else:
                group = []
                seen[key] = (group, words)
        elif prefix:
            continue  # "the CGT labor federation": the CGT itself
        elif area:
            name, end = body + area.group(0), area.end()
        if full and not owner and not area:  # "the labour ministry" after "the Ministry of Labour"
            name = full[4:] if full.startswith("The ") else full
        elif owner:
            owner = owner[4:] if owner.startswith("The ") else owner  # "The Bundestag's budget committee"
            known = KNOWN.get(owner)
            owner_name = known.canonical if known and known.type == "country" else owner  # "S. Korea's": South Korea's
            name, s = f"{owner_name}'s {body}", m.end("owner") - len(owner)
        if appositive:  # "The state meteorological agency, Aemet, said": the body's own name
            name = appositive.group(1)
        found = Found(s, end, doc[s:end], "organization", name, bisect_right(starts, s) - 1,
                      aliases={body, doc[s:end]}, confidence=0.7, evidence=True)
        if group is not None:  # one body named several ways: all by its fullest name
            group.append(found)
            fullest = max((f.name for f in group), key=len)
            for f in group:
                f.name = fullest
        out.append((found, m.start("body")))
    return out


def _title_case(text: str) -> bool:
    """Tell whether a sentence is a headline in title case (most long words capitalised)."""
    if text.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    words = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# Plural data nouns: "Figures showed ...", "Estimates suggest ..." open a sentence, they name no body
_DATA_NOUNS = frozenset("figures estimates statistics records data numbers documents calculations projections "
                        "surveys polls studies results findings forecasts".split())


def _inside_org_run(doc: str, hit, runs) -> bool:
    """Tell whether a lexicon hit sits inside a longer organisation name ("Free North Korea Radio")."""
    hs, he = hit[0], hit[1]
    # every test below needs a run around the hit, and longer than it
    runs = [r for r in runs if r[0] <= hs and he <= r[1] and (r[0] < hs or he < r[1])]
    if not runs:
        return False
    if any(rs < hs and "," in doc[rs:hs] for rs, _ in runs):
        return True  # "Ministry of Health, Labour and Welfare": only a listed name holds a comma
    known = KNOWN[hit[2]]
    if known.type == "organization" and is_acronym(hit[2]):
        for rs, re_ in runs:  # "NHS England", "BBC Radio": an acronym that starts a longer name
            if rs == hs and re_ > he + 1 and doc[he] == " ":
                rest = doc[he + 1:re_].split()
                if len(rest) == 1 and rest[0][:1].isupper() and not title_prefix_len(rest) and rest[0] not in DEMONYMS \
                        and rest[0].lower() not in STOPWORDS:
                    return True
    if known.type == "country" and known.kind != "capital":
        for rs, re_ in runs:  # "Environment and Climate Change Canada", "Fisheries and Oceans Canada": a department
            if he == re_ and portfolio_before_country(doc[rs:hs].split()):
                return True
    if known.kind == "capital":
        for rs, re_ in runs:  # "Real Madrid", "Atletico Madrid": a capital inside another name
            if rs < hs and he <= re_ and not title_prefix_len(doc[rs:hs].split()) \
                    and doc[rs:hs].split()[-1][:1].isupper() and doc[rs:hs].split()[0] not in DEMONYMS:
                return True
    if known.type in ("country", "organization"):
        for rs, re_ in runs:  # "Bank of Canada", "Statistics Canada", "Ministry of Labour": a body named after another
            if rs < hs and he == re_:
                lead = doc[rs:hs].split()
                if lead and (lead[0] in ORG_HEADS and lead[-1] in ("of", "the", "for") or len(lead) == 1
                             and lead[0] in _AGENCY_PREFIX):
                    return True
    for rs, re_ in runs:
        if re_ > he + 1 and doc[he] == " " and _starts_longer_name(doc, hit, known, rs, re_):
            return True
        if rs < hs and he < re_ and known.type == "organization" and doc[rs:hs].split()[-1][:1].isupper() \
                and doc[rs:hs].split()[-1].lower() not in STOPWORDS \
                and strip_dot(doc[he:re_].split()[-1]) in ORG_HEADS | ORG_SUFFIXES:
            return True  # "Kenya Red Cross Society": a national body named around a known one
        if rs < hs and known.type == "organization" and hit[2].split()[0] in ORG_HEADS:
            lead = doc[rs:hs].split()
            if lead and lead[-1][:1].isupper() and lead[-1].lower() not in STOPWORDS and lead[-1].lower() not in TITLES:
                return True  # "Utah Department of Health and Human Services": a state's own department
        if rs < hs and known.type in ("country", "organization"):
            lead = doc[rs:hs].split()
            if lead[-1] in ("of", "the", "for") and any(w in ORG_HEADS for w in lead) \
                    or any("-" in w and _IZAFAT.fullmatch(w) for w in lead):
                return True  # "Commonwealth Bank of Australia", "Tehreek-e-Taliban Pakistan"
    for rs, re_ in runs:
        if rs <= hs and he <= re_ and (rs, re_) != (hs, he) and re_ > he:
            last = doc[rs:re_].split()[-1].rstrip(".,")
            if last in ORG_HEADS and doc[he:he + 2] not in ("'s", "’s") \
                    and KNOWN[hit[2]].type == "country":
                return True
    return False


def _name_like(word: str) -> bool:
    """Tell whether a capitalised word can be part of a personal name (not a title, place word or known name)."""
    return word[:1].isupper() and word.isalpha() and word.lower() not in STOPWORDS and word not in DEMONYMS \
        and word not in KNOWN and word not in ORG_HEADS and word.lower() not in PLACE_WORDS and word not in COMPASS \
        and word.lower() not in TITLES and word not in _EVENT_FIRST and word not in _EVENT_LAST


def _inside_person_name(doc: str, hit, runs) -> bool:
    """Tell whether a country or city name is a given name or surname in a personal name, or a role before one.

    "Michael Jordan", "Mark Holland", "Chad Smith": one or two name-like words before or after
    the known name, in one capitalised run, make a person; "Pakistan Army" or "Central Chad" do not.
    """
    hs, he = hit[0], hit[1]
    known = KNOWN[hit[2]]
    if hit[2].lower() in ROLE_NOUNS:
        after = next((doc[he:re_].split() for rs, re_ in runs if rs == hs and re_ > he), [])
        # "Economist He Yuming", "Economist Jane Foley": a role before a name, not the magazine
        return 1 <= len(after) <= 3 and all(w == "He" or _name_like(strip_dot(w)) for w in after)
    if known.type != "country" or " " in hit[2]:
        return False
    for rs, re_ in runs:
        if not (rs <= hs and he <= re_) or (rs, re_) == (hs, he):
            continue
        before = doc[rs:hs].split()
        before = before[title_prefix_len(before):] if before else before
        after = doc[he:re_].split()
        if before and not after and len(before) <= 2 and all(_name_like(w) for w in before):
            return True  # "Michael Jordan", "Health Minister Mark Holland"
        lead = doc[rs:hs].split()
        if after and (not lead or lead[-1] in ("and", "&")) and len(after) <= 2 \
                and all(_name_like(strip_dot(w)) for w in after) and not doc.startswith(("'s", "’s"), he):
            return True  # "Chad Smith", "Jorge Paredes and Sofia Ledesma"
    return False


def _starts_longer_name(doc: str, hit, known, rs: int, re_: int) -> bool:
    """Tell whether a lexicon hit opens a longer name that runs on after it.

    "Pakistan Institute for ...", "London School of ...", "Bloomberg Intelligence", "Senate
    Appropriations Committee" are other bodies; "Senate Majority Leader" a title; "Paris
    Agreement" a treaty named after a capital. A corporate suffix alone ("Toyota Motor Corp.")
    leaves the known name as it is.
    """
    hs, he = hit[0], hit[1]
    lead = doc[rs:hs].split()
    if lead and any(w.lower() not in STOPWORDS for w in lead) \
            and not (lead[-1] in _SPLIT_CONNECTORS and not any(w in ORG_HEADS for w in lead)):
        return False  # why: "Rosa Diaz of Bloomberg Intelligence" opens a name after "of"
    if doc.startswith(" (", re_) and _defines_acronym(doc[rs:re_].split(), doc[re_:re_ + 12]):
        return True  # "UN Trade and Development (UNCTAD)": the whole run is the name
    rest = doc[he:re_].split()
    for i, w in enumerate(rest):
        if w in ("and", "&"):
            rest = rest[:i]
            break
    if not rest:
        return False
    words = [strip_dot(w) for w in rest]
    for i in range(len(words)):
        if title_prefix_len(words[i:]):  # "Pentagon Press Secretary": read only what comes before a title
            if known.type == "organization" and i == 0 and title_prefix_len(hit[2].split() + words) > len(hit[2].split()):
                return True  # "Senate Majority Leader": the known name opens a title
            words = words[:i]
            break
    if not words or all(w in CORP_SUFFIX for w in words):
        return False
    if words[-1] in ORG_SUFFIXES or len(words) > 1 and any(w in ORG_HEADS for w in words):
        return True  # why: one head word alone ("Reuters Staff", "Pakistan Army") keeps the known name
    if known.kind == "capital" and words[0][:1].isupper() and not title_prefix_len(words) \
            and words[0].lower() not in STOPWORDS and words[0] not in DEMONYMS and words[0] not in KNOWN:
        return True
    return False


def find_mentions(doc: str, sentences: list[Sentence]) -> list[Found]:
    """Return every raw name mention in `doc`, in order.

    The lexicon and capitalised-run patterns scan the whole document once; their hits are
    then read sentence by sentence (a run that crosses a sentence end is cut there).
    """
    found: list[Found] = []
    dem = _by_sentence(sentences, [(m.start(), m.end(), m.group(1)) for m in DEMONYM_STATE_RE.finditer(doc)])
    known = _by_sentence(sentences, [(m.start(), m.end(), m.group(0)) for m in known_matches(doc)])
    runs: list[list[tuple[int, int]]] = [[] for _ in sentences]
    starts = [s.start for s in sentences]
    n_sent = len(sentences)
    i = 0
    # why: the pattern needs " and " and one of its head words; test those before scanning
    listed = [m.span() for m in _LIST_NAME_RE.finditer(doc)] \
        if " and " in doc and any(w in doc for w in _LIST_HEADS) else []
    for m in run_matches(doc):
        rs, re_ = m.span()
        # why: a particle ends in one of "lneaius"; test that letter before slicing
        if rs > 2 and doc[rs - 1] in "- " and doc[rs - 2] in "lneaius" \
                and doc[max(0, rs - 5):rs - 1].rpartition(" ")[2] in _PARTICLES:
            particle = PARTICLE_BEFORE_RE.search(doc, max(0, rs - 5), rs)
            if particle:  # "al-Burhan said": the particle belongs to the name
                rs = particle.start()
        if listed:
            hit = next((sp for sp in listed if sp[0] < re_ and rs < sp[1]), None)
            if hit:  # "(The) Ministry of Trade, Industry and Energy": one name across commas
                if rs <= hit[0]:
                    re_ = max(re_, hit[1])
                else:
                    continue
        while i + 1 < n_sent and starts[i + 1] <= rs:  # runs come in order: walk, don't search
            i += 1
        sent = sentences[i]
        if sent.start <= rs and re_ <= sent.end:  # the usual case: inside one sentence
            runs[i].append((rs, re_))
            continue
        i0 = i
        while 0 <= i < n_sent and rs < re_:
            sent = sentences[i]
            if rs >= sent.end:  # between sentences
                i += 1
                if i < n_sent:
                    rs = max(rs, sentences[i].start)
                continue
            cut = min(re_, sent.end)
            piece = doc[rs:cut].rstrip()
            if piece:
                runs[i].append((rs, rs + len(piece)))
            i += 1
            if i < n_sent:
                rs = sentences[i].start
        i = i0
    for idx, sent in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        hits = known[idx]
        if hits and runs[idx]:
            hits = [h for h in hits if not _inside_org_run(doc, h, runs[idx]) and not _inside_person_name(doc, h, runs[idx])]
        if hits or dem[idx]:
            found += _known_mentions(doc, sent, taken, dem[idx], hits)
        headline = idx < 2 and _title_case(sent.text)
        for rs, re_ in runs[idx]:
            for s, e in (_pieces(rs, re_, taken) if taken else ((rs, re_),)):
                piece = doc[s:e]
                if piece[0] in " &" or piece[-1] in " &":
                    lead = len(piece) - len(piece.lstrip(" &"))
                    trail = len(piece.rstrip(" &"))
                else:
                    lead, trail = 0, len(piece)
                if trail - lead > 0:
                    word = piece[lead:trail].rstrip(".")
                    low = word.lower()
                    if word in DEMONYMS or low in STOPWORDS or low in GROUP_NOUNS or low in _DATA_NOUNS:
                        continue  # why: "North Korean", "The", "Witnesses", "Figures": never names; skip early
                    got = _classify_run(doc, sent, s + lead, s + trail)
                    if headline:  # "A Power Plant's Closing Divides Families": names seen again only
                        got = [f for f in got if doc.count(f.text) > 1]
                    found += got
    taken_spans = [(f.start, f.end) for f in found]
    for b, body_start in _body_mentions(doc, sentences):
        if not _overlaps(taken_spans, body_start, b.end):  # why: the owner's own mention may overlap it
            found.append(b)
    found.sort(key=lambda f: f.start)
    return found
