"""Every feed of feedparser's own test corpus, served over HTTP and crawled: read, or refused with a reason.

The corpus (BSD-licensed, LICENSE beside it) lives in ``../shared/peers/feedparser-tests`` next to the
checkout. Each file's ``Header:`` comment lines become the HTTP headers it is served with, as in
feedparser's own test server, so the charset/content-type cases are exercised as intended.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from monitor.crawler import Crawler, Feed
from monitor.crawler.state import CrawlState
from monitor.pipeline import open_sink
from monitor.settings import Settings
from tests.integration.crawler import server as srv

from .conftest import REPO
from .test_crawl_local import quick_config

CORPUS = REPO.parent / "shared" / "peers" / "feedparser-tests"
_HEADER = re.compile(rb"^Header:\s*([A-Za-z0-9-]+):\s*(.*?)\s*$", re.M)


def _headers(data: bytes) -> dict[str, str]:
    head = data[:2000]
    if b"\x00" in head[:4] or head[:2] in (b"\xfe\xff", b"\xff\xfe"):
        for codec in ("utf-32", "utf-16"):
            try:
                head = data.decode(codec)[:2000].encode("utf-8")
                break
            except UnicodeDecodeError:
                continue
    out = {}
    for name, value in _HEADER.findall(head):
        out[name.decode("latin-1")] = value.decode("latin-1")
    return out


async def _local_only(host: str, port: int) -> list[str]:
    """The corpus links to example.org and friends: tests resolve no outside names (no traffic leaves)."""
    if host in ("127.0.0.1", "localhost"):
        return ["127.0.0.1"]
    raise OSError(f"{host}: test resolver knows only 127.0.0.1")


@pytest.mark.timeout(600)
def test_every_corpus_feed_is_read_or_refused_with_a_reason(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"feedparser test corpus not found at {CORPUS}")
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "LICENSE")
    assert len(files) > 1000
    server = srv.FeedServer().start()
    try:
        feeds = []
        for i, path in enumerate(files):
            data = path.read_bytes()
            headers = _headers(data)
            headers.setdefault("Content-Type", "application/xml")
            route = f"/peer/{i}/{path.relative_to(CORPUS).as_posix()}"
            server.add_static(route, data, headers.pop("Content-Type", headers.pop("Content-type", "")), headers)
            feeds.append(Feed(url=server.url(route), name=f"corpus {path.relative_to(CORPUS)}"))
        settings = Settings(data_dir=tmp_path, crawl_allow="127.0.0.1")
        config = quick_config(tmp_path)
        config.max_concurrent_feeds = 32
        sink = open_sink(settings)

        async def go():  # type: ignore[no-untyped-def]
            async with Crawler(feeds, config, sink, resolver=_local_only) as crawler:
                return await crawler.poll(force=True)

        try:
            summary = asyncio.run(go())
        finally:
            sink.close()
        state = CrawlState(config.state_path)
        try:
            read = refused = 0
            unexplained = []
            for feed in feeds:
                st = state.feed(feed.key)
                if st.last_status == "ok":
                    read += 1
                elif st.last_status == "error" and st.last_error:
                    refused += 1
                else:
                    unexplained.append((feed.url, st.last_status, st.last_error))
            kinds = {r[3] for r in state.errors(100_000)}
        finally:
            state.close()
        assert not unexplained
        assert read + refused == len(feeds) == summary.feeds_polled
        assert read > 0.8 * len(feeds)  # the corpus is mostly valid feeds
        assert "xml" in kinds  # entity declarations refused
        # Links to outside hosts were never fetched: those entries were kept from the feed's own text.
        assert summary.fallback > 0 and "dns" in kinds
        asked = {r.path for r in server.log}
        assert all(f.url.removeprefix(server.base) in asked for f in feeds)  # every feed was requested
    finally:
        server.stop()
