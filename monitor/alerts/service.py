"""Alert firing for a stream of enriched articles: match, record once per (alert, article), queue delivery.

Used unchanged by the embedded pipeline and the stream workers (``streams/``): both call ``refresh()`` per
batch, ``matching(article)`` / ``process(article)`` per article and ``deliver()`` after the batch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from monitor.alerts.delivery import SmtpConfig, deliver_pending, delivery_policy
from monitor.alerts.matcher import CompiledMatcher
from monitor.alerts.registry import Alert, AlertRegistry
from monitor.highlight import match_spans, snippet
from monitor.model import Article
from monitor.normalize import normalize_with_offsets
from monitor.query import QueryError, parse, positive_terms
from monitor.tags import entity_tags

log = logging.getLogger(__name__)


@dataclass
class Fired:
    alert: str
    article_id: str
    payload: dict


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

    def __init__(self, registry: AlertRegistry, settings: Any | None = None) -> None:
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

    def matching(self, article: Article) -> list[str]:
        """Names of the active alerts this article fires (no recording)."""
        if not article.relevant or not self._alerts:
            return []
        return self._matcher.match(article)

    def process(self, article: Article, names: list[str] | None = None) -> list[Fired]:
        """Match one enriched article and record/queue the new firings, all in one transaction."""
        names = self.matching(article) if names is None else names
        names = [n for n in names if n in self._alerts]
        if not names:
            return []
        with self.registry.transaction():
            new = self.registry.record_fires(names, article.id, title=article.title, url=article.url,
                                             lang=article.lang, countries=article.countries)
            if not new:  # a replay or another worker got there first: nothing to snippet or send
                return []
            entity_tag_map = {i: entity_tags(e) for i, e in enumerate(article.entities)}
            normalized = normalize_with_offsets(article.full_text)  # once per article, for every snippet
            snippets: dict[str, str] = {}
            fired: list[Fired] = []
            for name in new:
                alert = self._alerts[name]
                terms = self._terms.get((name, alert.query))
                if terms is None:
                    if len(self._terms) > 2 * len(self._alerts) + 1000:  # drop entries of old queries
                        self._terms.clear()
                    terms = positive_terms(self._matcher.query_of(name) or parse(alert.query))
                    self._terms[(name, alert.query)] = terms
                spans = match_spans(article, terms, entity_tag_map, normalized)
                snippets[name] = text_snippet = snippet(article, spans)
                payload = alert_payload(alert, article, text_snippet)
                held = alert.digest is not None
                if alert.webhook:
                    self.registry.queue_delivery(name, article.id, "webhook", alert.webhook, payload, held=held)
                if alert.email:
                    self.registry.queue_delivery(name, article.id, "email", alert.email, payload, held=held)
                fired.append(Fired(name, article.id, payload))
            self.registry.set_snippets(article.id, snippets)
        return fired

    def process_many(self, articles: list[Article]) -> list[Fired]:
        """``process`` for a batch in one transaction (one commit per batch, not per article)."""
        with self.registry.transaction():
            return [f for article in articles for f in self.process(article)]

    def _settings_now(self) -> Any:
        if self._settings is None:
            from monitor.settings import get_settings

            self._settings = get_settings()
        return self._settings

    def deliver(self, *, retries: int = 4, timeout: float = 10.0, backoff: float = 0.5) -> tuple[int, int]:
        settings = self._settings_now()
        return deliver_pending(self.registry, retries=retries, timeout=timeout, backoff=backoff,
                               smtp=SmtpConfig.from_settings(settings), policy=delivery_policy(settings))
