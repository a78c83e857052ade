"""Readiness checks: can this process reach what the configured runtime needs?

Embedded runtime: the SQLite file answers a query. Distributed runtime: the Kafka bootstrap answers a
metadata request and the search engine answers ``GET /``, each with a short timeout so that a probe never
hangs behind a dead dependency.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from monitor.settings import Settings

TIMEOUT_S = 3.0


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    ms: float

    def as_json(self) -> dict[str, Any]:
        return {"name": self.name, "ok": self.ok, "detail": self.detail, "ms": round(self.ms, 1)}


def _timed(name: str, fn: Any) -> Check:
    started = time.perf_counter()
    try:
        detail = fn()
        ok = True
    except Exception as exc:  # a probe reports the failure, it does not raise it
        detail, ok = f"{type(exc).__name__}: {exc}"[:300], False
    return Check(name, ok, str(detail), (time.perf_counter() - started) * 1000)


def check_sqlite(settings: Settings) -> str:
    from monitor.store.sqlite import connect

    conn = connect(settings.db_path)
    try:
        conn.execute("SELECT 1").fetchone()
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    return f"sqlite ok ({settings.db_path.name}; {'articles' if 'articles' in tables else 'empty'})"


def check_kafka(bootstrap: str) -> str:
    """A metadata request (list of topics) through a short-lived client."""
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap, client_id="monitor-api-ready", request_timeout_ms=int(TIMEOUT_S * 1000) + 500,
        api_version_auto_timeout_ms=int(TIMEOUT_S * 1000), connections_max_idle_ms=int(TIMEOUT_S * 1000) + 1000,
    )
    try:
        topics = consumer.topics()
    finally:
        consumer.close()
    return f"kafka ok ({len(topics)} topics)"


def check_engine(url: str) -> str:
    from monitor.store.engine_clients import detect

    info = detect(url, timeout=TIMEOUT_S)
    return f"{info.kind} {info.version} ok"


def readiness(settings: Settings) -> list[Check]:
    checks = []
    if settings.search_url:
        checks.append(_timed("search", lambda: check_engine(str(settings.search_url))))
    else:
        checks.append(_timed("sqlite", lambda: check_sqlite(settings)))
    if settings.kafka:
        checks.append(_timed("kafka", lambda: check_kafka(str(settings.kafka))))
    return checks
