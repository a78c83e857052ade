"""A worker commits a partition's offset only below the first message it has taken and not finished, so a
worker killed with two batches in flight loses none of them (faust-streaming/faust#606)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from faust.transport.consumer import Consumer
from faust.types import TP
from intervaltree import IntervalTree

from streams.offsets import committable, install

TOPIC = TP("news.raw", 0)


@dataclass(eq=False)
class Taken:
    """A message a stream has taken (faust tracks it until it is acknowledged)."""

    tp: TP
    offset: int
    acked: bool = False


class Books:
    """The bookkeeping faust's consumer keeps per partition, without a broker."""

    def __init__(self, committed: int | None) -> None:
        self._acked: dict[Any, list[int]] = defaultdict(list)
        self._acked_index: dict[Any, set[int]] = defaultdict(set)
        self._gap: dict[Any, IntervalTree] = defaultdict(IntervalTree)
        self._committed_offset: dict[Any, int | None] = defaultdict(lambda: None)
        self._committed_offset[TOPIC] = committed
        self._unacked_messages: set[Taken] = set()

    def take(self, *offsets: int) -> list[Taken]:
        taken = [Taken(TOPIC, o) for o in offsets]
        self._unacked_messages.update(taken)
        return taken

    def ack(self, taken: list[Taken]) -> None:
        for m in taken:
            m.acked = True
            self._unacked_messages.discard(m)
            self._acked[TOPIC].append(m.offset)
            self._acked_index[TOPIC].add(m.offset)


def _faust_new_offset(books: Books, tp: TP) -> int | None:
    """faust's own choice (whether or not the fix is installed in this process)."""
    from streams import offsets

    return (offsets._original or Consumer._new_offset)(books, tp)


def test_a_batch_finishing_before_an_earlier_one_commits_nothing_past_the_earlier_one() -> None:
    books = Books(committed=100)
    first = books.take(100)  # the first batch in flight holds offset 100
    second = books.take(*range(101, 151))
    books.ack(second)  # the second batch finishes first
    assert committable(books, TOPIC, _faust_new_offset) is None
    books.ack(first)
    assert committable(books, TOPIC, _faust_new_offset) == 151


def test_faust_alone_would_commit_past_the_message_in_work() -> None:
    """Why the fix exists: faust's own choice skips offset 100 while it is being processed."""
    books = Books(committed=100)
    books.take(100)
    books.ack(books.take(*range(101, 151)))
    assert _faust_new_offset(books, TOPIC) == 151


def test_a_fresh_partition_commits_only_the_finished_start() -> None:
    books = Books(committed=None)
    first = books.take(0, 1, 2)
    books.ack(books.take(3, 4, 5, 6))
    assert committable(books, TOPIC, _faust_new_offset) is None
    books.ack(first[:2])  # 0 and 1 done, 2 still in work
    assert committable(books, TOPIC, _faust_new_offset) == 2
    books.ack(first[2:])
    assert committable(books, TOPIC, _faust_new_offset) == 7


def test_without_messages_in_work_the_choice_is_fausts() -> None:
    books = Books(committed=10)
    books.ack(books.take(*range(10, 20)))
    assert committable(books, TOPIC, _faust_new_offset) == 20


def test_installing_routes_the_consumer_through_the_fix() -> None:
    install()
    install()  # once per process, however often the app is built
    books = Books(committed=100)
    books.take(100)
    books.ack(books.take(101, 102))
    assert Consumer._new_offset(books, TOPIC) is None  # type: ignore[arg-type]
