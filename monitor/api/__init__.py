"""HTTP API and web page (``monitor serve [--host H] [--port P]``): FastAPI over whichever store is configured.

Endpoints (OpenAPI at ``/openapi.json``, interactive docs at ``/docs``):

* ``GET /api/search?q=...`` — the ``monitor search`` query language; filters ``lang``, ``country``, ``source``,
  ``since``/``until`` (UTC days), ``limit``, ``cursor`` (from ``next_cursor``), ``all`` (include out-of-scope);
  facets (lang, country, source, day), ``<mark>``-highlighted HTML-escaped snippets, each hit's entities.
* ``GET /api/articles/{id}`` — one article with its entities, reasons and tags.
* ``GET /api/entities/suggest?q=...`` — type-ahead over the gazetteer's canonical entities in every script.
* ``GET /api/stats`` — articles per UTC day: total, per country (top N) and per language.
* ``GET|POST /api/alerts``, ``GET|DELETE /api/alerts/{name}``, ``POST /api/alerts/{name}/pause|resume``,
  ``POST /api/alerts/test`` (dry run, fires nothing), ``GET /api/alerts/fired``, and
  ``GET /api/alerts/stream`` — server-sent events of firings, resumable with ``Last-Event-ID``.
* ``GET /api/health`` (liveness), ``GET /api/ready`` (SQLite or the search engine, and Kafka when configured;
  503 when one is unreachable), ``GET /metrics`` (Prometheus).

Errors: a bad query answers 400 ``{"detail": message, "position": offset}``; invalid parameters or bodies
422 ``{"detail": one sentence, "errors": [...]}``; a missing or wrong token 401.

The write token: the write endpoints (create, pause, resume, delete alerts) need ``Authorization: Bearer
<token>``. The token is ``MONITOR_API_TOKEN`` when set; otherwise ``monitor serve`` generates one on its first
start, prints it once and keeps it in ``<data dir>/api_token`` (mode 0600; later starts reuse it). The page
gets it from ``GET /api/session``, which answers only a loopback client that addressed the server by a loopback
name (not another machine, not a DNS-rebinding page); elsewhere the analyst pastes the token into the page.
"""

from __future__ import annotations

from monitor.api.app import create_app, serve

__all__ = ["create_app", "serve"]
