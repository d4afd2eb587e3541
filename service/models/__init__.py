"""SQLAlchemy 2 models: articles, actors (+aliases, mentions), claims and figures."""
from .base import Base
from .article import Article
from .actor import Actor, ActorAlias, Mention
from .claim import Claim
from .figure import Figure
from .api_key import ROLES, ApiKey

__all__ = ["Base", "Article", "Actor", "ActorAlias", "Mention", "Claim", "Figure", "ApiKey", "ROLES"]

from . import counts  # noqa: E402,F401  (adds count columns once every model exists)
