"""The faust-streaming app of the distributed runtime: topics and agents wiring the core to Kafka.

Agents (consumer group ``news-monitor``; run by ``monitor worker``):

* ``enrich``  ``news.raw`` → ``news.enriched`` and, when relevant, ``news.matched``
* ``index``   ``news.matched`` → the search store (bulk, idempotent by article id)
* ``alerts``  ``news.matched`` → stories (members on the search engine), ``alerts.fired``, then records the
  firing once per (alert, article)
* ``deliver`` ``alerts.fired`` → webhook delivery of the queued firings (the lead's delivery code)

Delivery semantics: at least once, with idempotent sinks. A batch is acknowledged (and so its offsets
committed) only after its sink acknowledged it: faust commits acknowledged offsets after flushing the
producer, and :func:`_run_batch` keeps a stop request from acknowledging a batch that did not finish.
Failures go to ``news.dlq`` (see :mod:`streams.stages`). Each agent logs one line per batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import faust

from monitor import bus
from monitor.settings import Settings
from streams import stages

log = logging.getLogger("streams")

BATCH_SIZE = int(os.environ.get("MONITOR_STREAM_BATCH", "100"))
BATCH_WITHIN_S = float(os.environ.get("MONITOR_STREAM_WITHIN_S", "0.5"))
#: exit code of a worker stopped while its sink was failing: the unfinished batch is not committed
EXIT_UNFINISHED = 75


def _messages(events: Sequence[Any]) -> list[stages.Message]:
    out = []
    for event in events:
        m = event.message
        out.append(stages.Message(value=m.value, key=m.key, topic=m.topic, partition=m.partition, offset=m.offset))
    return out


class _Stats:
    """Optional per-batch figures as JSON lines (``MONITOR_WORKER_STATS``), read by benchmarks/stream.py."""

    def __init__(self, path: str | None) -> None:
        self.path = Path(path) if path else None

    def write(self, stage: str, result: stages.BatchResult) -> None:
        if self.path is None:
            return
        line = json.dumps({"stage": stage, "pid": os.getpid(), "t_ms": bus.now_ms(), "read": result.read,
                           "ok": result.ok, "dead": result.dead, "latencies_ms": result.latencies_ms})
        with open(self.path, "a") as f:
            f.write(line + "\n")


def create_app(settings: Settings) -> faust.App:
    """Build the app for ``settings`` (the topics must exist: :func:`monitor.bus.ensure_topics`)."""
    if not settings.kafka:
        raise ValueError("MONITOR_KAFKA is not set: the stream workers need a Kafka bootstrap address")
    brokers = ";".join(f"kafka://{b.strip()}" for b in settings.kafka.split(",") if b.strip())
    app = faust.App(
        bus.WORKER_GROUP,
        broker=brokers,
        autodiscover=False,
        web_enabled=False,  # two workers on one host must not fight over a port
        store="memory://",  # no tables: every sink is external and idempotent
        datadir=str(settings.data_dir / "faust"),  # not the current directory
        topic_disable_leader=True,
        topic_replication_factor=1,
        topic_partitions=settings.partitions,
        consumer_auto_offset_reset="earliest",
        broker_commit_interval=1.0,
        broker_commit_every=1000,
        broker_session_timeout=10.0,  # a killed worker's partitions move after 10 s
        broker_heartbeat_interval=3.0,
        producer_acks=-1,  # acks=all
        producer_compression_type=bus.COMPRESSION,
        producer_linger_ms=5,
        stream_wait_empty=True,
        processing_guarantee="at_least_once",
    )

    def topic(name: str) -> Any:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                         internal=False)

    raw, matched, fired = topic(bus.RAW), topic(bus.MATCHED), topic(bus.ALERTS)
    outputs = {name: topic(name) for name in bus.TOPICS}
    stats = _Stats(os.environ.get("MONITOR_WORKER_STATS"))
    state: dict[str, Any] = {}
    stopping = asyncio.Event()
    deliver_guard = asyncio.Lock()  # the deliver agent and its timer share one registry

    def store() -> Any:
        if "store" not in state:
            from monitor.store import open_store

            state["store"] = open_store(settings)
        return state["store"]

    def alert_service() -> Any:
        if "alerts" not in state:
            from monitor.alerts.registry import open_registry
            from monitor.alerts.service import AlertService

            state["alerts"] = AlertService(open_registry(settings), settings)
        return state["alerts"]

    def story_store() -> Any:
        if "stories" not in state:
            from monitor.store import open_story_store

            state["stories"] = open_story_store(settings)
        return state["stories"]

    def deliver_registry() -> Any:
        """The deliverer's own registry (its own connection: it runs beside the alerts agent's thread)."""
        if "deliver" not in state:
            from monitor.alerts.registry import open_registry

            state["deliver"] = open_registry(settings)
        return state["deliver"]

    async def send_all(out: Sequence[stages.Out], wait: bool) -> None:
        futures = [await outputs[o.topic].send(key=o.key, value=o.value) for o in out]
        if wait and futures:
            await asyncio.gather(*futures)

    async def with_retries(stage: str, fn: Callable[[], Awaitable[Any]]) -> Any:
        """Retry a sink that fails as a whole (store or broker down) until it works; never skip the batch."""
        delay = 1.0
        while True:
            try:
                return await fn()
            except Exception as exc:
                if stopping.is_set():
                    log.error("%s: stopping while the sink fails (%s); exiting without acknowledging the batch",
                              stage, exc)
                    logging.shutdown()
                    os._exit(EXIT_UNFINISHED)
                log.warning("%s: batch failed (%s: %s); retrying in %.0f s", stage, type(exc).__name__, exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)

    async def run_batch(stage: str, work: Callable[[], Awaitable[stages.BatchResult]]) -> None:
        """Finish a batch even when a stop is requested meanwhile, so that faust never acks half of one."""
        started = time.perf_counter()
        task = asyncio.ensure_future(with_retries(stage, work))
        try:
            result = await asyncio.shield(task)
        except asyncio.CancelledError:
            stopping.set()
            with contextlib.suppress(Exception):
                await task
            raise
        ms = (time.perf_counter() - started) * 1000
        extra = ""
        if result.latencies_ms:
            lat = sorted(result.latencies_ms)
            extra = f", latency p50 {lat[len(lat) // 2]} ms max {lat[-1]} ms"
        if result.failed:
            extra += f", {result.failed} failed"
        if result.first_error:
            extra += f" (first: {result.first_error[:200]})"
        counted = {"enrich": "relevant", "alerts": "alerts fired"}.get(stage)
        if counted:
            extra = f", {result.relevant} {counted}" + extra
        log.info("%s: %d read, %d ok, %d dead-lettered in %.0f ms%s",
                 stage, result.read, result.ok, result.dead, ms, extra)
        stats.write(stage, result)

    @app.agent(raw, name="enrich")
    async def enrich_agent(stream: Any) -> None:
        in_scope = settings.in_scope_countries
        async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN_S):
            msgs = _messages(events)

            async def work(msgs: list[stages.Message] = msgs) -> stages.BatchResult:
                # CPU-bound core work runs off the event loop, which must keep the group heartbeat going
                result = await asyncio.to_thread(stages.enrich_batch, msgs, in_scope)
                await send_all(result.out, wait=False)  # flushed by faust before the offsets commit
                return result

            await run_batch("enrich", work)

    @app.agent(matched, name="index")
    async def index_agent(stream: Any) -> None:
        async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN_S):
            msgs = _messages(events)

            async def work(msgs: list[stages.Message] = msgs) -> stages.BatchResult:
                result = await asyncio.to_thread(stages.index_batch, msgs, store())
                await send_all(result.out, wait=False)
                return result

            await run_batch("index", work)

    @app.agent(matched, name="alerts")
    async def alerts_agent(stream: Any) -> None:
        async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN_S):
            msgs = _messages(events)

            async def work(msgs: list[stages.Message] = msgs) -> stages.BatchResult:
                service = alert_service()
                # stories first (shared state on the engine): per-story alerts need each article's story
                stories = await asyncio.to_thread(stages.assign_stories, msgs, story_store(),
                                                  settings.in_scope_countries)
                result, articles = await asyncio.to_thread(stages.alert_candidates, msgs, service)
                await send_all(result.out, wait=True)  # alerts.fired is durable before the firing is recorded
                result.relevant = await asyncio.to_thread(stages.record_alerts, articles, service, stories)
                return result

            await run_batch("alerts", work)

    def deliver_round() -> tuple[int, int]:
        """One delivery round; the registry keeps two deliverers (this host or another) from sending one."""
        from monitor.alerts.delivery import SmtpConfig, deliver_pending, delivery_policy

        registry = deliver_registry()
        with registry.deliver_lock():
            return deliver_pending(registry, retries=settings.webhook_retries, timeout=settings.webhook_timeout_s,
                                   smtp=SmtpConfig.from_settings(settings), policy=delivery_policy(settings))

    @app.timer(interval=2.0)
    async def deliver_leftovers() -> None:
        """Deliveries queued after the deliver agent last ran (it can see an ``alerts.fired`` message before
        the alerts agent recorded its firing), left pending by a crash, or by a worker on another host that
        died: sent within two seconds (a dead worker's claims once their lease ran out)."""
        async with deliver_guard:
            if not await asyncio.to_thread(deliver_registry().has_work):  # pending, digests held, stale claims
                return
            delivered, failed = await asyncio.to_thread(deliver_round)
        if delivered or failed:
            log.info("deliver: %d pending deliveries sent, %d failed", delivered, failed)

    @app.agent(fired, name="deliver")
    async def deliver_agent(stream: Any) -> None:
        async for events in stream.take_events(BATCH_SIZE, within=BATCH_WITHIN_S):
            n = len(events)

            async def work(n: int = n) -> stages.BatchResult:
                async with deliver_guard:
                    delivered, failed = await asyncio.to_thread(deliver_round)
                return stages.BatchResult(read=n, ok=delivered, failed=failed)

            await run_batch("deliver", work)

    return app
