"""What the HTTP API holds for its lifetime: settings, the store, the alert registry, the write token.

One store and one registry per process, each behind a lock: the SQLite connections are shared across the
server's worker threads, and one lock per connection is simpler and safer than a pool at this size.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from monitor.alerts.registry import AlertRegistry
from monitor.settings import Settings
from monitor.store.base import Store

TOKEN_FILE = "api_token"


def load_or_create_token(settings: Settings) -> tuple[str, bool]:
    """The write token: ``MONITOR_API_TOKEN`` if set, else the one in ``data_dir/api_token`` (made once).

    Returns (token, created). The file is readable by its owner only; the page served to a loopback client
    fetches it from ``/api/session`` so that a local analyst never has to paste it.
    """
    if settings.api_token:
        return settings.api_token, False
    path = settings.ensure_data_dir() / TOKEN_FILE
    try:
        existing = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        existing = ""
    if existing:
        return existing, False
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(token + "\n")
    return token, True


def open_api_store(settings: Settings) -> Store:
    """The configured store; an unreachable engine fails fast here instead of retrying for minutes."""
    if settings.search_url:
        from monitor.store.engine import EngineStore

        return EngineStore.from_settings(settings, max_wait_s=15.0)
    from monitor.store.sqlite import SqliteStore

    return SqliteStore(settings.ensure_data_dir() / "monitor.sqlite")


@dataclass
class ApiState:
    settings: Settings
    store: Store
    registry: AlertRegistry
    token: str
    store_lock: threading.Lock = field(default_factory=threading.Lock)
    registry_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, settings: Settings, token: str | None = None) -> ApiState:
        settings.ensure_data_dir()
        if token is None:
            token, _ = load_or_create_token(settings)
        return cls(settings=settings, store=open_api_store(settings), registry=AlertRegistry(settings.db_path),
                   token=token)

    @property
    def db_path(self) -> Path:
        return self.settings.db_path

    @contextmanager
    def using_store(self) -> Iterator[Store]:
        with self.store_lock:
            yield self.store

    @contextmanager
    def using_registry(self) -> Iterator[AlertRegistry]:
        with self.registry_lock:
            yield self.registry

    def close(self) -> None:
        with self.store_lock:
            self.store.close()
        with self.registry_lock:
            self.registry.close()
