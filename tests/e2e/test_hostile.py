"""Hostile input through the Flask test client, on every backend: never a 500, always JSON."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from service.store.text import name_key

PLAIN = ('"We will rebuild," Maria Lopez, the mayor, said on Sunday. '
         "At least 40 people were killed, the civil defence agency said.")
META_TITLE = "100% under_score C:\\temp"
META = ("Inflation rose 7% in May, the statistics office said on Monday. "
        '"The file_name is C:\\data\\q1 and 50% is gone," Ana Silva, a spokesperson for the ministry, '
        "told reporters. About 1,200 people_counted were affected, the agency said.")
SQL_META = ["' OR 1=1 --", "%", "_", "\\", '"; DROP TABLE articles; --', "%%", "_%\\", "'", "Ana' --"]
BIG_IDS = [2**31, 2**63, 10**30]


def is_problem(resp, *statuses) -> bool:
    return resp.status_code in statuses and resp.mimetype == "application/problem+json" \
        and resp.json["status"] == resp.status_code and resp.json["detail"]


@pytest.fixture
def stored(client):
    """Two articles: one plain, one full of LIKE and SQL metacharacters; return their ids."""
    plain = client.post("/articles", json={"title": "Flood", "body": PLAIN, "outlet": "Example News"})
    meta = client.post("/articles", json={"title": META_TITLE, "body": META, "outlet": "100%_News\\"})
    assert plain.status_code == meta.status_code == 201, (plain.json, meta.json)
    return {"plain": plain.json["id"], "meta": meta.json["id"]}


# --- invalid UTF-8 -------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/articles", "/extract"])
@pytest.mark.parametrize("mimetype, data", [
    ("application/json", b'{"body": "caf\xe9 \xff\xfe 40 people"}'),
    ("text/plain", b"Title\ncaf\xe9 \xff\xfe 40 people were killed."),
    ("text/plain; charset=utf-8", b"Title\n\xc3\x28 broken sequence"),
    ("text/html", b"<html><body><p>caf\xe9 \xff</p></body></html>"),
], ids=["json", "text", "text-charset", "html"])
def test_invalid_utf8_body_is_a_clear_400(client, path, mimetype, data):
    resp = client.post(path, data=data, content_type=mimetype)
    assert is_problem(resp, 400), (resp.status_code, resp.get_data(as_text=True)[:300])


def test_invalid_utf8_in_query_is_not_a_server_error(client, stored):
    resp = client.get("/articles?q=%ff%fe")
    assert resp.status_code in (200, 400), resp.get_data(as_text=True)[:300]
    if resp.status_code == 200:
        assert resp.json["total"] == 0


# --- huge numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "/figures?min=1e400", "/figures?max=-1e400", "/figures?min=nan", "/figures?min=" + "9" * 400,
    "/figures?page=99999999999999999999", "/articles?per_page=99999999999999999999",
    "/claims?min_confidence=1e400", "/actors?page=-99999999999999999999",
])
def test_huge_numbers_are_422(client, query):
    resp = client.get(query)
    assert is_problem(resp, 422), (resp.status_code, resp.get_data(as_text=True)[:300])


ID_FILTERS = ["/articles?actor={}", "/actors?article={}", "/claims?article={}", "/claims?actor={}",
              "/figures?article={}", "/figures?actor={}", "/figures?claim={}",
              "/articles/{{meta}}/claims?actor={}", "/articles/{{meta}}/figures?claim={}"]
ID_PATHS = ["/articles/{}", "/articles/{}/claims", "/articles/{}/figures", "/articles/{}/actors",
            "/actors/{}", "/actors/{}/claims", "/actors/{}/figures", "/claims/{}", "/figures/{}"]


def _report(bad: list) -> str:
    return "\n".join(f"{req} -> {status} {body}" for req, status, body in bad)


def test_huge_id_filters_give_422_or_nothing(client, stored):
    """2^31 (PostgreSQL integer), 2^63 (SQLite integer), 10^30: a 422, or no items."""
    bad = []
    for template in ID_FILTERS:
        for big in BIG_IDS:
            path = template.format(big).format(**stored)
            resp = client.get(path)
            ok = is_problem(resp, 422) or (resp.status_code == 200 and resp.json["total"] == 0)
            if not ok:
                bad.append((path, resp.status_code, resp.get_data(as_text=True)[:120]))
    assert not bad, _report(bad)


def test_huge_path_ids_are_404_or_422(client):
    bad = []
    for template in ID_PATHS:
        for big in BIG_IDS:
            resp = client.get(template.format(big))
            if not is_problem(resp, 404, 422):
                bad.append((template.format(big), resp.status_code, resp.get_data(as_text=True)[:120]))
    for big in BIG_IDS:
        resp = client.delete(f"/articles/{big}")
        if not is_problem(resp, 404, 422):
            bad.append((f"DELETE /articles/{big}", resp.status_code, resp.get_data(as_text=True)[:120]))
    assert not bad, _report(bad)


# --- deeply nested JSON --------------------------------------------------------------------

NESTED = {"open": b"[" * 100_000,
          "balanced": b"[" * 100_000 + b"]" * 100_000,
          "in-field": b'{"body": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
          "objects": b'{"a":' * 50_000 + b"1" + b"}" * 50_000}


def test_deeply_nested_json_is_rejected_cleanly(client):
    """100,000 levels: a 400/422 problem, not a RecursionError turned into a 500."""
    bad = []
    for path in ("/articles", "/extract"):
        for name, payload in NESTED.items():
            resp = client.post(path, data=payload, content_type="application/json")
            if not is_problem(resp, 400, 422):
                bad.append((f"POST {path} {name}", resp.status_code, resp.get_data(as_text=True)[:120]))
    assert not bad, _report(bad)


# --- HTML and script in text ---------------------------------------------------------------

SCRIPTY_TITLE = "<script>alert('t')</script><img src=x onerror=alert(1)>"
SCRIPTY_BODY = ("<b>Bold</b> claim: \"<script>document.cookie</script>\" said Ana Silva. "
                "At least 40 </p><iframe src=//evil> people were killed, the agency said.")


def test_html_in_json_article_is_stored_and_returned_verbatim_as_json(client):
    resp = client.post("/articles", json={"title": SCRIPTY_TITLE, "body": SCRIPTY_BODY,
                                          "outlet": "<i>Outlet</i>"})
    assert resp.status_code == 201 and resp.mimetype == "application/json", resp.get_data(as_text=True)[:300]
    got = client.get(f"/articles/{resp.json['id']}")
    assert got.mimetype == "application/json" and "text/html" not in got.content_type
    assert (got.json["title"], got.json["body"], got.json["outlet"]) == (SCRIPTY_TITLE, SCRIPTY_BODY, "<i>Outlet</i>")
    for path in (f"/articles?q={'<script>'}", f"/articles/{resp.json['id']}/claims", "/figures", "/actors"):
        listed = client.get(path)
        assert listed.status_code == 200 and listed.mimetype == "application/json", path
    assert client.get("/articles?q=<script>").json["total"] == 1


def test_html_in_plain_text_article_is_kept_verbatim(client):
    text = "Title <script>x()</script>\n\n" + SCRIPTY_BODY
    resp = client.post("/articles", data=text.encode(), content_type="text/plain")
    assert resp.status_code == 201 and resp.mimetype == "application/json", resp.get_data(as_text=True)[:300]
    assert resp.json["title"] == "Title <script>x()</script>"
    assert SCRIPTY_BODY in resp.json["body"]


def test_html_in_extract_comes_back_as_json_data(client):
    resp = client.post("/extract", json={"title": SCRIPTY_TITLE, "body": SCRIPTY_BODY})
    assert resp.status_code == 200 and resp.mimetype == "application/json"
    assert any("<script>document.cookie</script>" in c["sentence"] for c in resp.json["claims"]), resp.json


def test_errors_never_echo_html(anon):
    resp = anon.get("/articles/<script>alert(1)</script>")
    assert is_problem(resp, 404) and "text/html" not in resp.content_type


# --- SQL and LIKE metacharacters in every text filter of every list endpoint ---------------

def _all(client, path):
    resp = client.get(path, query_string={"per_page": 100})
    assert resp.status_code == 200 and resp.json["pages"] == 1, resp.json
    return resp.json["items"]


def _has(value: str, *texts) -> bool:
    return any(t is not None and value.lower() in t.lower() for t in texts)


MATCHERS = {  # filter -> how the API documents it: what an item must contain to be listed
    ("articles", "q"): lambda v, a: _has(v, a["title"], a.get("body")),
    ("articles", "outlet"): lambda v, a: a["outlet"] == v,
    ("actors", "q"): lambda v, a: _has(name_key(v) if name_key(v) else v.lower(),
                                       name_key(a["name"]), *map(name_key, a["aliases"])),
    ("claims", "q"): lambda v, c: _has(v, c["content"], c["speaker_text"]),
    ("claims", "cue"): lambda v, c: c["cue"] == v,
    ("figures", "q"): lambda v, f: _has(v, f["object"], f["sentence"]),
    ("figures", "object"): lambda v, f: _has(v, f["object"]),
    ("figures", "unit"): lambda v, f: f["unit"] == v,
}


def _list_endpoints(stored, actor_id):
    """(path, resource kind) of every list endpoint, the nested ones on real parents."""
    art = stored["meta"]
    return [("/articles", "articles"), ("/actors", "actors"), ("/claims", "claims"), ("/figures", "figures"),
            (f"/articles/{art}/claims", "claims"), (f"/articles/{art}/figures", "figures"),
            (f"/articles/{art}/actors", "actors"), (f"/actors/{actor_id}/claims", "claims"),
            (f"/actors/{actor_id}/figures", "figures")]


def test_sql_metacharacters_in_text_filters_match_literally(client, stored, session):
    from service.models import Actor, Article, Claim, Figure

    silva = [a for a in _all(client, "/actors") if a["name"] == "Ana Silva"]
    assert silva, _all(client, "/actors")
    before = {m: session.scalar(select(func.count()).select_from(m)) for m in (Article, Actor, Claim, Figure)}
    # articles' summaries carry no body: match on the full article
    full = {a["id"]: client.get(f"/articles/{a['id']}").json for a in _all(client, "/articles")}
    checked = nonempty = 0
    for path, kind in _list_endpoints(stored, silva[0]["id"]):
        everything = list(full.values()) if kind == "articles" else _all(client, path)
        for (k, param), matches in MATCHERS.items():
            if k != kind:
                continue
            for value in SQL_META + ["file_name", "100%_News\\"]:
                resp = client.get(path, query_string={param: value, "per_page": 100})
                assert resp.status_code == 200 and resp.mimetype == "application/json", \
                    (path, param, value, resp.status_code, resp.get_data(as_text=True)[:300])
                got = sorted(item["id"] for item in resp.json["items"])
                want = sorted(item["id"] for item in everything if matches(value, item))
                assert got == want, (path, param, value)
                assert resp.json["total"] == len(want)
                checked += 1
                nonempty += bool(want)
    assert checked > 150 and nonempty >= 10, (checked, nonempty)  # the controls really matched things
    assert sorted(i["id"] for i in client.get("/articles?q=%").json["items"]) == [stored["meta"]]
    assert sorted(i["id"] for i in client.get("/articles?q=_").json["items"]) == [stored["meta"]]
    session.expire_all()
    after = {m: session.scalar(select(func.count()).select_from(m)) for m in (Article, Actor, Claim, Figure)}
    assert after == before and before[Article] == 2


# --- body size -----------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/articles", "/extract"])
@pytest.mark.parametrize("mimetype", ["application/json", "text/plain"])
def test_ten_megabyte_body_is_413_problem(client, path, mimetype):
    text = "Officials said 40 people were killed. " * 270_000  # ~10 MB
    data = json.dumps({"body": text}) if mimetype == "application/json" else "Title\n" + text
    assert len(data) > 10_000_000
    resp = client.post(path, data=data, content_type=mimetype)
    assert is_problem(resp, 413), (resp.status_code, resp.get_data(as_text=True)[:300])


def test_too_many_characters_under_the_byte_limit_is_413(client):
    resp = client.post("/articles", json={"body": "A word. " * 30_000})  # 240,000 characters
    assert is_problem(resp, 413) and "limit" in resp.json["detail"]


# --- NUL bytes -----------------------------------------------------------------------------

@pytest.mark.parametrize("fields", [
    {"body": "Hello\u0000 world: 40 people were killed, police said."},
    {"title": "a\u0000b", "body": "Another story: 5 people were hurt, police said."},
    {"body": "Third story: 7 people left, police said.", "outlet": "\u0000"},
], ids=["body", "title", "outlet"])
def test_nul_in_posted_json_is_rejected_or_stored_exactly(client, fields):
    resp = client.post("/articles", json=fields)
    assert resp.status_code < 500, resp.get_data(as_text=True)[:300]
    if resp.status_code == 201:
        got = client.get(f"/articles/{resp.json['id']}").json
        assert {k: got[k] for k in fields} == fields
    else:
        assert is_problem(resp, 400, 422)


def test_nul_in_posted_text_is_rejected_or_stored_exactly(client):
    resp = client.post("/articles", data="Title\u0000x\nBody \u0000 text: 5 people.".encode(),
                       content_type="text/plain")
    assert resp.status_code < 500, resp.get_data(as_text=True)[:300]
    if resp.status_code == 201:
        assert "\u0000" in client.get(f"/articles/{resp.json['id']}").json["body"]
    else:
        assert is_problem(resp, 400, 422)


def test_nul_in_extract_is_not_a_server_error(client):
    resp = client.post("/extract", json={"body": "Hello\u0000 world: 40 people were killed, police said."})
    assert resp.status_code == 200 or is_problem(resp, 400, 422), resp.get_data(as_text=True)[:300]


NUL_QUERIES = ["/articles?q=a%00b", "/articles?outlet=%00", "/actors?q=%00", "/claims?q=%00",
               "/claims?cue=said%00", "/figures?q=%00", "/figures?object=%00", "/figures?unit=percent%00"]


def test_nul_in_query_filters_is_empty_or_4xx(client, stored):
    """No stored text holds a NUL: each filter finds nothing (or is refused), never everything."""
    bad = []
    for query in NUL_QUERIES:
        resp = client.get(query)
        ok = is_problem(resp, 400, 422) or (resp.status_code == 200 and resp.json["total"] == 0)
        if not ok:
            bad.append((query, resp.status_code, resp.get_data(as_text=True)[:120]))
    assert not bad, _report(bad)
