"""Declare that an operation needs a key: enforce it and document it in the spec."""
from __future__ import annotations

from service.auth import require
from service.limits import key_or_address, limiter, per_key_writes

BEARER = {"type": "http", "scheme": "bearer",
          "description": "An API key from `python -m service keys create --role editor`."}


def needs_role(blp, role: str):
    """Return a decorator: the view needs `role` and is rate limited per key (401/403/429 documented)."""
    def decorate(view):
        view = limiter.limit(per_key_writes, key_func=key_or_address)(view)
        view = require(role)(view)
        view = blp.alt_response(429, response="TOO_MANY_REQUESTS", description="Rate limit reached")(view)
        view = blp.alt_response(403, response="FORBIDDEN", description=f"The key's role is below {role}")(view)
        view = blp.alt_response(401, response="UNAUTHORIZED", description="No key, or an unknown or revoked one")(view)
        return blp.doc(security=[{"bearerAuth": []}])(view)
    return decorate


def writes_body(blp):
    """Return a decorator documenting the answers any body-taking operation may give."""
    def decorate(view):
        view = blp.alt_response(413, response="REQUEST_ENTITY_TOO_LARGE",
                                description="Body or article text too long")(view)
        view = blp.alt_response(415, response="UNSUPPORTED_MEDIA_TYPE",
                                description="Not JSON, plain text or HTML")(view)
        return blp.alt_response(400, response="BAD_REQUEST",
                                description="Malformed JSON or undecodable text")(view)
    return decorate
