"""marshmallow schemas, named by role: resources, create bodies, query arguments, pages."""
from .common import PageArgsSchema, ProblemSchema
from .resources import (ActorRefSchema, ActorSchema, ArticleSchema, ArticleSummarySchema,
                        ClaimSchema, FigureSchema)
from .requests import (ActorQueryArgsSchema, ArticleBatchSchema, ArticleCreateSchema, ArticleQueryArgsSchema,
                       ClaimQueryArgsSchema, ExtractRequestSchema, FigureQueryArgsSchema)
from .pages import (ActorPageSchema, ArticlePageSchema, BatchResultSchema, ClaimPageSchema,
                    ExtractionSchema, FigurePageSchema)

__all__ = [
    "PageArgsSchema", "ProblemSchema", "ActorRefSchema", "ActorSchema", "ArticleSchema",
    "ArticleSummarySchema", "ClaimSchema", "FigureSchema", "ActorQueryArgsSchema",
    "ArticleCreateSchema", "ArticleBatchSchema", "BatchResultSchema", "ArticleQueryArgsSchema", "ClaimQueryArgsSchema",
    "ExtractRequestSchema", "FigureQueryArgsSchema", "ActorPageSchema", "ArticlePageSchema",
    "ClaimPageSchema", "ExtractionSchema", "FigurePageSchema",
]
