"""How the stream worker finishes a failing batch: poison found by splitting, outages never dead-lettered."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from monitor.store.engine_clients import Retryable
from streams.runner import is_outage, isolate
from streams.stages import BatchResult


class Sink:
    """A sink that refuses every batch containing one of ``bad`` (the same way every time)."""

    def __init__(self, bad: set[int]) -> None:
        self.bad, self.calls, self.written = bad, 0, []

    async def __call__(self, items: Sequence[int]) -> BatchResult:
        self.calls += 1
        if self.bad & set(items):
            raise ValueError(f"cannot write {sorted(self.bad & set(items))}")
        self.written.extend(items)
        return BatchResult(read=len(items), ok=len(items))


def run(items: list[int], sink: Sink, retries: int = 2) -> tuple[BatchResult, list[tuple[int, str, int]]]:
    letters: list[tuple[int, str, int]] = []

    async def poison(item: int, error: BaseException, attempts: int) -> BatchResult:
        letters.append((item, str(error), attempts))
        return BatchResult(read=1, dead=1)

    return asyncio.run(isolate(items, sink, poison, retries=retries, backoff_s=0)), letters


def test_the_failing_items_are_found_and_the_rest_are_written() -> None:
    sink = Sink({13, 70})
    result, letters = run(list(range(100)), sink)
    assert sorted(sink.written) == [i for i in range(100) if i not in (13, 70)]
    assert [(item, attempts) for item, _, attempts in letters] == [(13, 3), (70, 3)]
    assert "cannot write [13]" in letters[0][1]
    assert (result.read, result.ok, result.dead) == (100, 98, 2)
    assert sink.calls < 40  # retries of the batch and of each poison item, plus ~2 log2(n) splits


def test_a_batch_that_works_on_retry_is_not_split() -> None:
    class Flaky(Sink):
        async def __call__(self, items: Sequence[int]) -> BatchResult:
            if self.calls == 0:
                self.calls += 1
                raise ValueError("once")
            return await super().__call__(items)

    sink = Flaky(set())
    result, letters = run(list(range(10)), sink)
    assert letters == [] and sink.written == list(range(10)) and sink.calls == 2


def test_an_outage_is_never_dead_lettered() -> None:
    class Down(Sink):
        async def __call__(self, items: Sequence[int]) -> BatchResult:
            self.calls += 1
            raise Retryable("search engine at http://127.0.0.1:9 is unreachable")

    sink = Down(set())
    with pytest.raises(Retryable):
        run(list(range(10)), sink)
    assert sink.calls == 1  # straight to the caller, which waits the outage out


@pytest.mark.parametrize("error, outage", [
    (Retryable("engine busy", 429), True),
    (ConnectionResetError(), True),
    (ImportError("no module"), True),  # the worker's own fault: retried, never the message's
    (ValueError("bad value"), False),
    (KeyError("x"), False),
])
def test_outages_are_told_from_poison(error: BaseException, outage: bool) -> None:
    assert is_outage(error) is outage


def test_kafka_clients_say_which_of_their_errors_are_transient() -> None:
    from aiokafka.errors import KafkaConnectionError, KafkaTimeoutError, MessageSizeTooLargeError

    assert is_outage(KafkaConnectionError()) and is_outage(KafkaTimeoutError())
    assert not is_outage(MessageSizeTooLargeError())
