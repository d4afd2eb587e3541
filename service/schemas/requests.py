"""Input schemas: request bodies and query arguments (unknown fields get 422)."""
from __future__ import annotations

from marshmallow import fields, validate

from .common import PageArgsSchema, StrictSchema

_TEXT = validate.Length(min=1)


class ArticleCreateSchema(StrictSchema):
    """Body of POST /articles (JSON; text/plain and text/html are turned into this)."""

    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=1000))
    body = fields.String(required=True, validate=_TEXT, metadata={"description": "Article text"})
    url = fields.Url(load_default=None, allow_none=True, validate=validate.Length(max=2000))
    outlet = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=200))
    author = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=500))
    published_at = fields.DateTime(load_default=None, allow_none=True)
    language = fields.String(load_default="en", validate=validate.Length(min=2, max=16))


class ArticleBatchSchema(StrictSchema):
    """Body of POST /articles/batch: up to 100 articles."""

    articles = fields.List(fields.Nested(ArticleCreateSchema), required=True,
                           validate=validate.Length(min=1, max=100))


class ExtractRequestSchema(StrictSchema):
    """Body of POST /extract: text to read, nothing stored."""

    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=1000))
    body = fields.String(required=True, validate=_TEXT)
    published_at = fields.DateTime(load_default=None, allow_none=True)


class ArticleQueryArgsSchema(PageArgsSchema):
    """Filters of GET /articles."""

    q = fields.String(metadata={"description": "Text in the title or body"})
    actor = fields.Integer(metadata={"description": "Id of an actor the article mentions"})
    outlet = fields.String()
    since = fields.DateTime(metadata={"description": "Published at or after"})
    until = fields.DateTime(metadata={"description": "Published at or before"})


class ActorQueryArgsSchema(PageArgsSchema):
    """Filters of GET /actors."""

    q = fields.String(metadata={"description": "Text in the name or an alias"})
    type = fields.String(validate=validate.OneOf(["person", "organization", "country", "group"]))
    article = fields.Integer(metadata={"description": "Id of an article that mentions the actor"})


class ClaimQueryArgsSchema(PageArgsSchema):
    """Filters of the claim lists."""

    article = fields.Integer(metadata={"description": "Article id"})
    actor = fields.Integer(metadata={"description": "Actor id: the speaker or a cited source"})
    q = fields.String(metadata={"description": "Text in the content or the speaker as written"})
    kind = fields.String(validate=validate.OneOf(["direct", "indirect", "mixed"]))
    cue = fields.String(metadata={"description": "Reporting cue, e.g. said"})


class FigureQueryArgsSchema(PageArgsSchema):
    """Filters of the figure lists."""

    article = fields.Integer(metadata={"description": "Article id"})
    actor = fields.Integer(metadata={"description": "Actor id of the claimant"})
    claim = fields.Integer(metadata={"description": "Claim id the figure sits in"})
    q = fields.String(metadata={"description": "Text in the object or sentence"})
    object = fields.String(metadata={"description": "Text in what is counted"})
    unit = fields.String(metadata={"description": "Unit, e.g. percent, USD, years"})
    min = fields.Float(allow_nan=False, metadata={"description": "Value or range reaches at least this"})
    max = fields.Float(allow_nan=False, metadata={"description": "Value or range reaches at most this"})
