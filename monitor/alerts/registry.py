"""Subscriptions, fired alerts and deliveries, kept in SQLite under the data folder.

The (alert, article) primary key of ``fired`` is what makes an alert fire at most once per article across
replays, restarts and several workers on one host: the first writer wins and everybody else sees a no-op.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from monitor.alerts.matcher import Subscription
from monitor.query import parse
from monitor.store.sqlite import connect

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

    @property
    def subscription(self) -> Subscription:
        return Subscription(self.name, self.query)

    def public(self) -> dict[str, object]:
        """What listing shows (never the secret)."""
        return {
            "name": self.name, "query": self.query, "webhook": self.webhook, "email": self.email,
            "owner": self.owner, "paused": self.paused, "fired": self.fired, "delivered": self.delivered,
            "failed": self.failed, "signed": bool(self.secret),
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


class AlertRegistry:
    """Alert definitions and their history. One SQLite file shared by every process on the host."""

    def __init__(self, path: Path) -> None:
        self._conn = connect(path)
        self._conn.executescript(_SCHEMA)

    # -- management -------------------------------------------------------------------------------

    def add(self, alert: Alert) -> Alert:
        """Add (or replace) an alert; the query is parsed first so a bad query changes nothing."""
        parse(alert.query)  # raises QueryError with the position
        self._conn.execute(
            "INSERT INTO alerts (name, query, webhook, secret, email, owner, paused, created)"
            " VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(name) DO UPDATE SET query=excluded.query,"
            " webhook=excluded.webhook, secret=excluded.secret, email=excluded.email, owner=excluded.owner,"
            " paused=excluded.paused",
            (alert.name, alert.query, alert.webhook, alert.secret, alert.email, alert.owner, int(alert.paused), _now()),
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

    def list(self) -> list[Alert]:
        return [self._alert(r) for r in self._conn.execute("SELECT * FROM alerts ORDER BY name")]

    def active(self) -> list[Alert]:
        return [a for a in self.list() if not a.paused]

    def version(self) -> tuple[int, int]:
        """Changes when the set of alerts changes: lets long-running matchers recompile only when needed."""
        row = self._conn.execute("SELECT count(*), total_changes() FROM alerts").fetchone()
        digest = self._conn.execute("SELECT group_concat(name || query || paused, '|') FROM alerts").fetchone()[0]
        return int(row[0]), hash(digest or "")

    @staticmethod
    def _alert(row: sqlite3.Row) -> Alert:
        return Alert(
            name=row["name"], query=row["query"], webhook=row["webhook"], secret=row["secret"],
            email=row["email"], owner=row["owner"], paused=bool(row["paused"]), fired=row["fired"],
            delivered=row["delivered"], failed=row["failed"],
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

    def fired_since(self, seq: int = 0, limit: int = 100) -> list[FiredAlert]:
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

    # -- deliveries -------------------------------------------------------------------------------

    def queue_delivery(self, alert: str, article_id: str, channel: str, target: str, payload: dict) -> int | None:
        cur = self._conn.execute(
            "INSERT OR IGNORE INTO deliveries (alert, article_id, channel, target, status, payload, updated)"
            " VALUES (?,?,?,?, 'pending', ?, ?)",
            (alert, article_id, channel, target, json.dumps(payload, ensure_ascii=False), _now()),
        )
        return cur.lastrowid if cur.rowcount else None

    def pending_deliveries(self) -> list[sqlite3.Row]:
        return self._conn.execute("SELECT * FROM deliveries WHERE status = 'pending' ORDER BY id").fetchall()

    def failed_deliveries(self) -> list[sqlite3.Row]:
        return self._conn.execute("SELECT * FROM deliveries WHERE status = 'failed' ORDER BY id").fetchall()

    def mark_delivery(self, delivery_id: int, ok: bool, attempts: int, error: str | None) -> None:
        status = "delivered" if ok else "failed"
        row = self._conn.execute("SELECT alert, status FROM deliveries WHERE id = ?", (delivery_id,)).fetchone()
        self._conn.execute(
            "UPDATE deliveries SET status = ?, attempts = ?, last_error = ?, updated = ? WHERE id = ?",
            (status, attempts, error, _now(), delivery_id),
        )
        if row is not None and row["status"] != status:
            column = "delivered" if ok else "failed"
            self._conn.execute(f"UPDATE alerts SET {column} = {column} + 1 WHERE name = ?", (row["alert"],))

    def requeue_failed(self, alert: str | None = None) -> int:
        sql = "UPDATE deliveries SET status = 'pending' WHERE status = 'failed'"
        cur = self._conn.execute(sql + (" AND alert = ?" if alert else ""), (alert,) if alert else ())
        return cur.rowcount

    def close(self) -> None:
        self._conn.close()
