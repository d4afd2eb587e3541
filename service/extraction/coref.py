"""Resolve a speaker as written (a name, pronoun, descriptor or group) to an actor key."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .lexicon import load_set
from .names import COMPANY_ENDINGS, DESCRIPTORS, GROUP_NOUNS, KNOWN, MEDIA_HEADS, ROLE_NOUNS
from .types import Actor, Mention

GROUP_NOUNS = GROUP_NOUNS | load_set("speaker_groups")  # "the carriers said", "meteorologists say"

_DETERMINERS = re.compile(r"^(?:the|a|an|one|another|some|many|several|other|most|all)\s+", re.I)
_DETERMINER_FIRST = "tTaAoOsSmM\u017f"  # the letters a _DETERMINERS match can open with, "ſ" folding to "s"


def _drop_determiner(text: str) -> str:
    """Return _DETERMINERS.sub("", text), skipping the scan when no determiner can open `text`."""
    return _DETERMINERS.sub("", text) if text[:1] in _DETERMINER_FIRST and text else text


_THE = re.compile(r"^(?:the|The)\s+")
_STATE_ORGANS = frozenset({"administration", "government", "leadership", "authorities"})
_SPEAKS_FOR = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative",
                         "official", "officials", "source", "sources", "poll", "survey", "study", "report",
                         "data", "figures", "statement", "executives", "executive"})
INSTITUTIONS = load_set("institution_nouns")
# why: "the local council" or "a national committee" name a kind of body, not one body
_KIND_MODIFIERS = frozenset("local national regional new main top senior other such relevant state federal public "
                             "government independent private same".split())
# Heads so general that a name holding them ("Wagner Group") is no evidence of the referent
_GENERIC_BODY_NOUNS = frozenset({"group", "organisation", "organization", "body", "charity", "firm"})
# A descriptor names a body whose name holds one of these words: "the regulator" the
# Financial Conduct Authority, "the court" a tribunal, "the watchdog" a commission.
_NAME_WORDS_FOR = {
    "regulator": {"authority", "commission", "regulator", "board", "administration", "ofcom", "ofgem", "ofwat"},
    "watchdog": {"authority", "commission", "regulator", "office", "inspectorate", "ombudsman", "watchdog"},
    "court": {"court", "tribunal"},
    "lender": {"bank", "lender", "bancorp", "building"},
    "tribunal": {"tribunal", "court"},
}
# Words that make a role another office: "the shadow chancellor" is not "the chancellor"
# Levels below the state: "the prefectural government" is not "the government"
_LEVELS = frozenset("prefectural provincial regional local municipal city district county".split())
_GENERIC_MODIFIERS = frozenset("senior top chief local south north korean a an the".split())
_RANKS = frozenset("shadow former deputy vice ex acting assistant junior opposition".split())
# Name endings and words that tell a body's kind when the lexicon does not know it
# Kinds a body of no known kind may still be ("the company": an unknown firm); not media or the military
_LENIENT_KINDS = frozenset({"company", "government"})
_MILITARY_WORDS = frozenset("Forces Force Army Navy Military Guard Guards Corps".split())
_GOVERNMENT_WORDS = frozenset("Ministry Department Agency Authority Commission Bureau Administration Directorate "
                              "Prefecture Cabinet Secretariat".split())
_COURT_WORDS = frozenset(_NAME_WORDS_FOR["court"])
_MODIFIER = re.compile(r"[a-z]+-(?:based|owned|run|backed|listed|controlled|focused|led|linked|registered|"
                       r"headquartered)|[a-z]+(?:ese|ian|ish|an|i)")
# why: "authorities said" with no owner names no body in particular
_UNNAMED_PLURALS = frozenset({"authorities"})
_GOVERNING_HEADS = frozenset({"board", "leadership", "management", "executive"})
_PLACE_TAIL = re.compile(r"(?<=[a-z])\s+(?:in|from|at)\s+[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*)*$")
_RELATIVE_TAIL = re.compile(r"\s+(?:who|which|that|whose)\s.*$")
_POSSESSIVE_PRONOUNS = frozenset("his her its their our my your".split())
_POSSESSIVE = re.compile(r"^(?:the\s+)?[\w.-]+(?:\s+[A-Z][\w.-]*)?['’]s\s+")
_PRONOUN_TYPES = {"he": ("person",), "she": ("person",), "it": ("organization", "country"),
                  "they": ("group", "organization", "country", "person")}


def _modifiers_only(words: list[str]) -> bool:
    """Tell whether the words between "the" and a descriptor only modify it: none, or up to three led by
    a "-based"/demonym-like modifier ("the Stuttgart-based group", "the German car parts supplier")."""
    return not words or len(words) <= 3 and bool(_MODIFIER.fullmatch(words[0])) and all(w.isalpha() for w in words[1:])


class Resolver:
    """Keep track of actor mentions and recent speakers to resolve speaker phrases."""

    def __init__(self, actors: list[Actor], pairs, doc: str = "", sentence_starts: list[int] | None = None):
        self.doc, self.sentence_starts = doc, sentence_starts or [0]
        self.actors = {a.key: a for a in actors}
        self.spans = sorted((f.start, f.end, key) for f, key in pairs)
        self.starts = [s for s, _, _ in self.spans]
        self.speakers: list[tuple[int, str]] = []  # (position, actor key) of resolved speakers
        self.groups: dict[str, Actor] = {}
        self.spoken: list[tuple[int, str, str]] = []  # (position, key, speaker as written)
        self._word_sets: dict[str, frozenset[str]] = {}

    def _words_of(self, name: str) -> frozenset[str]:
        """Return the lower-case words of a name or description (read once: phrases ask of every actor)."""
        words = self._word_sets.get(name)
        if words is None:
            words = self._word_sets[name] = frozenset(name.lower().split())
        return words

    def mention_ending_at(self, pos: int, slack: int = 0) -> tuple[int, str] | None:
        """Return (start, key) of the mention ending at `pos` (within `slack` chars)."""
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and self.spans[i][0] >= pos - 200:
            s, e, key = self.spans[i]
            if pos - slack <= e <= pos:
                return s, key
            i -= 1
        return None

    def mention_starting_at(self, pos: int, limit: int = 0) -> tuple[int, str] | None:
        """Return (end, key) of the first mention starting within [pos, pos + limit]."""
        i = bisect_right(self.starts, pos - 1)
        if i < len(self.spans) and self.spans[i][0] <= pos + limit:
            return self.spans[i][1], self.spans[i][2]
        return None

    def next_mention_of(self, pos: int, limit: int, types: tuple[str, ...]) -> tuple[int, int, str] | None:
        """Return (start, end, key) of the first mention of a compatible type starting in [pos, pos + limit]."""
        i = bisect_right(self.starts, pos - 1)
        while i < len(self.spans) and self.spans[i][0] <= pos + limit:
            if self.actors[self.spans[i][2]].type in types:
                return self.spans[i]
            i += 1
        return None

    def first_mention_in(self, start: int, end: int) -> str | None:
        """Return the key of the first mention inside [start, end)."""
        i = bisect_right(self.starts, start - 1)
        best = None
        while i < len(self.spans) and self.spans[i][1] <= end and (best is None or self.spans[i][0] == best[0]):
            if best is None or self.spans[i][1] > best[1]:
                best = self.spans[i]  # the longest: "Nepal's ... Authority" over "Nepal"
            i += 1
        return best[2] if best else None

    def last_mention_between(self, start: int, end: int, types: tuple[str, ...]) -> str | None:
        """Return the key of the last mention in [start, end) of an actor with a compatible type."""
        i = bisect_right(self.starts, end) - 1
        while i >= 0 and self.spans[i][0] >= start:
            if self.spans[i][1] <= end and self.actors[self.spans[i][2]].type in types:
                return self.spans[i][2]
            i -= 1
        return None

    def speaker_between(self, start: int, end: int, types: tuple[str, ...]) -> str | None:
        """Return the last speaker noted in [start, end) with a compatible type."""
        for p, key in reversed(self.speakers):
            if start <= p < end and self.actors[key].type in types:
                return key
        return None

    def mention_across(self, start: int, pos: int) -> int | None:
        """Return the end of a mention that starts in [start, pos) and runs past `pos`."""
        i = bisect_right(self.starts, start - 1)
        while i < len(self.spans) and self.spans[i][0] < pos:
            if self.spans[i][1] > pos:
                return self.spans[i][1]
            i += 1
        return None

    def head_mention_in(self, start: int, end: int) -> str | None:
        """Return the mention heading the phrase [start, end): the first one, unless another
        follows it straight away ("UN Office for the Coordination ..." is the Office)."""
        i = bisect_right(self.starts, start - 1)
        best = None
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, key = self.spans[i]
            if e <= end:
                if best is None:
                    best = (s, e, key)
                elif s == best[0] and e > best[1] or s in (best[1] + 1, best[1]) and self.actors[key].type != "country":
                    best = (s, e, key)
                else:
                    break
            i += 1
        return best[2] if best else None

    def first_org_in(self, start: int, end: int, skip_owner: bool = False) -> str | None:
        """Return the first organisation or country mentioned inside [start, end); with `skip_owner`, pass over
        a country that owns the body after it ("analysts at Singapore's DBS Bank": DBS Bank)."""
        i = bisect_right(self.starts, start - 1)
        first = None
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, key = self.spans[i]
            if e <= end and self.actors[key].type in ("organization", "country"):
                if skip_owner and first is None and self.actors[key].type == "country" \
                        and self.doc.startswith(("'s ", "’s "), e):
                    first = key
                else:
                    return key
            i += 1
        return first

    def _kind(self, actor: Actor) -> str:
        """Return the organisation kind (media, government...) of `actor`."""
        for name in [actor.name, *actor.aliases]:
            k = KNOWN.get(name)
            if k and k.kind:
                return k.kind
        words = actor.name.split()
        if words[-1] in MEDIA_HEADS:
            return "media"
        if words[-1].rstrip(".,") in COMPANY_ENDINGS:
            return "company"  # "Kyushu Railway Co.", "Brenner Werke"
        if not _MILITARY_WORDS.isdisjoint(words):
            return "military"  # "Self-Defense Forces"
        return "government" if not _GOVERNMENT_WORDS.isdisjoint(words) else ""  # "Fire and Disaster Management Agency"

    def subject_before(self, sentence_start: int, prev_start: int, types: tuple[str, ...]) -> str | None:
        """Return the first actor mentioned in the previous sentence when it has a compatible type."""
        i = bisect_right(self.starts, prev_start - 1)
        if i < len(self.spans) and self.spans[i][0] < sentence_start:
            key = self.spans[i][2]
            if self.actors[key].type in types:
                return key
        return None

    def _recent(self, pos: int, types: tuple[str, ...], kind: str = "", window: int = 1500) -> str | None:
        """Return the latest speaker, else the latest mention, of a compatible type before `pos`."""
        for p, key in reversed(self.speakers):
            if p < pos and pos - p < window and self.actors[key].type in types \
                    and (not kind or self._kind(self.actors[key]) == kind):
                return key
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and pos - self.spans[i][0] < window:
            key = self.spans[i][2]
            if self.spans[i][1] <= pos and self.actors[key].type in types \
                    and (not kind or self._kind(self.actors[key]) == kind):
                return key
            i -= 1
        return None

    def group(self, phrase: str, pos: int) -> str:
        """Return the key of a group actor for `phrase` ("Western media"), creating it.

        A phrase that names one body in lower case ("the education ministry", "Lebanon's
        civil defence") becomes an organisation instead, known also without its owner.
        """
        # why: "a senior official" keeps its article, as readers quote it; "the ministry" is "ministry"
        name = _THE.sub("", phrase.strip().strip("“”\"«» ,"))
        name = _RELATIVE_TAIL.sub("", name)  # "an official who was not authorized to speak"
        if " of " not in name:  # "a senior police officer in Boulogne-sur-Mer"; not "leader of a group ... in Busan"
            short = _PLACE_TAIL.sub("", name)
            if short != name:  # as written, or bare: "senior police officer", not "a senior police officer"
                name = _drop_determiner(short)
        key = name.lower()
        if key not in self.groups:
            body = _named_body(name)
            actor = Actor(key=f"g{len(self.groups) + 1}", name=name, type="organization" if body else "group",
                          confidence=0.65 if body else 0.6)
            if body and body != name:
                actor.aliases.append(body)
            if body:
                self._mention(actor, name, pos)
            self.groups[key] = actor
            self.actors[actor.key] = actor
        return self.groups[key].key

    def named_org(self, name: str, pos: int = -1) -> str:
        """Return the key of an organisation named `name` at `pos` that actor recognition missed
        ("Kansai Electric Power Co.", "The NHC"), creating it."""
        key = "org:" + name.lower()
        if key not in self.groups:
            actor = Actor(key=f"g{len(self.groups) + 1}", name=name, type="organization", confidence=0.6)
            self._mention(actor, name, pos)
            self.groups[key] = actor
            self.actors[actor.key] = actor
        return self.groups[key].key

    def _mention(self, actor: Actor, name: str, pos: int) -> None:
        """Record where an organisation found through a speaker phrase is named, near `pos`."""
        at = self.doc.find(name, max(0, pos - 5), pos + 200 + len(name)) if pos >= 0 else -1
        if at < 0:
            return
        sentence = bisect_right(self.sentence_starts, at) - 1
        actor.mentions.append(Mention(name, at, at + len(name), max(0, sentence), actor.confidence))

    def resolve_phrase(self, phrase: str, pos: int) -> tuple[str | None, float]:
        """Return (actor key, confidence) for a pronoun, descriptor or group phrase at `pos`."""
        low = phrase.lower().strip()
        if low in _PRONOUN_TYPES:
            types = _PRONOUN_TYPES[low]
            if low == "they":
                key = self._recent(pos, ("group",), window=600) or self._recent(pos, types[1:], window=400)
            elif low == "it" and self._unnamed_body_spoke(pos):
                key = self.speakers[-1][1]  # "The regulator said ... . It said": the body that just spoke
            else:
                key = self._recent(pos, types)
            return key, 0.7
        words = low.split()
        head = words[-1]
        inside = self.first_org_in(pos, pos + len(phrase))
        body_head = head in INSTITUTIONS or head in DESCRIPTORS and DESCRIPTORS[head][0] == "organization"
        named = self._named_org_before_head(phrase, pos) if inside and body_head else None
        if named:
            return named, 0.75  # "Germany's KfW development bank": KfW
        if inside and self.possessed_body(phrase, inside):
            return self.group(phrase, pos), 0.6  # "the UN's weather agency", "the UK's highest court"
        if inside and (head in _SPEAKS_FOR or head in GROUP_NOUNS or head in DESCRIPTORS):
            return inside, 0.8  # "a Nike spokesperson", "Israeli officials", "the Reuters poll"
        if len(words) == 3 and words[0] == "the" and words[2] in DESCRIPTORS and not _MODIFIER.fullmatch(words[1]):
            key = self._named_after_modifier(words[1], pos)
            if key:  # "Sudan's paramilitary Rapid Support Forces ... the paramilitary group": the same body
                return key, 0.65
        for n in (2, 1):  # "the news agency", "the ministry"
            cand = " ".join(words[-n:])
            if cand in DESCRIPTORS and cand not in _UNNAMED_PLURALS \
                    and (words[0] == "the" and _modifiers_only(words[1:len(words) - n]) or len(words) == n):
                typ, kind = DESCRIPTORS[cand]
                # "the publication" is the outlet just quoted; "the company" the firm the story is about
                pick = self._recent if kind == "media" else self._salient
                key = self._previous_speaker(pos, typ) if head in _GENERIC_BODY_NOUNS else None
                key = key or self._named_like(head, pos, tuple(words)) or self._named_for(head, pos) \
                    or self._subject_of_kind(pos, typ, kind) or pick(pos, (typ,), kind)
                if key is None and kind in _LENIENT_KINDS:  # "the military" with no military named: unnamed
                    key = pick(pos, (typ,))
                if key is not None and head in _NAME_WORDS_FOR and head not in _COURT_WORDS \
                        and _COURT_WORDS & set(self.actors[key].name.lower().split()):
                    key = None  # "the regulator" after only "the Supreme Court": no court is a regulator
                if key is None:  # "the central bank" with no antecedent: a speaker we cannot name
                    return self.group(phrase, pos), 0.5
                return key, 0.65
        if inside and head in _GOVERNING_HEADS and "'s " not in phrase and "’s " not in phrase:
            return inside, 0.75  # "the RBA board said": the bank it governs
        if head in INSTITUTIONS and _named_body(_drop_determiner(phrase.strip())):
            return self.same_body(phrase) or self.group(phrase, pos), 0.65  # "Lebanon's civil defence"
        if head in ROLE_NOUNS and words[0] in ("a", "an", "the", "one", "another"):
            # "a South Korean lawmaker": the person described that way, the latest before or else the first after
            key = self.described_as(head, words, pos)
            if key:
                return key, 0.55
            if words[0] == "the":  # "Rachel Reeves ... . Speaking on Thursday, the chancellor said": her, if undescribed
                key = self._recent(pos, ("person",), window=400)
                if key and not self.actors[key].description:
                    return key, 0.5
            return self.group(phrase, pos), 0.45  # "one surgeon", "a senior aide": unnamed
        if (head in GROUP_NOUNS or head in DESCRIPTORS) and _drop_determiner(low):
            same = self.same_body(phrase)
            if same:
                return same, 0.7
            return self.group(phrase, pos), 0.6
        return None, 0.3

    def _named_after_modifier(self, word: str, pos: int) -> str | None:
        """Return the latest body before `pos` named right after the adjective `word` ("paramilitary RSF")."""
        doc, n = self.doc, len(word) + 1
        i = bisect_right(self.starts, pos) - 1
        while i >= 0:
            s, e, key = self.spans[i]
            if e <= pos and s > n and doc[s - n:s].lower() == word + " " and not doc[s - n - 1].isalnum() \
                    and self.actors[key].type == "organization":
                return key
            i -= 1
        return None

    def described_as(self, head: str, words: list[str], pos: int) -> str | None:
        """Return the person whose description holds the role `head` and no rank the phrase lacks
        ("the chancellor" is not "the shadow chancellor"): the latest named before `pos`, else the first after;
        "a"/"an" introduces someone new, so one named just after comes first."""
        before, after = (None, -1), (None, len(self.doc) + 1)
        for actor in self.actors.values():
            if actor.type != "person" or not actor.description:
                continue
            desc = actor.description.lower().split()
            if head not in desc or not _RANKS.isdisjoint(set(desc[:desc.index(head)]) - set(words)):
                continue
            own, said = set(desc[:desc.index(head)]) - _GENERIC_MODIFIERS, set(words[1:-1]) - _GENERIC_MODIFIERS
            if own and said and not said <= own:
                continue  # "a ministry spokesperson" is not "an Aemet spokesperson"
            first = min((m.start for m in actor.mentions), default=pos)
            last = max((m.start for m in actor.mentions if m.start < pos), default=-1)
            if last >= 0 and last > before[1]:
                before = (actor.key, last)
            elif last < 0 and first < after[1]:
                after = (actor.key, first)
        if words and words[0] in ("a", "an", "one", "another"):
            # "An official ... told NHK. The official, Sasaki Tomoko, said": someone new, named next if at all
            return after[0] if after[0] and after[1] - pos < 400 else None
        return before[0] or after[0]

    def _named_org_before_head(self, phrase: str, pos: int) -> str | None:
        """Return an organisation named inside a phrase after its possessive owner and before
        lower-case words only ("Germany's KfW development bank" is KfW)."""
        i = bisect_right(self.starts, pos - 1)
        end = pos + len(phrase)
        best = None
        while i < len(self.spans) and self.spans[i][0] < end:
            s, e, key = self.spans[i]
            if e <= end and self.actors[key].type == "organization" and not self.doc.startswith(("'s", "’s"), e) \
                    and self.doc[e:end].strip() and self.doc[e:end].strip().islower():
                best = key
            i += 1
        return best

    def same_body(self, phrase: str) -> str | None:
        """Return the organisation whose name holds every word of a lower-case body phrase.

        "the education ministry" after "the Ministry of Education", "the interior ministry"
        after "Ministry of the Interior".
        """
        words = [w for w in _drop_determiner(phrase.lower()).split() if w not in ("of", "the", "for")]
        if len(words) < 2 or words[-1] not in INSTITUTIONS:
            return None
        needed = set(words)
        for key, actor in self.actors.items():
            if actor.type == "organization" and any(needed <= self._words_of(n) for n in [actor.name, *actor.aliases]):
                return key
        return None

    def possessed_body(self, phrase: str, owner: str) -> bool:
        """Tell whether `phrase` names a body belonging to `owner` rather than the owner itself.

        "the UN's weather and climate agency" is not the UN, "the UK's highest court" not the UK;
        but "Russia's defence ministry" speaks for Russia and "a Nike spokesperson" for Nike.
        """
        if "'s " not in phrase and "’s " not in phrase:
            return False
        head = phrase.lower().split()[-1]
        if head not in DESCRIPTORS or head in _SPEAKS_FOR or head in GROUP_NOUNS:
            return False
        if self.actors[owner].type != "country":
            return True
        typ, kind = DESCRIPTORS[head]
        # why: a ministry or department is a body of its own ("Lebanon's health ministry");
        # only the state's generic organs ("Russia's government", "its military") speak as it
        return typ != "country" and (kind != "military" and head not in _STATE_ORGANS)

    def _previous_speaker(self, pos: int, typ: str) -> str | None:
        """Return the last speaker before `pos` when it spoke in the previous sentence or this one."""
        if not self.speakers:
            return None
        p, key = self.speakers[-1]
        here = bisect_right(self.sentence_starts, pos) - 1
        if p < pos and bisect_right(self.sentence_starts, p) - 1 >= here - 1 and self.actors[key].type == typ:
            return key  # "MSF said ... . The group cautioned": the body that just spoke
        return None

    def _unnamed_body_spoke(self, pos: int) -> bool:
        """Tell whether the last speaker, in this sentence or the one before, is an unnamed body ("the regulator")."""
        key = self._previous_speaker(pos, "group")
        if key is None:
            return False
        head = self.actors[key].name.lower().split()[-1]
        return head in INSTITUTIONS or head in DESCRIPTORS and DESCRIPTORS[head][0] == "organization"

    def _named_for(self, head: str, pos: int) -> str | None:
        """Return the latest organisation before `pos` whose name fits a descriptor of another
        word ("the regulator" is the Financial Conduct Authority, not the Supreme Court)."""
        words = _NAME_WORDS_FOR.get(head)
        if not words:
            return None
        best, best_pos = None, -1
        for key, actor in self.actors.items():
            if actor.type != "organization" or not words & self._words_of(actor.name):
                continue
            last = max((m.start for m in actor.mentions if m.start < pos), default=-1)
            if last > best_pos:
                best, best_pos = key, last
        return best

    def _named_like(self, head: str, pos: int, words: tuple[str, ...] = ()) -> str | None:
        """Return the latest actor or group before `pos` whose name has the noun `head`.

        "the ministry" after "the Ministry of Unification" or "the ministry of health in
        North Darfur"; "the disaster authority" after "National Disaster Management Authority";
        but "the government" is not "the prefectural government" (a level the phrase lacks).
        """
        best, best_pos = None, -1
        for key, actor in self.actors.items():
            if actor.type not in ("organization", "group"):
                continue
            names = [actor.name, *actor.aliases]
            if not any(head in self._words_of(n) for n in names):
                continue
            if not _LEVELS.isdisjoint(set(actor.name.split()) - set(words)):
                continue  # a lower-case level only: "State Emergency Operation Centre" is a name
            last = max((m.start for m in actor.mentions if m.start < pos), default=-1)
            if actor.type == "group":
                last = max((p for p, k in self.speakers if k == key and p < pos), default=-1)
            if last > best_pos:
                best, best_pos = key, last
        for p, key, text in reversed(self.spoken):  # "Lebanon's health ministry said" ... "the ministry"
            if p < pos and p > best_pos and head in text.split() and _LEVELS.isdisjoint(set(text.split()) - set(words)):
                return key
        return best

    def _salient(self, pos: int, types: tuple[str, ...], kind: str = "", window: int = 2500) -> str | None:
        """Return the most mentioned actor of a type before `pos` (ties: the latest); else `_recent`."""
        counts = self._mention_counts(pos, types, kind, window)
        if not counts:
            return self._recent(pos, types, kind)
        # why: "the company" is the firm the story is about: most mentioned, else one known to be of
        # that kind ("Ltd"), else named first
        return max(counts, key=lambda k: (counts[k][0], bool(kind) and self._kind(self.actors[k]) == kind,
                                          -self.actors[k].mentions[0].start))

    def _subject_of_kind(self, pos: int, typ: str, kind: str) -> str | None:
        """Return the body that opens the sentence holding `pos` when it is of `kind`
        ("Kyushu Railway Co. suspended services ..., the operator said": the railway)."""
        if not kind:
            return None
        start = self.sentence_starts[bisect_right(self.sentence_starts, pos) - 1]
        i = bisect_left(self.starts, start)
        if i < len(self.spans) and self.spans[i][0] <= start + 4 and self.spans[i][1] <= pos:
            actor = self.actors[self.spans[i][2]]
            if actor.type == typ and self._kind(actor) == kind:
                return actor.key
        return None

    def _mention_counts(self, pos: int, types: tuple[str, ...], kind: str, window: int) -> dict[str, list[int]]:
        """Count the mentions before `pos` of each actor of `types` and `kind` (or of no known kind, for a lenient kind)."""
        counts: dict[str, list[int]] = {}
        i = bisect_right(self.starts, pos) - 1
        while i >= 0 and pos - self.spans[i][0] < window:
            key = self.spans[i][2]
            actor = self.actors[key]
            if self.spans[i][1] <= pos and actor.type in types and (
                    not kind or self._kind(actor) == kind or kind in _LENIENT_KINDS and not self._kind(actor)):
                c = counts.setdefault(key, [0, self.spans[i][0]])
                c[0] += 1
            i -= 1
        return counts

    def note_speaker(self, pos: int, key: str | None, text: str | None = None) -> None:
        """Remember that `key` spoke at `pos` (recent speakers win pronouns), written as `text`."""
        if key:
            self.speakers.append((pos, key))
            if text:
                self.spoken.append((pos, key, text.lower()))

    def used_groups(self, keys: set[str]) -> list[Actor]:
        """Return the group actors that ended up as speakers."""
        return [a for a in self.groups.values() if a.key in keys]


def _named_body(name: str) -> str | None:
    """Return the body a lower-case phrase names without its owner ("health ministry" for
    "Lebanon's health ministry"), or None when it is not one body ("officials", "the ministry")."""
    rest = _POSSESSIVE.sub("", name)
    words = rest.split()
    if len(words) < 2 or words[-1] not in INSTITUTIONS or not all(w.islower() or w[:1].isupper() for w in words):
        return None
    if words[0].lower() in _KIND_MODIFIERS or words[0].lower() in _POSSESSIVE_PRONOUNS \
            or any(not w.replace("-", "").isalpha() or w in ("and", "or") or w.endswith("est") for w in words):
        return None  # "his office", "the UK's highest court", "the weather and climate agency": descriptions
    return rest
