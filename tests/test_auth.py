"""Keys and roles: reads open by default, writes need editor, revoked keys stop working."""
from __future__ import annotations

import pytest

SHAPE = {"type", "title", "status", "detail", "instance"}
ARTICLE = {"body": "Officials said 12 people were hurt in the blast on Monday."}


def _post(c, key=None):
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return c.post("/articles", json=ARTICLE, headers=headers)


def test_reads_are_open_without_a_key(anon):
    assert anon.get("/articles").status_code == 200
    assert anon.get("/figures").status_code == 200


@pytest.mark.parametrize("header", [None, "Bearer nck_not_a_real_key", "Basic abc", "Bearer "])
def test_write_without_a_valid_key_is_401(anon, header):
    headers = {"Authorization": header} if header else {}
    resp = anon.post("/articles", json=ARTICLE, headers=headers)
    assert resp.status_code == 401
    assert SHAPE <= set(resp.json) and resp.mimetype == "application/problem+json"
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert anon.get("/articles").json["total"] == 0


def test_reader_key_cannot_write(anon, make_key):
    resp = _post(anon, make_key("reader"))
    assert resp.status_code == 403 and "editor" in resp.json["detail"]


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editor_and_admin_can_write_and_delete(anon, make_key, role):
    key = make_key(role)
    created = _post(anon, key)
    assert created.status_code == 201
    path = f"/articles/{created.json['id']}"
    assert anon.delete(path).status_code == 401
    assert anon.delete(path, headers={"Authorization": f"Bearer {key}"}).status_code == 204


def test_revoked_key_is_refused(app, anon, make_key):
    from service.db import new_session
    from service.store import keys

    key = make_key("editor")
    with new_session(app) as s:
        row = keys.find_active(session=s, key=key)
        assert row is not None and row.key_hash != key and key not in row.key_hash
        assert keys.revoke(session=s, key_id=row.id)
    assert _post(anon, key).status_code == 401


def test_closed_reads_need_a_key(app, anon, make_key):
    app.config["READS_REQUIRE_KEY"] = "1"
    assert anon.get("/articles").status_code == 401
    reader = {"Authorization": f"Bearer {make_key('reader')}"}
    assert anon.get("/articles", headers=reader).status_code == 200
    assert anon.get("/healthz").status_code == 200
    assert anon.get("/docs").status_code == 200


def test_write_operations_are_documented_as_secured(client):
    spec = client.get("/openapi.json").json
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    for path, method in (("/articles", "post"), ("/articles/{article_id}", "delete")):
        op = spec["paths"][path][method]
        assert op["security"] == [{"bearerAuth": []}]
        assert {"401", "403"} <= set(op["responses"])
