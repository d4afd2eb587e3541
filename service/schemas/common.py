"""Schemas every endpoint shares: the error shape and paging arguments."""
from __future__ import annotations

from marshmallow import RAISE, Schema, ValidationError, fields, validate


MAX_ID = 2**31 - 1  # why: ids are 32-bit INTEGER columns on PostgreSQL


NO_NUL = "^[^\\u0000]*$"


class SafeString(fields.String):
    """A string that may not contain NUL characters (PostgreSQL text cannot hold them)."""

    def __init__(self, *args, **kwargs):
        """Document the rule as a pattern unless the field has its own."""
        kwargs["metadata"] = {"pattern": NO_NUL, **kwargs.get("metadata", {})}
        super().__init__(*args, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        """Load the string and refuse NUL characters with a clear message."""
        out = super()._deserialize(value, attr, data, **kwargs)
        if "\x00" in out:
            raise ValidationError("Must not contain NUL (\\u0000) characters.")
        return out


def Id(**kwargs) -> fields.Integer:  # noqa: N802 - reads like a field class
    """Return an integer field for a resource id (1 to 2**31-1)."""
    return fields.Integer(validate=validate.Range(min=1, max=MAX_ID), **kwargs)


class StrictSchema(Schema):
    """A schema that rejects unknown fields (422 naming them)."""

    class Meta:
        unknown = RAISE


class ProblemSchema(Schema):
    """RFC 9457 problem details: the one shape of every error response."""

    type = fields.String(metadata={"description": "URI naming the problem type", "example": "about:blank"})
    title = fields.String(required=True, metadata={"description": "Short summary of the status"})
    status = fields.Integer(required=True, metadata={"description": "HTTP status code"})
    detail = fields.String(metadata={"description": "What went wrong, for a person"})
    instance = fields.String(metadata={"description": "The request path"})
    errors = fields.Dict(metadata={"description": "Field name to list of messages (422 only)"})


class PageArgsSchema(StrictSchema):
    """Paging arguments of every list endpoint."""

    page = fields.Integer(load_default=1, validate=validate.Range(min=1, max=1_000_000),
                          metadata={"description": "1-based page number"})
    per_page = fields.Integer(load_default=None, validate=validate.Range(min=1, max=100),
                              metadata={"description": "Items per page (default 20, at most 100)"})
    min_confidence = fields.Float(load_default=None, validate=validate.Range(min=0, max=1),
                                  metadata={"description": "Keep items whose confidence is at least this"})
