"""Per-caller rate limits: a token bucket per user (or per client address for anonymous callers).

Why in process: the API is one process per data folder; a shared limiter (Redis, the proxy) is the answer for
several, and docs/security.md says so. A request costs 1, the alert dry run (a scan of stored articles) more.
An empty bucket answers ``429`` with ``Retry-After`` (whole seconds until the cost is available again).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    """``per_minute`` requests a minute on average, bursts of up to ``burst``; 0 turns limiting off."""

    MAX_KEYS = 10_000

    def __init__(self, per_minute: float = 600, burst: float = 120, clock: Callable[[], float] = time.monotonic):
        self.rate = per_minute / 60.0
        self.burst = max(1.0, float(burst))
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, at)
        self._lock = threading.Lock()

    def take(self, key: str, cost: float = 1.0) -> float | None:
        """Spend ``cost`` from ``key``'s bucket: None when allowed, else the seconds to wait."""
        if self.rate <= 0:
            return None
        cost = min(cost, self.burst)
        now = self.clock()
        with self._lock:
            tokens, at = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens >= cost:
                self._buckets[key] = (tokens - cost, now)
                if len(self._buckets) > self.MAX_KEYS:
                    self._prune(now)
                return None
            self._buckets[key] = (tokens, now)
            return (cost - tokens) / self.rate

    def _prune(self, now: float) -> None:
        """Forget callers whose bucket has refilled (they are indistinguishable from new ones)."""
        full = [k for k, (tokens, at) in self._buckets.items() if tokens + (now - at) * self.rate >= self.burst]
        for key in full:
            del self._buckets[key]

    @staticmethod
    def retry_after(wait: float) -> str:
        return str(max(1, math.ceil(wait)))
