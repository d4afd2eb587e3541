"""Input schemas: request bodies and query arguments (unknown fields get 422)."""
from __future__ import annotations

from marshmallow import fields, post_load, validate

from datetime import timezone

from .common import Id, PageArgsSchema, SafeString, StrictSchema

_TEXT = validate.Length(min=1)
# why: spelled-out spaces, not \s, so Python and JSON Schema regex engines agree
_URL = r"^https?://[^ \t\r\n\f\v/?#\x00]+[^ \t\r\n\f\v\x00]*$"


def _as_utc(data: dict, *names: str) -> dict:
    """Give every datetime the UTC offset (naive ones are read as UTC)."""
    for name in names or ("published_at",):
        when = data.get(name)
        if when is not None:
            data[name] = when.replace(tzinfo=timezone.utc) if when.tzinfo is None \
                else when.astimezone(timezone.utc)
    return data


class ArticleCreateSchema(StrictSchema):
    """Body of POST /articles (JSON; text/plain and text/html are turned into this)."""

    title = SafeString(load_default=None, allow_none=True, validate=validate.Length(max=1000))
    body = SafeString(required=True, validate=_TEXT, metadata={"description": "Article text"})
    url = SafeString(load_default=None, allow_none=True,
                     validate=[validate.Length(max=2000), validate.Regexp(_URL)],
                     metadata={"description": "The article's URL (an http or https URL)", "pattern": _URL})
    outlet = SafeString(load_default=None, allow_none=True, validate=validate.Length(max=200))
    author = SafeString(load_default=None, allow_none=True, validate=validate.Length(max=500))
    published_at = fields.DateTime(load_default=None, allow_none=True)
    language = SafeString(load_default="en", validate=validate.Length(min=2, max=16))

    @post_load
    def _utc(self, data, **kwargs):
        """Give naive publication times the UTC offset."""
        return _as_utc(data)


class ArticleBatchSchema(StrictSchema):
    """Body of POST /articles/batch: up to 100 articles."""

    articles = fields.List(fields.Nested(ArticleCreateSchema), required=True,
                           validate=validate.Length(min=1, max=100))


class ExtractRequestSchema(ArticleCreateSchema):
    """Body of POST /extract: an article as for POST /articles; nothing is stored."""


class ArticleQueryArgsSchema(PageArgsSchema):
    """Filters of GET /articles."""

    q = SafeString(metadata={"description": "Text in the title or body"})
    actor = Id(metadata={"description": "Id of an actor the article mentions"})
    outlet = SafeString()
    since = fields.DateTime(metadata={"description": "Published at or after"})
    until = fields.DateTime(metadata={"description": "Published at or before"})

    @post_load
    def _utc(self, data, **kwargs):
        """Read naive bounds as UTC."""
        return _as_utc(data, "since", "until")


class ActorQueryArgsSchema(PageArgsSchema):
    """Filters of GET /actors."""

    q = SafeString(metadata={"description": "Text in the name or an alias"})
    type = SafeString(validate=validate.OneOf(["person", "organization", "country", "group"]))
    article = Id(metadata={"description": "Id of an article that mentions the actor"})


class ClaimQueryArgsSchema(PageArgsSchema):
    """Filters of the claim lists."""

    article = Id(metadata={"description": "Article id"})
    actor = Id(metadata={"description": "Actor id: the speaker or a cited source"})
    q = SafeString(metadata={"description": "Text in the content or the speaker as written"})
    kind = SafeString(validate=validate.OneOf(["direct", "indirect", "mixed"]))
    cue = SafeString(metadata={"description": "Reporting cue, e.g. said"})


class FigureQueryArgsSchema(PageArgsSchema):
    """Filters of the figure lists."""

    article = Id(metadata={"description": "Article id"})
    actor = Id(metadata={"description": "Actor id of the claimant"})
    claim = Id(metadata={"description": "Claim id the figure sits in"})
    q = SafeString(metadata={"description": "Text in the object or sentence"})
    object = SafeString(metadata={"description": "Text in what is counted"})
    unit = SafeString(metadata={"description": "Unit, e.g. percent, USD, years"})
    min = fields.Float(allow_nan=False, metadata={"description": "Value or range reaches at least this"})
    max = fields.Float(allow_nan=False, metadata={"description": "Value or range reaches at most this"})
