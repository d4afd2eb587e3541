"""Every error has the same problem-details shape, and a failed write changes nothing."""
from __future__ import annotations

import pytest

SHAPE = {"type", "title", "status", "detail", "instance"}


def _assert_problem(resp, status):
    assert resp.status_code == status
    assert resp.mimetype == "application/problem+json"
    body = resp.json
    assert SHAPE <= set(body)
    assert body["status"] == status and body["detail"]


@pytest.mark.parametrize("method,path,kwargs,status", [
    ("post", "/articles", {"data": b"{not json", "content_type": "application/json"}, 400),
    ("post", "/articles", {"data": b"\xff\xfe bad", "content_type": "text/plain"}, 400),
    ("get", "/articles/12345", {}, 404),
    ("get", "/no/such/path", {}, 404),
    ("put", "/articles", {"json": {}}, 405),
    ("post", "/articles", {"data": b"x", "content_type": "application/xml"}, 415),
    ("post", "/articles", {"json": {"body": "x", "colour": "red"}}, 422),
    ("post", "/articles", {"json": {"body": 5}}, 422),
    ("post", "/articles", {"json": {"title": "no body"}}, 422),
    ("get", "/figures?min=abc", {}, 422),
    ("get", "/figures?bogus=1", {}, 422),
    ("get", "/articles?per_page=1000", {}, 422),
])
def test_error_shape(client, method, path, kwargs, status):
    resp = getattr(client, method)(path, **kwargs)
    _assert_problem(resp, status)


def test_422_names_the_field(client):
    resp = client.post("/articles", json={"body": "ok text", "published_at": "yesterday", "colour": 1})
    _assert_problem(resp, 422)
    assert set(resp.json["errors"]) == {"published_at", "colour"}
    assert "published_at" in resp.json["detail"]


def test_413_for_large_body(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    resp = client.post("/articles", json={"body": "x" * 5000})
    _assert_problem(resp, 413)


def test_413_for_long_article(app, client):
    app.config["MAX_ARTICLE_CHARS"] = 100
    resp = client.post("/articles", json={"body": "word " * 100})
    _assert_problem(resp, 413)
    assert client.get("/articles").json["total"] == 0


def test_500_is_a_problem_and_write_is_rolled_back(app, client, monkeypatch):
    from service.store import articles

    def broken(session, article, ex):
        from service.models import Claim
        session.add(Claim(article=article, cue="said", kind="direct", content="x", sentence="x",
                          start=0, end=1, sentence_start=0, sentence_end=1))
        session.flush()
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(articles, "_store_extraction", broken)
    resp = client.post("/articles", json={"body": "Officials said 5 people died."})
    _assert_problem(resp, 500)
    assert "disk on fire" not in resp.get_data(as_text=True)
    monkeypatch.undo()
    assert client.get("/articles").json["total"] == 0
    assert client.get("/claims").json["total"] == 0


def test_409_when_a_concurrent_duplicate_cannot_be_found(app, client, monkeypatch):
    """A unique clash we cannot resolve to a stored article is a 409, not a 500."""
    from service.store import articles

    client.post("/articles", json={"body": "First text here.", "url": "https://e.com/x"})
    monkeypatch.setattr(articles, "find_existing", lambda **kw: None)
    resp = client.post("/articles", json={"body": "Other text.", "url": "https://e.com/x"})
    _assert_problem(resp, 409)
