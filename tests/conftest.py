"""Fixtures: an app per database backend (SQLite always; PostgreSQL when configured).

Set NEWSCLAIMS_TEST_POSTGRES_URL (CI does) to run every test against PostgreSQL too.
"""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from service import create_app
from service.models import Base

POSTGRES_URL = os.environ.get("NEWSCLAIMS_TEST_POSTGRES_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


@pytest.fixture(scope="session")
def postgres_url():
    """Return the PostgreSQL URL after checking it answers (fail loudly if not)."""
    from service.db import normalise_url

    url = normalise_url(POSTGRES_URL)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # why: a configured but dead database must fail, not skip
        pytest.fail(f"NEWSCLAIMS_TEST_POSTGRES_URL is set but PostgreSQL does not answer: {exc}")
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
    engine.dispose()
    return url


def _empty_postgres(app) -> None:
    """Remove every row and reset ids, so each test starts from an empty database."""
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with app.extensions["db_engine"].begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def app(request, tmp_path):
    """Build an app on a fresh database of each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'test.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    app = create_app({"TESTING": True, "PROPAGATE_EXCEPTIONS": False,
                      "DATABASE_URL": url, "SEED_ON_START": "0"})
    if request.param == "postgresql":
        _empty_postgres(app)
    yield app
    app.extensions["db_engine"].dispose()


@pytest.fixture
def session(app):
    """A database session outside any request."""
    from service.db import new_session

    with new_session(app) as s:
        yield s


@pytest.fixture
def post_article(client):
    """Post a JSON article and return the response JSON, asserting it was stored."""
    def _post(body: str, **fields):
        resp = client.post("/articles", json={"body": body, **fields})
        assert resp.status_code in (200, 201), resp.json
        return resp.json
    return _post
