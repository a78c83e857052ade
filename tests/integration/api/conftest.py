"""A real ``monitor serve`` app over a data dir with the seed articles replayed through the embedded pipeline.

The seeds are plain text files without a date or an outlet; to give the facets and the chart something to
show, each replayed seed gets a publication day and a made-up source name (``seed-...``). The Persian seed
is held back by ``seeded`` fixtures that want to replay it during the test (the live-feed check).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
import uvicorn

from monitor.api import create_app
from monitor.model import Article
from monitor.pipeline import EmbeddedPipeline
from monitor.replay import read_items
from monitor.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
ARTIFACTS = ROOT / "test-artifacts"
TOKEN = "test-token-for-the-api"

# seed file prefix -> (publication day, made-up source name)
SEED_META = {
    "000": ("2025-10-23", "seed-ar-qalyubia"),
    "001": ("2025-10-23", "seed-ar-luxor"),
    "002": ("2025-10-24", "seed-kk-baq"),
    "003": ("2025-11-05", "seed-ar-cairo"),
    "004": ("2025-10-22", "seed-fa-zanjan"),
}
PERSIAN_SEED = "004"


def seed_articles(skip: tuple[str, ...] = ()) -> dict[str, Article]:
    """Seed prefix -> article as replay reads it, plus the day and source above."""
    out: dict[str, Article] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        prefix = path.name[:3]
        if prefix in skip:
            continue
        (item,) = list(read_items([path], 5_000_000))
        assert isinstance(item, Article), item
        day, source = SEED_META[prefix]
        out[prefix] = item.model_copy(update={
            "published": datetime.fromisoformat(day).replace(hour=9, tzinfo=UTC), "source": source,
        })
    return out


def replay(settings: Settings, articles: list[Article]):  # type: ignore[no-untyped-def]
    """The embedded pipeline, as ``monitor replay`` runs it (enrich, store, alerts)."""
    pipeline = EmbeddedPipeline(settings)
    try:
        return pipeline.submit(articles)
    finally:
        pipeline.close()


def make_settings(data_dir: Path, **extra: object) -> Settings:
    """Rate limits off unless asked for: a test module sends hundreds of requests with one token."""
    values: dict[str, object] = {"data_dir": data_dir, "kafka": None, "search_url": None, "api_token": None,
                                 "api_rate_per_minute": 0}
    values.update(extra)
    return Settings(**values)  # type: ignore[arg-type]


@dataclass
class Seeded:
    settings: Settings
    articles: dict[str, Article]  # prefix -> the article as replayed (before enrichment)


@pytest.fixture(scope="session")
def seeded_all(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    """Every seed replayed (for the API tests)."""
    settings = make_settings(tmp_path_factory.mktemp("api-all"))
    articles = seed_articles()
    summary = replay(settings, list(articles.values()))
    assert summary.stored == len(articles) == 5, summary
    return Seeded(settings, articles)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LiveServer:
    url: str
    settings: Settings
    token: str
    held_back: dict[str, Article]


class _ThreadServer(uvicorn.Server):
    def install_signal_handlers(self) -> None:  # the test process keeps its own handlers
        pass


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """uvicorn on a free 127.0.0.1 port over a data dir with every seed but the Persian one replayed."""
    settings = make_settings(tmp_path_factory.mktemp("api-live"))
    articles = seed_articles()
    held = {PERSIAN_SEED: articles.pop(PERSIAN_SEED)}
    summary = replay(settings, list(articles.values()))
    assert summary.stored == 4, summary
    app = create_app(settings, TOKEN, local=True)  # open mode, as `monitor serve` on 127.0.0.1 without users
    port = free_port()
    server = _ThreadServer(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on",
                                                timeout_graceful_shutdown=5))
    thread = threading.Thread(target=server.run, name="api-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the API server did not start")
        time.sleep(0.05)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", settings, TOKEN, held)
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        assert not thread.is_alive(), "the API server did not stop"
