"""The Figure model: a stated number, what it counts and who gives it."""
from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EvidenceColumns, group_or_actor


class Figure(EvidenceColumns, Base):
    """A number or range an article states, tied to its sentence and offsets."""

    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"), index=True)
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"), index=True)
    claimant_group: Mapped[str | None] = mapped_column(String(200))
    value: Mapped[float | None] = mapped_column(Float)
    low: Mapped[float | None] = mapped_column(Float)
    high: Mapped[float | None] = mapped_column(Float)
    approximate: Mapped[bool | None] = mapped_column(Boolean)
    qualifier: Mapped[str] = mapped_column(String(20), default="exact")
    unit: Mapped[str | None] = mapped_column(String(30), index=True)
    object: Mapped[str | None] = mapped_column(String(300))
    direction: Mapped[str | None] = mapped_column(String(20))
    period: Mapped[str | None] = mapped_column(String(60))
    text: Mapped[str] = mapped_column(String(300))

    article = relationship("Article", back_populates="figures")
    claim = relationship("Claim")
    claimant = relationship("Actor")

    @property
    def claimant_ref(self):
        """Return the claimant actor, or a group reference (no id) when a group gave it."""
        return group_or_actor(self.claimant, self.claimant_group)
