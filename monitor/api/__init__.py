"""HTTP API and web page (``monitor serve``): FastAPI over whichever store is configured."""

from __future__ import annotations

from monitor.api.app import create_app, serve

__all__ = ["create_app", "serve"]
