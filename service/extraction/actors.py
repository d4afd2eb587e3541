"""Find the people, organisations and countries a document names, with their mentions."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from .cues import CUE_RE
from .names import _alternation
from .names import (APOSTROPHES, COMMON_ACRONYMS, COUNTRY_STATE_RE, DEMONYM_STATE_RE, DEMONYMS,
                    DESCRIPTORS, FAMILY_NAME_FIRST, KNOWN, KNOWN_RE, MEDIA_HEADS, ORG_HEADS,
                    PLACE_WORDS, ROLE_NOUNS, RUN_RE, STOPWORDS, TITLES, initials, is_acronym,
                    strip_dot, title_prefix_len)
from .types import Actor, Mention, Sentence

_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|from|into|across|towards?|via|over|"
                              r"inside|of|between|and|through|visiting|visited|visit)\s+$", re.I)
_AGE_AFTER = re.compile(r"^\s*(?:\(\s*\d{1,3}\b|,\s*\d{1,3}\s*,)")
_APPOSITIVE_AFTER = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?,\s*(?:\d{1,3},\s*)?((?:a|an|the)\s+)?([^,;:.\"“”]{3,90}?)\s*(?=,|\.\s|\.$)")
_ROLE_BEFORE = re.compile(r"((?:(?:[A-Z][\w'’.-]*|of|for|at|the)\s+)*?(?:[A-Za-z][\w-]*\s+){0,2}"
                          r"(?i:" + _alternation(ROLE_NOUNS) + r")"
                          r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)\s+$")
_ROLE_WORD = re.compile(r"(?i:\b" + _alternation(ROLE_NOUNS) + r")\b")
_ROLE_TAIL = re.compile(r"(?:\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?\s+")
_POSSESSOR = re.compile(r"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)?)[" + APOSTROPHES + r"]s\s+$")
_CUE_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,90},\s*)?(?:also\s+|has\s+|had\s+)?" + CUE_RE.pattern)
_ORG_DESCRIPTOR_BEFORE = re.compile(r"\b(?:the\s+)?(?:regulator|company|firm|group|agency|broadcaster|"
                                    r"newspaper|outlet|party|bank|lender|carrier|insurer|retailer|"
                                    r"automaker|chipmaker|startup|developer|operator|union)\s+$", re.I)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_NAMED_BEFORE = re.compile(r"\b(?:identified as|named|called)\s+$")
_WINDOW = 160  # characters of context read on each side of a capitalised run


@dataclass
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


def _role_before(before: str):
    """Return the match of a role phrase ending `before` ("the spokesperson for Naftogaz")."""
    lo = max(0, len(before) - 100)
    last = None
    for last in _ROLE_WORD.finditer(before, lo):
        pass
    # why: the full pattern backtracks; first check that a role word ends the context
    if last is None or not _ROLE_TAIL.fullmatch(before, last.end()):
        return None
    return _ROLE_BEFORE.search(before, lo)


def _overlaps(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    """Tell whether [s, e) overlaps any span."""
    return any(s < b and a < e for a, b in spans)


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
        known_hits = [(base + m.start(), base + m.end(), m.group(0)) for m in KNOWN_RE.finditer(text)]
    for ds, de, dem in demonym_hits:
        phrase = doc[ds:de]
        if phrase in KNOWN:  # "Ukrainian intelligence" may be a known organisation
            continue
        out.append(Found(ds, de, phrase, "country", DEMONYMS[dem], sent.index, confidence=0.8))
        taken.append((ds, de))
    for ks, ke, surface in known_hits:
        s, e = ks - base, ke - base
        if taken and _overlaps(taken, ks, ke):
            continue
        k = KNOWN[surface]
        if k.kind == "capital" and _LOCATIVE_BEFORE.search(text, max(0, s - 16), s):
            taken.append((ks, ke))
            continue  # "a camp near Kyiv": a place, not the government
        if k.type == "country":
            after = COUNTRY_STATE_RE.match(text, e)
            if after:  # "South Korea's military" speaks for the state
                e = after.end()
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


def _classify_run(doc: str, sent: Sentence, s: int, e: int) -> list[Found]:
    """Turn one capitalised run (doc offsets) into person / organisation candidates."""
    words = [(m.start() + s, m.end() + s, m.group()) for m in re.finditer(r"\S+", doc[s:e])]
    # Drop leading and trailing function words ("The", "Earlier", "of").
    lead_the = False
    while words and (words[0][2].lower() in STOPWORDS or words[0][2] in {"&"}):
        lead_the = lead_the or words[0][2].lower() == "the"
        words = words[1:]
    while words and (words[-1][2].lower() in STOPWORDS or not words[-1][2][0].isalnum()):
        words = words[:-1]
    if not words:
        return []
    tokens = [strip_dot(w[2]) for w in words]
    head_idx = [i for i, t in enumerate(tokens) if t in ORG_HEADS]
    is_org = bool(head_idx) and (head_idx[-1] == len(tokens) - 1 or tokens[0] in ORG_HEADS
                                 or head_idx[0] <= len(tokens) - 1)
    description = None
    if not is_org:
        cut = title_prefix_len(tokens)
        if cut == 0:  # "Kharkiv Mayor Ihor Terekhov": a title after a place name
            for i in range(1, len(tokens) - 1):
                if tokens[i].lower() in TITLES:
                    cut = i + 1 + title_prefix_len(tokens[i + 1:])
                    break
        if 0 < cut < len(tokens):
            description = " ".join(w[2] for w in words[:cut])
            words, tokens = words[cut:], tokens[cut:]
        elif cut >= len(tokens):
            return []
    connectors = {"of", "the", "for", "and", "&", "on", "de", "du", "del"}
    if not is_org and any(t in connectors for t in tokens):
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
    s, e = words[0][0], words[-1][0] + len(strip_dot(words[-1][2]))
    text = doc[s:e]
    sent_rel_s, sent_rel_e = s - sent.start, e - sent.start
    # why: the tests below look only at the words next to the run; a window keeps them cheap
    bshift = max(0, sent_rel_s - _WINDOW)
    before, after = sent.text[bshift:sent_rel_s], sent.text[sent_rel_e:sent_rel_e + _WINDOW]
    next_word = after.split(None, 1)[0].strip(",.;:").lower() if after.strip() else ""
    if not is_org and (tokens[-1].lower() in PLACE_WORDS or next_word in PLACE_WORDS):
        return []  # "Kursk region", "East Sea"
    if is_org and len(tokens) == 1 and tokens[0] in ORG_HEADS:
        return []  # "the Bank", "Ministry": a common noun written with a capital
    if is_org:
        found = Found(s, e, text, "organization", text, sent.index, aliases={text}, confidence=0.85,
                      evidence=True, kind="media" if tokens[-1] in MEDIA_HEADS else "")
        poss = _POSSESSOR.search(before, max(0, len(before) - 60))
        if poss:  # "S. Korea's Ministry of Foreign Affairs" keeps its country apart
            owner = KNOWN.get(poss.group(1))
            owner_name = owner.canonical if owner and owner.type == "country" else poss.group(1)
            found.name = f"{owner_name}'s {text}"
            found.aliases |= {doc[sent.start + bshift + poss.start():e], text}
            found.start = sent.start + bshift + poss.start()
        return [found]
    if lead_the or _THE_BEFORE.search(before, max(0, len(before) - 8)):
        if description is None:
            return []  # "the Kursk Bulge", "the Constitution"
    if " ".join(tokens) in DEMONYMS or tokens[-1] in DEMONYMS or " ".join(tokens) in KNOWN:
        return []  # "North Korean soldiers": an adjective, not a name
    if any(t.lower() in STOPWORDS or (is_acronym(t) and t in COMMON_ACRONYMS) for t in tokens):
        return []
    if len(tokens) == 1:
        t = tokens[0]
        if len(t.replace(".", "")) < 2:
            return []
        if is_acronym(t):
            defined = re.match(r"^\s*\(", after) is None and before.rstrip().endswith("(")
            return [Found(s, e, text, "acronym", t, sent.index, aliases={t}, confidence=0.6, evidence=defined)]
        if _ORG_DESCRIPTOR_BEFORE.search(before, max(0, len(before) - 24)):
            return [Found(s, e, text, "organization", t, sent.index, aliases={t}, confidence=0.7, evidence=True)]
        evidence = bool(description) or bool(_AGE_AFTER.match(after)) or bool(_CUE_AFTER.match(after)) \
            or bool(_NAMED_BEFORE.search(before, max(0, len(before) - 20)))
        role = _role_before(before)
        if role and not description:
            description, evidence = role.group(1).strip(), True
        found = Found(s, e, text, "single", t, sent.index, aliases={t}, description=description,
                      confidence=0.75, evidence=evidence)
    else:
        role = _role_before(before)
        if role and not description:
            description = role.group(1).strip()
        found = Found(s, e, text, "person", text, sent.index, aliases={text}, description=description,
                      confidence=0.85, evidence=True)
    app = _APPOSITIVE_AFTER.match(after)
    if app and not found.description and (app.group(1) or any(w.lower() in ROLE_NOUNS for w in re.findall(r"[\w-]+", app.group(2)))):
        found.description = app.group(2).strip()
    if found.description:
        found.description = re.sub(r"^(?:the|a|an)\s+", "", found.description, flags=re.I)
    return [found]


def find_mentions(doc: str, sentences: list[Sentence]) -> list[Found]:
    """Return every raw name mention in `doc`, in order.

    The lexicon and capitalised-run patterns scan the whole document once; their hits are
    then read sentence by sentence (a run that crosses a sentence end is cut there).
    """
    found: list[Found] = []
    dem = _by_sentence(sentences, [(m.start(), m.end(), m.group(1)) for m in DEMONYM_STATE_RE.finditer(doc)])
    known = _by_sentence(sentences, [(m.start(), m.end(), m.group(0)) for m in KNOWN_RE.finditer(doc)])
    runs: list[list[tuple[int, int]]] = [[] for _ in sentences]
    starts = [s.start for s in sentences]
    for m in RUN_RE.finditer(doc):
        rs, re_ = m.start(), m.end()
        i = bisect_right(starts, rs) - 1
        while 0 <= i < len(sentences) and rs < re_:
            sent = sentences[i]
            if rs >= sent.end:  # between sentences
                i += 1
                if i < len(sentences):
                    rs = max(rs, sentences[i].start)
                continue
            cut = min(re_, sent.end)
            piece = doc[rs:cut].rstrip()
            if piece:
                runs[i].append((rs, rs + len(piece)))
            i += 1
            if i < len(sentences):
                rs = sentences[i].start
    for idx, sent in enumerate(sentences):
        taken: list[tuple[int, int]] = []
        found += _known_mentions(doc, sent, taken, dem[idx], known[idx])
        for rs, re_ in runs[idx]:
            for s, e in (_pieces(rs, re_, taken) if taken else ((rs, re_),)):
                piece = doc[s:e]
                lead = len(piece) - len(piece.lstrip(" &"))
                trail = len(piece.rstrip(" &"))
                if trail - lead > 0:
                    word = piece[lead:trail].rstrip(".")
                    if word in DEMONYMS or word.lower() in STOPWORDS:
                        continue  # why: "North Korean", "The": _classify_run drops these; skip early
                    found += _classify_run(doc, sent, s + lead, s + trail)
    found.sort(key=lambda f: f.start)
    return found


def _person_key(single: str, persons: dict[str, Found]) -> str | None:
    """Return the full name a lone word stands for ("Chernyak" -> "Andriy Chernyak")."""
    best = None
    for name in persons:
        parts = name.split()
        if len(parts) < 2:
            continue
        if parts[-1] == single or (parts[0] == single and single in FAMILY_NAME_FIRST):
            best = name
    return best


def build_actors(doc: str, found: list[Found]) -> tuple[list[Actor], list[tuple[Found, str]]]:
    """Merge raw mentions into actors; return the actors and (mention, actor key) pairs."""
    persons = {f.name: f for f in found if f.type == "person"}
    orgs = [f for f in found if f.type == "organization"]
    by_name: dict[tuple[str, str], Actor] = {}
    pairs: list[tuple[Found, str]] = []
    order: list[Actor] = []

    def actor_for(name: str, typ: str) -> Actor:
        key = (typ, name.lower())
        if key not in by_name:
            by_name[key] = Actor(key=f"a{len(order) + 1}", name=name, type=typ)
            order.append(by_name[key])
        return by_name[key]

    for f in found:
        name, typ = f.name, f.type
        if typ == "single":
            full = _person_key(name, persons)
            org = next((o for o in orgs if name in o.aliases), None)
            if full:
                name, typ = full, "person"
            elif org:
                name, typ = org.name, "organization"
            elif f.evidence:
                typ = "person"
            else:
                continue
        elif typ == "acronym":
            org = next((o for o in orgs if initials(o.name.split("'s ")[-1]) == name or name in o.aliases), None)
            if org:
                name, typ = org.name, "organization"
            elif f.evidence or name not in COMMON_ACRONYMS and re.search(r"\(" + re.escape(name) + r"\)", doc):
                typ = "organization"
            else:
                continue
        elif typ == "organization":
            # An acronym defined right after the name: "Joint Chiefs of Staff (JCS)".
            m = re.match(r"\s*\(([A-Z][A-Za-z.]{1,7})\)", doc[f.end:f.end + 12])
            if m:
                f.aliases.add(m.group(1))
        actor = actor_for(name, typ)
        for alias in f.aliases:
            if alias != actor.name and alias not in actor.aliases:
                actor.aliases.append(alias)
        if f.description and not actor.description:
            actor.description = f.description
        actor.mentions.append(Mention(doc[f.start:f.end], f.start, f.end, f.sentence, f.confidence))
        actor.confidence = max(actor.confidence if actor.mentions[:-1] else 0.0, f.confidence)
        pairs.append((f, actor.key))
    for actor in order:  # a last name or acronym that stands for the full name
        if actor.type == "person" and len(actor.name.split()) > 1:
            last = actor.name.split()[-1]
            if last not in actor.aliases:
                actor.aliases.append(last)
        if actor.type == "organization":
            kind = next((k.kind for a in [actor.name, *actor.aliases] if (k := KNOWN.get(a))), "")
            setattr(actor, "_kind", kind)
    return order, pairs
