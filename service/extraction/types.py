"""Plain dataclasses the extractor returns: text in, these out (no Flask, no SQLAlchemy)."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: its index, text and character offsets."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass
class Mention:
    """One place a document names an actor."""

    text: str
    start: int
    end: int
    sentence: int
    confidence: float = 1.0
    section: str = "body"  # title | body: which field the offsets point into


@dataclass
class Actor:
    """A person, organisation, country or group named in a document.

    `key` is local to one document (e.g. "a3"); the store links it to a shared actor.
    """

    key: str
    name: str
    type: str  # person | organization | country | group
    aliases: list[str] = field(default_factory=list)
    description: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class Claim:
    """A statement the document attributes to a source through a reporting cue."""

    speaker: str | None  # Actor.key, or None when the speaker is not a known actor
    speaker_text: str | None  # the speaker as written ("he", "a South Korean lawmaker")
    cue: str  # reporting verb or phrase ("said", "according to")
    kind: str  # direct | indirect | mixed
    content: str
    start: int  # span of the content in the document
    end: int
    sentence: str  # the full sentence(s) the claim is in
    sentence_start: int
    sentence_end: int
    source: str | None = None  # Actor.key of a cited source ("citing the spy agency")
    confidence: float = 1.0
    section: str = "body"
    # A generic group that speaks ("Western media", "analysts") is named here, not made an actor
    speaker_group: str | None = None
    # Stretches inside [start, end) that are not the source's words: the narration between a
    # quote and the quote paragraph that continues it
    gaps: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Figure:
    """A number the document states: value or range, bound, unit and what it counts."""

    text: str  # surface text, e.g. "around 6,000"
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approximate: bool | None = False
    qualifier: str = "exact"  # exact|about|up_to|more_than|at_least|less_than|range|...
    unit: str | None = None  # None, percent, USD, EUR, km, years, times...
    object: str | None = None  # what is counted: "North Korean soldiers"
    direction: str | None = None  # increase | decrease | additional
    period: str | None = None  # the date or period it refers to ("2025-03", "last year")
    claim: int | None = None  # index into Extraction.claims
    claimant: str | None = None  # Actor.key
    confidence: float = 1.0
    section: str = "body"
    claimant_group: str | None = None  # the claim's speaker_group, when a group gives the figure


@dataclass
class Extraction:
    """Everything read from one document."""

    actors: list[Actor]
    claims: list[Claim]
    figures: list[Figure]
    sentences: list[Sentence]
    version: str

    def to_dict(self) -> dict:
        """Return plain JSON-able data."""
        return asdict(self)
