"""Find claims: reporting cues, their speakers and the content they attribute."""
from __future__ import annotations

import re
from bisect import bisect_right

from .coref import Resolver
from .cues import ACCORDING_RE, AUXILIARY_BEFORE_RE, CUE_FRAME, CUE_RE, FILLER_RE, PASSIVE_BY_RE
from .names import DESCRIPTORS, GROUP_NOUNS, ROLE_NOUNS
from .types import Claim, Sentence

_OPEN, _CLOSE = "“\"«", "”\"»"
_PRONOUN_END = re.compile(r"\b(he|she|they|it|He|She|They|It)\s*$")
_NP_WORD = re.compile(r"(?:[A-Za-z][\w'’-]*)\s*$")
_NP_STOP = frozenset("that and but which who when while because if as so of in on at to for with by from "
                     "after before said says told".split())
_THAT_AFTER = re.compile(r"^([^\"“”.;:]{0,90}?)\bthat\b[,]?\s*")
_QUOTE_AFTER = re.compile(r"^[^\"“”;]{0,90}?[,:]\s*(?=[\"“])")
_ADVERBIAL = re.compile(
    r"^(?:\s*,)?\s*(?:(?:on|in|at|during|late on|early on|last|this|earlier|later|via|through|after|before)"
    r"\s+(?:a |an |the |his |her |its |their )?[\w.,'’ -]{0,40}?(?:day|week|month|year|statement|interview|"
    r"conference|briefing|post|message|speech|address|letter|report|meeting|telegram|X|Telegram|"
    r"Facebook|television|TV|radio|\d{4})\b|(?:also|officially|publicly|again|repeatedly|earlier|later))\s*,?")
_HEARER = re.compile(r"^\s*(?:(?:the |a |an )?[\w'’.-]+(?: [\w'’.-]+){0,3}?(?= that\b| on | in | at | the\b| a\b| it\b| he\b| she\b| they\b| [\"“,:])|him|her|them|us|me|reporters|journalists)")


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
        inside = sum(max(0, min(e, b) - max(s, a)) for a, b in self.quotes if a < e and b > s)
        return inside / max(1, e - s)

    def _trim(self, s: int, e: int) -> tuple[int, int]:
        """Trim spaces, commas, quote marks and the final stop from [s, e)."""
        doc = self.doc
        while s < e and doc[s] in " ,:;\n" + _OPEN + _CLOSE:
            s += 1
        while e > s and doc[e - 1] in " ,.;:\n" + _OPEN + _CLOSE:
            e -= 1
        return s, e

    # -- speakers ------------------------------------------------------------
    def speaker_before(self, sent: Sentence, end: int) -> tuple[str | None, str | None, float]:
        """Resolve the subject that ends at doc offset `end` (just before the cue)."""
        text = self.doc[sent.start:end]
        for _ in range(4):
            text = FILLER_RE.sub("", text).rstrip()
            if text.endswith(","):
                inner = text[:-1].rfind(",")
                segment = text[inner + 1:-1].strip()
                if inner > 0 and re.match(r"(?:who|which|whose|a|an|the|\d|[a-z])", segment):
                    text = text[:inner].rstrip()  # an appositive: "Chernyak, spokesperson for ..., told"
                else:
                    text = text[:-1].rstrip()  # "one of the soldiers, Lee (26), told"
                continue
            if text.endswith(")"):  # "Lee (26) said"
                text = text[:text.rfind("(")].rstrip()
                continue
            m = self.res.mention_ending_at(sent.start + len(text), slack=0)
            if m:
                s, key = m
                return key, self.doc[s:sent.start + len(text)], 0.9
            p = _PRONOUN_END.search(text)
            if p:
                key = None
                if p.group(1).lower() in ("he", "she") and sent.index > 0:
                    # The subject of the previous sentence is the likeliest "he".
                    prev = self.sentences[sent.index - 1]
                    key = self.res.subject_before(prev.end, prev.start, ("person",))
                if key:
                    return key, p.group(1), 0.75
                key, conf = self.res.resolve_phrase(p.group(1), sent.start + p.start())
                return key, p.group(1), conf
            pp = re.search(r"\s+(?:of|at|from|for|with|in)\s+(?:the\s+)?[^,]{1,60}$", text)
            if pp and self.res.mention_ending_at(sent.start + pp.start()):
                text = text[:pp.start()]  # "Lee Seong-kweun of the parliamentary committee said"
                continue
            np = self._np_at_end(text)
            if np:
                key, conf = self.res.resolve_phrase(np, sent.start + len(text) - len(np))
                return key, np, conf
            pp = re.search(r"\s+(?:of|at|from|for|with|in)\s+(?:the\s+)?[^,]{1,60}$", text)
            if pp:  # "Lee Seong-kweun of the parliamentary intelligence committee said"
                text = text[:pp.start()]
                continue
            break
        return None, None, 0.0

    def _np_at_end(self, text: str) -> str | None:
        """Return a group or descriptor phrase ending `text` ("Western media", "the agency")."""
        words = text.split()
        if not words:
            return None
        head = words[-1].lower().strip(",")
        if head not in GROUP_NOUNS and head not in DESCRIPTORS and head not in ROLE_NOUNS:
            return None
        i = len(words) - 1
        while i > 0 and len(words) - i < 5 and words[i - 1].lower() not in _NP_STOP \
                and not words[i - 1].endswith(","):
            i -= 1
        return " ".join(words[i:])

    def speaker_after(self, pos: int, limit: int = 2) -> tuple[str | None, str | None, int, float]:
        """Resolve a speaker written right after the cue ("said Naomi Fink")."""
        m = self.res.mention_starting_at(pos, limit)
        if m:
            end, key = m
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
        kind = "direct" if self.quoted_share(s, e) >= 0.6 else "indirect"
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
        q = _QUOTE_AFTER.match(rest)
        if q:
            span = self.quote_at(cue_end + q.end() + 1)
            if span:
                return span
        t = _THAT_AFTER.match(rest)
        if t and "“" not in t.group(1) and '"' not in t.group(1):
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
        if frame == "object":
            cut = re.search(r"[,;]\s*(?:but|while|whereas|although|though)\b", doc[pos:end])
            end = pos + cut.start() if cut else end
        if frame == "object" or re.match(r"\s*[\w“\"]", doc[pos:end]):
            return (pos, end) if end - pos > 3 else None
        return None

    def claims_in(self, sent: Sentence) -> list[Claim]:
        """Return the claims attributed in one sentence."""
        doc, out = self.doc, []
        for m in CUE_RE.finditer(sent.text):
            cue_s, cue_e = sent.start + m.start(), sent.start + m.end()
            cue = m.group(1)
            if cue.endswith("ing") or self.quote_at(cue_s):
                continue  # "adding that" continues a claim; words inside a quote are content
            before = doc[sent.start:cue_s]
            if AUXILIARY_BEFORE_RE.search(before) or re.search(r"\b(?:to|not|who|which)\s+$", before):
                continue
            frame = CUE_FRAME[cue]
            claim = self._attribution(sent, cue, cue_s, cue_e, frame)
            if claim:
                out.append(claim)
        out += self._according(sent)
        out += self._passive(sent)
        return out

    def _attribution(self, sent, cue, cue_s, cue_e, frame) -> Claim | None:
        """Build the claim for one verb cue in `sent`."""
        doc = self.doc
        before = doc[sent.start:cue_s]
        # 1. Quote first: '"...," Lee said' / '"...," said Lee'.
        close = max(before.rfind("”"), before.rfind('"'))
        quote = self.quote_at(sent.start + close - 1) if close > 0 else None
        if quote and quote[1] == sent.start + close and re.fullmatch(r"[,!?.]?\s*[^\"“”.;]{0,80}?\s*", before[close + 1:]):
            gap = before[close + 1:].strip(" ,")
            if gap:
                key, text, conf = self.speaker_before(sent, cue_s)
            else:
                key, text, _, conf = self.speaker_after(cue_e)
            self.res.note_speaker(cue_s, key)
            return self._make(key, text, cue, quote[0], quote[1], conf or 0.4, (sent.start, sent.end))
        # 2. Speaker before the cue, content after it.
        key, text, conf = self.speaker_before(sent, cue_s)
        inverted = False
        if text is None and re.search(r",\s*$", before):
            key, text, _, conf = self.speaker_after(cue_e)
            inverted = text is not None
        if text is None:
            return None
        span = None if inverted else self._content_after(cue_e, sent, frame)
        if span is None:
            # 3. Content first: "The toll rose to 157, officials said."
            head = before.rstrip()
            comma = head.rfind(",", 0, len(head) - len(text or "")) if not inverted else len(head) - 1
            if comma > 10 and re.fullmatch(r"[\s.]*", doc[self._clause_end(cue_e, sent):sent.end]):
                span = (sent.start, sent.start + comma)
            else:
                return None
        self.res.note_speaker(cue_s, key)
        return self._make(key, text, cue, span[0], span[1], conf, (sent.start, sent.end))

    def _clause_end(self, pos: int, sent: Sentence) -> int:
        """Return where the speaker-and-adverbial tail after a cue ends."""
        m = re.match(r"(?:\s+[\w'’.-]+){0,8}?(?=[.;]?\s*$|,)", self.doc[pos:sent.end])
        if not m:
            return sent.end if re.fullmatch(r"[^.;]{0,60}\.?", self.doc[pos:sent.end]) else pos
        tail = self.doc[pos + m.end():sent.end]
        if tail.startswith(","):
            rest = tail[1:]
            return sent.end if re.fullmatch(r"[^.;]{0,120}\.?", rest) and not CUE_RE.search(rest) else pos + m.end()
        return pos + m.end()

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
            key = self.res.first_mention_in(src_s, np_end)
            text = self.doc[src_s:np_end].rstrip(" .")
            conf = 0.85
            if key is None:
                key, conf = self.res.resolve_phrase(text, src_s)
            cue = m.group(0).strip().lower()
            lead = sent.text[:m.start()].strip()
            if not lead:  # "According to X, CONTENT."
                s, e = np_end, sent.end
            else:  # "CONTENT, according to X."
                s, e = sent.start, sent.start + m.start()
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
        key = self.res.first_mention_in(src_s, sent.end)
        tail = sent.text[m.end():].split(",")[0].rstrip(" .")
        conf = 0.75
        if key is None:
            key, conf = self.res.resolve_phrase(tail, src_s)
        if re.match(r"\s*(?:This|That|It|These)\b", sent.text) and sent.index > 0:
            prev = self.sentences[sent.index - 1]
            return [c for c in [self._make(key, tail, m.group(1), prev.start, prev.end, conf,
                                           (prev.start, sent.end))] if c]
        return [c for c in [self._make(key, tail, m.group(1), sent.start, sent.start + m.start(), conf)] if c]
