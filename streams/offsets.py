"""Offsets are committed only below the first message a stream has taken and not yet acknowledged.

faust commits, per partition, the first run of consecutive acknowledged offsets, and checks that the run
starts where the last commit ended with ``min(acked) - committed > 1``: off by one (the message *at* the
committed offset may still be in work), and skipped while nothing is committed yet (faust-streaming/faust#606,
open upstream). With two batches in flight per worker that happens: a batch that holds offset 100 is being
processed while the other batch, with 101-150, finishes; faust commits 151, and a worker killed before the
first batch is done never processes offset 100 again (the several-hosts test lost one article that way).

The fix keeps faust's own bookkeeping and only hides from it the acknowledged offsets at or above the lowest
offset of the partition that a stream has taken (faust tracks every such message until it is acknowledged).
Messages still waiting in the consumer's queue come after every taken one of their partition.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from faust.transport.consumer import Consumer

_original: Callable[[Any, Any], int | None] | None = None


def first_pending(consumer: Any, tp: Any) -> int | None:
    """The lowest offset of ``tp`` that a stream has taken and not acknowledged, or None."""
    pending = [m.offset for m in list(consumer._unacked_messages) if m.tp == tp and not m.acked]
    return min(pending) if pending else None


def committable(consumer: Any, tp: Any, new_offset: Callable[[Any, Any], int | None]) -> int | None:
    """What faust's ``new_offset`` would commit for ``tp``, never past a message still in work."""
    floor = first_pending(consumer, tp)
    acked = consumer._acked[tp]
    if floor is None or not acked or max(acked) < floor:
        return new_offset(consumer, tp)
    below = [o for o in acked if o < floor]
    above = [o for o in acked if o >= floor]
    if not below:
        return None
    consumer._acked[tp] = below
    try:
        return new_offset(consumer, tp)
    finally:  # what faust did not commit now stays acknowledged for the next commit
        consumer._acked[tp] = sorted(consumer._acked[tp] + above)


def install() -> None:
    """Route faust's choice of the offset to commit through :func:`committable` (once per process)."""
    global _original
    if _original is not None:
        return
    _original = Consumer._new_offset
    original = _original

    def _new_offset(self: Any, tp: Any) -> int | None:
        return committable(self, tp, original)

    Consumer._new_offset = _new_offset  # type: ignore[method-assign]
