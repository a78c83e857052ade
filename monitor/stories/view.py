"""Stories as readers get them: ``monitor search --stories``, ``GET /api/stories`` and the story page.

A story in JSON is ``{id, title, languages, first, last, entities, reports, ...}`` where ``reports`` are its
reports in the usual hit shape (``monitor search --json``: id, title, lang, countries, score, snippet, url)
plus ``source``, ``published`` and ``matched`` (the report matched the query; the others are the rest of
the story, so that a reader sees every language it was reported in).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from monitor.model import Article
from monitor.store.base import Hit, SearchRequest, Store
from monitor.stories.book import Story
from monitor.stories.service import StoryStore

LANGUAGE_NAMES = {"ar": "Arabic", "fa": "Persian", "kk": "Kazakh", "ru": "Russian", "en": "English"}


def languages_phrase(langs: Sequence[str]) -> str:
    """``["fa", "kk"]`` -> "Persian and Kazakh" (what an update or a page says)."""
    names = [LANGUAGE_NAMES.get(lang, lang) for lang in langs]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def reports_phrase(story: Story) -> str:
    """"5 reports in 3 languages" (or "1 report in Arabic")."""
    n, langs = story.size, story.languages
    reports = f"{n} report{'s' if n != 1 else ''}"
    if len(langs) == 1:
        return f"{reports} in {languages_phrase(langs)}"
    return f"{reports} in {len(langs)} languages"


def report_json(hit: Hit | None, article: Article | None, matched: bool) -> dict[str, Any]:
    """One report in hit shape, from the search hit when it matched, else from the stored article."""
    if hit is not None:
        out = hit.as_json()
        out.update({"source": hit.source, "published": hit.published.isoformat() if hit.published else None})
    else:
        assert article is not None
        out = {"id": article.id, "title": article.title, "lang": article.lang, "countries": article.countries,
               "score": 0.0, "snippet": html.escape(" ".join(article.text.split())[:240]), "url": article.url,
               "source": article.source,
               "published": article.published.isoformat() if article.published else None}
    out["matched"] = matched
    return out


def story_json(story: Story, reports: list[dict[str, Any]]) -> dict[str, Any]:
    data = story.as_json()
    data.pop("report_ids", None)
    data["summary"] = reports_phrase(story)
    data["reports"] = reports
    return data


def stories_json(store: Store, stories: StoryStore, hits: Sequence[Hit]) -> list[dict[str, Any]]:
    """The stories of ranked hits, in the order of their best hit; each with all its reports (the matching
    ones first, in rank order, then the rest by publication). Hits of articles in no story are left out."""
    of = stories.stories_of([h.id for h in hits])
    order: list[str] = []
    by_id: dict[str, Story] = {}
    matched: dict[str, list[Hit]] = {}
    for hit in hits:
        story = of.get(hit.id)
        if story is None:
            continue
        if story.id not in by_id:
            order.append(story.id)
            by_id[story.id] = story
        matched.setdefault(story.id, []).append(hit)
    out = []
    for story_id in order:
        story = by_id[story_id]
        found = {h.id for h in matched[story_id]}
        reports = [report_json(h, None, True) for h in matched[story_id]]
        for sig in story.members:
            if sig.article_id in found:
                continue
            article = store.get_article(sig.article_id)
            if article is not None:
                reports.append(report_json(None, article, False))
        out.append(story_json(story, reports))
    return out


def story_with_reports(store: Store, story: Story) -> dict[str, Any]:
    """A story with all its reports in hit shape (none matched: there was no query)."""
    reports = []
    for sig in story.members:
        article = store.get_article(sig.article_id)
        if article is not None:
            reports.append(report_json(None, article, False))
    return story_json(story, reports)


def search_stories(store: Store, stories: StoryStore, request: SearchRequest) -> list[dict[str, Any]]:
    """``monitor search QUERY --stories`` and ``GET /api/stories?q=``: the stories of the matching articles."""
    return stories_json(store, stories, store.search(request).hits)


def full_story(store: Store, stories: StoryStore, story_id: str) -> dict[str, Any] | None:
    """One story with each report's full text and why it is in the story (the story page)."""
    story = stories.story(story_id)
    if story is None:
        return None
    reports = []
    for sig in story.members:
        article = store.get_article(sig.article_id)
        if article is None:
            continue
        report = report_json(None, article, False)
        report.update({"text": article.text, "story_reasons": stories.reasons(sig.article_id)})
        reports.append(report)
    return story_json(story, reports)
