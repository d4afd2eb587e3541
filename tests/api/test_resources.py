"""GET /actors, /claims, /figures: items, filters and single resources."""
from __future__ import annotations

import pytest

A1 = ("Andriy Chernyak, a spokesman for Ukraine's military intelligence, said on Monday that "
      "about 6,000 North Korean soldiers remain in Russia, with 150,000 more expected.")
A2 = ("The central bank raised its key rate to 5.5 percent on Thursday. Inflation rose 3.2% "
      "in March, according to the statistics office.")


@pytest.fixture
def two_articles(post_article):
    return post_article(A1, title="Troops"), post_article(A2, title="Rates")


def _actor_id(client, name):
    items = client.get("/actors", query_string={"q": name}).json["items"]
    assert items, f"no actor matching {name}"
    return items[0]["id"]


def test_actor_resource_has_name_type_aliases(client, two_articles):
    actor_id = _actor_id(client, "Chernyak")
    actor = client.get(f"/actors/{actor_id}").json
    assert actor["name"] == "Andriy Chernyak" and actor["type"] == "person"
    assert isinstance(actor["aliases"], list)
    assert actor["articles_count"] == 1
    assert client.get("/actors/987654").status_code == 404


def test_actor_filters(client, two_articles):
    a1, _ = two_articles
    people = client.get("/actors?type=person").json["items"]
    assert all(a["type"] == "person" for a in people) and people
    in_a1 = {a["id"] for a in client.get(f"/actors?article={a1['id']}").json["items"]}
    assert _actor_id(client, "Chernyak") in in_a1


def test_figures_of_an_actor_carry_sentence_and_offsets(client, two_articles):
    actor_id = _actor_id(client, "Chernyak")
    figs = client.get(f"/figures?actor={actor_id}").json
    assert figs["total"] >= 1
    values = {f["value"] for f in figs["items"]}
    assert 6000 in values
    for f in figs["items"]:
        assert f["claimant"]["id"] == actor_id
        assert f["sentence"] and f["end"] > f["start"]
    same = client.get(f"/actors/{actor_id}/figures").json
    assert [f["id"] for f in same["items"]] == [f["id"] for f in figs["items"]]


def test_claims_filters(client, two_articles):
    a1, a2 = two_articles
    actor_id = _actor_id(client, "Chernyak")
    by_actor = client.get(f"/claims?actor={actor_id}").json["items"]
    assert by_actor and all(c["speaker"]["id"] == actor_id for c in by_actor)
    assert client.get(f"/actors/{actor_id}/claims").json["total"] == len(by_actor)
    by_article = client.get(f"/claims?article={a2['id']}").json["items"]
    assert all(c["article"] == a2["id"] for c in by_article)
    q = client.get("/claims?q=North Korean").json["items"]
    assert q and all("North Korean" in c["content"] for c in q)
    claim = by_actor[0]
    assert client.get(f"/claims/{claim['id']}").json == claim
    assert client.get("/claims/555555").status_code == 404


@pytest.mark.parametrize("query,expected", [
    ({"min": 5000}, {6000, 150000}),
    ({"min": 5000, "max": 10000}, {6000}),
    ({"max": 4}, set()),
    ({"unit": "percent"}, {5.5, 3.2}),
    ({"object": "soldiers"}, {6000}),
])
def test_figure_filters(client, two_articles, query, expected):
    items = client.get("/figures", query_string={**query, "per_page": 100}).json["items"]
    got = {f["value"] for f in items}
    assert expected <= got
    if "max" in query:
        assert all((f["low"] if f["low"] is not None else f["value"]) <= query["max"] for f in items)
    if "min" in query:
        assert all((f["high"] if f["high"] is not None else f["value"]) >= query["min"] for f in items)
    if "unit" in query:
        assert all(f["unit"] == query["unit"] for f in items)


def test_figure_by_id_and_confidence_filter(client, two_articles):
    figs = client.get("/figures?per_page=100").json["items"]
    assert client.get(f"/figures/{figs[0]['id']}").json == figs[0]
    high = client.get("/figures?min_confidence=0.8&per_page=100").json["items"]
    assert all(f["confidence"] >= 0.8 for f in high)
    assert client.get("/figures/31337").status_code == 404


def test_extract_stores_nothing(client):
    resp = client.post("/extract", json={"body": A1})
    assert resp.status_code == 200
    out = resp.json
    assert {"actors", "claims", "figures", "extractor_version"} <= set(out)
    assert any(f["value"] == 6000 for f in out["figures"])
    assert client.get("/articles").json["total"] == 0
    assert client.get("/actors").json["total"] == 0


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json == {"status": "ok"}
    assert client.get("/readyz").json == {"status": "ok"}
