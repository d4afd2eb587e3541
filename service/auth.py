"""Bearer keys and roles: reads open by default, writes need an editor or admin key."""
from __future__ import annotations

from functools import wraps

from flask import Flask, current_app, g, request
from flask_smorest import abort

from service.db import get_session
from service.store import keys as key_store

RANK = {"reader": 1, "editor": 2, "admin": 3}
CHALLENGE = {"WWW-Authenticate": 'Bearer realm="newsclaims"'}
OPEN_PATHS = ("/healthz", "/readyz", "/metrics", "/docs", "/openapi.json", "/favicon.ico")


def current_role() -> str | None:
    """Return the role of this request's key (None when no key was sent)."""
    if "auth_role" in g:
        return g.auth_role
    header = request.headers.get("Authorization", "")
    role = None
    if header:
        scheme, _, key = header.partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            abort(401, message="Send the key as 'Authorization: Bearer <key>'.", headers=CHALLENGE)
        row = key_store.find_active(session=get_session(), key=key.strip())
        if row is None:
            abort(401, message="The API key is unknown or revoked.", headers=CHALLENGE)
        role, g.auth_key_id = row.role, row.id
    g.auth_role = role
    return role


def require(role: str):
    """Decorate a view so it needs a key of at least `role`."""
    def decorate(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            have = current_role()
            if have is None:
                abort(401, message=f"This operation needs an API key with the {role} role.",
                      headers=CHALLENGE)
            if RANK[have] < RANK[role]:
                abort(403, message=f"This operation needs the {role} role; the key has {have}.")
            return view(*args, **kwargs)
        return wrapper
    return decorate


def _gate_reads() -> None:
    """When reads are closed, every API read needs at least a reader key."""
    if request.method in ("GET", "HEAD") and not request.path.startswith(OPEN_PATHS):
        if current_app.config.get("READS_REQUIRE_KEY") in ("1", 1, True, "true", "yes"):
            if current_role() is None:
                abort(401, message="Reads need an API key on this server.", headers=CHALLENGE)
        else:
            current_role()  # why: a bad key is refused even where none is needed


def _forget(_exc: BaseException | None) -> None:
    """Drop the request's key state (g can outlive a request inside an outer context)."""
    g.pop("auth_role", None)
    g.pop("auth_key_id", None)


def init_app(app: Flask) -> None:
    """Check keys on every request."""
    app.before_request(_gate_reads)
    app.teardown_request(_forget)
