"""Alerts per story: the first matching report of a story fires; its later reports become one update."""

from __future__ import annotations

import json
import time
from pathlib import Path

from monitor.alerts.delivery import email_message
from monitor.alerts.registry import Alert, SqliteRegistry
from monitor.alerts.stories import story_updates
from monitor.pipeline import EmbeddedPipeline
from monitor.settings import Settings

from .test_stories import of_event, report

QUERY = "country:Iran AND country:Kazakhstan"


def pipeline(data: Path) -> EmbeddedPipeline:
    # e-mail without an SMTP host: a delivery fails at once with its reason, nothing leaves the machine
    settings = Settings(data_dir=data, kafka=None, search_url=None, smtp_host=None, webhook_retries=0)
    return EmbeddedPipeline(settings)


def test_the_first_report_fires_and_the_later_ones_are_one_update(tmp_path: Path) -> None:
    ids = sorted(of_event("E38"), key=lambda i: report(i).published)  # fa, then kk ru fa en ar
    p = pipeline(tmp_path)
    try:
        p.registry.add(Alert(name="by-story", query=QUERY, email="desk@example.org", per="story"))
        p.registry.add(Alert(name="by-article", query=QUERY, email="desk@example.org"))
        summary = p.submit([report(i) for i in ids[:2]])
        summary += p.submit([report(i) for i in ids[2:]])
        again = p.submit([report(i) for i in ids])
        registry = p.registry
        assert isinstance(registry, SqliteRegistry)
        held = registry._conn.execute("SELECT * FROM deliveries WHERE status = 'held'").fetchall()
        assert registry.flush_digests(now=time.time() + 2 * 3600) == 1
        digest = next(d for d in registry.pending_deliveries() if d.article_id.startswith("digest:"))
    finally:
        p.close()
    assert summary.alerts_fired == 1 + 6  # the story once, each article once for the per-article alert
    assert summary.alert_updates == 5
    assert again.alerts_fired == 0 and again.alert_updates == 0  # a replay sends nothing again
    assert len(held) == 5
    payload = json.loads(digest.payload)
    (update,) = payload["stories"]
    assert update["count"] == 5
    assert update["summary"] == "5 more reports, in Kazakh, Russian, Persian, English and Arabic"
    message = email_message(payload, "desk@example.org", "monitor@example.org")
    assert "5 more reports, in Kazakh, Russian, Persian, English and Arabic" in message["Subject"]


def test_a_story_first_reported_without_a_match_fires_on_its_first_matching_report(tmp_path: Path) -> None:
    ids = sorted(of_event("E24"), key=lambda i: report(i).published)  # Pezeshkian in Ashgabat: fa fa ru en ar
    p = pipeline(tmp_path)
    try:
        p.registry.add(Alert(name="english", query="lang:en AND country:Turkmenistan", email="d@example.org",
                             per="story"))
        first = p.submit([report(i) for i in ids[:3]])  # no English report yet
        second = p.submit([report(i) for i in ids[3:]])
    finally:
        p.close()
    assert first.alerts_fired == 0
    assert second.alerts_fired == 1 and second.alert_updates == 0


def test_updates_are_grouped_per_story_with_their_languages() -> None:
    articles = [
        {"id": "a", "lang": "fa", "title": "x", "story": {"id": "s-1", "update": True}},
        {"id": "b", "lang": "kk", "title": "y", "story": {"id": "s-1", "update": True}},
        {"id": "c", "lang": "fa", "title": "z", "story": {"id": "s-1", "update": True}},
        {"id": "d", "lang": "ar", "title": "w", "story": {"id": "s-2", "first": True}},
        {"id": "e", "lang": "ar", "title": "v"},
    ]
    (only,) = story_updates(articles)
    assert only == {"story": "s-1", "count": 3, "languages": ["fa", "kk"],
                    "summary": "3 more reports, in Persian and Kazakh", "title": "x"}


def test_an_alert_per_anything_else_is_refused(tmp_path: Path) -> None:
    registry = SqliteRegistry(tmp_path / "monitor.sqlite")
    try:
        try:
            registry.add(Alert(name="x", query="Kazakhstan", per="sentence"))
        except ValueError as exc:
            assert "per must be one of article, story" in str(exc)
        else:
            raise AssertionError("accepted per='sentence'")
        registry.add(Alert(name="y", query="Kazakhstan", per="story"))
        stored = registry.get("y")
        assert stored is not None and stored.per == "story" and stored.public()["per"] == "story"
    finally:
        registry.close()
