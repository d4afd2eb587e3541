"""Merge a document's mentions into actors: full names, short forms, aliases and types."""
from __future__ import annotations

from .actors import CORP_SUFFIX, DEFINED_ACRONYM
from .name_runs import _NAME_PARTICLES, COMPASS, INNER_CAPS, RUN_CONNECTORS, Found
from .names import COMMON_ACRONYMS, DEMONYMS, FAMILY_NAME_FIRST, KNOWN, ORG_HEADS, STOPWORDS, initials, is_acronym
from .types import Actor, Mention


def _person_key(single: str, persons: list[tuple[str, list[str], Found]], pos: int = 0) -> str | None:
    """Return the full name a lone word stands for ("Chernyak" -> "Andriy Chernyak").

    `persons` holds (full name, its words, first mention) of the names of two words or more.
    With several candidates ("Kim Seong-min", "Kim Jong-un") the one named last before
    `pos` wins, else the first named after it.
    """
    best, best_start, after, after_start = None, -1, None, None
    for name, parts, f in persons:
        if parts[-1] == single or (parts[0] == single and single in FAMILY_NAME_FIRST):
            if f.start < pos and f.start > best_start:
                best, best_start = name, f.start
            elif f.start >= pos and (after_start is None or f.start < after_start):
                after, after_start = name, f.start
    return best or after


_PREFIX_STOP = frozenset("National International Federal Central General Royal United New Great First Global "
                         "American British European Asian African Royal State People's Bank Ministry".split())


def _org_prefixes(orgs: list[Found]) -> dict[str, Found]:
    """Return the leading words of organisation names that may stand for them later ("Lloyds")."""
    out: dict[str, Found] = {}
    for o in orgs:
        words = o.name.split("'s ")[-1].split()
        if len(words) < 2:
            continue
        w0 = words[0]
        if w0 in ORG_HEADS or w0 in DEMONYMS or w0 in COMPASS or w0 in _PREFIX_STOP or w0.lower() in STOPWORDS \
                or (k := KNOWN.get(w0)) is not None and k.type == "country":
            continue  # "Japan" is not "Japan Airlines", "National" not "National Grid"
        for k in range(1, len(words)):
            if words[k - 1] in RUN_CONNECTORS:
                break
            out.setdefault(" ".join(words[:k]).rstrip(","), o)
    return out


def _short_form_of(name: str, f: Found, prefixes: dict[str, Found], orgs: list[Found]) -> Found | None:
    """Return the organisation named earlier that `name` shortens ("Lloyds", "Kyushu Electric", "ChosunDB")."""
    o = prefixes.get(name)
    if o is not None and o.start < f.start:
        return o
    if not name[1:].islower() and INNER_CAPS.match(name):  # a credit line ("/ChosunDB") may come before the full name
        for o in orgs:
            if any(len(w) >= 4 and name.startswith(w) and w not in ORG_HEADS
                                         for w in o.name.split()[:3] if w != "The"):
                return o
    return None


def build_actors(doc: str, found: list[Found]) -> tuple[list[Actor], list[tuple[Found, str]]]:
    """Merge raw mentions into actors; return the actors and (mention, actor key) pairs."""
    persons: dict[str, Found] = {}
    for f in found:  # the first mention of each full name
        if f.type == "person":
            persons.setdefault(f.name, f)
    for f in found:
        if f.type == "organization":
            words = f.name.split()
            if len(words) > 1 and words[-1] in CORP_SUFFIX:  # "Nike Inc" is also "Nike"
                f.aliases.add(" ".join(words[:-1]).rstrip(",&").rstrip())
                if words[-1].endswith("."):
                    f.aliases.add(f.name[:-1])  # "Kyushu Electric Power Co" without its full stop
    orgs = [f for f in found if f.type == "organization"]
    prefixes = _org_prefixes(orgs) if orgs else {}
    full_names = [(name, name.split(), f) for name, f in persons.items() if len(name.split()) >= 2]
    org_initials: list[str] | None = None  # computed at the first acronym
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
            full = _person_key(name, full_names, f.start)
            org = next((o for o in orgs if name in o.aliases), None)
            if org is None and (f.evidence or f.kind == "lone" or prefixes.get(name) is not None):
                org = _short_form_of(name, f, prefixes, orgs)  # "According to Minase" after "Minase Electric"
            if full:
                name, typ = full, "person"
            elif org:
                name, typ = org.name, "organization"
            elif f.kind == "government":  # "the Sindh government", no person of that name
                name, typ = f"{name} government", "organization"
            elif f.kind == "lone":
                typ = "organization"
            elif f.evidence:
                typ = "person"
            else:
                continue
        elif typ == "acronym":
            if org_initials is None:
                org_initials = [initials(o.name.split("'s ")[-1]) for o in orgs]
            org = next((o for o, ini in zip(orgs, org_initials) if ini == name or name in o.aliases), None)
            if org:
                name, typ = org.name, "organization"
            elif f.evidence or name not in COMMON_ACRONYMS and f"({name})" in doc:
                typ = "organization"
            else:
                continue
        elif typ == "person" and name.split()[0] in _NAME_PARTICLES and (
                full := next((n for n, parts, _ in full_names if len(parts) > 2 and n.endswith(" " + name)), None)):
            name = full  # "Mr Ó Briain" after "Pádraig Ó Briain", "von der Leyen" after "Ursula von der Leyen"
        elif typ == "person" and not f.description and prefixes and (org := _short_form_of(name, f, prefixes, orgs)):
            name, typ = org.name, "organization"  # "Kyushu Electric" after "Kyushu Electric Power Co."
        elif typ == "organization":
            if not f.kind and prefixes and (org := _short_form_of(name, f, prefixes, orgs)):
                name = org.name  # "Halvorsen Foods" after "Halvorsen Foods Inc."
            # An acronym defined right after the name: "Joint Chiefs of Staff (JCS)".
            m = DEFINED_ACRONYM.match(doc[f.end:f.end + 12]) if doc.find("(", f.end, f.end + 12) >= 0 else None
            if m:
                f.aliases.add(m.group(1))
        actor = actor_for(name, typ)
        for alias in sorted(f.aliases):  # why: a set has no stable order across runs
            if alias != actor.name and alias not in actor.aliases:
                actor.aliases.append(alias)
        if f.description and not actor.description:
            actor.description = f.description
        actor.mentions.append(Mention(doc[f.start:f.end], f.start, f.end, f.sentence, f.confidence))
        actor.confidence = max(actor.confidence if actor.mentions[:-1] else 0.0, f.confidence)
        pairs.append((f, actor.key))
    for actor in order:  # a last name or acronym that stands for the full name
        if actor.type == "person" and len(actor.name.split()) > 1:
            parts = actor.name.split()
            last = parts[-1]
            k = len(parts) - 1
            while k > 1 and parts[k - 1] in _NAME_PARTICLES:
                k -= 1
            if k < len(parts) - 1:
                last = " ".join(parts[k:])  # "von der Leyen", "del Pozo"
            if parts[0] in FAMILY_NAME_FIRST and ("-" in parts[1] or len(parts) == 3 and len(last) <= 3):
                last = parts[0]  # "Lee Sung-kwon", "Kim Jong Un": the family name comes first
            if last not in actor.aliases:
                actor.aliases.append(last)
        if actor.type == "organization":
            kind = next((k.kind for a in [actor.name, *actor.aliases] if (k := KNOWN.get(a))), "")
            setattr(actor, "_kind", kind)
            _name_as_written(doc, actor)
    return order, pairs


def _bare(name: str) -> str:
    """Return a name lower-cased, without a leading "the"."""
    low = name.lower()
    return low[4:] if low.startswith("the ") else low


def _name_as_written(doc: str, actor: Actor) -> None:
    """Name a lexicon organisation the article never names in full by its longest form in the text (an
    acronym or several words).

    "the Labor Department" is "Labor Department", not the lexicon's "U.S. Department of Labor";
    the lexicon name stays an alias, so the same body still matches across articles.
    """
    if actor.name not in KNOWN or actor.name in doc:
        return
    # why: a lone common word ("House", "Times", "Labor") says less than the lexicon's name
    written = max((a for a in actor.aliases if a in doc and (" " in a or is_acronym(a))), key=len, default=None)
    if written and _bare(written) != _bare(actor.name):  # "the Times" is "The Times"
        actor.aliases.remove(written)
        actor.aliases.append(actor.name)
        actor.name = written
