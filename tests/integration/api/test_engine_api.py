"""The API over the search-engine store: a real OpenSearch node (``monitor.dev.opensearch``) with the seeds
replayed into it, so that search, articles, stats (an engine aggregation), alert dry-runs and readiness are
checked against the engine as well as against SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from monitor.api import create_app
from monitor.dev import opensearch
from monitor.settings import Settings

from .conftest import TOKEN, Seeded, replay, seed_articles

pytestmark = pytest.mark.integration

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def engine_seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seeded]:
    node_dir = tmp_path_factory.mktemp("api-opensearch")
    node = SimpleNamespace(data_dir=node_dir, search_port=opensearch.free_port())
    url = opensearch.start(node)["MONITOR_SEARCH_URL"]
    try:
        settings = Settings(data_dir=tmp_path_factory.mktemp("api-engine"), kafka=None, search_url=url)
        articles = seed_articles()
        summary = replay(settings, list(articles.values()))  # closing the pipeline refreshes the index
        assert summary.stored == 5, summary
        yield Seeded(settings, articles)
    finally:
        opensearch.stop(node)


@pytest.fixture(scope="module")
def client(engine_seeded: Seeded) -> Iterator[TestClient]:
    with TestClient(create_app(engine_seeded.settings, TOKEN), headers=AUTH) as c:
        yield c


def test_search_and_article_from_the_engine(client: TestClient, engine_seeded: Seeded) -> None:
    r = client.get("/api/search", params={"q": "قزاقستان"})
    assert r.status_code == 200
    body = r.json()
    expected = {engine_seeded.articles[p].id for p in ("000", "002", "004")}
    assert {h["id"] for h in body["hits"]} == expected
    assert body["facets"]["country"]["Kazakhstan"] == 3
    assert all(h["entities"] for h in body["hits"])
    only = client.get("/api/search", params={"q": "قزاقستان", "lang": "kk"}).json()
    assert [h["id"] for h in only["hits"]] == [engine_seeded.articles["002"].id]
    article = client.get(f"/api/articles/{engine_seeded.articles['004'].id}").json()
    assert article["lang"] == "fa" and article["reasons"]
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/search", params={"q": "x", "cursor": "%%%"}).status_code == 400
    assert client.get("/api/search", params={"q": "(x"}).status_code == 400


def test_stats_from_an_engine_aggregation_agree_with_sqlite(client: TestClient, seeded_all: Seeded) -> None:
    with TestClient(create_app(seeded_all.settings, TOKEN), headers=AUTH) as sqlite_client:
        embedded = sqlite_client.get("/api/stats", params={"top": 50}).json()
    engine = client.get("/api/stats", params={"top": 50}).json()
    assert engine["days"] == embedded["days"] == ["2025-10-22", "2025-10-23", "2025-10-24", "2025-11-05"]
    assert engine["total"] == embedded["total"]
    assert sorted(engine["countries"], key=lambda s: s["key"]) == sorted(embedded["countries"], key=lambda s: s["key"])
    assert sorted(engine["languages"], key=lambda s: s["key"]) == sorted(embedded["languages"], key=lambda s: s["key"])
    window = client.get("/api/stats", params={"since": "2025-10-23", "until": "2025-10-24"}).json()
    assert window["days"] == ["2025-10-23", "2025-10-24"]


def test_alert_dry_run_ready_and_metrics_with_the_engine(client: TestClient) -> None:
    r = client.post("/api/alerts/test", json={"query": "country:Kazakhstan"})
    assert r.status_code == 200 and r.json()["count"] == 3
    ready = client.get("/api/ready").json()
    assert ready["ready"] is True and ready["checks"][0]["name"] == "search"
    assert "opensearch" in ready["checks"][0]["detail"]
    assert "monitor_indexed 5.0" in client.get("/metrics").text


def test_people_by_surname_start_and_suggestion_on_the_engine(client: TestClient, engine_seeded: Seeded) -> None:
    kazakh = engine_seeded.articles["002"].id
    for query in ("entity:Қыстафин", "entity:Кыстафин", "entity:Қыстаф"):
        assert [h["id"] for h in client.get("/api/search", params={"q": query}).json()["hits"]] == [kazakh], query
    people = [s for s in client.get("/api/entities/suggest", params={"q": "Қыста"}).json() if s["type"] == "person"]
    assert [s["canonical"] for s in people] == ["Ержан Қыстафин"]
    assert [h["id"] for h in client.get("/api/search", params={"q": people[0]["filter"]}).json()["hits"]] == [kazakh]
