"""Worker heartbeats and stall detection.

faust consumers have been seen to stall (faust#175, #523, #629), and a batch whose sink stays down is
retried without end by design. Either way the worker's partitions stop moving while messages wait. A
watchdog thread (independent of the event loop, which may be the thing that is stuck) compares, every few
seconds, the group's committed offset of each partition this worker owns with the partition's end: a
partition with lag whose committed offset has not moved for ``stall_s`` seconds is stalled. The worker
then logs why, publishes the stall on ``workers.health`` and exits with :data:`EXIT_STALLED`, so that a
supervisor (systemd, Docker, Kubernetes) restarts it; its partitions move to the other workers meanwhile.

Every worker also publishes a heartbeat there (key = ``host:pid``) every ``beat_s`` seconds, which
``monitor status`` and the API's ``/metrics`` read: which workers are alive, which stalled, which went
silent. A worker that stops cleanly removes its entry.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from monitor import bus

log = logging.getLogger("streams")

#: Exit status of a worker that stopped itself because a partition stalled (EX_SOFTWARE).
EXIT_STALLED = 70
#: The topics whose partitions the worker consumes: the ones a stall is looked for on.
WATCHED = (bus.RAW, bus.ALERTS)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Watchdog:
    """Heartbeats and stall detection for one worker (see the module docstring)."""

    def __init__(self, bootstrap: str, assigned: Callable[[], Iterable[tuple[str, int]]], *, stall_s: float,
                 interval_s: float = 5.0, beat_s: float = 10.0, group: str = bus.WORKER_GROUP,
                 on_stall: Callable[[str], None] | None = None, extra: Callable[[], dict[str, Any]] | None = None,
                 ) -> None:
        self.bootstrap, self.group = bootstrap, group
        self.assigned, self.stall_s = assigned, stall_s
        self.interval_s, self.beat_s = interval_s, beat_s
        self.on_stall = on_stall or _exit_stalled
        self.extra = extra or dict
        self.name = worker_name()
        self.state = "ok"
        self._moved: dict[tuple[str, int], tuple[int | None, float]] = {}  # committed offset, since when
        self._stop = threading.Event()
        self._producer: Any = None
        self._offsets: Any = None  # kafka-python clients kept for the life of the watchdog
        self._admin: Any = None
        self._last_beat = 0.0
        self._thread = threading.Thread(target=self._run, name="stall-watchdog", daemon=True)

    def start(self) -> None:
        bus.ensure_health_topic(self.bootstrap)
        self._producer = bus.make_producer(self.bootstrap, client_id="monitor-health", linger_ms=0)
        self._thread.start()

    def check(self, now: float | None = None) -> tuple[float, list[str], int]:
        """(longest time a lagging partition of this worker has not moved, those partitions, total lag)."""
        now = time.monotonic() if now is None else now
        owned = {tp for tp in self.assigned() if tp[0] in WATCHED}
        if not owned:
            self._moved.clear()
            return 0.0, [], 0
        if self._offsets is None:
            self._offsets, self._admin = bus.offsets_client(self.bootstrap), bus.admin_client(self.bootstrap)
        ends = bus.topic_offsets(self.bootstrap, sorted({t for t, _ in owned}), client=self._offsets)
        committed = bus.group_offsets(self.bootstrap, self.group, admin=self._admin)
        worst, stuck, total = 0.0, [], 0
        for part in (p for parts in ends.values() for p in parts):
            tp = (part.topic, part.partition)
            if tp not in owned:
                continue
            done = committed.get(tp)
            lag = part.end - (done if done is not None else part.start)
            total += max(lag, 0)
            last = self._moved.get(tp)
            if lag <= 0 or last is None or last[0] != done:
                self._moved[tp] = (done, now)
                continue
            waited = now - last[1]
            if waited >= self.stall_s:
                stuck.append(f"{part.topic}[{part.partition}] (lag {lag}, committed {done})")
            worst = max(worst, waited)
        for tp in [tp for tp in self._moved if tp not in owned]:  # moved to another worker
            del self._moved[tp]
        return worst, stuck, total

    def _run(self) -> None:
        while not self._stop.wait(self.interval_s):
            try:
                worst, stuck, lag = self.check()
            except Exception as exc:  # the broker may be away: the heartbeat says so, the worker goes on
                log.warning("stall watchdog: cannot read offsets (%s: %s)", type(exc).__name__, exc)
                self._close_clients()
                continue
            state = "stalled" if stuck else "ok"
            changed, self.state = state != self.state, state
            if changed or time.monotonic() - self._last_beat >= self.beat_s:
                self.beat(lag=lag, stalled_s=round(worst, 1), stalled=stuck)
            if stuck:
                reason = (f"no progress for {worst:.0f} s (MONITOR_STALL_S={self.stall_s:g}) with messages "
                          f"waiting on {', '.join(stuck)}")
                log.error("worker %s stalled: %s; exiting with status %d so that it is restarted", self.name,
                          reason, EXIT_STALLED)
                self.on_stall(reason)
                return

    def beat(self, **fields: Any) -> None:
        """Publish this worker's state now (and wait for the broker: it may be the last thing it says)."""
        value = {"v": 1, "state": self.state, "t_ms": bus.now_ms(), "host": socket.gethostname(),
                 "pid": os.getpid(), "assigned": sorted(f"{t}[{p}]" for t, p in self.assigned()),
                 **self.extra(), **fields}
        try:
            self._producer.send(bus.HEALTH, key=self.name.encode(), value=json.dumps(value).encode())
            self._producer.flush(timeout=10)
            self._last_beat = time.monotonic()
        except Exception as exc:  # a heartbeat is informative; the next one may get through
            log.warning("heartbeat not published (%s: %s)", type(exc).__name__, exc)

    def _close_clients(self) -> None:
        for client in (self._offsets, self._admin):
            if client is not None:
                try:
                    client.close()
                except Exception as exc:  # closing a client of a broker that went away
                    log.debug("closing an offsets client: %s", exc)
        self._offsets = self._admin = None

    def stop(self) -> None:
        """A clean stop: no more heartbeats, and this worker's entry removed."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=self.interval_s + 5)
        self._close_clients()
        if self._producer is not None:
            try:
                self._producer.send(bus.HEALTH, key=self.name.encode(), value=None)
                self._producer.flush(timeout=10)
            except Exception as exc:
                log.warning("could not remove this worker's heartbeat (%s: %s)", type(exc).__name__, exc)
            self._producer.close(timeout=5)


def _exit_stalled(reason: str) -> None:
    logging.shutdown()
    os._exit(EXIT_STALLED)
