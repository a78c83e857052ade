"""The store interface both the embedded SQLite store and the search-engine store implement."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from monitor.model import Article


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

    def as_json(self) -> dict[str, object]:
        """The ``monitor search --json`` shape (ARCHITECTURE.md), the same for every store."""
        return {
            "id": self.id,
            "title": self.title,
            "lang": self.lang,
            "countries": self.countries,
            "score": round(self.score, 4),
            "snippet": self.snippet,
            "url": self.url,
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


@runtime_checkable
class Store(Protocol):
    """Articles with their enrichment, searchable. Writes are idempotent by article id."""

    def upsert_articles(self, articles: Sequence[Article]) -> WriteResult: ...

    def search(self, request: SearchRequest) -> SearchResult: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def count(self) -> int: ...

    def close(self) -> None: ...
