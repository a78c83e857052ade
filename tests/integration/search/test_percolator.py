"""Alert queries stored in the engine's percolator fire on exactly the articles the in-process matcher
picks, for the same subscriptions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from monitor.alerts.matcher import CompiledMatcher, Subscription, naive_match
from monitor.alerts.percolator import Percolator
from monitor.enrich import enrich
from monitor.model import Article
from monitor.store.engine import EngineStore

from .seeds import russian_article, seed_articles

pytestmark = pytest.mark.integration

SUBSCRIPTIONS = [
    Subscription("kz-any-language", "Kazakhstan"),
    Subscription("kz-tag", "country:Kazakhstan"),
    Subscription("ambassador-ar", "سفير"),
    Subscription("ambassador-concept", "concept:ambassador"),
    Subscription("persian-kaf-ya", "تاكيد"),
    Subscription("phrase", '"التعاون المشترك"'),
    Subscription("not-kazakhstan", "سفير NOT كازاخستان"),
    Subscription("or-group", "(مصطفى OR القليوبية) -غزة"),
    Subscription("kazakh-case", "ҚАЗАҚСТАН AND елшісі"),
    Subscription("russian", "посол AND всё"),
    Subscription("hyphen-whole", "алматы-лахор"),
    Subscription("hyphen-part", "лахор"),
    Subscription("lang-filter", "lang:fa OR lang:kk"),
    Subscription("azerbaijan", "country:Azerbaijan OR أذربيجان"),
    Subscription("nothing", "zzzz-no-such-word"),
    Subscription("pure-negation", "NOT غزة"),
]


def extra_articles() -> list[Article]:
    """Written for this test: a hyphenated place pair in Kazakh, not in any seed."""
    text = "Алматы-Лахор әуе рейсі ашылды. Қазақстан елшісі салтанатты рәсімге қатысты."
    return [
        enrich(Article(id="test-hyphen", title="Әуе рейсі", text=text, published=datetime(2025, 10, 1, tzinfo=UTC)))
    ]


@pytest.fixture
def percolator(engine_store: EngineStore) -> Iterator[Percolator]:
    engine_store.client.delete_index("monitor-alerts-test")
    yield Percolator(client=engine_store.client, index="monitor-alerts-test")
    engine_store.client.delete_index("monitor-alerts-test")


def test_percolator_agrees_with_the_in_process_matcher(percolator: Percolator) -> None:
    percolator.sync(SUBSCRIPTIONS)
    assert percolator.names() == {s.name for s in SUBSCRIPTIONS}
    articles = [*seed_articles().values(), russian_article(), *extra_articles()]
    in_process = CompiledMatcher(SUBSCRIPTIONS)
    in_engine = percolator.match_many(articles)
    fired_somewhere = set()
    for article, engine_names in zip(articles, in_engine, strict=True):
        expected = in_process.match(article)
        assert engine_names == expected, article.id
        assert expected == naive_match(SUBSCRIPTIONS, article)
        fired_somewhere |= set(expected)
    # The comparison is not vacuous: most alerts fire on something, and "nothing" on nothing.
    assert len(fired_somewhere) >= 10 and "nothing" not in fired_somewhere


def test_store_percolates_only_relevant_articles(engine_store: EngineStore) -> None:
    engine_store.percolator().sync(SUBSCRIPTIONS)
    articles = [*seed_articles().values(), russian_article()]
    fired = engine_store.match_alerts(articles)
    relevant = [a for a in articles if a.relevant]
    assert relevant and set(fired) <= {a.id for a in relevant}
    matcher = CompiledMatcher(SUBSCRIPTIONS)
    for article in relevant:
        assert fired.get(article.id, []) == matcher.match(article)


def test_sync_replaces_and_removes_alerts(percolator: Percolator) -> None:
    percolator.sync(SUBSCRIPTIONS[:3])
    percolator.sync([Subscription("kz-tag", "country:Azerbaijan"), SUBSCRIPTIONS[2]])
    assert percolator.names() == {"kz-tag", "ambassador-ar"}
    kazakh = seed_articles()["002_304c3d4b86b1b803"]
    assert "kz-tag" not in percolator.match(kazakh)
