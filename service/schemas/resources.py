"""Output schemas of the four resources (every field is server-set)."""
from __future__ import annotations

from marshmallow import Schema, fields

_NUM = {"allow_none": True}


class ActorRefSchema(Schema):
    """A short reference to an actor; `id` is null for a group that is not an actor."""

    id = fields.Integer(dump_only=True, allow_none=True)
    name = fields.String(dump_only=True)
    type = fields.String(dump_only=True)


class ActorSchema(Schema):
    """An actor: a person, organisation, country or group shared across articles."""

    id = fields.Integer(dump_only=True)
    name = fields.String(dump_only=True, metadata={"description": "Canonical name"})
    type = fields.String(dump_only=True, metadata={"enum": ["person", "organization", "country", "group"]})
    aliases = fields.List(fields.String(), attribute="alias_names", dump_only=True)
    description = fields.String(dump_only=True, allow_none=True,
                                metadata={"description": "Role, e.g. 'spokesperson for ...'"})
    articles_count = fields.Integer(dump_only=True)
    claims_count = fields.Integer(dump_only=True)
    figures_count = fields.Integer(dump_only=True)
    created_at = fields.DateTime(dump_only=True)


class _EvidenceMixin(Schema):
    """Where an item was found: its sentence and character offsets."""

    article = fields.Integer(attribute="article_id", dump_only=True)
    sentence = fields.String(dump_only=True, metadata={"description": "The full sentence"})
    section = fields.String(dump_only=True, metadata={"enum": ["title", "body"],
                                                      "description": "Field the offsets point into"})
    start = fields.Integer(dump_only=True, metadata={"description": "Start offset in the section"})
    end = fields.Integer(dump_only=True, metadata={"description": "End offset (exclusive)"})
    sentence_start = fields.Integer(dump_only=True)
    sentence_end = fields.Integer(dump_only=True)
    confidence = fields.Float(dump_only=True, metadata={"description": "0 to 1"})


_EVIDENCE = ("sentence", "section", "start", "end", "sentence_start", "sentence_end", "confidence")


class ClaimSchema(_EvidenceMixin):
    """A claim: who said what, with the reporting cue."""

    class Meta:
        fields = ("id", "article", "speaker", "speaker_text", "source", "cue", "kind", "content",
                  *_EVIDENCE)

    id = fields.Integer(dump_only=True)
    speaker = fields.Nested(ActorRefSchema, attribute="speaker_ref", dump_only=True, allow_none=True,
                            metadata={"description": "The speaking actor; a group ('analysts') has id null"})
    speaker_text = fields.String(dump_only=True, allow_none=True,
                                 metadata={"description": "The speaker as written"})
    source = fields.Nested(ActorRefSchema, dump_only=True, allow_none=True,
                           metadata={"description": "A source the speaker cites"})
    cue = fields.String(dump_only=True, metadata={"description": "Reporting verb or phrase"})
    kind = fields.String(dump_only=True, metadata={"enum": ["direct", "indirect", "mixed"]})
    content = fields.String(dump_only=True)


class FigureSchema(_EvidenceMixin):
    """A figure: a number or range, what it counts and who gives it."""

    class Meta:
        fields = ("id", "article", "claim", "claimant", "value", "low", "high", "approximate",
                  "qualifier", "unit", "object", "direction", "period", "text", *_EVIDENCE)

    id = fields.Integer(dump_only=True)
    claim = fields.Integer(attribute="claim_id", dump_only=True, allow_none=True)
    claimant = fields.Nested(ActorRefSchema, attribute="claimant_ref", dump_only=True, allow_none=True,
                             metadata={"description": "Who gives the figure; a group has id null"})
    value = fields.Float(dump_only=True, **_NUM)
    low = fields.Float(dump_only=True, **_NUM)
    high = fields.Float(dump_only=True, **_NUM)
    approximate = fields.Boolean(dump_only=True, allow_none=True)
    qualifier = fields.String(dump_only=True, metadata={
        "description": "exact, about, up_to, at_most, less_than, more_than, at_least, range"})
    unit = fields.String(dump_only=True, allow_none=True)
    object = fields.String(dump_only=True, allow_none=True, metadata={"description": "What is counted"})
    direction = fields.String(dump_only=True, allow_none=True,
                              metadata={"description": "increase, decrease or additional"})
    period = fields.String(dump_only=True, allow_none=True,
                           metadata={"description": "Date or period the figure refers to"})
    text = fields.String(dump_only=True, metadata={"description": "Surface text"})


class ArticleSummarySchema(Schema):
    """An article without its body (list view)."""

    id = fields.Integer(dump_only=True)
    title = fields.String(dump_only=True, allow_none=True)
    url = fields.String(dump_only=True, allow_none=True)
    outlet = fields.String(dump_only=True, allow_none=True)
    author = fields.String(dump_only=True, allow_none=True)
    published_at = fields.DateTime(dump_only=True, allow_none=True)
    language = fields.String(dump_only=True)
    content_hash = fields.String(dump_only=True)
    extractor_version = fields.String(dump_only=True)
    created_at = fields.DateTime(dump_only=True)
    claims_count = fields.Integer(dump_only=True)
    figures_count = fields.Integer(dump_only=True)
    actors_count = fields.Integer(dump_only=True)


class ArticleSchema(ArticleSummarySchema):
    """An article with its body."""

    body = fields.String(dump_only=True)
