"""How a batch that fails is finished: outages are waited out, poison is isolated and dead-lettered.

Two kinds of failure look alike from inside a batch and must be told apart:

* an **outage** (the search engine or a broker unreachable or overloaded, a timeout, an error Kafka marks
  retriable) or an error of the worker itself (:data:`streams.stages.FATAL`): no message is to blame. The
  batch is retried until the dependency is back and nothing is acknowledged meanwhile; a worker that stays
  stuck is found by the stall watchdog (:mod:`streams.health`) and restarted by its supervisor.
* anything else fails **the same way every time**, because of something in the batch (a message that
  grows past the broker's size limit once enriched, a document that trips a bug). The batch is retried a
  few times, then split in halves, each half tried once and split again, until the failing messages are
  alone; each of those is retried a few times more and then goes to ``news.dlq`` with the reason. The rest of
  the batch goes on. A batch of n messages with one poison costs about 2·log2(n) extra attempts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

from monitor.bus import BusError
from monitor.store.engine_clients import EngineUnavailable, Retryable
from streams.stages import FATAL, BatchResult

log = logging.getLogger("streams")

T = TypeVar("T")

#: Kafka client errors that are not marked retriable but say nothing about a message.
_KAFKA_OUTAGES = frozenset({"KafkaTimeoutError", "NoBrokersAvailable", "KafkaConnectionError", "RequestTimedOutError"})


def is_outage(exc: BaseException) -> bool:
    """True when no message is to blame: wait and retry the whole batch, never dead-letter it."""
    if isinstance(exc, (*FATAL, Retryable, EngineUnavailable, BusError, ConnectionError, TimeoutError,
                        asyncio.TimeoutError)):
        return True
    if getattr(exc, "retriable", False) or type(exc).__name__ in _KAFKA_OUTAGES:  # Kafka clients' transient errors
        return True
    from monitor.alerts.subscriptions import SubscriptionError

    return isinstance(exc, SubscriptionError)


async def isolate(items: Sequence[T], work: Callable[[Sequence[T]], Awaitable[BatchResult]],
                  poison: Callable[[T, BaseException, int], Awaitable[BatchResult]], *, retries: int = 2,
                  backoff_s: float = 0.5, label: str = "batch", top: bool = True) -> BatchResult:
    """Run ``work`` on ``items``; isolate the items that make it fail (see the module docstring).

    Outages propagate at once (the caller waits them out). ``poison(item, error, attempts)`` dead-letters one
    item that still fails after ``retries`` more attempts on its own and returns what that did."""
    attempts = 0
    while True:
        try:
            return await work(items)
        except Exception as exc:
            if is_outage(exc):
                raise
            attempts += 1
            single = len(items) == 1
            if (top or single) and attempts <= retries:
                log.warning("%s: %d message(s) failed (%s: %s); attempt %d of %d", label, len(items),
                            type(exc).__name__, str(exc)[:300], attempts + 1, retries + 1)
                await asyncio.sleep(backoff_s * 2 ** (attempts - 1))
                continue
            if single:
                return await poison(items[0], exc, attempts)
            mid = len(items) // 2
            log.warning("%s: %d messages keep failing (%s: %s); splitting to find the cause", label, len(items),
                        type(exc).__name__, str(exc)[:300])
            left = await isolate(items[:mid], work, poison, retries=retries, backoff_s=backoff_s, label=label,
                                 top=False)
            right = await isolate(items[mid:], work, poison, retries=retries, backoff_s=backoff_s, label=label,
                                  top=False)
            return left + right
