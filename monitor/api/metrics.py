"""Prometheus metrics: pipeline counts read from their sources of truth at scrape time, plus HTTP counters.

Counts are not kept in this process (the pipeline runs elsewhere: `monitor replay`, the crawler, the stream
workers), so a custom collector reads them when Prometheus scrapes: the store for articles in, relevant and
indexed; the alert registry for fired and failed; Kafka for lag. Results are cached for a few seconds so
that frequent scrapes do not hammer Kafka.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)

CACHE_S = 5.0


def pipeline_counts(state: Any) -> dict[str, float | None]:
    """articles_in, relevant, indexed, alerts_fired, alerts_failed, lag, dead_lettered (None: unknown)."""
    settings = state.settings
    counts: dict[str, float | None] = dict.fromkeys(
        ("articles_in", "relevant", "indexed", "alerts_fired", "alerts_failed", "lag", "dead_lettered",
         "workers_ok", "workers_stalled", "workers_silent")
    )
    with state.using_store() as store:
        counts["indexed"] = counts["articles_in"] = store.count()
        counts["relevant"] = store.count(relevant_only=True)
    with state.using_registry() as registry:
        alerts = registry.list()
    counts["alerts_fired"] = sum(a.fired for a in alerts)
    counts["alerts_failed"] = sum(a.failed for a in alerts)
    if settings.kafka:
        from monitor.bus import CONSUMED, DLQ, MATCHED, RAW, lag_report, total_lag

        report = lag_report(settings.kafka)
        topics = report["topics"]
        counts["articles_in"] = topics.get(RAW, {}).get("messages")
        counts["relevant"] = topics.get(MATCHED, {}).get("messages")
        counts["dead_lettered"] = topics.get(DLQ, {}).get("messages")
        counts["lag"] = total_lag(report, CONSUMED)
        from monitor.bus import worker_health

        states = [w["state"] for w in worker_health(settings.kafka)]
        for state in ("ok", "stalled", "silent"):
            counts[f"workers_{state}"] = states.count(state)
    else:
        counts["lag"] = 0  # the embedded pipeline is synchronous: nothing waits between stages
    return counts


_HELP = {
    "articles_in": "Articles that entered the pipeline (embedded: stored; distributed: messages on news.raw).",
    "relevant": "Articles judged in scope (embedded: stored relevant; distributed: messages on news.matched).",
    "indexed": "Articles in the search store.",
    "alerts_fired": "Alert firings recorded (each alert fires at most once per article).",
    "alerts_failed": "Alert deliveries that failed after all retries (kept for resending).",
    "lag": "Messages the stream workers have not consumed yet (0 in the embedded runtime).",
    "dead_lettered": "Messages on the dead-letter topic.",
    "workers_ok": "Stream workers whose last heartbeat (workers.health) is recent and says they progress.",
    "workers_stalled": "Stream workers that found a partition of theirs stalled (no progress with messages "
                       "waiting for MONITOR_STALL_S) and exit to be restarted.",
    "workers_silent": "Stream workers whose last heartbeat is over a minute old (killed, hung, or exited).",
}


class PipelineCollector(Collector):
    def __init__(self, state: Any) -> None:
        self.state = state
        self._lock = threading.Lock()
        self._cached: tuple[float, dict[str, float | None]] | None = None
        self.errors = 0

    def _counts(self) -> dict[str, float | None]:
        with self._lock:
            now = time.monotonic()
            if self._cached and now - self._cached[0] < CACHE_S:
                return self._cached[1]
            try:
                counts = pipeline_counts(self.state)
            except Exception as exc:  # a scrape must still answer: the up gauge says what failed
                log.warning("metrics: pipeline counts unavailable: %s", exc)
                self.errors += 1
                counts = {}
            self._cached = (now, counts)
            return counts

    def collect(self) -> Iterator[GaugeMetricFamily]:
        counts = self._counts()
        up = GaugeMetricFamily("monitor_counts_up", "1 when the pipeline counts below could be read.")
        up.add_metric([], 1.0 if counts else 0.0)
        yield up
        for name, help_text in _HELP.items():
            value = counts.get(name)
            if value is None:
                continue
            metric = GaugeMetricFamily(f"monitor_{name}", help_text)
            metric.add_metric([], float(value))
            yield metric


class Metrics:
    """One registry per app (tests create several apps in one process)."""

    def __init__(self, state: Any) -> None:
        self.registry = CollectorRegistry(auto_describe=False)
        self.requests = Counter(
            "monitor_http_requests", "HTTP requests by route template and status.", ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "monitor_http_request_seconds", "HTTP request duration by route template.", ["route"],
            registry=self.registry,
        )
        self.rate_limited = Counter(
            "monitor_http_rate_limited", "Requests refused with 429 by the per-caller rate limit.",
            registry=self.registry,
        )
        self.refused = Counter(
            "monitor_http_refused", "Requests refused by the open mode's host guard, by reason.", ["reason"],
            registry=self.registry,
        )
        self.registry.register(PipelineCollector(state))
