"""Fixtures: an app per database backend (SQLite always; PostgreSQL when configured).

Set NEWSCLAIMS_TEST_POSTGRES_URL (CI does) to run every test against PostgreSQL too.
Both databases get their schema from the Alembic migrations, as production does.
"""
from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy import create_engine, text

from service import create_app, migrate
from service.models import Base

POSTGRES_URL = os.environ.get("NEWSCLAIMS_TEST_POSTGRES_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def reset_postgres(url: str) -> None:
    """Drop every table (and Alembic's record) from the test database."""
    engine = create_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_url():
    """Return the PostgreSQL URL, migrated to head (fail loudly if it does not answer)."""
    from service.db import normalise_url

    url = normalise_url(POSTGRES_URL)
    try:
        reset_postgres(url)
    except Exception as exc:  # why: a configured but dead database must fail, not skip
        pytest.fail(f"NEWSCLAIMS_TEST_POSTGRES_URL is set but PostgreSQL does not answer: {exc}")
    engine = create_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """Return a SQLite file migrated to head, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    engine.dispose()
    return path


def _empty_postgres(app) -> None:
    """Remove every row and reset ids, so each test starts from an empty database."""
    tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with app.extensions["db_engine"].begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=BACKENDS)
def app(request, tmp_path):
    """Build an app on a fresh, migrated database of each backend."""
    if request.param == "sqlite":
        db_path = tmp_path / "test.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), db_path)
        url = f"sqlite:///{db_path}"
    else:
        url = request.getfixturevalue("postgres_url")
    app = create_app({"TESTING": True, "PROPAGATE_EXCEPTIONS": False,
                      "DATABASE_URL": url, "SEED_ON_START": "0", "RATELIMIT_ENABLED": False})
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
def make_key(app):
    """Create an API key with a role and return the key string."""
    from service.db import new_session
    from service.store import keys

    def _make(role: str) -> str:
        with new_session(app) as s:
            return keys.create(session=s, role=role)[1]
    return _make


@pytest.fixture
def anon(app):
    """A test client that sends no API key."""
    return app.test_client()


@pytest.fixture
def client(app, make_key):
    """A test client that sends an editor key with every request."""
    c = app.test_client()
    c.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {make_key('editor')}"
    return c


@pytest.fixture
def post_article(client):
    """Post a JSON article and return the response JSON, asserting it was stored."""
    def _post(body: str, **fields):
        resp = client.post("/articles", json={"body": body, **fields})
        assert resp.status_code in (200, 201), resp.json
        return resp.json
    return _post
