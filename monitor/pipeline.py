"""The embedded pipeline (no servers): enrich → store → alerts → delivery, in process.

``open_sink`` is where sources (replay, crawler) hand their articles over; with ``MONITOR_KAFKA`` set the
same call returns the Kafka producer sink instead, and the stream workers run the stages.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from monitor.alerts.registry import Registry, open_registry
from monitor.alerts.service import AlertService
from monitor.alerts.stories import StoryRef
from monitor.enrich import enrich_many
from monitor.model import Article
from monitor.normalize import Folding
from monitor.rejects import RejectsFile
from monitor.settings import Settings
from monitor.store import open_store, open_story_store
from monitor.store.base import Store
from monitor.stories.service import StoryStore, assign_batch

log = logging.getLogger(__name__)


@dataclass
class Summary:
    """Counts of one run (or one batch); ``+`` adds two summaries."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    relevant: int = 0
    rejected: int = 0
    alerts_fired: int = 0
    delivered: int = 0
    delivery_failed: int = 0
    sent: int = 0  # handed to Kafka (distributed runtime)
    stories_new: int = 0  # kept articles that opened a story
    stories_joined: int = 0  # kept articles that joined one
    alert_updates: int = 0  # later reports of a story held for its per-story alert's update
    fired: list[tuple[str, str]] = field(default_factory=list)  # (alert, article id)

    def __add__(self, other: Summary) -> Summary:
        out = Summary()
        for name in self.__dataclass_fields__:
            setattr(out, name, getattr(self, name) + getattr(other, name))
        return out


class Sink(Protocol):
    def submit(self, articles: Sequence[Article]) -> Summary: ...

    def close(self) -> None: ...


class EmbeddedPipeline:
    """Runs every stage in this process. Idempotent: the store writes by id, alerts fire once per pair."""

    def __init__(self, settings: Settings, store: Store | None = None, registry: Registry | None = None,
                 stories: StoryStore | None = None) -> None:
        self.settings = settings
        settings.ensure_data_dir()
        self.store = store or open_store(settings)
        self.stories = stories or open_story_store(settings)
        self.registry = registry or open_registry(settings)
        self.alerts = AlertService(self.registry, settings)
        self.rejects = RejectsFile(settings.data_dir)
        self.in_scope = settings.in_scope_countries

    def submit(self, articles: Sequence[Article]) -> Summary:
        summary = Summary(read=len(articles))
        enriched: list[Article] = []
        folded: list[Folding | None] = []  # the enrichment's folding of each enriched article: the matcher's input
        foldings: list[Folding | None] = []
        # one poison article must not stop the run: the core hands its exception back in its place
        results = enrich_many(articles, self.in_scope, people_out_of_scope=False, return_exceptions=True,
                              foldings=foldings)
        for article, result, folding in zip(articles, results, foldings, strict=True):
            if isinstance(result, Exception):
                summary.rejected += 1
                self.rejects.add(article.id, f"enrichment failed: {type(result).__name__}: {result}",
                                 article.model_dump_json().encode(), stage="enrich")
            else:
                enriched.append(result)
                folded.append(folding)
        result = self.store.upsert_articles(enriched)
        failed = dict(result.failed)  # the store keeps each refused document in the rejects file itself
        summary.rejected += len(failed)
        summary.stored += result.written
        summary.unchanged += result.unchanged
        # stories before alerts: an alert that fires per story needs the story of each article
        assignments = assign_batch(self.stories, [a for a in enriched if a.id not in failed], self.in_scope)
        for assignment in assignments.values():
            if assignment.reasons:  # empty: in its story already (a replay)
                summary.stories_new += assignment.new
                summary.stories_joined += not assignment.new
        self.alerts.refresh()
        for article, folding in zip(enriched, folded, strict=True):
            if article.id in failed:
                continue
            if article.relevant:
                summary.relevant += 1
            assigned = assignments.get(article.id)
            story = StoryRef(assigned.story_id, bool(assigned.reasons)) if assigned else None
            for fired in self.alerts.process(article, story=story, folding=folding):
                if fired.payload.get("update"):  # a later report of a story its alert fired for: held
                    summary.alert_updates += 1
                    continue
                summary.alerts_fired += 1
                summary.fired.append((fired.alert, fired.article_id))
        delivered, delivery_failed = self.alerts.deliver(
            retries=self.settings.webhook_retries, timeout=self.settings.webhook_timeout_s
        )
        summary.delivered += delivered
        summary.delivery_failed += delivery_failed
        return summary

    def close(self) -> None:
        self.store.close()
        self.stories.close()
        self.registry.close()


class KafkaProducerSink:
    """Sends articles to ``news.raw``; the stream workers do the rest (``monitor worker``)."""

    def __init__(self, settings: Settings, rate: float | None = None) -> None:
        from monitor.bus import KafkaSink

        assert settings.kafka
        self._sink = KafkaSink(bootstrap=settings.kafka, partitions=settings.partitions, rate=rate,
                               compression=settings.kafka_compression)

    def submit(self, articles: Sequence[Article]) -> Summary:
        return Summary(read=len(articles), sent=self._sink.send_many(articles))

    def close(self) -> None:
        self._sink.close()  # flushes; raises BusError naming what the broker did not acknowledge


def open_sink(settings: Settings, rate: float | None = None) -> Sink:
    """Where sources send articles: Kafka's ``news.raw`` when configured, else the embedded pipeline.

    ``rate`` (articles per second) paces a replay so that it imitates a live stream.
    """
    if settings.kafka:
        return KafkaProducerSink(settings, rate)
    return EmbeddedPipeline(settings)
