"""Subscriptions, fired alerts and deliveries, kept in SQLite under the data folder.

Once-only rules, all enforced by SQLite itself so they hold across restarts, replays and several worker
processes sharing the data folder on one host:

* ``fired`` has UNIQUE (alert, article): the first writer of a firing wins, everybody else sees a no-op.
* ``deliveries`` has UNIQUE (alert, article, channel), written in the same transaction as the firing, so a
  crash between "fired" and "delivered" leaves a pending row that the next run sends (nothing is lost).
* A sender *claims* rows (status ``sending``, its id, a lease) in one UPDATE … RETURNING statement before
  sending; two senders never claim the same row. A claim whose process died (same host, pid gone) or whose
  lease ran out goes back to ``pending``. The one window that can double a message is a crash after the
  receiver accepted it and before we wrote ``delivered``: receivers get a stable ``X-Monitor-Delivery`` id
  to drop such a repeat.

Several hosts would need a shared arbiter instead of this file (see ``docs`` in the report): a UNIQUE
constraint in a shared database (PostgreSQL ``INSERT … ON CONFLICT DO NOTHING``), or a compacted Kafka topic
keyed by ``alert|article`` read by one deliverer per partition.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from monitor.alerts.matcher import Subscription
from monitor.procs import pid_alive
from monitor.query import parse
from monitor.store.sqlite import connect

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
    "alerts": [("digest", "TEXT")],
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
            "owner": self.owner, "paused": self.paused, "digest": self.digest, "channels": self.channels,
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


def _now() -> str:
    return datetime.now(UTC).isoformat()


def worker_id() -> str:
    """Who claims a delivery: host and process, so a restarted host can tell its dead claims apart."""
    return f"{socket.gethostname()}:{os.getpid()}"


class AlertRegistry:
    """Alert definitions and their history. One SQLite file shared by every process on the host."""

    def __init__(self, path: Path) -> None:
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
        parse(alert.query)  # raises QueryError with the position
        if alert.digest is not None and alert.digest not in DIGEST_PERIODS:
            raise ValueError(f"digest must be one of {', '.join(DIGEST_PERIODS)}, not {alert.digest!r}")
        self._conn.execute(
            "INSERT INTO alerts (name, query, webhook, secret, email, owner, paused, created, digest)"
            " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET query=excluded.query,"
            " webhook=excluded.webhook, secret=excluded.secret, email=excluded.email, owner=excluded.owner,"
            " paused=excluded.paused, digest=excluded.digest",
            (alert.name, alert.query, alert.webhook, alert.secret, alert.email, alert.owner, int(alert.paused),
             _now(), alert.digest),
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
            delivered=row["delivered"], failed=row["failed"], digest=row["digest"],
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

    def pending_deliveries(self) -> list[sqlite3.Row]:
        return self._conn.execute("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY id").fetchall()

    def failed_deliveries(self, alert: str | None = None) -> list[sqlite3.Row]:
        """The dead letters: deliveries that failed after all their retries (kept until re-sent)."""
        sql = "SELECT * FROM deliveries WHERE status = 'failed'" + (" AND alert = ?" if alert else "")
        return self._conn.execute(sql + " ORDER BY id", (alert,) if alert else ()).fetchall()

    def delivery_counts(self) -> dict[str, int]:
        rows = self._conn.execute("SELECT status, count(*) AS n FROM deliveries GROUP BY status")
        return {r["status"]: r["n"] for r in rows}

    def release_stale_claims(self, now: float | None = None) -> int:
        """Put back to ``pending`` the claims of processes that died on this host, or whose lease ran out."""
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

    def claim_deliveries(self, claimer: str, lease_s: float, limit: int = 100) -> list[sqlite3.Row]:
        """Atomically take up to ``limit`` pending deliveries for ``claimer`` (nobody else gets them)."""
        return self._conn.execute(
            "UPDATE deliveries SET status = 'sending', claimed_by = ?, lease_until = ?, updated = ?"
            " WHERE id IN (SELECT id FROM deliveries WHERE status = 'pending' ORDER BY id LIMIT ?)"
            " RETURNING *",
            (claimer, time.time() + lease_s, _now(), limit),
        ).fetchall()

    def mark_delivery(self, delivery_id: int, ok: bool, attempts: int, error: str | None) -> None:
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

    def requeue_failed(self, alert: str | None = None, delivery_id: int | None = None) -> int:
        """Send dead letters again (all, one alert's, or one by id)."""
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
        """Turn held messages into one digest message per (alert, channel, target) once their period ended.

        A period is a clock hour or UTC day; the digest of the messages held during it is queued as one
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

    def close(self) -> None:
        self._conn.close()
