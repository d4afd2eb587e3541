"""Actors shared across articles, their aliases, and where articles mention them."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, SpanColumns, UTCDateTime, utcnow


class Actor(Base):
    """A person, organisation, country or group; one row however many articles name it."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(String(500))
    # why: the normalised name is the cross-article identity (see store.actors)
    key: Mapped[str] = mapped_column(String(300), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    aliases = relationship("ActorAlias", back_populates="actor", cascade="all, delete-orphan",
                           passive_deletes=True, order_by="ActorAlias.alias")
    mentions = relationship("Mention", back_populates="actor", passive_deletes=True)

    @property
    def alias_names(self) -> list[str]:
        """Return the alias strings."""
        return [a.alias for a in self.aliases]


class ActorAlias(Base):
    """Another name for an actor ("DPRK" for North Korea)."""

    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)

    actor = relationship("Actor", back_populates="aliases")


class Mention(SpanColumns, Base):
    """One place an article names an actor."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_article_actor", "article_id", "actor_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))

    article = relationship("Article", back_populates="mentions")
    actor = relationship("Actor", back_populates="mentions")
