"""Page envelopes of the list endpoints and the /extract result."""
from __future__ import annotations

from marshmallow import Schema, fields

from .resources import ActorSchema, ArticleSummarySchema, ClaimSchema, FigureSchema


class _PageSchema(Schema):
    """The envelope of a list: items, total and links to neighbouring pages."""

    total = fields.Integer(metadata={"description": "Items matching the filters"})
    page = fields.Integer()
    per_page = fields.Integer()
    pages = fields.Integer()
    next = fields.String(allow_none=True, metadata={"description": "URL of the next page"})
    prev = fields.String(allow_none=True, metadata={"description": "URL of the previous page"})


def _page_of(item_schema: type[Schema], name: str) -> type[Schema]:
    """Return a page schema whose items are `item_schema`."""
    return type(name, (_PageSchema,), {"items": fields.List(fields.Nested(item_schema)),
                                       "__doc__": f"A page of {item_schema.__name__[:-6].lower()}s."})


ArticlePageSchema = _page_of(ArticleSummarySchema, "ArticlePageSchema")
ActorPageSchema = _page_of(ActorSchema, "ActorPageSchema")
ClaimPageSchema = _page_of(ClaimSchema, "ClaimPageSchema")
FigurePageSchema = _page_of(FigureSchema, "FigurePageSchema")


class LocalRefSchema(Schema):
    """A reference to an actor found in posted text (id local to the response)."""

    id = fields.String(allow_none=True)
    name = fields.String()
    type = fields.String()


class LocalMentionSchema(Schema):
    """Where posted text names an actor."""

    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    section = fields.String()


class LocalActorSchema(Schema):
    """An actor found in posted text."""

    id = fields.String()
    name = fields.String()
    type = fields.String()
    aliases = fields.List(fields.String())
    description = fields.String(allow_none=True)
    confidence = fields.Float()
    mentions = fields.List(fields.Nested(LocalMentionSchema))


class LocalClaimSchema(ClaimSchema):
    """A claim found in posted text."""

    speaker = fields.Nested(LocalRefSchema, allow_none=True)
    source = fields.Nested(LocalRefSchema, allow_none=True)


class LocalFigureSchema(FigureSchema):
    """A figure found in posted text."""

    claim = fields.Integer(allow_none=True, metadata={"description": "Index into claims"})
    claimant = fields.Nested(LocalRefSchema, allow_none=True)


class ExtractionSchema(Schema):
    """What the extractor reads from posted text."""

    extractor_version = fields.String()
    actors = fields.List(fields.Nested(LocalActorSchema))
    claims = fields.List(fields.Nested(LocalClaimSchema))
    figures = fields.List(fields.Nested(LocalFigureSchema))


class BatchItemSchema(Schema):
    """What happened to one article of a batch."""

    index = fields.Integer(metadata={"description": "Position in the posted list"})
    id = fields.Integer()
    created = fields.Boolean(metadata={"description": "false when it was already stored"})
    location = fields.String()


class BatchResultSchema(Schema):
    """The outcome of POST /articles/batch."""

    created = fields.Integer()
    existing = fields.Integer()
    results = fields.List(fields.Nested(BatchItemSchema))
