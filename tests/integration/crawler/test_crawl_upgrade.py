"""An article stored from the feed's text because its page failed is fetched again on later polls and upgraded
when the page comes back; pages that cannot change (robots.txt, refused addresses) are not fetched again."""

from __future__ import annotations

import asyncio
from pathlib import Path

from monitor.crawler import Crawler, Feed
from monitor.crawler.state import CrawlState
from monitor.model import article_id_for_url
from monitor.pipeline import EmbeddedPipeline
from monitor.settings import Settings
from tests.integration.crawler import server as srv

from .conftest import REPO
from .test_crawl_local import quick_config


def test_a_feed_text_article_is_upgraded_when_its_page_comes_back(tmp_path: Path) -> None:
    seed = next(s for s in srv.read_seeds(REPO / "seeds") if s.lang == "kk")
    site = srv.FeedServer().start()
    page_up = {"on": False}
    try:
        url = site.url(f"/a/{seed.name}.html")
        page = srv.article_html(seed, url).encode()

        def article(_req: srv.Request) -> srv.Response:
            if not page_up["on"]:
                return srv.Response(404, {"Content-Type": "text/plain"}, b"not yet")
            return srv.Response(200, {"Content-Type": "text/html; charset=utf-8"}, page)

        site.add(f"/a/{seed.name}.html", article)
        feed_url = site.add_static("/f.rss", srv.rss2("f", site.base, [(seed.title, url, "Short summary of it.",
                                                                         srv._date(1))]), "application/rss+xml")
        settings = Settings(data_dir=tmp_path, kafka=None, search_url=None)
        sink = EmbeddedPipeline(settings)
        config = quick_config(tmp_path)
        config.refetch_base = 0.0  # due again at once (production: ten minutes, doubling)
        feeds = [Feed(url=feed_url, name="f")]
        aid = article_id_for_url(url)

        async def go() -> list:
            async with Crawler(feeds, config, sink) as crawler:
                first = await crawler.poll(force=True)
                stored_first = sink.store.get_article(aid)
                still_down = await crawler.poll(force=True)  # fetched again, still failing: kept as it is
                page_up["on"] = True
                upgraded = await crawler.poll(force=True)
                after = await crawler.poll(force=True)
                return [first, stored_first, still_down, upgraded, after]

        first, stored_first, still_down, upgraded, after = asyncio.run(go())
        stored = sink.store.get_article(aid)
        sink.close()
        state = CrawlState(config.state_path)
        extraction = state.db.execute("SELECT extraction FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        state.close()
    finally:
        site.stop()
    assert first.fallback == 1 and stored_first is not None
    assert stored_first.text == "Short summary of it."
    assert still_down.upgraded == 0 and still_down.errors >= 1
    assert upgraded.upgraded == 1
    assert stored is not None and stored.id == aid and extraction == "page"
    assert " ".join(seed.paragraphs[0].split()) in " ".join(stored.text.split())
    assert stored.title == seed.title and stored.published == stored_first.published  # the feed's date is kept
    assert after.upgraded == 0
    page_requests = site.requests_to(f"/a/{seed.name}.html")
    assert len(page_requests) == 3  # first poll, the failing retry, the upgrade; none after


def test_pages_forbidden_by_robots_are_not_fetched_again(tmp_path: Path) -> None:
    seed = next(s for s in srv.read_seeds(REPO / "seeds") if s.lang == "kk")
    site = srv.FeedServer().start()
    try:
        site.add("/robots.txt", srv.Response(200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /x/\n"))
        url = site.url("/x/page.html")
        site.add_static("/x/page.html", srv.article_html(seed, url).encode(), "text/html; charset=utf-8")
        feed_url = site.add_static("/f.rss", srv.rss2("f", site.base, [(seed.title, url, "Summary.", srv._date(1))]),
                                   "application/rss+xml")
        sink = EmbeddedPipeline(Settings(data_dir=tmp_path, kafka=None, search_url=None))
        config = quick_config(tmp_path)
        config.refetch_base = 0.0

        async def go() -> None:
            async with Crawler([Feed(url=feed_url, name="f")], config, sink) as crawler:
                for _ in range(3):
                    await crawler.poll(force=True)

        asyncio.run(go())
        sink.close()
    finally:
        site.stop()
    assert site.requests_to("/x/page.html") == []
