"""The feed crawler: polite polling of real outlets, robust extraction, no duplicates.

Entry point for the CLI is :func:`crawl`; the parts are small modules:

* :mod:`~monitor.crawler.feeds` — feed list and feedparser on fetched bytes
* :mod:`~monitor.crawler.fetch` — capped, timed, polite HTTP with per-hop address checks
* :mod:`~monitor.crawler.safety` — address policy and XML pre-checks
* :mod:`~monitor.crawler.robots` — robots.txt
* :mod:`~monitor.crawler.extract` — charset decoding and trafilatura
* :mod:`~monitor.crawler.dedupe` — canonical URLs and SimHash
* :mod:`~monitor.crawler.schedule` — adaptive intervals and backoff
* :mod:`~monitor.crawler.state` — SQLite crawl state
* :mod:`~monitor.crawler.runner` — the loop that ties them together
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from monitor.crawler.config import CrawlConfig
from monitor.crawler.deps import CrawlerDependencyError, check_crawler_dependencies
from monitor.crawler.feeds import Feed, load_feeds
from monitor.crawler.runner import ArticleSink, Crawler, CrawlSummary

__all__ = ["CrawlConfig", "CrawlerDependencyError", "Crawler", "CrawlSummary", "Feed", "crawl", "default_feeds_path",
           "load_feeds"]


def default_feeds_path() -> Path:
    """``seeds/feeds.yaml`` of the checkout (the package is installed editable from it)."""
    return Path(__file__).resolve().parents[2] / "seeds" / "feeds.yaml"


async def crawl_async(
    feeds: list[Feed],
    config: CrawlConfig,
    sink: ArticleSink,
    *,
    once: bool,
    on_status: Callable[[CrawlSummary, float | None], None] | None = None,
    stop: asyncio.Event | None = None,
) -> CrawlSummary:
    check_crawler_dependencies()  # a missing library is fatal here, not a title-only article per page
    async with Crawler(feeds, config, sink) as crawler:
        if once:
            return await crawler.poll(force=True)
        stop = stop or asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        return await crawler.run(stop, on_status)


def crawl(
    settings: Any,
    feeds_path: str | Path | None = None,
    *,
    once: bool = False,
    sink: ArticleSink | None = None,
    config: CrawlConfig | None = None,
    status_stream=None,
    shard: tuple[int, int] | None = None,
) -> CrawlSummary:
    """Run the crawler: one round over every feed (``once``) or until SIGINT/SIGTERM.

    Articles go to ``monitor.pipeline.open_sink(settings)`` unless a ``sink`` is given. ``shard=(i, n)``: only
    the feeds of crawler ``i`` of ``n`` (:func:`monitor.crawler.feeds.shard_of`), so that several crawlers on
    several hosts share the feed list and each feed's crawl state lives with exactly one of them.
    """
    feeds = load_feeds(feeds_path or default_feeds_path())
    if shard is not None:
        from monitor.crawler.feeds import shard_of

        feeds = [f for f in feeds if shard_of(f, shard[1]) == shard[0]]
    check_crawler_dependencies()  # before the pipeline is opened: nothing is written by a crawler that cannot run
    config = config or CrawlConfig.from_settings(settings)
    own_sink = sink is None
    if sink is None:
        from monitor.pipeline import open_sink

        settings.ensure_data_dir()
        sink = open_sink(settings)
    stream = status_stream or sys.stderr
    tty = hasattr(stream, "isatty") and stream.isatty()

    last = {"line": "", "at": 0.0}

    def status(total: CrawlSummary, next_due: float | None) -> None:
        """Live status: rewritten in place on a terminal; a log line on change (or each minute) otherwise."""
        import time

        now = time.time()
        wait = f", next poll in {max(0, next_due - now):.0f}s" if next_due else ""
        line = total.line()
        if tty:
            stream.write("\r\x1b[2K" + line + wait)
        elif line != last["line"] or now - last["at"] >= 60:
            stream.write(line + wait + "\n")
        else:
            return
        last.update(line=line, at=now)
        stream.flush()

    try:
        return asyncio.run(crawl_async(feeds, config, sink, once=once, on_status=status))
    finally:
        if tty and not once:
            stream.write("\n")
        if own_sink:
            sink.close()  # type: ignore[union-attr]
