"""Claims: list and read."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import abort

from service import schemas as s
from service.db import get_session
from service.extensions import Blueprint
from service.store import claims as store

from .paging import list_page

blp = Blueprint("claims", __name__, url_prefix="/claims",
                description="Who said what: speaker, cue, content, sentence and offsets.")


@blp.route("")
class Claims(MethodView):
    """The claim collection."""

    @blp.arguments(s.ClaimQueryArgsSchema, location="query")
    @blp.response(200, s.ClaimPageSchema)
    def get(self, args):
        """List claims; filter by `article`, `actor`, text `q`, `kind`, `cue`."""
        return list_page(store.list_claims, args)


@blp.route("/<int(min=1, max=2147483647):claim_id>")
class Claim(MethodView):
    """One claim."""

    @blp.response(200, s.ClaimSchema)
    def get(self, claim_id):
        """Get a claim."""
        claim = store.get(session=get_session(), claim_id=claim_id)
        if claim is None:
            abort(404, message=f"Claim {claim_id} does not exist.")
        return claim
