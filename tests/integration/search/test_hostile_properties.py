"""Property test of the search-engine store (a real OpenSearch node): arbitrary Unicode titles, bodies, URLs and
queries. Every article is written or refused with a reason; every query is answered or refused with a
:class:`QueryError`. The embedded store, the matcher and deliveries: tests/integration/test_properties.py."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings

from monitor.enrich import enrich
from monitor.model import Article
from monitor.query import QueryError
from monitor.store.base import SearchRequest
from monitor.store.engine import EngineStore
from tests.hostile_text import hostile_text, hostile_url

_ids = itertools.count()


@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=hostile_text, body=hostile_text, url=hostile_url, query=hostile_text)
def test_engine_store_writes_or_refuses_any_article_and_answers_any_query(
    engine_store: EngineStore, title: str, body: str, url: str | None, query: str
) -> None:
    article = enrich(Article(id=f"hostile-{next(_ids)}", title=title, text=body or "x", url=url))
    result = engine_store.upsert_articles([article])
    assert result.written + result.unchanged + len(result.failed) == 1
    if result.failed:
        assert all(reason for _, reason in result.failed)
    else:
        stored = engine_store.get_article(article.id)
        assert stored is not None and stored.title == article.title
    try:
        found = engine_store.search(SearchRequest(query=query, limit=5, relevant_only=False))
    except QueryError as exc:
        assert exc.message
    else:
        assert found.total >= 0
