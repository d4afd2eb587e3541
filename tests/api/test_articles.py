"""POST/GET/DELETE /articles and an article's sub-resources."""
from __future__ import annotations

import pytest

BODY = ("Andriy Chernyak, a spokesman for Ukraine's military intelligence, said on Monday that "
        "about 6,000 North Korean soldiers remain in the Kursk region. "
        "\"They are learning fast,\" Chernyak told reporters.")


def test_post_json_creates_article_with_location(client):
    resp = client.post("/articles", json={"title": "Troops", "body": BODY, "url": "https://example.com/a"})
    assert resp.status_code == 201
    art = resp.json
    assert resp.headers["Location"].endswith(f"/articles/{art['id']}")
    assert art["title"] == "Troops" and art["body"] == BODY
    assert art["url"] == "https://example.com/a"
    assert len(art["content_hash"]) == 64
    assert art["extractor_version"]
    assert art["figures_count"] >= 1 and art["claims_count"] >= 1 and art["actors_count"] >= 1


@pytest.mark.parametrize("second", [
    {"body": BODY, "url": "https://example.com/other"},   # same body
    {"body": BODY + " More text.", "url": "https://example.com/a"},  # same URL
])
def test_posting_same_article_again_returns_existing(client, second):
    first = client.post("/articles", json={"body": BODY, "url": "https://example.com/a"})
    before = client.get("/figures").json["total"], client.get("/claims").json["total"]
    again = client.post("/articles", json=second)
    assert again.status_code == 200
    assert again.json["id"] == first.json["id"]
    assert client.get("/articles").json["total"] == 1
    assert (client.get("/figures").json["total"], client.get("/claims").json["total"]) == before


def test_post_plain_text_takes_title_from_first_line(client):
    text = "Quake toll rises\n- Author: Jane Roe\n- Date: 2025-03-02\nAt least 40 people were killed, officials said."
    resp = client.post("/articles", data=text.encode(), content_type="text/plain")
    assert resp.status_code == 201, resp.json
    assert resp.json["title"] == "Quake toll rises"
    assert resp.json["author"] == "Jane Roe"
    assert resp.json["published_at"].startswith("2025-03-02")
    assert resp.json["body"].startswith("At least 40 people")


def test_post_html_extracts_article_text(client):
    html = ("<html><head><title>Flood</title><meta name='author' content='Ann Lee'></head><body>"
            "<nav>Home | World | Sport</nav><article><h1>Floods displace thousands</h1>"
            "<p>More than 12,000 people have been displaced by floods in the north of the country, "
            "the disaster agency said on Tuesday, as rescue teams struggled to reach cut-off villages.</p>"
            "<p>\"The water is still rising,\" said Tom Reed, a local official, adding that 300 homes had been destroyed.</p>"
            "</article><footer>Copyright 2025</footer></body></html>")
    resp = client.post("/articles", data=html.encode(), content_type="text/html; charset=utf-8")
    assert resp.status_code == 201, resp.json
    assert "12,000 people" in resp.json["body"]
    assert "Copyright" not in resp.json["body"] and "Home | World" not in resp.json["body"]


def test_get_article_and_404(client, post_article):
    art = post_article(BODY)
    assert client.get(f"/articles/{art['id']}").json["body"] == BODY
    missing = client.get("/articles/999999")
    assert missing.status_code == 404
    assert "999999" in missing.json["detail"]


def test_list_articles_paginates_with_total_and_next(client, post_article):
    for i in range(5):
        post_article(f"Article number {i} says nothing much at all, really {i}.")
    page1 = client.get("/articles?per_page=2").json
    assert page1["total"] == 5 and page1["pages"] == 3 and len(page1["items"]) == 2
    assert page1["prev"] is None and "page=2" in page1["next"]
    page2 = client.get(page1["next"]).json
    assert {a["id"] for a in page2["items"]}.isdisjoint({a["id"] for a in page1["items"]})
    last = client.get("/articles?per_page=2&page=3").json
    assert len(last["items"]) == 1 and last["next"] is None
    assert "body" not in page1["items"][0]


def test_list_articles_filters_by_text_and_actor(client, post_article):
    a = post_article(BODY)
    post_article("The central bank raised rates by 0.25 percentage points, economists said.")
    assert [x["id"] for x in client.get("/articles?q=kursk").json["items"]] == [a["id"]]
    actor_id = client.get(f"/articles/{a['id']}/actors").json["items"][0]["id"]
    assert [x["id"] for x in client.get(f"/articles?actor={actor_id}").json["items"]] == [a["id"]]


def test_delete_removes_article_rows_but_keeps_shared_actors(client, post_article):
    a = post_article(BODY)
    b = post_article("Ukraine said on Friday that 40 drones were shot down overnight.")
    ukraine_before = client.get("/actors?q=ukraine").json["items"]
    assert client.delete(f"/articles/{a['id']}").status_code == 204
    assert client.get(f"/articles/{a['id']}").status_code == 404
    assert client.get(f"/claims?article={a['id']}").json["total"] == 0
    assert client.get(f"/figures?article={a['id']}").json["total"] == 0
    assert client.get("/actors?q=chernyak").json["total"] == 0
    ukraine_after = client.get("/actors?q=ukraine").json["items"]
    assert {x["id"] for x in ukraine_after} == {x["id"] for x in ukraine_before}
    assert client.get(f"/articles/{b['id']}").status_code == 200
    assert client.delete(f"/articles/{a['id']}").status_code == 404


def test_article_subresources(client, post_article):
    art = post_article(BODY)
    claims = client.get(f"/articles/{art['id']}/claims").json
    figures = client.get(f"/articles/{art['id']}/figures").json
    actors = client.get(f"/articles/{art['id']}/actors").json
    assert claims["total"] == art["claims_count"]
    assert figures["total"] == art["figures_count"]
    assert actors["total"] == art["actors_count"]
    for item in claims["items"] + figures["items"]:
        assert item["article"] == art["id"]
        assert BODY[item["start"]:item["end"]] in item["sentence"]
        assert BODY[item["sentence_start"]:item["sentence_end"]] == item["sentence"]
    assert client.get("/articles/424242/claims").status_code == 404


def test_batch_posts_many_and_reports_each(client):
    items = [{"body": f"Officials said {n} homes were damaged in district {n}."} for n in (3, 4, 5)]
    resp = client.post("/articles/batch", json={"articles": items + [items[0]]})
    assert resp.status_code == 200, resp.json
    out = resp.json
    assert out["created"] == 3 and out["existing"] == 1
    assert [r["index"] for r in out["results"]] == [0, 1, 2, 3]
    assert out["results"][3]["id"] == out["results"][0]["id"] and not out["results"][3]["created"]
    assert client.get("/articles").json["total"] == 3


def test_batch_with_one_invalid_article_stores_nothing(client):
    resp = client.post("/articles/batch", json={"articles": [{"body": "Fine text here."}, {"body": ""}]})
    assert resp.status_code == 422
    assert "articles" in resp.json["errors"]
    assert client.get("/articles").json["total"] == 0


def test_list_articles_filters_by_publication_dates(client, post_article):
    old = post_article("Officials said 3 bridges collapsed.", published_at="2024-05-01T10:00:00Z")
    new = post_article("Officials said 9 roads were closed.", published_at="2025-05-01T10:00:00+02:00")
    ids = lambda q: [a["id"] for a in client.get("/articles", query_string=q).json["items"]]  # noqa: E731
    assert ids({"since": "2025-01-01T00:00:00"}) == [new["id"]]
    assert ids({"until": "2024-12-31T23:59:59Z"}) == [old["id"]]
    assert new["published_at"] == "2025-05-01T08:00:00+00:00"
