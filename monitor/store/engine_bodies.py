"""Request bodies for Elasticsearch 8/9 and OpenSearch 2.x, built once as plain data.

Both engines accept the same JSON for everything used here (index templates, analyzers, bool/term/
match_phrase queries, terms and date_histogram aggregations, search_after, percolate), so the two thin
clients in :mod:`monitor.store.engine` only differ in how they send it. Nothing in this module does I/O.

Matching works like the embedded store: the indexer writes ``normalize()``-d tokens of title and body into
``norm`` (split only at spaces and at a token's inner ' and -, as the embedded store's FTS5 tokenizer does),
and the query tree of :mod:`monitor.query` is translated node by node into term/phrase queries on ``norm``
and term queries on the canonical ``tags``. ``title`` and ``text`` keep the engine's standard analysis for
people who query the index directly (OpenSearch Dashboards, Kibana). Per-language sub-fields (Arabic,
Persian, folded Cyrillic analyzers on both) were dropped: no query of the project read them, and analysing
every article six more times cost the engine more than half of its indexing CPU (docs/scaling.md).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, datetime
from typing import Any

from monitor.dates import day_of
from monitor.mentions import mention_tags
from monitor.model import Article
from monitor.normalize import normalize, tokens
from monitor.query import ALL_TOKEN, And, Node, Not, Or, Tag, Term, _field_tags, fts_tag_token, positive_terms

INDEX_PREFIX = "monitor-articles"
READ_ALIAS = INDEX_PREFIX  # every monthly index, for search/count/get
WRITE_ALIAS = f"{INDEX_PREFIX}-write"  # the current month's index (is_write_index)
TEMPLATE_NAME = INDEX_PREFIX
UNDATED_SUFFIX = "undated"
PERCOLATOR_INDEX = "monitor-alerts"

# --------------------------------------------------------------------------------------- index layout


def month_index(article_date: datetime | None) -> str:
    """The monthly index an article belongs to, from its own date, so that writing it again always lands in
    the same index and overwrites (the id is only unique per index)."""
    if article_date is None:
        return f"{INDEX_PREFIX}-{UNDATED_SUFFIX}"
    return f"{INDEX_PREFIX}-{article_date:%Y.%m}"


def article_month_date(article: Article) -> datetime | None:
    """Which date decides the month: publication, else when we fetched it."""
    return article.published or article.fetched


ANALYSIS: dict[str, Any] = {
    "tokenizer": {"norm_split": {"type": "pattern", "pattern": "[\\s'\\-]+"}},
    "analyzer": {
        # `norm` holds tokens our normaliser produced already. Like the embedded store's FTS5 tokenizer, split
        # them also at their inner ' and - (so "лахор" finds "Алматы-Лахор"); change nothing else.
        "norm_tokens": {"type": "custom", "tokenizer": "norm_split"},
        # The alert matcher's view: whole tokens only (the percolator must agree with it, not with FTS5).
        "norm_whitespace": {"type": "custom", "tokenizer": "whitespace"},
    },
}

MAPPINGS: dict[str, Any] = {
    # Fields the model gains later are kept in _source (and come back in get_article) but not indexed until
    # they are mapped here: a new field must not make every article bounce, nor get a guessed type.
    "dynamic": False,
    "_source": {"excludes": ["norm", "scored"]},  # derivable from the article; no need to store them twice
    "properties": {
        "id": {"type": "keyword"},
        "url": {"type": "keyword", "ignore_above": 4096},
        "source": {"type": "keyword", "ignore_above": 512},
        "title": {"type": "text"},
        "text": {"type": "text"},
        "norm": {"type": "text", "analyzer": "norm_tokens"},
        # What relevance is computed on: the words of ``norm`` and the tags once per mention, in one field, so
        # that a hit found through a concept or a canonical entity (an Arabic article for "ambassador") is scored
        # by BM25 as the embedded store's FTS5 scores it (one length for the whole row).
        "scored": {"type": "text", "analyzer": "norm_tokens"},
        "published": {"type": "date"},
        "fetched": {"type": "date"},
        "indexed": {"type": "date"},
        "date_source": {"type": "keyword"},  # feed | record | metadata | dateline | fetched
        # published, else fetched, else indexed: the "newest" order (date filters use published only)
        "when": {"type": "date"},
        "day": {"type": "keyword"},  # UTC day of published, the per-day facet (none for an undated article)
        "content_hash": {"type": "keyword", "index": False},  # to report re-writes as unchanged
        "lang": {"type": "keyword"},
        "lang_score": {"type": "float"},
        "relevant": {"type": "boolean"},
        "score": {"type": "float"},
        "countries": {"type": "keyword"},
        "entities": {
            "properties": {
                "type": {"type": "keyword"},
                "text": {"type": "keyword", "ignore_above": 512},
                "canonical": {"type": "keyword", "ignore_above": 512},
                "start": {"type": "integer", "index": False},
                "end": {"type": "integer", "index": False},
                "role": {"type": "keyword"},
                "qid": {"type": "keyword"},
            }
        },
        "reasons": {"type": "keyword", "ignore_above": 512},
        "tags": {"type": "keyword", "ignore_above": 512},
        "cluster": {"type": "keyword"},
    },
}


def index_template(shards: int = 1, replicas: int = 0) -> dict[str, Any]:
    """Template applied to every ``monitor-articles-*`` index: settings, analyzers, mappings, read alias."""
    return {
        "index_patterns": [f"{INDEX_PREFIX}-*"],
        "priority": 200,
        "template": {
            "settings": {
                "number_of_shards": shards,
                "number_of_replicas": replicas,
                "analysis": ANALYSIS,
            },
            "mappings": MAPPINGS,
            "aliases": {READ_ALIAS: {}},
        },
        "_meta": {"owner": "central-asia-news-monitor", "schema": 1},
    }


# --------------------------------------------------------------------------------------- documents


def norm_text(title: str, text: str) -> str:
    """The token stream the embedded store and the alert matcher see, as one space-separated string."""
    return " ".join(tokens(normalize(f"{title}\n{text}" if title else text)))


def content_hash(article: Article) -> str:
    """Same definition as the embedded store: everything but the fetch time."""
    return hashlib.sha256(article.model_dump_json(exclude={"fetched"}).encode("utf-8")).hexdigest()


def _utc(when: datetime) -> datetime:
    return when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)


def article_document(article: Article, now: datetime | None = None) -> dict[str, Any]:
    """The engine document of an article (id = article id; ``norm``, ``when``, ``day`` added)."""
    now = now or datetime.now(UTC)
    doc = article.model_dump(mode="json")
    dated = article.published or article.fetched
    doc["norm"] = norm_text(article.title, article.text)
    doc["scored"] = " ".join([doc["norm"], *(fts_tag_token(t) for t in mention_tags(article)), ALL_TOKEN])
    doc["indexed"] = now.isoformat()
    doc["when"] = _utc(dated or now).isoformat()
    doc["day"] = day_of(article.published)
    doc["content_hash"] = content_hash(article)
    return doc


ENGINE_ONLY_FIELDS = ("norm", "scored", "indexed", "when", "day", "content_hash")


def document_article(source: dict[str, Any]) -> Article:
    """Back from ``_source`` to an :class:`Article` (engine-only fields dropped)."""
    data = {k: v for k, v in source.items() if k not in ENGINE_ONLY_FIELDS}
    return Article.model_validate(data)


# --------------------------------------------------------------------------------------- queries


def _text(field: str, parts: list[str], analyzer: str) -> dict[str, Any]:
    if len(parts) == 1:
        return {"term": {field: parts[0]}}
    return {"match_phrase": {field: {"query": " ".join(parts), "analyzer": analyzer}}}


def _scored(match: dict[str, Any], score: list[dict[str, Any]]) -> dict[str, Any]:
    """Matches as ``match`` does; scored by ``score`` (BM25 over ``scored``, which older indices lack: there
    the hit still matches, with score 0)."""
    if not score:
        return {"constant_score": {"filter": match, "boost": 0.0}}
    return {"bool": {"filter": [match], "should": score}}


def _term_clause(term: Term, split: bool, words: bool = True) -> dict[str, Any]:
    # Words keep inner ' and -. The article index splits there (as FTS5 does), so "алматы-лахор" is searched
    # as a two-word phrase; the percolator keeps whole tokens, as the in-process alert matcher does.
    parts = [p for w in term.words for p in re.split(r"['\-]", w) if p] if split else list(term.words)
    analyzer = "norm_tokens" if split else "norm_whitespace"
    text = _text("norm", parts, analyzer)
    if not split:  # the percolator: matching only
        if not term.tags:
            return text
        return {"bool": {"should": [text, {"terms": {"tags": list(term.tags)}}], "minimum_should_match": 1}}
    # The article index, scored as the embedded store's FTS5 scores: BM25 over one field of the words and the
    # tags once per mention (``scored``: FTS5's whole-row length). A word that names a concept or a canonical
    # entity counts by the mentions of what it names, in any language; its own spelling counts too only when
    # the query has words that name nothing (``words``), as FTS5's body column weighs 0 or 1 for the query.
    if not term.tags:
        return _scored(text, [_text("scored", parts, analyzer)])
    match = {"bool": {"should": [text, {"terms": {"tags": list(term.tags)}}], "minimum_should_match": 1}}
    score = [{"term": {"scored": fts_tag_token(tag)}} for tag in term.tags]
    if words:
        score.append(_text("scored", parts, analyzer))
    return _scored(match, score)


def translate(node: Node, split: bool = True, words: bool = True) -> dict[str, Any]:
    """The engine query for a parsed, expanded user query. Only our node types are translated: users can
    never inject scripts or raw query DSL, and the semantics are those of :func:`monitor.query.evaluate`.
    ``split=False`` is for the percolator, whose ``norm`` field keeps tokens whole (and nothing is scored).
    ``words``: whether words that name a concept or an entity also score by their own spelling."""
    if isinstance(node, Term):
        return _term_clause(node, split, words)
    if isinstance(node, Tag):
        match = {"terms": {"tags": list(node.tags)}}
        return _scored(match, [{"term": {"scored": fts_tag_token(t)}} for t in node.tags]) if split else match
    if isinstance(node, And):
        must = [translate(c, split, words) for c in node.children if not isinstance(c, Not)]
        must_not = [translate(c.child, split, words) for c in node.children if isinstance(c, Not)]
        body: dict[str, Any] = {"must": must or [{"match_all": {}}]}
        if must_not:
            body["must_not"] = must_not
        return {"bool": body}
    if isinstance(node, Or):
        return {"bool": {"should": [translate(c, split, words) for c in node.children], "minimum_should_match": 1}}
    if isinstance(node, Not):
        return {"bool": {"must": [{"match_all": {}}], "must_not": [translate(node.child, split, words)]}}
    raise TypeError(f"unknown query node {node!r}")


def scores_words(node: Node) -> bool:
    """Whether words also score by their own spelling: not when every word names a concept or an entity
    (the embedded store's body weight, :func:`monitor.store.sqlite.body_weight`)."""
    return not all(t.tags for t in positive_terms(node))


def tag_filter(field: str, value: str) -> dict[str, Any]:
    """A request filter (``--lang``, ``--country``, ``--source``) as the same tags the embedded store uses."""
    return translate(Tag(field, value, _field_tags(field, value)), split=False)  # a filter: matching only


def filters(
    lang: str | None = None,
    country: str | None = None,
    source: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    relevant_only: bool = False,
) -> list[dict[str, Any]]:
    """Non-scoring filters, with the embedded store's semantics: language, country and source through the
    canonical tags (so ``--country Казахстан`` and ``--country Kazakhstan`` agree), dates on ``published``
    (an undated article is in no date range)."""
    out: list[dict[str, Any]] = []
    for field, value in (("lang", lang), ("country", country), ("source", source)):
        if value:
            out.append(tag_filter(field, value))
    if relevant_only:
        out.append({"term": {"relevant": True}})
    if since or until:
        rng: dict[str, str] = {}
        if since:
            rng["gte"] = _utc(since).isoformat()
        if until:
            rng["lt"] = _utc(until).isoformat()
        out.append({"range": {"published": rng}})
    return out


FACET_SIZE = 50

AGGREGATIONS: dict[str, Any] = {
    "lang": {"terms": {"field": "lang", "size": FACET_SIZE, "missing": "und"}},
    "country": {"terms": {"field": "countries", "size": FACET_SIZE}},
    "source": {"terms": {"field": "source", "size": FACET_SIZE}},
    # Articles per day: a terms aggregation on the same UTC day string the embedded store computes.
    "day": {"terms": {"field": "day", "size": 1000, "order": {"_key": "desc"}}},
}

# Relevance first, then newest, then id: a total order, which search_after needs for stable pages.
SORT: list[dict[str, Any]] = [
    {"_score": {"order": "desc"}},
    {"when": {"order": "desc"}},
    {"id": {"order": "asc"}},
]

# Newest first (undated last), then relevance, then id: as long as SORT, so cursors decode the same way.
NEWEST: list[dict[str, Any]] = [
    {"published": {"order": "desc", "missing": "_last"}},
    {"_score": {"order": "desc"}},
    {"id": {"order": "asc"}},
]

SOURCE_FIELDS = ["id", "url", "source", "title", "text", "published", "fetched", "lang", "lang_score",
                 "relevant", "score", "countries", "entities", "reasons", "tags", "cluster",
                 "date_source"]  # fmt: skip


def search_body(
    node: Node, filter_clauses: list[dict[str, Any]], limit: int, after: list[Any] | None, facets: bool,
    sort: str = "relevance",
) -> dict[str, Any]:
    """A complete search request: query, filters, sort, page, facets (first page only), source fields."""
    body: dict[str, Any] = {
        "query": {"bool": {"must": [translate(node, words=scores_words(node))], "filter": filter_clauses}},
        "sort": NEWEST if sort == "newest" else SORT,
        "size": limit,
        "track_total_hits": True,
        "_source": SOURCE_FIELDS,
    }
    if after is not None:
        body["search_after"] = after
    if facets:
        body["aggs"] = AGGREGATIONS
    return body


def stats_body(since: datetime | None, until: datetime | None, relevant_only: bool) -> dict[str, Any]:
    """Articles per UTC day with country and language sub-buckets (the embedded store's GROUP BY)."""
    return {
        "size": 0,
        "query": {"bool": {"filter": filters(since=since, until=until, relevant_only=relevant_only)}},
        "aggs": {
            "day": {
                "terms": {"field": "day", "size": 1000, "order": {"_key": "asc"}},
                "aggs": {
                    "country": {"terms": {"field": "countries", "size": 100}},
                    "lang": {"terms": {"field": "lang", "size": 50, "missing": "und"}},
                },
            }
        },
    }


def encode_cursor(sort_values: list[Any]) -> str:
    """Opaque cursor of the last hit's sort values (search_after)."""
    return base64.urlsafe_b64encode(json.dumps(sort_values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> list[Any]:
    """Inverse of :func:`encode_cursor`; a foreign or damaged cursor raises ``ValueError``."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()).decode())
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"invalid cursor: {cursor[:40]!r}") from exc
    if not isinstance(values, list) or len(values) != len(SORT):
        raise ValueError(f"invalid cursor: {cursor[:40]!r}")
    return values


def facet_counts(aggs: dict[str, Any] | None) -> dict[str, dict[str, int]]:
    """Aggregation results to the store-neutral ``{facet: {value: count}}`` shape."""
    out: dict[str, dict[str, int]] = {}
    for name, agg in (aggs or {}).items():
        buckets = agg.get("buckets", [])
        out[name] = {str(b.get("key_as_string", b["key"])): int(b["doc_count"]) for b in buckets}
    return out


# --------------------------------------------------------------------------------------- percolator

PERCOLATOR_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "query": {"type": "percolator"},
        "name": {"type": "keyword"},
        "source_query": {"type": "keyword", "index": False},  # the user's query string, for humans
        # The fields the stored queries read, as the in-process matcher sees an article: whole tokens, tags.
        "norm": {"type": "text", "analyzer": "norm_whitespace"},
        "tags": {"type": "keyword", "ignore_above": 512},
    },
}


def percolator_index_body() -> dict[str, Any]:
    return {
        "settings": {"number_of_shards": 1, "number_of_replicas": 0, "analysis": ANALYSIS},
        "mappings": PERCOLATOR_MAPPINGS,
    }


def percolator_document(name: str, query: str) -> dict[str, Any]:
    """A stored alert: the user's query parsed, expanded and translated once, at registration."""
    from monitor.query import parse

    return {"name": name, "source_query": query, "query": translate(parse(query), split=False)}


def percolate_body(articles: list[Article], max_matches: int = 10_000) -> dict[str, Any]:
    """Which stored alert queries match these articles (their ``norm`` and ``tags`` only); each hit says
    which articles it matched in ``fields._percolator_document_slot``."""
    docs = [{"norm": norm_text(a.title, a.text), "tags": list(a.tags)} for a in articles]
    return {
        "query": {"percolate": {"field": "query", "documents": docs}},
        "size": max_matches,
        "_source": ["name"],
    }
