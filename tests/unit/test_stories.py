"""Story assignment: reports of one event across scripts make one story; other events stay apart."""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path

import pytest

from monitor.enrich import enrich
from monitor.model import Article
from monitor.stories import Signature, StoryBook, name_key, signature

DATA = Path(__file__).resolve().parents[1] / "data" / "stories" / "events.jsonl"


@lru_cache(maxsize=1)
def _items() -> dict[str, dict]:
    return {i["id"]: i for i in (json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines())}


@cache
def report(item_id: str) -> Article:
    item = _items()[item_id]
    article = Article(id=item_id, title=item["title"], text=item["text"], source=item["source"],
                      published=datetime.fromisoformat(item["published"]))
    return enrich(article, people_out_of_scope=False)


def of_event(event: str) -> list[str]:
    return [i for i, item in _items().items() if item["event"] == event]


def assign(book: StoryBook, ids: list[str]) -> dict[str, str]:
    return {i: book.assign(report(i)).story_id for i in ids}


def test_the_reports_of_one_visit_in_four_languages_make_one_story() -> None:
    ids = of_event("E01")  # the Kazakh ambassador and the governor of Alexandria: ar, ar, kk, ru
    book = StoryBook()
    stories = assign(book, ids)
    assert len(set(stories.values())) == 1
    story = book.story(stories[ids[0]])
    assert story is not None and story.size == 4
    assert set(story.languages) == {"ar", "kk", "ru"}
    assert {"Kazakhstan", "Egypt"} <= {e["name"] for e in story.entities()["countries"]}
    assert "Alexandria" in {e["name"] for e in story.entities()["places"]}


def test_the_same_governor_receiving_another_envoy_the_same_day_is_another_story() -> None:
    greek = next(i for i, item in _items().items() if item["event"] is None and "اليونان" in item["title"])
    indian = next(i for i, item in _items().items() if item["event"] is None and "الهندي" in item["title"])
    book = StoryBook()
    stories = assign(book, [*of_event("E01"), greek, indian])
    kazakh_story = stories[of_event("E01")[0]]
    assert stories.get(greek, "not kept") != kazakh_story
    assert stories.get(indian, "not kept") != kazakh_story


def test_a_summit_and_the_bilateral_meeting_on_its_sidelines_are_two_stories() -> None:
    book = StoryBook()
    stories = assign(book, of_event("E16") + of_event("E17"))  # CIS summit in Dushanbe; Putin-Rahmon talks
    summit = {stories[i] for i in of_event("E16")}
    talks = {stories[i] for i in of_event("E17")}
    assert len(talks) == 1
    assert not summit & talks
    reasons = book.reasons_of(of_event("E17")[1])
    assert reasons[0].startswith("joined")


def test_the_same_ambassador_with_another_governor_two_weeks_later_is_another_story() -> None:
    book = StoryBook()
    stories = assign(book, of_event("E26") + of_event("E35"))  # Mazandaran, then Gilan
    assert len({stories[i] for i in of_event("E26")}) == 1
    assert not {stories[i] for i in of_event("E26")} & {stories[i] for i in of_event("E35")}


def test_a_report_arriving_late_joins_its_story_and_a_replay_changes_nothing() -> None:
    ids = of_event("E38")  # the Iranian foreign minister in Astana, six reports
    book = StoryBook()
    first = assign(book, list(reversed(ids)))  # the newest first: every later one is a late arrival
    assert len(set(first.values())) == 1
    again = assign(book, ids)
    assert again == first
    assert len(book) == 1


def test_story_ids_and_titles_do_not_depend_on_arrival_order() -> None:
    ids = of_event("E24")
    one, two = StoryBook(), StoryBook()
    assign(one, ids)
    assign(two, list(reversed(ids)))
    (a,), (b,) = list(one.stories()), list(two.stories())
    earliest = min(ids, key=lambda i: report(i).published)
    assert a.title == b.title == report(earliest).title
    assert a.first == b.first and a.last == b.last


def test_every_decision_says_why() -> None:
    book = StoryBook()
    ids = of_event("E09")  # the twinning of Golestan and Mangystau
    assign(book, ids)
    opened = book.reasons_of(ids[0])
    joined = book.reasons_of(ids[1])
    assert opened[0].startswith("new story")
    assert joined[0].startswith("joined: score")
    assert any(r.startswith("in-scope Kazakhstan") for r in joined)


@pytest.mark.parametrize("forms", [
    ("Арман Сейтқалиев", "أرمان سيتكالييف", "Arman Seitkaliyev", "Сейткалиевым"),
    ("Хамид Резвани", "حمید رضوانی", "Hamid Rezvani", "رضواني"),
    ("Жасурбек Исматов", "جاسوربک اسماتوف", "Ismatov", "Исматова"),
    ("Махмудом Абдель-Разеком", "محمود عبد الرازق", "Mahmoud Abdel-Razek"),
])
def test_a_surname_has_one_key_in_every_script_and_case(forms: tuple[str, ...]) -> None:
    keys = {name_key(f, "ru") for f in forms}
    assert len(keys) == 1 and None not in keys


def test_kazakh_endings_are_stripped_from_names_in_kazakh_only() -> None:
    assert name_key("Шахбаз Шарифпен", "kk") == name_key("Shehbaz Sharif", "en")
    assert name_key("Нурзода", "ru") == name_key("Nurzoda", "en")  # not a declined surname


def test_a_signature_survives_json() -> None:
    sig = signature(report(of_event("E03")[0]), ("Kazakhstan",))
    assert Signature.from_json(json.loads(json.dumps(sig.as_json()))) == sig
