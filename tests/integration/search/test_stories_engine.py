"""Story state on the search engine (the distributed runtime): the same stories as in memory, shared by every
worker that opens the index, and unchanged by reprocessing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from monitor.store.engine_clients import connect
from monitor.store.stories_engine import EngineStories
from monitor.stories import StoryBook
from monitor.stories.service import assign_batch
from tests.unit.test_stories import of_event, report

pytestmark = pytest.mark.integration
EVENTS = ("E01", "E05", "E26", "E35", "E38", "E39")
SCOPE = ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Azerbaijan")


@pytest.fixture
def stories(search_url: str) -> Iterator[EngineStories]:
    store = EngineStories(connect(search_url), index="test-story-members")
    store.drop_all()
    try:
        yield store
    finally:
        store.close()


def test_two_workers_sharing_the_index_make_the_stories_one_pass_makes(search_url: str,
                                                                      stories: EngineStories) -> None:
    ids = sorted((i for e in EVENTS for i in of_event(e)), key=lambda i: (report(i).published, i))
    book = StoryBook(SCOPE)
    in_memory = {i: book.assign(report(i)).story_id for i in ids if report(i).relevant}
    other = EngineStories(connect(search_url), index="test-story-members")  # a second worker's connection
    found: dict[str, str] = {}
    try:
        for n, start in enumerate(range(0, len(ids), 4)):
            worker = stories if n % 2 == 0 else other
            done = assign_batch(worker, [report(i) for i in ids[start : start + 4]], SCOPE)
            found.update({aid: a.story_id for aid, a in done.items()})
    finally:
        other.close()
    assert found == in_memory
    assert stories.count() == len(set(in_memory.values()))


def test_reprocessing_a_batch_changes_no_story(stories: EngineStories) -> None:
    ids = of_event("E38")
    first = assign_batch(stories, [report(i) for i in ids], SCOPE)
    again = assign_batch(stories, [report(i) for i in ids], SCOPE)
    assert {i: a.story_id for i, a in again.items()} == {i: a.story_id for i, a in first.items()}
    (story,) = {s.id: s for s in stories.stories_of(ids).values()}.values()
    assert story.size == len(ids)
    assert stories.reasons(ids[1])[0].startswith(("joined", "new story"))
    start, end = story.first, story.last
    assert [s.id for s in stories.stories_between(start, end.replace(microsecond=999999))] == [story.id]
