"""Structured JSON logs with a request id, and Prometheus metrics at /metrics."""
from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
import uuid

from flask import Flask, Response, g, request
from prometheus_client import (CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram,
                               generate_latest, multiprocess)

_SAFE_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")

REQUESTS = Counter("newsclaims_http_requests_total", "HTTP requests answered",
                   ["method", "endpoint", "status"])
LATENCY = Histogram("newsclaims_http_request_seconds", "Time to answer a request", ["method", "endpoint"])
EXTRACTION = Histogram("newsclaims_extraction_seconds", "Time the extractor took per article",
                       buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5))
ARTICLES_STORED = Counter("newsclaims_articles_stored_total", "Articles stored")


class JsonFormatter(logging.Formatter):
    """Format a log record as one JSON object per line."""

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as JSON, with the request id when there is one."""
        out = {"ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
               "level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        for key in ("request_id", "method", "path", "status", "duration_ms", "remote"):
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if "request_id" not in out:
            try:
                out["request_id"] = g.get("request_id")
            except RuntimeError:  # why: outside a request there is no g
                pass
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def configure_logging(level: str = "INFO") -> None:
    """Send every log line to stderr as JSON."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())


_access = logging.getLogger("newsclaims.access")


def _start() -> None:
    """Take the caller's X-Request-ID (if it is sane) or make one; start the clock."""
    given = request.headers.get("X-Request-ID", "")
    g.request_id = given if _SAFE_ID.match(given) else uuid.uuid4().hex
    g.request_started = time.perf_counter()


def _finish(response: Response) -> Response:
    """Echo the request id, log the request and count it."""
    rid = g.get("request_id") or uuid.uuid4().hex
    response.headers["X-Request-ID"] = rid
    elapsed = time.perf_counter() - g.get("request_started", time.perf_counter())
    endpoint = request.url_rule.rule if request.url_rule else "unmatched"
    REQUESTS.labels(request.method, endpoint, str(response.status_code)).inc()
    LATENCY.labels(request.method, endpoint).observe(elapsed)
    _access.info("%s %s %s", request.method, request.path, response.status_code,
                 extra={"request_id": rid, "method": request.method, "path": request.path,
                        "status": response.status_code, "duration_ms": round(elapsed * 1000, 2),
                        "remote": request.remote_addr})
    return response


def metrics() -> Response:
    """Serve Prometheus metrics (aggregated over gunicorn workers when multiprocess)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST)
    return Response(generate_latest(), mimetype=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    """Install request ids, access logs and the /metrics endpoint."""
    if app.config.get("JSON_LOGS", True) and not app.testing:
        configure_logging(app.config.get("LOG_LEVEL", "INFO"))
    app.before_request(_start)
    app.after_request(_finish)
    app.add_url_rule("/metrics", "metrics", metrics)
