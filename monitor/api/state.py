"""What the HTTP API holds for its lifetime: settings, the store, the alert registry, users and tokens.

Reads of the store run in parallel: each server thread reads through its own store (``Store.for_thread``: a
connection of its own for SQLite in WAL mode, the shared thread-safe client for the search engine), so one
slow reader holds up nobody. The registry (small, fast queries) stays one connection behind a lock.

Two modes (see docs/security.md):

* **token mode** — there is at least one user (``monitor users add``) or ``MONITOR_API_TOKEN`` is set (an
  admin token). Every endpoint but health, readiness, metrics and the static page needs a bearer token.
* **open mode** — neither exists and the server listens on a loopback address only. Reads need no token;
  writes need the local admin token that ``monitor serve`` makes (``<data dir>/api_token``, mode 0600) and
  hands to the page on this machine through ``/api/session``. Requests that come through a proxy or name
  the server by a non-loopback host are refused (DNS rebinding, an accidental proxy).
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from monitor.alerts.registry import Registry, open_registry
from monitor.api.limits import RateLimiter
from monitor.settings import Settings
from monitor.store import open_store, open_story_store
from monitor.store.base import Store
from monitor.stories.service import StoryStore
from monitor.users import User, UserStore

TOKEN_FILE = "api_token"
# An unreachable engine fails an API request within this many seconds instead of retrying for minutes.
API_STORE_WAIT_S = 15.0
LOCAL_USER = "local"  # who the open mode's local token stands for
ENV_USER = "admin"  # who MONITOR_API_TOKEN stands for


def load_or_create_token(settings: Settings) -> tuple[str, bool]:
    """The open mode's local admin token: the one in ``data_dir/api_token`` (made once, mode 0600).

    Returns (token, created). ``MONITOR_API_TOKEN``, when set, is returned instead (token mode).
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


@dataclass
class ApiState:
    settings: Settings
    store: Store
    registry: Registry
    users: UserStore
    token: str | None  # the admin token (MONITOR_API_TOKEN), or the local token in open mode
    local: bool = False  # open mode allowed: loopback server and no configured token
    limiter: RateLimiter = field(default_factory=RateLimiter)
    _local: threading.local = field(default_factory=threading.local)
    _thread_stores: list[Store] = field(default_factory=list)
    store_lock: threading.Lock = field(default_factory=threading.Lock)  # guards _thread_stores only
    registry_lock: threading.Lock = field(default_factory=threading.Lock)
    users_lock: threading.Lock = field(default_factory=threading.Lock)
    stories_lock: threading.Lock = field(default_factory=threading.Lock)
    _stories: StoryStore | None = None

    @classmethod
    def open(cls, settings: Settings, token: str | None = None, *, local: bool = False) -> ApiState:
        """``token``: the admin token (default ``MONITOR_API_TOKEN``); ``local``: open mode with ``token`` as
        the local token (what ``monitor serve`` does on a loopback address without users or a token)."""
        settings.ensure_data_dir()
        if token is None:
            token = settings.api_token or (load_or_create_token(settings)[0] if local else None)
        return cls(settings=settings, store=open_store(settings, wait_s=API_STORE_WAIT_S),
                   registry=open_registry(settings), users=UserStore(settings.db_path), token=token,
                   local=local,
                   limiter=RateLimiter(settings.api_rate_per_minute, settings.api_rate_burst))

    @property
    def db_path(self) -> Path:
        return self.settings.db_path

    def is_open(self) -> bool:
        """Open mode right now: allowed, and nobody has been given a user token since the server started."""
        if not self.local:
            return False
        with self.users_lock:
            return self.users.count() == 0

    def authenticate(self, token: str) -> User | None:
        """The user a bearer token stands for, or None."""
        if not token:
            return None
        if self.token and secrets.compare_digest(token.encode("utf-8", "surrogatepass"),
                                                 self.token.encode("utf-8", "surrogatepass")):
            return User(LOCAL_USER if self.local else ENV_USER, "admin")
        with self.users_lock:
            return self.users.authenticate(token)

    @contextmanager
    def using_store(self) -> Iterator[Store]:
        """This thread's store (made on first use); no lock is held while it is used."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self.store.for_thread()
            self._local.store = store
            if store is not self.store:
                with self.store_lock:
                    self._thread_stores.append(store)
        yield store

    @contextmanager
    def using_stories(self) -> Iterator[StoryStore]:
        """The story store (opened on first use: a server that never shows a story never opens it)."""
        with self.stories_lock:
            if self._stories is None:
                self._stories = open_story_store(self.settings)
            yield self._stories

    @contextmanager
    def using_registry(self) -> Iterator[Registry]:
        with self.registry_lock:
            yield self.registry

    def close(self) -> None:
        with self.store_lock:
            for store in self._thread_stores:
                store.close()
            self._thread_stores.clear()
            self.store.close()
        with self.registry_lock:
            self.registry.close()
        with self.stories_lock:
            if self._stories is not None:
                self._stories.close()
                self._stories = None
        with self.users_lock:
            self.users.close()
