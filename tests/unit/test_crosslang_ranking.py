"""Cross-language hits are ranked and highlighted: a word that names a concept or a canonical entity scores
every article by its mentions of what the word names, whatever its language, and the marks stand on the
article's own words (before, `monitor search ambassador` gave the English hit 3.9 and every Arabic, Persian,
Kazakh and Russian hit 0.0 with no highlight, in arbitrary order)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.enrich import enrich
from monitor.model import Article
from monitor.replay import read_items
from monitor.store.base import SearchRequest
from monitor.store.sqlite import SqliteStore

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SCRIPT = {"ar": r"[\u0600-\u06FF]", "fa": r"[\u0600-\u06FF]", "kk": r"[\u0400-\u04FF]", "ru": r"[\u0400-\u04FF]",
          "en": r"[A-Za-z]"}


def corpus() -> list[Article]:
    """The seeds, two articles written for this test (English, Russian) and unrelated filler."""
    articles = [enrich(a) for a in read_items([SEEDS], 5_000_000)]
    articles.append(enrich(Article(
        id="en-1", title="Kazakhstan's ambassador meets the governor of Giza",
        text="The ambassador of Kazakhstan in Cairo met the governor of Giza to discuss cooperation between the "
             "provinces. The ambassador said the relations between the two countries are strong.")))
    articles.append(enrich(Article(
        id="ru-1", title="Посол Узбекистана встретился с губернатором",
        text="Посол Узбекистана в Египте провёл встречу с губернатором провинции. Стороны обсудили "
             "сотрудничество в области туризма и торговли.")))
    articles += [enrich(Article(id=f"filler-{i}", title="Football results of the week",
                                text="The match ended two to one after extra time in the city stadium. " * (i + 1),
                                lang="en")) for i in range(12)]
    return articles


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SqliteStore:
    found = SqliteStore(tmp_path_factory.mktemp("xl") / "s.sqlite")
    found.upsert_articles(corpus())
    return found


def ranking(store: SqliteStore, query: str) -> list[tuple[str, float]]:
    return [(h.id, h.score) for h in store.search(SearchRequest(query, relevant_only=False, limit=50)).hits]


def test_every_cross_language_hit_is_scored_and_marked_in_its_own_script(store: SqliteStore) -> None:
    result = store.search(SearchRequest("ambassador", relevant_only=False, limit=50))
    langs = {h.lang for h in result.hits}
    assert {"ar", "fa", "kk", "ru", "en"} <= langs
    for hit in result.hits:
        assert hit.score > 0, hit.id
        marked = re.findall(r"<mark>(.*?)</mark>", hit.snippet)
        assert marked, (hit.id, hit.snippet)
        assert any(re.search(SCRIPT[hit.lang or "en"], m) for m in marked), (hit.lang, marked)


@pytest.mark.parametrize("spelling", ["سفير", "سفیر", "елші", "посол", "AMBASSADOR"])
def test_the_same_ranking_whatever_language_the_query_is_in(store: SqliteStore, spelling: str) -> None:
    assert [i for i, _ in ranking(store, spelling)] == [i for i, _ in ranking(store, "ambassador")]


def test_more_mentions_rank_higher(store: SqliteStore) -> None:
    ranked = ranking(store, "ambassador")
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)
    assert len({round(s, 6) for _, s in ranked}) > 1  # not all tied


def test_plain_words_still_rank_by_their_own_occurrences(store: SqliteStore) -> None:
    ranked = ranking(store, "stadium")
    assert ranked and all(i.startswith("filler-") and s > 0 for i, s in ranked)
