"""Alert definitions, once-only firings and deliveries: one :class:`Registry` interface, two implementations.

:func:`open_registry` chooses once, from the settings:

* :class:`SqliteRegistry` (embedded runtime, and any single-host setup): one SQLite file under the data
  folder, shared by every process on the host;
* :class:`monitor.alerts.shared.SharedRegistry` (``MONITOR_KAFKA`` and ``MONITOR_SEARCH_URL`` both set): alert
  definitions on the compacted Kafka topic ``alerts.subscriptions``, firings and deliveries in the search
  engine, so workers on any number of hosts share them and nothing that must be shared is in a local file.

Once-only rules both keep (see ``docs/scaling.md`` for the shared one):

* a firing is unique per (alert, article): the first writer wins, everybody else sees a no-op;
* a delivery is unique per (alert, article, channel) and is written before (SQLite: in the same transaction
  as) the firing, so a crash between "fired" and "delivered" leaves a pending delivery that the next run
  sends (nothing is lost);
* a sender *claims* deliveries before sending (status ``sending``, its id, a lease); two senders never claim
  the same one. A claim whose process died (same host, pid gone) or whose lease ran out goes back to
  ``pending``. The one window that can double a message is a crash after the receiver accepted it and before
  ``delivered`` was written: receivers get a stable ``X-Monitor-Delivery`` id to drop such a repeat.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.alerts.matcher import Subscription
from monitor.alerts.stories import story_updates
from monitor.model import Article
from monitor.procs import pid_alive
from monitor.query import parse
from monitor.store.sqlite import connect

PER = ("article", "story")
DIGEST_PERIODS = {"hourly": 3600, "daily": 86400}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS alerts (
    name TEXT PRIMARY KEY, query TEXT NOT NULL, webhook TEXT, secret TEXT, email TEXT, owner TEXT,
    paused INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL,
    fired INTEGER NOT NULL DEFAULT 0, delivered INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS fired (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    alert TEXT NOT NULL, article_id TEXT NOT NULL, fired_at TEXT NOT NULL,
    title TEXT, url TEXT, lang TEXT, countries TEXT, snippet TEXT,
    UNIQUE (alert, article_id)
);
CREATE TABLE IF NOT EXISTS deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    alert TEXT NOT NULL, article_id TEXT NOT NULL, channel TEXT NOT NULL, target TEXT NOT NULL,
    status TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT, payload TEXT NOT NULL,
    updated TEXT NOT NULL,
    UNIQUE (alert, article_id, channel)
);
CREATE TABLE IF NOT EXISTS alerts_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO alerts_meta VALUES ('revision', 0);
CREATE TRIGGER IF NOT EXISTS alerts_rev_ins AFTER INSERT ON alerts
    BEGIN UPDATE alerts_meta SET value = value + 1 WHERE key = 'revision'; END;
CREATE TRIGGER IF NOT EXISTS alerts_rev_del AFTER DELETE ON alerts
    BEGIN UPDATE alerts_meta SET value = value + 1 WHERE key = 'revision'; END;
CREATE TRIGGER IF NOT EXISTS alerts_rev_upd AFTER UPDATE OF query, paused, webhook, email, secret ON alerts
    BEGIN UPDATE alerts_meta SET value = value + 1 WHERE key = 'revision'; END;
"""

# Columns added after the first release: added in place so existing data folders keep working.
_MIGRATIONS = {
    "alerts": [("digest", "TEXT"), ("per", "TEXT")],
    "deliveries": [("claimed_by", "TEXT"), ("lease_until", "REAL"), ("created", "REAL")],
}

_INDEXES = """
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries (status, id);
"""


@dataclass
class Alert:
    name: str
    query: str
    webhook: str | None = None
    secret: str | None = None
    email: str | None = None
    owner: str | None = None
    paused: bool = False
    fired: int = 0
    delivered: int = 0
    failed: int = 0
    digest: str | None = None  # None: one message per article; "hourly" / "daily": one per period
    # "article": fire for every matching article; "story": for a story's first matching report, and send its
    # later reports as one update per digest period ("3 more reports, in Persian and Kazakh")
    per: str = "article"

    @property
    def subscription(self) -> Subscription:
        return Subscription(self.name, self.query)

    @property
    def channels(self) -> list[str]:
        """Where firings go besides the live feed (SSE) and ``alerts.fired``, which every firing reaches."""
        return [c for c, target in (("webhook", self.webhook), ("email", self.email)) if target]

    def public(self, show_targets: bool = True) -> dict[str, object]:
        """What listing shows: never the secret; the webhook URL and e-mail address only with ``show_targets``
        (the owner and admins: a chat service's webhook URL is a credential). ``channels`` always says which
        channels are set."""
        return {
            "name": self.name, "query": self.query, "webhook": self.webhook if show_targets else None,
            "email": self.email if show_targets else None,
            "owner": self.owner, "paused": self.paused, "digest": self.digest, "per": self.per,
            "channels": self.channels,
            "fired": self.fired, "delivered": self.delivered, "failed": self.failed, "signed": bool(self.secret),
        }


@dataclass
class FiredAlert:
    seq: int
    alert: str
    article_id: str
    fired_at: str
    title: str | None
    url: str | None
    lang: str | None
    countries: list[str]
    snippet: str | None

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass
class Fired:
    """One new firing: what the live feed, ``alerts.fired`` and the deliveries carry."""

    alert: str
    article_id: str
    payload: dict
    snippet: str = ""


@dataclass
class Delivery:
    """One message to one channel of one alert (``article_id`` is ``digest:...`` for a digest)."""

    id: int | str
    alert: str
    article_id: str
    channel: str
    target: str
    payload: str  # the JSON body as stored (a damaged one fails when the message is built, with its reason)
    status: str = "pending"
    attempts: int = 0
    last_error: str | None = None
    created: float | None = None
    claimed_by: str | None = None
    lease_until: float | None = None
    failures: int = 0  # times it ended failed (it may have been re-sent since)
    version: Any = field(default=None, repr=False)  # the engine's (seq_no, primary_term) of the claim

    @property
    def delivery_id(self) -> str:
        """The stable ``X-Monitor-Delivery`` id receivers de-duplicate by."""
        return f"{self.alert}|{self.article_id}|{self.channel}"


#: Builds the firing of ``alert`` for ``article`` (snippet and payload); the registry calls it only for the
#: pairs it needs (SQLite: the new ones).
Builder = Callable[[Alert, Article], Fired]


def _now() -> str:
    return datetime.now(UTC).isoformat()


def worker_id() -> str:
    """Who claims a delivery: host and process, so a restarted host can tell its dead claims apart."""
    return f"{socket.gethostname()}:{os.getpid()}"


def validate(alert: Alert) -> None:
    """Refuse an alert that could never fire as asked: a bad query (QueryError with its position) or digest."""
    parse(alert.query)
    if alert.digest is not None and alert.digest not in DIGEST_PERIODS:
        raise ValueError(f"digest must be one of {', '.join(DIGEST_PERIODS)}, not {alert.digest!r}")
    if alert.per not in PER:
        raise ValueError(f"per must be one of {', '.join(PER)}, not {alert.per!r}")
    if alert.digest is not None and not alert.channels:
        raise ValueError("a digest needs a channel to be sent on: a webhook or an e-mail address")


class Registry(ABC):
    """Alert definitions, once-only firings and deliveries (see the module docstring for the rules)."""

    # -- management -------------------------------------------------------------------------------

    @abstractmethod
    def add(self, alert: Alert) -> Alert:
        """Add (or replace) an alert; a bad query or digest raises before anything changes."""

    @abstractmethod
    def remove(self, name: str) -> bool: ...

    @abstractmethod
    def set_paused(self, name: str, paused: bool) -> bool: ...

    @abstractmethod
    def get(self, name: str) -> Alert | None: ...

    def definition(self, name: str) -> Alert | None:
        """The alert as defined now, without its counts (what a sender needs: cheap in every registry)."""
        return self.get(name)

    @abstractmethod
    def list(self, owner: str | None = None) -> list[Alert]:
        """Alerts (of ``owner``) with their counts: fired, delivered, failed."""

    @abstractmethod
    def active(self) -> list[Alert]:
        """The alerts that are not paused (counts not filled in: what matchers need)."""

    @abstractmethod
    def version(self) -> int:
        """Changes whenever an alert is added, removed, paused or edited: matchers compare it per batch."""

    @abstractmethod
    def transaction(self) -> Any:
        """A context in which a read-check-write of definitions (the API's ownership check) is not interleaved
        with another writer of this registry."""

    # -- firing -----------------------------------------------------------------------------------

    @abstractmethod
    def record(self, matches: Sequence[tuple[Article, Sequence[Alert]]], build: Builder) -> list[Fired]:
        """Record the firings of a batch, once per (alert, article), with their deliveries (pending, or held
        for a digest); returns the firings that are new."""

    @abstractmethod
    def has_fired(self, alert: str, article_id: str) -> bool: ...

    @abstractmethod
    def fired_since(self, seq: int = 0, limit: int = 100) -> list[FiredAlert]:
        """Firings after ``seq`` in order: what the live feed (server-sent events) and ``alerts tail`` poll."""

    @abstractmethod
    def last_fired(self, limit: int = 20) -> list[FiredAlert]: ...

    @abstractmethod
    def fired_count(self, alert: str | None = None) -> int: ...

    # -- deliveries -------------------------------------------------------------------------------

    @abstractmethod
    def has_work(self) -> bool:
        """Anything to send, hold for a digest, or reclaim?"""

    @abstractmethod
    def secret_of(self, alert: str) -> str | None: ...

    @abstractmethod
    def pending_deliveries(self) -> list[Delivery]: ...

    @abstractmethod
    def failed_deliveries(self, alert: str | None = None) -> list[Delivery]:
        """The dead letters: deliveries that failed after all their retries (kept until re-sent)."""

    @abstractmethod
    def delivery_counts(self) -> dict[str, int]: ...

    @abstractmethod
    def release_stale_claims(self, now: float | None = None) -> int:
        """Put back to ``pending`` the claims of processes that died on this host, or whose lease ran out."""

    @abstractmethod
    def claim_deliveries(self, claimer: str, lease_s: float, limit: int = 100) -> list[Delivery]:
        """Atomically take up to ``limit`` pending deliveries for ``claimer`` (nobody else gets them)."""

    @abstractmethod
    def mark_delivery(self, delivery: Delivery, ok: bool, attempts: int, error: str | None) -> None: ...

    @abstractmethod
    def requeue_failed(self, alert: str | None = None, delivery_id: int | str | None = None) -> int:
        """Send dead letters again (all, one alert's, or one by id)."""

    @abstractmethod
    def flush_digests(self, now: float | None = None) -> int:
        """Turn held messages into one digest message per (alert, channel, target) once their period ended."""

    @contextmanager
    def deliver_lock(self) -> Iterator[None]:
        """Held around one delivery round (flush digests, claim, send); claims alone keep senders apart."""
        yield

    @abstractmethod
    def close(self) -> None: ...


def open_registry(settings: Any) -> Registry:
    """The registry the settings select, chosen once: shared (Kafka + search engine) when both are
    configured, else the SQLite file of the data folder."""
    if settings.kafka and settings.search_url:
        from monitor.alerts.shared import SharedRegistry

        return SharedRegistry.open(settings)
    settings.ensure_data_dir()
    return SqliteRegistry(settings.db_path)


def _delivery(row: sqlite3.Row) -> Delivery:
    return Delivery(id=row["id"], alert=row["alert"], article_id=row["article_id"], channel=row["channel"],
                    target=row["target"], payload=row["payload"], status=row["status"], attempts=row["attempts"],
                    last_error=row["last_error"], created=row["created"], claimed_by=row["claimed_by"],
                    lease_until=row["lease_until"])


class SqliteRegistry(Registry):
    """Alert definitions and their history. One SQLite file shared by every process on the host."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = connect(path)
        self._conn.executescript(_SCHEMA)
        for table, columns in _MIGRATIONS.items():
            have = {r["name"] for r in self._conn.execute(f"PRAGMA table_info({table})")}
            for column, kind in columns:
                if column not in have:
                    try:
                        self._conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
                    except sqlite3.OperationalError as exc:  # another process added it meanwhile
                        if "duplicate column" not in str(exc):
                            raise
        self._conn.executescript(_INDEXES)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE): all of it or nothing, one writer at a time."""
        if self._conn.in_transaction:  # nested: the outer transaction decides
            yield self._conn
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- management -------------------------------------------------------------------------------

    def add(self, alert: Alert) -> Alert:
        """Add (or replace) an alert; the query is parsed first so a bad query changes nothing."""
        validate(alert)  # raises QueryError with the position
        self._conn.execute(
            "INSERT INTO alerts (name, query, webhook, secret, email, owner, paused, created, digest, per)"
            " VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET query=excluded.query,"
            " webhook=excluded.webhook, secret=excluded.secret, email=excluded.email, owner=excluded.owner,"
            " paused=excluded.paused, digest=excluded.digest, per=excluded.per",
            (alert.name, alert.query, alert.webhook, alert.secret, alert.email, alert.owner, int(alert.paused),
             _now(), alert.digest, alert.per),
        )
        return alert

    def remove(self, name: str) -> bool:
        cur = self._conn.execute("DELETE FROM alerts WHERE name = ?", (name,))
        return cur.rowcount > 0

    def set_paused(self, name: str, paused: bool) -> bool:
        cur = self._conn.execute("UPDATE alerts SET paused = ? WHERE name = ?", (int(paused), name))
        return cur.rowcount > 0

    def get(self, name: str) -> Alert | None:
        row = self._conn.execute("SELECT * FROM alerts WHERE name = ?", (name,)).fetchone()
        return self._alert(row) if row else None

    def list(self, owner: str | None = None) -> list[Alert]:
        if owner is None:
            rows = self._conn.execute("SELECT * FROM alerts ORDER BY name")
        else:
            rows = self._conn.execute("SELECT * FROM alerts WHERE owner = ? ORDER BY name", (owner,))
        return [self._alert(r) for r in rows]

    def active(self) -> list[Alert]:
        return [self._alert(r) for r in self._conn.execute("SELECT * FROM alerts WHERE paused = 0 ORDER BY name")]

    def version(self) -> int:
        """A counter that changes whenever an alert is added, removed, paused or edited (kept by triggers):
        long-running matchers compare it per batch and update only then."""
        return int(self._conn.execute("SELECT value FROM alerts_meta WHERE key = 'revision'").fetchone()[0])

    @staticmethod
    def _alert(row: sqlite3.Row) -> Alert:
        return Alert(
            name=row["name"], query=row["query"], webhook=row["webhook"], secret=row["secret"],
            email=row["email"], owner=row["owner"], paused=bool(row["paused"]), fired=row["fired"],
            delivered=row["delivered"], failed=row["failed"], digest=row["digest"], per=row["per"] or "article",
        )

    # -- firing -----------------------------------------------------------------------------------

    def record_fire(
        self, alert: str, article_id: str, *, title: str | None, url: str | None, lang: str | None,
        countries: list[str], snippet: str | None,
    ) -> bool:
        """Record that ``alert`` fired for ``article_id``; False when it had already fired for it."""
        cur = self._conn.execute(
            "INSERT OR IGNORE INTO fired (alert, article_id, fired_at, title, url, lang, countries, snippet)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (alert, article_id, _now(), title, url, lang, json.dumps(countries, ensure_ascii=False), snippet),
        )
        if cur.rowcount:
            self._conn.execute("UPDATE alerts SET fired = fired + 1 WHERE name = ?", (alert,))
        return cur.rowcount > 0

    def record_fires(
        self, alerts: list[str], article_id: str, *, title: str | None, url: str | None, lang: str | None,
        countries: list[str], snippets: dict[str, str] | None = None,
    ) -> list[str]:
        """Record many alerts firing for one article in a few statements; returns the ones that are new.

        ``snippets`` may be filled in afterwards with :meth:`set_snippets` (only the new firings need one)."""
        new: list[str] = []
        now, countries_json = _now(), json.dumps(countries, ensure_ascii=False)
        snippets = snippets or {}
        for start in range(0, len(alerts), 400):
            chunk = alerts[start : start + 400]
            values = ",".join(["(?,?,?,?,?,?,?,?)"] * len(chunk))
            args: list[object] = []
            for alert in chunk:
                args += [alert, article_id, now, title, url, lang, countries_json, snippets.get(alert)]
            rows = self._conn.execute(
                "INSERT OR IGNORE INTO fired (alert, article_id, fired_at, title, url, lang, countries, snippet)"
                f" VALUES {values} RETURNING alert", args,
            ).fetchall()
            new.extend(r[0] for r in rows)
        if new:
            self._conn.executemany("UPDATE alerts SET fired = fired + 1 WHERE name = ?", [(a,) for a in new])
        return new

    def record(self, matches: Sequence[tuple[Article, Sequence[Alert]]], build: Builder) -> list[Fired]:
        """One transaction for the batch; snippets and payloads are built for the new firings only."""
        fired: list[Fired] = []
        with self.transaction():
            for article, alerts in matches:
                if not alerts:
                    continue
                by_name = {a.name: a for a in alerts}
                new = self.record_fires(list(by_name), article.id, title=article.title, url=article.url,
                                        lang=article.lang, countries=article.countries)
                snippets: dict[str, str] = {}
                for name in new:  # none: a replay or another worker got there first
                    alert = by_name[name]
                    one = build(alert, article)
                    snippets[name] = one.snippet
                    for channel, target in (("webhook", alert.webhook), ("email", alert.email)):
                        if target:
                            self.queue_delivery(name, article.id, channel, target, one.payload,
                                                held=alert.digest is not None)
                    fired.append(one)
                if snippets:
                    self.set_snippets(article.id, snippets)
        return fired

    def set_snippets(self, article_id: str, snippets: dict[str, str]) -> None:
        self._conn.executemany("UPDATE fired SET snippet = ? WHERE alert = ? AND article_id = ?",
                               [(s, a, article_id) for a, s in snippets.items()])

    def has_fired(self, alert: str, article_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM fired WHERE alert = ? AND article_id = ?", (alert, article_id))
        return row.fetchone() is not None

    def fired_since(self, seq: int = 0, limit: int = 100) -> list[FiredAlert]:
        """Firings after ``seq`` in order: what the live feed (server-sent events) polls."""
        rows = self._conn.execute("SELECT * FROM fired WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit))
        return [
            FiredAlert(
                seq=r["seq"], alert=r["alert"], article_id=r["article_id"], fired_at=r["fired_at"], title=r["title"],
                url=r["url"], lang=r["lang"], countries=json.loads(r["countries"] or "[]"), snippet=r["snippet"],
            )
            for r in rows
        ]

    def last_fired(self, limit: int = 20) -> list[FiredAlert]:
        top = self._conn.execute("SELECT coalesce(max(seq), 0) FROM fired").fetchone()[0]
        return self.fired_since(max(0, top - limit), limit)

    def fired_count(self, alert: str | None = None) -> int:
        if alert is None:
            return int(self._conn.execute("SELECT count(*) FROM fired").fetchone()[0])
        return int(self._conn.execute("SELECT count(*) FROM fired WHERE alert = ?", (alert,)).fetchone()[0])

    # -- deliveries -------------------------------------------------------------------------------

    def queue_delivery(
        self, alert: str, article_id: str, channel: str, target: str, payload: dict, *, held: bool = False
    ) -> int | None:
        """Queue one message; ``held`` keeps it for the alert's digest. None when it was queued already."""
        cur = self._conn.execute(
            "INSERT OR IGNORE INTO deliveries (alert, article_id, channel, target, status, payload, updated, created)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (alert, article_id, channel, target, "held" if held else "pending",
             json.dumps(payload, ensure_ascii=False), _now(), time.time()),
        )
        return cur.lastrowid if cur.rowcount else None

    def has_work(self) -> bool:
        """Anything to send, hold for a digest, or reclaim? (cheap: one index probe per status)"""
        return self._conn.execute(
            "SELECT 1 FROM deliveries WHERE status IN ('pending', 'held', 'sending') LIMIT 1"
        ).fetchone() is not None

    def secret_of(self, alert: str) -> str | None:
        row = self._conn.execute("SELECT secret FROM alerts WHERE name = ?", (alert,)).fetchone()
        return row["secret"] if row else None

    def pending_deliveries(self) -> list[Delivery]:
        rows = self._conn.execute("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY id")
        return [_delivery(r) for r in rows]

    def failed_deliveries(self, alert: str | None = None) -> list[Delivery]:
        sql = "SELECT * FROM deliveries WHERE status = 'failed'" + (" AND alert = ?" if alert else "")
        return [_delivery(r) for r in self._conn.execute(sql + " ORDER BY id", (alert,) if alert else ())]

    def delivery_counts(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT status, count(*) AS n FROM deliveries GROUP BY status")
        return {r["status"]: r["n"] for r in rows}

    def release_stale_claims(self, now: float | None = None) -> int:
        now = time.time() if now is None else now
        host = socket.gethostname()
        released = 0
        rows = self._conn.execute(
            "SELECT DISTINCT claimed_by FROM deliveries WHERE status = 'sending'"
        ).fetchall()
        for row in rows:
            owner = row["claimed_by"] or ""
            owner_host, _, pid = owner.rpartition(":")
            dead = owner_host == host and pid.isdigit() and not pid_alive(int(pid))
            cur = self._conn.execute(
                "UPDATE deliveries SET status = 'pending', claimed_by = NULL WHERE status = 'sending'"
                " AND claimed_by IS ? AND (? OR lease_until < ?)",
                (row["claimed_by"], int(dead), now),
            )
            released += cur.rowcount
        return released

    def claim_deliveries(self, claimer: str, lease_s: float, limit: int = 100) -> list[Delivery]:
        rows = self._conn.execute(
            "UPDATE deliveries SET status = 'sending', claimed_by = ?, lease_until = ?, updated = ?"
            " WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' ORDER BY id LIMIT ?)"
            " RETURNING *",
            (claimer, time.time() + lease_s, _now(), limit),
        ).fetchall()
        return [_delivery(r) for r in rows]

    def mark_delivery(self, delivery: Delivery, ok: bool, attempts: int, error: str | None) -> None:
        delivery_id = delivery.id
        status = "delivered" if ok else "failed"
        with self.transaction():
            row = self._conn.execute(
                "SELECT alert, status, article_id FROM deliveries WHERE id = ?", (delivery_id,)
            ).fetchone()
            self._conn.execute(
                "UPDATE deliveries SET status = ?, attempts = attempts + ?, last_error = ?, updated = ?,"
                " claimed_by = NULL WHERE id = ?",
                (status, attempts, error, _now(), delivery_id),
            )
            if row is not None and row["status"] != status:
                column = "delivered" if ok else "failed"
                self._conn.execute(f"UPDATE alerts SET {column} = {column} + 1 WHERE name = ?", (row["alert"],))
                if row["article_id"].startswith("digest:"):  # the articles in the digest follow it
                    self._conn.execute(
                        "UPDATE deliveries SET status = ?, updated = ? WHERE status = 'digested' AND last_error = ?",
                        ("delivered" if ok else "digested", _now(), f"in {delivery_id}"),
                    )

    def requeue_failed(self, alert: str | None = None, delivery_id: int | str | None = None) -> int:
        sql = "UPDATE deliveries SET status = 'pending' WHERE status = 'failed'"
        args: list[object] = []
        if alert:
            sql += " AND alert = ?"
            args.append(alert)
        if delivery_id is not None:
            sql += " AND id = ?"
            args.append(delivery_id)
        return self._conn.execute(sql, args).rowcount

    # -- digests ----------------------------------------------------------------------------------

    def flush_digests(self, now: float | None = None) -> int:
        """A period is a clock hour or UTC day; the digest of the messages held during it is queued as one
        pending delivery (article id ``digest:<first held id>``, unique, so a repeat flush is a no-op).
        Returns the number of digests queued.
        """
        now = time.time() if now is None else now
        queued = 0
        if self._conn.execute("SELECT 1 FROM deliveries WHERE status = 'held' LIMIT 1").fetchone() is None:
            return 0
        with self.transaction():
            groups = self._conn.execute(
                "SELECT d.alert, d.channel, d.target, min(d.created) AS oldest, a.digest FROM deliveries d"
                " JOIN alerts a ON a.name = d.alert WHERE d.status = 'held' GROUP BY d.alert, d.channel, d.target"
            ).fetchall()
            for group in groups:
                period = DIGEST_PERIODS.get(group["digest"] or "", 3600)
                if int((group["oldest"] or 0) // period) >= int(now // period):
                    continue  # the period is still running
                rows = self._conn.execute(
                    "SELECT id, payload FROM deliveries WHERE status = 'held' AND alert = ? AND channel = ?"
                    " AND target = ? ORDER BY id",
                    (group["alert"], group["channel"], group["target"]),
                ).fetchall()
                items = [json.loads(r["payload"]) for r in rows]
                payload = {
                    "v": 1, "alert": group["alert"], "digest": group["digest"] or "hourly",
                    "query": items[0].get("query") if items else None,
                    "count": len(items), "articles": [i.get("article") for i in items],
                }
                updates = story_updates(payload["articles"])
                if updates:  # later reports of stories a per-story alert fired for
                    payload["stories"] = updates
                digest_id = self.queue_delivery(group["alert"], f"digest:{rows[0]['id']}", group["channel"],
                                                group["target"], payload)
                if digest_id is None:
                    continue
                self._conn.executemany(
                    "UPDATE deliveries SET status = 'digested', last_error = ?, updated = ? WHERE id = ?",
                    [(f"in {digest_id}", _now(), r["id"]) for r in rows],
                )
                queued += 1
        return queued

    @contextmanager
    def deliver_lock(self) -> Iterator[None]:
        """One delivery round at a time per data folder (digest flushing reads, then writes, many rows)."""
        with open(self.path.with_name("delivery.lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            yield

    def close(self) -> None:
        self._conn.close()


#: The name the embedded runtime and older callers use.
AlertRegistry = SqliteRegistry
