"""The Article model: one news article as received."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, UTCDateTime, utcnow


class Article(Base):
    """A news article and the extractor version that read it."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    body: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(String(2000), unique=True)
    outlet: Mapped[str | None] = mapped_column(String(200))
    author: Mapped[str | None] = mapped_column(String(500))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    language: Mapped[str] = mapped_column(String(16), default="en")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    extractor_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    claims = relationship("Claim", back_populates="article", cascade="all, delete-orphan",
                          passive_deletes=True, order_by="Claim.start")
    figures = relationship("Figure", back_populates="article", cascade="all, delete-orphan",
                           passive_deletes=True, order_by="Figure.start")
    mentions = relationship("Mention", back_populates="article", cascade="all, delete-orphan",
                            passive_deletes=True)
