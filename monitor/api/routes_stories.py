"""Story endpoints: the stories of a search, recent stories, one story with its reports side by side."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import BaseModel, Field

from monitor.api.auth import Reader
from monitor.api.routes_search import AUTH_ERRORS, ERRORS, Day, Text
from monitor.briefing import build_briefing, day_range, render_html, render_markdown
from monitor.dates import day_bounds
from monitor.store.base import SearchRequest
from monitor.stories.view import full_story, reports_phrase, search_stories, story_with_reports

router = APIRouter(prefix="/api", tags=["stories"])


class NamedCount(BaseModel):
    name: str
    reports: int = Field(description="Reports of the story that name it")
    role: str | None = Field(None, description="People and leaders: the role the reports give them")


class StoryEntities(BaseModel):
    countries: list[NamedCount]
    leaders: list[NamedCount]
    people: list[NamedCount] = Field(description="People found by their titles, in the first report's spelling")
    places: list[NamedCount]
    organizations: list[NamedCount]
    roles: list[NamedCount]


class ReportOut(BaseModel):
    id: str
    title: str
    lang: str | None
    countries: list[str]
    score: float
    snippet: str = Field(description="HTML-escaped excerpt; matched words in <mark>")
    url: str | None
    source: str | None = None
    published: str | None = None
    matched: bool = Field(description="The report matched the query (the others complete the story)")
    text: str | None = Field(None, description="The full text (one story's page only)")
    story_reasons: list[str] | None = Field(None, description="Why the report is in the story (one story only)")


class StoryOut(BaseModel):
    id: str
    title: str = Field(description="The headline of the earliest published report")
    size: int
    summary: str = Field(description='"5 reports in 3 languages"')
    languages: list[str] = Field(description="By number of reports")
    outlets: list[str]
    first: str
    last: str
    entities: StoryEntities
    reports: list[ReportOut]


@router.get("/stories", response_model=list[StoryOut], responses=ERRORS, summary="Stories (one event, its reports)")
def stories(
    request: Request,
    who: Reader,
    q: Annotated[str | None, Query(max_length=2000, description="A search query: the stories of its hits. "
                                   "Without it: the stories with a report in the period, latest first")] = None,
    lang: Text = None,
    country: Text = None,
    source: Text = None,
    since: Annotated[Day | None, Query(description="Published on or after this day (UTC); default: a week ago")]
    = None,
    until: Annotated[Day | None, Query(description="Published on or before this day (UTC)")] = None,
    limit: Annotated[int, Query(ge=1, le=100, description="Hits to group (with q) or stories (without)")] = 20,
) -> list[dict[str, Any]]:
    """The same JSON array as ``monitor search QUERY --stories --json``: each story with its reports in the
    usual hit shape."""
    if since and until and until < since:
        raise HTTPException(400, "until is before since")
    start, end = day_bounds(since, until)
    state = request.app.state.api
    if q:
        req = SearchRequest(query=q, lang=lang or None, country=country or None, source=source or None,
                            since=start, until=end, limit=limit, facets=False)
        with state.using_store() as store, state.using_stories() as story_store:
            return search_stories(store, story_store, req)
    now = datetime.now(UTC)
    start = start or now - timedelta(days=7)
    end = end or now + timedelta(days=1)
    with state.using_store() as store, state.using_stories() as story_store:
        found = [s for s in story_store.stories_between(start, end)
                 if (not country or country in {c["name"] for c in s.entities()["countries"]})
                 and (not lang or lang in s.languages) and (not source or source in s.outlets)]
        found.sort(key=lambda s: (s.last, s.id), reverse=True)
        return [story_with_reports(store, story) for story in found[:limit]]


class StoryRefOut(BaseModel):
    id: str
    size: int
    languages: list[str]
    summary: str = Field(description='"5 reports in 3 languages"')


@router.get("/stories/by-article", response_model=dict[str, StoryRefOut], responses=AUTH_ERRORS,
            summary="The story of each of these articles (what the page shows under a hit)")
def stories_by_article(
    request: Request,
    who: Reader,
    ids: Annotated[str, Query(min_length=1, max_length=10_000, description="Article ids, comma-separated (100)")],
) -> dict[str, dict[str, Any]]:
    wanted = [i for i in ids.split(",") if i][:100]
    state = request.app.state.api
    with state.using_stories() as story_store:
        found = story_store.stories_of(wanted)
    return {aid: {"id": s.id, "size": s.size, "languages": s.languages, "summary": reports_phrase(s)}
            for aid, s in found.items()}


@router.get("/stories/{story_id}", response_model=StoryOut,
            responses={404: {"description": "No such story"}, **AUTH_ERRORS},
            summary="One story: every report with its full text and why it is in the story")
def one_story(request: Request, who: Reader, story_id: Annotated[str, Path(min_length=1, max_length=100)]) -> dict:
    state = request.app.state.api
    with state.using_store() as store, state.using_stories() as story_store:
        found = full_story(store, story_store, story_id)
    if found is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return found


@router.get("/briefing", responses={200: {"content": {"application/json": {}, "text/markdown": {}, "text/html": {}}},
                                    **AUTH_ERRORS},
            summary="The day's stories per in-scope country (JSON, Markdown or HTML)")
def briefing(
    request: Request,
    who: Reader,
    day: Annotated[Day | None, Query(description="The day (UTC); default: today")] = None,
    country: Text = None,
    format: Annotated[str, Query(pattern="^(json|md|html)$")] = "json",  # noqa: A002 (the query parameter)
) -> Any:
    """What ``monitor briefing`` prints: per in-scope country the day's stories with their counterparts, the
    people and roles, the reports per language and the links."""
    chosen = day or datetime.now(UTC).date()
    state = request.app.state.api
    with state.using_store() as store, state.using_stories() as story_store:
        todays = story_store.stories_between(*day_range(chosen))
        data = build_briefing(todays, chosen, state.settings.in_scope_countries, store.get_article, country)
    if format == "md":
        return PlainTextResponse(render_markdown(data), media_type="text/markdown; charset=utf-8")
    if format == "html":
        return HTMLResponse(render_html(data))
    return data
