"""Property tests: arbitrary Unicode titles, bodies, URLs and queries through enrichment, the SQLite store, the
alert matcher and both delivery channels (a real webhook receiver and a real SMTP server on 127.0.0.1).

What must hold for any input: no exception escapes; the article is stored, or rejected with a reason in the
rejects file; every delivery it causes ends ``delivered`` or ``failed`` with a reason (never stuck); a query is
answered or refused with :class:`QueryError` (a 400 with its position in the API). The search engine store has
the same property test in tests/integration/search/test_hostile_properties.py.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.alerts.matcher import CompiledMatcher, Subscription
from monitor.alerts.registry import Alert, AlertRegistry
from monitor.enrich import enrich
from monitor.model import Article
from monitor.pipeline import EmbeddedPipeline
from monitor.query import QueryError
from monitor.settings import Settings
from monitor.store.base import SearchRequest
from monitor.store.sqlite import SqliteStore
from tests.hostile_text import hostile_text, hostile_url
from tests.integration.alerts.conftest import Mailbox, WebhookReceiver
from tests.integration.alerts.conftest import smtp_server as smtp_server  # the fixtures, used here too
from tests.integration.alerts.conftest import webhook as webhook
from tests.integration.api.conftest import seed_articles

KZ = seed_articles()["002"]  # appended to hostile bodies so that the article is relevant and alerts fire
PROPS = settings(max_examples=60, deadline=None, derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
_ids = itertools.count()


@dataclass
class World:
    settings: Settings
    pipeline: EmbeddedPipeline
    webhook: WebhookReceiver
    mailbox: Mailbox


@pytest.fixture
def world(tmp_path: Path, webhook: WebhookReceiver, smtp_server: Mailbox) -> Iterator[World]:
    s = Settings(data_dir=tmp_path, kafka=None, search_url=None, delivery_allow="127.0.0.1", webhook_retries=0,
                 smtp_host=smtp_server.host, smtp_port=smtp_server.port)
    registry = AlertRegistry(s.db_path)
    registry.add(Alert(name="kz-hook", query="country:Kazakhstan", webhook=webhook.url, secret="s"))
    registry.add(Alert(name="kz-mail", query="country:Kazakhstan", email="desk@example.org"))
    registry.close()
    pipeline = EmbeddedPipeline(s)
    try:
        yield World(s, pipeline, webhook, smtp_server)
    finally:
        pipeline.close()


def _deliveries(db: Path) -> list[tuple[str, str | None]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT status, last_error FROM deliveries").fetchall()


@PROPS
@given(title=hostile_text, body=hostile_text, url=hostile_url, relevant=st.booleans())
def test_any_article_is_stored_or_rejected_and_its_deliveries_end(world: World, title: str, body: str,
                                                                  url: str | None, relevant: bool) -> None:
    text = f"{body}\n{KZ.text}" if relevant else body
    article = Article(id=f"prop-{next(_ids)}", title=title, text=text, url=url)
    summary = world.pipeline.submit([article])  # must not raise
    assert summary.stored + summary.unchanged + summary.rejected == 1
    if summary.rejected:
        reasons = [json.loads(line)["reason"] for line in (world.settings.rejects_path).read_text().splitlines()]
        assert reasons and reasons[-1]
    else:
        stored = world.pipeline.store.get_article(article.id)
        assert stored is not None and stored.title == article.title  # lone surrogates were made U+FFFD first
    statuses = _deliveries(world.settings.db_path)
    assert all(status in ("delivered", "failed") for status, _ in statuses), statuses
    assert all(error for status, error in statuses if status == "failed")
    if relevant and summary.stored:
        assert summary.alerts_fired == 2 and summary.delivered == 2, summary


@PROPS
@given(title=hostile_text, body=hostile_text, query=hostile_text)
def test_any_query_is_answered_or_refused_with_a_position(tmp_path: Path, title: str, body: str, query: str) -> None:
    store = SqliteStore(tmp_path / f"s{next(_ids)}.sqlite")
    try:
        article = enrich(Article(id="a", title=title, text=f"{body}\n{KZ.text}"))
        assert store.upsert_articles([article]).written == 1
        try:
            matcher = CompiledMatcher([Subscription("q", query)])
        except QueryError as exc:
            assert exc.message and exc.position is not None and 0 <= exc.position <= len(query)
            matcher = None
        if matcher is not None:
            assert matcher.match(article) in ([], ["q"])
        try:
            result = store.search(SearchRequest(query=query, limit=5, relevant_only=False))
        except QueryError as exc:
            assert exc.message
        else:
            assert result.total >= 0 and all(h.id == "a" for h in result.hits)
    finally:
        store.close()
