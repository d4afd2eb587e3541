"""Extraction on posted text, nothing stored."""
from __future__ import annotations

from flask.views import MethodView

from service import schemas as s
from service.extensions import Blueprint
from service.extraction import VERSION, extract
from service.extraction.export import to_resources

from .articles import _TEXT_BODIES, check_length
from .security import writes_body

blp = Blueprint("extract", __name__, url_prefix="/extract",
                description="Try the extractor on any text without storing it.")


@blp.route("")
class Extract(MethodView):
    """The extractor."""

    @blp.arguments(s.ExtractRequestSchema)
    @blp.response(200, s.ExtractionSchema)
    @blp.doc(**_TEXT_BODIES)
    @writes_body(blp)
    def post(self, data):
        """Extract actors, claims and figures from posted text; store nothing."""
        check_length(data["body"], "The text")
        published = data.get("published_at")
        ex = extract(data["body"], title=data.get("title"),
                     published_at=published.date() if published else None)
        return {"extractor_version": VERSION, **to_resources(ex)}
