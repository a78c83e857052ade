"""The embedded store's search: totals and facets counted by the store agree with a plain count over the
articles, for any filter; other connections' writes and rewrites are seen; newest-first order; ranking."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.model import Article
from monitor.query import MatchDoc, evaluate, parse
from monitor.store import sqlite as sqlite_store
from monitor.store.base import SearchRequest
from monitor.store.sqlite import SqliteStore
from monitor.tags import make_tag

WORDS = ["سفير", "قزاقستان", "елші", "пшеница", "visit", "talks", "memorandum", "قمة", "همکاری", "ынтымақтастық"]
COUNTRIES = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Egypt", "Iran"]
START = datetime(2025, 10, 1, tzinfo=UTC)


def corpus(n: int = 400, seed: int = 5) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = rng.choice(["ar", "fa", "kk", "ru", "en"])
        countries = sorted(set(rng.sample(COUNTRIES, rng.randint(0, 3))))
        published = None if i % 17 == 0 else START + timedelta(hours=rng.randint(0, 24 * 60))
        source = f"outlet-{rng.randint(0, 6)}"
        tags = [make_tag("lang", lang), make_tag("source", source), *(make_tag("country", c) for c in countries)]
        out.append(Article(
            id=f"a{i:04d}", title=" ".join(rng.choices(WORDS, k=4)), text=" ".join(rng.choices(WORDS, k=30)),
            lang=lang, source=source, countries=countries, tags=sorted(tags), published=published,
            relevant=rng.random() < 0.7,
        ))
    return out


def expected(articles: list[Article], request: SearchRequest) -> tuple[int, dict[str, Counter]]:
    node = parse(request.query)
    found = []
    for a in articles:
        if request.relevant_only and not a.relevant:
            continue
        if request.lang and a.lang != request.lang:
            continue
        if request.since and (a.published is None or a.published < request.since):
            continue
        if request.until and (a.published is None or a.published >= request.until):
            continue
        if evaluate(node, MatchDoc.build(a.full_text, a.tags)):
            found.append(a)
    facets = {"lang": Counter(a.lang for a in found), "source": Counter(a.source for a in found),
              "country": Counter(c for a in found for c in a.countries),
              "day": Counter(a.published.date().isoformat() for a in found if a.published)}
    return len(found), facets


@pytest.mark.parametrize("request_", [
    SearchRequest("سفير"), SearchRequest("سفير OR пшеница", relevant_only=False),
    SearchRequest("visit NOT talks", lang="kk"), SearchRequest("country:Uzbekistan", since=START + timedelta(days=20)),
    SearchRequest("*", since=START + timedelta(days=3), until=START + timedelta(days=9), relevant_only=False),
    SearchRequest('"قمة همکاری"', relevant_only=False),
], ids=lambda r: r.query)
def test_totals_and_facets_agree_with_a_plain_count(tmp_path: Path, request_: SearchRequest) -> None:
    articles = corpus()
    store = SqliteStore(tmp_path / "s.sqlite")
    store.upsert_articles(articles)
    result = store.search(request_)
    total, facets = expected(articles, request_)
    assert result.total == total
    for name, counts in facets.items():
        assert result.facets[name] == dict(counts), name
    assert list(result.facets["day"]) == sorted(result.facets["day"], reverse=True)  # days newest first


def test_another_connection_sees_new_and_rewritten_articles(tmp_path: Path) -> None:
    writer = SqliteStore(tmp_path / "s.sqlite")
    reader = SqliteStore(tmp_path / "s.sqlite")  # as another thread of the API reads, or another process
    articles = corpus(50)
    writer.upsert_articles(articles[:30])
    assert reader.search(SearchRequest("*", relevant_only=False)).total == 30
    writer.upsert_articles(articles[30:])
    moved = articles[0].model_copy(update={"countries": ["Turkmenistan"], "tags": [*articles[0].tags,
                                                                                 "country:turkmenistan"]})
    writer.upsert_articles([moved])
    result = reader.search(SearchRequest("*", relevant_only=False))
    assert result.total == 50
    _, facets = expected([moved, *articles[1:]], SearchRequest("*", relevant_only=False))
    assert result.facets["country"] == dict(facets["country"])  # the rewritten article's old countries are gone


def test_newest_first_with_undated_last(tmp_path: Path) -> None:
    articles = corpus(120)
    store = SqliteStore(tmp_path / "s.sqlite")
    store.upsert_articles(articles)
    seen, cursor = [], None
    while True:
        page = store.search(SearchRequest("*", relevant_only=False, sort="newest", limit=25, cursor=cursor))
        seen += page.hits
        cursor = page.next_cursor
        if not cursor:
            break
    assert len(seen) == 120 == len({h.id for h in seen})
    dates = [h.published for h in seen]
    dated = [d for d in dates if d is not None]
    assert dated == sorted(dated, reverse=True) and dates[len(dated):] == [None] * (120 - len(dated))


def test_ranking_is_bm25_and_filters_keep_the_best_that_pass(tmp_path: Path) -> None:
    many = Article(id="many", title="пшеница", text="пшеница " * 20, relevant=False, lang="ru")
    some = Article(id="some", title="пшеница", text="пшеница " * 5 + "x " * 15, relevant=True, lang="ru")
    one = Article(id="one", title="x", text="пшеница " + "x " * 19, relevant=True, lang="ru")
    store = SqliteStore(tmp_path / "s.sqlite")
    store.upsert_articles([one, some, many])
    everything = store.search(SearchRequest("пшеница", relevant_only=False))
    assert [h.id for h in everything.hits] == ["many", "some", "one"]
    assert everything.hits[0].score > everything.hits[1].score > everything.hits[2].score > 0
    assert [h.id for h in store.search(SearchRequest("пшеница", limit=1)).hits] == ["some"]


def test_past_the_window_the_newest_matches_are_ranked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_store, "RANK_WINDOW", 10)
    store = SqliteStore(tmp_path / "s.sqlite")
    store.upsert_articles([Article(id=f"old{i}", title="пшеница", text="пшеница " * 30, relevant=True)
                           for i in range(5)])
    store.upsert_articles([Article(id=f"new{i}", title="x", text="пшеница x x x", relevant=True) for i in range(20)])
    result = store.search(SearchRequest("пшеница", limit=5))
    assert result.total == 25  # the count stays exact
    assert all(h.id.startswith("new") for h in result.hits)
