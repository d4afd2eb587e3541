"""Figures: reads and filters, including numeric ranges."""
from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from service.models import Figure

from .paging import Page, paginate
from .text import like_pattern

_LOAD = (selectinload(Figure.claimant),)


def get(*, session: Session, figure_id: int) -> Figure | None:
    """Return one figure or None."""
    return session.get(Figure, figure_id, options=_LOAD)


def list_figures(*, session: Session, page: int, per_page: int, article: int | None = None,
                 actor: int | None = None, q: str | None = None, object: str | None = None,
                 unit: str | None = None, min: float | None = None, max: float | None = None,
                 claim: int | None = None, min_confidence: float | None = None) -> Page:
    """Return a page of figures in article order, filtered by article, actor, text and value.

    `min`/`max` keep figures whose value or range reaches into [min, max].
    """
    stmt = select(Figure).options(*_LOAD).order_by(Figure.article_id, Figure.section.desc(),
                                                   Figure.start, Figure.id)
    if article is not None:
        stmt = stmt.where(Figure.article_id == article)
    if actor is not None:
        stmt = stmt.where(Figure.claimant_id == actor)
    if claim is not None:
        stmt = stmt.where(Figure.claim_id == claim)
    if q:
        pattern = like_pattern(q)
        stmt = stmt.where(or_(Figure.object.ilike(pattern, escape="\\"),
                              Figure.sentence.ilike(pattern, escape="\\")))
    if object:
        stmt = stmt.where(Figure.object.ilike(like_pattern(object), escape="\\"))
    if unit:
        stmt = stmt.where(Figure.unit == unit)
    if min is not None:
        stmt = stmt.where(func.coalesce(Figure.high, Figure.value, Figure.low) >= min)
    if max is not None:
        stmt = stmt.where(func.coalesce(Figure.low, Figure.value, Figure.high) <= max)
    if min_confidence is not None:
        stmt = stmt.where(Figure.confidence >= min_confidence)
    return paginate(stmt, session=session, page=page, per_page=per_page)
