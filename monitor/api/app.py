"""The FastAPI application: API under ``/api/``, Prometheus metrics at ``/metrics``, the page at ``/``."""

from __future__ import annotations

import ipaddress
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.exceptions import HTTPException as StarletteHTTPException

from monitor.api import schemas
from monitor.api.health import readiness
from monitor.api.metrics import Metrics
from monitor.api.routes_alerts import router as alerts_router
from monitor.api.routes_search import router as search_router
from monitor.api.state import ApiState
from monitor.query import QueryError
from monitor.settings import Settings

DESCRIPTION = """Search Arabic, Persian, Kazakh, Russian and English news about Central Asia's diplomacy,
look at single articles with their entities and the reasons they were kept, and manage keyword alerts.

* Queries use the same language as `monitor search`: words, "phrases", AND/OR/NOT, parentheses and
  `field:value` filters (`lang:`, `country:`, `source:`, `entity:`, `type:`, `concept:`, `place:`, `org:`).
  A bad query answers **400** with the message and the character `position` of the problem.
* Write endpoints (creating, pausing, resuming and deleting alerts) need `Authorization: Bearer <token>`:
  `MONITOR_API_TOKEN`, or the token `monitor serve` generates once and keeps in `<data dir>/api_token`.
"""


def _is_loopback(host: str | None) -> bool:
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def create_app(settings: Settings, token: str | None = None, state: ApiState | None = None) -> FastAPI:
    """A ready app over the configured store; ``token`` overrides MONITOR_API_TOKEN / the token file."""
    api_state = state or ApiState.open(settings, token)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        api_state.close()

    app = FastAPI(title="Central-Asia diplomacy news monitor", version="1", description=DESCRIPTION,
                  lifespan=lifespan)
    app.state.api = api_state
    metrics = Metrics(api_state)
    app.state.metrics = metrics

    @app.middleware("http")
    async def count_requests(request: Request, call_next: Any) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = request.scope.get("route")
        template = getattr(route, "path", "unmatched")
        metrics.requests.labels(request.method, template, str(response.status_code)).inc()
        metrics.latency.labels(template).observe(time.perf_counter() - started)
        return response

    @app.exception_handler(QueryError)
    async def query_error(_request: Request, exc: QueryError) -> JSONResponse:
        return JSONResponse({"detail": exc.message, "position": exc.position}, status_code=400)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        """422 with one readable sentence first, then FastAPI's usual list of problems."""
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "body", "path", "header"))
            problems.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in exc.errors()]
        return JSONResponse({"detail": "; ".join(problems), "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    app.include_router(search_router)
    app.include_router(alerts_router)

    @app.get("/api/health", tags=["ops"], summary="Liveness: the process answers")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/api/ready", tags=["ops"], response_model=schemas.ReadyOut,
             responses={503: {"model": schemas.ReadyOut, "description": "A dependency is unreachable"}},
             summary="Readiness: store (SQLite or search engine) and Kafka reachable")
    def ready() -> JSONResponse:
        checks = readiness(settings)
        ok = all(c.ok for c in checks)
        body = {"ready": ok, "runtime": "distributed" if settings.kafka else "embedded",
                "checks": [c.as_json() for c in checks]}
        return JSONResponse(body, status_code=200 if ok else 503)

    @app.get("/api/session", tags=["ops"], summary="The write token, for the page on this machine only",
             responses={403: {"model": schemas.ErrorBody}})
    def session(request: Request) -> dict[str, str]:
        """Answers only a loopback client that addressed the server by a loopback name (so neither another
        machine nor a DNS-rebinding page can read it); anyone else pastes the token into the page."""
        host = (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]").lower()
        client = request.client.host if request.client else None
        if not (_is_loopback(client) and (host == "localhost" or _is_loopback(host))):
            raise HTTPException(403, "the token is only handed to the page on this machine; paste it instead")
        return {"token": api_state.token}

    @app.get("/metrics", tags=["ops"], summary="Prometheus metrics", response_class=Response,
             responses={200: {"content": {"text/plain": {}}}})
    def prometheus() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    def openapi() -> dict[str, Any]:
        """FastAPI's schema, with validation errors documented in the shape ``validation_error`` sends."""
        if app.openapi_schema is None:
            spec = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            schemas_ = spec.setdefault("components", {}).setdefault("schemas", {})
            if "HTTPValidationError" in schemas_:
                schemas_["HTTPValidationError"] = {
                    "title": "HTTPValidationError",
                    "type": "object",
                    "required": ["detail"],
                    "properties": {
                        "detail": {"type": "string", "description": "Every problem in one readable sentence"},
                        "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ValidationError"}},
                    },
                }
            app.openapi_schema = spec
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    web = resources.files("monitor") / "web"
    app.mount("/", StaticFiles(directory=str(web), html=True), name="web")
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, announce: Any = print) -> None:
    """Run the API and page with uvicorn until interrupted. Prints the generated token once."""
    import uvicorn

    from monitor.api.state import load_or_create_token

    token, created = load_or_create_token(settings)
    if created:
        announce(f"API token (write endpoints; kept in {settings.data_dir / 'api_token'}): {token}")
    elif not settings.api_token:
        announce(f"API token: see {settings.data_dir / 'api_token'}")
    app = create_app(settings, token)
    announce(f"serving on http://{host}:{port}/ (API docs at /docs, OpenAPI at /openapi.json)")
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, timeout_graceful_shutdown=5)
