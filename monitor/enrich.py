"""Enrichment of articles: language, relevance, entities and the tags search and alerts use.

Pure: no I/O. The embedded pipeline, the stream workers and ``monitor classify`` all call :func:`enrich_many`
(or :func:`enrich` for one article).

A cascade, cheapest first: language, one folding and one gazetteer scan of the article, the relevance
decision from that scan, the gazetteer's entities from it, and last the people finder, which costs as much
as all the rest together. Most articles of a real feed are out of scope, and what the pipelines keep of an
out-of-scope article does not need its people: the distributed runtime indexes and matches only in-scope
articles, and alerts fire only on them in both runtimes. So the pipelines ask for people in in-scope
articles only (``people_out_of_scope=False``); an out-of-scope article then keeps its language, score,
reasons, countries and gazetteer entities (countries, places, organisations, heads of state and government)
but no pattern-found people. ``monitor classify`` and the quality benchmark judge every article in full.

A batch goes through the cascade stage by stage (every article's language, then every article's scan, then
every relevance decision ...), as spaCy's ``nlp.pipe`` runs a batch through one component after another:
each stage's tables (fastText's model, the gazetteer's automaton, the rules' patterns, the people lexicons)
then stay in the processor's caches for the whole batch instead of being evicted by the other stages between
two articles, which makes a batch a fifth to a third cheaper per article than one article at a time
(``benchmarks/enrich.py``). The result of every article is the same either way.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from typing import Literal, TypeVar, overload

from monitor import langid
from monitor.entities import entities_in_scan
from monitor.gazetteer import scan
from monitor.model import Article, Entity
from monitor.normalize import Folding, fold
from monitor.relevance import Relevance, assess_scan
from monitor.settings import DEFAULT_IN_SCOPE
from monitor.tags import article_entity_tags, make_tag

# Articles that go through the stages together: enough for each stage's tables to stay cached across its
# articles, few enough that the batch's scans (a few hundred kilobytes each for long copy) stay small.
_CHUNK = 64

_Out = TypeVar("_Out")


def enrich(
    article: Article, in_scope: Sequence[str] = DEFAULT_IN_SCOPE, *, people_out_of_scope: bool = True
) -> Article:
    """Return a copy of ``article`` with language, relevance, entities, reasons and tags filled in.

    The article is folded and scanned once here; relevance, entities and people read that one scan. With
    ``people_out_of_scope=False`` the people finder runs only when the article is in scope; an in-scope
    article is enriched exactly as with the default."""
    return enrich_many([article], in_scope, people_out_of_scope=people_out_of_scope)[0]


@overload
def enrich_many(articles: Sequence[Article], in_scope: Sequence[str] = ..., *, people_out_of_scope: bool = ...,
                return_exceptions: Literal[False] = ...,
                foldings: list[Folding | None] | None = ...) -> list[Article]: ...
@overload
def enrich_many(articles: Sequence[Article], in_scope: Sequence[str] = ..., *, people_out_of_scope: bool = ...,
                return_exceptions: Literal[True],
                foldings: list[Folding | None] | None = ...) -> list[Article | Exception]: ...
def enrich_many(
    articles: Sequence[Article], in_scope: Sequence[str] = DEFAULT_IN_SCOPE, *, people_out_of_scope: bool = True,
    return_exceptions: bool = False, foldings: list[Folding | None] | None = None,
) -> list[Article] | list[Article | Exception]:
    """:func:`enrich` of each article, in order, the batch run through the stages together (module docstring).

    With ``return_exceptions`` (as in ``asyncio.gather``) an article that makes a stage raise gets the exception
    in its place in the result and leaves the later stages, and the others go on: one poison article must not
    cost the batch, and the caller keeps it with its reason (rejects file, dead-letter topic). Without it the
    first exception propagates.

    ``foldings``: a list to which the folding of each article's full text is appended, in order (``None`` for
    an article that failed before it was folded). The alert matcher takes it (``CompiledMatcher.match(article,
    folding)``): the enrichment folds every article anyway, and folding it again to match it cost the matcher
    some 20-30 µs per in-scope article."""
    out: list[Article | Exception] = []
    for i in range(0, len(articles), _CHUNK):
        # The cyclic garbage collector paused for the chunk: enrichment makes some thousands of short-lived
        # containers per article (hits, tokens, tuples), freed by reference counting as the stages end, and every
        # 700 of them set off a collection that walked the young objects again and, every hundred of those, the
        # whole heap (the lexicons, the gazetteer's entries, the people finder's tables: some 200,000 objects):
        # 5-8 % of the enrichment's CPU time, finding next to nothing. The chunk bounds what waits for the next
        # collection, which comes with the first allocation after it (the output is the same either way).
        paused = gc.isenabled()
        if paused:
            gc.disable()
        try:
            out += _enrich_chunk(articles[i : i + _CHUNK], in_scope, people_out_of_scope, return_exceptions, foldings)
        finally:
            if paused:
                gc.enable()
    return out


def _enrich_chunk(articles: Sequence[Article], in_scope: Sequence[str], people_out_of_scope: bool,
                  return_exceptions: bool, foldings: list[Folding | None] | None) -> list[Article | Exception]:
    failed: dict[int, Exception] = {}  # an article's index: the exception of the stage that failed on it

    def stage(step: Callable[[int], _Out]) -> list[_Out]:
        """``step`` of each article that no earlier stage failed on (by index); a failure noted (or raised)."""
        outputs: list = [None] * len(articles)
        for i in range(len(articles)):
            if i in failed:
                continue
            try:
                outputs[i] = step(i)
            except Exception as exc:  # handed back to the caller in the article's place, not swallowed
                if not return_exceptions:
                    raise
                failed[i] = exc
        return outputs

    texts = [a.full_text for a in articles]
    langs = stage(lambda i: langid.detect(texts[i]))
    folds = stage(lambda i: fold(texts[i]))
    scans = stage(lambda i: scan(folds[i], langs[i][0]))
    rels = stage(lambda i: assess_scan(scans[i], in_scope))
    entities = stage(lambda i: entities_in_scan(scans[i], people=rels[i].relevant or people_out_of_scope))
    enriched = stage(lambda i: _enriched(articles[i], langs[i], rels[i], entities[i]))
    if foldings is not None:
        foldings += folds  # (None where a stage before the folding failed)
    return [failed.get(i, enriched[i]) for i in range(len(articles))]


def _enriched(article: Article, language: tuple[str | None, float], rel: Relevance,
              entities: list[Entity]) -> Article:
    """The copy of ``article`` with what the stages found."""
    lang, lang_score = language
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
