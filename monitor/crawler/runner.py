"""The crawler loop: poll due feeds, fetch new entries' pages, extract, de-duplicate, hand to the sink.

Everything here is orchestration; the policies live in the small modules beside it. One asyncio loop does
the network I/O; trafilatura runs in worker threads so that slow extractions do not stall fetching.

The sink (the embedded pipeline: enrichment, SQLite, alert delivery with its retries) never runs on the event
loop: a feed's batch goes into a bounded queue that one worker drains in a thread, one batch at a time. Feeds
keep being polled on time however slow the sink is (a webhook receiver that never answers, a busy disk). When
the queue is full the feed's new entries are left for its next poll (back-pressure at the source: counted as
``deferred``, nothing marked seen). State is written only after the sink accepted a batch: entries are marked
seen and the feed's validators (ETag, Last-Modified, body hash) stored then; if the pipeline fails, the
entries stay unseen and are tried again on the next poll (no good article is lost).
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

from monitor import dates
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
# Page failures that fetching again cannot fix (robots.txt forbids it, the address is refused, not http).
NO_REFETCH = frozenset({"robots", "address", "scheme", "no-link"})
# What an upgrade keeps of the article built from the feed's text.
_FALLBACK_FIELDS = {"id", "title", "text", "published", "source", "lang"}


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
    upgraded: int = 0  # articles first stored from the feed's text, now from their page
    deferred: int = 0  # new entries left for the next poll because the sink's queue was full
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
            f"upgraded {self.upgraded}, deferred {self.deferred}, errors {self.errors}"
        )


@dataclass
class _Candidate:
    entry: FeedEntry | None  # None for an upgrade of an earlier feed-text article
    article: Article
    extraction: str  # "page" or "feed"
    simhash: int | None
    fallback_kind: str | None = None  # why the page was not used (a fetch error kind, "extract", "no-link")


@dataclass
class _Batch:
    """One feed's new articles on their way to the sink, with what to record once it accepted them."""

    feed: Feed
    batch: list[_Candidate]
    entry_marks: list[tuple[str, str | None]]
    validators: tuple[str | None, str | None, str | None]  # etag, last-modified, body hash of the poll
    summary: CrawlSummary  # the round's counts, completed when the sink answers
    upgrade: bool = False  # earlier feed-text articles whose page now came back


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
        # Batches waiting for the sink, and what they hold (so that a poll meanwhile neither repeats them nor
        # stores validators that would hide them if the sink then fails).
        self._queue: asyncio.Queue[_Batch | None] | None = None
        self._worker: asyncio.Task | None = None
        self._inflight_ids: set[str] = set()
        self._inflight_entries: dict[str, set[str]] = {}  # feed key -> entry keys
        self._inflight_hashes: list[tuple[int, str, str]] = []  # (simhash, cluster, article id) of queued ones
        self._sink_error: BaseException | None = None
        self._round: CrawlSummary | None = None  # the current round's counts (sink answers land here too)
        self._upgrading: set[str] = set()  # feed-text articles whose fetched page is with the sink
        self.state.sync_feeds(feeds, config.initial_interval, now=clock())
        self.total = CrawlSummary()

    async def __aenter__(self) -> Crawler:
        await self.fetcher.__aenter__()
        self._queue = asyncio.Queue(maxsize=max(1, self.cfg.sink_queue_batches))
        self._worker = asyncio.create_task(self._sink_worker(), name="crawler-sink")
        # Retry-After promises survive a restart.
        now = self.clock()
        for host, not_before in self.state.host_not_before().items():
            if not_before > now:
                self.fetcher.defer_host(host, not_before - now)
        return self

    async def __aexit__(self, *exc: object) -> None:
        try:
            if self._queue is not None and self._worker is not None:
                if not self._worker.done():
                    await self._queue.put(None)  # after every queued batch: finish them, then stop
                await asyncio.gather(self._worker, return_exceptions=True)
        finally:
            await self.fetcher.__aexit__(*exc)
            if self._own_state:
                self.state.close()

    # ── the sink, off the event loop ─────────────────────────────────────────────────────────────
    async def _sink_worker(self) -> None:
        """Hand queued batches to the sink one at a time, in a thread; record each outcome on the loop."""
        assert self._queue is not None
        while True:
            job = await self._queue.get()
            try:
                if job is None:
                    return
                try:
                    await asyncio.to_thread(self.sink.submit, [c.article for c in job.batch])
                except ImportError as exc:  # a missing library: fatal, raised by the next poll or drain
                    self._sink_error = exc
                    self._release(job)
                    return
                except Exception as exc:
                    self._sink_failed(job, exc)
                else:
                    self._sink_accepted(job)
            finally:
                self._queue.task_done()

    def _release(self, job: _Batch) -> None:
        ids = {c.article.id for c in job.batch}
        self._inflight_ids.difference_update(ids)
        keys = self._inflight_entries.get(job.feed.key)
        if keys is not None:
            keys.difference_update(k for k, _ in job.entry_marks)
            if not keys:
                del self._inflight_entries[job.feed.key]
        self._inflight_hashes = [x for x in self._inflight_hashes if x[2] not in ids]

    def _sink_accepted(self, job: _Batch) -> None:
        now = self.clock()
        batch = job.batch
        if job.upgrade:
            for c in batch:
                self.state.upgraded(c.article.id, c.simhash, self.cfg.near_dup_distance, now)
            self._upgrading.difference_update(c.article.id for c in batch)
            counts = CrawlSummary(upgraded=len(batch), extracted=len(batch))
            job.summary.add(counts)
            self.total.add(counts)
            return
        self.state.add_articles(
            [(c.article.id, c.article.url, job.feed.key, c.article.cluster or c.article.id, c.simhash, c.extraction)
             for c in batch],
            self.cfg.near_dup_distance, now,
        )
        self.state.mark_entries(job.feed.key, job.entry_marks, now)
        for c in batch:  # a page that failed for a reason that can change is fetched again on later polls
            if c.extraction == "feed" and c.article.url and c.fallback_kind not in NO_REFETCH:
                self.state.set_fallback(c.article.id, c.fallback_kind or "extract",
                                        c.article.model_dump_json(include=_FALLBACK_FIELDS),
                                        now + self.cfg.refetch_base)
        if not self._inflight_entries.get(job.feed.key, set()) - {k for k, _ in job.entry_marks}:
            etag, last_modified, body_hash = job.validators
            self.state.set_validators(job.feed.key, etag, last_modified, body_hash)
        self._release(job)
        counts = CrawlSummary(articles=len(batch), extracted=sum(1 for c in batch if c.extraction == "page"),
                              fallback=sum(1 for c in batch if c.extraction == "feed"))
        job.summary.add(counts)
        self.total.add(counts)

    def _sink_failed(self, job: _Batch, exc: Exception) -> None:
        """Nothing marked seen and no validators stored: the next poll offers these entries again."""
        self._release(job)
        self._upgrading.difference_update(c.article.id for c in job.batch)
        counts = CrawlSummary()
        self._error(counts, job.feed, job.feed.url, "sink", f"pipeline refused the batch: {type(exc).__name__}: {exc}")
        job.summary.add(counts)
        self.total.add(counts)

    async def drain(self) -> None:
        """Wait until the sink has answered every queued batch (a forced round, the end of ``--once``)."""
        if self._queue is not None and self._worker is not None and not self._worker.done():
            await self._queue.join()
        if self._sink_error is not None:
            raise self._sink_error

    @property
    def sink_backlog(self) -> int:
        """Batches waiting for the sink."""
        return self._queue.qsize() if self._queue is not None else 0

    # ── rounds ───────────────────────────────────────────────────────────────────────────────────
    async def poll(self, *, force: bool = False, drain: bool | None = None) -> CrawlSummary:
        """Poll every due feed once (every feed with ``force``); return this round's counts.

        ``drain`` (default: ``force``) waits for the sink to accept the round's articles first; the long-running
        loop does not, so that a slow sink never delays the next round.
        """
        if self._sink_error is not None:
            raise self._sink_error
        now = self.clock()
        keys = list(self.feeds) if force else [k for k in self.state.due(now) if k in self.feeds]
        summary = CrawlSummary(feeds_due=len(keys))  # the sink's answers are added to it as they come
        self._round = summary
        results = await asyncio.gather(*(self._poll_guarded(self.feeds[k]) for k in keys))
        polled = CrawlSummary()
        for r in results:
            polled.add(r)
        summary.add(polled)
        self.total.add(polled)
        self.total.feeds_due += len(keys)
        if force if drain is None else drain:
            await self.drain()
        self.state.prune_simbands(now - self.cfg.near_dup_window_days * 86400)
        self.state.prune_errors(now - self.cfg.error_log_days * 86400)
        self._claimed.clear()
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
                s = await self._poll_feed(feed)
                await self._refetch(feed, s)
                return s
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
        inflight = self._inflight_entries.get(feed.key, set())
        new = [e for e in new if e.key not in inflight]  # still with the sink from an earlier poll
        validators = (res.headers.get("etag"), res.headers.get("last-modified"), body_hash)
        share = len(new) / len(unique) if unique else None
        interval = next_interval(st.interval_s, share, self.cfg.min_interval, self.cfg.max_interval)
        # The schedule never waits for the sink; validators are stored now only when nothing is left to accept.
        settled = not new and not inflight
        self.state.poll_succeeded(
            feed.key, status="ok", interval=interval, next_poll=now + self._jitter(interval),
            etag=validators[0] if settled else None, last_modified=validators[1] if settled else None,
            body_hash=validators[2] if settled else None, not_modified=False, now=now,
        )
        if not new:
            return s
        assert self._queue is not None, "use Crawler as an async context manager"
        if self._queue.full():  # back-pressure: do not even fetch the pages; the feed still has the entries
            self._defer(feed, s, len(new))
            return s
        s.new_entries += len(new)
        results = await asyncio.gather(*(self._article(feed, e, s) for e in new))
        candidates = [c for c in results if c is not None]
        entry_marks: list[tuple[str, str | None]] = [
            (e.key, None) for e, r in zip(new, results, strict=True) if r is None
        ]
        entry_marks += [(c.entry.key, c.article.id) for c in candidates]
        if not candidates:  # nothing for the sink (known URLs, entries without text)
            self.state.mark_entries(feed.key, entry_marks, now)
            if not self._inflight_entries.get(feed.key):
                self.state.set_validators(feed.key, *validators)
            return s
        async with self._cluster_lock:
            batch = self._assign_clusters(candidates, s)
            job = _Batch(feed, batch, entry_marks, validators, self._round if self._round is not None else s)
            try:
                self._queue.put_nowait(job)
            except asyncio.QueueFull:
                job = None
            if job is not None:
                self._inflight_ids.update(c.article.id for c in batch)
                self._inflight_entries.setdefault(feed.key, set()).update(k for k, _ in entry_marks)
                self._inflight_hashes += [(c.simhash, c.article.cluster or c.article.id, c.article.id)
                                          for c in batch if c.simhash is not None]
        if job is None:
            self._claimed.difference_update(c.article.id for c in batch)
            self._defer(feed, s, len(new))
        return s

    def _defer(self, feed: Feed, s: CrawlSummary, n: int) -> None:
        s.deferred += n
        log.info("%s: the pipeline is busy (%d batches queued): %d new entries left for the next poll",
                 feed.name, self.sink_backlog, n)

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
        page, page_hash, final_url, why = await self._fetch_page(feed, link, s)
        if page is None:
            return self._fallback(feed, entry, article_id_for_url(link), link, now, why)
        canonical = choose_canonical(final_url, page.canonical)
        aid = article_id_for_url(canonical)
        if aid != article_id_for_url(link) and not self._claim(aid):
            s.duplicates += 1
            return None
        title = page.title or entry.title
        # The feed's date, the page's metadata, the date the page shows, and last the crawl time (a live
        # crawl meets an article when it appears); never a date in the future. Where it came from is kept.
        published, date_source = dates.choose(
            [(entry.published, "feed"), (to_utc(page.published), "metadata"), (page.dateline, "dateline"),
             (now, "fetched")], now)
        article = Article(
            id=aid, url=canonical_url(canonical), source=feed.name, title=title, text=page.text,
            published=published, date_source=date_source, fetched=now, extraction="page",
            lang=page.lang_hint or feed.lang,  # a hint only: enrichment identifies the language itself
        )
        return _Candidate(entry, article, "page", page_hash)

    async def _fetch_page(
        self, feed: Feed, link: str, s: CrawlSummary
    ) -> tuple[ExtractedPage | None, int | None, str, str | None]:
        """(page, simhash, final URL, why not) for one article link; errors are counted and logged."""
        page = None
        page_hash: int | None = None
        final_url = link
        why: str | None = None
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
                why = "extract"
                self._error(s, feed, link, "extract", "no main text found on the page; using the feed's text")
        except FetchError as exc:
            why = exc.kind
            if exc.retry_after is not None:
                self.state.set_host_not_before(self._host_of(link), self.clock() + exc.retry_after)
            self._error(s, feed, link, exc.kind, exc.reason + "; using the feed's text")
        except ImportError:  # a missing library, not a bad page: never store title-only articles for it
            raise
        except Exception as exc:  # extraction bug on a hostile page: keep going with the feed text
            why = "extract"
            self._error(s, feed, link, "extract", f"{type(exc).__name__}: {exc}; using the feed's text")
        return page, page_hash, final_url, why

    async def _refetch(self, feed: Feed, s: CrawlSummary) -> None:
        """Fetch again the pages of this feed's articles that were stored from the feed's text, and upgrade
        those whose page now comes back (same article id; title and date kept when the page lacks them)."""
        assert self._queue is not None
        if self._queue.full():
            return
        now = self.clock()
        due = [d for d in self.state.refetch_due(feed.key, now, self.cfg.refetch_per_poll)
               if d[0] not in self._upgrading]
        if not due:
            return
        fetched = await asyncio.gather(*(self._fetch_page(feed, d[1], s) for d in due))
        upgrades: list[_Candidate] = []
        for (aid, url, saved, attempts, cluster), (page, page_hash, _final, _why) in zip(due, fetched, strict=True):
            if page is None:
                give_up = attempts + 1 >= self.cfg.refetch_max_attempts
                self.state.refetch_failed(aid, now + self.cfg.refetch_base * 2 ** (attempts + 1), give_up)
                continue
            before = Article.model_validate_json(saved) if saved else Article(id=aid)
            article = before.model_copy(update={
                "id": aid, "url": canonical_url(url), "source": feed.name, "title": page.title or before.title,
                "text": page.text, "published": before.published or to_utc(page.published), "extraction": "page",
                "fetched": datetime.fromtimestamp(now, UTC), "lang": page.lang_hint or before.lang or feed.lang,
                "cluster": cluster or aid,
            })
            upgrades.append(_Candidate(None, Article.model_validate(article.model_dump()), "page", page_hash))
        if not upgrades:
            return
        job = _Batch(feed, upgrades, [], (None, None, None), self._round if self._round is not None else s,
                     upgrade=True)
        try:
            self._queue.put_nowait(job)
        except asyncio.QueueFull:
            return  # due again on the next poll
        self._upgrading.update(c.article.id for c in upgrades)

    def _claim(self, article_id: str) -> bool:
        """True for the first entry of this round to bring ``article_id`` (not queued nor stored before)."""
        if article_id in self._claimed or article_id in self._inflight_ids or self.state.has_article(article_id):
            return False
        self._claimed.add(article_id)
        return True

    def _fallback(self, feed: Feed, entry: FeedEntry, aid: str, url: str | None, now: datetime,
                  why: str | None = None) -> _Candidate:
        text = entry.summary if entry.summary != entry.title else ""
        published, date_source = dates.choose(
            [(entry.published, "feed"), (dates.find_dateline(f"{entry.title}\n{text}", now), "dateline"),
             (now, "fetched")], now)
        article = Article(
            id=aid, url=canonical_url(url) if url else None, source=feed.name, title=entry.title, text=text,
            published=published, date_source=date_source, fetched=now, extraction="feed",
            lang=entry.lang or feed.lang,
        )
        return _Candidate(entry, article, "feed", simhash(f"{entry.title} {text}"), why or "no-link")

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
                    for h, cl in [*((h, cl) for h, cl, _ in self._inflight_hashes), *batch_hashes]:
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
