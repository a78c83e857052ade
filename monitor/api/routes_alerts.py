"""Alert management (writes need the bearer token), dry-run tests, and the live feed of firings (SSE)."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterable
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.sse import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from monitor.alerts.matcher import CompiledMatcher, Subscription
from monitor.alerts.registry import Alert
from monitor.api import schemas
from monitor.store.base import SearchRequest

router = APIRouter(prefix="/api/alerts", tags=["alerts"])

_bearer = HTTPBearer(auto_error=False, description="The API token (MONITOR_API_TOKEN or data_dir/api_token)")

POLL_S = 0.5

AUTH_ERRORS = {401: {"model": schemas.ErrorBody, "description": "Missing or wrong bearer token"}}
QUERY_ERRORS = {400: {"model": schemas.ErrorBody, "description": "Bad query (message and position)"}}


def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Write endpoints: ``Authorization: Bearer <token>``, compared in constant time."""
    expected: str = request.app.state.api.token
    given = credentials.credentials if credentials else ""
    if not given or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required for this endpoint",
                            headers={"WWW-Authenticate": "Bearer"})


AlertName = Annotated[str, Path(min_length=1, max_length=100, pattern=schemas.ALERT_NAME_PATTERN)]


@router.get("", response_model=list[schemas.AlertOut], summary="List alerts with their counts")
def list_alerts(
    request: Request, owner: Annotated[str | None, Query(max_length=200, description="Only this owner's")] = None
) -> list[dict[str, object]]:
    with request.app.state.api.using_registry() as registry:
        return [a.public() for a in registry.list(owner)]


@router.post("", response_model=schemas.AlertOut, status_code=201, dependencies=[Depends(require_token)],
             responses={**AUTH_ERRORS, **QUERY_ERRORS}, summary="Create or replace an alert")
def create_alert(request: Request, body: schemas.AlertIn) -> dict[str, object]:
    """The query is parsed first: a bad query answers 400 with its position and changes nothing."""
    alert = Alert(name=body.name, query=body.query, webhook=body.webhook, secret=body.secret, email=body.email,
                  owner=body.owner, paused=body.paused, digest=body.digest)
    with request.app.state.api.using_registry() as registry:
        registry.add(alert)
        stored = registry.get(body.name)
    assert stored is not None
    return stored.public()


@router.get("/fired", response_model=list[schemas.FiredOut], summary="Recent firings, oldest first")
def fired(
    request: Request,
    after: Annotated[int | None, Query(ge=0, le=2**62, description="Only firings with a larger seq")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[dict[str, object]]:
    with request.app.state.api.using_registry() as registry:
        batch = registry.last_fired(limit) if after is None else registry.fired_since(after, limit)
    return [f.as_json() for f in batch]


@router.get("/stream", response_class=EventSourceResponse, summary="Live feed of firings (server-sent events)",
            responses={200: {"description": "`event: fired` messages whose data is a FiredOut object; the "
                                            "event id is its seq (send Last-Event-ID to resume)"}})
async def stream(
    request: Request,
    after: Annotated[int | None, Query(ge=0, le=2**62, description="Start after this seq (default: now)")] = None,
    last_event_id: Annotated[str | None, Header(max_length=40)] = None,
) -> AsyncIterable[ServerSentEvent]:
    """New firings as they are recorded, whichever process records them (replay, crawler, workers).

    Polls the registry's ``fired`` table every half second from ``Last-Event-ID`` (a reconnecting browser
    sends it), else ``after``, else the newest seq at connection time.
    """
    state = request.app.state.api

    def newest() -> int:
        with state.using_registry() as registry:
            last = registry.last_fired(1)
        return last[-1].seq if last else 0

    def since(seq: int) -> list:
        with state.using_registry() as registry:
            return registry.fired_since(seq, 100)

    seq: int | None = None
    if last_event_id and last_event_id.strip().isdigit():
        seq = int(last_event_id.strip())
    elif after is not None:
        seq = after
    if seq is None:
        seq = await run_in_threadpool(newest)
    yield ServerSentEvent(event="ready", data={"seq": seq}, retry=2000)
    while not await request.is_disconnected():
        batch = await run_in_threadpool(since, seq)
        for item in batch:
            seq = item.seq
            yield ServerSentEvent(event="fired", id=str(item.seq), data=item.as_json())
        if not batch:
            await asyncio.sleep(POLL_S)


@router.get("/{name}", response_model=schemas.AlertOut, responses={404: {"model": schemas.ErrorBody}},
            summary="One alert")
def get_alert(request: Request, name: AlertName) -> dict[str, object]:
    with request.app.state.api.using_registry() as registry:
        alert = registry.get(name)
    if alert is None:
        raise HTTPException(404, f"no alert named {name!r}")
    return alert.public()


@router.delete("/{name}", status_code=204, dependencies=[Depends(require_token)],
               responses={**AUTH_ERRORS, 404: {"model": schemas.ErrorBody}}, summary="Delete an alert")
def delete_alert(request: Request, name: AlertName) -> None:
    with request.app.state.api.using_registry() as registry:
        if not registry.remove(name):
            raise HTTPException(404, f"no alert named {name!r}")


def _set_paused(request: Request, name: str, paused: bool) -> dict[str, object]:
    with request.app.state.api.using_registry() as registry:
        if not registry.set_paused(name, paused):
            raise HTTPException(404, f"no alert named {name!r}")
        alert = registry.get(name)
    assert alert is not None
    return alert.public()


@router.post("/{name}/pause", response_model=schemas.AlertOut, dependencies=[Depends(require_token)],
             responses={**AUTH_ERRORS, 404: {"model": schemas.ErrorBody}}, summary="Pause an alert")
def pause_alert(request: Request, name: AlertName) -> dict[str, object]:
    return _set_paused(request, name, True)


@router.post("/{name}/resume", response_model=schemas.AlertOut, dependencies=[Depends(require_token)],
             responses={**AUTH_ERRORS, 404: {"model": schemas.ErrorBody}}, summary="Resume a paused alert")
def resume_alert(request: Request, name: AlertName) -> dict[str, object]:
    return _set_paused(request, name, False)


@router.post("/test", response_model=schemas.AlertTestOut, responses=QUERY_ERRORS,
             summary="Dry-run a query over the stored articles (fires nothing)")
def test_alert(request: Request, body: schemas.AlertTestIn) -> dict[str, object]:
    """What would this alert have caught? Embedded store: the alert matcher itself over every stored relevant
    article (exactly the firing semantics); search engine: the same query through search."""
    from monitor.store.sqlite import SqliteStore

    matcher = CompiledMatcher([Subscription("test", body.query)])  # QueryError -> 400 with position
    state = request.app.state.api
    matches: list[dict[str, object]] = []
    count = 0
    if isinstance(state.store, SqliteStore):
        scan = SqliteStore(state.store.path)  # its own connection: a long scan does not block searches
        try:
            for article in scan.iter_articles(relevant_only=True):
                if matcher.match(article):
                    count += 1
                    if len(matches) < body.limit:
                        matches.append({"id": article.id, "title": article.title, "lang": article.lang,
                                        "countries": article.countries, "url": article.url})
        finally:
            scan.close()
    else:
        with state.using_store() as store:
            result = store.search(SearchRequest(query=body.query, limit=body.limit, facets=False))
        count = result.total
        matches = [{"id": h.id, "title": h.title, "lang": h.lang, "countries": h.countries, "url": h.url}
                   for h in result.hits]
    return {"count": count, "matches": matches}
