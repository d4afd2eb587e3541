"""Render the app's OpenAPI spec as stable YAML (what openapi.yaml holds)."""
from __future__ import annotations

import yaml


def spec_dict() -> dict:
    """Return the spec of an app built with default settings and an in-memory database."""
    from service import create_app
    from service.extensions import api

    app = create_app({"DATABASE_URL": "sqlite://", "TESTING": True})
    with app.app_context():
        return api.spec.to_dict()


def spec_yaml() -> str:
    """Return the spec as YAML with keys in a stable order."""
    return yaml.safe_dump(spec_dict(), sort_keys=True, allow_unicode=True, width=100)
