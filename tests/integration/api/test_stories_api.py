"""``GET /api/stories`` and ``GET /api/stories/{id}`` over reports of the story test set replayed through the
embedded pipeline: the same event in several languages is one story, with its reports in hit shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from monitor.api import create_app
from monitor.model import Article

from .conftest import TOKEN, make_settings, replay

AUTH = {"Authorization": f"Bearer {TOKEN}"}
DATA = Path(__file__).resolve().parents[2] / "data" / "stories" / "events.jsonl"
# the Kazakh ambassador in Alexandria (ar, ar, kk, ru); the CIS summit and the Putin-Rahmon talks after it
EVENTS = ("E01", "E16", "E17")


def story_reports() -> list[dict]:
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    return [i for i in items if i["event"] in EVENTS]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    settings = make_settings(tmp_path_factory.mktemp("api-stories"))
    articles = [Article(id=i["id"], title=i["title"], text=i["text"], source=i["source"],
                        published=datetime.fromisoformat(i["published"])) for i in story_reports()]
    summary = replay(settings, articles)
    assert summary.stories_new + summary.stories_joined == summary.relevant, summary
    with TestClient(create_app(settings, TOKEN), headers=AUTH) as c:
        yield c


def test_a_search_returns_the_story_with_every_language_it_was_reported_in(client: TestClient) -> None:
    response = client.get("/api/stories", params={"q": "place:Alexandria"})
    assert response.status_code == 200, response.text
    (story,) = response.json()
    assert story["size"] == 4
    assert sorted(story["languages"]) == ["ar", "kk", "ru"]
    assert story["summary"] == "4 reports in 3 languages"
    assert {r["id"] for r in story["reports"]} == {i["id"] for i in story_reports() if i["event"] == "E01"}
    report = story["reports"][0]
    assert {"id", "title", "lang", "countries", "score", "snippet", "url", "matched"} <= set(report)
    assert "Kazakhstan" in {c["name"] for c in story["entities"]["countries"]}
    assert story["title"] == min(
        (i for i in story_reports() if i["event"] == "E01"), key=lambda i: datetime.fromisoformat(i["published"])
    )["title"]


def test_a_summit_and_the_talks_after_it_come_back_as_two_stories(client: TestClient) -> None:
    stories = client.get("/api/stories", params={"q": "country:Tajikistan", "limit": 50}).json()
    by_report = {r["id"]: s["id"] for s in stories for r in s["reports"]}
    summit = {by_report[i["id"]] for i in story_reports() if i["event"] == "E16" and i["id"] in by_report}
    talks = {by_report[i["id"]] for i in story_reports() if i["event"] == "E17"}
    assert len(talks) == 1 and not summit & talks


def test_recent_stories_without_a_query_latest_first(client: TestClient) -> None:
    stories = client.get("/api/stories", params={"since": "2025-09-01", "until": "2025-12-31"}).json()
    assert len(stories) >= 3
    lasts = [s["last"] for s in stories]
    assert lasts == sorted(lasts, reverse=True)
    assert all(s["reports"] for s in stories)


def test_one_story_has_every_report_with_its_text_and_reasons(client: TestClient) -> None:
    (found,) = client.get("/api/stories", params={"q": "place:Alexandria"}).json()
    story = client.get(f"/api/stories/{found['id']}").json()
    assert len(story["reports"]) == 4
    assert all(r["text"] and r["story_reasons"] for r in story["reports"])
    assert sum(r["story_reasons"][0].startswith("new story") for r in story["reports"]) == 1
    assert client.get("/api/stories/s-nosuchstory").status_code == 404


def test_stories_need_a_token_and_check_their_input(client: TestClient) -> None:
    anon = TestClient(client.app)
    assert anon.get("/api/stories", params={"q": "Kazakhstan"}).status_code == 401
    assert client.get("/api/stories", params={"q": "(unbalanced"}).status_code == 400
    assert client.get("/api/stories", params={"since": "2025-10-10", "until": "2025-10-01"}).status_code == 400


def test_an_alert_per_story_is_created_and_listed_as_such(client: TestClient) -> None:
    created = client.post("/api/alerts", json={"name": "kz-story", "query": "country:Kazakhstan", "per": "story"})
    assert created.status_code == 201, created.text
    assert created.json()["per"] == "story"
    listed = {a["name"]: a for a in client.get("/api/alerts").json()}
    assert listed["kz-story"]["per"] == "story"
    bad = client.post("/api/alerts", json={"name": "kz-x", "query": "country:Kazakhstan", "per": "sentence"})
    assert bad.status_code == 422


def test_the_briefing_of_a_day_in_json_markdown_and_html(client: TestClient) -> None:
    data = client.get("/api/briefing", params={"day": "2025-10-10"}).json()
    assert data["day"] == "2025-10-10"
    tajik = next(s for s in data["countries"] if s["country"] == "Tajikistan")
    assert len(tajik["stories"]) == 2
    md = client.get("/api/briefing", params={"day": "2025-10-10", "format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and "## Tajikistan" in md.text
    page = client.get("/api/briefing", params={"day": "2025-10-10", "format": "html", "country": "Tajikistan"})
    assert page.headers["content-type"].startswith("text/html") and "<h2>Tajikistan</h2>" in page.text
    assert client.get("/api/briefing", params={"format": "pdf"}).status_code == 422
    assert client.get("/api/briefing", params={"day": "yesterday"}).status_code == 422
