"""Access control of the HTTP API: roles, ownership, secrets, the open mode, the data folder, rate limits.

Token mode (users exist) through the in-process client; the open mode's request guard and ``monitor serve``'s
refusals against real servers on sockets.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from monitor.api import create_app
from monitor.users import UserStore

from .conftest import ROOT as REPO_ROOT
from .conftest import LiveServer, Seeded, free_port, make_settings, replay, seed_articles

HOOK_A = "https://hooks.example.org/services/T000/B000/secret-path-of-ana"
HOOK_B = "https://hooks.example.org/services/T111/B111/secret-path-of-bob"


@dataclass
class Users:
    app: object
    tokens: dict[str, str]  # user -> token

    def client(self, user: str | None) -> TestClient:
        headers = {"Authorization": f"Bearer {self.tokens[user]}"} if user else {}
        return TestClient(self.app, headers=headers)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def users(seeded_all: Seeded, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Users]:
    settings = make_settings(tmp_path_factory.mktemp("api-access"))
    replay(settings, list(seed_articles().values()))
    store = UserStore(settings.db_path)
    tokens = {name: store.add(name, role) for name, role in
              (("ana", "editor"), ("bob", "editor"), ("rita", "reader"), ("root", "admin"))}
    store.close()
    app = create_app(settings)  # no MONITOR_API_TOKEN: users only
    with TestClient(app):
        yield Users(app, tokens)


def test_user_tokens_are_stored_hashed(users: Users, seeded_all: Seeded) -> None:
    import sqlite3

    db = users.app.state.api.settings.db_path  # type: ignore[attr-defined]
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert all(token not in dump for token in users.tokens.values())
    assert all(len(t) >= 40 for t in users.tokens.values())


def test_every_read_needs_a_token_in_token_mode(users: Users) -> None:
    anon = users.client(None)
    for path in ("/api/alerts", "/api/alerts/anything", "/api/alerts/fired", "/api/alerts/stream",
                 "/api/search?q=Kazakhstan", "/api/stats", "/api/entities/suggest?q=ka", "/api/session",
                 "/api/articles/x"):
        r = anon.get(path)
        assert r.status_code == 401, path
        assert r.headers["www-authenticate"] == "Bearer"
    for path in ("/api/health", "/api/ready", "/metrics", "/", "/openapi.json"):
        assert anon.get(path).status_code == 200, path
    assert users.client("rita").get("/api/search", params={"q": "Kazakhstan"}).status_code == 200
    r = anon.get("/api/alerts", headers={"Authorization": "Bearer mon_not-a-token"})
    assert r.status_code == 401 and "not valid" in r.json()["detail"]


def test_webhook_urls_and_addresses_only_for_their_owner_and_admins(users: Users) -> None:
    ana, bob, rita, root = (users.client(u) for u in ("ana", "bob", "rita", "root"))
    r = ana.post("/api/alerts", json={"name": "ana-kz", "query": "country:Kazakhstan", "webhook": HOOK_A,
                                      "secret": "s3cret", "email": "ana@example.org"})
    assert r.status_code == 201, r.text
    assert r.json()["owner"] == "ana" and r.json()["webhook"] == HOOK_A
    for client in (bob, rita):
        for body in (client.get("/api/alerts/ana-kz").json(),
                     next(a for a in client.get("/api/alerts").json() if a["name"] == "ana-kz")):
            assert body["webhook"] is None and body["email"] is None
            assert body["channels"] == ["webhook", "email"] and body["signed"] is True  # what, not where
            assert "secret" not in body and "s3cret" not in str(body)
    for client in (ana, root):
        body = client.get("/api/alerts/ana-kz").json()
        assert (body["webhook"], body["email"]) == (HOOK_A, "ana@example.org")
        assert "s3cret" not in str(body)


def test_an_alert_belongs_to_its_creator(users: Users) -> None:
    ana, bob, rita, root = (users.client(u) for u in ("ana", "bob", "rita", "root"))
    created = ana.post("/api/alerts", json={"name": "ana-own", "query": "Kazakhstan", "webhook": HOOK_A})
    assert created.status_code == 201
    # Bob cannot redirect Ana's alert to his own URL (create-or-replace used to allow it), nor touch it.
    r = bob.post("/api/alerts", json={"name": "ana-own", "query": "Kazakhstan", "webhook": HOOK_B})
    assert r.status_code == 403 and "belongs to ana" in r.json()["detail"]
    assert bob.post("/api/alerts/ana-own/pause").status_code == 403
    assert bob.delete("/api/alerts/ana-own").status_code == 403
    assert bob.post("/api/alerts", json={"name": "bob-as-ana", "query": "x", "owner": "ana"}).status_code == 403
    assert root.get("/api/alerts/ana-own").json()["webhook"] == HOOK_A  # unchanged
    # A reader changes nothing; the owner and an admin do.
    assert rita.post("/api/alerts", json={"name": "rita", "query": "Kazakhstan"}).status_code == 403
    assert rita.post("/api/alerts/ana-own/pause").status_code == 403
    assert ana.post("/api/alerts/ana-own/pause").json()["paused"] is True
    assert root.post("/api/alerts/ana-own/resume").json()["paused"] is False
    r = root.post("/api/alerts", json={"name": "for-bob", "query": "Kazakhstan", "owner": "bob"})
    assert r.status_code == 201 and r.json()["owner"] == "bob"
    assert bob.delete("/api/alerts/for-bob").status_code == 204
    assert root.delete("/api/alerts/ana-own").status_code == 204


def test_webhooks_to_refused_addresses_are_refused_when_saved(users: Users) -> None:
    ana = users.client("ana")
    for url in ("http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:9200/_search",
                "http://[2002:7f00::1]/", "http://10.0.0.5/hook", "http://0x7f.1/", "http://u:p@example.org/"):
        r = ana.post("/api/alerts", json={"name": "bad-hook", "query": "Kazakhstan", "webhook": url})
        assert r.status_code == 400 and "webhook refused" in r.json()["detail"], url
    assert ana.get("/api/alerts/bad-hook").status_code == 404


def test_the_dry_run_needs_an_editor_token_and_is_bounded(users: Users, tmp_path: Path) -> None:
    assert users.client(None).post("/api/alerts/test", json={"query": "Kazakhstan"}).status_code == 401
    assert users.client("rita").post("/api/alerts/test", json={"query": "Kazakhstan"}).status_code == 403
    full = users.client("ana").post("/api/alerts/test", json={"query": "country:Kazakhstan"}).json()
    assert full["complete"] is True and full["count"] == 3 and full["scanned"] == 5
    settings = make_settings(tmp_path, alert_test_max_articles=2)
    replay(settings, list(seed_articles().values()))
    store = UserStore(settings.db_path)
    token = store.add("ed", "editor")
    store.close()
    with TestClient(create_app(settings), headers={"Authorization": f"Bearer {token}"}) as c:
        bounded = c.post("/api/alerts/test", json={"query": "country:Kazakhstan"}).json()
    assert bounded["complete"] is False and bounded["scanned"] == 2


def test_a_removed_user_is_refused_at_once(users: Users) -> None:
    settings = users.app.state.api.settings  # type: ignore[attr-defined]
    store = UserStore(settings.db_path)
    token = store.add("temp", "reader")
    client = TestClient(users.app, headers={"Authorization": f"Bearer {token}"})  # type: ignore[arg-type]
    assert client.get("/api/session").json() == {"user": "temp", "role": "reader", "mode": "tokens", "token": None}
    assert store.remove("temp")
    store.close()
    assert client.get("/api/session").status_code == 401


def test_rate_limit_per_token_answers_429_with_retry_after(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, api_rate_per_minute=60, api_rate_burst=5)
    store = UserStore(settings.db_path)
    one, two = store.add("one", "editor"), store.add("two", "reader")
    store.close()
    with TestClient(create_app(settings)) as c:
        first = {"Authorization": f"Bearer {one}"}
        codes = [c.get("/api/alerts", headers=first).status_code for _ in range(5)]
        assert codes == [200] * 5
        r = c.get("/api/alerts", headers=first)
        assert r.status_code == 429 and r.json()["detail"].startswith("too many requests")
        assert 1 <= int(r.headers["Retry-After"]) <= 2
        # Another token has its own bucket; the dry run costs more than a read.
        assert c.get("/api/alerts", headers={"Authorization": f"Bearer {two}"}).status_code == 200
        assert "monitor_http_rate_limited_total 1.0" in c.get("/metrics").text
    settings2 = make_settings(tmp_path / "b", api_rate_per_minute=60, api_rate_burst=12)
    store = UserStore(settings2.db_path)
    three = store.add("three", "editor")
    store.close()
    with TestClient(create_app(settings2), headers={"Authorization": f"Bearer {three}"}) as c:
        assert c.post("/api/alerts/test", json={"query": "x"}).status_code == 200
        r = c.post("/api/alerts/test", json={"query": "x"})
        assert r.status_code == 429 and int(r.headers["Retry-After"]) >= 8


def test_data_folder_and_files_are_private(users: Users) -> None:
    data = users.app.state.api.settings.data_dir  # type: ignore[attr-defined]
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    for name in ("monitor.sqlite", "monitor.sqlite-wal"):
        if (data / name).exists():
            assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name


def test_an_existing_world_readable_data_folder_is_tightened(tmp_path: Path) -> None:
    data = tmp_path / "shared"
    data.mkdir(mode=0o755)
    (data / "monitor.sqlite").touch(mode=0o644)
    os.chmod(data, 0o755)
    os.chmod(data / "monitor.sqlite", 0o644)
    make_settings(data).ensure_data_dir()
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "monitor.sqlite").stat().st_mode) == 0o600


# ------------------------------------------------------------------------------------------ open mode


def test_open_mode_refuses_other_hosts_and_proxies(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url, timeout=10) as client:
        assert client.get("/api/alerts").status_code == 200  # this machine, loopback name: reads are open
        for headers in ({"Host": "evil.example"}, {"Host": "evil.example:80"}, {"X-Forwarded-For": "203.0.113.9"},
                        {"Forwarded": "for=203.0.113.9"}):
            r = client.get("/api/alerts", headers=headers)
            assert r.status_code == 403 and "open mode" in r.json()["detail"], headers
        # Writes and the dry run need the local token even here.
        assert client.post("/api/alerts", json={"name": "x", "query": "y"}).status_code == 401
        assert client.post("/api/alerts/test", json={"query": "y"}).status_code == 401
        auth = {"Authorization": f"Bearer {live_server.token}"}
        assert client.post("/api/alerts/test", json={"query": "Kazakhstan"}, headers=auth).status_code == 200
        # Anonymous readers see no delivery targets; the local admin does.
        assert client.post("/api/alerts", json={"name": "open-hook", "query": "Kazakhstan", "webhook": HOOK_A},
                           headers=auth).status_code == 201
        assert client.get("/api/alerts/open-hook").json()["webhook"] is None
        assert client.get("/api/alerts/open-hook", headers=auth).json()["webhook"] == HOOK_A
        assert client.delete("/api/alerts/open-hook", headers=auth).status_code == 204


def _serve(data: Path, host: str, port: int, **env: str) -> subprocess.Popen:
    full = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    full.update({"MONITOR_DATA_DIR": str(data), "PYTHONPATH": str(REPO_ROOT), **env})
    return subprocess.Popen([sys.executable, "-m", "monitor.cli", "serve", "--host", host, "--port", str(port)],
                            env=full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=REPO_ROOT)


def test_serve_refuses_a_public_interface_without_access_control(tmp_path: Path) -> None:
    proc = _serve(tmp_path, "0.0.0.0", free_port())
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:  # it started after all: stop it, the assertion below says why
            proc.kill()
            proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert "refusing to serve on 0.0.0.0" in err and "monitor users add" in err
    assert not (tmp_path / "api_token").exists()


def test_serve_on_a_public_interface_with_a_user_and_open_mode_banner_on_loopback(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "monitor.sqlite")
    token = store.add("desk", "reader")
    store.close()
    port = free_port()
    proc = _serve(tmp_path, "0.0.0.0", port)
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert httpx.get(f"http://127.0.0.1:{port}/api/alerts", timeout=5).status_code == 401
        ok = httpx.get(f"http://127.0.0.1:{port}/api/alerts", headers={"Authorization": f"Bearer {token}"}, timeout=5)
        assert ok.status_code == 200
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "token mode: 1 user" in err and "OPEN MODE" not in err
    open_dir = tmp_path / "open"
    proc = _serve(open_dir, "127.0.0.1", free_port())
    try:
        deadline = time.monotonic() + 60
        while not (open_dir / "api_token").exists():
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        time.sleep(0.5)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert "OPEN MODE" in err and "monitor users add" in err


def test_users_cli_adds_lists_and_removes(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env["MONITOR_DATA_DIR"] = str(tmp_path)

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "monitor.cli", "users", *args], env=env, capture_output=True,
                              text=True, timeout=120, cwd=REPO_ROOT)

    added = run("add", "desk", "--role", "editor")
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip()
    assert token.startswith("mon_") and token not in added.stderr
    assert run("add", "desk").returncode == 2  # the name is taken
    assert run("add", "x", "--role", "owner").returncode == 2
    assert run("add", "bad name").returncode == 2
    listed = run("list", "--json")
    assert '"desk"' in listed.stdout and '"editor"' in listed.stdout and token not in listed.stdout
    store = UserStore(tmp_path / "monitor.sqlite")
    assert store.authenticate(token).name == "desk"  # type: ignore[union-attr]
    assert run("remove", "desk").returncode == 0
    assert store.authenticate(token) is None
    store.close()
    assert run("remove", "desk").returncode == 1
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "monitor.sqlite").stat().st_mode) == 0o600


# ------------------------------------------------------------------------------------------ reads in parallel


def test_a_slow_reader_does_not_hold_up_searches(users: Users) -> None:
    """One request thread busy in the store (a long scan) while another searches: the search still answers."""
    import threading

    state = users.app.state.api  # type: ignore[attr-defined]
    holding, release = threading.Event(), threading.Event()

    def slow_reader() -> None:
        with state.using_store() as store:
            assert store.count() >= 0
            holding.set()
            release.wait(30)  # a reader that takes its time

    thread = threading.Thread(target=slow_reader)
    thread.start()
    try:
        assert holding.wait(10)
        started = time.monotonic()
        r = users.client("rita").get("/api/search", params={"q": "Kazakhstan"})
        assert r.status_code == 200 and r.json()["total"] >= 1
        assert time.monotonic() - started < 10  # it did not wait for the slow reader
    finally:
        release.set()
        thread.join(30)


def test_a_page_of_hits_with_entities_is_read_in_one_query(seeded_all: Seeded) -> None:
    """Search + facets + the hits' articles: a fixed number of statements, not one more per hit."""
    app = create_app(seeded_all.settings, "admin-token-for-tracing")
    state = app.state.api
    statements: list[str] = []
    make = state.store.for_thread

    def traced():  # type: ignore[no-untyped-def]
        store = make()
        store._conn.set_trace_callback(statements.append)  # every statement of the request threads' stores
        return store

    state.store.for_thread = traced
    with TestClient(app, headers={"Authorization": "Bearer admin-token-for-tracing"}) as client:
        r = client.get("/api/search", params={"q": "country:Kazakhstan OR country:Azerbaijan", "limit": 20})
    hits = r.json()["hits"]
    assert len(hits) >= 4 and all(h["entities"] for h in hits)
    assert [q for q in statements if "WHERE id = ?" in q] == []  # no query per hit
    assert sum("WHERE id IN" in q for q in statements) <= 1  # one for the page at most (or none: hits carry them)


def test_the_dry_run_previews_the_last_seven_days(users: Users, tmp_path: Path) -> None:
    """What the page shows before an alert is saved: what it would have matched over the last 7 days."""
    from datetime import UTC, datetime, timedelta

    ana = users.client("ana")
    old = ana.post("/api/alerts/test", json={"query": "country:Kazakhstan", "days": 7}).json()
    assert old["count"] == 0 and old["scanned"] == 5  # the seeds are dated October 2025
    settings = make_settings(tmp_path)
    recent = [a.model_copy(update={"published": datetime.now(UTC) - timedelta(days=2)})
              for a in seed_articles().values()]
    replay(settings, recent)
    store = UserStore(settings.db_path)
    token = store.add("ed", "editor")
    store.close()
    with TestClient(create_app(settings), headers={"Authorization": f"Bearer {token}"}) as c:
        week = c.post("/api/alerts/test", json={"query": "country:Kazakhstan", "days": 7}).json()
        assert c.post("/api/alerts/test", json={"query": "x", "days": 0}).status_code == 422
    assert week["count"] == 3
