"""Actors and claims: who is named in an article and who says what."""
from __future__ import annotations

import re

from .actor_build import build_actors
from .actors import find_mentions
from .claims import ClaimFinder
from .coref import Resolver
from .cues import CUE_RE
from .types import Actor, Claim, Sentence

_SUBJECT_LEAD = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.]*\s+){0,3}")
_CLAUSE_JOIN = re.compile(r",?\s+(?:while|whereas)\s+|,\s+(?:and|but)\s+|,\s+")


def _merge_nested(claims: list[Claim]) -> list[Claim]:
    """Drop claims whose cue sits inside another claim of the same sentence; keep them as sources.

    "Lee said the NIS had told lawmakers that ..." is Lee's claim citing the NIS; a trailing
    "..., Yonhap reports" or "according to X" beside a speaker's own cue names a source.
    """
    out: list[Claim] = []
    # why: the kept claims split by kind, in the order kept, so that each lookup reads only its own kind
    passives: list[Claim] = []  # "This was stated by X" claims (they carry cue_start)
    others: list[Claim] = []
    for c in sorted(claims, key=lambda c: (c.sentence_start, -(c.end - c.start))):
        if hasattr(c, "cue_start"):  # "This was stated by X": its own claim over the sentence before
            out.append(c)
            passives.append(c)
            continue
        passive = next((o for o in passives if c.start <= o.cue_start < c.end), None)
        if passive is not None:  # "This was stated by X, Yonhap reports": Yonhap is the source
            if c.speaker and c.speaker != passive.speaker and passive.source is None:
                passive.source = c.speaker
            continue
        host = next((o for o in others if o.sentence_start <= c.start < o.sentence_end
                     and o.sentence_end >= c.sentence_start and o is not c
                     and (o.start <= c.start and c.end <= o.end or c.start <= o.start and o.end <= c.end
                          or o.start < c.end and c.start < o.end)), None)
        if host is None:
            out.append(c)
            others.append(c)
            continue
        cut = _own_clause(host, c)
        if cut is not None:  # "X said A, while Y reported that B": two claims side by side
            host.end = cut
            host.content = host.content[:cut - host.start]
            out.append(c)
            others.append(c)
            continue
        if host.speaker is None and c.speaker:
            host.speaker, host.speaker_text = c.speaker, c.speaker_text
        elif c.speaker and c.speaker != host.speaker and host.source is None:
            host.source = c.speaker
    return sorted(out, key=lambda c: c.start)


def _own_clause(host: Claim, inner: Claim) -> int | None:
    """Return where `host`'s content ends when `inner` is a clause of its own inside it.

    "The SNCF said only 40 percent of trains ran, while the RATP reported that eight lines
    closed": the RATP's clause, joined by "while", "whereas" or ", and/but" and naming its own
    speaker, is not part of what the SNCF said.
    """
    if not inner.speaker or inner.speaker == host.speaker or not inner.speaker_text \
            or not host.start < inner.start <= host.end:
        return None
    head = host.content[:inner.start - host.start]
    for m in reversed(list(_CLAUSE_JOIN.finditer(head))):
        rest = head[m.end():]
        at = rest.find(inner.speaker_text, 0, 40 + len(inner.speaker_text))
        if at >= 0 and _SUBJECT_LEAD.fullmatch(rest, 0, at):  # "while (the|Rep.) X reported"
            return host.start + m.start()
    return None


def _continue_quotes(doc: str, claims: list[Claim], finder: ClaimFinder) -> None:
    """Extend a direct claim over the unattributed quote sentences that follow it."""
    for c in claims:
        if c.kind != "direct":
            continue
        pos = c.sentence_end
        while True:
            nxt = next((s for s in finder.sentences if s.start > pos), None)
            if nxt is None or nxt.text[:1] not in "“\"" or CUE_RE.search(nxt.text) and \
                    any(o.sentence_start <= nxt.start < o.sentence_end for o in claims):
                break
            if any(o.sentence_start <= nxt.start < o.sentence_end for o in claims):
                break
            quote = finder.quote_at(nxt.start + 1)
            if not quote or doc[pos:nxt.start].count("\n") > 2:
                break
            c.gaps.append((c.end, quote[0]))  # the narration between the two quotes
            c.end, c.sentence_end = quote[1], max(nxt.end, quote[1])
            c.content = doc[c.start:c.end]
            c.sentence = doc[c.sentence_start:c.sentence_end]
            pos = c.sentence_end


def find_actors_and_claims(doc: str, sentences: list[Sentence]) -> tuple[list[Actor], list[Claim]]:
    """Return the actors named in `doc` and the claims attributed to them."""
    found = find_mentions(doc, sentences)
    actors, pairs = build_actors(doc, found)
    resolver = Resolver(actors, pairs, doc, [s.start for s in sentences])
    finder = ClaimFinder(doc, sentences, resolver)
    claims: list[Claim] = []
    for sent in sentences:
        claims += finder.claims_in(sent)
    claims = _merge_nested(claims)
    _continue_quotes(doc, claims, finder)
    speakers = {c.speaker for c in claims} | {c.source for c in claims}
    actors = actors + resolver.used_groups(speakers)
    return actors, claims
