"""The shared request bodies, checked without an engine: query translation, cursors, index routing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from monitor.model import Article
from monitor.query import Term, parse
from monitor.store import engine_bodies as bodies


def matching(clause: dict) -> dict:
    """The part of a scored clause that decides whether an article matches."""
    return clause["bool"]["filter"][0]


def test_words_phrases_and_hyphens_translate_to_norm_queries() -> None:
    plain = Term("الكتابة", ("الکتابه",))  # a word the gazetteer does not know: no tags
    assert bodies.translate(plain) == {"bool": {"filter": [{"term": {"norm": "الکتابه"}}],
                                                "should": [{"term": {"scored": "الکتابه"}}]}}
    expanded = bodies.translate(parse("سفير"))  # a lexicon word also matches its concept tag
    assert matching(expanded)["bool"]["should"] == [{"term": {"norm": "سفیر"}},
                                                    {"terms": {"tags": ["concept:ambassador"]}}]
    # ... and is scored by the mentions of the concept, in any language (its own spelling only matches)
    assert bodies.translate(parse("سفير"), words=False)["bool"]["should"] == [
        {"term": {"scored": "t_concept_ambassador"}}]
    phrase = matching(bodies.translate(parse('"التعاون المشترك"')))
    assert phrase == {"match_phrase": {"norm": {"query": "التعاون المشترک", "analyzer": "norm_tokens"}}}
    hyphen = matching(bodies.translate(parse("Алматы-Лахор")))
    assert hyphen["match_phrase"]["norm"]["query"] == "алматы лахор"  # split like the index (and FTS5)
    whole = bodies.translate(parse("Алматы-Лахор"), split=False)
    assert whole == {"term": {"norm": "алматы-лахор"}}  # the percolator keeps tokens whole, like the matcher


def test_boolean_structure_and_tags() -> None:
    q = bodies.translate(parse("a AND (b OR c) NOT d"))
    must, must_not = q["bool"]["must"], q["bool"]["must_not"]
    assert matching(must[0]) == {"term": {"norm": "a"}}
    assert must[1]["bool"]["minimum_should_match"] == 1 and len(must[1]["bool"]["should"]) == 2
    assert [matching(c) for c in must_not] == [{"term": {"norm": "d"}}]
    only_not = bodies.translate(parse("NOT d"))
    assert only_not["bool"]["must"] == [{"match_all": {}}]
    lang = bodies.translate(parse("lang:fa"))
    assert matching(lang) == {"terms": {"tags": ["lang:fa"]}}
    assert bodies.translate(parse("lang:fa"), split=False) == {"terms": {"tags": ["lang:fa"]}}


def test_filters_use_tags_and_published() -> None:
    since = datetime(2025, 10, 1, tzinfo=timezone(timedelta(hours=3)))
    clauses = bodies.filters(lang="ar", since=since, relevant_only=True)
    assert {"terms": {"tags": ["lang:ar"]}} in clauses
    assert {"term": {"relevant": True}} in clauses
    assert {"range": {"published": {"gte": "2025-09-30T21:00:00+00:00"}}} in clauses  # undated: in no range


def test_cursor_round_trip_and_rejects_garbage() -> None:
    values = [1.25, 1760000000000, "abc"]
    assert bodies.decode_cursor(bodies.encode_cursor(values)) == values
    for bad in ["", "not base64!", bodies.encode_cursor([1]), bodies.encode_cursor({"a": 1})]:  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            bodies.decode_cursor(bad)


def test_month_routing_and_documents() -> None:
    assert bodies.month_index(datetime(2025, 3, 9, tzinfo=UTC)) == "monitor-articles-2025.03"
    assert bodies.month_index(None) == "monitor-articles-undated"
    article = Article(id="x", title="Заголовок", text="Всё хорошо", published=datetime(2025, 3, 9, 23, 30, tzinfo=UTC))
    doc = bodies.article_document(article)
    assert doc["norm"] == "заголовок все хорошо"
    assert doc["day"] == "2025-03-09" and doc["when"].startswith("2025-03-09T23:30")
    assert bodies.document_article(doc) == article
    assert set(bodies.MAPPINGS["properties"]) >= set(Article.model_fields) - {"extraction"} | {"norm"}
