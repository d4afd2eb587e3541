"""Actors: list, read, and the claims and figures attributed to one."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import abort

from service import schemas as s
from service.db import get_session
from service.extensions import Blueprint
from service.store import actors as store
from service.store import claims as claim_store
from service.store import figures as figure_store

from .paging import list_page

blp = Blueprint("actors", __name__, url_prefix="/actors",
                description="People, organisations and countries, shared across articles.")


def get_or_404(actor_id: int):
    """Return the actor or abort with 404."""
    actor = store.get(session=get_session(), actor_id=actor_id)
    if actor is None:
        abort(404, message=f"Actor {actor_id} does not exist.")
    return actor


@blp.route("")
class Actors(MethodView):
    """The actor collection."""

    @blp.arguments(s.ActorQueryArgsSchema, location="query")
    @blp.response(200, s.ActorPageSchema)
    def get(self, args):
        """List actors; filter by name or alias (`q`), `type` or `article`."""
        return list_page(store.list_actors, args)


@blp.route("/<int(min=1, max=2147483647):actor_id>")
class Actor(MethodView):
    """One actor."""

    @blp.response(200, s.ActorSchema)
    def get(self, actor_id):
        """Get an actor with its aliases, role and counts."""
        return get_or_404(actor_id)


@blp.route("/<int(min=1, max=2147483647):actor_id>/claims")
class ActorClaims(MethodView):
    """Claims by one actor."""

    @blp.arguments(s.ClaimQueryArgsSchema, location="query")
    @blp.response(200, s.ClaimPageSchema)
    def get(self, args, actor_id):
        """List the claims an actor makes or is cited as the source of."""
        get_or_404(actor_id)
        return list_page(claim_store.list_claims, args, actor=actor_id)


@blp.route("/<int(min=1, max=2147483647):actor_id>/figures")
class ActorFigures(MethodView):
    """Figures given by one actor."""

    @blp.arguments(s.FigureQueryArgsSchema, location="query")
    @blp.response(200, s.FigurePageSchema)
    def get(self, args, actor_id):
        """List the figures an actor is the claimant of."""
        get_or_404(actor_id)
        return list_page(figure_store.list_figures, args, actor=actor_id)
