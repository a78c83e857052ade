"""Stories kept in SQLite: batch after batch gives the stories one pass gives, and a replay changes nothing."""

from __future__ import annotations

from pathlib import Path

from monitor.store.stories_sqlite import SqliteStories
from monitor.stories import StoryBook
from monitor.stories.service import assign_batch

from .test_stories import of_event, report

EVENTS = ("E01", "E05", "E26", "E35", "E38", "E39")


def test_batches_of_three_make_the_stories_one_pass_makes(tmp_path: Path) -> None:
    ids = sorted((i for e in EVENTS for i in of_event(e)), key=lambda i: (report(i).published, i))
    book = StoryBook()
    in_memory = {i: book.assign(report(i)).story_id for i in ids if report(i).relevant}
    store = SqliteStories(tmp_path / "monitor.sqlite")
    stored: dict[str, str] = {}
    for start in range(0, len(ids), 3):
        done = assign_batch(store, [report(i) for i in ids[start : start + 3]], book.in_scope)
        stored.update({aid: a.story_id for aid, a in done.items()})
    assert stored == in_memory
    assert store.count() == len(set(in_memory.values()))
    store.close()


def test_a_replay_keeps_every_story_and_reason(tmp_path: Path) -> None:
    ids = of_event("E38")
    store = SqliteStories(tmp_path / "monitor.sqlite")
    first = assign_batch(store, [report(i) for i in ids], ("Kazakhstan",))
    reasons = {i: store.reasons(i) for i in ids}
    again = assign_batch(store, [report(i) for i in ids], ("Kazakhstan",))
    assert {i: a.story_id for i, a in again.items()} == {i: a.story_id for i, a in first.items()}
    assert all(not a.reasons for a in again.values())  # nothing was decided again
    assert {i: store.reasons(i) for i in ids} == reasons
    (story,) = store.stories_of(ids[:1]).values()
    assert story.size == len(ids) and set(story.languages) == {"fa", "kk", "ru", "en", "ar"}
    store.close()


def test_a_lone_report_moves_to_the_story_a_later_report_ties_it_to(tmp_path: Path) -> None:
    # E02: a Persian report opens the story; a sparse one (no names, only Pezeshkian's) scores too low with
    # it and opens its own; the English one names both ministers and Pezeshkian: it ties the two together
    first, sparse, rich = "st-005", "st-006", "st-008"
    scope = ("Uzbekistan", "Turkmenistan")
    store = SqliteStories(tmp_path / "monitor.sqlite")
    assign_batch(store, [report(first)], scope)
    assign_batch(store, [report(sparse)], scope)
    assert store.stories_of([sparse])[sparse].size == 1
    done = assign_batch(store, [report(rich)], scope)
    story = store.stories_of([sparse])[sparse]
    assert story.id == done[rich].story_id == store.stories_of([first])[first].id and story.size == 3
    assert store.reasons(sparse)[0].startswith("moved")
    store.close()
