"""Enrichment of one article: language, relevance, entities and the tags search and alerts use.

Pure: no I/O. The embedded pipeline, the stream workers and ``monitor classify`` all call :func:`enrich`.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor import langid
from monitor.entities import entities_in_scan
from monitor.gazetteer import scan
from monitor.model import Article
from monitor.normalize import fold
from monitor.relevance import assess_scan
from monitor.settings import DEFAULT_IN_SCOPE
from monitor.tags import article_entity_tags, make_tag


def enrich(article: Article, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> Article:
    """Return a copy of ``article`` with language, relevance, entities, reasons and tags filled in.

    The article is folded and scanned once here; relevance, entities and people read that one scan."""
    text = article.full_text
    lang, lang_score = langid.detect(text)
    sc = scan(fold(text), lang)
    rel = assess_scan(sc, in_scope)
    entities = entities_in_scan(sc)
    tags: set[str] = set(rel.tags) | article_entity_tags(entities)
    if lang:
        tags.add(make_tag("lang", lang))
    if article.source:
        tags.add(make_tag("source", article.source))
    for concept in rel.concepts:
        tags.add(make_tag("concept", concept))
    for country in rel.countries:
        tags.add(make_tag("country", country))
    return article.model_copy(
        update={
            "lang": lang,
            "lang_score": lang_score,
            "relevant": rel.relevant,
            "score": round(rel.score, 4),
            "countries": list(rel.countries),
            "entities": entities,
            "reasons": list(rel.reasons),
            "tags": sorted(tags),
        }
    )
