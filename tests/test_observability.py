"""Request ids, JSON logs, /metrics, /readyz, rate limits and query time limits."""
from __future__ import annotations

import json
import logging

import pytest

from service import create_app


def test_request_id_is_echoed_or_made(anon):
    assert anon.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    made = anon.get("/healthz").headers["X-Request-ID"]
    assert len(made) == 32
    bad = anon.get("/healthz", headers={"X-Request-ID": "x" * 500}).headers["X-Request-ID"]
    assert len(bad) == 32


def test_access_log_is_json_with_request_id(anon, caplog):
    from service.observability import JsonFormatter

    with caplog.at_level(logging.INFO, logger="newsclaims.access"):
        anon.get("/articles", headers={"X-Request-ID": "req-42"})
    record = next(r for r in caplog.records if r.name == "newsclaims.access")
    line = json.loads(JsonFormatter().format(record))
    assert line["request_id"] == "req-42" and line["status"] == 200 and line["path"] == "/articles"
    assert line["duration_ms"] >= 0


def test_metrics_count_requests_and_stored_articles(anon, post_article):
    post_article("Police said 7 people were arrested on Saturday.")
    anon.get("/figures")
    text = anon.get("/metrics").get_data(as_text=True)
    assert 'newsclaims_http_requests_total{endpoint="/figures",method="GET",status="200"}' in text
    assert "newsclaims_articles_stored_total" in text
    assert "newsclaims_extraction_seconds_count" in text
    assert "newsclaims_http_request_seconds_bucket" in text


def test_readyz_reports_a_dead_database(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
                      "RATELIMIT_ENABLED": False})
    resp = app.test_client().get("/readyz")
    assert resp.status_code == 503 and resp.json["status"] == "unavailable"


@pytest.fixture
def limited_app(app):
    limited = create_app({"TESTING": True, "DATABASE_URL": app.config["DATABASE_URL"],
                          "RATE_LIMIT_PER_ADDRESS": "3 per minute",
                          "RATE_LIMIT_WRITES_PER_KEY": "2 per minute", "RATELIMIT_ENABLED": True})
    yield limited
    limited.extensions["db_engine"].dispose()


def test_rate_limit_per_address_gives_429_with_retry_after(limited_app):
    c = limited_app.test_client()
    codes = [c.get("/figures").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    resp = c.get("/figures")
    assert resp.mimetype == "application/problem+json" and int(resp.headers["Retry-After"]) > 0
    assert c.get("/healthz").status_code == 200


def test_rate_limit_per_key_on_writes(limited_app, make_key):
    c = limited_app.test_client()
    headers = {"Authorization": f"Bearer {make_key('editor')}"}
    codes = [c.post("/articles", json={"body": f"Officials said {i} boats sank."}, headers=headers,
                    environ_base={"REMOTE_ADDR": f"10.0.0.{i}"}).status_code for i in range(3)]
    assert codes == [201, 201, 429]


def test_slow_query_is_cut_off_with_503(app, anon):
    from sqlalchemy import text

    from service.db import make_engine

    engine = make_engine(app.config["DATABASE_URL"], query_timeout_ms=100)
    slow = ("SELECT pg_sleep(2)" if engine.dialect.name == "postgresql" else
            "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r")
    with pytest.raises(Exception) as info, engine.connect() as conn:
        conn.execute(text(slow))
    assert "timeout" in str(info.value).lower() or "interrupted" in str(info.value).lower()
    engine.dispose()
