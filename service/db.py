"""Database engine and request-scoped sessions (SQLAlchemy 2, no Flask-SQLAlchemy)."""
from __future__ import annotations

import os
import time

from flask import Flask, current_app, g
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker



def normalise_url(url: str) -> str:
    """Use psycopg 3 for plain postgres URLs."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_deadline(timeout_ms: int):
    """Return a progress handler that aborts a statement running past `timeout_ms`."""
    state = {"start": None}

    def handler() -> int:
        now = time.monotonic()
        if state["start"] is None or now - state["start"] > 3600:
            state["start"] = now
        return 1 if (now - state["start"]) * 1000 > timeout_ms else 0

    return handler, state


def make_engine(url: str, *, query_timeout_ms: int = 0) -> Engine:
    """Create an engine with foreign keys on and a per-statement time limit."""
    url = normalise_url(url)
    if not url.startswith("sqlite"):
        options = {"options": f"-c statement_timeout={int(query_timeout_ms)}"} if query_timeout_ms else {}
        return create_engine(url, pool_pre_ping=True, connect_args=options)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn, _record):  # why: SQLite leaves FKs off by default
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.close()
        if query_timeout_ms:
            handler, state = _sqlite_deadline(query_timeout_ms)
            dbapi_conn.set_progress_handler(handler, 10_000)
            _record.info["deadline"] = state  # why: the clock restarts per statement below

    if query_timeout_ms:
        @event.listens_for(engine, "before_cursor_execute")
        def _start_clock(conn, cursor, statement, params, context, executemany):
            state = conn.connection.info.get("deadline")
            if state is not None:
                state["start"] = time.monotonic()

    return engine


def init_app(app: Flask) -> None:
    """Bind an engine and session factory to the app and close sessions after requests."""
    url = app.config.get("DATABASE_URL")
    if not url:
        os.makedirs(app.instance_path, exist_ok=True)
        url = "sqlite:///" + os.path.join(app.instance_path, "newsclaims.db")
        app.config["DATABASE_URL"] = url
    engine = make_engine(url, query_timeout_ms=app.config.get("QUERY_TIMEOUT_MS") or 0)
    app.extensions["db_engine"] = engine
    app.extensions["db_sessionmaker"] = sessionmaker(engine, expire_on_commit=False)
    # why: a request may reuse an outer app context (tests, CLI); close per request too
    app.teardown_request(_close_session)
    app.teardown_appcontext(_close_session)


def new_session(app: Flask | None = None) -> Session:
    """Open a session outside a request (CLI, scripts)."""
    app = app or current_app
    return app.extensions["db_sessionmaker"]()


def get_session() -> Session:
    """Return this request's session, opening it on first use."""
    if "db_session" not in g:
        g.db_session = new_session()
    return g.db_session


def _close_session(_exc: BaseException | None) -> None:
    """Close the request's session, rolling back anything left uncommitted."""
    session = g.pop("db_session", None)
    if session is not None:
        session.close()
