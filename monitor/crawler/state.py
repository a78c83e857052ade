"""Crawl state in SQLite (``<data dir>/crawl.sqlite``): what lets a restart neither refetch nor forget.

Per feed: validators (ETag, Last-Modified, body hash), the adaptive interval and next poll time, error
counts. Per feed entry: seen or not. Per article: id, canonical URL, cluster and SimHash bands for
near-duplicate lookups. Plus every error with its reason (the crawler's rejects log) and per-host
"not before" times from ``Retry-After``.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from monitor.crawler.dedupe import bands, from_signed, hamming, to_signed
from monitor.settings import private_file

SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    name TEXT,
    etag TEXT,
    last_modified TEXT,
    body_hash TEXT,
    interval_s REAL NOT NULL,
    next_poll REAL NOT NULL,
    last_poll REAL,
    last_status TEXT,
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    error_count INTEGER NOT NULL DEFAULT 0,
    polls INTEGER NOT NULL DEFAULT 0,
    not_modified INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS entries (
    feed_key TEXT NOT NULL,
    entry_key TEXT NOT NULL,
    article_id TEXT,
    seen_at REAL NOT NULL,
    PRIMARY KEY (feed_key, entry_key)
);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT,
    feed_key TEXT,
    cluster TEXT NOT NULL,
    simhash INTEGER,
    extraction TEXT,
    fetched_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS simbands (
    band INTEGER NOT NULL,
    value INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    added_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS simbands_lookup ON simbands (band, value);
CREATE INDEX IF NOT EXISTS simbands_age ON simbands (added_at);
CREATE TABLE IF NOT EXISTS hosts (
    host TEXT PRIMARY KEY,
    not_before REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS errors (
    at REAL NOT NULL,
    feed_key TEXT,
    url TEXT,
    kind TEXT NOT NULL,
    reason TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_at ON errors (at);
"""


@dataclass
class FeedState:
    key: str
    url: str
    etag: str | None
    last_modified: str | None
    body_hash: str | None
    interval_s: float
    next_poll: float
    consecutive_failures: int
    error_count: int
    polls: int
    not_modified: int
    disabled: bool
    last_status: str | None
    last_error: str | None


class CrawlState:
    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        private_file(path)
        self.path = path
        self.db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        have = {r[1] for r in self.db.execute("PRAGMA table_info(articles)")}
        for column, kind in (("fallback_kind", "TEXT"), ("fallback", "TEXT"), ("refetch_after", "REAL"),
                             ("refetch_attempts", "INTEGER NOT NULL DEFAULT 0")):
            if column not in have:  # data folders from before the column existed
                try:
                    self.db.execute(f"ALTER TABLE articles ADD COLUMN {column} {kind}")
                except sqlite3.OperationalError as exc:
                    if "duplicate column" not in str(exc):
                        raise
        self.db.execute("CREATE INDEX IF NOT EXISTS articles_refetch ON articles (feed_key, refetch_after)")

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One transaction (the connection is in autocommit mode otherwise)."""
        self.db.execute("BEGIN")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # ── feeds ────────────────────────────────────────────────────────────────────────────────────
    def sync_feeds(self, feeds: Iterable[object], initial_interval: float, now: float | None = None) -> None:
        """Add feeds not seen before (due now); keep the state of known ones."""
        now = time.time() if now is None else now
        with self._tx():
            for f in feeds:
                interval = getattr(f, "interval", None) or initial_interval
                self.db.execute(
                    "INSERT INTO feeds (key, url, name, interval_s, next_poll) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET url = excluded.url, name = excluded.name",
                    (f.key, f.url, f.name, interval, now),  # type: ignore[attr-defined]
                )

    def feed(self, key: str) -> FeedState:
        row = self.db.execute(
            "SELECT key, url, etag, last_modified, body_hash, interval_s, next_poll, consecutive_failures, "
            "error_count, polls, not_modified, disabled, last_status, last_error FROM feeds WHERE key = ?",
            (key,),
        ).fetchone()
        if row is None:
            raise KeyError(key)
        return FeedState(*row[:11], bool(row[11]), row[12], row[13])

    def due(self, now: float | None = None) -> list[str]:
        now = time.time() if now is None else now
        return [r[0] for r in self.db.execute("SELECT key FROM feeds WHERE next_poll <= ? ORDER BY next_poll", (now,))]

    def next_due(self) -> float | None:
        row = self.db.execute("SELECT MIN(next_poll) FROM feeds").fetchone()
        return row[0] if row else None

    def poll_succeeded(
        self,
        key: str,
        *,
        status: str,
        interval: float,
        next_poll: float,
        etag: str | None,
        last_modified: str | None,
        body_hash: str | None,
        not_modified: bool,
        now: float,
    ) -> None:
        self.db.execute(
            "UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
            "body_hash = COALESCE(?, body_hash), interval_s = ?, next_poll = ?, last_poll = ?, last_status = ?, "
            "consecutive_failures = 0, disabled = 0, polls = polls + 1, not_modified = not_modified + ? "
            "WHERE key = ?",
            (etag, last_modified, body_hash, interval, next_poll, now, status, int(not_modified), key),
        )

    def set_validators(self, key: str, etag: str | None, last_modified: str | None, body_hash: str | None) -> None:
        """Store a poll's validators once the sink accepted its entries (so a failed batch is fetched again)."""
        self.db.execute(
            "UPDATE feeds SET etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
            "body_hash = COALESCE(?, body_hash) WHERE key = ?",
            (etag, last_modified, body_hash, key),
        )

    def poll_failed(self, key: str, *, reason: str, next_poll: float, disable_after: int, now: float) -> int:
        self.db.execute(
            "UPDATE feeds SET consecutive_failures = consecutive_failures + 1, error_count = error_count + 1, "
            "polls = polls + 1, last_poll = ?, last_status = 'error', last_error = ?, next_poll = ?, "
            "disabled = CASE WHEN consecutive_failures + 1 >= ? THEN 1 ELSE disabled END WHERE key = ?",
            (now, reason, next_poll, disable_after, key),
        )
        return int(self.db.execute("SELECT consecutive_failures FROM feeds WHERE key = ?", (key,)).fetchone()[0])

    # ── entries and articles ─────────────────────────────────────────────────────────────────────
    def seen_entries(self, feed_key: str, keys: list[str]) -> set[str]:
        seen: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            q = f"SELECT entry_key FROM entries WHERE feed_key = ? AND entry_key IN ({','.join('?' * len(chunk))})"
            seen.update(r[0] for r in self.db.execute(q, (feed_key, *chunk)))
        return seen

    def mark_entries(self, feed_key: str, items: list[tuple[str, str | None]], now: float) -> None:
        with self._tx():
            self.db.executemany(
                "INSERT OR IGNORE INTO entries (feed_key, entry_key, article_id, seen_at) VALUES (?, ?, ?, ?)",
                [(feed_key, k, a, now) for k, a in items],
            )

    def has_article(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def find_cluster(self, value: int, k: int, exclude: str | None = None) -> str | None:
        """Cluster of the closest earlier article within Hamming distance ``k`` (None if none)."""
        best: tuple[int, str] | None = None
        for band, bval in bands(value, k):
            for aid, sh, cluster in self.db.execute(
                "SELECT a.id, a.simhash, a.cluster FROM simbands b JOIN articles a ON a.id = b.article_id "
                "WHERE b.band = ? AND b.value = ?",
                (band, bval),
            ):
                if aid == exclude or sh is None:
                    continue
                d = hamming(value, from_signed(sh))
                if d <= k and (best is None or d < best[0]):
                    best = (d, cluster)
        return best[1] if best else None

    def add_articles(self, rows: list[tuple[str, str | None, str, str, int | None, str]], k: int, now: float) -> None:
        """rows: (id, url, feed_key, cluster, simhash, extraction)."""
        with self._tx():
            for aid, url, feed_key, cluster, sh, extraction in rows:
                self.db.execute(
                    "INSERT OR IGNORE INTO articles (id, url, feed_key, cluster, simhash, extraction, fetched_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (aid, url, feed_key, cluster, None if sh is None else to_signed(sh), extraction, now),
                )
                if sh is not None:
                    self.db.executemany(
                        "INSERT INTO simbands (band, value, article_id, added_at) VALUES (?, ?, ?, ?)",
                        [(b, v, aid, now) for b, v in bands(sh, k)],
                    )

    # ── articles stored from the feed's text, waiting for their page ────────────────────────────
    def set_fallback(self, article_id: str, kind: str, article_json: str, refetch_after: float) -> None:
        self.db.execute(
            "UPDATE articles SET fallback_kind = ?, fallback = ?, refetch_after = ?, refetch_attempts = 0 "
            "WHERE id = ?", (kind, article_json, refetch_after, article_id),
        )

    def refetch_due(self, feed_key: str, now: float, limit: int) -> list[tuple[str, str, str | None, int, str]]:
        """(id, url, feed-text article JSON, attempts so far, cluster) of this feed's articles whose page is due
        again."""
        return list(self.db.execute(
            "SELECT id, url, fallback, refetch_attempts, cluster FROM articles WHERE feed_key = ? "
            "AND refetch_after <= ? AND extraction = 'feed' AND url IS NOT NULL ORDER BY refetch_after LIMIT ?",
            (feed_key, now, limit),
        ))

    def refetch_failed(self, article_id: str, next_after: float, give_up: bool) -> None:
        self.db.execute(
            "UPDATE articles SET refetch_attempts = refetch_attempts + 1, refetch_after = ? WHERE id = ?",
            (None if give_up else next_after, article_id),
        )

    def upgraded(self, article_id: str, sh: int | None, k: int, now: float) -> None:
        """The article now comes from its page: no more refetching; its fingerprint joins the index."""
        with self._tx():
            self.db.execute(
                "UPDATE articles SET extraction = 'page', refetch_after = NULL, fallback = NULL, simhash = ? "
                "WHERE id = ?", (None if sh is None else to_signed(sh), article_id),
            )
            if sh is not None:
                self.db.executemany("INSERT INTO simbands (band, value, article_id, added_at) VALUES (?, ?, ?, ?)",
                                    [(b, v, article_id, now) for b, v in bands(sh, k)])

    def prune_simbands(self, older_than: float) -> None:
        self.db.execute("DELETE FROM simbands WHERE added_at < ?", (older_than,))

    def prune_errors(self, older_than: float) -> None:
        """The error log keeps a window (default 30 days), not the whole history of a months-long run."""
        self.db.execute("DELETE FROM errors WHERE at < ?", (older_than,))

    # ── hosts and errors ─────────────────────────────────────────────────────────────────────────
    def host_not_before(self) -> dict[str, float]:
        return {h: t for h, t in self.db.execute("SELECT host, not_before FROM hosts")}

    def set_host_not_before(self, host: str, when: float) -> None:
        self.db.execute(
            "INSERT INTO hosts (host, not_before) VALUES (?, ?) "
            "ON CONFLICT(host) DO UPDATE SET not_before = MAX(not_before, excluded.not_before)",
            (host, when),
        )

    def record_error(self, feed_key: str | None, url: str | None, kind: str, reason: str, now: float) -> None:
        self.db.execute(
            "INSERT INTO errors (at, feed_key, url, kind, reason) VALUES (?, ?, ?, ?, ?)",
            (now, feed_key, url, kind, reason[:2000]),
        )

    def errors(self, limit: int = 1000) -> list[tuple[float, str | None, str | None, str, str]]:
        return list(
            self.db.execute(
                "SELECT at, feed_key, url, kind, reason FROM errors ORDER BY rowid DESC LIMIT ?", (limit,)
            )
        )

    def counts(self) -> dict[str, int]:
        q = self.db.execute
        return {
            "feeds": q("SELECT COUNT(*) FROM feeds").fetchone()[0],
            "disabled": q("SELECT COUNT(*) FROM feeds WHERE disabled = 1").fetchone()[0],
            "entries": q("SELECT COUNT(*) FROM entries").fetchone()[0],
            "articles": q("SELECT COUNT(*) FROM articles").fetchone()[0],
            "errors": q("SELECT COUNT(*) FROM errors").fetchone()[0],
        }
