"""The crawler never waits for the sink: a webhook receiver that never answers does not stop the polling.

Real parts throughout: the crawler against a local feed server, the real embedded pipeline as its sink, an
alert whose webhook points at a TCP server that accepts connections and never answers a byte (each delivery
then takes its full timeout, for every retry).
"""

from __future__ import annotations

import asyncio
import socket
import sqlite3
import threading
import time
from pathlib import Path

from monitor.alerts.registry import Alert, AlertRegistry
from monitor.crawler import Crawler, CrawlSummary, Feed
from monitor.pipeline import EmbeddedPipeline
from monitor.settings import Settings
from tests.integration.crawler import server as srv

from .conftest import REPO
from .test_crawl_local import quick_config


class SilentReceiver:
    """Accepts TCP connections and never answers: the webhook receiver that hangs."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.accepted: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        """Hang up on everyone and refuse new connections: the pending deliveries then fail quickly."""
        self.sock.close()
        for conn in self.accepted:
            conn.close()


def test_feeds_are_polled_on_time_while_a_webhook_never_answers(tmp_path: Path) -> None:
    seeds = [s for s in srv.read_seeds(REPO / "seeds")]
    site = srv.FeedServer().start()
    hook = SilentReceiver()
    try:
        items = []
        for i, seed in enumerate(seeds):
            url = site.url(f"/a/{seed.name}.html")
            site.add_static(f"/a/{seed.name}.html", srv.article_html(seed, url).encode(), "text/html; charset=utf-8")
            items.append((seed.title, url, srv.summary_of(seed), srv._date(i)))
        news = site.add_static("/news.rss", srv.rss2("news", site.base, items), "application/rss+xml")
        ticks = {"n": 0}

        def ticker(_req: srv.Request) -> srv.Response:  # a feed whose one entry never changes
            ticks["n"] += 1
            return srv.Response(200, {"Content-Type": "application/rss+xml"}, srv.rss2("ticker", site.base, []))

        tick_url = site.add("/ticker.rss", ticker)
        settings = Settings(data_dir=tmp_path, kafka=None, search_url=None, delivery_allow="127.0.0.1",
                            webhook_timeout_s=4.0, webhook_retries=1)
        registry = AlertRegistry(settings.db_path)
        registry.add(Alert(name="kz", query="country:Kazakhstan", webhook=hook.url))
        registry.close()
        sink = EmbeddedPipeline(settings)
        config = quick_config(tmp_path)
        config.min_interval = config.initial_interval = 0.5
        config.max_interval = 1.0
        feeds = [Feed(url=news, name="news"), Feed(url=tick_url, name="ticker")]
        window = 6.0
        seen: dict[str, object] = {}

        async def go() -> CrawlSummary:
            stop = asyncio.Event()
            async with Crawler(feeds, config, sink) as crawler:
                started = time.monotonic()

                def on_status(total: CrawlSummary, _next: float | None) -> None:
                    if time.monotonic() - started >= window and "ticks" not in seen:
                        seen["ticks"] = [r.at for r in site.requests_to("/ticker.rss")]
                        seen["hung"] = len(hook.accepted)
                        seen["backlog_or_busy"] = getattr(crawler, "sink_backlog", 0) > 0 or total.articles == 0
                        hook.close()  # let the stuck deliveries fail so that the crawler can drain and stop
                        stop.set()

                return await asyncio.wait_for(crawler.run(stop, on_status), timeout=180)

        total = asyncio.run(go())
        sink.close()
    finally:
        hook.close()
        site.stop()
    ticks_at = seen["ticks"]
    assert isinstance(ticks_at, list)
    # Polled about every second for the whole window, although the pipeline was blocked all along.
    assert len(ticks_at) >= 4, ticks_at
    assert seen["hung"] >= 1 and seen["backlog_or_busy"], seen  # the sink was stuck on the silent receiver
    gaps = [b - a for a, b in zip(ticks_at, ticks_at[1:], strict=False)]
    assert max(gaps) < 3.0, gaps
    # And nothing was lost: once the receiver hung up, the sink accepted the news articles.
    assert total.articles >= 3
    with sqlite3.connect(tmp_path / "monitor.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] >= 3
        statuses = {r[0] for r in conn.execute("SELECT status FROM deliveries")}
    assert statuses and statuses <= {"failed", "pending", "sending", "delivered"}


class GatedSink:
    """A sink that holds every batch until the gate opens (a pipeline busy for as long as the test wants)."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.batches: list[list[str]] = []

    def submit(self, articles):  # type: ignore[no-untyped-def]
        assert self.gate.wait(60), "the test never opened the gate"
        self.batches.append([a.id for a in articles])


def test_a_full_sink_queue_defers_new_entries_to_the_next_poll_and_loses_nothing(tmp_path: Path) -> None:
    seeds = srv.read_seeds(REPO / "seeds")
    site = srv.FeedServer().start()
    try:
        feeds = []
        for i, seed in enumerate(seeds):
            url = site.url(f"/p/{seed.name}.html")
            site.add_static(f"/p/{seed.name}.html", srv.article_html(seed, url).encode(), "text/html; charset=utf-8")
            feed_url = site.add_static(f"/f{i}.rss", srv.rss2(f"f{i}", site.base, [
                (seed.title, url, srv.summary_of(seed), srv._date(i))]), "application/rss+xml")
            feeds.append(Feed(url=feed_url, name=f"feed {i}"))
        sink = GatedSink()
        config = quick_config(tmp_path)
        config.sink_queue_batches = 1

        async def go() -> tuple[CrawlSummary, int, list[CrawlSummary]]:
            async with Crawler(feeds, config, sink) as crawler:
                first = await crawler.poll(force=True, drain=False)  # the sink holds the first batch
                seen_while_blocked = crawler.state.counts()["entries"]
                sink.gate.set()
                await crawler.drain()
                later = []
                for _ in range(len(seeds)):  # each round hands over what the queue has room for
                    later.append(await crawler.poll(force=True))
                    if later[-1].deferred == 0 and later[-1].articles == 0:
                        break
                return first, seen_while_blocked, later

        first, seen_while_blocked, later = asyncio.run(go())
    finally:
        site.stop()
    assert first.deferred >= len(seeds) - 2  # one batch with the sink, one queued, the rest left in their feeds
    assert seen_while_blocked == 0  # nothing marked seen before the sink accepted it
    submitted = [aid for batch in sink.batches for aid in batch]
    assert len(submitted) == len(set(submitted)) == len(seeds)  # every article once, none lost, none twice
    assert later[-1].not_modified == len(seeds)  # and the feeds' validators were stored once all was accepted
