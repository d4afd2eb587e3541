"""newsclaims: who says what, and how many — a JSON API over news articles."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # why: `import service.extraction` must work without Flask installed
    from flask import Flask

__version__ = "0.1.0"

API_DESCRIPTION = (
    "newsclaims reads news articles and records their actors (people, organisations, "
    "countries), claims (who said what) and figures (how many, according to whom), each "
    "tied to the sentence and character offsets it came from."
)


def _openapi_config() -> dict:
    """Return flask-smorest's settings: spec at /openapi.json, Swagger UI at /docs."""
    from service.api.docs import ASSETS_URL

    return {
        "API_TITLE": "newsclaims",
        "API_VERSION": __version__,
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/",
        "OPENAPI_JSON_PATH": "openapi.json",
        "OPENAPI_SWAGGER_UI_PATH": "/docs",
        "OPENAPI_SWAGGER_UI_URL": ASSETS_URL,
        "API_SPEC_OPTIONS": {"info": {"description": API_DESCRIPTION},
                             "servers": [{"url": "/"}]},
    }


def create_app(config: Mapping | None = None) -> Flask:
    """Build the app: settings from the environment, overridden by `config`."""
    from flask import Flask

    from service import api as api_pkg
    from service import auth, config as settings, db, errors, limits, observability
    from service.extensions import api

    app = Flask(__name__, instance_relative_config=True)
    app.config.update(settings.from_environment())
    app.config.update(_openapi_config())
    app.json.sort_keys = False
    if config:
        app.config.update(config)
    if app.config.get("PROXY_COUNT"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        n = int(app.config["PROXY_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n)
    observability.init_app(app)
    db.init_app(app)
    limits.init_app(app)
    api.init_app(app)
    api_pkg.register(app)
    errors.register(app)
    auth.init_app(app)
    return app
