"""End-to-end fixtures: a real `python -m service serve` (gunicorn) on a throwaway database.

SQLite servers get a fresh file in tmp; PostgreSQL servers get their own database
(`newsclaims_e2e`, dropped and created again for each server) next to the suite's `test`
database, so they never clash with tests/conftest.py.
"""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests


REPO = Path(__file__).resolve().parents[2]
E2E_DATABASE = "newsclaims_e2e"
# the suite's convention (tests/conftest.py): SQLite always, PostgreSQL when configured
POSTGRES_URL = os.environ.get("NEWSCLAIMS_TEST_POSTGRES_URL")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


def free_port() -> int:
    """Return a port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fresh_postgres_database() -> str:
    """Drop and create the e2e database next to the test one; return its URL."""
    import psycopg
    from sqlalchemy.engine import make_url

    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {E2E_DATABASE} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {E2E_DATABASE}")
    return make_url(POSTGRES_URL).set(database=E2E_DATABASE).render_as_string(hide_password=False)


@dataclass
class LiveServer:
    """A running gunicorn master with its database and an admin key."""

    url: str
    database_url: str
    proc: subprocess.Popen
    log: Path
    env: dict = field(repr=False)
    admin_key: str = ""

    def get(self, path: str, **kw) -> requests.Response:
        return requests.get(self.url + path, timeout=kw.pop("timeout", 30), **kw)

    def post(self, path: str, key: str | None = None, **kw) -> requests.Response:
        headers = kw.pop("headers", {})
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return requests.post(self.url + path, headers=headers, timeout=kw.pop("timeout", 60), **kw)

    def worker_pids(self) -> list[int]:
        """Return the pids of the gunicorn workers (children of the master)."""
        out = subprocess.run(["pgrep", "-P", str(self.proc.pid)], capture_output=True, text=True)
        return [int(p) for p in out.stdout.split()]

    def log_tail(self, chars: int = 4000) -> str:
        return self.log.read_text(errors="replace")[-chars:] if self.log.exists() else ""

    def wait_healthy(self, timeout: float = 60) -> None:
        """Wait until /healthz answers 200 (bounded); fail with the log otherwise."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"server exited with {self.proc.returncode}:\n{self.log_tail()}")
            with contextlib.suppress(requests.RequestException):
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return
            time.sleep(0.2)
        pytest.fail(f"server did not answer /healthz within {timeout}s:\n{self.log_tail()}")


def cli(env: dict, *args: str) -> str:
    """Run `python -m service ARGS` with `env`; return stdout (fail loudly on error)."""
    out = subprocess.run([sys.executable, "-m", "service", *args], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, f"python -m service {' '.join(args)} failed:\n{out.stderr}"
    return out.stdout


@contextlib.contextmanager
def live_server(backend: str, tmp_path: Path, *, workers: int = 2, seed: bool = True, **extra_env):
    """Start `python -m service serve` on a fresh database; yield a LiveServer; stop it."""
    if backend == "sqlite":
        database_url = f"sqlite:///{tmp_path / 'e2e.db'}"
    else:
        database_url = fresh_postgres_database()
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "NEWSCLAIMS_HOST": "127.0.0.1",
           "NEWSCLAIMS_PORT": str(port), "NEWSCLAIMS_WORKERS": str(workers),
           "NEWSCLAIMS_SEED": "1" if seed else "0", "NEWSCLAIMS_RATE_LIMITS": "0",
           "NEWSCLAIMS_LOG_LEVEL": "warning", "PYTHONUNBUFFERED": "1", **extra_env}
    log = tmp_path / f"server-{port}.log"
    with open(log, "wb") as sink:
        # why: own session, so the whole server (master and workers) can be stopped by its group
        proc = subprocess.Popen([sys.executable, "-m", "service", "serve"], cwd=REPO, env=env,
                                stdout=sink, stderr=subprocess.STDOUT, start_new_session=True)
    server = LiveServer(url=f"http://127.0.0.1:{port}", database_url=database_url, proc=proc,
                        log=log, env=env)
    try:
        server.wait_healthy()
        server.admin_key = cli(env, "keys", "create", "--role", "admin", "--name", "e2e").strip().splitlines()[-1]
        yield server
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=25)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # why: no orphaned worker may outlive the test
        if backend == "postgresql":
            import psycopg

            with contextlib.suppress(Exception), psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {E2E_DATABASE} WITH (FORCE)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One seeded SQLite server (2 workers) for the whole module."""
    with live_server("sqlite", tmp_path_factory.mktemp("live")) as s:
        yield s


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Each configured database backend: sqlite, and postgresql when configured."""
    return request.param
