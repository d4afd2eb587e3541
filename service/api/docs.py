"""Swagger UI's assets, served from the installed swagger-ui-bundle package (no CDN)."""
from __future__ import annotations

from flask import Blueprint, redirect, send_from_directory
from swagger_ui_bundle import swagger_ui_path

bp = Blueprint("docs_assets", __name__)
ASSETS_URL = "/docs/assets/"


@bp.get("/docs/assets/<path:filename>")
def asset(filename: str):
    """Serve one Swagger UI file."""
    return send_from_directory(str(swagger_ui_path), filename, max_age=86400)


@bp.get("/")
def index():
    """Send people to the API docs."""
    return redirect("/docs")
