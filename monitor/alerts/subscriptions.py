"""Alert definitions on the compacted Kafka topic ``alerts.subscriptions``, followed into memory.

Every process that needs the definitions (stream workers, the API, the CLI) reads the topic from the
beginning into a dict and keeps following it on a background thread, so an alert added on one host reaches
the matchers of every other host within a poll (a fraction of a second). A write is a message keyed by the
alert name (the whole definition as JSON; a tombstone, a null value, removes it); Kafka's log compaction
keeps the latest value per name forever, so a new reader replays only the current definitions. One
partition: every reader applies the writes in the order the broker accepted them, and the last writer wins.
``put`` returns once this process has read its own write back (read-your-writes for the API).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import asdict
from typing import Any

from monitor import bus
from monitor.alerts.registry import Alert

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
_FIELDS = ("name", "query", "webhook", "secret", "email", "owner", "paused", "digest", "per")


class SubscriptionError(RuntimeError):
    """A definition could not be written, or was not read back in time."""


def encode(alert: Alert) -> bytes:
    body = {k: v for k, v in asdict(alert).items() if k in _FIELDS}
    body["v"] = SCHEMA_VERSION
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def decode(value: bytes) -> Alert:
    body = json.loads(value)
    if not isinstance(body, dict) or body.get("v") != SCHEMA_VERSION:
        raise ValueError(f"not a v{SCHEMA_VERSION} alert definition")
    return Alert(**{k: body[k] for k in _FIELDS if k in body})


class SubscriptionLog:
    """The current alert definitions, kept in step with ``alerts.subscriptions`` by a reader thread."""

    def __init__(self, bootstrap: str, topic: str = bus.SUBSCRIPTIONS, poll_ms: int = 200,
                 load_timeout_s: float = 60.0) -> None:
        from kafka import KafkaConsumer, TopicPartition
        from kafka.errors import KafkaError

        self.bootstrap, self.topic = bootstrap, topic
        bus.ensure_subscriptions(bootstrap)
        self._tp = TopicPartition(topic, 0)
        try:
            self._consumer = KafkaConsumer(bootstrap_servers=bootstrap, client_id="monitor-subscriptions",
                                           group_id=None, enable_auto_commit=False, fetch_max_wait_ms=200,
                                           request_timeout_ms=30_000)
        except (KafkaError, OSError) as exc:
            raise bus.BusError(f"Kafka at {bootstrap} is unreachable ({type(exc).__name__}: {exc})") from exc
        self._consumer.assign([self._tp])
        self._consumer.seek_to_beginning(self._tp)
        self._alerts: dict[str, Alert] = {}
        self._applied = -1  # offset of the last record applied
        self._version = 0
        self.rejected = 0  # records that were not valid definitions (logged, skipped)
        self._cond = threading.Condition()
        self._stop = threading.Event()
        self._poll_ms = poll_ms
        self._producer: Any = None
        self._producer_lock = threading.Lock()
        end = self._consumer.end_offsets([self._tp])[self._tp]
        deadline = time.monotonic() + load_timeout_s
        while self._consumer.position(self._tp) < end:  # the initial load, before anyone reads
            if time.monotonic() > deadline:
                raise SubscriptionError(f"could not read {topic} up to offset {end} in {load_timeout_s:.0f} s")
            self._apply(self._consumer.poll(timeout_ms=poll_ms))
        self._thread = threading.Thread(target=self._follow, name="alert-subscriptions", daemon=True)
        self._thread.start()

    # -- reading ----------------------------------------------------------------------------------

    def _apply(self, batches: dict[Any, list[Any]]) -> None:
        with self._cond:
            changed = False
            for records in batches.values():
                for record in records:
                    self._applied = max(self._applied, record.offset)
                    if record.key is None:
                        continue
                    name = record.key.decode("utf-8", "replace")
                    if record.value is None:  # a tombstone
                        changed |= self._alerts.pop(name, None) is not None
                        continue
                    try:
                        self._alerts[name] = decode(record.value)
                        changed = True
                    except (ValueError, TypeError, UnicodeDecodeError) as exc:
                        self.rejected += 1
                        log.error("%s offset %d: not an alert definition, skipped: %s", self.topic,
                                  record.offset, exc)
            if changed:
                self._version += 1
            self._cond.notify_all()

    def _follow(self) -> None:
        while not self._stop.is_set():
            try:
                batches = self._consumer.poll(timeout_ms=self._poll_ms)
            except Exception as exc:  # the broker went away for a while: keep the last view, try again
                log.warning("reading %s failed (%s: %s); retrying", self.topic, type(exc).__name__, exc)
                self._stop.wait(1.0)
                continue
            if batches:
                self._apply(batches)

    def version(self) -> int:
        with self._cond:
            return self._version

    def get(self, name: str) -> Alert | None:
        with self._cond:
            return self._alerts.get(name)

    def alerts(self) -> list[Alert]:
        with self._cond:
            return sorted(self._alerts.values(), key=lambda a: a.name)

    # -- writing ----------------------------------------------------------------------------------

    def put(self, name: str, alert: Alert | None, timeout_s: float = 30.0) -> None:
        """Write (or with None remove) one definition and wait until this process has read it back."""
        from kafka.errors import KafkaError

        with self._producer_lock:
            if self._producer is None:
                self._producer = bus.make_producer(self.bootstrap, client_id="monitor-subscriptions", linger_ms=0)
            try:
                sent = self._producer.send(self.topic, key=name.encode("utf-8"),
                                           value=None if alert is None else encode(alert))
                offset = sent.get(timeout=timeout_s).offset
            except KafkaError as exc:
                raise SubscriptionError(f"alert {name!r} was not written to {self.topic}: {exc}") from exc
        deadline = time.monotonic() + timeout_s
        with self._cond:
            while self._applied < offset:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SubscriptionError(f"alert {name!r} was written at offset {offset} of {self.topic} "
                                            f"but not read back within {timeout_s:.0f} s")
                self._cond.wait(left)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._consumer.close()
        if self._producer is not None:
            self._producer.close(timeout=10)
