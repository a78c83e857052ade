"""`monitor replay` and `monitor search` with MONITOR_SEARCH_URL set, run as a user runs them: the same JSON
shape and the same hits as the embedded store, idempotent replays, and a replay that outlives an engine
restart (a second node, so the session node stays up)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from monitor.dev.opensearch import start_node, stop_node
from monitor.store.engine import EngineStore
from monitor.store.engine_bodies import READ_ALIAS

from .seeds import SEEDS

pytestmark = pytest.mark.integration

MONITOR = (
    [sys.executable, "-m", "monitor.cli"]
    if not (Path(sys.executable).parent / "monitor").exists()
    else [str(Path(sys.executable).parent / "monitor")]
)


def run(args: list[str], env: dict[str, str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*MONITOR, *args], env=env, capture_output=True, text=True, timeout=timeout)


def env_for(data_dir: Path, search_url: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env["MONITOR_DATA_DIR"] = str(data_dir)
    if search_url:
        env["MONITOR_SEARCH_URL"] = search_url
    return env


def search_json(env: dict[str, str], query: str, *extra: str) -> list[dict]:
    proc = run(["search", "--json", "--all", "--limit", "50", *extra, query], env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_replay_and_search_agree_with_the_embedded_store(engine_store: EngineStore, search_url: str, tmp_path: Path):
    engine_env = env_for(tmp_path / "engine", search_url)
    embedded_env = env_for(tmp_path / "embedded", None)
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    for env in (engine_env, embedded_env):
        proc = run(["replay", *seeds], env)
        assert proc.returncode == 0, proc.stderr
    assert engine_store.count() == len(seeds)
    again = run(["replay", *seeds], engine_env)  # idempotent: nothing is added
    assert again.returncode == 0, again.stderr
    engine_store.refresh()
    assert engine_store.count() == len(seeds)

    for query, extra in [
        ("country:Kazakhstan", ()), ("Kazakhstan", ()), ("قزاقستان", ()), ("سفير", ("--country", "Kazakhstan")),
        ('"التعاون المشترك"', ()), ("سفير NOT كازاخستان", ()), ("ambassador", ("--lang", "fa")),
    ]:  # fmt: skip
        from_engine = search_json(engine_env, query, *extra)
        from_sqlite = search_json(embedded_env, query, *extra)
        assert {h["id"] for h in from_engine} == {h["id"] for h in from_sqlite}, query
        for hit in from_engine:
            assert set(hit) == {"id", "title", "lang", "countries", "score", "snippet", "url", "source",
                                "published", "date_source", "cluster", "entities"}
        by_id = {h["id"]: h for h in from_sqlite}
        for hit in from_engine:  # same article, same snippet: both stores use the shared highlighter
            assert hit["snippet"] == by_id[hit["id"]]["snippet"], query
            assert hit["countries"] == by_id[hit["id"]]["countries"]
    assert len(search_json(engine_env, "country:Kazakhstan")) == 3

    # `monitor alerts test` dry-runs over the configured store: the engine's articles, not an empty SQLite
    for query, fired in [("ambassador AND country:Kazakhstan", 3), ("country:Azerbaijan", 1)]:
        outs = [run(["alerts", "test", "--query", query], env) for env in (engine_env, embedded_env)]
        assert [o.returncode for o in outs] == [0, 0], [o.stderr for o in outs]
        assert [o.stdout.strip().splitlines()[-1] for o in outs] == [f"{fired} stored article(s) would have fired"] * 2
        assert sorted(outs[0].stdout.splitlines()) == sorted(outs[1].stdout.splitlines())


def _count(url: str) -> int:
    try:
        return int(httpx.get(f"{url}/{READ_ALIAS}/_count", timeout=5).json().get("count", 0))
    except (httpx.HTTPError, ValueError):
        return -1


def _says_engine_down(log: str) -> bool:
    return bool(re.search(r"search engine (not available|at \S+ is unreachable).*retrying", log))


def test_cli_replay_waits_while_the_engine_restarts(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    n = 1000  # at 50 a second the replay outlasts a slow start of the engine on a loaded machine
    jsonl = tmp_path / "articles.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for i in range(n):
            body = texts[i % len(texts)]
            record = {"id": f"cli-{i:05d}", "title": f"{i} {body[:60]}", "text": body,
                      "published": f"2025-{1 + i % 12:02d}-15T10:00:00+00:00"}  # fmt: skip
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    state = tmp_path / "node"
    node = start_node(state, http_port=None)
    env = env_for(tmp_path / "data", node.url)
    stderr_path = tmp_path / "replay.stderr"
    try:
        with stderr_path.open("w") as stderr:
            proc = subprocess.Popen(
                [*MONITOR, "replay", "--rate", "50", str(jsonl)], env=env, stdout=subprocess.DEVNULL, stderr=stderr
            )
        try:
            deadline = time.monotonic() + 300
            while _count(node.url) <= 0 and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.2)
            assert proc.poll() is None, "the replay finished before the engine could be stopped"
            stop_node(state)
            deadline = time.monotonic() + 120
            # the store or the story index, whichever asks first, says the engine is down and that it waits
            while not _says_engine_down(stderr_path.read_text()) and time.monotonic() < deadline:
                time.sleep(0.3)
            assert _says_engine_down(stderr_path.read_text()), stderr_path.read_text()[-2000:]
            assert proc.poll() is None, "the replay gave up instead of waiting"
            start_node(state, http_port=node.http_port)
            assert proc.wait(timeout=900) == 0, stderr_path.read_text()[-2000:]
        finally:
            if proc.poll() is None:
                proc.kill()
        store = EngineStore(node.url)
        store.refresh()
        assert store.count() == n
        dupes = store.client.search(
            READ_ALIAS, {"size": 0, "aggs": {"d": {"terms": {"field": "id", "min_doc_count": 2, "size": 5}}}}
        )
        assert dupes["aggregations"]["d"]["buckets"] == []
        store.close()
    finally:
        stop_node(state)
