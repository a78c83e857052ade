"""When to poll a feed next: pure functions, so the policy is testable without clocks or servers.

Adaptive interval (after Media Cloud's rss-fetcher): a feed whose fetch brought mostly new entries is
polled sooner, one that was unchanged (304, same body, or only known entries) later, always within
``[min_interval, max_interval]``. Failures back off exponentially with jitter from a base, and a
``Retry-After`` from the server is a floor.
"""

from __future__ import annotations

import random


def next_interval(current: float, new_share: float | None, lo: float, hi: float) -> float:
    """``new_share``: share of the feed's entries that were new; None when the feed was unchanged."""
    if new_share is None or new_share <= 0.0:
        value = current * 1.5
    elif new_share >= 0.5:
        value = current / 2
    elif new_share >= 0.2:
        value = current / 1.25
    else:
        value = current
    return max(lo, min(hi, value))


def failure_delay(
    consecutive_failures: int,
    base: float,
    cap: float,
    retry_after: float | None = None,
    rng: random.Random | None = None,
) -> float:
    """Delay before the next try after ``consecutive_failures`` failures in a row (>= 1)."""
    n = max(1, consecutive_failures)
    delay = min(cap, base * 2 ** (n - 1))
    delay *= (rng or random).uniform(0.8, 1.2)
    delay = min(cap, delay)
    if retry_after is not None:
        delay = max(delay, min(retry_after, cap))
    return delay
