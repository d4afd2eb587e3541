"""Real gunicorn, real database: concurrent duplicate posts, and workers SIGKILLed mid-ingest."""
from __future__ import annotations

import os
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from .conftest import live_server
from .newsgen import article


def extracted_counts(server, body: str, title: str) -> dict:
    """What POST /extract says the article holds (the extractor is deterministic)."""
    resp = server.post("/extract", json={"title": title, "body": body}, timeout=120)
    assert resp.status_code == 200, resp.text
    data = resp.json()
    return {"claims_count": len(data["claims"]), "figures_count": len(data["figures"]),
            "actors_count": len(data["actors"])}


def stored_counts(server, article_id: int) -> dict:
    """The counts an article reports, checked against the rows its list endpoints return."""
    art = server.get(f"/articles/{article_id}").json()
    for kind in ("claims", "figures", "actors"):
        listed = server.get(f"/articles/{article_id}/{kind}", params={"per_page": 1}).json()["total"]
        assert listed == art[f"{kind}_count"], (article_id, kind, listed, art)
    return {k: art[k] for k in ("claims_count", "figures_count", "actors_count")}


def all_articles(server) -> list[dict]:
    """Every stored article summary (bounded paging)."""
    items, page = [], 1
    for _ in range(50):
        data = server.get("/articles", params={"per_page": 100, "page": page}).json()
        items += data["items"]
        if not data["next"]:
            return items
        page += 1
    pytest.fail("more than 50 pages of articles")


def test_eight_clients_post_the_same_article_once(backend, tmp_path):
    body = article(seed=8, chars=30_000)
    with live_server(backend, tmp_path, workers=2, seed=False) as server:
        barrier = threading.Barrier(8, timeout=30)

        def post(_):
            barrier.wait()
            return server.post("/articles", key=server.admin_key, timeout=120,
                               json={"title": "Same story", "body": body})

        with ThreadPoolExecutor(8) as pool:
            responses = list(pool.map(post, range(8)))

        assert sorted(r.status_code for r in responses) == [200] * 7 + [201], \
            [(r.status_code, r.text[:300]) for r in responses]
        ids = {r.json()["id"] for r in responses}
        assert len(ids) == 1, ids
        stored = all_articles(server)
        assert [a["id"] for a in stored] == list(ids)
        assert stored_counts(server, ids.pop()) == extracted_counts(server, body, "Same story")


def cpu_ticks(pid: int) -> int:
    """utime + stime of a process, in clock ticks (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return 0
    return int(fields[11]) + int(fields[12])


def busiest_worker(server) -> int | None:
    """Return the worker burning the most CPU over 150 ms (the one extracting an article)."""
    pids = server.worker_pids()
    before = {p: cpu_ticks(p) for p in pids}
    time.sleep(0.15)
    deltas = {p: cpu_ticks(p) - before[p] for p in pids}
    return max(deltas, key=deltas.get) if deltas and max(deltas.values()) > 0 else None


def wait_for_workers(server, count: int, timeout: float = 30) -> None:
    """Wait until gunicorn has `count` live workers again and the server answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if len(server.worker_pids()) >= count:
            break
        time.sleep(0.2)
    server.wait_healthy(timeout=max(1.0, deadline - time.monotonic()))


KILLS = 3
ARTICLES = 6


def test_sigkill_workers_during_ingest_leaves_no_partial_article(backend, tmp_path):
    bodies = {i: article(seed=1000 + i, chars=150_000) for i in range(ARTICLES)}
    with live_server(backend, tmp_path, workers=2, seed=False) as server:
        results: dict[int, object] = {}
        in_flight = threading.Event()

        def poster():
            for i, body in bodies.items():
                in_flight.set()
                try:
                    results[i] = server.post("/articles", key=server.admin_key, timeout=120,
                                             json={"title": f"Big story {i}", "body": body}).status_code
                except requests.RequestException as exc:  # the worker died under this request
                    results[i] = type(exc).__name__
                finally:
                    in_flight.clear()

        thread = threading.Thread(target=poster, daemon=True)
        thread.start()
        killed_pids = []
        for n in range(KILLS):
            wait_for_workers(server, 2)
            assert in_flight.wait(timeout=120), "the poster stopped posting"
            time.sleep(0.3 + 0.2 * n)  # into extraction or the insert, at varied points
            pid = busiest_worker(server)
            if pid is None or not thread.is_alive():
                continue
            os.kill(pid, signal.SIGKILL)
            killed_pids.append(pid)
        thread.join(timeout=600)
        assert not thread.is_alive(), "posting did not finish in 10 minutes"
        wait_for_workers(server, 2)

        assert len(killed_pids) == KILLS, f"only {len(killed_pids)} kills happened: {results}"
        interrupted = [i for i, r in results.items() if not isinstance(r, int)]
        print(f"SIGKILLed {killed_pids}; results {results}")
        assert interrupted, f"no request was in flight when a worker was killed: {results}"
        assert all(r in (200, 201) for r in results.values() if isinstance(r, int)), results

        # the server still reads and writes
        assert server.get("/healthz").status_code == 200
        assert server.get("/readyz").status_code == 200

        # every stored article is whole: the counts of a fresh extraction of its body
        stored = all_articles(server)
        by_title = {a["title"]: a["id"] for a in stored}
        assert len(by_title) == len(stored), "an article was stored twice"
        for i, body in bodies.items():
            if f"Big story {i}" in by_title:
                assert stored_counts(server, by_title[f"Big story {i}"]) == \
                    extracted_counts(server, body, f"Big story {i}"), i
            else:
                assert i in interrupted, f"article {i} answered {results[i]} but is not stored"

        # what was killed can be posted again, and is then stored whole
        for i in interrupted:
            resp = server.post("/articles", key=server.admin_key, timeout=120,
                               json={"title": f"Big story {i}", "body": bodies[i]})
            assert resp.status_code == (200 if f"Big story {i}" in by_title else 201), resp.text[:500]
            assert stored_counts(server, resp.json()["id"]) == \
                extracted_counts(server, bodies[i], f"Big story {i}")

        fresh = server.post("/articles", key=server.admin_key,
                            json={"title": "After the storm", "body": article(seed=7, chars=2_000)})
        assert fresh.status_code == 201, fresh.text
        assert len(all_articles(server)) == len(stored) + len(
            [i for i in interrupted if f"Big story {i}" not in by_title]) + 1
