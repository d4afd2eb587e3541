"""Liveness and readiness probes."""
from __future__ import annotations

from flask import Blueprint, jsonify
from sqlalchemy import text

from service.db import get_session

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    """Say the process is up."""
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    """Say whether the database answers."""
    try:
        get_session().execute(text("SELECT 1"))
    except Exception as exc:  # why: any driver error means not ready
        return jsonify(status="unavailable", detail=type(exc).__name__), 503
    return jsonify(status="ok")
