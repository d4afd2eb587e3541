"""Run the whole extractor over one article: sentences, actors, claims, figures, links."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date

from .attribution import find_actors_and_claims
from .figures import find_figures
from .keys import name_key
from .sentences import split_sentences
from .types import Actor, Claim, Extraction, Figure, Sentence

VERSION = "1.1.0"

_TITLE_GAP = "\n\n"


class _ClaimIndex:
    """Find the smallest claim holding a span without scanning every claim per figure."""

    def __init__(self, claims: list[Claim]):
        self.order = sorted(range(len(claims)), key=lambda i: claims[i].start)
        self.starts = [claims[i].start for i in self.order]
        self.claims = claims
        # why: a claim holding [s, e) starts at most `longest` characters before s
        self.longest = max((c.end - c.start for c in claims), default=0)

    def containing(self, fig: Figure) -> int | None:
        """Return the index of the smallest claim whose content holds the figure (ties: the first)."""
        lo = bisect_left(self.starts, fig.start - self.longest)
        hi = bisect_right(self.starts, fig.start)
        best, best_size = None, None
        for i in self.order[lo:hi]:
            c = self.claims[i]
            if fig.end <= c.end:
                size = c.end - c.start
                if best is None or size < best_size or size == best_size and i < best:
                    best, best_size = i, size
        return best


def _attributed_afterwards(claim: Claim, sentence_starts: list[int]) -> bool:
    """Tell whether an indirect claim's content ends a sentence before its attribution.

    "Two soldiers wrote a letter. This was stated by X." links the letter to X, but the
    figures in it stay in the article's own voice: the sentence states them unattributed.
    """
    if claim.kind == "direct":
        return False
    return bisect_right(sentence_starts, claim.end - 1) < bisect_right(sentence_starts, claim.sentence_end - 1)


def link_figures(figures: list[Figure], claims: list[Claim], sentences: list[Sentence]) -> list[Figure]:
    """Attach each figure to the claim it sits in; its claimant is that claim's speaker.

    The figures are this extraction's own objects, so they are updated in place.
    """
    starts = [s.start for s in sentences]
    index = _ClaimIndex(claims)
    for fig in figures:
        idx = index.containing(fig)
        if idx is None:
            continue
        claim = claims[idx]
        if any(s <= fig.start < e for s, e in claim.gaps):
            continue  # "..." Sow told Al Jazeera from Adre, where 230,000 refugees live. "...": narration
        fig.claim = idx
        if not _attributed_afterwards(claim, starts):
            fig.claimant, fig.claimant_group = claim.speaker, claim.speaker_group
    return figures


def _identity_keys(actor: Actor) -> set[str]:
    """Return the keys that identify an actor (people: full names only, as the store does)."""
    keys = {name_key(n) for n in (actor.name, *actor.aliases)}
    if actor.type == "person":
        keys = {k for k in keys if len(k.split()) >= 2}
    return keys


def merge_same_actors(actors: list[Actor], claims: list[Claim]) -> list[Actor]:
    """Merge actors of one type that share a name or alias ("Nato" and "NATO").

    The store would merge them anyway; doing it here keeps one extraction self-consistent.
    """
    owner: dict[tuple[str, str], Actor] = {}
    rename: dict[str, str] = {}
    kept: list[Actor] = []
    for actor in actors:
        keys = _identity_keys(actor)
        first = next((owner[(actor.type, k)] for k in keys if (actor.type, k) in owner), None)
        if first is None:
            kept.append(actor)
            for k in keys:
                owner[(actor.type, k)] = actor
            continue
        rename[actor.key] = first.key
        known = {name_key(n) for n in (first.name, *first.aliases)}
        first.aliases += [n for n in (actor.name, *actor.aliases) if name_key(n) not in known]
        first.mentions = sorted(first.mentions + actor.mentions, key=lambda m: m.start)
        first.description = first.description or actor.description
        first.confidence = max(first.confidence, actor.confidence)
        for k in keys:
            owner.setdefault((actor.type, k), first)
    for claim in claims:
        claim.speaker = rename.get(claim.speaker, claim.speaker)
        claim.source = rename.get(claim.source, claim.source)
    return kept


def detach_groups(actors: list[Actor], claims: list[Claim]) -> list[Actor]:
    """Keep generic groups out of the actors; a claim by one names it in `speaker_group`.

    Groups ("Western media", "analysts", "the prisoners") are not actors by our policy,
    but who spoke still matters, so the claim keeps the group's name.
    """
    groups = {a.key: a.name for a in actors if a.type == "group"}
    if not groups:
        return actors
    for claim in claims:
        if claim.speaker in groups:
            claim.speaker_group, claim.speaker = groups[claim.speaker], None
        if claim.source in groups:
            claim.source = None
    return [a for a in actors if a.key not in groups]


def extract(body: str, *, title: str | None = None, published_at: date | None = None) -> Extraction:
    """Read one article and return its actors, claims and figures with offsets.

    The title, when given, is read as the article's first paragraph; every item records
    `section` ("title" or "body") and offsets into that field.
    """
    title = (title or "").strip()
    if title and body.lstrip().startswith(title):
        title = ""  # why: the body already opens with the headline; read it once
    doc = f"{title}{_TITLE_GAP}{body}" if title else body
    sentences = split_sentences(doc)
    actors, claims = find_actors_and_claims(doc, sentences)
    actors = merge_same_actors(detach_groups(actors, claims), claims)
    figures = find_figures(doc, sentences, published_at=published_at)
    figures = link_figures(figures, claims, sentences)
    if title:
        shift = len(title) + len(_TITLE_GAP)
        for group in (claims, figures, [m for a in actors for m in a.mentions]):
            for item in group:
                if item.start >= shift:
                    item.start -= shift
                    item.end -= shift
                    if hasattr(item, "sentence_start"):
                        item.sentence_start -= shift
                        item.sentence_end -= shift
                    if getattr(item, "gaps", None):
                        item.gaps = [(a - shift, b - shift) for a, b in item.gaps]
                else:
                    item.section = "title"
        sentences = [replace(s, start=s.start - shift, end=s.end - shift) if s.start >= shift else s
                     for s in sentences]
    return Extraction(actors=actors, claims=claims, figures=figures, sentences=sentences, version=VERSION)
