"""The three matchers agree: in-process compiled, naive loop, and the engine's percolator (real OpenSearch).

Also checks that the embedded runtime and the stream workers' stage code fire the same alerts, since both go
through :class:`monitor.alerts.service.AlertService`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor import bus
from monitor.alerts import generate
from monitor.alerts.matcher import CompiledMatcher, NaiveMatcher, Subscription
from monitor.alerts.percolator import Percolator
from monitor.alerts.registry import Alert, AlertRegistry
from monitor.alerts.service import AlertService
from streams import stages
from tests.integration.search.conftest import search_url  # noqa: F401  (the session's OpenSearch node)
from tests.unit.test_alerts_crosslang import CASES, seeds

pytestmark = pytest.mark.integration


@pytest.fixture
def percolator(search_url: str) -> Iterator[Percolator]:  # noqa: F811
    perc = Percolator(search_url, index="test-alerts-percolator")
    perc.clear()
    try:
        yield perc
    finally:
        perc.client.delete_index(perc.index)
        perc.close()


def test_three_matchers_agree_on_the_seeds(percolator: Percolator) -> None:
    subs = [Subscription(f"c{i}", q) for i, (q, _) in enumerate(CASES)]
    assert percolator.add_many(subs) == len(subs)
    articles = list(seeds().values())
    compiled, naive = CompiledMatcher(subs), NaiveMatcher(subs)
    from_engine = percolator.match_many(articles)
    for article, engine_names in zip(articles, from_engine, strict=True):
        assert compiled.match(article) == naive.match(article) == engine_names, article.id
    stems = list(seeds())
    expected = [sorted(f"c{i}" for i, (_, hits) in enumerate(CASES) if stem in hits) for stem in stems]
    assert from_engine == expected


def test_three_matchers_agree_on_a_generated_set(percolator: Percolator) -> None:
    subs = generate.subscriptions(1500, seed=21)
    articles = generate.articles(200, seed=22, base=list(seeds().values()))
    percolator.add_many(subs)
    compiled, naive = CompiledMatcher(subs), NaiveMatcher(subs)
    fired = 0
    for start in range(0, len(articles), 50):
        batch = articles[start : start + 50]
        for article, engine_names in zip(batch, percolator.match_many(batch), strict=True):
            expected = naive.match(article)
            assert compiled.match(article) == expected, article.id
            assert engine_names == expected, article.id
            fired += len(expected)
    assert fired > 100


def test_percolator_follows_add_and_remove(percolator: Percolator) -> None:
    article = seeds()["002_304c3d4b86b1b803"]  # Kazakh, Lahore
    percolator.add(Subscription("lahore", "Lahore"))
    assert percolator.match(article) == ["lahore"]
    percolator.add(Subscription("lahore", "Lahore AND lang:ar"))  # replaced
    assert percolator.match(article) == []
    percolator.add(Subscription("kz", "елші AND country:Kazakhstan"))
    percolator.remove("lahore")
    assert percolator.match(article) == ["kz"]


def test_embedded_and_stream_stage_fire_the_same(tmp_path: Path) -> None:
    queries = {f"c{i}": q for i, (q, _) in enumerate(CASES)}
    embedded_reg, stream_reg = AlertRegistry(tmp_path / "a.sqlite"), AlertRegistry(tmp_path / "b.sqlite")
    for reg in (embedded_reg, stream_reg):
        for name, q in queries.items():
            reg.add(Alert(name, q))
    embedded = AlertService(embedded_reg)
    embedded_fired = sorted((f.alert, f.article_id) for a in seeds().values() for f in embedded.process(a))
    messages = [stages.Message(value=bus.encode_article(a, "matched", None), key=a.id.encode(), topic=bus.MATCHED,
                               partition=0, offset=i) for i, a in enumerate(seeds().values())]
    stream = AlertService(stream_reg)
    result, articles = stages.alert_candidates(messages, stream)
    assert result.dead == 0
    stages.record_alerts(articles, stream)
    stream_fired = sorted((f.alert, f.article_id) for f in stream_reg.fired_since(0, 1000))
    published = sorted(tuple(o.key.decode().split("|")) for o in result.out if o.topic == bus.ALERTS)
    assert embedded_fired == stream_fired == published
    assert len(embedded_fired) == sum(len(hits) for _, hits in CASES)
