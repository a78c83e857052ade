"""Enrichment of one article: language, relevance, entities and the tags search and alerts use.

Pure: no I/O. The embedded pipeline, the stream workers and ``monitor classify`` all call :func:`enrich`.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor import langid
from monitor.model import Article, Entity
from monitor.query import encode_tag
from monitor.settings import DEFAULT_IN_SCOPE

_ENTITY_KIND = {"country": "country", "place": "place", "organization": "org", "person": "entity"}


def entity_tags(entity: Entity) -> set[str]:
    """Tags an entity gives its article: its canonical id, and ``entity:``/``type:`` for filters."""
    name = entity.canonical or entity.text
    kind = _ENTITY_KIND.get(entity.type, entity.type)
    tags = {encode_tag(kind, name), encode_tag("entity", name), encode_tag("type", entity.type)}
    if entity.role:
        tags.add(encode_tag("role", entity.role))
    return tags


def enrich(article: Article, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> Article:
    """Return a copy of ``article`` with language, relevance, entities, reasons and tags filled in."""
    from monitor.entities import tag_entities
    from monitor.relevance import assess

    text = article.full_text
    lang, lang_score = langid.detect(text)
    rel = assess(text, lang, in_scope)
    entities = tag_entities(text, lang)
    tags: set[str] = set(rel.tags)
    for entity in entities:
        tags |= entity_tags(entity)
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
