"""Read endpoints: search, one article, entity type-ahead, stats."""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BeforeValidator

from monitor.api import schemas
from monitor.api.auth import Reader
from monitor.api.stats import compute
from monitor.api.suggest import entity_index, people_in_store
from monitor.dates import day_bounds
from monitor.model import Article
from monitor.query import QueryError
from monitor.store.base import SearchRequest
from monitor.tags import entity_chips

router = APIRouter(prefix="/api", tags=["search"])

AUTH_ERRORS = {401: {"model": schemas.ErrorBody, "description": "Missing or wrong bearer token"},
               429: {"model": schemas.ErrorBody, "description": "Rate limit: retry after Retry-After seconds"}}
ERRORS = {400: {"model": schemas.ErrorBody, "description": "Bad query (message and position)"}, **AUTH_ERRORS}

def article_entities(article: Article) -> list[schemas.EntityOut]:
    return [schemas.EntityOut(**chip) for chip in entity_chips(article.entities)]  # type: ignore[arg-type]


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_day(value: object) -> object:
    """Days only as YYYY-MM-DD: pydantic would otherwise read a number as a Unix timestamp, which the
    OpenAPI schema (format: date) does not allow."""
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str) and _DAY.match(value):
        return value
    raise ValueError("expected a day as YYYY-MM-DD")


Day = Annotated[date, BeforeValidator(_iso_day)]


Text = Annotated[str | None, Query(max_length=200)]


@router.get("/search", response_model=schemas.SearchOut, responses=ERRORS, summary="Search articles")
def search(
    request: Request,
    who: Reader,
    q: Annotated[str, Query(min_length=1, max_length=2000,
                            description='Words, "phrases", AND/OR/NOT, (), field:value filters')],
    lang: Text = None,
    country: Text = None,
    source: Text = None,
    since: Annotated[Day | None, Query(description="Published on or after this day (UTC)")] = None,
    until: Annotated[Day | None, Query(description="Published on or before this day (UTC)")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
    facets: bool = True,
    include_irrelevant: Annotated[bool, Query(alias="all", description="Also out-of-scope articles")] = False,
    entities: Annotated[bool, Query(description="Add each hit's entities (for filter chips)")] = True,
    sort: Annotated[Literal["relevance", "newest"], Query(description="relevance, or newest (undated last)")]
    = "relevance",
) -> schemas.SearchOut:
    """Ranked hits with highlighted snippets, facet counts and a cursor for the next page."""
    if since and until and until < since:
        raise HTTPException(400, "until is before since")
    since_dt, until_dt = day_bounds(since, until)  # whole days: until=D includes every article of D
    req = SearchRequest(
        query=q, lang=lang or None, country=country or None, source=source or None, since=since_dt,
        until=until_dt, limit=limit, cursor=cursor or None, facets=facets, relevant_only=not include_irrelevant,
        sort=sort,
    )
    state = request.app.state.api
    with state.using_store() as store:
        try:
            result = store.search(req)
        except QueryError:
            raise
        except ValueError as exc:  # e.g. a damaged cursor in the engine store
            raise HTTPException(400, str(exc)) from exc
    hits = []
    for h in result.hits:  # the store read each hit once, entities included
        hits.append(schemas.HitOut(
            id=h.id, title=h.title, lang=h.lang, countries=h.countries, score=round(h.score, 4),
            snippet=h.snippet, url=h.url, source=h.source, published=h.published, date_source=h.date_source,
            cluster=h.cluster,
            entities=[schemas.EntityOut(**c) for c in entity_chips(h.entities)] if entities else [],  # type: ignore[arg-type]
        ))
    return schemas.SearchOut(total=result.total, hits=hits, facets=result.facets, next_cursor=result.next_cursor)


@router.get("/export", responses={**ERRORS, 200: {"content": {"text/csv": {}, "application/x-ndjson": {}},
                                                            "description": "Every matching article"}},
            response_class=StreamingResponse, summary="Export the matching articles as CSV or JSON Lines")
def export(
    request: Request,
    who: Reader,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="The search query (* for every article)")],
    format: Annotated[Literal["csv", "jsonl"], Query(description="csv (spreadsheets) or jsonl (scripts)")] = "csv",
    lang: Text = None,
    country: Text = None,
    source: Text = None,
    since: Day | None = None,
    until: Day | None = None,
    sort: Annotated[Literal["relevance", "newest"], Query()] = "newest",
    limit: Annotated[int, Query(ge=1, le=100_000, description="At most this many articles")] = 10_000,
    include_irrelevant: Annotated[bool, Query(alias="all")] = False,
) -> StreamingResponse:
    """The search fields of every matching article with its text and the reasons it was kept (the same
    records as ``monitor export``). The query is checked before the first byte is sent."""
    from monitor.export import write_export

    if since and until and until < since:
        raise HTTPException(400, "until is before since")
    since_dt, until_dt = day_bounds(since, until)
    req = SearchRequest(query=q, lang=lang or None, country=country or None, source=source or None,
                        since=since_dt, until=until_dt, limit=1, facets=False,
                        relevant_only=not include_irrelevant, sort=sort)
    with request.app.state.api.using_store() as store:
        store.search(req)  # a bad query answers 400 here, not halfway through a download
        out = io.StringIO()
        write_export(store, req, out, format, limit)
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson; charset=utf-8"
    name = f"monitor-export.{format}"
    return StreamingResponse(iter([out.getvalue()]), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/articles/{article_id}", response_model=schemas.ArticleOut,
            responses={404: {"model": schemas.ErrorBody}, **AUTH_ERRORS}, summary="One article with its enrichment")
def get_article(request: Request, who: Reader, article_id: Annotated[str, Path(min_length=1, max_length=200)]) -> dict:
    """The stored article: text, language, relevance score, countries, entities and the reasons it was kept."""
    with request.app.state.api.using_store() as store:
        article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id!r}")
    return {**article.model_dump(), "chips": article_entities(article)}


@router.get("/entities/suggest", response_model=list[schemas.SuggestionOut], responses=AUTH_ERRORS,
            summary="Entity type-ahead")
def suggest(
    request: Request,
    who: Reader,
    q: Annotated[str, Query(min_length=1, max_length=100, description="What the analyst typed, any script")],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, str]]:
    """Canonical countries, people, organisations and places whose name (in any script) starts with ``q``, and
    the people the stored articles name (a surname or its start: the filter finds every variant of the name)."""
    found = entity_index().suggest(q, limit)
    with request.app.state.api.using_store() as store:
        people = people_in_store(store, q, max(1, limit - len(found)) if len(found) < limit else 3)
    known = {(s.type, s.canonical) for s in found}
    return [s.as_json() for s in [*found, *(p for p in people if ("person", p.canonical) not in known)]][:limit]


@router.get("/stats", response_model=schemas.StatsOut, responses=ERRORS,
            summary="Articles per day per country and language")
def stats(
    request: Request,
    who: Reader,
    since: Day | None = None,
    until: Day | None = None,
    top: Annotated[int, Query(ge=1, le=100, description="Countries to return, largest first")] = 8,
    include_irrelevant: Annotated[bool, Query(alias="all")] = False,
) -> dict[str, object]:
    """Counts per UTC day: overall, per country (top N) and per language."""
    if since and until and until < since:
        raise HTTPException(400, "until is before since")
    since_dt, until_dt = day_bounds(since, until)
    state = request.app.state.api
    with state.using_store() as store:
        return compute(store, since_dt, until_dt, relevant_only=not include_irrelevant).as_json(top)
