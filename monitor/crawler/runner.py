"""The crawler loop: poll due feeds, fetch new entries' pages, extract, de-duplicate, hand to the sink.

Everything here is orchestration; the policies live in the small modules beside it. One asyncio loop does
the network I/O; trafilatura runs in worker threads so that slow extractions do not stall fetching.
State is written only after the sink accepted a batch: if the pipeline fails, the entries stay unseen
and are tried again on the next poll (no good article is lost).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from monitor.crawler.config import CrawlConfig
from monitor.crawler.dedupe import choose_canonical, simhash
from monitor.crawler.extract import ExtractedPage, extract_page, to_utc
from monitor.crawler.feeds import Feed, FeedEntry, FeedRejected, parse_feed
from monitor.crawler.fetch import Fetcher, FetchError
from monitor.crawler.robots import RobotsCache
from monitor.crawler.safety import AddressPolicy, Resolver
from monitor.crawler.schedule import failure_delay, next_interval
from monitor.crawler.state import CrawlState
from monitor.model import Article, article_id_for_content, article_id_for_url, canonical_url

log = logging.getLogger("monitor.crawler")

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"


class ArticleSink(Protocol):
    def submit(self, articles: Sequence[Article]) -> Any: ...


@dataclass
class CrawlSummary:
    """Counts of one poll round (or of a whole run, added up)."""

    feeds_due: int = 0
    feeds_polled: int = 0
    feeds_fetched: int = 0  # 200 with a body
    not_modified: int = 0  # 304 or same body
    entries: int = 0
    new_entries: int = 0
    articles: int = 0  # handed to the sink
    extracted: int = 0  # from the article page
    fallback: int = 0  # from the feed's own title/summary
    duplicates: int = 0  # same canonical URL seen before
    clustered: int = 0  # joined an earlier article's near-duplicate cluster
    errors: int = 0
    error_kinds: Counter = field(default_factory=Counter)
    extract_seconds: float = 0.0

    def add(self, other: CrawlSummary) -> None:
        for name in self.__dataclass_fields__:
            if name == "error_kinds":
                self.error_kinds.update(other.error_kinds)
            else:
                setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "error_kinds"}
        out["error_kinds"] = dict(self.error_kinds)
        out["extract_seconds"] = round(self.extract_seconds, 3)
        return out

    def line(self) -> str:
        return (
            f"feeds due {self.feeds_due}, polled {self.feeds_polled}, fetched {self.feeds_fetched}, "
            f"unchanged {self.not_modified}, new {self.articles} ({self.fallback} from feed text), "
            f"errors {self.errors}"
        )


@dataclass
class _Candidate:
    entry: FeedEntry
    article: Article
    extraction: str  # "page" or "feed"
    simhash: int | None


def _extract_and_hash(
    body: bytes, url: str, content_type: str | None, content_language: str | None, fast: bool
) -> tuple[ExtractedPage | None, int | None]:
    """Extraction and fingerprint together, in a worker thread (both are CPU work)."""
    page = extract_page(body, url, content_type, content_language, fast)
    return page, (simhash(page.text) if page is not None else None)


class Crawler:
    """Polls a set of feeds into a sink. Use as an async context manager."""

    def __init__(
        self,
        feeds: Sequence[Feed],
        config: CrawlConfig,
        sink: ArticleSink,
        *,
        state: CrawlState | None = None,
        resolver: Resolver | None = None,
        clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.cfg = config
        self.feeds = {f.key: f for f in feeds}
        self.sink = sink
        self.state = state or CrawlState(config.state_path)
        self._own_state = state is None
        self.clock = clock
        self.rng = rng or random.Random()
        self.policy = AddressPolicy(config.allow, resolver=resolver)
        self.fetcher = Fetcher(config, self.policy, rng=self.rng)
        self.fetcher.robots = RobotsCache(self.fetcher, config.robots_agent, config.robots_ttl, config.robots_error_ttl)
        self._feed_sem = asyncio.Semaphore(config.max_concurrent_feeds)
        self._page_sem = asyncio.Semaphore(config.max_concurrent_pages)
        self._cluster_lock = asyncio.Lock()
        self._claimed: set[str] = set()  # article ids taken by an entry in this round
        self.state.sync_feeds(feeds, config.initial_interval, now=clock())
        self.total = CrawlSummary()

    async def __aenter__(self) -> Crawler:
        await self.fetcher.__aenter__()
        # Retry-After promises survive a restart.
        now = self.clock()
        for host, not_before in self.state.host_not_before().items():
            if not_before > now:
                self.fetcher.defer_host(host, not_before - now)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.fetcher.__aexit__(*exc)
        if self._own_state:
            self.state.close()

    # ── rounds ───────────────────────────────────────────────────────────────────────────────────
    async def poll(self, *, force: bool = False) -> CrawlSummary:
        """Poll every due feed once (every feed with ``force``); return this round's counts."""
        now = self.clock()
        keys = list(self.feeds) if force else [k for k in self.state.due(now) if k in self.feeds]
        summary = CrawlSummary(feeds_due=len(keys))
        results = await asyncio.gather(*(self._poll_guarded(self.feeds[k]) for k in keys))
        for r in results:
            summary.add(r)
        summary.feeds_due = len(keys)
        self.state.prune_simbands(now - self.cfg.near_dup_window_days * 86400)
        self.state.prune_errors(now - self.cfg.error_log_days * 86400)
        self._claimed.clear()
        self.total.add(summary)
        return summary

    async def run(
        self, stop: asyncio.Event, on_status: Callable[[CrawlSummary, float | None], None] | None = None
    ) -> CrawlSummary:
        """Poll due feeds until ``stop`` is set; ``on_status(total, next_due)`` after each round."""
        while not stop.is_set():
            due = self.state.due(self.clock())
            if any(k in self.feeds for k in due):
                await self.poll()
            next_due = self.state.next_due()
            if on_status:
                on_status(self.total, next_due)
            wait = 5.0 if next_due is None else max(0.2, min(5.0, next_due - self.clock()))
            try:
                await asyncio.wait_for(stop.wait(), timeout=wait)
            except TimeoutError:
                pass
        return self.total

    # ── one feed ─────────────────────────────────────────────────────────────────────────────────
    async def _poll_guarded(self, feed: Feed) -> CrawlSummary:
        async with self._feed_sem:
            try:
                return await self._poll_feed(feed)
            except ImportError:  # a missing library is not a problem of this feed: stop the crawler
                raise
            except Exception as exc:  # a bug on one feed must not stop the others
                log.exception("feed %s: unexpected error", feed.url)
                s = CrawlSummary(feeds_polled=1)
                self._fail(feed, s, "internal", f"{type(exc).__name__}: {exc}")
                return s

    def _error(self, s: CrawlSummary, feed: Feed, url: str | None, kind: str, reason: str) -> None:
        s.errors += 1
        s.error_kinds[kind] += 1
        log.warning("%s: %s [%s] %s", feed.name, url or feed.url, kind, reason)
        self.state.record_error(feed.key, url, kind, reason, self.clock())

    def _fail(self, feed: Feed, s: CrawlSummary, kind: str, reason: str, retry_after: float | None = None) -> None:
        self._error(s, feed, feed.url, kind, reason)
        st = self.state.feed(feed.key)
        delay = failure_delay(
            st.consecutive_failures + 1, self.cfg.failure_backoff_base, self.cfg.max_interval, retry_after, self.rng
        )
        now = self.clock()
        n = self.state.poll_failed(
            feed.key, reason=f"[{kind}] {reason}", next_poll=now + delay,
            disable_after=self.cfg.disable_after_failures, now=now,
        )
        if n == self.cfg.disable_after_failures:
            log.error("feed %s disabled after %d consecutive failures (polled daily from now on)", feed.url, n)

    async def _poll_feed(self, feed: Feed) -> CrawlSummary:
        s = CrawlSummary(feeds_polled=1)
        st = self.state.feed(feed.key)
        try:
            res = await self.fetcher.fetch(
                feed.url, max_bytes=self.cfg.max_feed_bytes, etag=st.etag, last_modified=st.last_modified,
                accept=FEED_ACCEPT,
            )
        except FetchError as exc:
            if exc.retry_after is not None:
                host = self._host_of(feed.url)
                self.state.set_host_not_before(host, self.clock() + exc.retry_after)
            self._fail(feed, s, exc.kind, exc.reason, exc.retry_after)
            return s
        now = self.clock()
        body_hash = hashlib.sha256(res.body).hexdigest() if not res.not_modified else None
        # A 304, or a 200 with the very body we saw last time (servers that ignore validators).
        if res.not_modified or body_hash == st.body_hash:
            s.not_modified += 1
            interval = next_interval(st.interval_s, None, self.cfg.min_interval, self.cfg.max_interval)
            self.state.poll_succeeded(
                feed.key, status="not_modified", interval=interval, next_poll=now + self._jitter(interval),
                etag=res.headers.get("etag"), last_modified=res.headers.get("last-modified"),
                body_hash=None, not_modified=True, now=now,
            )
            return s
        s.feeds_fetched += 1
        try:
            parsed = await asyncio.to_thread(
                parse_feed, res.body, dict(res.headers), res.url, self.cfg.max_entries_per_feed
            )
        except FeedRejected as exc:
            self._fail(feed, s, exc.kind, exc.reason)
            return s
        if parsed.warning:
            # Counted and logged, but the entries feedparser could read are still used.
            self._error(s, feed, feed.url, "malformed", f"feed is not well-formed, read leniently: {parsed.warning}")
        s.entries += len(parsed.entries)
        # Newest duplicates of one key in a feed count once.
        unique: dict[str, FeedEntry] = {}
        for e in parsed.entries:
            unique.setdefault(e.key, e)
        seen = self.state.seen_entries(feed.key, list(unique))
        new = [e for k, e in unique.items() if k not in seen]
        s.new_entries += len(new)
        results = await asyncio.gather(*(self._article(feed, e, s) for e in new))
        candidates = [c for c in results if c is not None]
        entry_marks: list[tuple[str, str | None]] = [
            (e.key, None) for e, r in zip(new, results, strict=True) if r is None
        ]
        if candidates:
            async with self._cluster_lock:
                batch = self._assign_clusters(candidates, s)
                try:
                    self.sink.submit([c.article for c in batch])
                except Exception as exc:
                    # Nothing marked seen: the next poll offers these entries again.
                    self._claimed.difference_update(c.article.id for c in batch)
                    self._fail(feed, s, "sink", f"pipeline refused the batch: {type(exc).__name__}: {exc}")
                    return s
                self.state.add_articles(
                    [(c.article.id, c.article.url, feed.key, c.article.cluster or c.article.id, c.simhash, c.extraction)
                     for c in batch],
                    self.cfg.near_dup_distance, now,
                )
            s.articles += len(batch)
            s.extracted += sum(1 for c in batch if c.extraction == "page")
            s.fallback += sum(1 for c in batch if c.extraction == "feed")
            entry_marks += [(c.entry.key, c.article.id) for c in candidates]
        self.state.mark_entries(feed.key, entry_marks, now)
        share = len(new) / len(unique) if unique else None
        interval = next_interval(st.interval_s, share, self.cfg.min_interval, self.cfg.max_interval)
        self.state.poll_succeeded(
            feed.key, status="ok", interval=interval, next_poll=now + self._jitter(interval),
            etag=res.headers.get("etag"), last_modified=res.headers.get("last-modified"),
            body_hash=body_hash, not_modified=False, now=now,
        )
        return s

    def _jitter(self, interval: float) -> float:
        # Spread feeds that share an interval so that they do not all fall due in the same second.
        return interval * self.rng.uniform(0.9, 1.1)

    @staticmethod
    def _host_of(url: str) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(url)
        return parts.netloc if parts.port else (parts.hostname or "")

    # ── one entry ────────────────────────────────────────────────────────────────────────────────
    async def _article(self, feed: Feed, entry: FeedEntry, s: CrawlSummary) -> _Candidate | None:
        """Fetch and extract one new entry; fall back to the feed's text; None for a known URL."""
        now = datetime.fromtimestamp(self.clock(), UTC)
        link = entry.link if entry.link and entry.link.lower().startswith(("http://", "https://")) else None
        if link is None:
            if not (entry.title or entry.summary):
                return None
            aid = article_id_for_content(entry.title, entry.summary)
            return self._fallback(feed, entry, aid, None, now)
        if not self._claim(article_id_for_url(link)):
            s.duplicates += 1
            return None
        page = None
        page_hash: int | None = None
        final_url = link
        try:
            async with self._page_sem:
                res = await self.fetcher.fetch(link, max_bytes=self.cfg.max_page_bytes, accept=PAGE_ACCEPT)
            final_url = res.url
            started = time.perf_counter()
            page, page_hash = await asyncio.to_thread(
                _extract_and_hash, res.body, res.url, res.headers.get("content-type"),
                res.headers.get("content-language"), self.cfg.fast_extraction,
            )
            s.extract_seconds += time.perf_counter() - started
            if page is None:
                self._error(s, feed, link, "extract", "no main text found on the page; using the feed's text")
        except FetchError as exc:
            if exc.retry_after is not None:
                self.state.set_host_not_before(self._host_of(link), self.clock() + exc.retry_after)
            self._error(s, feed, link, exc.kind, exc.reason + "; using the feed's text")
        except ImportError:  # a missing library, not a bad page: never store title-only articles for it
            raise
        except Exception as exc:  # extraction bug on a hostile page: keep going with the feed text
            self._error(s, feed, link, "extract", f"{type(exc).__name__}: {exc}; using the feed's text")
        if page is None:
            return self._fallback(feed, entry, article_id_for_url(link), link, now)
        canonical = choose_canonical(final_url, page.canonical)
        aid = article_id_for_url(canonical)
        if aid != article_id_for_url(link) and not self._claim(aid):
            s.duplicates += 1
            return None
        title = page.title or entry.title
        published = entry.published or to_utc(page.published)
        article = Article(
            id=aid, url=canonical_url(canonical), source=feed.name, title=title, text=page.text,
            published=published, fetched=now, extraction="page",
            lang=page.lang_hint or feed.lang,  # a hint only: enrichment identifies the language itself
        )
        return _Candidate(entry, article, "page", page_hash)

    def _claim(self, article_id: str) -> bool:
        """True for the first entry of this round to bring ``article_id`` (and not stored before)."""
        if article_id in self._claimed or self.state.has_article(article_id):
            return False
        self._claimed.add(article_id)
        return True

    def _fallback(self, feed: Feed, entry: FeedEntry, aid: str, url: str | None, now: datetime) -> _Candidate:
        text = entry.summary if entry.summary != entry.title else ""
        article = Article(
            id=aid, url=canonical_url(url) if url else None, source=feed.name, title=entry.title, text=text,
            published=entry.published, fetched=now, extraction="feed", lang=entry.lang or feed.lang,
        )
        return _Candidate(entry, article, "feed", simhash(f"{entry.title} {text}"))

    def _assign_clusters(self, candidates: list[_Candidate], s: CrawlSummary) -> list[_Candidate]:
        """Set ``cluster`` on each article (earlier near-duplicate's cluster, else its own id).

        Also drops repeats inside the batch (two entries whose pages share one canonical URL).
        """
        k = self.cfg.near_dup_distance
        out: list[_Candidate] = []
        ids: set[str] = set()
        batch_hashes: list[tuple[int, str]] = []
        for c in candidates:
            if c.article.id in ids:
                s.duplicates += 1
                continue
            ids.add(c.article.id)
            cluster = None
            if c.simhash is not None:
                cluster = self.state.find_cluster(c.simhash, k, exclude=c.article.id)
                if cluster is None:
                    for h, cl in batch_hashes:
                        if (h ^ c.simhash).bit_count() <= k:
                            cluster = cl
                            break
            if cluster is not None:
                s.clustered += 1
            c.article = c.article.model_copy(update={"cluster": cluster or c.article.id})
            if c.simhash is not None:
                batch_hashes.append((c.simhash, c.article.cluster or c.article.id))
            out.append(c)
        return out
