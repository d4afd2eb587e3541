"""Read-only count columns that need every model defined first."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import column_property

from .actor import Actor, Mention
from .article import Article
from .claim import Claim
from .figure import Figure


def _count(model, *where):
    """Return a correlated COUNT(*) subquery over `model`."""
    return select(func.count()).select_from(model).where(*where).correlate_except(model).scalar_subquery()


Article.claims_count = column_property(_count(Claim, Claim.article_id == Article.id))
Article.figures_count = column_property(_count(Figure, Figure.article_id == Article.id))
Article.actors_count = column_property(
    select(func.count(func.distinct(Mention.actor_id))).where(Mention.article_id == Article.id)
    .correlate_except(Mention).scalar_subquery())
Actor.articles_count = column_property(
    select(func.count(func.distinct(Mention.article_id))).where(Mention.actor_id == Actor.id)
    .correlate_except(Mention).scalar_subquery())
Actor.claims_count = column_property(_count(Claim, Claim.speaker_id == Actor.id))
Actor.figures_count = column_property(_count(Figure, Figure.claimant_id == Actor.id))
