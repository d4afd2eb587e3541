"""Find claims: reporting cues, their speakers and the content they attribute."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .coref import GROUP_NOUNS, INSTITUTIONS, Resolver
from .lexicon import load_set
from .cues import ACCORDING_RE, AUXILIARY_BEFORE_RE, CUE_FRAME, CUE_RE, PASSIVE_BY_RE, cue_matches, strip_fillers
from .names import COMMON_ACRONYMS, DESCRIPTORS, ROLE_NOUNS, _alternation, title_prefix_len
from .types import Claim, Sentence

_OPEN, _CLOSE = "“\"«", "”\"»"
_TRIM_START, _TRIM_END = " ,:;\n" + _OPEN + _CLOSE, " ,.;:\n" + _OPEN + _CLOSE
_PRONOUN_END = re.compile(r"\b(he|she|they|it|He|She|They|It)\s*$")
_NP_WORD = re.compile(r"(?:[A-Za-z][\w'’-]*)\s*$")
_NP_STOP = frozenset("that and but which who when while because if as so of in on at to for with by from "
                     "after before said says told though although whereas where since unless until whether".split())
_THAT_AFTER = re.compile(r"^([^\"“”.;:]{0,90}?)\bthat\b[,]?\s*")
_QUOTE_AFTER = re.compile(r"^[^\"“”;]{0,90}?[,:]\s*(?=[\"“])")
_ADVERBIAL = re.compile(
    r"(?:\s*,)?\s*(?:(?:on|in|at|during|late on|early on|last|this|earlier|later|via|through|after|before)"
    r"\s+(?:a |an |the |his |her |its |their )?[\w.,'’ -]{0,40}?(?:day|week|month|year|statement|interview|"
    r"conference|briefing|post|message|speech|address|letter|report|meeting|telegram|X|Telegram|"
    r"Facebook|television|TV|radio|\d{4})\b|(?:also|officially|publicly|again|repeatedly|earlier|later))\s*,?")
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
_NOUN_CUES = frozenset("state report note estimate claim comment post answer reply forecast tweet remark "
                       "caution stress project find".split())
_NOUN_PLURALS = frozenset("reports claims estimates notes states comments posts answers replies forecasts "
                          "tweets remarks projects findings".split())
_NOUN_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|these|those|some|many|recent|media|news|"
                              r"earlier|previous|unconfirmed|official|initial|such|local|press)\s+$", re.I)
_MESSAGE_BEFORE = re.compile(r"\b(?:statement|message|post|video|letter|report|note|comment|remarks|interview|"
                             r"document|photo|photos|footage|images?)\s+$")
_SPLIT_QUOTE = re.compile(r"[^“\".;]{0,60}?,\s*[“\"]")
_MID_REST = re.compile(r"\s*,\s*(?!(?:adding|saying|noting|citing|according|as|but|and|which|who|while|after|"
                       r"when|although|though|before|because|amid|in|on|at)\b)[a-z][^“\"]{8,}$")
_COORDINATED = re.compile(r"[a-z]\s+(?:but|and|yet)\s*$")
_COORD_CLAUSE = re.compile(r"(?:,|\b(?:he|she|they|it|who|which|that))\s+(?:but|and|yet)\s*$|"
                           r"\b(?:but|and|yet)\s+(?:[A-Z]\w*|the|a)\b[^,]*\s+(?:but|and|yet)\s*$")
_HEAD_WORD = re.compile(r"\b(?i:" + _ROLE_ALT + r")\b")
_HEAD_WORDS = frozenset({*ROLE_NOUNS, *GROUP_NOUNS, *(d for d in DESCRIPTORS if " " not in d)})  # one \w+ word each
_WORD_RUN = re.compile(r"\w+")
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # non-ASCII letters re.I matches to ASCII ones
_PREP_WORD = re.compile(r"\s(?:of|for|at|from|in|with|to|on|living|based|who|representing)\s")
_PP_BREAKS = (",", ";", ":", "“", "”", '"')  # characters a _DESCRIPTOR_PP phrase never spans
_PP_END = re.compile(r"\s+(?:of|at|from|for|with|in)\s+(?:the\s+)?[^,]{1,60}$")
_NEG_BEFORE = re.compile(r"\b(?:to|not|who|which)\s+$")
# How AUXILIARY_BEFORE_RE ("was reportedly") and _NEG_BEFORE ("not") matches end, spaces aside.
_AUX_NEG_ENDINGS = ("is", "are", "was", "were", "be", "been", "being", "ly", "to", "not", "who", "which")
_PARTICIPLE_CUE = re.compile(r",\s*(?:adding|saying|noting|stressing|warning|insisting|arguing|citing|explaining|"
                             r"cautioning|acknowledging)\b")
# ", warning residents to stay indoors", ", warning of floods": an object, not reported content
_PARTICIPLE_OBJECT = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:to|of|against|about)\b")
_TO_COMMA = re.compile(r"[^,.;“”\"]{0,60}?(?=,)")
_SENT_BREAK = re.compile(r"[a-z]{3}\.\s+[A-Z]")
# "Prices fell 4%, the ONS said, while games dropped 10%": the tail is the same source's
_CONTRAST_TAIL = re.compile(r"[^,]{0,40},\s*(?:while|whereas|on\s+top\s+of|in\s+addition\s+to|up\s+from|down\s+from|"
                            r"compared\s+with|compared\s+to|against|from)\s")
_TRAILING_PHRASE = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this|earlier|later|overnight|yesterday|today|"
                              r"tonight)\b(?:\s+[\w'’.-]+){0,4}?)?,\s*(?:in|as|with|amid|while|following|during|"
                              r"when|citing|after|before|according)\b")
_DATA_FROM = re.compile(r"(?:the\s+|a\s+|an\s+)?(?:latest\s+|official\s+|new\s+|preliminary\s+)?(?:figures|data|"
                        r"statistics|numbers|estimates|tally|count|report|survey|poll|study|records)\s+"
                        r"(?:compiled\s+|released\s+|published\s+|provided\s+|gathered\s+|collected\s+|"
                        r"issued\s+)?(?:by|from|of)\s+", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
_ADVERBIAL_ONLY = re.compile(r"(?:\s+(?:on|in|at|late|early|last|this|earlier|later|overnight|yesterday|today|on|"
                             r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|a|an|the|statement|"
                             r"report|note|interview|post|[A-Z][\w.'’-]*|\d+)\b)*(?:,[^.;]*)?[\s.]*")
_SOURCE_NOUNS = frozenset("""report study survey poll assessment analysis statement review audit investigation inquiry
prosecution defence defense court tribunal panel jury board authority watchdog regulator center centre department
office agency ministry service network website tracker monitor observatory group coalition alliance campaign charity
union committee council commission institute university hospital body mission team unit force forces police army
military navy government administration cabinet presidency embassy consulate company firm bank lender fund insurer
operator airline carrier manufacturer maker producer exporter importer retailer developer startup spokesperson
spokesman spokeswoman publication newspaper paper outlet broadcaster agency wire data figures statistics tally
count estimate estimates projection projections forecast forecasters model index release bulletin document memo
letter filing records minutes survey census pollster judge justice modelling modeling research""".split())
_OF_BEFORE = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?$")
_DESCRIPTOR_PP = re.compile(
    r"(?:^|(?<=[\s,]))(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+|(?=[A-Z][a-z]+s\s))(?P<pre>(?:[\w'’-]+\s+){0,3}?)(?P<head>(?i:" + _ROLE_ALT
    + r"))\s+(?:of|for|at|from|in|with|to|on|living|based|who|representing)\s+[^,;:“”\"]{2,120}$")
_HEARER = re.compile(r"^\s*(?:(?:the |a |an )?[\w'’.-]+(?: [\w'’.-]+){0,3}?(?= that\b| on | in | at | the\b| a\b| it\b| he\b| she\b| they\b| [\"“,:])|him|her|them|us|me|reporters|journalists)")


# A company or acronym subject that actor recognition missed: "Kansai Electric Power Co.", "the NHC"
_UNKNOWN_ORG = re.compile(r"(?:^|(?<=[\s(]))(?P<n>(?:[A-Z][\w&'’.-]*\s+){0,5}(?:Co|Corp|Inc|Ltd|Cos)\.|"
                          r"(?:[A-Z][\w&'’.-]*\s+){1,5}(?:LLC|PLC|plc|Ltd|Group|Holdings|AG|SE|NV)|"
                          r"[A-Z][A-Z0-9&]{1,6})$")
# The main verb after a sentence's subject: "The central bank held rates ..., warning that"
_MAIN_VERB = re.compile(r"\s(?:(?:has|have|had|will|would|is|are|was|were)(?:\s+\w+ly)?\s+)?[a-z]+(?:ed)?\b")

_IRREGULAR = load_set("irregular_verbs")
# "Horbenko said A but acknowledged that B": a second, coordinated cue ends the first content
# why: "[,\s]" first (",?\s+" rewritten) lets the regex engine skip ahead to commas and spaces
_COORD_CUE = re.compile(r"[,\s](?:(?<=,)\s+|(?<!,)\s*)(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+|[a-z]+ly\s+)?" + CUE_RE.pattern
                        + r"(?=(?P<tail>\s+that\b|,?\s*[“\"]|:)?)")
# "expect X, but warned that": the cue follows the conjunction straight after a clause
# with no subject of its own, so it shares the sentence's subject
_SHARED_SUBJECT = re.compile(r"[a-z%\d]\s*,\s+(?:but|and|yet)\s*$")
# "with firefighters saying", "with the agency warning": a participle cue after "with" and its subject
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:the\s+|some\s+|many\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+$")
_CLAUSE_START = re.compile(r"\s+(?:that\s+|(?=[“\"])|(?=(?:the|a|an|it|he|she|they|its|his|her|their|this|there|"
                           r"[A-Z][\w'’-]*)\b))")
# Role words between a body and a person's name: " legislator ", "'s chief economist "
_ROLE_BETWEEN = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}(?i:" + _alternation(ROLE_NOUNS) + r")\s+")
# The words between a closing quote and its cue: '," Rep. Lee Kang-hoon of the party told'. The
# gap lies inside one sentence, so a full stop in it belongs to an abbreviation.
_GAP_TO_CUE = re.compile(r"[,!?.]?\s*[^\"“”;]{0,80}?\s*")
_FAMILIAR_SOURCE = re.compile(r"(?:(?<=\s)|^)(?:(?:a|an|the|one|two|three|four|several|some|other)\s+)?(?:[a-z]+\s+)?"
                              r"(?:person|people|source|sources|official|officials|insider|insiders)\s+"
                              r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
                              r"involved\s+in|aware\s+of)\s+[^,;“”\"]{1,60}$")
_OTHER_PARTICIPLE = re.compile(r",\s*(?!(?:adding|saying|noting|stressing|warning|insisting|arguing|explaining|"
                               r"cautioning|acknowledging)\b)[a-z]+ing\b")
# A prepositional phrase alone after the cue, up to a comma or the end: where or how it was said
_PLACE_OR_MANNER = re.compile(r"\s*(?:in|at|on|from|during|near|outside|inside|via|with|without|under|over|after|"
                              r"before|through|aboard|speaking|late|early)\b(?!\s+(?:least|most|about|around|some|"
                              r"[$£€¥₹]?\d))[^,;.“”\"]{0,80}(?:[,;]|\.?\s*$)")
_COMPARED_TAIL = re.compile(r",\s*(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s|,\s*compared\s+(?:with|to)\s|"
                            r",\s*(?:against|versus|from)\s+(?:about\s+|around\s+|some\s+)?[$£€¥₹]?\d")
_SUBJECT_FIRST = re.compile(r"\s*(?:it|he|she|they|we|I|there|this|its|his|her|their)\s+\w", re.I)
_AND_THAT = re.compile(r"\s(?:and|but|or)\s*,?\s*$")
_NO_ONE = re.compile(r"(?:No|Nobody|None|Neither|No one)\b", re.I)
# Subjects whose findings a "clause" cue reports without "that": "the survey put", "modelling suggests"
_STUDY_NOUNS = frozenset("poll polls survey surveys study studies report analysis research modelling modeling model "
                         "models data figures census projection projections assessment review forecast index "
                         "findings paper audit".split())
_STUDY_BY = re.compile(r"\b(?i:" + "|".join(sorted(_STUDY_NOUNS)) + r")\s+(?:by|from|of|for)\s+[^,;“”\"]{1,60}$")

# "put the increase at $62", "puts the toll at more than 40": a figure stated by the subject
_PUT_AT = re.compile(r"\s+(?:the|its|their|his|her|a|an)\s+[^,;“”\"]{1,50}?\s+at\s+(?:about\s+|around\s+|roughly\s+|"
                     r"nearly\s+|almost\s+|more\s+than\s+|over\s+|under\s+|some\s+|at\s+least\s+|up\s+to\s+|"
                     r"an\s+estimated\s+)?[$£€¥₹]?\d")
# "counted 368,000 demonstrators": a count verb reports a number it is followed by
_NUMBER_NEXT = re.compile(r"\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+|"
                          r"at\s+least\s+|up\s+to\s+|an\s+estimated\s+|a\s+total\s+of\s+)?[$£€¥₹]?\d")

_CONTENT_START = re.compile(r"\s*[\w“\"]")
_CLAUSE_TAIL = re.compile(r"(?:\s+[\w'’.-]+){0,8}?(?=[.;]?\s*$|,)")
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


def _has_head_word(text: str, pos: int) -> bool:
    """Tell whether _HEAD_WORD finds a role, group or descriptor noun in text[pos:]."""
    if pos and _WORD_RUN.match(text, pos - 1) or not text.isascii() and not _FOLDS_TO_ASCII.isdisjoint(text):
        return _HEAD_WORD.search(text, pos) is not None
    # why: each head noun is one lower-case ASCII word, so the pattern matches exactly the
    # words (\w+ runs) that lower-cased are in the set; a set test beats the case-insensitive scan
    return not _HEAD_WORDS.isdisjoint(_WORD_RUN.findall(text.lower(), pos))


class ClaimFinder:
    """Scan sentences for cues and build claims with resolved speakers."""

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
        """Trim spaces, commas, quote marks and the final stop from [s, e)."""
        doc = self.doc
        while s < e and doc[s] in _TRIM_START:
            s += 1
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
        for _ in range(4):
            cut = max(0, len(text) - 120)  # why: the pattern is anchored at the end; scan the tail only
            tail = text[cut:]
            stripped = strip_fillers(tail)
            if stripped is not tail:  # why: most subjects end in no filler; keep the string as it is
                text = text[:cut] + stripped
            text = text.rstrip()
            if text.endswith(","):
                inner = text[:-1].rfind(",")
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
            familiar = _FAMILIAR_SOURCE.search(text, max(0, len(text) - 120))
            if familiar:  # "a person familiar with the plans said": an unnamed source
                at = sent.start + familiar.start()
                return self.res.group(familiar.group(0), at), familiar.group(0), 0.6
            desc = self._descriptor_np(sent.start, text)
            if desc:
                return desc
            m = self.res.mention_ending_at(sent.start + len(text), slack=0)
            if m:
                s, key = m
                if self.res.actors[key].type != "person":
                    of = _OF_BEFORE.search(self.doc, max(sent.start, s - 12), s)
                    owner = self.res.mention_ending_at(of.start(), slack=0) if of else None
                    if owner and self.res.actors[owner[1]].type == "person":
                        # "Professor Yang Moo-jin of the University of ... said": the person
                        return owner[1], self.doc[owner[0]:of.start()], 0.85
                return key, self.doc[s:sent.start + len(text)], 0.9
            p = _PRONOUN_END.search(text, max(0, len(text) - 8))
            if p:
                key = None
                if p.group(1).lower() in ("he", "she") and sent.index > 0:
                    # The speaker of the previous sentence, else its subject, is the likeliest "he".
                    prev = self.sentences[sent.index - 1]
                    key = self.res.speaker_between(prev.start, sent.start + p.start(), ("person",)) \
                        or self.res.subject_before(prev.end, prev.start, ("person",))
                if key:
                    return key, p.group(1), 0.75
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

    def _earlier_appositives(self, sent: Sentence, text: str) -> str:
        """Strip the appositives left before a stripped one when a person's name precedes them.

        "Marylise Gautier, head of the CFDT, the largest union, said" and "Kerry Evans, 67, who
        lost her home, told" name the person before the first comma.
        """
        while True:
            k = text.rfind(",")
            if k <= 0:
                return text
            segment = text[k + 1:].strip()
            named = self.res.mention_ending_at(sent.start + len(text[:k].rstrip()), slack=0)
            if not named or self.res.actors[named[1]].type != "person" \
                    or not re.match(r"(?:who|a|an|the|\d{1,3}$|[a-z])", segment):
                return text
            text = text[:k].rstrip()

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
            if prev.lower() in _NP_STOP or prev.endswith((",", ":")) or _QUOTE_CHARS & set(prev):
                break
            i -= 1
        return " ".join(words[i:]).lstrip("".join(_QUOTE_CHARS))

    @staticmethod
    def _determiner_np(text: str) -> str | None:
        """Return a short "the/a ..." noun phrase ending `text`, or None."""
        text = _PARTICIPLE_TAIL.sub("", text)
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
        phrase = m.group(0).strip()
        start = base + len(text) - len(m.group(0)) + (len(m.group(0)) - len(m.group(0).lstrip()))
        head = m.group("head").lower()
        if head not in GROUP_NOUNS and (m.group("head")[0].isupper()
                                        or any(w[:1].isupper() for w in m.group("pre").split())):
            return None  # "the Office for National Statistics": a proper name, not a descriptor
        if head in GROUP_NOUNS and m.group(0).split()[0].lower() not in ("the", "a", "an", "one", "another"):
            key = self.res.first_org_in(start, base + len(text))
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
        return self.res.group(phrase, start), phrase, 0.5

    def speaker_after(self, pos: int, limit: int = 2) -> tuple[str | None, str | None, int, float]:
        """Resolve a speaker written right after the cue ("said Naomi Fink")."""
        m = self.res.mention_starting_at(pos, limit)
        if m is None:
            words = self.doc[pos:pos + 60].split()[:4]
            n = title_prefix_len(words)  # "said Dr Amadou Keita", "said Rep. Kim Tae-yun"
            if n and n < len(words):
                m = self.res.mention_starting_at(self.doc.find(words[n], pos), 0)
        if m:
            end, key = m
            if self.res.actors[key].type != "person":
                person = self.res.next_mention(end + 1, 40)
                if person and self.res.actors[person[2]].type == "person" \
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
        kind = "direct" if self.quoted_share(s, e) >= 0.6 and self.quote_at(s) else "indirect"
        content = self.doc[s:e]
        return Claim(speaker=key, speaker_text=speaker_text, cue=cue, kind=kind, content=content,
                     start=s, end=e, sentence=self.doc[ss:se], sentence_start=ss, sentence_end=se,
                     confidence=round(conf, 2))

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
                  or _SUBJECT_FIRST.match(t.group(1))):
            # "said the plant would create jobs and that ...": the content starts at once;
            # "the company said on Thursday, betting that ...": the that-clause is not the cue's;
            # "said it had built a pier that could ...": a relative "that" inside the content
            t = None
        if t and "“" not in t.group(1) and '"' not in t.group(1) and not _PARTICIPLE_CUE.search(t.group(1)) \
                and not (t.group(1) and _COORD_CUE.search(t.group(0))):
            # (", adding that" inside the span belongs to the content, handled in the next branch)
            return cue_end + t.end(), end
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
            end = pos + cut.start() if cut else end
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
            if cue.endswith("ing"):
                participles.append((cue, cue_s, cue_e))
                continue
            before = doc[sent.start:cue_s]
            tail = before[-30:]
            # why: both patterns end in one of these words (or an -ly adverb) and spaces
            if tail.rstrip().endswith(_AUX_NEG_ENDINGS) \
                    and (AUXILIARY_BEFORE_RE.search(tail) or _NEG_BEFORE.search(tail)):
                continue
            if self._noun_use(cue, before, doc[cue_e:cue_e + 12]):
                continue  # "in North Darfur state", "media reports said", "a statement posted on"
            frame = CUE_FRAME[cue]
            claim = self._attribution(sent, cue, cue_s, cue_e, frame)
            if claim:
                out.append(claim)
        for cue, cue_s, cue_e in participles:
            c = self._participle(sent, cue, cue_s, cue_e, out)
            if c:
                out.append(c)
        out += self._according(sent)
        out += self._passive(sent)
        if sent.index == 0 and not out:
            out += self._headline(sent)
        return out

    def _participle(self, sent: Sentence, cue: str, cue_s: int, cue_e: int, found: list[Claim]) -> Claim | None:
        """", saying that ...", ", adding that ...": a claim by the subject of the main clause."""
        doc = self.doc
        if not doc[max(sent.start, cue_s - 3):cue_s].rstrip().endswith(","):  # ",\s*$"
            return self._with_participle(sent, cue, cue_s, cue_e)
        rest = doc[cue_e:sent.end]
        m = re.match(r"\s+(?:that\s+|(?=[“\"])|(?=(?:the|a|an|it|he|she|they|its|his|her|their|this|there|"
                     r"[A-Z][\w'’-]*)\b))", rest)
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
        if not m or not _CLAUSE_START.match(self.doc, cue_e, sent.end):
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
            if word.endswith("ed") or word in _IRREGULAR or word in ("has", "have", "had", "will", "would",
                                                                    "is", "are", "was", "were"):
                if m.start() == 0 or "," in head[:m.start()]:
                    break
                return self.speaker_before(sent, sent.start + m.start())
        return None, None, 0.0

    def _headline(self, sent: Sentence) -> list[Claim]:
        """"N. Korea fires missile: JCS" / "Toll rises to 40 - officials": a headline's source."""
        text = sent.text.rstrip()
        if text.endswith((".", "?", "!", "”", '"')) or "\n" in text.strip():
            return []
        m = re.match(r"(?P<c>.{12,}?)\s*(?::|\s[-–—]\s)\s*(?P<s>[^:;,.]{2,40})$", text)
        if not m or len(m.group("s").split()) > 5:
            return []
        s_start = sent.start + m.start("s")
        key = self.res.first_mention_in(s_start, sent.start + m.end("s"))
        conf = 0.7
        if key is None:
            phrase = m.group("s").strip()
            head = phrase.lower().split()[-1]
            if head not in DESCRIPTORS and head not in GROUP_NOUNS:
                return []
            key = self.res._named_like(head, 10 ** 9) if head in DESCRIPTORS else None
            key = key or self.res.group(phrase, s_start)
            conf = 0.6
        c = self._make(key, m.group("s").strip(), "", sent.start, sent.start + m.end("c"), conf)
        return [c] if c else []

    @staticmethod
    def _noun_use(cue: str, before: str, after: str) -> bool:
        """Tell whether a cue word is used as a noun or a participle modifier here."""
        if cue in _NOUN_CUES and not re.match(r"\s+that\b|\s*[,:]?\s*[“\"]", after) \
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
        if text is None or _NO_ONE.match(text):
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
                if _CONTRAST_TAIL.match(doc, cue_e, sent.end):
                    # "Prices fell 4%, the ONS said, while games dropped 10%": both halves are the ONS's
                    span = (sent.start, sent.end)
            else:
                return None
        if span[1] - span[0] > 20:
            co = _COORD_CUE.search(doc, span[0], span[1])
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
            if _PARTICIPLE_CUE.match(tail):  # "..., the center said, adding that ...": its own claim
                return sent.end
            # why: "Jan. 1." and "U.S." put full stops inside a trailing phrase
            return sent.end if re.fullmatch(r"[^;]{0,160}", rest) and not _SENT_BREAK.search(rest) \
                and not CUE_RE.search(rest) else m.end()
        return m.end()

    def _according(self, sent: Sentence) -> list[Claim]:
        """Claims cued by "according to X" / "citing X" / "as reported by X"."""
        out = []
        low = sent.text.lower()
        if "ccording to" not in low and "iting" not in low and " by " not in low:
            return out  # why: most sentences have no such cue; skip the regex scan
        for m in ACCORDING_RE.finditer(sent.text):
            if m.group(0).lower().startswith("citing"):
                continue  # a cited source, recorded on the main claim
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
            bare = _PARTICIPLE_TAIL.sub("", text)
            if key is None and (re.match(r"(?:the|a|an)\s", text, re.I) and len(text.split()) <= 9
                                or re.fullmatch(r"[a-z][a-z' -]{2,40}", bare)):
                key, conf = self.res.group(bare, src_s), 0.55  # "the defence ministry in Paris", "customs data"
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

    def _passive(self, sent: Sentence) -> list[Claim]:
        """Claims like "This was stated by X": the content is the previous sentence."""
        if " by " not in sent.text:
            return []
        m = PASSIVE_BY_RE.search(sent.text)
        if not m or m.group(1) not in CUE_FRAME:
            return []
        src_s = sent.start + m.end()
        tail = re.split(r",|\s+(?:on|in|at|during|after|citing)\s+(?:the\s+)?(?:same\s+)?(?:day|\w+day|"
                        r"week|month|year|\d)", sent.text[m.end():])[0].rstrip(" .")
        key = self.res.first_mention_in(src_s, src_s + len(tail))
        conf = 0.75
        desc = _DESCRIPTOR_PP.match(tail)
        if desc and desc.group("head").lower() not in _SPOKES and desc.group("head")[0].islower() and not (
                key and self.res.actors[key].type == "person"):
            # "the leader of a group of North Korean defectors in South Korea": not South Korea
            key, conf = self.res.group(tail, src_s), 0.5
        if key is None:
            key, conf = self.res.resolve_phrase(tail, src_s)
        if key is None and re.match(r"(?:the|a|an)\s", tail, re.I):
            key, conf = self.res.group(tail, src_s), 0.5
        self.res.note_speaker(src_s, key, tail)
        if re.match(r"\s*(?:This|That|It|These|Such)\b", sent.text) and sent.index > 0:
            prev = self.sentences[sent.index - 1]
            c = self._make(key, tail, m.group(1), prev.start, prev.end, conf, (prev.start, sent.end))
        else:
            c = self._make(key, tail, m.group(1), sent.start, sent.start + m.start(), conf)
        if c:
            c.cue_start = sent.start + m.start(1)  # type: ignore[attr-defined]
        return [c] if c else []
