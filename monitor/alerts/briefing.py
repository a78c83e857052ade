"""The daily briefing as a digest for alert subscribers.

Every active alert with a daily digest and a channel (e-mail or webhook) gets the day's briefing, narrowed to
the stories one of whose reports its query matches (none matched: nothing is sent). It goes through the
registry like any firing: recorded once per (alert, ``briefing:<day>``), so running ``monitor briefing
--send`` twice sends it once, and delivered, retried, listed as failed and re-sent like any other message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from monitor.alerts.matcher import CompiledMatcher
from monitor.alerts.registry import Alert, Fired, Registry
from monitor.briefing import build_briefing, render_html, render_markdown
from monitor.model import Article
from monitor.stories.book import Story


def briefing_key(day: date) -> str:
    return f"briefing:{day.isoformat()}"


def queue_briefings(registry: Registry, stories: Sequence[Story], day: date, in_scope: Sequence[str],
                    lookup: Callable[[str], Article | None], base_url: str = "") -> list[Fired]:
    """Record the day's briefing for each daily-digest subscriber whose alert matches one of its stories;
    returns the new ones (a second run returns none)."""
    subscribers = [a for a in registry.active() if a.digest == "daily" and a.channels]
    matches: list[tuple[Article, Sequence[Alert]]] = []
    payloads: dict[str, dict[str, Any]] = {}
    for alert in subscribers:
        matcher = CompiledMatcher([alert.subscription])
        chosen = [s for s in stories if _matches(matcher, s, lookup)]
        briefing = build_briefing(chosen, day, in_scope, lookup)
        if not briefing["countries"]:
            continue
        payloads[alert.name] = {
            "v": 1, "alert": alert.name, "query": alert.query, "owner": alert.owner, "briefing": briefing,
            "markdown": render_markdown(briefing, base_url), "html": render_html(briefing, base_url),
        }
        # sent at once (the briefing is the digest): the alert's own digest would hold it another day
        matches.append((_briefing_article(day, briefing), [replace(alert, digest=None)]))
    if not matches:
        return []

    def build(alert: Alert, article: Article) -> Fired:
        payload = payloads[alert.name]
        return Fired(alert.name, article.id, payload, f"{payload['briefing']['stories']} stories")

    return registry.record(matches, build)


def _matches(matcher: CompiledMatcher, story: Story, lookup: Callable[[str], Article | None]) -> bool:
    for sig in story.members:
        article = lookup(sig.article_id)
        if article is not None and matcher.match(article):
            return True
    return False


def _briefing_article(day: date, briefing: dict[str, Any]) -> Article:
    n = briefing["stories"]
    return Article(id=briefing_key(day), title=f"Briefing for {day.isoformat()}: {n} stor{'y' if n == 1 else 'ies'}",
                   relevant=True, countries=[c["country"] for c in briefing["countries"]])
