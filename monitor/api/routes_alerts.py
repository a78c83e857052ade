"""Alert management, dry-run tests, and the live feed of firings (SSE); every route declares who may call it.

An alert belongs to the user who created it: only they or an admin change, pause, resume or delete it, and
only they or an admin see its webhook URL and e-mail address (a chat service's webhook URL is a credential).
The webhook secret is never returned to anyone.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterable
from typing import Annotated

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.sse import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from monitor.alerts.delivery import delivery_policy
from monitor.alerts.dryrun import dry_run
from monitor.alerts.registry import Alert
from monitor.api import schemas
from monitor.api.auth import Editor, Principal, Reader, access
from monitor.crawler.safety import Refused

router = APIRouter(prefix="/api/alerts", tags=["alerts"])

POLL_S = 0.5
# The dry run scans stored articles: it costs more of the caller's rate-limit bucket, and stops at a deadline.
TEST_COST = 10.0

AUTH_ERRORS = {401: {"model": schemas.ErrorBody, "description": "Missing or wrong bearer token"},
               403: {"model": schemas.ErrorBody, "description": "The role or ownership does not allow this"},
               429: {"model": schemas.ErrorBody, "description": "Rate limit: retry after Retry-After seconds"}}
QUERY_ERRORS = {400: {"model": schemas.ErrorBody, "description": "Bad query (message and position)"}}

AlertName = Annotated[str, Path(min_length=1, max_length=100, pattern=schemas.ALERT_NAME_PATTERN)]


def _view(alert: Alert, who: Principal) -> dict[str, object]:
    return alert.public(show_targets=who.is_admin or who.owns(alert.owner))


def _changeable(alert: Alert | None, name: str, who: Principal) -> Alert:
    if alert is None:
        raise HTTPException(404, f"no alert named {name!r}")
    if not who.may_change(alert.owner):
        raise HTTPException(403, f"alert {name!r} belongs to {alert.owner or 'nobody'}: only they or an admin "
                                 "can change it")
    return alert


@router.get("", response_model=list[schemas.AlertOut], responses=AUTH_ERRORS, summary="List alerts with their counts")
def list_alerts(
    request: Request, who: Reader,
    owner: Annotated[str | None, Query(max_length=200, description="Only this owner's")] = None,
) -> list[dict[str, object]]:
    with request.app.state.api.using_registry() as registry:
        return [_view(a, who) for a in registry.list(owner)]


@router.post("", response_model=schemas.AlertOut, status_code=201, responses={**AUTH_ERRORS, **QUERY_ERRORS},
             summary="Create an alert (or replace one of your own)")
def create_alert(request: Request, body: schemas.AlertIn, who: Editor) -> dict[str, object]:
    """The caller becomes the owner (an admin may name another). The query is parsed first and a webhook URL
    to a refused address is refused: a bad request answers 400 with the reason and changes nothing."""
    owner = who.name
    if body.owner is not None and body.owner != who.name:
        if not who.is_admin:
            raise HTTPException(403, "only an admin can create an alert for another owner")
        owner = body.owner
    if body.webhook:
        try:
            delivery_policy(request.app.state.api.settings).check_static(body.webhook)
        except Refused as exc:
            raise HTTPException(400, f"webhook refused: {exc.reason}") from None
    alert = Alert(name=body.name, query=body.query, webhook=body.webhook, secret=body.secret, email=body.email,
                  owner=owner, paused=body.paused, digest=body.digest, per=body.per)
    with request.app.state.api.using_registry() as registry, registry.transaction():
        existing = registry.get(body.name)
        if existing is not None:
            _changeable(existing, body.name, who)
        registry.add(alert)
        stored = registry.get(body.name)
    assert stored is not None
    return _view(stored, who)


@router.get("/fired", response_model=list[schemas.FiredOut], responses=AUTH_ERRORS,
            summary="Recent firings, oldest first")
def fired(
    request: Request, who: Reader,
    after: Annotated[int | None, Query(ge=0, le=2**62, description="Only firings with a larger seq")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> list[dict[str, object]]:
    with request.app.state.api.using_registry() as registry:
        batch = registry.last_fired(limit) if after is None else registry.fired_since(after, limit)
    return [f.as_json() for f in batch]


@router.get("/stream", response_class=EventSourceResponse, summary="Live feed of firings (server-sent events)",
            responses={**AUTH_ERRORS,
                       200: {"description": "`event: fired` messages whose data is a FiredOut object; the "
                                           "event id is its seq (send Last-Event-ID to resume)"}})
async def stream(
    request: Request, who: Reader,
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


@router.get("/{name}", response_model=schemas.AlertOut, responses={**AUTH_ERRORS, 404: {"model": schemas.ErrorBody}},
            summary="One alert")
def get_alert(request: Request, name: AlertName, who: Reader) -> dict[str, object]:
    with request.app.state.api.using_registry() as registry:
        alert = registry.get(name)
    if alert is None:
        raise HTTPException(404, f"no alert named {name!r}")
    return _view(alert, who)


@router.delete("/{name}", status_code=204, responses={**AUTH_ERRORS, 404: {"model": schemas.ErrorBody}},
               summary="Delete an alert (yours, or any as an admin)")
def delete_alert(request: Request, name: AlertName, who: Editor) -> None:
    with request.app.state.api.using_registry() as registry, registry.transaction():
        _changeable(registry.get(name), name, who)
        registry.remove(name)


def _set_paused(request: Request, name: str, paused: bool, who: Principal) -> dict[str, object]:
    with request.app.state.api.using_registry() as registry, registry.transaction():
        _changeable(registry.get(name), name, who)
        registry.set_paused(name, paused)
        alert = registry.get(name)
    assert alert is not None
    return _view(alert, who)


@router.post("/{name}/pause", response_model=schemas.AlertOut,
             responses={**AUTH_ERRORS, 404: {"model": schemas.ErrorBody}}, summary="Pause an alert")
def pause_alert(request: Request, name: AlertName, who: Editor) -> dict[str, object]:
    return _set_paused(request, name, True, who)


@router.post("/{name}/resume", response_model=schemas.AlertOut,
             responses={**AUTH_ERRORS, 404: {"model": schemas.ErrorBody}}, summary="Resume a paused alert")
def resume_alert(request: Request, name: AlertName, who: Editor) -> dict[str, object]:
    return _set_paused(request, name, False, who)


TestCaller = Annotated[Principal, Depends(access("editor", cost=TEST_COST, token_required=True))]


@router.post("/test", response_model=schemas.AlertTestOut, responses={**AUTH_ERRORS, **QUERY_ERRORS},
             summary="Dry-run a query over the stored articles (fires nothing; bounded)")
def test_alert(request: Request, body: schemas.AlertTestIn, who: TestCaller) -> dict[str, object]:
    """What would this alert have caught? The alert matcher itself over the newest stored relevant articles
    of the configured store (exactly the firing semantics), at most ``MONITOR_ALERT_TEST_MAX_ARTICLES`` of them
    and for at most ``MONITOR_ALERT_TEST_SECONDS``; ``complete`` says whether every stored article was scanned."""
    state = request.app.state.api
    settings = state.settings
    # QueryError -> 400 with position; the scan reads through this thread's store and blocks no other reader
    with state.using_store() as store:
        found = dry_run(store, body.query, limit=body.limit, days=body.days,
                        max_articles=settings.alert_test_max_articles,
                        seconds=settings.alert_test_seconds)
    matches = [{"id": a.id, "title": a.title, "lang": a.lang, "countries": a.countries, "url": a.url}
               for a in found.matches]
    return {"count": found.count, "matches": matches, "scanned": found.scanned, "complete": found.complete}
