"""The embedded store: idempotent writes, search over normalised text and tags, filters, facets, paging."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.model import Article, Entity
from monitor.query import QueryError
from monitor.store.base import SearchRequest
from monitor.store.sqlite import SqliteStore


def art(i: int, title: str, text: str, lang: str, countries: list[str], tags: list[str], **kw) -> Article:
    return Article(
        id=f"a{i}", title=title, text=text, lang=lang, relevant=kw.pop("relevant", True), score=0.8,
        countries=countries, tags=tags, published=datetime(2025, 10, 20 + i, tzinfo=UTC), **kw,
    )


@pytest.fixture()
def store(tmp_path: Path) -> SqliteStore:
    s = SqliteStore(tmp_path / "m.sqlite")
    s.upsert_articles([
        art(1, "سفير كازاخستان", "استقبل المحافظ سفير جمهورية كازاخستان", "ar", ["Kazakhstan"],
            ["country:kazakhstan", "lang:ar"],
            entities=[Entity(type="country", text="كازاخستان", canonical="Kazakhstan", start=5, end=14)]),
        art(2, "سفیر قزاقستان", "سفیر قزاقستان در ایران با استاندار دیدار کرد", "fa", ["Kazakhstan"],
            ["country:kazakhstan", "lang:fa"]),
        art(3, "Елші", "Қазақстан елшісі Лахор қаласына барды", "kk", ["Kazakhstan", "Pakistan"],
            ["country:kazakhstan", "country:pakistan", "lang:kk"], source="BAQ.KZ"),
        art(4, "Visit", "The president of Kyrgyzstan visited Cairo", "en", ["Kyrgyzstan"],
            ["country:kyrgyzstan", "lang:en"]),
        art(5, "Weather", "Rain in Kazakhstan", "en", ["Kazakhstan"], ["country:kazakhstan"], relevant=False),
    ])
    return s


def test_rewrite_is_idempotent(store: SqliteStore) -> None:
    again = store.get_article("a1")
    assert again is not None
    result = store.upsert_articles([again])
    assert (result.written, result.unchanged) == (0, 1)
    assert store.count() == 5


def test_changed_article_is_replaced_not_duplicated(store: SqliteStore) -> None:
    a = store.get_article("a4")
    assert a is not None
    store.upsert_articles([a.model_copy(update={"text": "The president of Kyrgyzstan visited Luxor"})])
    assert store.count() == 5
    ids = [h.id for h in store.search(SearchRequest("Luxor")).hits]
    assert ids == ["a4"]
    assert store.search(SearchRequest("Cairo")).hits == []


def test_tag_finds_other_scripts(store: SqliteStore) -> None:
    hits = store.search(SearchRequest("tag:country:kazakhstan")).hits
    assert {h.id for h in hits} == {"a1", "a2", "a3"}  # a5 is not relevant


def test_normalised_query_variants(store: SqliteStore) -> None:
    for q in ("كازاخستان", "کازاخستان", "سفیر", "سفير", "ҚАЗАҚСТАН"):
        assert store.search(SearchRequest(q)).hits, q


def test_filters_and_facets(store: SqliteStore) -> None:
    result = store.search(SearchRequest("tag:country:kazakhstan", lang="fa"))
    assert [h.id for h in result.hits] == ["a2"]
    result = store.search(SearchRequest("tag:country:kazakhstan"))
    assert result.facets["lang"] == {"ar": 1, "fa": 1, "kk": 1}
    assert result.facets["country"]["Kazakhstan"] == 3
    assert result.facets["source"] == {"BAQ.KZ": 1}
    since = store.search(SearchRequest("tag:country:kazakhstan", since=datetime(2025, 10, 22, tzinfo=UTC)))
    assert {h.id for h in since.hits} == {"a2", "a3"}
    everything = store.search(SearchRequest("Kazakhstan", relevant_only=False))
    assert "a5" in {h.id for h in everything.hits}


def test_paging_with_cursor(store: SqliteStore) -> None:
    first = store.search(SearchRequest("tag:country:kazakhstan", limit=2))
    assert len(first.hits) == 2 and first.next_cursor
    second = store.search(SearchRequest("tag:country:kazakhstan", limit=2, cursor=first.next_cursor))
    assert len(second.hits) == 1 and second.next_cursor is None
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}


def test_snippet_marks_original_spelling(store: SqliteStore) -> None:
    hits = store.search(SearchRequest("كازاخستان")).hits
    (hit,) = [h for h in hits if h.lang == "ar"]  # the Arabic article, wherever it ranks (every one names it once)
    assert "<mark>كازاخستان</mark>" in hit.snippet


def test_bad_query_and_cursor_are_query_errors(store: SqliteStore) -> None:
    with pytest.raises(QueryError):
        store.search(SearchRequest("(unclosed"))
    with pytest.raises(QueryError):
        store.search(SearchRequest("x", cursor="not-a-cursor"))


def test_injection_attempts_are_plain_words(store: SqliteStore) -> None:
    for q in ['NEAR(a b)', '"a" * ^', "x' OR 1=1 --", "tags : t__all"]:
        store.search(SearchRequest(q))  # must not raise sqlite errors
    with pytest.raises(QueryError, match="unknown field 'body:'"):  # a field of ours, never FTS5's column
        store.search(SearchRequest("body:x"))
