"""Rate limits (Flask-Limiter): per client address on everything, per key on writes."""
from __future__ import annotations

import hashlib

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

EXEMPT_PREFIXES = ("/healthz", "/readyz", "/metrics", "/docs")


def key_or_address() -> str:
    """Identify the caller by a hash of its API key, else by its address."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer ") and header[7:].strip():
        return "key:" + hashlib.sha256(header[7:].strip().encode()).hexdigest()[:32]
    return "addr:" + (get_remote_address() or "unknown")


def _per_address() -> str:
    """Return the configured limit for each client address."""
    return current_app.config["RATE_LIMIT_PER_ADDRESS"]


def per_key_writes() -> str:
    """Return the configured limit on writes for each key."""
    return current_app.config["RATE_LIMIT_WRITES_PER_KEY"]


def _exempt() -> bool:
    """Never limit probes, metrics and the docs."""
    return request.path.startswith(EXEMPT_PREFIXES)


limiter = Limiter(get_remote_address, default_limits=[_per_address],
                  default_limits_exempt_when=_exempt, headers_enabled=True)


MAX_URL_CHARS = 8192


def _refuse_long_urls() -> None:
    """Answer 414 for over-long request lines (gunicorn's own limit is off to keep JSON errors)."""
    from flask_smorest import abort

    if len(request.full_path) > MAX_URL_CHARS:
        abort(414, message=f"The URL is longer than {MAX_URL_CHARS} characters.")


def init_app(app: Flask) -> None:
    """Bind the limiter; storage is in memory per process unless RATELIMIT_STORAGE_URI says otherwise."""
    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config.get("RATE_LIMIT_STORAGE") or "memory://")
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", True)
    app.before_request(_refuse_long_urls)
    limiter.init_app(app)
