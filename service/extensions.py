"""Unbound extension objects: the flask-smorest Api with our parser and error shape."""
from __future__ import annotations

import marshmallow as ma
from flask_smorest import Api as _Api
from flask_smorest import Blueprint as _Blueprint
from webargs import core
from webargs.flaskparser import FlaskParser, abort

from service.errors import PROBLEM_CONTENT_TYPE, handle_http_exception
from service.schemas import ProblemSchema


class ArticleBodyParser(FlaskParser):
    """Read bodies as JSON, or turn text/plain and text/html articles into the same fields."""

    DEFAULT_UNKNOWN_BY_LOCATION = {**FlaskParser.DEFAULT_UNKNOWN_BY_LOCATION,
                                   "query": ma.RAISE, "querystring": ma.RAISE}

    def _raw_load_json(self, req):
        """Return the body as a mapping, whatever article format it came in."""
        from service import formats

        if not req.content_length and not req.data:
            return core.missing
        mimetype = (req.mimetype or "").lower()
        if mimetype == "application/json" or mimetype.endswith("+json"):
            try:
                return core.parse_json(req.get_data(cache=True))
            except RecursionError:
                abort(400, message="The JSON body is nested too deeply.")
        if mimetype in ("text/plain", "text/html"):
            try:
                text = req.get_data(cache=True).decode(req.mimetype_params.get("charset", "utf-8"))
            except (UnicodeDecodeError, LookupError):
                abort(400, message="The body is not valid text in its declared charset (UTF-8 by default).")
            fields = formats.parse_plain_text(text) if mimetype == "text/plain" else formats.parse_html(text)
            if fields.get("published_at") is not None:
                fields["published_at"] = fields["published_at"].isoformat()
            return {k: v for k, v in fields.items() if v is not None}
        abort(415, message=f"Unsupported content type {mimetype or 'none'}: "
                           "send application/json, text/plain or text/html.")


class Blueprint(_Blueprint):
    """flask-smorest Blueprint that reads article bodies in every format we accept."""

    ARGUMENTS_PARSER = ArticleBodyParser()


class Api(_Api):
    """flask-smorest Api whose errors are RFC 9457 problem details."""

    ERROR_SCHEMA = ProblemSchema

    def _register_responses(self):
        """Document every error response as application/problem+json."""
        import http

        from flask_smorest.utils import prepare_response

        for status in http.HTTPStatus:
            response = {"description": status.phrase}
            if not (100 <= status < 200) and status not in (204, 304):
                response["schema"] = self.ERROR_SCHEMA
            prepare_response(response, self.spec, PROBLEM_CONTENT_TYPE)
            self.spec.components.response(status.name, response, lazy=True)
        response = {"description": "Default error response", "schema": self.ERROR_SCHEMA}
        prepare_response(response, self.spec, PROBLEM_CONTENT_TYPE)
        self.spec.components.response("DEFAULT_ERROR", response, lazy=True)

    def handle_http_exception(self, error):
        """Render HTTP errors in the one problem shape."""
        return handle_http_exception(error)


api = Api()
