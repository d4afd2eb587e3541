"""The command line: keys, db migrations, seed, extract."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(args, db_url, check=True):
    """Run `python -m service ARGS` against `db_url` and return the completed process."""
    env = {"DATABASE_URL": db_url, "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "service", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def db_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    run(["db", "upgrade"], url)
    return url


def test_keys_create_list_revoke(db_url):
    out = run(["keys", "create", "--role", "editor", "--name", "ci"], db_url).stdout
    key = out.strip().splitlines()[-1]
    assert key.startswith("nck_") and " " not in key and len(key) > 30
    listed = run(["keys", "list"], db_url).stdout
    assert "editor" in listed and "active" in listed and key not in listed
    run(["keys", "revoke", "1"], db_url)
    assert "revoked" in run(["keys", "list"], db_url).stdout
    assert run(["keys", "revoke", "99"], db_url, check=False).returncode == 1
    assert run(["keys", "create", "--role", "god"], db_url, check=False).returncode != 0


def test_seed_is_idempotent_from_the_cli(db_url):
    first = run(["seed"], db_url).stdout
    second = run(["seed"], db_url).stdout
    assert first.count("loaded") == 2 and second.count("already there") == 2


def test_extract_prints_one_json_line_per_file():
    out = run(["extract", "seeds/000_10bb39b41695ae5d.txt", "seeds/003_50233999aba92850.txt"],
              "sqlite://").stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["file"] for line in lines] == ["seeds/000_10bb39b41695ae5d.txt",
                                                "seeds/003_50233999aba92850.txt"]
    assert all({"actors", "claims", "figures"} <= set(line) for line in lines)


def test_reextract_reads_outdated_articles_again(db_url):
    run(["seed"], db_url)
    assert "re-read 0" in run(["reextract"], db_url).stdout
    assert "re-read 2" in run(["reextract", "--all"], db_url).stdout
