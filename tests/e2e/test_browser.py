"""Headless Chromium drives Swagger UI at /docs: GET /figures -> Try it out -> Execute."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def _need_browser():
    """Skip (fail on CI) when Chromium or the playwright package is missing."""
    missing = []
    if not CHROMIUM.exists():
        missing.append("/usr/bin/chromium is missing: run `apt-get install chromium`")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package is missing: pip install -e '.[test]'")
    if missing:
        reason = "; ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI needs the browser test: {reason}")
        pytest.skip(reason)


def test_swagger_ui_executes_get_figures(server, tmp_path):
    _need_browser()
    from playwright.sync_api import expect, sync_playwright

    requested, blocked = [], []

    def gate(route):
        """Let only local requests through; record and abort anything else."""
        url = route.request.url
        requested.append(url)
        if urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    with sync_playwright() as p:
        # a fresh profile: playwright passes it to Chromium as --user-data-dir
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            context.route("**/*", gate)
            page = context.new_page()
            page.set_default_timeout(20_000)
            page.goto(f"{server.url}/docs")

            op = page.locator(".opblock.opblock-get").filter(
                has=page.locator(".opblock-summary-path[data-path='/figures']"))
            expect(op).to_have_count(1)
            op.locator(".opblock-summary").first.click()
            op.get_by_role("button", name="Try it out").click()
            op.get_by_role("button", name="Execute").click()

            live = op.locator(".live-responses-table")
            expect(live.locator("tr.response td.response-col_status")).to_have_text("200", timeout=20_000)
            body = live.locator("tr.response .response-col_description pre").first
            expect(body).to_contain_text("North Korean soldiers")
            expect(body).to_contain_text('"total"')
            page.screenshot(path=str(tmp_path / "docs-figures.png"), full_page=True)
        finally:
            context.close()

    assert (tmp_path / "docs-figures.png").stat().st_size > 1000
    assert any(urlsplit(u).path == "/figures" for u in requested), requested  # the UI really called the API
    assert blocked == [], f"/docs tried to reach the network: {blocked}"
