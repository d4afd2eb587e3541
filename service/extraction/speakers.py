"""Speakers: the quotes of a document and who a cue's subject, or the name after it, refers to."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .coref import GROUP_NOUNS, INSTITUTIONS, Resolver
from .cues import strip_fillers
from .names import COMMON_ACRONYMS, DESCRIPTORS, ROLE_NOUNS, TITLES, _alternation, title_prefix_len
from .types import Sentence

_OPEN, _CLOSE = "“\"«", "”\"»"
_TRIM_START, _TRIM_END = " ,:;\n" + _OPEN + _CLOSE, " ,.;:\n" + _OPEN + _CLOSE
# "SEOUL, Nov. 25 (Yonhap) --", "KYIV, Ukraine (AP) —", "WASHINGTON -": a place in capitals, a dash
_DATELINE = re.compile(r"[A-Z][A-Z'.-]+(?:[ -][A-Z][A-Z'.-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:\s+\d{1,2})?)?"
                       r"\s*(?:\([^)]{1,30}\))?\s*(?:--|[—–-])\s+")
_STUDY_BY = re.compile(r"\b(?:[Mm]odell?ing|[Aa]nalysis|[Rr]esearch|[Dd]ata|[Ff]igures|[Ee]stimates|[Ss]tatistics|"
                       r"[Cc]alculations|[Pp]rojections|[Ss]tudy|[Ss]urvey|[Pp]oll|[Rr]eport)\s+"
                       r"(?:(?:conducted|commissioned|carried\s+out|compiled|published|released)\s+)?(?:by|from|of)\s+")
_DATA_NOUN_END = re.compile(r"\s+(?:data|figures|statistics|numbers|estimates|survey|poll|report|study|analysis|"
                            r"records|census|projections|forecasts?|tally|count|modelling|modeling)(?:\s+[\w-]+){0,3}$")
_PLACE_AFTER_IN = re.compile(r"\b(?:in|from|of|near)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$")
_CAPITALISED_PLACE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
# Nouns of an appositive that restates the content before it: "..., X reported, a figure critics call small"
RESTATING_NOUNS = frozenset("figure number rise increase drop decline fall jump level record total tally toll sum move "
                            "step".split())
_BRACKET_END = re.compile(r"\s*\([A-Z][\w&.-]*\)$")
_OWNER_TAIL = re.compile(r"(?:['’]s|\s*\([A-Z][\w&.-]*\))(?:\s+[a-z-]+){0,2}$")
_POSSESSIVE_DESCRIPTOR = re.compile(r"\b((?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z]+(?:\s+[a-z]+)?)['’]s(?:\s+[a-z-]+){0,2}$")
_RELATIVE_END = re.compile(r",\s*(?:who|which)$")
_PRONOUN_END = re.compile(r"\b(he|she|they|it|He|She|They|It)\s*$")
_NP_STOP = frozenset("that and but which who when while because if as so of in on at to for with by from "
                     "after before said says told though although whereas where since unless until whether".split())
_QUOTE_CHARS = frozenset("“”\"«»")
_APPOSITIVE_CAP = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+[a-z]")  # "Israel's main ally"
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative", "official", "officials",
                     "spokespeople", "source", "sources"})
_NOT_NOUN = frozenset("is are was were has have had be been will would can could may might must should said "
                      "says told also not".split())
_DET_NP_END = re.compile(r"(?:^|(?<=[\s,(]))(?:[Tt]he|[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any)\s+"
                         r"(?:[\w'’/-]+\s+){0,3}[a-z][\w'’-]*$")
_ROLE_ALT = _alternation({*ROLE_NOUNS, *GROUP_NOUNS, *(d for d in DESCRIPTORS if " " not in d)})
_PARTICIPLE_TAIL = re.compile(r"\s+(?:released|published|conducted|issued|carried out|commissioned|cited|seen)"
                              r"\b[^,]{0,60}$")
_PARTICIPLES = ("released", "published", "conducted", "issued", "carried out", "commissioned", "cited", "seen")
_DATA_NOUNS = frozenset("data figures statistics numbers estimates survey poll report study analysis records census "
                        "projections forecast forecasts tally count modelling modeling".split())  # _DATA_NOUN_END's
# _STUDY_BY's nouns without their first letter, the only one it reads in either case
_STUDY_TAILS = ("odelling", "odeling", "nalysis", "esearch", "ata", "igures", "stimates", "tatistics", "alculations",
                "rojections", "tudy", "urvey", "oll", "eport")
_LEAD_PRONOUN = re.compile(r"\s*(?:He|She|It|They)\b")
_COORDINATED = re.compile(r"[a-z”\"’)]\s+(?:but|and|yet)\s*$")
_COORD_CLAUSE = re.compile(r"(?:,|\b(?:he|she|they|it|who|which|that))\s+(?:but|and|yet)\s*$|"
                           r"\b(?:but|and|yet)\s+(?:[A-Z]\w*|the|a)\b[^,]*\s+(?:but|and|yet)\s*$")
_HEAD_WORD = re.compile(r"\b(?i:" + _ROLE_ALT + r")\b")
_HEAD_WORDS = frozenset({*ROLE_NOUNS, *GROUP_NOUNS, *(d for d in DESCRIPTORS if " " not in d)})  # one \w+ word each
_WORD_RUN = re.compile(r"\w+")
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # non-ASCII letters re.I matches to ASCII ones
_PREP_WORD = re.compile(r"\s(?:of|for|at|from|in|with|to|on|living|based|who|representing)\s")
_PP_BREAKS = (",", ";", ":", "“", "”", '"')  # characters a _DESCRIPTOR_PP phrase never spans
_PP_END = re.compile(r"\s+(?:of|at|from|for|with|in)\s+(?:the\s+)?[^,]{1,60}$")
_SOURCE_NOUNS = frozenset("""report study survey poll assessment analysis statement review audit investigation inquiry
prosecution defence defense court tribunal panel jury board authority watchdog regulator center centre department
office agency ministry service network website tracker monitor observatory group coalition alliance campaign charity
union committee council commission institute university hospital body mission team unit force forces police army
military navy government administration cabinet presidency embassy consulate company firm bank lender fund insurer
operator airline carrier manufacturer maker producer exporter importer retailer developer startup spokesperson
spokesman spokeswoman publication newspaper paper outlet broadcaster agency wire data figures statistics tally
count estimate estimates projection projections forecast forecasters model index release bulletin document memo
letter filing records minutes survey census pollster judge justice modelling modeling research""".split())
_OF_BEFORE = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?(?:(?:ruling|main|opposition|governing|conservative|"
                        r"liberal|centre-right|centre-left|center-right|center-left|far-right|left-wing|right-wing|"
                        r"[A-Z][\w.]*-based|[a-z]+-based)\s+)?$")  # "of the Munich-based Ifo Institute"
_DESCRIPTOR_PP = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+|(?=[A-Z][a-z]+s\s))(?P<pre>(?:[\w'’-]+\s+){0,3}?)(?P<head>(?i:" + _ROLE_ALT
    + r"))\s+(?:of|for|at|from|in|with|to|on|living|based|who|representing)\s+[^,;:“”\"]{2,120}$")
# A company or acronym subject that actor recognition missed: "Kansai Electric Power Co.", "the NHC"
_UNKNOWN_ORG = re.compile(r"(?:^|(?<=[\s(]))(?P<n>(?:[A-Z][\w&'’.-]*\s+){0,5}(?:Co|Corp|Inc|Ltd|Cos)\.|"
                          r"(?:[A-Z][\w&'’.-]*\s+){1,5}(?:LLC|PLC|plc|Ltd|Group|Holdings|AG|SE|NV)|"
                          r"[A-Z][A-Z0-9&]{1,6})$")
# "expect X, but warned that": the cue follows the conjunction straight after a clause
# with no subject of its own, so it shares the sentence's subject
_SHARED_SUBJECT = re.compile(r"[a-z%\d]\s*,\s+(?:but|and|yet)\s*$")
# Role words between a body and a person's name: " legislator ", "'s chief economist "
_LOWER_ROLE_RUN = re.compile(r"(?:\s+[a-z][\w-]*){0,3}\s+(?:" + _alternation({*ROLE_NOUNS, *(t.lower() for t in TITLES)})
                             + r")\s+")
_ROLE_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}(?i:" + _alternation(ROLE_NOUNS) + r")\s*,?\s+")
_FAMILIAR_SOURCE = re.compile(r"(?:(?<=\s)|^)(?:(?:a|an|the|one|two|three|four|several|some|other)\s+)?(?:[a-z]+\s+)?"
                              r"(?:person|people|source|sources|official|officials|insider|insiders)\s+"
                              r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
                              r"involved\s+in|aware\s+of)\s+[^,;“”\"]{1,60}$")
_FAMILIAR_WORDS = ("familiar", "close", "briefed", "knowledge", "involved", "aware")  # one is in every match
_OPEN_RE = re.compile("[" + _OPEN + "]")
_CLOSE_RE = {True: re.compile("[”\"]|\n(?!“)"), False: re.compile("»|\n(?!“)")}
def find_quotes(doc: str) -> list[tuple[int, int]]:
    """Return the inner spans of quotations; an unclosed quote runs to its paragraph end."""
    spans, i, n = [], 0, len(doc)
    while i < n:
        m = _OPEN_RE.search(doc, i)
        if not m:
            break
        i = m.start()
        c = doc[i]
        if c == '"' and i > 0 and doc[i - 1].isalnum():
            i += 1
            continue
        close = _CLOSE_RE[c in "“\""].search(doc, i + 1)
        j = close.start() if close else n
        if j < n and doc[j] == "\n":  # a quote paragraph without a closing mark
            spans.append((i + 1, j))
            i = j
            continue
        spans.append((i + 1, min(j, n)))
        i = j + 1
    return spans


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Tell whether one of `words` occurs in `text` (a cheap test before a pattern that needs one)."""
    for word in words:
        if word in text:
            return True
    return False


def strip_participle_tail(text: str) -> str:
    """Return _PARTICIPLE_TAIL.sub("", text), skipping the scan when no participle ends near the end."""
    # why: a match runs to the end (or a final newline) and its participle ends at most 61 characters before it
    return _PARTICIPLE_TAIL.sub("", text) if _holds_any(text[-80:], _PARTICIPLES) else text


def _study_by(text: str):
    """Return _STUDY_BY.search over the last 120 characters of `text`, skipping it when no study noun is there."""
    return _STUDY_BY.search(text, max(0, len(text) - 120)) if _holds_any(text[-120:], _STUDY_TAILS) else None


def _has_head_word(text: str, pos: int) -> bool:
    """Tell whether _HEAD_WORD finds a role, group or descriptor noun in text[pos:]."""
    if pos and _WORD_RUN.match(text, pos - 1) or not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text):
        return _HEAD_WORD.search(text, pos) is not None
    # why: each head noun is one lower-case ASCII word, so the pattern matches exactly the
    # words (\w+ runs) that lower-cased are in the set; a set test beats the case-insensitive scan
    return not _HEAD_WORDS.isdisjoint(_WORD_RUN.findall(text.lower(), pos))



def _first_comma(text: str) -> int:
    """Return the first comma that is no digit-group separator ("190,000"), or -1."""
    k = text.find(",")
    while k > 0 and text[k - 1].isdigit() and text[k + 1:k + 2].isdigit():
        k = text.find(",", k + 1)
    return k


def _last_comma(text: str, end: int) -> int:
    """Return the last comma before `end` that is no digit-group separator ("190,000"), or -1."""
    k = text.rfind(",", 0, end)
    while k > 0 and text[k - 1].isdigit() and text[k + 1:k + 2].isdigit():
        k = text.rfind(",", 0, k)
    return k

class SpeakerReader:
    """Resolve the speaker written around a cue; know the document's quotes and sentences."""

    def __init__(self, doc: str, sentences: list[Sentence], resolver: Resolver):
        self.doc, self.sentences, self.res = doc, sentences, resolver
        self.quotes = find_quotes(doc)
        self.quote_starts = [s for s, _ in self.quotes]
        self.sent_starts = [s.start for s in sentences]

    # -- helpers -------------------------------------------------------------
    def quote_at(self, pos: int) -> tuple[int, int] | None:
        """Return the quote span containing `pos`."""
        i = bisect_right(self.quote_starts, pos) - 1
        if i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def sentence_of(self, pos: int) -> Sentence:
        """Return the sentence that contains `pos`."""
        return self.sentences[max(0, bisect_right(self.sent_starts, pos) - 1)]

    def quoted_share(self, s: int, e: int) -> float:
        """Return the share of [s, e) inside quotation marks."""
        # the quotes are in order and apart: only those from the one holding s up to e overlap
        lo = max(0, bisect_right(self.quote_starts, s) - 1)
        hi = bisect_left(self.quote_starts, e)
        inside = sum(max(0, min(e, b) - max(s, a)) for a, b in self.quotes[lo:hi] if a < e and b > s)
        return inside / max(1, e - s)

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        """Trim spaces, commas, quote marks, a leading dateline and the final stop from [s, e)."""
        doc = self.doc
        while s < e and doc[s] in _TRIM_START:
            s += 1
        if doc[s:s + 2].isupper() and (s == 0 or doc[s - 1] == "\n") and (dateline := _DATELINE.match(doc, s, e)):
            s = dateline.end()  # "SEOUL, Nov. 25 (Yonhap) -- North Korea has sent ...": the content starts after it
        while e > s and doc[e - 1] in _TRIM_END:
            e -= 1
        return s, e

    # -- speakers ------------------------------------------------------------
    def speaker_before(self, sent: Sentence, end: int) -> tuple[str | None, str | None, float]:
        """Resolve the subject that ends at doc offset `end` (just before the cue)."""
        text = self.doc[sent.start:end]
        bare_comma = False  # "…, a bridge, said X": the phrase before the comma is content
        # why: the pattern ends in but/and/yet; testing the last word first skips the regex scan
        if text[-60:].rstrip().endswith(("but", "and", "yet")) and (
                _COORDINATED.search(text[-60:]) and not _COORD_CLAUSE.search(text[-60:])
                or _SHARED_SUBJECT.search(text[-60:])):
            # "Kim, the head of ..., welcomed the measure but said that ...": the clause's subject
            prior = self.res.spoken[-1] if self.res.spoken and sent.start <= self.res.spoken[-1][0] < end else None
            if prior:  # "X said A and warned B": the first cue's speaker
                return prior[1], prior[2], 0.7
            key = self.res.first_mention_in(sent.start, end)
            if key and self.res.actors[key].type != "group":
                s0, e0 = next((s, e) for s, e, k in self.res.spans if k == key and s >= sent.start)
                if s0 - sent.start < 40:
                    return key, self.doc[s0:e0], 0.7
            lead = _LEAD_PRONOUN.match(text)
            if lead:  # "He declined to estimate the cost but acknowledged ...": he
                return self.speaker_before(sent, sent.start + lead.end())
        for _ in range(4):
            cut = max(0, len(text) - 120)  # why: the pattern is anchored at the end; scan the tail only
            tail = text[cut:]
            stripped = strip_fillers(tail)
            if stripped is not tail:  # why: most subjects end in no filler; keep the string as it is
                text = text[:cut] + stripped
            text = text.rstrip()
            if text.endswith(","):
                inner = _last_comma(text, len(text) - 1)
                segment = text[inner + 1:-1].strip()
                named = self.res.mention_ending_at(sent.start + len(text) - 1, slack=0)
                if inner > 0 and named and self.res.actors[named[1]].type != "person" \
                        and re.fullmatch(r"(?:the)?", self.doc[sent.start + inner + 1:named[0]].strip(), re.I):
                    # "The union that represents the workers, the IBEW, said": the name
                    return named[1], self.doc[named[0]:sent.start + len(text) - 1], 0.85
                if inner > 0 and (re.match(r"(?:who|which|whose|a|an|the|\d|[a-z])", segment)
                                  or _APPOSITIVE_CAP.match(segment)):
                    text = text[:inner].rstrip()  # an appositive: "Chernyak, spokesperson for ..., told"
                    text = self._earlier_appositives(sent, text)
                else:
                    text = text[:-1].rstrip()  # "one of the soldiers, Lee (26), told"
                    bare_comma = True
                continue
            if text.endswith(")"):  # "Lee (26) said"
                inner = self.res.mention_ending_at(sent.start + len(text) - 1, slack=0)
                if inner and inner[0] > sent.start + text.rfind("("):
                    return inner[1], self.doc[inner[0]:sent.start + len(text) - 1], 0.9  # "... (OCHA) said"
                text = text[:text.rfind("(")].rstrip()
                continue
            lo = len(text) - 120 if len(text) > 120 else 0
            # why: the costly pattern needs one of a few words; most subjects hold none
            familiar = _FAMILIAR_SOURCE.search(text, lo) if _holds_any(text[lo:], _FAMILIAR_WORDS) else None
            if familiar:  # "a person familiar with the plans said": an unnamed source
                at = sent.start + familiar.start()
                return self.res.group(familiar.group(0), at), familiar.group(0), 0.6
            found = self._body_spokesperson(sent, text) or self._data_source(sent, text)
            if found:
                return found
            m = self.res.mention_ending_at(sent.start + len(text), slack=0)
            # why: a descriptor yields to a person's name ending the subject; skip its scans then
            desc = self._descriptor_np(sent.start, text) \
                if not (m and self.res.actors[m[1]].type == "person") else None
            if desc:
                return desc
            if m:
                s, key = m
                if self.res.actors[key].type != "person":
                    of = _OF_BEFORE.search(self.doc, max(sent.start, s - 30), s)
                    owner = self.res.mention_ending_at(of.start(), slack=0) if of else None
                    if owner and self.res.actors[owner[1]].type == "person":
                        # "Professor Yang Moo-jin of the University of ... said": the person
                        return owner[1], self.doc[owner[0]:of.start()], 0.85
                    if owner and self.res.actors[owner[1]].type == "organization" and of.group(0).strip() == "of":
                        # "The General Staff of Ukraine's Armed Forces reported": the General Staff
                        return owner[1], self.doc[owner[0]:sent.start + len(text)], 0.8
                return key, self.doc[s:sent.start + len(text)], 0.9
            rel = _RELATIVE_END.search(text, max(0, len(text) - 12)) if text.endswith(("who", "which")) else None
            if rel:  # "according to Coroner Janet Pruitt, who said ...": the name before "who"
                named = self.name_ending_at(sent.start, text, rel.start())
                if named:
                    return named[1], self.doc[named[0]:sent.start + rel.start()], 0.8
            # why: the pattern ends in a pronoun and spaces; test the last letters first
            p = _PRONOUN_END.search(text, max(0, len(text) - 8)) \
                if text[-8:].rstrip().endswith(("he", "ey", "it", "He", "It")) else None
            if p:
                key = None
                if p.group(1).lower() in ("he", "she") and sent.index > 0:
                    # The speaker of the previous sentence, else its subject, is the likeliest "he".
                    prev = self.sentences[sent.index - 1]
                    key = self.res.speaker_between(prev.start, sent.start + p.start(), ("person",)) \
                        or self.res.subject_before(prev.end, prev.start, ("person",))
                    if key is None:  # "A second source, a local official, put the toll at 64. He said": that source
                        unnamed = self.res.speaker_between(prev.start, sent.start + p.start(), ("group",))
                        if unnamed and self.res.actors[unnamed].name.lower().split()[-1] in ROLE_NOUNS:
                            key = unnamed
                    if key is None:  # nobody spoke just before: the person named last, if named lately
                        near = self.sentences[max(0, sent.index - 2)].start
                        if self.res.speaker_between(near, sent.start + p.start(), ("person",)) is None:
                            key = self.res.last_mention_between(near, sent.start + p.start(), ("person",))
                if key is None and p.group(1) in ("It", "it") and p.start() == 0 and sent.index > 0:
                    # "The ICA declared a catastrophe ... . It said": the body that spoke or opened the sentence before
                    prev = self.sentences[sent.index - 1]
                    bodies = ("organization", "country")
                    key = self.res.speaker_between(prev.start, sent.start, bodies) \
                        or self.res.subject_before(prev.end, prev.start, bodies)
                if key:
                    return key, p.group(1), 0.75
                if p.group(1) == "it" and p.start() > 0:  # "The city began a programme, which it estimates will cost"
                    key = self.res.first_mention_in(sent.start, sent.start + p.start())
                    if key and self.res.actors[key].type in ("organization", "country") \
                            and self.res.speaker_between(sent.start, sent.start + p.start(), ("organization", "country")) is None:
                        return key, p.group(1), 0.7
                key, conf = self.res.resolve_phrase(p.group(1), sent.start + p.start())
                return key, p.group(1), conf
            pp = _PP_END.search(text, max(0, len(text) - 80))
            if pp and self.res.mention_ending_at(sent.start + pp.start()):
                text = text[:pp.start()]  # "Lee Seong-kweun of the parliamentary committee said"
                continue
            np = self._np_at_end(text)
            if np:
                key, conf = self.res.resolve_phrase(np, sent.start + len(text) - len(np))
                return key, np, conf
            np = None if bare_comma else self._determiner_np(text)
            if np:  # "the prosecution", "a UN-backed assessment": a speaker we cannot name
                at = self.doc.rfind(np, sent.start, sent.start + len(text))
                inside = self.res.first_org_in(at, at + len(np)) if at >= 0 else None
                if inside and not self.res.possessed_body(np, inside):  # "A Reuters/Ipsos poll released on Monday found"
                    return inside, np, 0.7
                key, conf = self.res.resolve_phrase(np, at if at >= 0 else sent.start)
                if key:
                    return key, np, conf
                return self.res.group(np, sent.start), np, 0.5
            pp = _PP_END.search(text, max(0, len(text) - 80))
            if pp:  # "Lee Seong-kweun of the parliamentary intelligence committee said"
                text = text[:pp.start()]
                continue
            org = _UNKNOWN_ORG.search(text, max(0, len(text) - 80))
            if org and org.group("n") not in COMMON_ACRONYMS:
                return self.res.named_org(org.group("n"), sent.start + org.start("n")), org.group("n"), 0.6
            break
        return None, None, 0.0

    def _body_spokesperson(self, sent: Sentence, text: str) -> tuple[str, str, float] | None:
        """Resolve "A Department of Health and Social Care spokesperson": the body named right before the role."""
        last = text.rsplit(None, 1)
        if len(last) < 2 or last[1].lower() not in _SPOKES or last[1].lower() in GROUP_NOUNS:
            return None
        named = self.res.mention_ending_at(sent.start + len(last[0]), slack=0)
        if named and self.res.actors[named[1]].type in ("organization", "country"):
            return named[1], self.doc[named[0]:sent.start + len(text)], 0.8
        return None

    def _data_source(self, sent: Sentence, text: str) -> tuple[str, str, float] | None:
        """Resolve a subject that is a body's data or study: "Modelling by Electoral Calculus",
        "figures from the Australian Bureau of Statistics (ABS) last week", "Eurostat data",
        "the bank's updated forecasts, released alongside the decision,"."""
        text = strip_participle_tail(text)
        study = _study_by(text)
        if study and "," not in text[study.end():]:
            key = self.res.head_mention_in(sent.start + study.end(), sent.start + len(text))
            if key and self.res.actors[key].type in ("organization", "country"):
                return key, text[study.start():].strip(), 0.8  # "figures from the ABS last week showed"
        # why: the noun is one of the last four words; look it up before the costly search
        data = _DATA_NOUN_END.search(text, max(0, len(text) - 40)) \
            if not _DATA_NOUNS.isdisjoint(text[-40:].split()[-4:]) else None
        if not data:
            return None
        # "Eurostat data", "the USGS's modeling", "the IMF's latest forecasts", "Ministry of Manpower (MOM) data"
        owner_end = _OWNER_TAIL.search(text, max(0, data.start() - 40), data.start())
        owner = self.res.mention_ending_at(sent.start + (owner_end.start() if owner_end else data.start()), slack=0)
        if owner and self.res.actors[owner[1]].type != "person":
            return owner[1], self.doc[owner[0]:sent.start + len(text)], 0.8  # "Eurostat data show"
        poss = _POSSESSIVE_DESCRIPTOR.search(text, max(0, data.start() - 40), data.start())
        if poss:  # "the bank's updated forecasts show": the bank meant
            key, conf = self.res.resolve_phrase(poss.group(1), sent.start + poss.start(1))
            if key:
                return key, text[poss.start(1):].strip(), min(conf, 0.7)
        return None

    def name_ending_at(self, base: int, text: str, at: int) -> tuple[int, str] | None:
        """Return (start, key) of the mention ending at text[at], or before a bracketed acronym there
        ("the Group for the Support of Islam and Muslims (JNIM), which said")."""
        bracket = _BRACKET_END.search(text, max(0, at - 14), at) if text[at - 1:at] == ")" else None
        return self.res.mention_ending_at(base + (bracket.start() if bracket else at), slack=0)

    def _earlier_appositives(self, sent: Sentence, text: str) -> str:
        """Strip the appositives left before a stripped one when a person's name precedes them.

        "Marylise Gautier, head of the CFDT, the largest union, said" and "Kerry Evans, 67, who
        lost her home, told" name the person before the first comma.
        """
        while True:
            k = _last_comma(text, len(text))
            if k <= 0:
                return text
            segment = text[k + 1:].strip()
            named = self.res.mention_ending_at(sent.start + len(text[:k].rstrip()), slack=0)
            if not named or self.res.actors[named[1]].type != "person" \
                    or not re.match(r"(?:who|a|an|the|\d{1,3}$|[a-z])", segment):
                return self._person_before_appositives(sent, text)
            text = text[:k].rstrip()

    def _person_before_appositives(self, sent: Sentence, text: str) -> str:
        """Return the person's name before a chain of appositives that holds a place ("Mara Lindgren, 34,
        a logistics coordinator in Columbus, Ohio"), or `text` when the chain is not that."""
        first = _first_comma(text)
        if first <= 0:
            return text
        named = self.res.mention_ending_at(sent.start + len(text[:first].rstrip()), slack=0)
        if not named or self.res.actors[named[1]].type != "person":
            return text
        previous = ""
        for segment in (p.strip() for p in text[first + 1:].split(",")):
            place = _PLACE_AFTER_IN.search(previous) and _CAPITALISED_PLACE.fullmatch(segment)
            if not place and not re.match(r"(?:who|a|an|the|\d|[a-z])", segment):
                return text
            previous = segment
        return text[:first].rstrip()

    def _np_at_end(self, text: str) -> str | None:
        """Return a group or descriptor phrase ending `text` ("Western media", "the agency")."""
        words = text.split()
        if not words:
            return None
        head = words[-1].lower().strip(",")
        if head not in GROUP_NOUNS and head not in DESCRIPTORS and head not in ROLE_NOUNS and head not in INSTITUTIONS:
            return None
        i = len(words) - 1
        while i > 0 and len(words) - i < 5:
            prev = words[i - 1]
            if prev == "and" and i > 1 and words[i - 2].isalpha() and words[i - 2].islower() \
                    and words[i].islower():
                i -= 2  # "the UN's weather and climate agency"
                continue
            if prev.lower() in _NP_STOP or prev.endswith((",", ":")) or _QUOTE_CHARS & set(prev) \
                    or prev.lower() in RESTATING_NOUNS:
                break  # "a figure critics say": the critics
            i -= 1
        return " ".join(words[i:]).lstrip("".join(_QUOTE_CHARS))

    @staticmethod
    def _determiner_np(text: str) -> str | None:
        """Return a short "the/a ..." noun phrase ending `text`, or None."""
        text = strip_participle_tail(text)
        m = _DET_NP_END.search(text[-80:])
        if not m:
            return None
        words = m.group(0).split()
        if any(w.lower() in _NP_STOP or w.lower() in _NOT_NOUN for w in words[1:]):
            return None
        head = words[-1].lower()
        if head not in _SOURCE_NOUNS and head not in ROLE_NOUNS and head not in GROUP_NOUNS \
                and head not in DESCRIPTORS:
            return None  # "the remaining six expected", "a contract worth a reported ...": not a source
        return m.group(0)

    def _descriptor_np(self, base: int, text: str):
        """Resolve "the leader of a group of defectors in Busan" / "a spokesperson for X" ending `text`.

        A spokesperson speaks for the organisation or country named inside the phrase; any
        other unnamed person is kept as a group named by the whole descriptor (never the
        country that happens to be named inside it).
        """
        tail = text[-160:]
        # why: the full pattern is costly and most subjects are plain names; its head word and
        # preposition follow the last , ; : or quote mark, so only that stretch is checked first
        after = max(map(tail.rfind, _PP_BREAKS)) + 1
        if not _PREP_WORD.search(tail, after) or not _has_head_word(tail, after):
            return None
        m = _DESCRIPTOR_PP.search(tail)
        if not m:
            return None
        last = self.res.mention_ending_at(base + len(text), slack=0)
        if last and self.res.actors[last[1]].type == "person":
            return None  # "The head of GUR Kyrylo Budanov said": the name is the speaker
        if last and self.res.actors[last[1]].type == "organization" and last[0] <= base + len(text) - len(m.group(0)):
            return None  # "the maritime prefecture for the Channel and North Sea": one body's whole name
        phrase = m.group(0).strip()
        start = base + len(text) - len(m.group(0)) + (len(m.group(0)) - len(m.group(0).lstrip()))
        head = m.group("head").lower()
        if head not in GROUP_NOUNS and (m.group("head")[0].isupper()
                                        or any(w[:1].isupper() for w in m.group("pre").split())):
            return None  # "the Office for National Statistics": a proper name, not a descriptor
        if head in GROUP_NOUNS and m.group(0).split()[0].lower() not in ("the", "a", "an", "one", "another"):
            key = self.res.first_org_in(start, base + len(text), skip_owner=True)
            if key and re.match(r"\s+(?:at|from|with|of)\s", text[len(text) - len(m.group(0)) + m.end("head") - m.start():]):
                return key, phrase, 0.8  # "Analysts at Capital Economics said": the firm
        if head in _SPOKES:
            key = self.res.first_org_in(start, base + len(text))
            if key:
                return key, phrase, 0.8
        if head in GROUP_NOUNS:
            key = self.res.first_org_in(start, start + len(m.group("pre")) + len(m.group("head")) + 1)
            if key:
                return key, phrase, 0.8
            return self.res.group(m.group("head"), start), phrase, 0.55
        if head in ROLE_NOUNS and phrase[:2].lower() in ("a ", "an"):
            words = (phrase.lower().split()[0], *m.group("pre").lower().split(), head)
            key = self.res.described_as(head, list(words), start)
            if key:  # "An official in charge of ... told NHK" ... "The official, Sasaki Tomoko, said"
                return key, phrase, 0.55
        return self.res.group(phrase, start), phrase, 0.5

    def speaker_after(self, pos: int, limit: int = 2) -> tuple[str | None, str | None, int, float]:
        """Resolve a speaker written right after the cue ("said Naomi Fink")."""
        m = self.res.mention_starting_at(pos, limit)
        if m is None:
            words = self.doc[pos:pos + 60].split()[:4]
            n = title_prefix_len(words)  # "said Dr Amadou Keita", "said Rep. Kim Tae-yun"
            if n and n < len(words):
                m = self.res.mention_starting_at(self.doc.find(words[n], pos), 0)
            if m is None:  # "said state election commissioner Deepak Kulkarni": a role in lower case
                person = self.res.next_mention_of(pos, 50, ("person",))
                if person and _LOWER_ROLE_RUN.fullmatch(self.doc, pos, person[0]):
                    m = person[1], person[2]
        if m:
            end, key = m
            if self.res.actors[key].type != "person":
                person = self.res.next_mention_of(end + 1, 40, ("person",))
                if person \
                        and _ROLE_BETWEEN.fullmatch(self.doc, end, person[0]):
                    # "said Congress legislator Debabrata Gogoi": the person, with the body in the role
                    return person[2], self.doc[pos:person[1]].strip(), person[1], 0.85
            return key, self.doc[pos:end].strip(), end, 0.9
        rest = self.doc[pos:pos + 80]
        p = re.match(r"\s*(he|she|they|it)\b", rest)
        if p:
            key, conf = self.res.resolve_phrase(p.group(1), pos)
            return key, p.group(1), pos + p.end(), conf
        d = re.match(r"\s*((?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w-]+)(?=[,.;]|\s+(?:on|in|at|that|to)\b|$)", rest)
        if d:
            key, conf = self.res.resolve_phrase(d.group(1), pos)
            if key or d.group(1).split()[-1].lower() in GROUP_NOUNS:
                return key, d.group(1), pos + d.end(), conf
        return None, None, pos, 0.0
