"""Settings: each read from the environment, with a default and a line of help."""
from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One configuration key: its environment variable, default and meaning."""

    key: str
    env: str
    default: object
    help: str
    cast: object = str


SETTINGS: tuple[Setting, ...] = (
    Setting("DATABASE_URL", "DATABASE_URL", None,
            "SQLAlchemy URL; empty means a SQLite file in the instance folder. "
            "postgresql://... uses PostgreSQL through psycopg 3."),
    Setting("MAX_CONTENT_LENGTH", "NEWSCLAIMS_MAX_BODY_BYTES", 2_000_000,
            "Largest request body accepted, in bytes (larger gets 413).", int),
    Setting("MAX_ARTICLE_CHARS", "NEWSCLAIMS_MAX_ARTICLE_CHARS", 200_000,
            "Longest article body accepted, in characters (longer gets 413).", int),
    Setting("PAGE_SIZE", "NEWSCLAIMS_PAGE_SIZE", 20, "Default page size of list endpoints.", int),
    Setting("MAX_PAGE_SIZE", "NEWSCLAIMS_MAX_PAGE_SIZE", 100, "Largest page size a client may ask for.", int),
    Setting("SEED_ON_START", "NEWSCLAIMS_SEED", "1",
            "Load seeds/ when `python -m service serve` starts (1 or 0)."),
    Setting("SEEDS_DIR", "NEWSCLAIMS_SEEDS_DIR", None,
            "Folder of seed articles; empty means the repository's seeds/."),
    Setting("READS_REQUIRE_KEY", "NEWSCLAIMS_READS_REQUIRE_KEY", "0",
            "1 closes reads: every GET then needs a key (reader or above)."),
    Setting("RATE_LIMIT_PER_ADDRESS", "NEWSCLAIMS_RATE_LIMIT", "600 per minute",
            "Requests allowed per client address (429 with Retry-After beyond)."),
    Setting("RATE_LIMIT_WRITES_PER_KEY", "NEWSCLAIMS_WRITE_RATE_LIMIT", "120 per minute",
            "Writes allowed per API key."),
    Setting("RATE_LIMIT_STORAGE", "NEWSCLAIMS_RATE_LIMIT_STORAGE", "memory://",
            "Where counters live: memory:// (per process) or redis://host:6379 (shared)."),
    Setting("RATELIMIT_ENABLED", "NEWSCLAIMS_RATE_LIMITS", True,
            "0 turns rate limiting off.", lambda v: v not in ("0", "false", "no")),
    Setting("QUERY_TIMEOUT_MS", "NEWSCLAIMS_QUERY_TIMEOUT_MS", 10_000,
            "Longest a single database statement may run, in milliseconds.", int),
    Setting("PROXY_COUNT", "NEWSCLAIMS_PROXY_COUNT", 0,
            "Trusted reverse proxies in front (their X-Forwarded-For gives the client address).", int),
    Setting("LOG_LEVEL", "NEWSCLAIMS_LOG_LEVEL", "info", "Log level of the JSON logs (and gunicorn's)."),
    Setting("HOST", "NEWSCLAIMS_HOST", "127.0.0.1", "Address `serve` binds to."),
    Setting("PORT", "NEWSCLAIMS_PORT", 8000, "Port `serve` binds to.", int),
    Setting("WORKERS", "NEWSCLAIMS_WORKERS", 2, "gunicorn worker processes.", int),
)


def from_environment() -> dict:
    """Return every setting, taken from the environment where set, else its default."""
    out = {}
    for s in SETTINGS:
        raw = os.environ.get(s.env)
        out[s.key] = s.default if raw in (None, "") else s.cast(raw)
    return out
