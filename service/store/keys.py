"""API keys: create (returns the key once), find by key, list, revoke."""
from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.models import ROLES, ApiKey
from service.models.base import utcnow

KEY_PREFIX = "nck_"


def hash_key(key: str) -> str:
    """Return the stored form of a key (keys are long and random, so SHA-256 suffices)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create(*, session: Session, role: str, name: str | None = None) -> tuple[ApiKey, str]:
    """Create a key with `role`; return the row and the key itself (shown only now)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    key = KEY_PREFIX + secrets.token_urlsafe(32)
    row = ApiKey(prefix=key[:12], key_hash=hash_key(key), role=role, name=name)
    session.add(row)
    session.commit()
    return row, key


def find_active(*, session: Session, key: str) -> ApiKey | None:
    """Return the unrevoked key row matching `key`, or None."""
    row = session.scalars(select(ApiKey).where(ApiKey.key_hash == hash_key(key))).first()
    return row if row is not None and row.revoked_at is None else None


def list_keys(*, session: Session) -> list[ApiKey]:
    """Return every key row, oldest first."""
    return list(session.scalars(select(ApiKey).order_by(ApiKey.id)))


def revoke(*, session: Session, key_id: int) -> bool:
    """Revoke a key by id; return False if there is no such key."""
    row = session.get(ApiKey, key_id)
    if row is None:
        return False
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.commit()
    return True
