"""The work of each stream stage on one batch of Kafka messages, without Kafka.

Each function takes the raw messages of a batch, calls the core (``monitor.enrich``, the store, the alert
service) and returns what to send on, including a dead letter for every message that failed, so one bad
message never stops a batch. No enrichment or matching logic lives here: only decoding, routing and
bookkeeping. The faust agents in :mod:`streams.app` feed these functions and send their output.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor import bus
from monitor.enrich import enrich
from monitor.model import Article
from monitor.store.base import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Message:
    """One consumed message, as the stages need it (decoupled from faust's event type)."""

    value: bytes | None
    key: bytes | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None


@dataclass(frozen=True)
class Out:
    """One message to produce."""

    topic: str
    key: bytes | None
    value: bytes


@dataclass
class BatchResult:
    out: list[Out] = field(default_factory=list)
    read: int = 0
    ok: int = 0
    relevant: int = 0
    dead: int = 0
    failed: int = 0  # deliveries that failed after their retries (kept as failed in the registry)
    latencies_ms: list[int] = field(default_factory=list)
    first_error: str | None = None  # the first dead letter's reason, for the batch's log line


#: Errors of the worker itself, not of one message: they must stop the batch (it is retried), not fill the DLQ.
FATAL = (ImportError, MemoryError, RecursionError)


def dead_letter(stage: str, msg: Message, error: BaseException | str) -> Out:
    """A ``news.dlq`` message for ``msg`` (logged at debug: the batch line counts them)."""
    log.debug("dead-lettered %s message %s[%s]@%s: %s", stage, msg.topic, msg.partition, msg.offset,
              error if isinstance(error, str) else f"{type(error).__name__}: {error}")
    value = bus.encode_dead_letter(stage, error, msg.value, topic=msg.topic, partition=msg.partition,
                                   offset=msg.offset, key=msg.key)
    return Out(bus.DLQ, msg.key, value)


def enrich_batch(messages: Sequence[Message], in_scope: Sequence[str]) -> BatchResult:
    """``news.raw`` → ``news.enriched`` (every article) and ``news.matched`` (the relevant ones)."""
    result = BatchResult(read=len(messages))
    for msg in messages:
        try:
            article, meta = bus.decode_article(msg.value)
            enriched = enrich(article, in_scope, people_out_of_scope=False)
            produced = meta.get("produced_ms")
            key = enriched.id.encode()
            result.out.append(Out(bus.ENRICHED, key, bus.encode_article(enriched, "enriched", produced)))
            if enriched.relevant:
                result.out.append(Out(bus.MATCHED, key, bus.encode_article(enriched, "matched", produced)))
                result.relevant += 1
            result.ok += 1
        except FATAL:
            raise
        except Exception as exc:  # undecodable or an article that makes the core raise: keep it, go on
            result.out.append(dead_letter("enrich", msg, exc))
            result.dead += 1
            result.first_error = result.first_error or f"{type(exc).__name__}: {exc}"
    return result


def decode_batch(stage: str, messages: Sequence[Message],
                 result: BatchResult) -> list[tuple[Message, Article, dict[str, Any]]]:
    """Decode article messages; the undecodable ones become dead letters in ``result``."""
    decoded = []
    for msg in messages:
        try:
            article, meta = bus.decode_article(msg.value)
        except bus.MessageError as exc:
            result.out.append(dead_letter(stage, msg, exc))
            result.dead += 1
            result.first_error = result.first_error or str(exc)
            continue
        decoded.append((msg, article, meta))
    return decoded


def index_batch(messages: Sequence[Message], store: Store, now_ms: int | None = None) -> BatchResult:
    """``news.matched`` → the search store, one bulk write, idempotent by article id.

    A store that fails as a whole (unreachable) raises: the caller retries and does not acknowledge the
    batch. Documents the store rejects one by one are dead-lettered with the store's reason.
    """
    result = BatchResult(read=len(messages))
    decoded = decode_batch("index", messages, result)
    latest: dict[str, tuple[Message, Article, dict[str, Any]]] = {}
    for item in decoded:  # the same article twice in one batch (a redelivery): write it once
        latest[item[1].id] = item
    written = store.upsert_articles([article for _, article, _ in latest.values()])
    failed = dict(written.failed)
    now = now_ms if now_ms is not None else bus.now_ms()
    for article_id, (msg, _article, meta) in latest.items():
        if article_id in failed:
            reason = f"store rejected the document: {failed[article_id]}"
            result.out.append(dead_letter("index", msg, reason))
            result.dead += 1
            result.first_error = result.first_error or reason
            continue
        result.ok += 1
        produced = meta.get("produced_ms")
        if isinstance(produced, int):
            result.latencies_ms.append(max(now - produced, 0))
    return result


def alert_candidates(messages: Sequence[Message],
                     alerts: Any) -> tuple[BatchResult, list[tuple[Article, list[str]]]]:
    """``news.matched`` → ``alerts.fired``: one message per (alert, article) the article matches.

    Returns the messages to send and the (article, alert names) pairs, which the caller records with
    :func:`record_alerts` only after the broker acknowledged the sends: a crash in between repeats the
    ``alerts.fired`` message (consumers de-duplicate by key) but never loses it, and the store's
    (alert, article) key keeps the firing itself to one.
    """
    result = BatchResult(read=len(messages))
    decoded = decode_batch("alerts", messages, result)
    alerts.refresh()
    articles: list[tuple[Article, list[str]]] = []
    seen: set[str] = set()
    for msg, article, meta in decoded:
        if article.id in seen:
            continue
        seen.add(article.id)
        try:
            names = alerts.matching(article)
        except FATAL:
            raise
        except Exception as exc:
            result.out.append(dead_letter("alerts", msg, exc))
            result.dead += 1
            result.first_error = result.first_error or f"{type(exc).__name__}: {exc}"
            continue
        result.ok += 1
        if names:
            articles.append((article, names))
        for name in names:
            value = bus.encode_alert(name, article, query=alerts.query_of(name), produced_ms=meta.get("produced_ms"))
            result.out.append(Out(bus.ALERTS, bus.alert_key(name, article.id), value))
    return result, articles


def assign_stories(messages: Sequence[Message], stories: Any, in_scope: Sequence[str]) -> dict[str, Any]:
    """The story of each article of a ``news.matched`` batch (assigned now, or earlier for a reprocessed one).

    Undecodable messages are skipped here: :func:`alert_candidates` dead-letters them. A story store that
    fails as a whole raises, so that the batch is retried and never acknowledged half done."""
    from monitor.alerts.stories import StoryRef
    from monitor.stories.service import assign_batch

    articles: list[Article] = []
    for msg in messages:
        try:
            articles.append(bus.decode_article(msg.value)[0])
        except bus.MessageError:
            continue
    return {aid: StoryRef(a.story_id, bool(a.reasons)) for aid, a in assign_batch(stories, articles, in_scope).items()}


def record_alerts(matches: Sequence[tuple[Article, list[str]]], alerts: Any, stories: Any = None) -> int:
    """Record the firings (once per (alert, article)) and queue their deliveries in one registry write per
    batch; returns how many are new."""
    return len(alerts.record_matches(matches, stories))
