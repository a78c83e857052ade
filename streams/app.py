"""The faust-streaming app of the distributed runtime: topics and agents wiring the core to Kafka.

Agents (consumer group ``news-monitor``; run by ``monitor worker``):

* ``pipeline`` ``news.raw`` → enrich every article, then for the relevant ones, concurrently, the search
  store (one bulk write, idempotent by article id) and the alerts (stories assigned, ``alerts.fired``, then
  the firings recorded once per (alert, article)); every article goes to ``news.enriched`` and the relevant ones to
  ``news.matched`` for outside consumers. One Kafka hop from raw to every sink: no stage of our own reads
  ``news.matched`` back.
* ``deliver`` ``alerts.fired`` → wakes the deliverer, which sends the deliveries the registry holds (also every
  two seconds, for deliveries left by a crash or by a worker on another host that died).

Delivery semantics: at least once, with idempotent sinks. A batch is acknowledged (and so its offsets
committed, never past a message of another batch still in work: :mod:`streams.offsets`) only after its sinks
and the broker acknowledged it; a stop request never acknowledges half of
one. A batch that fails because of an outage is retried until the outage ends; a batch that fails because of
one of its messages is split until that message is found, which goes to ``news.dlq`` with the reason
(:mod:`streams.runner`). A worker whose partitions stop moving exits so that it is restarted
(:mod:`streams.health`). Each batch logs one line.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import faust

from monitor import bus
from monitor.settings import Settings
from streams import offsets, stages
from streams.health import Watchdog
from streams.runner import is_outage, isolate

log = logging.getLogger("streams")

#: exit code of a worker stopped while its sink was failing: the unfinished batch is not committed
EXIT_UNFINISHED = 75
DELIVER_EVERY_S = 2.0


class StepFailed(Exception):
    """A failure of one step of the sinks that is not an outage (the cause is chained)."""

    def __init__(self, step: str, cause: BaseException) -> None:
        super().__init__(f"{step}: {type(cause).__name__}: {cause}")
        self.step = step


def _messages(events: Sequence[Any]) -> list[stages.Message]:
    out = []
    for event in events:
        m = event.message
        out.append(stages.Message(value=m.value, key=m.key, topic=m.topic, partition=m.partition, offset=m.offset))
    return out


class _Stats:
    """Optional per-batch figures as JSON lines (``MONITOR_WORKER_STATS``), read by benchmarks/stream.py."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def write(self, stage: str, result: stages.BatchResult) -> None:
        if self.path is None:
            return
        line = json.dumps({"stage": stage, "pid": os.getpid(), "t_ms": bus.now_ms(), "read": result.read,
                           "ok": result.ok, "dead": result.dead, "latencies_ms": result.latencies_ms})
        with open(self.path, "a") as f:
            f.write(line + "\n")


def _log_batch(stage: str, result: stages.BatchResult, ms: float) -> None:
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
    log.info("%s: %d read, %d ok, %d dead-lettered in %.0f ms%s", stage, result.read, result.ok, result.dead, ms,
             extra)


def create_app(settings: Settings) -> faust.App:
    """Build the app for ``settings`` (the topics must exist: :func:`monitor.bus.ensure_topics`)."""
    if not settings.kafka:
        raise ValueError("MONITOR_KAFKA is not set: the stream workers need a Kafka bootstrap address")
    offsets.install()  # never commit past a message still in work (faust-streaming/faust#606)
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
        producer_compression_type=bus.codec(settings.kafka_compression),
        producer_linger_ms=5,
        # an enriched article is 10-20 KB: faust's 16 KB batches sent each one in a request of its own
        producer_max_batch_size=256 * 1024,
        stream_wait_empty=True,
        processing_guarantee="at_least_once",
    )

    def topic(name: str) -> Any:
        return app.topic(name, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw",
                         internal=False)

    raw, fired = topic(bus.RAW), topic(bus.ALERTS)
    outputs = {name: topic(name) for name in bus.TOPICS}
    stats = _Stats(settings.worker_stats)
    state: dict[str, Any] = {}
    stopping = asyncio.Event()
    wake_deliverer = asyncio.Event()
    alerts_lock = asyncio.Lock()
    in_scope = settings.in_scope_countries

    opening = threading.Lock()  # the batches in flight open the store, registry and story store once

    def store() -> Any:
        with opening:
            if "store" not in state:
                from monitor.store import open_store

                state["store"] = open_store(settings)
            return state["store"]

    def alert_service() -> Any:
        with opening:
            if "alerts" not in state:
                from monitor.alerts.registry import open_registry
                from monitor.alerts.service import AlertService

                state["alerts"] = AlertService(open_registry(settings), settings)
            return state["alerts"]

    def story_store() -> Any:
        with opening:
            if "stories" not in state:
                from monitor.store import open_story_store

                state["stories"] = open_story_store(settings)
            return state["stories"]

    def match_and_assign(relevant: Sequence[stages.Item], service: Any) -> tuple[Any, Any, dict[str, Any]]:
        """Stories first (shared state on the engine): per-story alerts need each article's story."""
        stories = stages.assign_stories(relevant, story_store(), in_scope)
        alerted, matches = stages.match_items(relevant, service)
        return alerted, matches, stories

    @app.task
    async def open_sinks() -> None:
        """Open the store, the alert service and the story store while the worker joins its group, so that its
        first batch waits for none of them (each takes a few requests to the engine or a read of Kafka). A
        failure here is logged; the first batch opens them again, with its retries."""
        try:
            await asyncio.to_thread(store)
            await asyncio.to_thread(alert_service)
            await asyncio.to_thread(story_store)
        except Exception as exc:
            log.warning("opening the sinks at start failed (%s: %s); the first batch tries again", type(exc).__name__,
                        exc)

    def deliver_registry() -> Any:
        """The deliverer's own registry (its own connection: it runs beside the pipeline's threads)."""
        if "deliver" not in state:
            from monitor.alerts.registry import open_registry

            state["deliver"] = open_registry(settings)
        return state["deliver"]

    async def send_all(out: Sequence[stages.Out]) -> None:
        """Send and wait until the broker acknowledged every message (a refusal raises here, in the batch)."""
        futures = [await outputs[o.topic].send(key=o.key, value=o.value) for o in out]
        if futures:
            await asyncio.gather(*futures)

    async def with_retries(stage: str, fn: Callable[[], Awaitable[Any]]) -> Any:
        """Retry a batch that fails for an outage (store or broker down) until it works; never skip it."""
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

    async def run_batch(stage: str, work: Callable[[], Awaitable[Any]]) -> Any:
        """Finish a batch even when a stop is requested meanwhile, so that faust never acks half of one."""
        task = asyncio.ensure_future(with_retries(stage, work))
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            stopping.set()
            with contextlib.suppress(Exception):
                await task
            raise

    async def dead_letter(item: stages.Item, error: BaseException, attempts: int) -> stages.BatchResult:
        """The one message that makes its batch fail, alone, after its retries: to ``news.dlq``."""
        result = stages.BatchResult(read=1)
        cause = error.__cause__ if isinstance(error, StepFailed) and error.__cause__ else error
        reason = f"{type(cause).__name__}: {cause} (failed {attempts} times on its own, isolated from its batch)"
        result.dead_letter(error.step if isinstance(error, StepFailed) else "pipeline", item.msg, reason)
        await send_all(result.out)
        log.error("dead-lettered %s[%s]@%s: %s", item.msg.topic, item.msg.partition, item.msg.offset, reason[:500])
        return result

    async def step(name: str, job: Awaitable[Any]) -> Any:
        """Run one step of the sinks; a failure that is not an outage is labelled with the step's name."""
        try:
            return await job
        except Exception as exc:
            if is_outage(exc):
                raise
            raise StepFailed(name, exc) from exc

    def sinks_for(parts: dict[str, stages.BatchResult]) -> Callable[[Sequence[stages.Item]],
                                                                     Awaitable[stages.BatchResult]]:
        async def sinks(items: Sequence[stages.Item]) -> stages.BatchResult:
            """Index and alerts for ``items`` (concurrently), then their outputs; all acknowledged on return."""
            relevant = [i for i in items if i.article.relevant]
            indexed, alerted = stages.BatchResult(), stages.BatchResult()
            if relevant:
                # opening the store or the registry may wait for an engine: off the event loop, like the work
                the_store, service = await asyncio.gather(asyncio.to_thread(store), asyncio.to_thread(alert_service))

                async def alerts() -> stages.BatchResult:
                    async with alerts_lock:  # one batch at a time through stories, matcher and registry
                        found, matches, stories = await step(
                            "alerts", asyncio.to_thread(match_and_assign, relevant, service))
                        await step("alerts", send_all(found.out))  # alerts.fired is durable before it is recorded
                        if matches:
                            found.relevant = await step(
                                "alerts", asyncio.to_thread(stages.record_alerts, matches, service, stories))
                            wake_deliverer.set()
                    return found

                indexed, alerted = await asyncio.gather(
                    step("index", asyncio.to_thread(stages.index_items, relevant, the_store)), alerts())
            await step("enrich", send_all([o for i in items for o in i.out] + indexed.out))
            parts["index"] = parts["index"] + indexed
            parts["alerts"] = parts["alerts"] + alerted
            return stages.BatchResult(read=len(items), ok=len(items))

        return sinks

    # Two batches in flight per worker: one is enriched (CPU) while the other waits for the engine and the
    # broker. faust commits a partition's offsets only up to the first batch not yet acknowledged.
    @app.agent(raw, name="pipeline", concurrency=settings.stream_concurrency)
    async def pipeline_agent(stream: Any) -> None:
        async for events in stream.take_events(settings.stream_batch, within=settings.stream_within_s):
            msgs = _messages(events)

            async def work(msgs: list[stages.Message] = msgs) -> None:
                started = time.perf_counter()
                # CPU-bound core work runs off the event loop, which must keep the group heartbeat going
                enriched = await asyncio.to_thread(stages.enrich_batch, msgs, in_scope)
                await send_all([o for o in enriched.out if o.topic == bus.DLQ])  # what failed on its own
                parts = {"enrich": enriched, "index": stages.BatchResult(), "alerts": stages.BatchResult()}
                enrich_ms = (time.perf_counter() - started) * 1000
                await isolate(enriched.items, sinks_for(parts), dead_letter, retries=settings.poison_retries,
                              label="pipeline")
                ms = (time.perf_counter() - started) * 1000
                for stage, result in parts.items():
                    if result.read or stage == "enrich":
                        _log_batch(stage, result, enrich_ms if stage == "enrich" else ms)
                        stats.write(stage, result)

            await run_batch("pipeline", work)

    def deliver_round() -> tuple[int, int]:
        """One delivery round; the registry keeps two deliverers (this host or another) from sending one."""
        from monitor.alerts.delivery import SmtpConfig, deliver_pending, delivery_policy

        registry = deliver_registry()
        with registry.deliver_lock():
            return deliver_pending(registry, retries=settings.webhook_retries, timeout=settings.webhook_timeout_s,
                                   smtp=SmtpConfig.from_settings(settings), policy=delivery_policy(settings))

    @app.agent(fired, name="deliver")
    async def deliver_agent(stream: Any) -> None:
        """``alerts.fired`` only wakes the deliverer: its batch is acknowledged at once, so a slow webhook
        never holds this partition back (the deliveries themselves are in the registry already)."""
        async for events in stream.take_events(settings.stream_batch, within=settings.stream_within_s):
            if events:
                wake_deliverer.set()

    @app.task
    async def deliverer() -> None:
        """Sends what the registry holds when woken, and every two seconds: deliveries queued after the last
        round, left pending by a crash, or held by a worker on another host that died (once its lease ran
        out)."""
        while True:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(wake_deliverer.wait(), timeout=DELIVER_EVERY_S)
            wake_deliverer.clear()
            try:
                if not await asyncio.to_thread(deliver_registry().has_work):  # pending, held, stale claims
                    continue
                delivered, failed = await asyncio.to_thread(deliver_round)
            except Exception as exc:  # the registry's engine or file is away: the next round tries again
                log.warning("deliver: round failed (%s: %s); retrying", type(exc).__name__, exc)
                continue
            if delivered or failed:
                log.info("deliver: %d sent, %d failed", delivered, failed)

    assigned: set[tuple[str, int]] = set()

    @app.timer(interval=1.0)
    async def note_assignment() -> None:
        """What the watchdog thread reads: this worker's partitions, copied on the event loop."""
        nonlocal assigned
        assigned = {(tp.topic, tp.partition) for tp in app.consumer.assignment()}

    watchdog = Watchdog(settings.kafka, lambda: assigned, stall_s=settings.stall_s,
                        extra=lambda: {"data_dir": str(settings.data_dir)})

    @app.task
    async def start_watchdog() -> None:
        await asyncio.to_thread(watchdog.start)

    @app.on_before_shutdown.connect
    async def stop_watchdog(sender: Any, **kwargs: Any) -> None:
        """A clean stop removes this worker's heartbeat: only killed, hung or stalled workers stay listed."""
        await asyncio.to_thread(watchdog.stop)

    return app
