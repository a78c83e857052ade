"""Enrichment of one article: language, relevance, entities and the tags search and alerts use.

Pure: no I/O. The embedded pipeline, the stream workers and ``monitor classify`` all call :func:`enrich`.

A cascade, cheapest first: language, one folding and one gazetteer scan of the article, the relevance
decision from that scan, the gazetteer's entities from it, and last the people finder, which costs as much
as all the rest together. Most articles of a real feed are out of scope, and what the pipelines keep of an
out-of-scope article does not need its people: the distributed runtime indexes and matches only in-scope
articles, and alerts fire only on them in both runtimes. So the pipelines ask for people in in-scope
articles only (``people_out_of_scope=False``); an out-of-scope article then keeps its language, score,
reasons, countries and gazetteer entities (countries, places, organisations, heads of state and government)
but no pattern-found people. ``monitor classify`` and the quality benchmark judge every article in full.
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


def enrich(
    article: Article, in_scope: Sequence[str] = DEFAULT_IN_SCOPE, *, people_out_of_scope: bool = True
) -> Article:
    """Return a copy of ``article`` with language, relevance, entities, reasons and tags filled in.

    The article is folded and scanned once here; relevance, entities and people read that one scan. With
    ``people_out_of_scope=False`` the people finder runs only when the article is in scope; an in-scope
    article is enriched exactly as with the default."""
    text = article.full_text
    lang, lang_score = langid.detect(text)
    sc = scan(fold(text), lang)
    rel = assess_scan(sc, in_scope)
    entities = entities_in_scan(sc, people=rel.relevant or people_out_of_scope)
    # (the relevance's tags hold a tag for each of its concepts and countries)
    tags: set[str] = set(rel.tags) | article_entity_tags(entities)
    if lang:
        tags.add(make_tag("lang", lang))
    if article.source:
        tags.add(make_tag("source", article.source))
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
