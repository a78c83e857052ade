"""The FastAPI application: API under ``/api/``, Prometheus metrics at ``/metrics``, the page at ``/``."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from monitor.api import schemas
from monitor.api.auth import Reader, is_loopback
from monitor.api.health import readiness
from monitor.api.metrics import Metrics
from monitor.api.routes_alerts import router as alerts_router
from monitor.api.routes_search import router as search_router
from monitor.api.routes_stories import router as stories_router
from monitor.api.state import ApiState
from monitor.query import QueryError
from monitor.settings import Settings

DESCRIPTION = """Search Arabic, Persian, Kazakh, Russian and English news about Central Asia's diplomacy,
look at single articles with their entities and the reasons they were kept, and manage keyword alerts.

* Queries use the same language as `monitor search`: words, "phrases", AND/OR/NOT, parentheses and
  `field:value` filters (`lang:`, `country:`, `source:`, `entity:`, `type:`, `concept:`, `place:`, `org:`).
  A bad query answers **400** with the message and the character `position` of the problem.
* Access (see docs/security.md): `Authorization: Bearer <token>` with a user's token (`monitor users add NAME
  --role reader|editor|admin`) or `MONITOR_API_TOKEN` (admin). Readers search and read; editors create alerts,
  which they own, and change their own; admins change any alert. Webhook URLs and e-mail addresses are shown
  only to an alert's owner and admins; secrets to nobody. Without users and token (open mode, loopback only)
  reads need no token and writes need the local token kept in `<data dir>/api_token`.
* Each caller has a rate limit; past it the answer is **429** with `Retry-After`.
"""

_FORWARDING_HEADERS = ("forwarded", "x-forwarded-for", "x-forwarded-host", "x-real-ip")
# Request bodies are small JSON objects (an alert is under 10 kB): anything larger is refused before it is read
# into memory, whether it declares its length or streams it in chunks.
MAX_BODY_BYTES = 64 * 1024


class BodyLimit:
    """ASGI middleware: ``413`` for a request body over ``limit`` bytes (declared or streamed)."""

    def __init__(self, app: Any, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(send)
            return
        seen = 0
        refused = False

        async def limited_receive() -> dict:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:  # stop reading; whatever the app answers becomes a 413
                    refused = True
                    return {"type": "http.disconnect"}
            return message

        replaced = False

        async def guarded_send(message: dict) -> None:
            nonlocal replaced
            if refused:
                if not replaced and message["type"] == "http.response.start":
                    replaced = True
                    await self._refuse(send)
                return
            await send(message)

        await self.app(scope, limited_receive, guarded_send)

    async def _refuse(self, send: Any) -> None:
        body = json.dumps({"detail": f"request body larger than {self.limit} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


def _host_name(request: Request) -> str:
    host = (request.headers.get("host") or "").strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_local_request(request: Request) -> bool:
    """From this machine, to this machine by a loopback name, and not relayed by a proxy."""
    host = _host_name(request)
    client = request.client.host if request.client else None
    return (is_loopback(client) and (host == "localhost" or is_loopback(host))
            and not any(h in request.headers for h in _FORWARDING_HEADERS))


def create_app(settings: Settings, token: str | None = None, state: ApiState | None = None, *,
               local: bool = False) -> FastAPI:
    """A ready app over the configured store.

    ``token`` is the admin token (default ``MONITOR_API_TOKEN``). ``local=True`` allows the open mode (what
    ``monitor serve`` does on a loopback address when there is neither a user nor a token): ``token`` is then
    the local token (default: the one in ``<data dir>/api_token``).
    """
    api_state = state or ApiState.open(settings, token, local=local)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        api_state.close()

    app = FastAPI(title="Central-Asia diplomacy news monitor", version="1", description=DESCRIPTION,
                  lifespan=lifespan, docs_url=None, redoc_url=None)  # /docs from local files, below
    app.state.api = api_state
    metrics = Metrics(api_state)
    app.state.metrics = metrics

    @app.middleware("http")
    async def count_requests(request: Request, call_next: Any) -> Response:
        started = time.perf_counter()
        if api_state.local and not _is_local_request(request) and await run_in_threadpool(api_state.is_open):
            # Open mode serves this machine only: not a DNS-rebinding page (Host: evil.example), not a proxy.
            metrics.refused.labels("open mode: not a local request").inc()
            response: Response = JSONResponse(
                {"detail": "this server runs in open mode and answers only this machine by a loopback name; "
                           "add a user (monitor users add) to serve others"}, status_code=403)
        else:
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

    app.add_middleware(BodyLimit)
    app.include_router(search_router)
    app.include_router(stories_router)
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

    @app.get("/api/session", tags=["ops"], response_model=schemas.SessionOut,
             responses={401: {"model": schemas.ErrorBody}, 403: {"model": schemas.ErrorBody},
                        429: {"model": schemas.ErrorBody}},
             summary="Who the caller is; in open mode, the local token for the page on this machine")
    def session(request: Request, who: Reader) -> dict[str, object]:
        """Token mode: the caller's user and role (a valid token is required). Open mode: the local token, to a
        loopback client that addressed the server by a loopback name only (neither another machine, nor a
        proxy, nor a DNS-rebinding page can read it)."""
        if api_state.is_open():
            if not _is_local_request(request):
                raise HTTPException(403, "the token is only handed to the page on this machine; paste it instead")
            return {"user": "local", "role": "admin", "mode": "open", "token": api_state.token}
        return {"user": who.name, "role": who.role, "mode": "tokens", "token": None}

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

    _docs(app)
    web = resources.files("monitor") / "web"

    @app.get("/article/{article_id}", include_in_schema=False)
    @app.get("/entity/{kind}/{name}", include_in_schema=False)
    def page_route(article_id: str | None = None, kind: str | None = None, name: str | None = None) -> FileResponse:
        """Permanent addresses of an article and of an entity: the page, which reads its address."""
        return FileResponse(str(web / "index.html"), media_type="text/html")

    app.mount("/", StaticFiles(directory=str(web), html=True), name="web")
    return app


def _docs(app: FastAPI) -> None:
    """Swagger UI and ReDoc from the files the fastapi-offline package ships: /docs works without the
    internet (FastAPI's own pages load them from a CDN, so /docs was blank offline)."""
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
    from fastapi.responses import HTMLResponse

    static = resources.files("fastapi_offline") / "static"
    app.mount("/docs-static", StaticFiles(directory=str(static)), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/openapi.json", title=f"{app.title} - API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css",
                                   swagger_favicon_url="/docs-static/favicon.png")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url="/openapi.json", title=f"{app.title} - API",
                              redoc_js_url="/docs-static/redoc.standalone.js",
                              redoc_favicon_url="/docs-static/favicon.png")


class ServeRefused(RuntimeError):
    """``monitor serve`` will not start as asked (open mode on a non-loopback address)."""


def _loopback_bind(host: str) -> bool:
    return host.strip("[]").lower() == "localhost" or is_loopback(host.strip("[]"))


OPEN_MODE_BANNER = """
  ┌──────────────────────────────────────────────────────────────────────────────────────────┐
  │ OPEN MODE: no API users and no MONITOR_API_TOKEN.                                          │
  │ Anyone who can connect to {where:<62s} │
  │ on this machine can search and read alerts and firings without a token. Writes need the   │
  │ local token in {token_file:<74s} │
  │ To share the server: monitor users add NAME --role admin|editor|reader, then restart.     │
  └──────────────────────────────────────────────────────────────────────────────────────────┘"""


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, announce: Any = print) -> None:
    """Run the API and page with uvicorn until interrupted.

    Token mode when there is a user or ``MONITOR_API_TOKEN``; otherwise open mode, which only a loopback
    address may serve (:class:`ServeRefused` for any other address), announced with a banner.
    """
    import uvicorn

    from monitor.api.state import TOKEN_FILE, load_or_create_token
    from monitor.users import UserStore

    settings.ensure_data_dir()
    users = UserStore(settings.db_path)
    try:
        user_count = users.count()
    finally:
        users.close()
    if settings.api_token or user_count:
        app = create_app(settings, settings.api_token)
        announce(f"token mode: {user_count} user(s){' and MONITOR_API_TOKEN' if settings.api_token else ''}; "
                 "every API call needs a bearer token")
    else:
        if not _loopback_bind(host):
            raise ServeRefused(
                f"refusing to serve on {host} without access control: anyone who can reach it could read every "
                "alert and firing. Add a user (monitor users add NAME --role admin) or set MONITOR_API_TOKEN, or "
                "serve on 127.0.0.1")
        token, created = load_or_create_token(settings)
        token_file = str(settings.data_dir / TOKEN_FILE)
        announce(OPEN_MODE_BANNER.format(where=f"http://{host}:{port}/", token_file=token_file[:74]))
        if created:
            announce(f"local token (write endpoints; kept in {token_file}): {token}")
        else:
            announce(f"local token: see {token_file}")
        app = create_app(settings, token, local=True)
    announce(f"serving on http://{host}:{port}/ (API docs at /docs, OpenAPI at /openapi.json)")
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, timeout_graceful_shutdown=5)
