"""Kafka plumbing shared by the producers (replay, crawler), the stream workers and ``monitor status``.

Everything that knows topic names, the message envelope or kafka-python's API lives here, so the CLI and
the faust app stay thin. Message schemas are documented in ``docs/messages.md``.
"""

from __future__ import annotations

import base64
import json
import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from monitor.model import Article

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

RAW = "news.raw"
ENRICHED = "news.enriched"
MATCHED = "news.matched"
ALERTS = "alerts.fired"
DLQ = "news.dlq"
TOPICS = (RAW, ENRICHED, MATCHED, ALERTS, DLQ)
#: The topics the worker group reads (the others are for consumers outside the project).
CONSUMED = (RAW, ALERTS)
#: Alert definitions (shared registry): compacted, keyed by alert name, a tombstone removes one. One
#: partition, so every reader applies the changes in the order they were written.
SUBSCRIPTIONS = "alerts.subscriptions"
#: Worker heartbeats (``streams.health``): compacted, keyed by worker id; old workers age out after a day.
HEALTH = "workers.health"
HEALTH_CONFIG = {"cleanup.policy": "compact,delete", "retention.ms": str(24 * 3600 * 1000),
                 "segment.ms": str(3600 * 1000)}
SUBSCRIPTIONS_CONFIG = {"cleanup.policy": "compact", "min.cleanable.dirty.ratio": "0.1",
                        "segment.ms": str(6 * 3600 * 1000)}

#: The consumer group of ``monitor worker`` (faust uses the app id as the group id).
WORKER_GROUP = "news-monitor"

#: ``MONITOR_KAFKA_COMPRESSION``: none by default (CPU is what a small deployment runs out of first), or gzip,
#: the one codec both kafka-python and aiokafka (the worker's client) handle with no extra package.
COMPRESSION = "none"


def codec(name: str | None) -> str | None:
    """The clients' ``compression_type`` for a setting value (``none`` is no codec)."""
    chosen = name or COMPRESSION
    return None if chosen == "none" else chosen


class BusError(RuntimeError):
    """Kafka is unreachable or refused a request; the message says what to do."""


class MessageError(ValueError):
    """A message value is not a valid envelope of this schema (it goes to the dead-letter topic)."""


# --------------------------------------------------------------------------- message envelopes


def now_ms() -> int:
    return int(time.time() * 1000)


def encode_article(article: Article, stage: str, produced_ms: int | None = None) -> bytes:
    """The value of a ``news.raw``/``news.enriched``/``news.matched`` message.

    A flat JSON object: the article's fields plus ``v`` (schema version), ``stage`` and ``produced_ms``
    (when the article first entered Kafka, carried along so the end-to-end latency can be measured).
    """
    body = article.model_dump(mode="json")
    produced = produced_ms if produced_ms is not None else now_ms()
    body.update(v=SCHEMA_VERSION, stage=stage, produced_ms=produced)
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode_article_stages(article: Article, stages: tuple[str, ...],
                          produced_ms: int | None = None) -> list[bytes]:
    """:func:`encode_article` for several stages of one article, serialising the article once: the values
    differ only in the ``stage`` field, which leads the object."""
    produced = produced_ms if produced_ms is not None else now_ms()
    rest = json.dumps(article.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    tail = f',"produced_ms":{produced},{rest[1:]}' if rest != "{}" else f',"produced_ms":{produced}}}'
    return [f'{{"v":{SCHEMA_VERSION},"stage":{json.dumps(stage)}{tail}'.encode() for stage in stages]


def decode_article(value: bytes | str | None) -> tuple[Article, dict[str, Any]]:
    """Parse an article message; returns the article and the envelope fields (``v``, ``produced_ms``...).

    Raises :class:`MessageError` with a readable reason for anything that is not a valid message.
    """
    if value is None:
        raise MessageError("empty message value")
    try:
        body = json.loads(value)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:  # RecursionError: [[[[... nesting
        raise MessageError(f"value is not JSON: {type(exc).__name__}: {exc}") from exc
    if not isinstance(body, dict):
        raise MessageError(f"value is a JSON {type(body).__name__}, not an object")
    version = body.get("v")
    if version != SCHEMA_VERSION:
        raise MessageError(f"unsupported schema version {version!r} (this worker reads v={SCHEMA_VERSION})")
    meta = {k: body.pop(k) for k in ("v", "stage", "produced_ms") if k in body}
    try:
        article = Article.model_validate(body)
    except ValueError as exc:
        raise MessageError(f"not a valid article: {exc}") from exc
    return article, meta


def encode_alert(alert: str, article: Article, query: str | None = None,
                 produced_ms: int | None = None, **extra: Any) -> bytes:
    """The value of an ``alerts.fired`` message (key = ``alert|article id``)."""
    body: dict[str, Any] = {
        "v": SCHEMA_VERSION,
        "alert": alert,
        "query": query,
        "article_id": article.id,
        "title": article.title,
        "url": article.url,
        "lang": article.lang,
        "countries": article.countries,
        "published": article.published.isoformat() if article.published else None,
        "fired_at": datetime.now(UTC).isoformat(),
        "produced_ms": produced_ms,
        **extra,
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def alert_key(alert: str, article_id: str) -> bytes:
    return f"{alert}|{article_id}".encode()


#: A dead letter keeps the original bytes up to this size (base64: 4/3 of it), and repeats them as text only
#: up to ``DLQ_MAX_TEXT``, so that the letter stays under Kafka's default 1 MB message limit; a longer
#: original is still at ``topic``/``partition``/``offset`` for as long as that topic keeps it.
DLQ_MAX_ORIGINAL = 600_000
DLQ_MAX_TEXT = 150_000


def encode_dead_letter(stage: str, error: BaseException | str, original: bytes | None, *,
                       topic: str | None = None, partition: int | None = None, offset: int | None = None,
                       key: bytes | None = None) -> bytes:
    """The value of a ``news.dlq`` message: why, where, and the original bytes (base64, and as text)."""
    reason = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    original = original or b""
    size = len(original)
    truncated = size > DLQ_MAX_ORIGINAL  # the letter itself must fit under the broker's message limit
    original = original[:DLQ_MAX_ORIGINAL]
    try:
        text: str | None = original.decode("utf-8") if size <= DLQ_MAX_TEXT else None
    except UnicodeDecodeError:
        text = None
    body = {
        "v": SCHEMA_VERSION,
        "stage": stage,
        "error": reason[:2000],
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key": key.decode("utf-8", "replace") if key else None,
        "original_b64": base64.b64encode(original).decode("ascii"),
        "original_text": text,
        "original_bytes": size,
        "original_truncated": truncated,
        "failed_at": datetime.now(UTC).isoformat(),
    }
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# --------------------------------------------------------------------------- clients


def _unreachable(bootstrap: str, exc: BaseException) -> BusError:
    return BusError(
        f"Kafka at {bootstrap} is unreachable ({type(exc).__name__}: {exc}). Start a local broker with "
        "`monitor dev up kafka`, fix MONITOR_KAFKA, or unset it to use the embedded pipeline."
    )


def admin_client(bootstrap: str, timeout_ms: int = 10_000) -> Any:
    from kafka import KafkaAdminClient
    from kafka.errors import KafkaError

    try:
        return KafkaAdminClient(bootstrap_servers=bootstrap, client_id="monitor-admin",
                                request_timeout_ms=timeout_ms, bootstrap_timeout_ms=timeout_ms)
    except (KafkaError, OSError) as exc:
        raise _unreachable(bootstrap, exc) from exc


def ensure_topics(bootstrap: str, partitions: int, topics: Iterable[str] = TOPICS,
                  replication: int = 1, configs: Mapping[str, str] | None = None) -> dict[str, int]:
    """Create the pipeline's topics if missing (idempotent); grow a topic that has fewer partitions.

    Returns the partition count of every topic afterwards. Partitions are never removed (Kafka cannot),
    so asking for fewer than a topic has is a no-op. ``configs`` applies to topics created now.
    """
    from kafka.errors import TopicAlreadyExistsError

    admin = admin_client(bootstrap)
    try:
        wanted = list(topics)
        existing = _partition_counts(admin, wanted)
        missing = {t: {"num_partitions": partitions, "replication_factor": replication,
                       **({"configs": dict(configs)} if configs else {})}
                   for t in wanted if t not in existing}
        if missing:
            try:
                admin.create_topics(missing, timeout_ms=30_000, wait_for_metadata=True)
                log.info("created topics %s with %d partitions", sorted(missing), partitions)
            except TopicAlreadyExistsError:  # another process raced us: fine
                pass
        grow = {t: partitions for t, n in existing.items() if n < partitions}
        if grow:
            from kafka.admin import NewPartitions

            admin.create_partitions({t: NewPartitions(total_count=n) for t, n in grow.items()})
            log.info("grew topics %s to %d partitions", sorted(grow), partitions)
        return _wait_partition_counts(admin, wanted)
    finally:
        admin.close()


def ensure_subscriptions(bootstrap: str, replication: int = 1) -> None:
    """Create the compacted ``alerts.subscriptions`` topic if missing (idempotent)."""
    ensure_topics(bootstrap, 1, [SUBSCRIPTIONS], replication, SUBSCRIPTIONS_CONFIG)


def ensure_health_topic(bootstrap: str, replication: int = 1) -> None:
    ensure_topics(bootstrap, 1, [HEALTH], replication, HEALTH_CONFIG)


def read_compacted(bootstrap: str, topic: str, timeout_s: float = 15.0) -> dict[str, bytes]:
    """The latest value per key of a small compacted topic, read from the beginning to its current end
    (tombstones remove keys); empty when the topic does not exist."""
    from kafka import KafkaConsumer, TopicPartition
    from kafka.errors import KafkaError

    try:
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, client_id="monitor-status", group_id=None,
                                 enable_auto_commit=False, request_timeout_ms=15_000)
    except (KafkaError, OSError) as exc:
        raise _unreachable(bootstrap, exc) from exc
    try:
        parts = consumer.partitions_for_topic(topic)
        if not parts:
            return {}
        tps = [TopicPartition(topic, p) for p in sorted(parts)]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        latest: dict[str, bytes] = {}
        deadline = time.monotonic() + timeout_s
        while any(consumer.position(tp) < ends[tp] for tp in tps) and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                for r in records:
                    key = r.key.decode("utf-8", "replace") if r.key else ""
                    if r.value is None:
                        latest.pop(key, None)
                    else:
                        latest[key] = r.value
        return latest
    finally:
        consumer.close()


def worker_health(bootstrap: str, now: int | None = None, silent_after_ms: int = 60_000) -> list[dict[str, Any]]:
    """The last heartbeat of every worker (``workers.health``): ``state`` is ``ok`` or ``stalled`` as the worker
    said, or ``silent`` when that was more than ``silent_after_ms`` ago (killed, hung, or exited after a
    stall: ``last_state`` keeps what it said last). A worker that stops cleanly removes its entry."""
    now = now if now is not None else now_ms()
    out = []
    for worker, value in sorted(read_compacted(bootstrap, HEALTH).items()):
        try:
            beat = json.loads(value)
        except ValueError:
            continue
        beat["worker"] = worker
        beat["age_s"] = round((now - int(beat.get("t_ms") or 0)) / 1000, 1)
        beat["last_state"] = beat.get("state")
        if now - int(beat.get("t_ms") or 0) > silent_after_ms:
            beat["state"] = "silent"
        out.append(beat)
    return out


def recreate_topics(bootstrap: str, partitions: int, group: str = WORKER_GROUP, timeout: float = 60.0) -> None:
    """Delete the pipeline's topics (and the alert definitions) and the worker group's offsets, then create
    the pipeline's topics empty (``alerts.subscriptions`` comes back with the first shared registry).

    For tests and benchmarks only (the topic names are fixed by the contract). No worker may be running.
    """
    from kafka.errors import GroupIdNotFoundError, KafkaError, UnknownTopicOrPartitionError

    admin = admin_client(bootstrap)
    try:
        deadline = time.monotonic() + timeout
        while True:  # on a new broker the group coordinator appears a moment after the first request
            try:
                admin.delete_groups([group])
                break
            except GroupIdNotFoundError:
                break
            except KafkaError as exc:
                if "GroupIdNotFound" in repr(exc):
                    break
                if not getattr(exc, "retriable", False) or time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        existing = set(admin.list_topics()) & {*TOPICS, SUBSCRIPTIONS, HEALTH}
        if existing:
            try:
                admin.delete_topics(sorted(existing), timeout_ms=30_000)
            except UnknownTopicOrPartitionError:
                pass
        deadline = time.monotonic() + timeout
        while set(admin.list_topics()) & {*TOPICS, SUBSCRIPTIONS, HEALTH}:
            if time.monotonic() > deadline:
                raise BusError(f"topics {sorted(existing)} were not deleted in {timeout:.0f} s")
            time.sleep(0.2)
    finally:
        admin.close()
    deadline = time.monotonic() + timeout
    while True:  # a name just deleted can be refused for a moment
        try:
            counts = ensure_topics(bootstrap, partitions)
            if all(counts.get(t) == partitions for t in TOPICS):
                return
        except Exception:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.5)


def _partition_counts(admin: Any, topics: Iterable[str]) -> dict[str, int]:
    names = set(topics)
    counts: dict[str, int] = {}
    for desc in admin.describe_topics(sorted(names)):
        name = desc.get("name", desc.get("topic"))  # "topic" in kafka-python 2.x
        if desc.get("error_code", 0) == 0 and name in names:
            counts[name] = len(desc.get("partitions") or [])
    return counts


def _wait_partition_counts(admin: Any, topics: list[str], timeout: float = 30.0) -> dict[str, int]:
    deadline = time.monotonic() + timeout
    while True:
        counts = _partition_counts(admin, topics)
        if all(counts.get(t) for t in topics) or time.monotonic() > deadline:
            return counts
        time.sleep(0.2)


def make_producer(bootstrap: str, client_id: str = "monitor-producer", **overrides: Any) -> Any:
    """A kafka-python producer for the pipeline's inputs: durable, ordered per key, bounded in time.

    acks=all and the idempotent producer (no duplicates from the client's own retries), the configured
    compression (``compression=``), a few retries within a 2-minute delivery timeout. Raises :class:`BusError` when no
    broker answers instead of hanging.
    """
    from kafka import KafkaProducer
    from kafka.errors import KafkaError

    config: dict[str, Any] = dict(
        bootstrap_servers=bootstrap,
        client_id=client_id,
        acks="all",
        enable_idempotence=True,
        compression_type=codec(overrides.pop("compression", None)),
        retries=5,
        retry_backoff_ms=200,
        delivery_timeout_ms=120_000,
        request_timeout_ms=30_000,
        max_block_ms=30_000,
        linger_ms=5,
        batch_size=256 * 1024,
        max_in_flight_requests_per_connection=5,
        bootstrap_timeout_ms=10_000,
    )
    config.update(overrides)
    try:
        return KafkaProducer(**config)
    except (KafkaError, OSError) as exc:
        raise _unreachable(bootstrap, exc) from exc


class Pacer:
    """Holds a loop to ``rate`` iterations per second (``None`` or 0 = as fast as possible).

    Paces against the start time rather than sleeping a fixed gap, so slow iterations are caught up and
    the average rate stays exact.
    """

    def __init__(self, rate: float | None) -> None:
        self.rate = rate if rate and rate > 0 else None
        self.count = 0
        self.started = time.monotonic()

    def wait(self) -> None:
        if self.rate is None:
            return
        self.count += 1
        due = self.started + self.count / self.rate
        delay = due - time.monotonic()
        if delay > 0:
            time.sleep(delay)


@dataclass
class KafkaSink:
    """Writes articles to ``news.raw`` (key = article id): what ``monitor replay`` and the crawler call.

    Delivery failures are collected, not raised one by one; :meth:`flush` raises :class:`BusError` if any
    message was not acknowledged by the broker, with the first reasons.
    """

    bootstrap: str
    partitions: int = 6
    rate: float | None = None
    compression: str | None = None  # MONITOR_KAFKA_COMPRESSION (gzip or none); None: gzip
    topic: str = RAW
    create_topics: bool = True
    sent: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    _producer: Any = None
    _pacer: Pacer | None = None

    def __post_init__(self) -> None:
        if self.create_topics:
            ensure_topics(self.bootstrap, self.partitions)
        self._producer = make_producer(self.bootstrap, compression=self.compression)
        self._pacer = Pacer(self.rate)

    def send(self, article: Article, produced_ms: int | None = None) -> None:
        assert self._pacer is not None
        self._pacer.wait()
        value = encode_article(article, "raw", produced_ms)
        future = self._producer.send(self.topic, key=article.id.encode(), value=value)
        article_id = article.id
        future.add_errback(lambda exc: self.failed.append((article_id, f"{type(exc).__name__}: {exc}")))
        self.sent += 1

    def send_many(self, articles: Iterable[Article]) -> int:
        n = 0
        for article in articles:
            self.send(article)
            n += 1
        return n

    def flush(self, timeout: float = 120.0) -> None:
        from kafka.errors import KafkaError

        try:
            self._producer.flush(timeout=timeout)
        except KafkaError as exc:
            raise BusError(f"Kafka did not acknowledge the messages in {timeout:.0f} s: {exc}") from exc
        if self.failed:
            first = "; ".join(f"{i}: {r}" for i, r in self.failed[:3])
            raise BusError(f"{len(self.failed)} of {self.sent} messages were not written to {self.topic}: "
                           f"{first}")

    def close(self) -> None:
        if self._producer is not None:
            try:
                self.flush()
            finally:
                self._producer.close(timeout=10)
                self._producer = None

    def __enter__(self) -> KafkaSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------- offsets, lag and counts


@dataclass
class PartitionLag:
    topic: str
    partition: int
    start: int  # first offset still stored
    end: int  # next offset to be written
    committed: int | None = None  # the group's committed offset, None if it never committed

    @property
    def messages(self) -> int:
        return self.end - self.start

    @property
    def lag(self) -> int | None:
        if self.committed is None:
            return None
        return max(self.end - self.committed, 0)


def offsets_client(bootstrap: str) -> Any:
    """A kafka-python consumer that only answers offset questions (no group, no subscriptions)."""
    from kafka import KafkaConsumer
    from kafka.errors import KafkaError

    try:
        return KafkaConsumer(bootstrap_servers=bootstrap, client_id="monitor-status", enable_auto_commit=False,
                             request_timeout_ms=15_000)
    except (KafkaError, OSError) as exc:
        raise _unreachable(bootstrap, exc) from exc


def topic_offsets(bootstrap: str, topics: Iterable[str] = TOPICS, client: Any = None) -> dict[str, list[PartitionLag]]:
    """Start and end offsets of every partition of ``topics`` (missing topics are left out); ``client``: an
    :func:`offsets_client` to reuse (a short-lived one otherwise)."""
    from kafka import TopicPartition

    consumer = client or offsets_client(bootstrap)
    try:
        result: dict[str, list[PartitionLag]] = {}
        for topic in topics:
            parts = consumer.partitions_for_topic(topic)
            if not parts:
                continue
            tps = [TopicPartition(topic, p) for p in sorted(parts)]
            starts = consumer.beginning_offsets(tps)
            ends = consumer.end_offsets(tps)
            result[topic] = [PartitionLag(topic, tp.partition, starts[tp], ends[tp]) for tp in tps]
        return result
    finally:
        if client is None:
            consumer.close()


def group_offsets(bootstrap: str, group: str, admin: Any = None) -> dict[tuple[str, int], int]:
    """The committed offsets of a consumer group, by (topic, partition); ``admin``: a client to reuse."""
    client = admin or admin_client(bootstrap)
    try:
        offsets = client.list_group_offsets({group: None}).get(group, {})
    finally:
        if admin is None:
            client.close()
    return {(tp.topic, tp.partition): om.offset for tp, om in offsets.items() if om.offset >= 0}


def group_members(bootstrap: str, group: str) -> dict[str, dict[str, list[int]]] | None:
    """Members of a stable consumer group and the partitions each owns; None while it rebalances."""
    # faust's assignor writes its own member metadata, which kafka-python warns it cannot decode: harmless
    logging.getLogger("kafka.admin._groups").setLevel(logging.ERROR)
    admin = admin_client(bootstrap)
    try:
        described = admin.describe_groups([group])
    finally:
        admin.close()
    info = described.get(group) if isinstance(described, dict) else (described[0] if described else None)
    if not info or str(info.get("group_state", "")).lower() != "stable":
        return None
    members: dict[str, dict[str, list[int]]] = {}
    for member in info.get("members") or []:
        assignment = member.get("member_assignment") or {}
        parts = assignment.get("assigned_partitions") or [] if isinstance(assignment, dict) else []
        members[f"{member.get('client_host', '')}/{member.get('member_id', '')[-12:]}"] = {
            p["topic"]: sorted(p["partitions"]) for p in parts
        }
    return members


def lag_report(bootstrap: str, group: str = WORKER_GROUP,
               topics: Iterable[str] = TOPICS) -> dict[str, Any]:
    """Per topic: messages stored, end offsets and the group's lag (for ``monitor status`` and tests)."""
    offsets = topic_offsets(bootstrap, topics)
    committed = group_offsets(bootstrap, group)
    report: dict[str, Any] = {"group": group, "topics": {}}
    for topic, parts in offsets.items():
        for p in parts:
            p.committed = committed.get((topic, p.partition))
        consumed = any(p.committed is not None for p in parts)
        report["topics"][topic] = {
            "partitions": len(parts),
            "messages": sum(p.messages for p in parts),
            "end_offsets": [p.end for p in parts],
            "committed": [p.committed for p in parts] if consumed else None,
            "lag": sum((p.lag if p.lag is not None else p.messages) for p in parts) if consumed else None,
        }
    try:
        report["members"] = group_members(bootstrap, group)
    except Exception as exc:  # describing the group is informative only
        report["members_error"] = f"{type(exc).__name__}: {exc}"
    return report


def total_lag(report: Mapping[str, Any], topics: Iterable[str]) -> int:
    """Sum of the lag over ``topics``; a topic the group never committed on counts all its messages."""
    total = 0
    for topic in topics:
        info = report["topics"].get(topic)
        if info is None:
            continue
        total += info["lag"] if info["lag"] is not None else info["messages"]
    return total


# --------------------------------------------------------------------------- monitor status


def status_report(settings: Any, group: str = WORKER_GROUP, *, indexed: int | None = None,
                  alerted: int | None = None) -> dict[str, Any]:
    """The Kafka part of ``monitor status``: per topic end offsets and the worker group's lag, the workers'
    heartbeats, and stage counts.

    ``relevant`` counts the messages on ``news.matched`` (a redelivery after a crash counts twice there),
    ``dead_lettered`` the messages on ``news.dlq``; ``indexed`` (articles in the store) and ``alerted``
    (recorded firings) are what the caller read from the store and the registry (:mod:`monitor.status`).
    """
    if not settings.kafka:
        raise BusError("MONITOR_KAFKA is not set: `monitor status` reports on the distributed runtime")
    report = lag_report(settings.kafka, group)
    report["workers"] = worker_health(settings.kafka)
    topics = report["topics"]
    report["counts"] = {
        "raw": topics.get(RAW, {}).get("messages"),
        "relevant": topics.get(MATCHED, {}).get("messages"),
        "indexed": indexed,
        "alerted": alerted,
        "dead_lettered": topics.get(DLQ, {}).get("messages"),
    }
    return report


def format_status(report: Mapping[str, Any]) -> str:
    """A plain-text table of :func:`status_report` (one line per topic, then the counts)."""
    lines = [f"{'topic':<14} {'parts':>5} {'messages':>9} {'lag':>7}  end offsets (group {report['group']})"]
    for topic, info in report["topics"].items():
        lag = "-" if info["lag"] is None else str(info["lag"])
        ends = ",".join(str(e) for e in info["end_offsets"])
        lines.append(f"{topic:<14} {info['partitions']:>5} {info['messages']:>9} {lag:>7}  {ends}")
    members = report.get("members")
    if members is None:
        lines.append("workers: none in a stable group (stopped or rebalancing)")
    for member, parts in (members or {}).items():
        owned = "; ".join(f"{t} {','.join(map(str, ps))}" for t, ps in sorted(parts.items()))
        lines.append(f"worker {member}: {owned}")
    for beat in report.get("workers", []):
        state = beat["state"] if beat["state"] == beat.get("last_state") else f"{beat['state']} (last said " \
            f"{beat.get('last_state')})"
        detail = f", stalled {beat['stalled_s']:.0f} s on {'; '.join(beat['stalled'])}" if beat.get("stalled") else ""
        lines.append(f"heartbeat {beat['worker']}: {state} {beat['age_s']:.0f} s ago, lag {beat.get('lag', '-')}"
                     f"{detail}")
    counts = report.get("counts", {})
    lines.append("counts: " + ", ".join(f"{k.replace('_', '-')} {'-' if v is None else v}"
                                        for k, v in counts.items()))
    return "\n".join(lines)
