"""Figures: list and read."""
from __future__ import annotations

from flask.views import MethodView
from flask_smorest import abort

from service import schemas as s
from service.db import get_session
from service.extensions import Blueprint
from service.store import figures as store

from .paging import list_page

blp = Blueprint("figures", __name__, url_prefix="/figures",
                description="How many: value or range, unit, what is counted and who says so.")


@blp.route("")
class Figures(MethodView):
    """The figure collection."""

    @blp.arguments(s.FigureQueryArgsSchema, location="query")
    @blp.response(200, s.FigurePageSchema)
    def get(self, args):
        """List figures; filter by `article`, claimant `actor`, `object`, `unit`, `min`, `max`, `q`."""
        return list_page(store.list_figures, args)


@blp.route("/<int(min=1, max=2147483647):figure_id>")
class Figure(MethodView):
    """One figure."""

    @blp.response(200, s.FigureSchema)
    def get(self, figure_id):
        """Get a figure."""
        figure = store.get(session=get_session(), figure_id=figure_id)
        if figure is None:
            abort(404, message=f"Figure {figure_id} does not exist.")
        return figure
