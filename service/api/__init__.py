"""HTTP API: one blueprint per resource; views only declare."""
from __future__ import annotations

from flask import Flask

from service.extensions import api


def register(app: Flask) -> None:
    """Register every blueprint on the app's Api."""
    from . import actors, articles, claims, docs, extract, figures, health, security

    for module in (articles, actors, claims, figures, extract):
        api.register_blueprint(module.blp)
    api.spec.components.security_scheme("bearerAuth", security.BEARER)
    app.register_blueprint(health.bp)
    app.register_blueprint(docs.bp)
