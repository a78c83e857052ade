"""Against a real uvicorn server on 127.0.0.1: the SSE live feed (with Last-Event-ID) and the page's token."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx

from monitor.alerts.registry import AlertRegistry

from .conftest import LiveServer


def sse_events(response: httpx.Response) -> Iterator[dict[str, str]]:
    """Parse a text/event-stream into {event, id, data} dicts (comments and keep-alives skipped)."""
    event: dict[str, str] = {}
    for line in response.iter_lines():
        if not line:
            if "data" in event:
                yield event
            event = {}
            continue
        if line.startswith(":"):
            continue
        key, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        event[key] = event[key] + "\n" + value if key in event else value


def record(server: LiveServer, alert: str, article_id: str) -> int:
    """Record a firing as another process (the pipeline) would: through its own registry connection."""
    registry = AlertRegistry(server.settings.db_path)
    try:
        assert registry.record_fire(alert, article_id, title=f"title of {article_id}", url=None, lang="ar",
                                    countries=["Kazakhstan"], snippet="…")
        return registry.fired_since(0, 10_000)[-1].seq
    finally:
        registry.close()


def test_sse_feed_sends_new_firings_and_resumes_from_last_event_id(live_server: LiveServer) -> None:
    timeout = httpx.Timeout(30.0)
    with httpx.Client(base_url=live_server.url, timeout=timeout) as client:
        with client.stream("GET", "/api/alerts/stream") as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            events = sse_events(response)
            ready = next(events)
            assert ready["event"] == "ready"
            start = json.loads(ready["data"])["seq"]
            first = record(live_server, "sse-test", "article-one")
            fired = next(events)
            assert fired["event"] == "fired" and fired["id"] == str(first) and first > start
            payload = json.loads(fired["data"])
            assert payload["alert"] == "sse-test" and payload["article_id"] == "article-one"
        second = record(live_server, "sse-test", "article-two")
        # A reconnecting browser sends the last id it saw: it gets what it missed, nothing twice.
        with client.stream("GET", "/api/alerts/stream", headers={"Last-Event-ID": str(first)}) as response:
            events = sse_events(response)
            assert next(events)["event"] == "ready"
            missed = next(events)
            assert missed["id"] == str(second) and json.loads(missed["data"])["article_id"] == "article-two"
        with client.stream("GET", "/api/alerts/stream", params={"after": "-1"}) as response:
            assert response.status_code == 422


def test_session_token_only_for_loopback_names(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.url, timeout=10) as client:
        r = client.get("/api/session")
        assert r.status_code == 200 and r.json()["token"] == live_server.token and r.json()["mode"] == "open"
        # A page on another origin that resolves its name to 127.0.0.1 (DNS rebinding) is refused.
        assert client.get("/api/session", headers={"Host": "evil.example:80"}).status_code == 403
        r = client.post("/api/alerts", json={"name": "live-token", "query": "Kazakhstan"},
                        headers={"Authorization": f"Bearer {live_server.token}"})
        assert r.status_code == 201
        assert client.delete("/api/alerts/live-token",
                             headers={"Authorization": f"Bearer {live_server.token}"}).status_code == 204


def test_monitor_serve_command_prints_token_once_and_serves(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The console script itself: ``monitor serve --port P`` with no MONITOR_API_TOKEN makes, prints and keeps
    a token; a second start reuses it without printing it again."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from .conftest import free_port

    def start() -> tuple[subprocess.Popen, int]:
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
        env["MONITOR_DATA_DIR"] = str(tmp_path)
        proc = subprocess.Popen(
            [sys.executable, "-m", "monitor.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        )
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                    return proc, port
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "monitor serve did not answer"
            time.sleep(0.2)

    def stop(proc: subprocess.Popen) -> str:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        return err

    proc, port = start()
    try:
        token = (tmp_path / "api_token").read_text().strip()
        assert (tmp_path / "api_token").stat().st_mode & 0o777 == 0o600
        assert httpx.get(f"http://127.0.0.1:{port}/api/session", timeout=5).json()["token"] == token
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        first_err = stop(proc)
    assert token in first_err
    proc, _ = start()
    second_err = stop(proc)
    assert token not in second_err and "api_token" in second_err
