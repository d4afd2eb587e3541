"""Run a filtered SELECT as one page plus the total count."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session


@dataclass
class Page:
    """One page of results and where it sits in the whole."""

    items: list
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        """Return the number of pages."""
        return max(1, -(-self.total // self.per_page))


def paginate(stmt: Select, *, session: Session, page: int, per_page: int) -> Page:
    """Return page `page` (1-based) of `stmt` and the total row count."""
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    items = list(session.scalars(stmt.limit(per_page).offset((page - 1) * per_page)).unique())
    return Page(items=items, total=total or 0, page=page, per_page=per_page)
