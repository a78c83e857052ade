"""The crawler against a real HTTP server on 127.0.0.1: seed-built feeds and pages, and the failures."""

from __future__ import annotations

import asyncio
import itertools
import time
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

import pytest

from monitor.crawler import CrawlConfig, crawl_async, load_feeds
from monitor.crawler.dedupe import hamming, simhash
from monitor.crawler.runner import CrawlSummary
from monitor.crawler.state import CrawlState
from monitor.enrich import enrich
from monitor.model import Article, article_id_for_url, canonical_url
from monitor.pipeline import open_sink
from monitor.replay import article_from_text
from monitor.settings import Settings
from monitor.store import open_store

from .conftest import REPO, Site


def quick_config(data_dir: Path) -> CrawlConfig:
    """Production logic with test-sized limits (quick failures, no politeness delay on one host)."""
    return CrawlConfig(
        # Timeouts generous enough for a loaded CI machine, small enough that the trickling server
        # (one byte a second, 30 bytes) is cut off long before it finishes.
        data_dir=data_dir, allow="127.0.0.1", connect_timeout=5, read_timeout=5, total_timeout=8,
        max_feed_bytes=2_000_000, max_page_bytes=2_000_000, max_decompressed_bytes=5_000_000,
        max_retries=1, backoff_base=0.05, backoff_cap=0.2, max_inline_wait=2.5, per_host_delay=0,
        per_host_concurrency=8,
    )


@dataclass
class Run:
    settings: Settings
    config: CrawlConfig
    first: CrawlSummary
    feeds: list
    articles: dict[str, Article]  # what the crawler handed to the pipeline


class Tee:
    """The real embedded pipeline, with a record of what the crawler submitted to it."""

    def __init__(self, settings: Settings) -> None:
        self.pipeline = open_sink(settings)
        self.seen: dict[str, Article] = {}

    def submit(self, articles):  # type: ignore[no-untyped-def]
        self.seen.update((a.id, a) for a in articles)
        return self.pipeline.submit(articles)

    def close(self) -> None:
        self.pipeline.close()


def _crawl(settings: Settings, config: CrawlConfig, feeds: list) -> tuple[CrawlSummary, dict[str, Article]]:
    sink = Tee(settings)
    try:
        return asyncio.run(crawl_async(feeds, config, sink, once=True)), sink.seen
    finally:
        sink.close()


@pytest.fixture(scope="module")
def run(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Run:
    data = tmp_path_factory.mktemp("crawl-data")
    settings = Settings(data_dir=data, crawl_allow="127.0.0.1")
    settings.ensure_data_dir()
    config = quick_config(data)
    feeds = load_feeds(site.feeds_yaml(data / "feeds.yaml", [
        {k: v for k, v in f.items() if k != "kind"} for f in site.good_feeds + site.bad_feeds
    ]))
    first, articles = _crawl(settings, config, feeds)
    return Run(settings, config, first, feeds, articles)


def _stored(run: Run, url: str) -> Article | None:
    return run.articles.get(article_id_for_url(url))


def test_the_pipeline_stored_every_crawled_article(run: Run) -> None:
    store = open_store(run.settings)
    try:
        missing = [aid for aid in run.articles if store.get_article(aid) is None]
    finally:
        store.close()
    assert run.articles and not missing


def test_every_seed_page_becomes_the_article_replay_gives(run: Run, site: Site) -> None:
    assert run.first.extracted >= len(site.seeds)
    for seed in site.seeds:
        crawled = _stored(run, site.main.url(f"/articles/{seed.name}.html"))
        assert crawled is not None, seed.name
        assert crawled.extraction == "page"
        got = enrich(crawled)
        replayed = enrich(article_from_text((REPO / "seeds" / f"{seed.name}.txt").read_text(encoding="utf-8")))
        assert (got.lang, got.relevant, sorted(got.countries)) == (
            replayed.lang, replayed.relevant, sorted(replayed.countries)
        ), seed.name
        assert got.title == seed.title
        for para in seed.paragraphs[:3]:
            assert " ".join(para.split()) in " ".join(got.text.split()), seed.name
        assert "SCRIPT-RAN" not in got.text and "window.location" not in got.text  # scripts are data
        assert got.source and got.source.endswith("test")
        assert got.published is not None and got.published.utcoffset().total_seconds() == 0
        assert got.published.astimezone(UTC).year == 2025


def test_windows_1256_page_is_decoded_by_its_meta_charset(run: Run, site: Site) -> None:
    page = site.main.routes  # the Masry feed's page is the one served in Windows-1256
    assert "/feeds/masry.rss" in page
    state = CrawlState(run.config.state_path)
    try:
        ids = [r[0] for r in state.db.execute("SELECT article_id FROM entries WHERE feed_key LIKE '%masry%'")]
    finally:
        state.close()
    article = run.articles[ids[0]]
    assert article.title == site.cp1256.title
    assert " ".join(site.cp1256.paragraphs[0].split()) in " ".join(article.text.split())  # not mojibake


def test_redirects_resolve_to_the_final_url_and_tracking_duplicates_are_dropped(run: Run, site: Site) -> None:
    kk = next(s for s in site.seeds if s.lang == "kk")
    assert _stored(run, site.main.url(f"/articles/{kk.name}.html")) is not None
    assert _stored(run, site.main.url(f"/go/{kk.name}")) is None
    # The tracking-parameter link to the first Arabic article was recognised as the same article.
    assert run.first.duplicates >= 1
    ar0 = next(s for s in site.seeds if s.lang == "ar")
    assert article_id_for_url(site.main.url(f"/articles/{ar0.name}.html?utm_source=x#c")) == article_id_for_url(
        site.main.url(f"/articles/{ar0.name}.html")
    )
    # Only one of the two spellings was fetched (a retry under load may repeat that one).
    assert len({r.path for r in site.main.requests_to(f"/articles/{ar0.name}.html")}) == 1


def test_the_same_agency_story_on_two_outlets_shares_a_cluster(run: Run, site: Site) -> None:
    name = site.main.routes and next(p for p in site.main.routes if p.startswith("/agency/")).split("/")[-1]
    original = _stored(run, site.main.url(f"/articles/{name}"))
    copy = _stored(run, site.main.url(f"/agency/{name}"))
    assert original is not None and copy is not None and original.id != copy.id
    assert copy.cluster == original.cluster
    # Seed pages share a cluster only when their texts really are near-duplicates.
    pages = {s.name: _stored(run, site.main.url(f"/articles/{s.name}.html")) for s in site.seeds}
    hashes = {n: simhash(a.text) for n, a in pages.items() if a is not None}
    for a, b in itertools.combinations(hashes, 2):
        if pages[a].cluster == pages[b].cluster:  # type: ignore[union-attr]
            assert hashes[a] is not None and hashes[b] is not None
            assert hamming(hashes[a], hashes[b]) <= run.config.near_dup_distance
    assert run.first.clustered >= 1


def test_robots_txt_forbids_the_page_but_the_feed_text_is_kept(run: Run, site: Site) -> None:
    assert not [r for r in site.main.log if r.path.startswith("/private/")]
    fa = next(s for s in site.seeds if s.lang == "fa")
    kept = _stored(run, site.main.url(f"/private/{fa.name}.html"))
    assert kept is not None and kept.title == fa.title
    assert kept.extraction == "feed" and kept.text  # marked as built from the feed's own summary
    assert run.first.error_kinds["robots"] >= 1
    assert run.first.fallback >= 1


def test_links_to_private_addresses_are_refused_after_resolution(run: Run) -> None:
    state = CrawlState(run.config.state_path)
    try:
        reasons = [r[4] for r in state.errors() if r[3] == "address"]
    finally:
        state.close()
    text = "\n".join(reasons)
    for needle in ("10.1.2.3", "169.254.169.254", "::1", "10.9.8.7", "2130706433"):
        assert needle in text, needle
    # The feed's own text of those entries is still kept (the feed itself was fine).
    assert _stored(run, "http://10.1.2.3/news/1.html") is not None


def test_every_failure_has_a_counted_error_and_a_reason(run: Run, site: Site) -> None:
    state = CrawlState(run.config.state_path)
    try:
        for bad in site.bad_feeds:
            st = state.feed(canonical_url(bad["url"]))
            assert st.error_count >= 1 or bad["kind"] == {"malformed", "feed"}, bad["name"]
            kinds = {r[3] for r in state.errors() if r[1] == st.key}
            assert kinds & bad["kind"], (bad["name"], kinds, st.last_error)
            assert any(r[4] for r in state.errors() if r[1] == st.key)
    finally:
        state.close()
    assert run.first.errors >= len(site.bad_feeds)
    # The good feeds were all read despite the hostile neighbours.
    assert run.first.feeds_fetched >= len(site.good_feeds)


def test_retry_after_is_honoured(run: Run, site: Site) -> None:
    hits = site.slow.requests_to("/feeds/429-then-ok.rss")
    assert len(hits) == 2 and hits[1].at - hits[0].at >= 1.0
    long = site.limited.requests_to("/bad/429-long.xml")
    assert len(long) == 1  # a one-hour Retry-After is not waited inside the poll, nor retried
    state = CrawlState(run.config.state_path)
    try:
        st = state.feed(canonical_url(site.limited.url("/bad/429-long.xml")))
        assert st.next_poll - time.time() > 3000
        assert any(t - time.time() > 3000 for t in state.host_not_before().values())
    finally:
        state.close()
    assert len(site.slow.requests_to("/bad/503.xml")) == 1 + run.config.max_retries


def test_restart_polls_with_validators_and_gets_304s(run: Run, site: Site) -> None:
    before = {f["url"]: len(site.main.requests_to(f["url"].replace(site.main.base, ""))) for f in site.good_feeds}
    good_main = [f for f in run.feeds if f.url.startswith(site.main.base) and f.url in before]
    second, _ = _crawl(run.settings, run.config, good_main)  # a new crawler on the same data folder
    assert second.articles == 0
    assert second.not_modified == len(good_main)
    for f in good_main:
        last = site.main.requests_to(f.url.replace(site.main.base, ""))[-1]
        assert last.headers.get("if-none-match"), f.url
        assert last.headers.get("user-agent", "").startswith("CentralAsiaNewsMonitor/")
