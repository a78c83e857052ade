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
422 ``{"detail": one sentence, "errors": [...]}``; a missing or wrong token 401, a role or ownership that does
not allow the call 403, a caller past its rate limit 429 with ``Retry-After``.

Access (docs/security.md): token mode when there is a user (``monitor users add NAME --role
reader|editor|admin``; only the token's hash is kept) or ``MONITOR_API_TOKEN`` (an admin token): every endpoint
but health, readiness, metrics and the static files needs ``Authorization: Bearer <token>``. An alert belongs to
its creator; only they or an admin change it or see its webhook URL and e-mail address; its secret is never
returned. Open mode (no user, no token) is for ``--host 127.0.0.1`` only: reads are open to this machine (not to
a proxy or a DNS-rebinding page), writes need the local token that ``monitor serve`` keeps in
``<data dir>/api_token`` (0600) and hands to the page on this machine through ``GET /api/session``.
"""

from __future__ import annotations

from monitor.api.app import create_app, serve

__all__ = ["create_app", "serve"]
