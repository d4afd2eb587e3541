"""One error shape for every status: RFC 9457 problem details as JSON."""
from __future__ import annotations

import logging

from flask import Flask, Response, json, request
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import HTTPException

from service.store.exceptions import StoreError

PROBLEM_CONTENT_TYPE = "application/problem+json"
log = logging.getLogger(__name__)


def problem(status: int, title: str, detail: str | None = None, errors: dict | None = None,
            headers: dict | None = None) -> Response:
    """Return a problem-details response."""
    body = {"type": "about:blank", "title": title, "status": status,
            "detail": detail or title, "instance": request.path}
    if errors:
        body["errors"] = errors
    resp = Response(json.dumps(body), status=status, mimetype=PROBLEM_CONTENT_TYPE)
    for k, v in (headers or {}).items():
        resp.headers[k] = v
    return resp


def _flatten(messages: dict) -> dict:
    """Turn webargs' {location: {field: [msgs]}} into {field: [msgs]}."""
    if len(messages) == 1:
        (only,) = messages.values()
        if isinstance(only, dict):
            return only
    return messages


def _detail_of(errors: dict) -> str:
    """Say which fields were wrong, in one line."""
    parts = []
    for field, msgs in errors.items():
        first = msgs[0] if isinstance(msgs, list) and msgs else msgs
        if isinstance(first, dict):
            first = "invalid"
        parts.append(f"{field}: {first}")
    return "Invalid input. " + "; ".join(parts)


def handle_http_exception(error: HTTPException) -> Response:
    """Render any HTTP error (abort, 404, 405, 413, 422...) as a problem."""
    data = getattr(error, "data", None) or {}
    errors = data.get("errors") or data.get("messages")
    detail = data.get("message") or error.description
    if errors:
        errors = _flatten(errors)
        if error.code == 422 or not data.get("message"):
            detail = _detail_of(errors)
    if error.code == 429:
        detail = f"Rate limit of {error.description} reached; retry after the seconds in Retry-After."
    headers = dict(data.get("headers") or {})
    if error.code == 405 and hasattr(error, "valid_methods") and error.valid_methods:
        headers["Allow"] = ", ".join(error.valid_methods)
    return problem(error.code or 500, error.name, detail, errors, headers)


def handle_unexpected(error: Exception) -> Response:
    """Log an unexpected exception and answer 500 without leaking internals."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    log.exception("unhandled error on %s %s", request.method, request.path)
    return problem(500, "Internal Server Error", "The server could not complete the request.")


def handle_store_error(error: StoreError) -> Response:
    """Render a domain error from the store with its status."""
    from werkzeug.http import HTTP_STATUS_CODES

    return problem(error.status, HTTP_STATUS_CODES.get(error.status, "Error"), str(error))


def handle_database_error(error: OperationalError) -> Response:
    """Answer 503 when the database is down or a statement ran past its time limit."""
    log.warning("database error on %s %s: %s", request.method, request.path, error.orig)
    return problem(503, "Service Unavailable",
                   "The database is unavailable or the query took too long; try again or narrow the filters.",
                   headers={"Retry-After": "5"})


def register(app: Flask) -> None:
    """Send every error through the problem-details handlers."""
    app.register_error_handler(StoreError, handle_store_error)
    app.register_error_handler(OperationalError, handle_database_error)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected)
