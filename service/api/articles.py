"""Articles: ingest, read, list, delete, and their claims, figures and actors."""
from __future__ import annotations

from flask import current_app, url_for
from flask.views import MethodView
from flask_smorest import abort

from service import schemas as s
from service.db import get_session
from service.extensions import Blueprint
from service.store import actors as actor_store
from service.store import articles as store
from service.store import claims as claim_store
from service.store import figures as figure_store

from .paging import list_page
from .security import needs_role, writes_body

blp = Blueprint("articles", __name__, url_prefix="/articles",
                description="News articles: post one to have it read; list and read them.")

# why: a text body needs a visible character and may not hold NUL (like every string field)
_TEXT_SCHEMA = {"type": "string", "pattern": "^[^\\u0000]*\\S[^\\u0000]*$"}
_TEXT_BODIES = {"requestBody": {"content": {
    "text/plain": {"schema": _TEXT_SCHEMA,
                   "example": "Title line\n- Author: Jane Roe\n- Date: 2025-03-01\nBody text..."},
    "text/html": {"schema": _TEXT_SCHEMA, "example": "<html>...a saved news page...</html>"},
}}}


def check_length(body: str, where: str = "The article body") -> None:
    """Abort with 413 when an article body is longer than the configured limit."""
    limit = current_app.config["MAX_ARTICLE_CHARS"]
    if len(body) > limit:
        abort(413, message=f"{where} has {len(body)} characters; the limit is {limit}.")


def get_or_404(article_id: int):
    """Return the article or abort with 404."""
    article = store.get(session=get_session(), article_id=article_id)
    if article is None:
        abort(404, message=f"Article {article_id} does not exist.")
    return article


@blp.route("")
class Articles(MethodView):
    """The article collection."""

    @blp.arguments(s.ArticleQueryArgsSchema, location="query")
    @blp.response(200, s.ArticlePageSchema)
    def get(self, args):
        """List articles, newest first.

        Filter by text (`q`), mentioned actor (`actor`), `outlet` and publication dates.
        """
        args.pop("min_confidence", None)
        return list_page(store.list_articles, args)

    @needs_role(blp, "editor")
    @blp.arguments(s.ArticleCreateSchema)
    @blp.response(201, s.ArticleSchema, description="Article stored and read",
                  headers={"Location": {"description": "URL of the article", "schema": {"type": "string"}}})
    @blp.alt_response(200, schema=s.ArticleSchema, description="Already stored: the existing article")
    @blp.doc(**_TEXT_BODIES)
    @writes_body(blp)
    def post(self, data):
        """Post an article: extract and store its actors, claims and figures.

        JSON, or `text/plain` (title on the first line, optional "- Author:" and
        "- Date:" lines), or `text/html` (a saved news page). Posting the same URL or
        the same body again returns the stored article (200) and creates nothing.
        """
        check_length(data["body"])
        article, created = store.ingest(session=get_session(), **data)
        location = {"Location": url_for("articles.Article", article_id=article.id)}
        return article, (201 if created else 200), location


@blp.route("/batch")
class ArticleBatch(MethodView):
    """Many articles at once."""

    @needs_role(blp, "editor")
    @blp.arguments(s.ArticleBatchSchema)
    @blp.response(200, s.BatchResultSchema)
    @writes_body(blp)
    def post(self, data):
        """Post up to 100 articles (JSON) in one request.

        The whole batch is validated first: one invalid article gets 422 (naming its
        index) and nothing is stored. Each article is then stored in its own transaction,
        with the same duplicate rule as a single post.
        """
        for i, item in enumerate(data["articles"]):
            check_length(item["body"], f"Article {i}")
        results = []
        for i, item in enumerate(data["articles"]):
            article, created = store.ingest(session=get_session(), **item)
            results.append({"index": i, "id": article.id, "created": created,
                            "location": url_for("articles.Article", article_id=article.id)})
        made = sum(r["created"] for r in results)
        return {"created": made, "existing": len(results) - made, "results": results}


@blp.route("/<int(min=1, max=2147483647):article_id>")
class Article(MethodView):
    """One article."""

    @blp.response(200, s.ArticleSchema)
    def get(self, article_id):
        """Get an article with its body and counts."""
        return get_or_404(article_id)

    @blp.response(204)
    @needs_role(blp, "editor")
    def delete(self, article_id):
        """Delete an article with its claims, figures and mentions.

        Actors that no other article uses are removed too.
        """
        store.delete(session=get_session(), article=get_or_404(article_id))


@blp.route("/<int(min=1, max=2147483647):article_id>/claims")
class ArticleClaims(MethodView):
    """Claims of one article."""

    @blp.arguments(s.ClaimQueryArgsSchema, location="query")
    @blp.response(200, s.ClaimPageSchema)
    def get(self, args, article_id):
        """List an article's claims in reading order."""
        get_or_404(article_id)
        return list_page(claim_store.list_claims, args, article=article_id)


@blp.route("/<int(min=1, max=2147483647):article_id>/figures")
class ArticleFigures(MethodView):
    """Figures of one article."""

    @blp.arguments(s.FigureQueryArgsSchema, location="query")
    @blp.response(200, s.FigurePageSchema)
    def get(self, args, article_id):
        """List an article's figures in reading order."""
        get_or_404(article_id)
        return list_page(figure_store.list_figures, args, article=article_id)


@blp.route("/<int(min=1, max=2147483647):article_id>/actors")
class ArticleActors(MethodView):
    """Actors one article names."""

    @blp.arguments(s.ActorQueryArgsSchema, location="query")
    @blp.response(200, s.ActorPageSchema)
    def get(self, args, article_id):
        """List the actors an article names."""
        get_or_404(article_id)
        return list_page(actor_store.list_actors, args, article=article_id)
