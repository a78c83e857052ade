"""The hostile-input suite: what an attacker or a broken source sends, and what each surface must answer.

Every case expects a clear error (a status and a sentence, or an exit status and a message), a count where the
surface keeps one, and nothing lost: the valid items that came with the bad one are still stored. The API runs
in token mode in process and, for slow clients, as a real server on a socket; the CLI as real processes.
Deliveries (tests/integration/alerts/test_delivery_hostile.py), the crawler's address policy and XML checks
(tests/unit/test_crawler_safety.py), access control (tests/integration/api/test_access.py) and poison stream
messages (tests/integration/kafka/test_stream_pipeline.py) have their own files.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from monitor.api import create_app
from tests.integration.api.conftest import LiveServer, make_settings, replay, seed_articles
from tests.integration.api.conftest import live_server as live_server  # the fixture, for the slow-client case

REPO = Path(__file__).resolve().parents[2]
TOKEN = "hostile-suite-admin-token"
KZ = seed_articles()["002"]  # a relevant article (Kazakh, about Kazakhstan) to travel beside the bad ones


@pytest.fixture(scope="module")
def api() -> Iterator[TestClient]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        settings = make_settings(Path(tmp))
        replay(settings, list(seed_articles().values()))
        with TestClient(create_app(settings, TOKEN), headers={"Authorization": f"Bearer {TOKEN}"},
                        raise_server_exceptions=False) as client:
            yield client


DEEP = "(" * 600 + "a" + ")" * 600
API_CASES = [
    # (id, method, path, request kwargs, expected status, words in the detail)
    ("oversized-json-declared", "POST", "/api/alerts",
     {"content": b'{"name":"x","query":"' + b"a" * 200_000 + b'"}', "headers": {"Content-Type": "application/json"}},
     413, "larger than"),
    ("oversized-json-chunked", "POST", "/api/alerts",
     {"content": iter([b'{"name":"x","query":"'] + [b"a" * 10_000] * 20 + [b'"}']),
      "headers": {"Content-Type": "application/json"}}, 413, "larger than"),
    ("malformed-json", "POST", "/api/alerts", {"content": b'{"name": "x", "query": ', "headers":
                                               {"Content-Type": "application/json"}}, 422, ""),
    ("deeply-nested-json", "POST", "/api/alerts", {"content": b"[" * 30_000 + b"]" * 30_000,
                                                   "headers": {"Content-Type": "application/json"}}, 400, "parsing"),
    ("json-not-an-object", "POST", "/api/alerts", {"json": [1, 2, 3]}, 422, ""),
    ("query-too-long", "GET", "/api/search", {"params": {"q": "a" * 20_000}}, 422, "2000"),
    ("deeply-nested-query", "GET", "/api/search", {"params": {"q": DEEP[:2000]}}, 400, "nested"),
    ("deeply-nested-alert-query", "POST", "/api/alerts", {"json": {"name": "deep", "query": DEEP[:2000]}}, 400,
     "nested"),
    ("deeply-nested-dry-run", "POST", "/api/alerts/test", {"json": {"query": DEEP[:2000]}}, 400, "nested"),
    ("not-chain-query", "GET", "/api/search", {"params": {"q": "NOT " * 499 + "a"}}, 400, ""),
    ("nul-in-query", "GET", "/api/search", {"params": {"q": "\x00"}}, 400, ""),
    ("crlf-in-alert-name", "POST", "/api/alerts", {"json": {"name": "a\r\nX-Injected: 1", "query": "a"}}, 422, "name"),
    ("nel-in-alert-name", "POST", "/api/alerts", {"json": {"name": "a\x85b", "query": "a"}}, 422, "name"),
    ("path-traversal-alert-name", "POST", "/api/alerts", {"json": {"name": "../../etc/passwd", "query": "a"}}, 422,
     "name"),
    ("path-traversal-article-id", "GET", "/api/articles/..%2F..%2Fetc%2Fpasswd", {}, 404, "not found"),
    ("header-injection-email", "POST", "/api/alerts",
     {"json": {"name": "mail", "query": "a", "email": "a@example.org\r\nBcc: b@example.org"}}, 422, "email"),
    ("webhook-with-credentials", "POST", "/api/alerts",
     {"json": {"name": "hook", "query": "a", "webhook": "http://user:pw@example.org/"}}, 400, "credentials"),
    ("webhook-to-metadata", "POST", "/api/alerts",
     {"json": {"name": "hook", "query": "a", "webhook": "http://169.254.169.254/latest/"}}, 400, "non-public"),
    ("webhook-not-http", "POST", "/api/alerts", {"json": {"name": "hook", "query": "a", "webhook": "file:///etc/x"}},
     422, ""),
    ("limit-as-boolean", "POST", "/api/alerts/test", {"json": {"query": "a", "limit": True}}, 422, "limit"),
    ("day-as-unix-time", "GET", "/api/stats", {"params": {"since": "1700000000"}}, 422, "YYYY-MM-DD"),
    ("damaged-cursor", "GET", "/api/search", {"params": {"q": "a", "cursor": "!!!"}}, 400, ""),
    ("non-ascii-bearer", "GET", "/api/alerts", {"headers": {"Authorization": "Bearer \xe9\xe9".encode("latin-1")}},
     401, "not valid"),
    ("huge-last-event-id", "GET", "/api/alerts/stream", {"headers": {"Last-Event-ID": "9" * 100}}, 422, ""),
]


@pytest.mark.parametrize(("case", "method", "path", "kwargs", "status", "words"), API_CASES,
                         ids=[c[0] for c in API_CASES])
def test_api_answers_hostile_requests_with_a_clear_error(api: TestClient, case: str, method: str, path: str,
                                                         kwargs: dict, status: int, words: str) -> None:
    before = api.get("/api/alerts").json()
    response = api.request(method, path, **kwargs)
    assert response.status_code == status, (case, response.status_code, response.text[:300])
    detail = response.json()["detail"]
    assert detail and words.lower() in str(detail).lower(), (case, detail)
    assert api.get("/api/alerts").json() == before  # nothing changed
    assert api.get("/api/health").status_code == 200  # and the server is fine


def test_slow_clients_do_not_hold_up_the_others(live_server: LiveServer) -> None:
    """A client that sends its headers one byte a second, and one that never reads its answer."""
    host, port = live_server.url.removeprefix("http://").split(":")
    slow = [socket.create_connection((host, int(port))) for _ in range(20)]
    try:
        for s in slow:
            s.sendall(b"GET /api/alerts HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")  # headers never end
        for _ in range(5):
            started = time.monotonic()
            r = httpx.get(live_server.url + "/api/health", timeout=10)
            assert r.status_code == 200 and time.monotonic() - started < 5
        for s in slow:
            s.sendall(b"a")
        assert httpx.get(live_server.url + "/api/alerts/fired", timeout=10).status_code == 200
    finally:
        for s in slow:
            s.close()


# ------------------------------------------------------------------------------------------ CLI


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env.update(MONITOR_DATA_DIR=str(data), COLUMNS="200", PYTHONPATH=str(REPO))
    return env


def monitor(data: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "monitor.cli", *args], env=_env(data), input=stdin,
                          capture_output=True, timeout=300, cwd=REPO)


def _rejects(data: Path) -> list[dict]:
    path = data / "rejects.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _good_line() -> bytes:
    return json.dumps({"id": "good-one", "title": KZ.title, "text": KZ.text}, ensure_ascii=False).encode()


REPLAY_LINES = [
    ("malformed-json-line", b'{"id": "x", "text": ', "invalid JSON"),
    ("deeply-nested-json-line", b"[" * 100_000 + b"]" * 100_000, "RecursionError"),
    ("json-array-line", b"[1, 2, 3]", "expected a JSON object"),
    ("missing-text", b'{"id": "x", "title": "t"}', "text"),
    ("title-not-a-string", b'{"id": "x", "title": {"a": 1}, "text": "t"}', "title"),
    ("bad-date", b'{"id": "x", "text": "t", "published": "the day after tomorrow"}', "date"),
    ("blank-text", b'{"id": "x", "text": "   "}', "empty"),
]


@pytest.mark.parametrize(("case", "line", "words"), REPLAY_LINES, ids=[c[0] for c in REPLAY_LINES])
def test_replay_rejects_a_bad_line_with_its_reason_and_keeps_the_good_ones(tmp_path: Path, case: str, line: bytes,
                                                                           words: str) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(_good_line() + b"\n" + line + b"\n" + _good_line().replace(b"good-one", b"good-two") + b"\n")
    data = tmp_path / "data"
    proc = monitor(data, "replay", str(src))
    assert proc.returncode == 1, proc.stderr.decode()  # something was rejected: not a clean run
    out = proc.stdout.decode()
    assert "read 3" in out and "rejected 1" in out and "stored 2" in out, out
    (reject,) = _rejects(data)
    assert reject["item"].endswith("in.jsonl:2") and words.lower() in reject["reason"].lower(), reject
    assert reject["bytes"] > 0 and Path(reject["kept"]).read_bytes().rstrip(b"\n")[:100] == line[:100]  # kept


def test_replay_of_a_path_traversal_id_writes_nothing_outside_the_data_folder(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    evil = {"id": "../../../../tmp/owned", "title": "x\r\ny", "text": KZ.text, "url": "javascript:alert(1)"}
    src.write_text(json.dumps(evil) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    proc = monitor(data, "replay", str(src))
    assert proc.returncode == 0, proc.stderr.decode()
    assert "stored 1" in proc.stdout.decode()
    assert not Path("/tmp/owned").exists()
    assert sorted(p.name for p in data.iterdir() if not p.name.startswith("monitor.sqlite")) == []


def test_replay_of_a_file_name_that_is_not_utf8_is_kept_with_its_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.fsencode(str(folder)) + b"/\xff\xfe-empty.txt"
    with open(bad, "wb"):
        pass
    (folder / "good.txt").write_text(KZ.title + "\n" + KZ.text, encoding="utf-8")
    data = tmp_path / "data"
    proc = monitor(data, "replay", str(folder))
    assert proc.returncode == 1, proc.stderr.decode()
    assert "stored 1" in proc.stdout.decode() and "rejected 1" in proc.stdout.decode()
    (reject,) = _rejects(data)
    assert reject["reason"] == "empty file" and "\\udcff" in (data / "rejects.jsonl").read_text(encoding="utf-8")


def test_replay_refuses_an_oversized_file_and_keeps_its_head(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"title\n" + b"word " * 300_000)
    data = tmp_path / "data"
    env = _env(data) | {"MONITOR_MAX_ARTICLE_BYTES": "100000"}
    proc = subprocess.run([sys.executable, "-m", "monitor.cli", "replay", str(big)], env=env, capture_output=True,
                          timeout=300, cwd=REPO)
    assert proc.returncode == 1 and "rejected 1" in proc.stdout.decode()
    (reject,) = _rejects(data)
    assert "too large" in reject["reason"] and reject["bytes"] == 65536


def test_classify_answers_every_line_and_flags_the_bad_ones(tmp_path: Path) -> None:
    lines = [_good_line(), b"{oops", b"[" * 50_000, b'{"text": 5}', b"\xff\xfe", _good_line()]
    proc = monitor(tmp_path, "classify", "-", stdin=b"\n".join(lines) + b"\n")
    assert proc.returncode == 1, proc.stderr.decode()  # every line answered, and the exit says some failed
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(out) == len(lines)
    assert [("error" in o) for o in out] == [False, True, True, True, True, False]
    assert "4 line(s) could not be classified" in proc.stderr.decode()


CLI_ALERT_CASES = [
    ("webhook-crlf", ["--webhook", "http://example.org/\r\nX: 1"], "http(s) URL"),
    ("webhook-private", ["--webhook", "http://10.0.0.1/hook"], "non-public"),
    ("webhook-6to4-loopback", ["--webhook", "http://[2002:7f00::1]/hook"], "non-public"),
    ("email-header-injection", ["--email", "a@example.org\nBcc: b@example.org"], "plain address"),
    ("bad-query", [], "query error"),
]


@pytest.mark.parametrize(("case", "extra", "words"), CLI_ALERT_CASES, ids=[c[0] for c in CLI_ALERT_CASES])
def test_alerts_add_refuses_hostile_targets(tmp_path: Path, case: str, extra: list[str], words: str) -> None:
    query = "Kazakhstan AND (" if case == "bad-query" else "Kazakhstan"
    proc = monitor(tmp_path, "alerts", "add", "x", query, *extra)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert words in proc.stderr.decode()
    assert json.loads(monitor(tmp_path, "alerts", "list", "--json").stdout) == []


def test_users_add_refuses_hostile_names(tmp_path: Path) -> None:
    for name in ("../admin", "a\nb", "x" * 65, "", "-rf"):
        proc = monitor(tmp_path, "users", "add", name)
        assert proc.returncode == 2, name
    assert json.loads(monitor(tmp_path, "users", "list", "--json").stdout) == []
