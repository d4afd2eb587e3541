"""Declare that an operation needs a key: enforce it and document it in the spec."""
from __future__ import annotations

from service.auth import require

BEARER = {"type": "http", "scheme": "bearer",
          "description": "An API key from `python -m service keys create --role editor`."}


def needs_role(blp, role: str):
    """Return a decorator: the view needs `role`, documented with 401 and 403 answers."""
    def decorate(view):
        view = require(role)(view)
        view = blp.alt_response(403, response="FORBIDDEN", description=f"The key's role is below {role}")(view)
        view = blp.alt_response(401, response="UNAUTHORIZED", description="No key, or an unknown or revoked one")(view)
        return blp.doc(security=[{"bearerAuth": []}])(view)
    return decorate
