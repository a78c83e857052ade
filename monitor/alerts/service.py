"""Alert firing for a stream of enriched articles: match, record once per (alert, article), queue delivery.

Used unchanged by the embedded pipeline and the stream workers (``streams/``), on whichever
:class:`~monitor.alerts.registry.Registry` the settings chose: both call ``refresh()`` per batch,
``matching(article)`` per article, ``record_matches`` (or ``process``) per batch and ``deliver()`` after it.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from monitor.alerts.delivery import SmtpConfig, deliver_pending, delivery_policy
from monitor.alerts.matcher import CompiledMatcher
from monitor.alerts.registry import Alert, Fired, Registry
from monitor.alerts.stories import StoryRef, story_key
from monitor.highlight import match_spans, snippet
from monitor.model import Article
from monitor.normalize import Folding, normalize_with_offsets
from monitor.query import QueryError, parse, positive_terms
from monitor.tags import entity_tags

log = logging.getLogger(__name__)


__all__ = ["AlertService", "Fired", "alert_payload"]


def alert_payload(alert: Alert, article: Article, text_snippet: str) -> dict:
    """The JSON body of a webhook / an e-mail / the value on ``alerts.fired`` (schema ``v`` 1)."""
    return {
        "v": 1,
        "alert": alert.name,
        "query": alert.query,
        "owner": alert.owner,
        "article": {
            "id": article.id, "title": article.title, "url": article.url, "source": article.source,
            "lang": article.lang, "countries": article.countries, "score": article.score,
            "published": article.published.isoformat() if article.published else None,
            "snippet": text_snippet,
        },
    }


class AlertService:
    """Keeps a compiled matcher in step with the registry and records each firing exactly once."""

    def __init__(self, registry: Registry, settings: Any | None = None) -> None:
        self.registry = registry
        self._settings = settings
        self._version: int | None = None
        self._alerts: dict[str, Alert] = {}
        self._matcher = CompiledMatcher()
        self._terms: dict[tuple[str, str], list] = {}  # (name, query) -> terms that snippets highlight
        self.refresh()

    @property
    def matcher(self) -> CompiledMatcher:
        return self._matcher

    def refresh(self) -> None:
        """Bring the matcher up to date with the registry, touching only the alerts that changed."""
        version = self.registry.version()
        if version == self._version:
            return
        alerts = {a.name: a for a in self.registry.active()}
        for name in [n for n in self._alerts if n not in alerts]:
            self._matcher.remove(name)
        changed = [a for name, a in alerts.items()
                   if name not in self._matcher or self._alerts.get(name, a).query != a.query
                   or name not in self._alerts]
        nodes = {}
        for alert in changed:
            try:
                nodes[alert.name] = parse(alert.query)
            except QueryError as exc:  # stored before the parser got stricter: skip it, keep the rest
                log.error("alert %s has a query that no longer parses and is skipped: %s", alert.name, exc)
                self._matcher.remove(alert.name)
        self._matcher.add_many([a.subscription for a in changed if a.name in nodes], nodes)
        self._alerts, self._version = alerts, version

    def query_of(self, name: str) -> str | None:
        """The query of an active alert (what ``alerts.fired`` messages carry)."""
        alert = self._alerts.get(name)
        return alert.query if alert else None

    def matching(self, article: Article, folding: Folding | None = None) -> list[str]:
        """Names of the active alerts this article fires (no recording). ``folding``: the enrichment's folding
        of the article's text, which spares the matcher folding it again (see ``CompiledMatcher.match``)."""
        if not article.relevant or not self._alerts:
            return []
        return self._matcher.match(article, folding)

    def process(self, article: Article, names: list[str] | None = None, story: StoryRef | None = None,
                folding: Folding | None = None) -> list[Fired]:
        """Match one enriched article and record/queue the new firings."""
        names = self.matching(article, folding) if names is None else names
        return self.record_matches([(article, names)], {article.id: story} if story else None)

    def process_many(self, articles: list[Article], stories: Mapping[str, StoryRef] | None = None) -> list[Fired]:
        """``process`` for a batch in one registry write (one commit or one bulk request per batch)."""
        return self.record_matches([(article, self.matching(article)) for article in articles], stories)

    def record_matches(self, matches: Sequence[tuple[Article, Sequence[str]]],
                       stories: Mapping[str, StoryRef] | None = None) -> list[Fired]:
        """Record the (article, alert names) pairs of a batch once each; returns the new firings.

        ``stories``: the story of each article. An alert with ``per="story"`` fires once per story (for its
        first matching report) and records the story's later reports as held updates (see
        :mod:`monitor.alerts.stories`); without a story an article fires it as any alert."""
        resolved = [(article, [self._alerts[n] for n in names if n in self._alerts]) for article, names in matches]
        resolved = [(article, alerts) for article, alerts in resolved if alerts]
        if not resolved:
            return []
        stories = stories or {}
        plain: list[tuple[Article, list[Alert]]] = []
        per_story: list[tuple[Article, StoryRef, list[Alert]]] = []
        for article, alerts in resolved:
            ref = stories.get(article.id)
            one_each = [a for a in alerts if a.per != "story" or ref is None]
            if one_each:
                plain.append((article, one_each))
            if ref is not None and len(one_each) < len(alerts):
                per_story.append((article, ref, [a for a in alerts if a.per == "story"]))
        build = self._builder()
        fired = self.registry.record(plain, build) if plain else []
        if per_story:
            fired += self._record_stories(per_story, build)
        return fired

    def _record_stories(self, matches: list[tuple[Article, StoryRef, list[Alert]]],
                        build: Any) -> list[Fired]:
        """First reports fire under ``story:<id>``; the later, newly assigned ones become held updates."""
        originals: dict[int, tuple[Article, StoryRef]] = {}
        keyed: list[tuple[Article, Sequence[Alert]]] = []
        for article, ref, alerts in matches:
            proxy = article.model_copy(update={"id": story_key(ref.id)})
            originals[id(proxy)] = (article, ref)
            keyed.append((proxy, alerts))

        def build_first(alert: Alert, proxy: Article) -> Fired:
            article, ref = originals[id(proxy)]
            one = build(alert, article)
            one.payload["article"]["story"] = {"id": ref.id, "first": True}
            return Fired(alert.name, proxy.id, one.payload, one.snippet)

        firsts = self.registry.record(keyed, build_first)
        first_pairs = {(f.alert, f.payload["article"]["id"]) for f in firsts}
        updates: list[tuple[Article, Sequence[Alert]]] = []
        refs: dict[str, StoryRef] = {}
        for article, ref, alerts in matches:
            later = [replace(a, digest=a.digest or "hourly") for a in alerts
                     if ref.fresh and (a.name, article.id) not in first_pairs]
            if later:
                updates.append((article, later))
                refs[article.id] = ref

        def build_update(alert: Alert, article: Article) -> Fired:
            one = build(alert, article)
            one.payload["article"]["story"] = {"id": refs[article.id].id, "update": True}
            one.payload["update"] = True
            return one

        return firsts + (self.registry.record(updates, build_update) if updates else [])

    def _builder(self) -> Any:
        """The snippet and payload of a firing, with the article's entity tags and normalised text made once."""
        cache: dict[str, tuple[dict, Any]] = {}  # article id -> entity tags and normalised text, once each

        def build(alert: Alert, article: Article) -> Fired:
            if article.id not in cache:
                cache[article.id] = ({i: entity_tags(e) for i, e in enumerate(article.entities)},
                                     normalize_with_offsets(article.full_text))
            entity_tag_map, normalized = cache[article.id]
            terms = self._terms.get((alert.name, alert.query))
            if terms is None:
                if len(self._terms) > 2 * len(self._alerts) + 1000:  # drop entries of old queries
                    self._terms.clear()
                terms = positive_terms(self._matcher.query_of(alert.name) or parse(alert.query))
                self._terms[(alert.name, alert.query)] = terms
            spans = match_spans(article, terms, entity_tag_map, normalized)
            text_snippet = snippet(article, spans)
            return Fired(alert.name, article.id, alert_payload(alert, article, text_snippet), text_snippet)

        return build

    def _settings_now(self) -> Any:
        if self._settings is None:
            from monitor.settings import get_settings

            self._settings = get_settings()
        return self._settings

    def deliver(self, *, retries: int = 4, timeout: float = 10.0, backoff: float = 0.5) -> tuple[int, int]:
        settings = self._settings_now()
        return deliver_pending(self.registry, retries=retries, timeout=timeout, backoff=backoff,
                               smtp=SmtpConfig.from_settings(settings), policy=delivery_policy(settings))
