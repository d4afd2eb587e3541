"""The Claim model: who said what, with its sentence and offsets."""
from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, EvidenceColumns, group_or_actor


class Claim(EvidenceColumns, Base):
    """A statement an article attributes to a speaker through a reporting cue."""

    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"), index=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"), index=True)
    speaker_text: Mapped[str | None] = mapped_column(String(500))
    speaker_group: Mapped[str | None] = mapped_column(String(200))
    cue: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(10))
    content: Mapped[str] = mapped_column(Text)

    article = relationship("Article", back_populates="claims")
    speaker = relationship("Actor", foreign_keys=[speaker_id])
    source = relationship("Actor", foreign_keys=[source_id])

    @property
    def speaker_ref(self):
        """Return the speaking actor, or a group reference (no id) when a group spoke."""
        return group_or_actor(self.speaker, self.speaker_group)
