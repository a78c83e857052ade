"""Enrichment of one article: language, relevance, entities and the tags search and alerts use.

Pure: no I/O. The embedded pipeline, the stream workers and ``monitor classify`` all call :func:`enrich`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from monitor import langid
from monitor.entities import entities_in_scan
from monitor.gazetteer import scan
from monitor.model import Article, Entity
from monitor.normalize import fold
from monitor.query import encode_tag
from monitor.relevance import assess_scan
from monitor.settings import DEFAULT_IN_SCOPE

_ENTITY_KIND = {"country": "country", "place": "place", "organization": "org", "person": "entity"}


def entity_tags(entity: Entity) -> set[str]:
    """Tags an entity gives its article: its canonical id, and ``entity:``/``type:`` for filters."""
    return set(_entity_tags(entity.type, entity.canonical or entity.text, entity.role))


@lru_cache(maxsize=65536)
def _entity_tags(etype: str, name: str, role: str | None) -> frozenset[str]:
    """Cached: an article has some thirty entities, mostly the same countries, places and offices as the
    articles before it, and each tag costs a normalisation and a tokenisation."""
    kind = _ENTITY_KIND.get(etype, etype)
    tags = {encode_tag(kind, name), encode_tag("entity", name), encode_tag("type", etype)}
    if role:
        tags.add(encode_tag("role", role))
    return frozenset(tags)


def enrich(article: Article, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> Article:
    """Return a copy of ``article`` with language, relevance, entities, reasons and tags filled in.

    The article is folded and scanned once here; relevance, entities and people read that one scan."""
    text = article.full_text
    lang, lang_score = langid.detect(text)
    sc = scan(fold(text), lang)
    rel = assess_scan(sc, in_scope)
    entities = entities_in_scan(sc)
    tags: set[str] = set(rel.tags)
    for entity in entities:
        tags |= _entity_tags(entity.type, entity.canonical or entity.text, entity.role)
    if lang:
        tags.add(encode_tag("lang", lang))
    if article.source:
        tags.add(encode_tag("source", article.source))
    for concept in rel.concepts:
        tags.add(encode_tag("concept", concept))
    for country in rel.countries:
        tags.add(encode_tag("country", country))
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
