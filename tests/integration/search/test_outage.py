"""The engine stops in the middle of a replay: the writer waits with a clear message, and once the engine is
back every article is there exactly once. Uses a second node so the session node stays up."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from monitor.dev.opensearch import start_node, stop_node
from monitor.model import Article
from monitor.store.base import WriteResult
from monitor.store.engine import EngineStore
from monitor.store.engine_bodies import READ_ALIAS

from .seeds import SEEDS

pytestmark = pytest.mark.integration

N = 6000


def synthetic_articles(n: int) -> list[Article]:
    """Articles derived from the seed texts: numbered titles, dates spread over three months."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    start = datetime(2025, 8, 1, tzinfo=UTC)
    return [
        Article(
            id=f"outage-{i:05d}",
            title=f"{i} {texts[i % len(texts)][:80]}",
            text=texts[i % len(texts)],
            source=f"src-{i % 7}",
            lang="ar",
            published=start + timedelta(hours=i % 2200),
        )  # fmt: skip
        for i in range(n)
    ]


def _count(url: str) -> int:
    try:
        return int(httpx.get(f"{url}/{READ_ALIAS}/_count", timeout=5).json().get("count", 0))
    except (httpx.HTTPError, ValueError):
        return -1


def test_replay_survives_engine_restart(tmp_path: Path) -> None:
    state = tmp_path / "node2"
    node = start_node(state, http_port=None)
    try:
        messages: list[str] = []
        store = EngineStore(node.url, batch_size=50, max_wait_s=300, on_wait=messages.append)
        articles = synthetic_articles(N)
        results: list[WriteResult] = []
        errors: list[BaseException] = []

        def replay() -> None:
            try:
                results.append(store.upsert_articles(articles))
            except BaseException as exc:  # surfaced by the assertions below
                errors.append(exc)

        writer = threading.Thread(target=replay, daemon=True)
        writer.start()
        deadline = time.monotonic() + 120
        while _count(node.url) <= 0 and writer.is_alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert writer.is_alive(), "the replay finished before the engine could be stopped"

        stop_node(state)  # the engine goes away mid-replay
        deadline = time.monotonic() + 120
        while not messages and time.monotonic() < deadline:
            time.sleep(0.2)
        assert messages, "the writer did not report waiting for the engine"
        assert "search engine not available" in messages[0] and "retrying in" in messages[0]
        time.sleep(3)  # stay down for a few retries
        start_node(state, http_port=node.http_port)  # same data directory: the indices come back

        writer.join(timeout=600)
        assert not writer.is_alive() and not errors, errors
        result = results[0]
        assert result.failed == []
        assert result.written + result.unchanged == N

        store.refresh()
        assert store.count() == N
        dupes = store.client.search(
            READ_ALIAS,
            {"size": 0, "aggs": {"dupes": {"terms": {"field": "id", "min_doc_count": 2, "size": 10}}}},
        )
        assert dupes["aggregations"]["dupes"]["buckets"] == []
        store.close()
    finally:
        stop_node(state)
