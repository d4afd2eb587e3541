"""Claims: reads and filters."""
from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from service.models import Claim

from .paging import Page, paginate
from .text import like_pattern

_LOAD = (selectinload(Claim.speaker), selectinload(Claim.source))


def get(*, session: Session, claim_id: int) -> Claim | None:
    """Return one claim or None."""
    return session.get(Claim, claim_id, options=_LOAD)


def list_claims(*, session: Session, page: int, per_page: int, article: int | None = None,
                actor: int | None = None, q: str | None = None, kind: str | None = None,
                cue: str | None = None, min_confidence: float | None = None) -> Page:
    """Return a page of claims in article order, filtered by article, actor, text or kind."""
    stmt = select(Claim).options(*_LOAD).order_by(Claim.article_id, Claim.section.desc(),
                                                  Claim.start, Claim.id)
    if article is not None:
        stmt = stmt.where(Claim.article_id == article)
    if actor is not None:
        stmt = stmt.where(or_(Claim.speaker_id == actor, Claim.source_id == actor))
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(or_(Claim.content.ilike(pattern, escape="\\"),
                              Claim.speaker_text.ilike(pattern, escape="\\")))
    if kind:
        stmt = stmt.where(Claim.kind == kind)
    if cue:
        stmt = stmt.where(Claim.cue == cue)
    if min_confidence is not None:
        stmt = stmt.where(Claim.confidence >= min_confidence)
    return paginate(stmt, session=session, page=page, per_page=per_page)
