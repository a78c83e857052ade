"""The store interface both the embedded SQLite store and the search-engine store implement fully.

Callers (the pipelines, the stream workers, the API, the CLI, ``monitor status``) open a store with
:func:`monitor.store.open_store` and use only this protocol: no caller asks which store it has.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

from monitor.model import Article, Entity
from monitor.query import And, Node, Not, Or, QueryError, Tag, _field_tags, parse
from monitor.rejects import RejectsFile
from monitor.tags import entity_chips


@dataclass
class WriteResult:
    """What a batch write did. ``failed`` holds (article id, reason) for every document not written."""

    written: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Hit:
    id: str
    title: str
    lang: str | None
    countries: list[str]
    score: float
    snippet: str
    url: str | None
    source: str | None = None
    published: datetime | None = None
    date_source: str | None = None
    cluster: str | None = None  # near-duplicate group: the id of the first report of the same story
    # The article's entities, read with the hit (the API's chips need them: fetching every hit again cost
    # a second round trip per hit).
    entities: list[Entity] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        """The ``monitor search --json`` shape: the API's hit (``GET /api/search``), the same for every store."""
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "countries": self.countries,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "url": self.url,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "date_source": self.date_source,
            "cluster": self.cluster,
            "entities": entity_chips(self.entities),
        }


@dataclass
class SearchResult:
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # lang/country/source/day -> counts
    next_cursor: str | None = None  # opaque; pass back as ``cursor`` for the next page


@dataclass(frozen=True)
class SearchRequest:
    """A search with its filters; ``query`` is the user's query string (see monitor/query.py)."""

    query: str
    lang: str | None = None
    country: str | None = None
    source: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 20
    cursor: str | None = None
    facets: bool = True
    relevant_only: bool = True  # the distributed runtime indexes only matched articles; agree with it
    sort: str = "relevance"  # or "newest": publication time, undated last, then id

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"sort must be one of {', '.join(SORTS)}, not {self.sort!r}")


SORTS = ("relevance", "newest")


@dataclass
class Stats:
    """Articles per UTC day, per country and per language (the page's chart), as both stores count them."""

    days: list[str] = field(default_factory=list)  # ascending
    countries: dict[str, dict[str, int]] = field(default_factory=dict)  # country -> day -> n
    languages: dict[str, dict[str, int]] = field(default_factory=dict)  # lang -> day -> n
    total: dict[str, int] = field(default_factory=dict)  # day -> n

    def add(self, day: str, lang: str | None, countries: list[str], n: int = 1) -> None:
        self.total[day] = self.total.get(day, 0) + n
        lang_row = self.languages.setdefault(lang or "und", {})
        lang_row[day] = lang_row.get(day, 0) + n
        for country in countries:
            row = self.countries.setdefault(country, {})
            row[day] = row.get(day, 0) + n

    def as_json(self, top: int) -> dict[str, Any]:
        """Series ordered by size; countries beyond ``top`` are left out (their articles stay in ``total``)."""

        def series(table: dict[str, dict[str, int]], limit: int | None) -> list[dict[str, Any]]:
            ranked = sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
            return [
                {"key": k, "total": sum(v.values()), "counts": [v.get(d, 0) for d in self.days]}
                for k, v in (ranked[:limit] if limit else ranked)
            ]

        return {
            "days": self.days,
            "total": [self.total.get(d, 0) for d in self.days],
            "countries": series(self.countries, top),
            "languages": series(self.languages, None),
        }


@runtime_checkable
class Store(Protocol):
    """Articles with their enrichment, searchable. Writes are idempotent by article id.

    ``rejects``: where the store keeps every document it refused (with the reason and the bytes), or None
    (tests); a refused document is also reported in :attr:`WriteResult.failed`, never dropped.
    """

    rejects: RejectsFile | None

    def upsert_articles(self, articles: Sequence[Article]) -> WriteResult: ...

    def search(self, request: SearchRequest) -> SearchResult: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def get_articles(self, article_ids: Sequence[str]) -> dict[str, Article]:
        """Many articles in one round trip (a page of search hits with their entities); unknown ids left out."""
        ...

    def for_thread(self) -> Store:
        """A store this thread can read from while other threads read from theirs: the same object when its
        client is thread-safe (the engine's HTTP pool), a new connection to the same data when not (SQLite)."""
        ...

    def count(self, relevant_only: bool = False) -> int: ...

    def iter_articles(self, relevant_only: bool = True, batch: int = 500,
                      newest_first: bool = False) -> Iterator[Article]:
        """Every stored article, oldest (or newest) first; safe to run beside searches and writes."""
        ...

    def stats(self, since: datetime | None = None, until: datetime | None = None,
              relevant_only: bool = True) -> Stats:
        """Counts per UTC day, per country and per language (what search counts)."""
        ...

    def refresh(self) -> None:
        """Make every write so far visible to search (a no-op where writes are visible at once)."""
        ...

    def tags_starting(self, prefix: str, limit: int = 10) -> list[tuple[str, int]]:
        """Stored tags that start with ``prefix`` (``name:кыст``) with their article counts, most used first:
        the people the type-ahead offers are the people the articles name."""
        ...

    def close(self) -> None: ...


def filter_node(request: SearchRequest) -> Node:
    """The user's query with the request's filters folded in, as one expanded tree (what the embedded store
    searches, and what both stores highlight)."""
    node = parse(request.query)
    extra: list[Node] = []
    if request.lang:
        extra.append(Tag("lang", request.lang, _field_tags("lang", request.lang)))
    if request.country:
        extra.append(Tag("country", request.country, _field_tags("country", request.country)))
    if request.source:
        extra.append(Tag("source", request.source, _field_tags("source", request.source)))
    return And((node, *extra)) if extra else node


def complete_names(node: Node, store: Store) -> Node:
    """``entity:Қыстаф`` (the start of a name): the one person the stored articles name whose name has a word
    starting so, matched by that word; a start that several names share is a :class:`QueryError` naming
    them (type more). A whole word (a surname) is left as it is. Searches only: alert queries match as typed."""
    if isinstance(node, Tag) and node.field == "entity":
        names = [t for t in node.tags if t.startswith("name:")]
        if not names:
            return node
        found = [tag for tag, _n in store.tags_starting(names[0], 6)]
        if not found or names[0] in found:
            return node
        if len(found) > 1:
            words = ", ".join(t.split(":", 1)[1] for t in found[:5])
            raise QueryError(f"several people's names start with {node.raw!r} ({words}): type more of the name",
                             0, f"entity:{node.raw}")
        return Tag(node.field, node.raw, (*node.tags, found[0]))
    if isinstance(node, And):
        return And(tuple(complete_names(c, store) for c in node.children))
    if isinstance(node, Or):
        return Or(tuple(complete_names(c, store) for c in node.children))
    if isinstance(node, Not):
        return Not(complete_names(node.child, store))
    return node
