"""Find claims: reporting cues, their speakers and the content they attribute."""
from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache

from .coref import GROUP_NOUNS
from .cues import ACCORDING_RE, AUXILIARY_BEFORE_RE, CUE_FRAME, CUE_RE, PASSIVE_BY_RE, cue_matches
from .lexicon import load_set
from .names import DESCRIPTORS, KNOWN, ROLE_NOUNS
from .speakers import _DESCRIPTOR_PP, _OPEN, _SPOKES, RESTATING_NOUNS, SpeakerReader, strip_participle_tail
from .types import Claim, Sentence

_THAT_AFTER = re.compile(r"^([^\"“”.;:]{0,90}?)\bthat\b[,]?\s*")
_QUOTE_AFTER = re.compile(r"^[^\"“”;]{0,90}?[,:]\s*(?=[\"“])")
_ADVERBIAL = re.compile(
    r"(?:\s*,)?\s*(?:(?:on|in|at|during|late on|early on|last|this|earlier|later|via|through|after|before)"
    r"\s+(?:a |an |the |his |her |its |their )?[\w.,'’ -]{0,40}?(?:day|week|month|year|statement|interview|"
    r"conference|briefing|post|message|speech|address|letter|report|meeting|telegram|X|Telegram|"
    r"Facebook|television|TV|radio|\d{4})\b|(?:also|officially|publicly|again|repeatedly|earlier|later|"
    r"(?:late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|"
    r"overnight)\b))\s*,?")
_NOUN_CUES = frozenset("state report note estimate claim comment post answer reply forecast tweet remark "
                       "caution stress project find".split())
_NOUN_PLURALS = frozenset("reports claims estimates notes states comments posts answers replies forecasts "
                          "tweets remarks projects findings".split())
# "The government forecast the economy would grow": a clause follows, so the cue is a verb
_CLAUSE_NEXT = re.compile(r"\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:would|will|could|might|may|had|has|have)\s")
_NOUN_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|these|those|some|many|recent|media|news|"
                              r"earlier|previous|unconfirmed|official|initial|such|local|press|other|several|all|both|"
                              r"member|Gulf|Arab|Baltic|island|nation|Western|Eastern|Northern|Southern|Pacific|US|U\.S\.|"
                              r"two|three|four|five|six|seven|eight|nine|ten|dozen|\d[\d,.]*)\s+$", re.I)
_MESSAGE_BEFORE = re.compile(r"\b(?:statement|message|post|video|letter|report|note|comment|remarks|interview|"
                             r"document|photo|photos|footage|images?)\s+$")
_SPLIT_QUOTE = re.compile(r"[^“\".;]{0,60}?,\s*[“\"]")
_MID_REST = re.compile(r"\s*,\s*(?!(?:[a-z]+ing|a|an|according|as|but|and|which|who|while|after|"
                       r"when|although|though|before|because|amid|in|on|at)\b)[a-z][^“\"]{8,}$")
_RELATIVE_WHO = re.compile(r",\s*(?:who|which)\s+$")
# "forecast that", "forecast in May that", 'noted: "': a cue word used as a verb
_THAT_OR_QUOTE_NEXT = re.compile(r"\s+(?:(?:in|on|last|this|earlier|late|early)\s+[\w.]+(?:\s+\d{1,4})?,?\s+)?that\b|"
                                 r"\s*[,:]?\s*[“\"]")
# What a participle cue's content opens with: "that", a quote, a subject, or a number ("saying between 300 ...")
_PARTICIPLE_CONTENT = re.compile(r"\s+(?:that\s+|(?=[“\"])|(?=(?:the|a|an|it|he|she|they|its|his|her|their|this|there|"
                                 r"between|about|around|more|nearly|almost|some|only|at\s+least|up\s+to|"
                                 r"[A-Z][\w'’-]*)\b)|(?=[$£€¥₹]?\d)|"
                                 r"(?=[a-z]+(?:\s+[a-z]+){0,2}\s+(?:was|were|is|are|had|has|have|would|will|could|"
                                 r"may|might|must|should|remained|remains)\b))")  # "saying inflation was under control"
# Finite verbs a main clause may turn on besides -ed forms and the irregular list
_MAIN_VERB_WORDS = frozenset("has have had will would is are was were put set cut said told left lost won thought "
                             "felt bought sought".split())
# A number, with the approximations and bounds that may open it ("about $5", "at least 40", "up to 3")
_AMOUNT = (r"(?:(?:about|around|roughly|nearly|almost|some|over|under|more\s+than|at\s+least|up\s+to|an\s+estimated|"
           r"a\s+total\s+of)\s+)?[$£€¥₹]?\d")
# Forecast verbs whose object may be a number: "predicted 17 to 25 storms", "projected growth of 2%"
_FORECAST_CUES = frozenset("predict predicts predicted forecast forecasts projected projects expect expects "
                           "expected estimate estimates estimated".split())
# A noun phrase a forecast verb may take: "below-normal rains", "a reduction", "slower growth"
_FORECAST_NP = re.compile(r"\s+(?:(?:a|an|the|further|more|slower|faster|higher|lower|weaker|stronger|"
                          r"[a-z]+-(?:normal|average))\s+)[a-z][\w-]*")
_NUMBER_OBJECT = re.compile(r"(?!\s+to\s)(?:\s+(?:a|an|the|its|their)?\s*[a-z][\w-]*){0,5}?\s+(?:(?:of|at|to)\s+)?(?:between\s+)?"
                            + _AMOUNT)
_TRAILING_ACCORDING = re.compile(r",\s*according\s+to\s")
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w'’]+\s+){0,3}$")
# A body revising its own forecast states it: "raised its full-year growth forecast to 2.5%"
_FORECAST_NOUNS = r"(?:forecasts?|outlook|guidance|projections?|estimates?|targets?)\b"
_FORECAST_NOUN_HINT = re.compile(r"\b" + _FORECAST_NOUNS)
_FORECAST_REVISION = re.compile(
    r"\b(raised|lifted|increased|cut|lowered|reduced|trimmed|revised|upgraded|downgraded|maintained|kept|"
    r"reiterated|reaffirmed|raises|lifts|cuts|lowers|trims|revises|upgrades|downgrades|maintains|keeps)\s+"
    r"(?:(?:up|down)\s+)?(?:its|their)\s+(?:[\w-]+\s+){0,4}?" + _FORECAST_NOUNS)
_TITLE_CASE_CUE_END = re.compile(r"(?P<c>.{12,}?),\s+(?P<s>[^,;:]{2,40}?)\s+(?:Says|Say|Said|Warns|Claims|Reports|Finds)$")
_THAT_CLAUSE = re.compile(r"\s+that\s+")
_PASSIVE_INFINITIVE = re.compile(r"\s+to\s+[a-z]+\b")
_CLAUSE_OPENER = re.compile(r"\b(?:that|said|says)\s+")


def _last_clause_opener(text: str, end: int) -> int:
    """Return where the clause holding text[end] starts: after the last "that" or "said" before it, else 0."""
    last = 0
    for m in _CLAUSE_OPENER.finditer(text, 0, end):
        last = m.end()
    return last
_PASSIVE_AMOUNT = re.compile(r"\s+(?:at|to|as)\s+" + _AMOUNT)
_NEG_BEFORE = re.compile(r"\b(?:to|not|who|which)\s+$")
# How AUXILIARY_BEFORE_RE ("was reportedly") and _NEG_BEFORE ("not") matches end, spaces aside.
_AUX_NEG_ENDINGS = ("is", "are", "was", "were", "be", "been", "being", "ly", "to", "not", "who", "which")
# Participles that carry a speaker's words on after a comma (", adding that ...")
_CARRYING_PARTICIPLES = "adding|saying|noting|stressing|warning|insisting|arguing|explaining|cautioning|acknowledging"
_PARTICIPLE_CUE = re.compile(r",\s*(?:" + _CARRYING_PARTICIPLES + r"|citing)\b")
# ", warning residents to stay indoors", ", warning of floods": an object, not reported content
_PARTICIPLE_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:to|of|against|about)\b")
_TO_COMMA = re.compile(r"[^,.;“”\"]{0,60}?(?=,)")
_SENT_BREAK = re.compile(r"[a-z]{3}\.\s+[A-Z]")
# "Prices fell 4%, the ONS said, while games dropped 10%": the tail is the same source's
_CONTRAST_TAIL = re.compile(r"[^,]{0,40},\s*(?:while|whereas|on\s+top\s+of|in\s+addition\s+to|up\s+from|down\s+from|"
                            r"compared\s+with|compared\s+to|against|from|"
                            r"(?:and|but)\s+(?:also\s+)?(?:has|have|had|is|are|was|were|will|would|could|plans|expects)|"
                            r"(?!(?:" + _CARRYING_PARTICIPLES + r"|citing)\b)[a-z]{2,}ing)\s")  # ", easing from 4.5%"
_RESTATING_ALT = r"(?:" + "|".join(sorted(RESTATING_NOUNS)) + r")\b"
_CONTRAST_CLAUSE = re.compile(r",\s*(?:while|though|although|but|whereas)\s")
_RESTATING_TAIL = re.compile(r",\s*(?:a|an|the)\s+" + _RESTATING_ALT)
_TRAILING_PHRASE = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this|earlier|later|overnight|yesterday|today|"
                              r"tonight)\b(?:\s+[\w'’.-]+){0,4}?)?,\s*(?:in|as|with|amid|while|following|during|"
                              r"when|citing|after|before|according|"
                              r"(?:a|an|the)\s+" + _RESTATING_ALT + r")\b")  # ", a figure critics say is too small"
_DATA_FROM = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:latest\s+|official\s+|new\s+|preliminary\s+)?(?:figures|data|"
                        r"statistics|numbers|estimates|tally|count|report|survey|poll|study|records|calculations|"
                        r"analysis|modelling|modeling|projections|research|statement|announcement|post|message)\s+"
                        r"(?:compiled\s+|released\s+|published\s+|provided\s+|gathered\s+|collected\s+|"
                        r"issued\s+)?(?:by|from|of)\s+", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_ADVERBIAL_ONLY = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this|earlier|later|overnight|yesterday|today|on|"
                             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|a|an|the|statement|"
                             r"report|note|interview|post|[A-Z][\w.'’-]*|\d+)\b)*(?:,[^.;]*)?[\s.]*")
_HEARER = re.compile(r"^\s*(?:(?:the |a |an )?[\w'’.-]+(?: [\w'’.-]+){0,3}?(?= that\b| on | in | at | the\b| a\b| it\b| he\b| she\b| they\b|"
                     r" his\b| its\b| their\b| our\b| this\b| these\b| some\b| more\b| about\b| \d| [\"“,:])|him|her|them|us|me|"
                     r"reporters|journalists)")
# The main verb after a sentence's subject: "The central bank held rates ..., warning that"
_MAIN_VERB = re.compile(r"\s(?:(?:has|have|had|will|would|is|are|was|were)(?:\s+\w+ly)?\s+)?[a-z]+(?:ed)?\b")
_IRREGULAR = load_set("irregular_verbs")
# "Horbenko said A but acknowledged that B": a second, coordinated cue ends the first content
# why: "[,\s]" first (",?\s+" rewritten) lets the regex engine skip ahead to commas and spaces
_COORD_CUE = re.compile(r"[,\s](?:(?<=,)\s+|(?<!,)\s*)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?" + CUE_RE.pattern
                        + r"(?=(?P<tail>\s+that\b|,?\s*[“\"]|:)?)")


# What follows the conjunction in a _COORD_CUE match
_COORD_TAIL = re.compile(r"\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?" + CUE_RE.pattern)


def _coord_cue(text: str, s: int = 0, e: int | None = None):
    """Return _COORD_CUE.search(text, s, e), skipping the scan unless a conjunction comes before a cue."""
    if e is None:
        e = len(text)
    # why: the scan tries every space; "and" / "but" / "yet" followed by a cue is rare, and found fast
    for w in ("and", "but", "yet"):
        i = text.find(w, s, e)
        while i >= 0:
            if _COORD_TAIL.match(text, i + 3, e):
                return _COORD_CUE.search(text, s, e)
            i = text.find(w, i + 3, e)
    return None


# "with firefighters saying", "with the agency warning": a participle cue after "with" and its subject
_WITH_PARTICIPLE = re.compile(r",\s+with\s+(?:[\w'’-]+\s+){1,5}?(?:" + _CARRYING_PARTICIPLES
                              + r"|estimating|reporting|claiming)\b")
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:the\s+|some\s+|many\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+$")
# The words between a closing quote and its cue: '," Rep. Lee Kang-hoon of the party told'. The
# gap lies inside one sentence, so a full stop in it belongs to an abbreviation.
_GAP_TO_CUE = re.compile(r"[,!?.]?\s*[^\"“”;]{0,80}?\s*")
_OTHER_PARTICIPLE = re.compile(r",\s*(?!(?:" + _CARRYING_PARTICIPLES + r"|citing)\b)[a-z]+ing\b")  # not ", citing X, that"
# A prepositional phrase alone after the cue, up to a comma or the end: where or how it was said
_PLACE_OR_MANNER = re.compile(r"\s*(?:in|at|on|from|during|near|outside|inside|via|with|without|under|over|after|"
                              r"before|through|aboard|speaking|late|early)\b(?!\s+(?:least|most|about|around|some|"
                              r"[$£€¥₹]?\d))[^,;.“”\"]{0,80}(?:[,;]|\.?\s*$)")
_COMPARED_TAIL = re.compile(r",\s*(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s|,\s*compared\s+(?:with|to)\s|"
                            r",\s*(?:against|versus|from)\s+" + _AMOUNT)
_NOUN_PHRASE_FIRST = re.compile(r"\s*(?:the|a|an|its|his|her|their|these|those)\s+[\w%'’-]+", re.I)
_SUBJECT_FIRST = re.compile(r"\s*(?:it|he|she|they|we|I|there|this|its|his|her|their)\s+\w", re.I)
_LATER_CUE = re.compile(r"\b(?:reported|reports|said|says|say|told|added|noted|stated|warned|warn|warns|claimed|claim|"
                        r"argued|argue|argues|insisted|insist|insists|estimated|estimate|announced|confirmed)"
                        r"\s+(?:[a-z]+\s+){0,2}$")
_AND_THAT = re.compile(r"\s(?:and|but|or)\s*,?\s*$")
_NO_ONE = re.compile(r"(?:No|Nobody|None|Neither|No one)\b", re.I)
# Subjects whose findings a "clause" cue reports without "that": "the survey put", "modelling suggests"
_STUDY_NOUNS = frozenset("poll polls survey surveys study studies report analysis research modelling modeling model "
                         "models data figures census projection projections assessment review forecast index "
                         "findings paper audit forecasts statistics estimates".split())
_STUDY_BY = re.compile(r"\b(?i:" + "|".join(sorted(_STUDY_NOUNS)) + r")\s+(?:(?:conducted|commissioned|carried\s+out|compiled|"
                       r"published|released)\s+)?(?:by|from|of|for)\s+[^,;“”\"]{1,60}$")
# "put the increase at $62", "puts the toll at more than 40": a figure stated by the subject
_PUT_AT = re.compile(r"\s+(?:(?:the|its|their|his|her|a|an)\s+[^,;“”\"]{1,50}?|it|them|that|this)"
                     r"(?:\s+(?:lower|higher),)?\s+(?:at|as\s+(?:high|low|much|many)\s+as)\s+(?:" + _AMOUNT
                     + r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                       r"forty|fifty|a\s+dozen|dozens|hundreds|thousands)\b)")
# "counted 368,000 demonstrators": a count verb reports a number it is followed by
_NUMBER_NEXT = re.compile(r"\s+" + _AMOUNT)
_CONTENT_START = re.compile(r"\s*[\w“\"]")
_CLAUSE_TAIL = re.compile(r"(?:\s+[\w'’.-]+){0,8}?(?=[.;]?\s*$|,)")


# The order _make passes a Claim's first fields in.
_CLAIM_FIELDS = ("speaker", "speaker_text", "cue", "kind", "content", "start", "end", "sentence", "sentence_start",
                 "sentence_end", "source", "confidence")
assert tuple(f.name for f in fields(Claim))[:len(_CLAIM_FIELDS)] == _CLAIM_FIELDS


@lru_cache(maxsize=None, typed=True)  # why: round(x, 2) is slow, and confidences are a few fixed values
def _rounded(conf: float) -> float:
    """Return a confidence rounded to two places."""
    return round(conf, 2)


class ClaimFinder(SpeakerReader):
    """Scan sentences for cues and build claims with resolved speakers."""

    # -- claims --------------------------------------------------------------
    def _make(self, key, speaker_text, cue, s, e, conf, sent_span=None) -> Claim | None:
        """Build a claim over content [s, e)."""
        s, e = self._trim(s, e)
        if e - s < 3:
            return None
        first = self.sentence_of(s)
        last = self.sentence_of(max(s, e - 1))
        ss = min(first.start, sent_span[0]) if sent_span else first.start
        se = max(last.end, sent_span[1]) if sent_span else last.end
        # why: 'said Republicans were "marching ..."' is indirect speech with a partial quote
        # (the quote test first: it is cheaper, and most contents start outside a quote)
        kind = "direct" if self.quote_at(s) and self.quoted_share(s, e) >= 0.6 else "indirect"
        # why: positional (see _CLAIM_FIELDS), faster than keywords for a sixteen-field dataclass
        return Claim(key, speaker_text, cue, kind, self.doc[s:e], s, e, self.doc[ss:se], ss, se, None, _rounded(conf))

    def _before_with_participle(self, start: int, end: int) -> int:
        """Return where ", with X saying ..." cuts [start, end): that clause is X's own claim."""
        if ", with " not in self.doc[start:end]:
            return end
        m = _WITH_PARTICIPLE.search(self.doc, start, end)
        return m.start() if m else end

    def _content_after(self, cue_end: int, sent: Sentence, frame: str) -> tuple[int, int] | None:
        """Return the content span after a cue, or None when the cue takes no clause here."""
        doc, end = self.doc, sent.end
        rest = doc[cue_end:end]
        if frame == "as":
            m = re.search(r"\bas\s+", rest[:80])
            return (cue_end + m.end(), end) if m else None
        # why: both patterns need a quote mark / "that" early on; most contents have neither
        q = _QUOTE_AFTER.match(rest) if '"' in rest or "“" in rest else None
        if q:
            span = self.quote_at(cue_end + q.end() + 1)
            if span:
                return span
        t = _THAT_AFTER.match(rest) if rest.find("that", 0, 94) >= 0 else None  # "that" starts by index 90
        if t and (_AND_THAT.search(t.group(1)) or _OTHER_PARTICIPLE.search(t.group(1))
                  or _SUBJECT_FIRST.match(t.group(1)) or _LATER_CUE.search(t.group(1))
                  or frame == "say" and _NOUN_PHRASE_FIRST.match(t.group(1))):
            # "said the plant would create jobs and that ...": the content starts at once;
            # "the company said on Thursday, betting that ...": the that-clause is not the cue's;
            # "said it had built a pier that could ...": a relative "that" inside the content;
            # "said 40% ran, while the RATP reported that ...": that "that" is the later cue's;
            # "said the 15 per cent levy that Washington applies would cost": "that" opens a relative clause
            t = None
        if t and "“" not in t.group(1) and '"' not in t.group(1) and not _PARTICIPLE_CUE.search(t.group(1).replace(", citing", "")) \
                and not (t.group(1) and _coord_cue(t.group(0))):
            # (", adding that" inside the span belongs to the content, handled in the next branch)
            return cue_end + t.end(), self._before_with_participle(cue_end + t.end(), end)
        if frame in ("clause",):
            return None
        pos = cue_end
        if frame == "tell":
            h = _HEARER.match(rest)
            if not h:
                return None
            pos += h.end()
        while True:
            a = _ADVERBIAL.match(doc, pos, end)
            if not a or a.end() == pos:
                break
            pos = a.end()
            if doc[pos - 1] == "," and not re.match(r"\s*(?:that|“|\")", doc[pos:end]):
                return None  # "X said last week, the lowest reading since 2021": an afterthought
        if _TRAILING_PHRASE.match(doc, cue_end, end):
            return None  # "the air force said on Sunday, in one of the largest attacks": not content
        if frame in ("say", "tell") and _PLACE_OR_MANNER.match(doc, pos, end):
            return None  # "told reporters at a briefing in Tokyo", "said on condition of anonymity"
        if frame == "object":
            cut = re.search(r"[,;]\s*(?:but|while|whereas|although|though)\b", doc[pos:end])
            # "data showed A, while retrenchments rose": still the data's; not "..., while Y warned B"
            end = pos + cut.start() if cut and self._verb_cue_in(doc[pos + cut.end():end]) else end
        tail = _TRAILING_ACCORDING.search(doc, pos, end) if "ccording to" in doc[pos:end] else None
        if tail:
            end = tail.start()  # "declared X and released $12m, according to Y": Y's, not the cue's
        if frame == "object" or _CONTENT_START.match(doc, pos, end):
            return (pos, end) if end - pos > 3 else None
        return None

    def claims_in(self, sent: Sentence) -> list[Claim]:
        """Return the claims attributed in one sentence."""
        doc, out = self.doc, []
        participles: list[tuple[str, int, int]] = []
        base = sent.start
        for cs, ce, cue in cue_matches(sent.text):
            cue_s, cue_e = base + cs, base + ce
            if self.quote_at(cue_s):
                continue  # words inside a quote are content
            if doc[cue_e:cue_e + 1] == "-" or doc[cue_s - 1:cue_s] == "-":
                continue  # "add-ons", "long-awaited report": part of a compound word
            if cue.endswith("ing"):
                participles.append((cue, cue_s, cue_e))
                continue
            before = doc[sent.start:cue_s]
            tail = before[-30:]
            # why: both patterns end in one of these words (or an -ly adverb) and spaces
            if tail.rstrip().endswith(_AUX_NEG_ENDINGS) \
                    and (AUXILIARY_BEFORE_RE.search(tail) or _NEG_BEFORE.search(tail)) \
                    and not self._named_relative(sent, before):
                continue
            if "than" in before[-40:] and _THAN_BEFORE.search(before, max(0, len(before) - 40)):
                continue  # "more persistent than it had expected": a comparison, not an attribution
            if self._noun_use(cue, before, doc[cue_e:cue_e + 30]):
                continue  # "in North Darfur state", "media reports said", "a statement posted on"
            frame = CUE_FRAME[cue]
            claim = self._attribution(sent, cue, cue_s, cue_e, frame)
            if claim:
                out.append(claim)
        for cue, cue_s, cue_e in participles:
            c = self._participle(sent, cue, cue_s, cue_e, out)
            if c:
                out.append(c)
        out += self._according(sent, out)
        out += self._passive(sent)
        if not out and _FORECAST_NOUN_HINT.search(sent.text):
            out += self._forecast_revision(sent)
        if sent.index == 0 and not out:
            out += self._headline(sent)
        return out

    def _participle(self, sent: Sentence, cue: str, cue_s: int, cue_e: int, found: list[Claim]) -> Claim | None:
        """", saying that ...", ", adding that ...": a claim by the subject of the main clause."""
        doc = self.doc
        if not doc[max(sent.start, cue_s - 3):cue_s].rstrip().endswith(","):  # ",\s*$"
            return self._with_participle(sent, cue, cue_s, cue_e)
        rest = doc[cue_e:sent.end]
        m = _PARTICIPLE_CONTENT.match(rest)
        if not m or cue.startswith(("tell", "telling")) or not m.group(0).strip() and _PARTICIPLE_OBJECT.match(rest):
            return None
        host = next((c for c in reversed(found) if c.sentence_start <= cue_s < c.sentence_end), None)
        if host is not None:
            if host.start < cue_s < host.end:
                return None  # "X said A, adding that B": one indirect claim that runs on
            key, text, conf = host.speaker, host.speaker_text, min(host.confidence, 0.8)
        else:
            p0 = re.match(r"\s*(He|She|They)\b", doc[sent.start:cue_s])
            key = None if p0 else self.res.first_mention_in(sent.start, cue_s)
            if key is None or self.res.actors[key].type == "group":
                p = re.match(r"\s*(?:[A-Z][\w ]{0,30},\s*)?(He|She|They|It)\b", doc[sent.start:cue_s])
                if p:
                    key, conf = self.res.resolve_phrase(p.group(1), sent.start + p.start(1))
                    text = p.group(1)
                else:  # "The central bank held rates at 5%, warning that ...": the clause's subject
                    key, text, conf = self._clause_subject(sent, cue_s)
                    if text is None:
                        return None
                    conf = min(conf, 0.75)
            else:
                s0, e0 = next((s, e) for s, e, k in self.res.spans if k == key and s >= sent.start)
                if s0 - sent.start > 60:
                    return None  # the subject is not at the start of the sentence
                text, conf = doc[s0:e0], 0.75
        start = cue_e + m.end()
        q = self.quote_at(start + 1) if doc[start:start + 1] in _OPEN else None
        end = q[1] if q else sent.end
        if q:
            start = q[0]
        self.res.note_speaker(cue_s, key, text)
        return self._make(key, text, cue, start, end, conf, (sent.start, sent.end))

    def _with_participle(self, sent: Sentence, cue: str, cue_s: int, cue_e: int) -> Claim | None:
        """"..., with firefighters saying the blaze could grow": the noun before the cue speaks."""
        m = _WITH_SUBJECT.search(self.doc, max(sent.start, cue_s - 60), cue_s)
        if not m or not _PARTICIPLE_CONTENT.match(self.doc, cue_e, sent.end):
            return None
        np = m.group(1)
        named = self.res.mention_ending_at(m.end(1), slack=0)
        if named and named[0] >= m.start(1):
            key, conf = named[1], 0.75
        else:
            key, conf = self.res.resolve_phrase(np, m.start(1))
            if key is None and np.split()[-1].lower() in GROUP_NOUNS:
                key, conf = self.res.group(np, m.start(1)), 0.55
        if key is None:
            return None
        self.res.note_speaker(cue_s, key, np)
        start = cue_e + len(self.doc[cue_e:sent.end]) - len(self.doc[cue_e:sent.end].lstrip())
        start += 5 if self.doc.startswith("that ", start) else 0
        return self._make(key, np, cue, start, sent.end, conf, (sent.start, sent.end))

    def _clause_subject(self, sent: Sentence, limit: int) -> tuple[str | None, str | None, float]:
        """Resolve the subject of the sentence's main clause: the words before its first verb."""
        head = self.doc[sent.start:min(limit, sent.start + 90)]
        for m in _MAIN_VERB.finditer(head):
            word = m.group(0).split()[-1]
            if word.endswith("ed") or word in _IRREGULAR or word in _MAIN_VERB_WORDS:
                if m.start() == 0 or "," in head[:m.start()]:
                    break
                return self.speaker_before(sent, sent.start + m.start())
        return None, None, 0.0

    def _headline(self, sent: Sentence) -> list[Claim]:
        """"N. Korea fires missile: JCS" / "Toll rises to 40 - officials": a headline's source."""
        text = sent.text.rstrip()
        if text.endswith((".", "?", "!", "”", '"')) or "\n" in text.strip():
            return []
        m = re.match(r"(?P<c>.{12,}?)\s*(?::|\s[-–—]\s)\s*(?P<s>[^:;,.]{2,40})$", text) \
            or _TITLE_CASE_CUE_END.match(text)  # "Fighting Kills at Least 230 Civilians, U.N. Says"
        if not m or len(m.group("s").split()) > 5:
            return []
        s_start = sent.start + m.start("s")
        key = self.res.first_mention_in(s_start, sent.start + m.end("s"))
        conf = 0.7
        known = KNOWN.get(m.group("s").strip()) if key is None else None
        if known and known.type == "organization":  # "..., U.N. Says": a title-case run hid the name
            key = self.res.named_org(m.group("s").strip(), s_start)
            if known.canonical not in self.res.actors[key].aliases:
                self.res.actors[key].aliases.append(known.canonical)
        if key is None:
            phrase = m.group("s").strip()
            head = phrase.lower().split()[-1]
            if head not in DESCRIPTORS and head not in GROUP_NOUNS and head not in ROLE_NOUNS:
                return []
            if head in ROLE_NOUNS and head not in DESCRIPTORS:  # "...: lawmaker": the person so described
                key, _ = self.res.resolve_phrase("a " + phrase, s_start)
            else:
                key = self.res._named_like(head, 10 ** 9) if head in DESCRIPTORS else None
            key = key or self.res.group(phrase, s_start)
            conf = 0.6
        cue = text.rsplit(None, 1)[-1].lower() if m.re is _TITLE_CASE_CUE_END else ""
        c = self._make(key, m.group("s").strip(), cue, sent.start, sent.start + m.end("c"), conf)
        return [c] if c else []

    def _named_relative(self, sent: Sentence, before: str) -> bool:
        """Tell whether a cue follows ", who" after a name ("Janet Pruitt, who said"): the name speaks."""
        rel = _RELATIVE_WHO.search(before, max(0, len(before) - 12))
        return bool(rel) and self.name_ending_at(sent.start, before, rel.start()) is not None

    @staticmethod
    def _noun_use(cue: str, before: str, after: str) -> bool:
        """Tell whether a cue word is used as a noun or a participle modifier here."""
        if cue in _NOUN_CUES and not _THAT_OR_QUOTE_NEXT.match(after) and not _CLAUSE_NEXT.match(after) \
                and not (_NUMBER_NEXT.match(after) and not _NOUN_DET_BEFORE.search(before[-30:])):
            return True  # "in North Darfur state.", "a claim", "the report"; not "unions claim 1.2 million"
        if cue in _NOUN_PLURALS and _NOUN_DET_BEFORE.search(before[-30:]):
            return True  # "media reports said", "the estimates"
        if cue.endswith("ed") and (_MESSAGE_BEFORE.search(before[-40:]) or _ARTICLE_BEFORE.search(before[-6:])):
            return True  # "a statement posted on Facebook"
        return False

    def _attribution(self, sent, cue, cue_s, cue_e, frame) -> Claim | None:
        """Build the claim for one verb cue in `sent`."""
        doc = self.doc
        before = doc[sent.start:cue_s]
        # 1. Quote first: '"...," Lee said' / '"...," said Lee'.
        close = max(before.rfind("”"), before.rfind('"'))
        quote = self.quote_at(sent.start + close - 1) if close > 0 else None
        if quote and quote[1] == sent.start + close and _GAP_TO_CUE.fullmatch(before, close + 1) \
                and (doc[quote[1] - 1:quote[1]] in ",!?.—-" or before[close + 1:close + 2] == ","
                     or not before[close + 1:].strip(" ,")):
            gap = before[close + 1:].strip(" ,")
            if gap:
                key, text, conf = self.speaker_before(sent, cue_s)
            else:
                key, text, _, conf = self.speaker_after(cue_e)
            self.res.note_speaker(cue_s, key, text)
            end = quote[1]
            tail = _SPLIT_QUOTE.match(doc, cue_e, sent.end)
            if tail:  # '"We will rebuild," she said, "but it will take years."': one claim
                second = self.quote_at(tail.end())
                if second:
                    end = second[1]
            return self._make(key, text, cue, quote[0], end, conf or 0.4, (sent.start, sent.end))
        # 2. Speaker before the cue, content after it.
        key, text, conf = self.speaker_before(sent, cue_s)
        inverted = False
        if text is None and before.rstrip().endswith(","):  # ",\s*$" without scanning every comma
            key, text, after_end, conf = self.speaker_after(cue_e)
            inverted = text is not None
            if inverted and text.lower() in ("he", "she", "it", "they") \
                    and not re.match(r"\s*(?:[.,;]|$)", doc[after_end:sent.end]):
                key, text, inverted = None, None, False  # '..., said it was studying': "it" is the content's
        if text is None or text[:1] in ("N", "n") and _NO_ONE.match(text):
            return None  # "No group immediately claimed responsibility"
        study = False
        if frame == "count":
            if not _NUMBER_NEXT.match(doc, cue_e, sent.end) and not re.match(r"\s*(?:[,.;]|$)", doc[cue_e:sent.end]):
                return None  # "counted on its allies"; not "89 judges left, the union counted"
            frame = "object"
        if frame in ("clause", "poll"):
            if text.split()[-1].lower() in _STUDY_NOUNS or _STUDY_BY.search(before[-90:]):
                frame, study = "object", True  # "the survey put Labour on 34%", "Modelling by X suggests"
            elif frame == "poll" and _PUT_AT.match(doc, cue_e, sent.end):
                frame = "object"  # "the budget office put the increase at $62"
            elif frame == "clause" and cue in _FORECAST_CUES and _NUMBER_OBJECT.match(doc, cue_e, sent.end) \
                    and "ccording to" not in sent.text:  # "had expected 11%, according to LSEG": LSEG's
                frame = "object"  # "NOAA had predicted 17 to 25 named storms", "forecast revenue of $4.5 billion"
            elif frame == "clause" and cue in _FORECAST_CUES and _FORECAST_NP.match(doc, cue_e, sent.end) \
                    and key is not None:
                frame = "object"  # "the institute has forecast below-normal rains", "had expected a reduction"
            elif frame == "poll":
                return None  # "put pressure on"
        if study and not inverted and re.match(r"\s+(?:an?|the|\d)", doc[cue_e:cue_e + 3]):
            span = (cue_e, sent.end)  # "The report found a 1 percent chance that ...": the whole object
        else:
            span = None if inverted else self._content_after(cue_e, sent, frame)
        if span is None:
            # 3. Content first: "The toll rose to 157, officials said."
            head = before.rstrip()
            comma = head.rfind(",", 0, len(head) - len(text or "")) if not inverted else len(head) - 1
            mid = _TO_COMMA.match(doc, cue_e, sent.end)
            if comma > 3 and not inverted and mid and _MID_REST.match(doc, mid.end(), sent.end) \
                    and len(text or "") < 60:
                # "The war, he said, will end soon.": the sentence around the attribution
                self.res.note_speaker(cue_s, key, text)
                return self._make(key, text, cue, sent.start, sent.end, min(conf, 0.75), (sent.start, sent.end))
            clause_end = self._clause_end(cue_e, sent)
            if frame not in ("say", "tell") and not inverted and not _ADVERBIAL_ONLY.fullmatch(doc, cue_e, sent.end):
                return None  # "the remaining six expected a smaller move": an object, not a source's words
            if comma > 10 and re.fullmatch(r"[\s.]*", doc[clause_end:sent.end]):
                span = (sent.start, sent.start + comma)
                if _CONTRAST_TAIL.match(doc, cue_e, sent.end) and not self._verb_cue_in(doc[cue_e:sent.end]):
                    # "Prices fell 4%, the ONS said, while games dropped 10%": both halves are the ONS's
                    span = (sent.start, sent.end)
            else:
                return None
        if span[1] - span[0] > 20:
            co = _coord_cue(doc, span[0], span[1])
            if co and (co.group("tail") or CUE_FRAME.get(co.group(1)) == "say"):
                span = (span[0], co.start())  # "said A but acknowledged that B": B is its own claim
        self.res.note_speaker(cue_s, key, text)
        return self._make(key, text, cue, span[0], span[1], conf, (sent.start, sent.end))

    def _clause_end(self, pos: int, sent: Sentence) -> int:
        """Return where the speaker-and-adverbial tail after a cue ends."""
        m = _CLAUSE_TAIL.match(self.doc, pos, sent.end)  # why: matching in place copies no slice
        if not m:
            return sent.end if re.fullmatch(r"[^.;]{0,60}\.?", self.doc[pos:sent.end]) else pos
        tail = self.doc[m.end():sent.end]
        if tail.startswith(","):
            rest = tail[1:]
            if _PARTICIPLE_CUE.match(tail) or _RESTATING_TAIL.match(tail) or _CONTRAST_CLAUSE.match(tail):
                # "..., the center said, adding that ...": its own claim; ", a figure ...": an aside;
                # ", though unions argue that ...": another source's claim
                return sent.end
            # why: "Jan. 1." and "U.S." put full stops inside a trailing phrase
            return sent.end if re.fullmatch(r"[^;]{0,160}", rest) and not _SENT_BREAK.search(rest) \
                and not self._verb_cue_in(rest) else m.end()
        return m.end()

    def _verb_cue_in(self, text: str) -> bool:
        """Tell whether `text` holds a cue used as a verb ("while Fitch warned"), not as a noun ("the forecast of")."""
        return any(not self._noun_use(m.group(1), text[:m.start()], text[m.end():m.end() + 30])
                   for m in CUE_RE.finditer(text))

    def _according(self, sent: Sentence, found: list[Claim]) -> list[Claim]:
        """Claims cued by "according to X" / "as reported by X"; "citing X" names the source of a claim in `found`."""
        out = []
        text = sent.text
        # why: a match holds one of these as written ("as reported/stated/noted/told by" end in "d by");
        # testing them first spares most sentences the lower-casing
        if "ccording to" not in text and "iting" not in text and "d by" not in text:
            return out
        low = text.lower()
        if "ccording to" not in low and "iting" not in low and " by " not in low:
            return out  # why: most sentences have no such cue; skip the regex scan
        for m in ACCORDING_RE.finditer(sent.text):
            citing = m.group(0).lower().startswith("citing")
            src_s = sent.start + m.end()
            np_end = sent.text.find(",", m.end())
            np_end = sent.start + np_end if np_end >= 0 else sent.end
            over = self.res.mention_across(src_s, np_end)
            if over:  # "the Ministry of Trade, Industry and Energy": the comma is inside a name
                nxt = self.doc.find(",", over, sent.end)
                np_end = nxt if nxt >= 0 else sent.end
            via = _DATA_FROM.match(self.doc, src_s, np_end)
            if via:  # "according to figures compiled by the PA news agency": the agency
                src_s = via.end()
            key = self.res.head_mention_in(src_s, np_end)
            text = self.doc[src_s:np_end].rstrip(" .")
            conf = 0.85
            desc = _DESCRIPTOR_PP.match(text)
            if desc and desc.group("head").lower() not in _SPOKES and desc.group("head")[0].islower():
                key = None  # "the leader of a group of defectors in Seoul": not Seoul
            if key is None:
                key, conf = self.res.resolve_phrase(text, src_s)
            bare = strip_participle_tail(text)
            if key is None and (re.match(r"(?:the|a|an)\s", text, re.I) and len(text.split()) <= 12
                                or re.fullmatch(r"[a-z][a-z' -]{2,40}", bare)):
                key, conf = self.res.group(bare, src_s), 0.55  # "the defence ministry in Paris", "customs data"
            if citing:  # "Lee said, citing the spy agency, that ...": the source of the sentence's claim
                host = next((c for c in reversed(found) if c.sentence_start == sent.start), None)
                if host is not None and key is not None and key != host.speaker and host.source is None:
                    host.source = key
                continue
            self.res.note_speaker(src_s, key, text)
            cue = m.group(0).strip().lower()
            lead = sent.text[:m.start()].strip()
            if not lead:  # "According to X, CONTENT."
                s, e = np_end, sent.end
            else:  # "CONTENT, according to X."
                s, e = sent.start, sent.start + m.start()
                if _COMPARED_TAIL.match(self.doc, np_end, sent.end):
                    e = sent.end  # "3.7 million cases, according to X, up from 1.1 million in 2019"
            c = self._make(key, text, cue, s, e, conf)
            if c:
                out.append(c)
        return out

    def _forecast_revision(self, sent: Sentence) -> list[Claim]:
        """"MTI raised its full-year growth forecast to 1.5-2.5%", "the IMF cut its outlook": the subject's own forecast."""
        m = _FORECAST_REVISION.search(sent.text)
        if not m:
            return []
        cue_s = sent.start + m.start(1)
        key, text, conf = self.speaker_before(sent, cue_s)
        if key is None or self.res.actors[key].type not in ("organization", "country", "person"):
            return []
        self.res.note_speaker(cue_s, key, text)
        c = self._make(key, text, m.group(1).lower(), cue_s, sent.end, min(conf, 0.7), (sent.start, sent.end))
        return [c] if c else []

    def _passive(self, sent: Sentence) -> list[Claim]:
        """Claims like "This was stated by X": the content is the previous sentence."""
        if " by " not in sent.text:
            return []
        # "The death of a man who was hit by a wall was confirmed by X": the first passive cue, not the first passive
        m = next((p for p in PASSIVE_BY_RE.finditer(sent.text) if p.group(1) in CUE_FRAME), None)
        if not m:
            return []
        src_s = sent.start + m.end()
        tail = re.split(r",|\s+to\s+(?!the\b|an?\b)(?=[a-z]+\b)|\s+(?:late|early|later|earlier)\b|"
                        r"\s+(?:on|in|at|during|after|citing)\s+(?:the\s+)?(?:same\s+)?(?:day|\w+day|"
                        r"week|month|year|\d)|\s+(?:at|to|as)\s+(?=(?:about|around|some|nearly|roughly|more|at)?\s*"
                        r"[$£€¥₹]?\d)", sent.text[m.end():])[0].rstrip(" .")  # "estimated by bankers at about $62bn"
        # "It was stated by the Defense Ministry that production had risen": the clause is the content
        that = _THAT_CLAUSE.search(sent.text, m.end(), m.end() + 100) if " that " in sent.text else None
        if that:
            tail = tail[:that.start() - m.end()]
        key = self.res.first_mention_in(src_s, src_s + len(tail))
        conf = 0.75
        desc = _DESCRIPTOR_PP.match(tail)
        if desc and desc.group("head").lower() not in _SPOKES and desc.group("head")[0].islower() and not (
                key and self.res.actors[key].type == "person"):
            # "the leader of a group of North Korean defectors in South Korea": not South Korea
            key, conf = self.res.group(tail, src_s), 0.5
        if key is None:
            key, conf = self.res.resolve_phrase(tail, src_s)
        if key is None and (re.match(r"(?:the|a|an)\s", tail, re.I) or tail.split()[-1:] and tail.split()[-1].lower()
                            in GROUP_NOUNS and len(tail.split()) <= 3):
            key, conf = self.res.group(tail, src_s), 0.5  # "the ministry", "bankers"
        self.res.note_speaker(src_s, key, tail)
        if that:
            c = self._make(key, tail, m.group(1), sent.start + that.end(), sent.end, conf, (sent.start, sent.end))
        elif re.match(r"\s*(?:This|That|It|These|Such)\b", sent.text) and sent.index > 0:
            prev = self.sentences[sent.index - 1]
            c = self._make(key, tail, m.group(1), prev.start, prev.end, conf, (prev.start, sent.end))
        else:
            # "Reserves were estimated by bankers at about $62 billion": the amount is theirs too;
            # "... forecast by S&P to fall 2 per cent": so is the infinitive after the source
            rest = m.end() + len(tail)
            end = sent.end if _PASSIVE_AMOUNT.match(sent.text, rest) or _PASSIVE_INFINITIVE.match(sent.text, rest) \
                else sent.start + m.start()
            # "Analysts said ..., noting that production was forecast by S&P": the clause, not the sentence
            opener = _last_clause_opener(sent.text, m.start())
            c = self._make(key, tail, m.group(1), sent.start + opener, end, conf)
        if c:
            c.cue_start = sent.start + m.start(1)  # type: ignore[attr-defined]
        return [c] if c else []
