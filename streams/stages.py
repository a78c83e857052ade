"""The work of the stream worker on one batch of Kafka messages, without Kafka.

Each function takes the messages (or the decoded items) of a batch, calls the core (``monitor.enrich``, the
store, the alert service) and returns what to send on, including a dead letter for every message that failed
on its own, so one bad message never stops a batch. No enrichment or matching logic lives here: only
decoding, routing and bookkeeping. The faust agents in :mod:`streams.app` feed these functions, send their
output, and isolate a message that makes a whole batch fail (:mod:`streams.runner`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from monitor import bus
from monitor.enrich import enrich_many
from monitor.model import Article
from monitor.normalize import Folding
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
class Item:
    """A decoded (and, after :func:`enrich_batch`, enriched) article with the message it came from."""

    msg: Message
    article: Article
    meta: dict[str, Any]
    out: list[Out] = field(default_factory=list)  # its news.enriched / news.matched messages
    folding: Folding | None = None  # after enrich_batch: the enrichment's folding, so matching need not refold


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
    items: list[Item] = field(default_factory=list)

    def __add__(self, other: BatchResult) -> BatchResult:
        return BatchResult(out=self.out + other.out, read=self.read + other.read, ok=self.ok + other.ok,
                           relevant=self.relevant + other.relevant, dead=self.dead + other.dead,
                           failed=self.failed + other.failed, latencies_ms=self.latencies_ms + other.latencies_ms,
                           first_error=self.first_error or other.first_error, items=self.items + other.items)

    def dead_letter(self, stage: str, msg: Message, error: BaseException | str) -> None:
        self.out.append(dead_letter(stage, msg, error))
        self.dead += 1
        self.first_error = self.first_error or (error if isinstance(error, str) else f"{type(error).__name__}: "
                                                                                      f"{error}")


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
    """``news.raw`` → enriched items, each with its ``news.enriched`` message (every article) and its
    ``news.matched`` message (the relevant ones) in ``Item.out`` and in ``out``; a message that cannot be
    decoded or makes the core raise becomes a dead letter. The decoded articles are enriched as one batch
    (:func:`monitor.enrich.enrich_many`: the core's stages run over the batch together)."""
    result = BatchResult(read=len(messages))
    decoded = decode_batch("enrich", messages, result)
    foldings: list[Folding | None] = []
    enriched_all = enrich_many([item.article for item in decoded], in_scope, people_out_of_scope=False,
                               return_exceptions=True, foldings=foldings)
    for item, enriched, folding in zip(decoded, enriched_all, foldings, strict=True):
        if isinstance(enriched, FATAL):  # the worker's own failure, not the article's: the batch is retried
            raise enriched
        if isinstance(enriched, Exception):  # an article that makes the core raise: keep it, go on
            result.dead_letter("enrich", item.msg, enriched)
            continue
        try:
            produced = item.meta.get("produced_ms")
            key = enriched.id.encode()
            values = bus.encode_article_stages(enriched, ("enriched", "matched") if enriched.relevant
                                               else ("enriched",), produced)
        except FATAL:
            raise
        except Exception as exc:  # an article whose enriched form cannot be encoded: keep it, go on
            result.dead_letter("enrich", item.msg, exc)
            continue
        out = Item(item.msg, enriched, item.meta, [Out(bus.ENRICHED, key, values[0])], folding)
        if enriched.relevant:
            out.out.append(Out(bus.MATCHED, key, values[1]))
            result.relevant += 1
        result.items.append(out)
        result.out.extend(out.out)
        result.ok += 1
    return result


def decode_batch(stage: str, messages: Sequence[Message], result: BatchResult) -> list[Item]:
    """Decode article messages; the undecodable ones become dead letters in ``result``."""
    decoded = []
    for msg in messages:
        try:
            article, meta = bus.decode_article(msg.value)
        except bus.MessageError as exc:
            result.dead_letter(stage, msg, exc)
            continue
        decoded.append(Item(msg, article, meta))
    return decoded


def index_items(items: Sequence[Item], store: Store, now_ms: int | None = None) -> BatchResult:
    """Articles → the search store, one bulk write, idempotent by article id.

    A store that fails as a whole (unreachable) raises: the caller retries and does not acknowledge the
    batch. Documents the store rejects one by one are dead-lettered with the store's reason.
    """
    result = BatchResult(read=len(items))
    latest: dict[str, Item] = {}
    for item in items:  # the same article twice in one batch (a redelivery): write it once
        latest[item.article.id] = item
    written = store.upsert_articles([item.article for item in latest.values()])
    failed = dict(written.failed)
    now = now_ms if now_ms is not None else bus.now_ms()
    for article_id, item in latest.items():
        if article_id in failed:
            result.dead_letter("index", item.msg, f"store rejected the document: {failed[article_id]}")
            continue
        result.ok += 1
        produced = item.meta.get("produced_ms")
        if isinstance(produced, int):
            result.latencies_ms.append(max(now - produced, 0))
    return result


def index_batch(messages: Sequence[Message], store: Store, now_ms: int | None = None) -> BatchResult:
    """``news.matched`` messages → the search store (:func:`index_items` after decoding)."""
    result = BatchResult()
    items = decode_batch("index", messages, result)
    return result + index_items(items, store, now_ms)


def match_items(items: Sequence[Item], alerts: Any) -> tuple[BatchResult, list[tuple[Article, list[str]]]]:
    """Articles → ``alerts.fired``: one message per (alert, article) the article matches.

    Returns the messages to send and the (article, alert names) pairs, which the caller records with
    :func:`record_alerts` only after the broker acknowledged the sends: a crash in between repeats the
    ``alerts.fired`` message (consumers de-duplicate by key) but never loses it, and the registry's
    (alert, article) key keeps the firing itself to one.
    """
    result = BatchResult(read=len(items))
    alerts.refresh()
    matches: list[tuple[Article, list[str]]] = []
    seen: set[str] = set()
    for item in items:
        article = item.article
        if article.id in seen:
            continue
        seen.add(article.id)
        try:
            names = alerts.matching(article, item.folding)
        except FATAL:
            raise
        except Exception as exc:
            result.dead_letter("alerts", item.msg, exc)
            continue
        result.ok += 1
        if names:
            matches.append((article, names))
        for name in names:
            value = bus.encode_alert(name, article, query=alerts.query_of(name),
                                     produced_ms=item.meta.get("produced_ms"))
            result.out.append(Out(bus.ALERTS, bus.alert_key(name, article.id), value))
    return result, matches


def alert_candidates(messages: Sequence[Message],
                     alerts: Any) -> tuple[BatchResult, list[tuple[Article, list[str]]]]:
    """``news.matched`` messages → ``alerts.fired`` (:func:`match_items` after decoding)."""
    result = BatchResult()
    items = decode_batch("alerts", messages, result)
    matched, matches = match_items(items, alerts)
    return result + matched, matches


def assign_stories(items: Sequence[Item], stories: Any, in_scope: Sequence[str]) -> dict[str, Any]:
    """The story of each relevant article of a batch (assigned now, or earlier for a reprocessed one).

    A story store that fails as a whole raises, so that the batch is retried and never acknowledged half
    done."""
    from monitor.alerts.stories import StoryRef
    from monitor.stories.service import assign_batch

    articles = [item.article for item in items]
    return {aid: StoryRef(a.story_id, bool(a.reasons)) for aid, a in assign_batch(stories, articles, in_scope).items()}


def record_alerts(matches: Sequence[tuple[Article, list[str]]], alerts: Any, stories: Any = None) -> int:
    """Record the firings (once per (alert, article)) and queue their deliveries in one registry write per
    batch; returns how many are new."""
    return len(alerts.record_matches(matches, stories))
