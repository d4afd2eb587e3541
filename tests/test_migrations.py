"""Migrations build the schema, go down cleanly, and match the models."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from service import migrate
from service.models import Base


def _engine(app):
    return app.extensions["db_engine"]


def test_models_match_migrations(app):
    with _engine(app).connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_upgrade_from_empty_to_head_and_back(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}")
    migrate.upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    assert migrate.current(engine) is not None
    migrate.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert {t.name for t in Base.metadata.sorted_tables} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_downgrade_and_upgrade_on_the_test_backend(app, anon, post_article):
    """Going down one step and up again keeps the articles (no data loss in 0002)."""
    post_article("Officials said 3 people were hurt.")
    migrate.downgrade(_engine(app), "0001")
    migrate.upgrade(_engine(app))
    assert anon.get("/articles").json["total"] == 1
