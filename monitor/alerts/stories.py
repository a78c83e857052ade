"""Alerts per story: the first matching report of a story fires the alert; the later ones are one update.

An alert with ``per="story"`` is recorded once per (alert, story) under the key ``story:<story id>`` (the
registries' once-only rule does the rest, in SQLite and on the search engine alike), with the first report as
its article. A later report of the same story, newly assigned to it, is recorded under its own id as an
update, held for the alert's digest period (hourly when the alert has none); when the period ends the held
updates become one message, which says per story what came in: "3 more reports, in Persian and Kazakh".

A report reprocessed after a crash between its story assignment and its alert is not sent as an update
again (it is no longer new to its story); the first report of a story is never lost, since its firing is
keyed by the story.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from monitor.stories.view import languages_phrase

STORY_KEY = "story:"


@dataclass(frozen=True)
class StoryRef:
    """The story of an article, and whether the article is new to it (assigned in this batch)."""

    id: str
    fresh: bool = True


def story_key(story_id: str) -> str:
    """The article id under which a per-story alert records its one firing for a story."""
    return STORY_KEY + story_id


def story_updates(articles: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per story, the updates among a digest's articles: count, languages and the sentence a reader sees."""
    grouped: dict[str, list[dict[str, Any]]] = {}
    for article in articles:
        story = article.get("story") if isinstance(article, dict) else None
        if isinstance(story, dict) and story.get("update") and story.get("id"):
            grouped.setdefault(str(story["id"]), []).append(article)
    out = []
    for story_id, items in grouped.items():
        langs: list[str] = []
        for item in items:
            lang = str(item.get("lang") or "und")
            if lang not in langs:
                langs.append(lang)
        n = len(items)
        summary = f"{n} more report{'s' if n != 1 else ''}, in {languages_phrase(langs)}"
        out.append({"story": story_id, "count": n, "languages": langs, "summary": summary,
                    "title": str(items[0].get("title") or "")})
    return out
