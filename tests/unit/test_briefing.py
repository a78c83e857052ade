"""The daily briefing: the day's stories per in-scope country, with counterparts, people, languages, links."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from monitor.alerts.briefing import queue_briefings
from monitor.alerts.delivery import email_message
from monitor.alerts.registry import Alert, SqliteRegistry
from monitor.briefing import build_briefing, render_html, render_markdown
from monitor.settings import DEFAULT_IN_SCOPE
from monitor.stories import StoryBook

from .test_stories import of_event, report

EVENTS = ("E16", "E17", "E18", "E38", "E39")  # CIS summit and Putin-Rahmon (Oct 10), Ashgabat (Oct 14), ...


def book() -> StoryBook:
    b = StoryBook()
    for i in sorted((i for e in EVENTS for i in of_event(e)), key=lambda i: report(i).published):
        if report(i).relevant:
            b.assign(report(i))
    return b


def lookup(article_id: str):  # type: ignore[no-untyped-def]
    return report(article_id).model_copy(update={"url": f"https://example.org/{article_id}"})


def test_the_day_lists_its_stories_under_each_in_scope_party() -> None:
    data = build_briefing(list(book().stories()), date(2025, 10, 10), DEFAULT_IN_SCOPE, lookup)
    by_country = {s["country"]: s["stories"] for s in data["countries"]}
    assert "Tajikistan" in by_country
    titles = [e["title"] for e in by_country["Tajikistan"]]
    assert len(titles) == 2  # the summit and the talks after it, two stories
    talks = next(e for e in by_country["Tajikistan"] if "Russia" in e["counterparts"] and len(e["reports"]) == 3)
    assert {"Vladimir Putin", "Emomali Rahmon"} <= {p["name"] for p in talks["people"]}
    assert sum(talks["reports_per_language"].values()) == 3
    assert all(r["url"].startswith("https://example.org/") for r in talks["reports"])
    assert "Iran" not in {c for e in by_country["Tajikistan"] for c in e["counterparts"]}


def test_a_country_filter_and_an_empty_day() -> None:
    stories = list(book().stories())
    only = build_briefing(stories, date(2025, 11, 25), DEFAULT_IN_SCOPE, lookup, country="Kyrgyzstan")
    assert [s["country"] for s in only["countries"]] == ["Kyrgyzstan"] and only["stories"] == 1
    empty = build_briefing(stories, date(2025, 1, 1), DEFAULT_IN_SCOPE, lookup)
    assert empty["countries"] == [] and "No story" in render_markdown(empty)


def test_markdown_and_html_carry_the_titles_links_and_directions() -> None:
    data = build_briefing(list(book().stories()), date(2025, 10, 14), DEFAULT_IN_SCOPE, lookup)
    md = render_markdown(data, "https://monitor.example")
    assert md.startswith("# Briefing for 2025-10-14")
    assert "## Turkmenistan" in md and "(https://monitor.example/#story/s-" in md
    page = render_html(data)
    assert 'dir="rtl" lang="fa"' in page and 'dir="ltr" lang="ru"' in page
    assert "<script" not in page


def test_daily_digest_subscribers_get_the_briefing_of_their_stories_once(tmp_path: Path) -> None:
    registry = SqliteRegistry(tmp_path / "monitor.sqlite")
    try:
        registry.add(Alert(name="kg", query="country:Kyrgyzstan", email="desk@example.org", digest="daily"))
        registry.add(Alert(name="uz", query="country:Uzbekistan", email="uz@example.org", digest="daily"))
        registry.add(Alert(name="live", query="country:Kyrgyzstan", email="live@example.org"))  # not a digest
        stories = list(book().stories())
        sent = queue_briefings(registry, stories, date(2025, 11, 25), DEFAULT_IN_SCOPE, lookup)
        again = queue_briefings(registry, stories, date(2025, 11, 25), DEFAULT_IN_SCOPE, lookup)
        pending = registry.pending_deliveries()
    finally:
        registry.close()
    assert [f.alert for f in sent] == ["kg"] and again == []
    (delivery,) = pending
    assert delivery.article_id == "briefing:2025-11-25" and delivery.target == "desk@example.org"
    message = email_message(json.loads(delivery.payload), "desk@example.org", "monitor@example.org")
    assert message["Subject"] == "[kg] Briefing for 2025-11-25: 1 story"
    html_part = message.get_body(("html",)).get_content()
    assert "Kyrgyzstan" in html_part and "Japarov" in message.get_body(("plain",)).get_content()
