"""The committed openapi.yaml is the spec the app serves; /docs works offline."""
from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_openapi_yaml_matches_served_spec(client):
    committed = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    served = client.get("/openapi.json").json
    assert committed == served, "openapi.yaml drifted: run `python -m service openapi > openapi.yaml`"


def test_every_operation_documents_errors_as_problems(client):
    spec = client.get("/openapi.json").json
    for path, ops in spec["paths"].items():
        for method, op in ((m, o) for m, o in ops.items() if m != "parameters"):
            assert "default" in op["responses"], (method, path)
    problem = spec["components"]["responses"]["DEFAULT_ERROR"]["content"]
    assert list(problem) == ["application/problem+json"]


def test_docs_page_uses_local_assets_only(client):
    html = client.get("/docs").get_data(as_text=True)
    assert "/docs/assets/swagger-ui-bundle.js" in html
    assert "http://" not in html and "https://" not in html
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css", "swagger-ui-standalone-preset.js"):
        resp = client.get(f"/docs/assets/{asset}")
        assert resp.status_code == 200 and len(resp.data) > 1000
