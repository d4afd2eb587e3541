"""Extraction on posted text, nothing stored."""
from __future__ import annotations

from flask import current_app
from flask.views import MethodView
from flask_smorest import abort

from service import schemas as s
from service.extensions import Blueprint
from service.extraction import VERSION, extract
from service.extraction.export import to_resources

from .articles import _TEXT_BODIES

blp = Blueprint("extract", __name__, url_prefix="/extract",
                description="Try the extractor on any text without storing it.")


@blp.route("")
class Extract(MethodView):
    """The extractor."""

    @blp.arguments(s.ExtractRequestSchema)
    @blp.response(200, s.ExtractionSchema)
    @blp.doc(**_TEXT_BODIES)
    def post(self, data):
        """Extract actors, claims and figures from posted text; store nothing."""
        limit = current_app.config["MAX_ARTICLE_CHARS"]
        if len(data["body"]) > limit:
            abort(413, message=f"The text has {len(data['body'])} characters; the limit is {limit}.")
        published = data.get("published_at")
        ex = extract(data["body"], title=data.get("title"),
                     published_at=published.date() if published else None)
        return {"extractor_version": VERSION, **to_resources(ex)}
