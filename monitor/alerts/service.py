"""Alert firing for a stream of enriched articles: match, record once per (alert, article), queue delivery.

Used unchanged by the embedded pipeline and the stream workers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from monitor.alerts.delivery import deliver_pending
from monitor.alerts.matcher import CompiledMatcher
from monitor.alerts.registry import Alert, AlertRegistry
from monitor.enrich import entity_tags
from monitor.highlight import match_spans, snippet
from monitor.model import Article
from monitor.query import parse, positive_terms

log = logging.getLogger(__name__)


@dataclass
class Fired:
    alert: str
    article_id: str
    payload: dict


def alert_payload(alert: Alert, article: Article, text_snippet: str) -> dict:
    """The JSON body of a webhook / the value on ``alerts.fired``."""
    return {
        "v": 1,
        "alert": alert.name,
        "query": alert.query,
        "article": {
            "id": article.id, "title": article.title, "url": article.url, "source": article.source,
            "lang": article.lang, "countries": article.countries, "score": article.score,
            "published": article.published.isoformat() if article.published else None,
            "snippet": text_snippet,
        },
    }


class AlertService:
    """Keeps a compiled matcher in step with the registry and records each firing exactly once."""

    def __init__(self, registry: AlertRegistry) -> None:
        self.registry = registry
        self._version: tuple[int, int] | None = None
        self._alerts: dict[str, Alert] = {}
        self._matcher = CompiledMatcher()
        self.refresh()

    def refresh(self) -> None:
        version = self.registry.version()
        if version == self._version:
            return
        alerts = {a.name: a for a in self.registry.active()}
        matcher = CompiledMatcher()
        for alert in alerts.values():
            matcher.add(alert.subscription)
        self._alerts, self._matcher, self._version = alerts, matcher, version

    def matching(self, article: Article) -> list[str]:
        """Names of the active alerts this article fires (no recording)."""
        if not article.relevant or not self._alerts:
            return []
        return self._matcher.match(article)

    def process(self, article: Article) -> list[Fired]:
        """Match one enriched article and record/queue the new firings."""
        fired: list[Fired] = []
        for name in self.matching(article):
            alert = self._alerts[name]
            terms = positive_terms(parse(alert.query))
            spans = match_spans(article, terms, {i: entity_tags(e) for i, e in enumerate(article.entities)})
            text_snippet = snippet(article, spans)
            is_new = self.registry.record_fire(
                name, article.id, title=article.title, url=article.url, lang=article.lang,
                countries=article.countries, snippet=text_snippet,
            )
            if not is_new:
                continue
            payload = alert_payload(alert, article, text_snippet)
            if alert.webhook:
                self.registry.queue_delivery(name, article.id, "webhook", alert.webhook, payload)
            fired.append(Fired(name, article.id, payload))
        return fired

    def deliver(self, *, retries: int = 4, timeout: float = 10.0, backoff: float = 0.5) -> tuple[int, int]:
        return deliver_pending(self.registry, retries=retries, timeout=timeout, backoff=backoff)
