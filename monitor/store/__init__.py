"""Stores: the embedded SQLite store, or a search engine when ``MONITOR_SEARCH_URL`` is set.

:func:`open_store` is the one way to open a store; everything else sees only the
:class:`~monitor.store.base.Store` protocol.
"""

from __future__ import annotations

from monitor.rejects import RejectsFile
from monitor.settings import Settings
from monitor.store.base import Store
from monitor.stories.service import StoryStore


def open_store(settings: Settings, *, wait_s: float | None = None) -> Store:
    """The store the settings select: the search engine when a URL is configured, else SQLite.

    Documents either store refuses go to the rejects file of ``settings.data_dir``. ``wait_s`` bounds how
    long a write waits out an unreachable engine (default: ten minutes, so a replay outlives an engine
    restart; the API asks for less so that a request fails fast).
    """
    rejects = RejectsFile(settings.ensure_data_dir())
    if settings.search_url:
        from monitor.store.engine import EngineStore

        kwargs = {} if wait_s is None else {"max_wait_s": wait_s}
        return EngineStore(str(settings.search_url), rejects=rejects, **kwargs)
    from monitor.store.sqlite import SqliteStore

    return SqliteStore(settings.db_path, rejects=rejects)


def store_label(settings: Settings) -> str:
    """Which store the settings select, in words a user can act on (the data folder is where it differs
    between shells: a search in a new shell that reads another folder finds nothing)."""
    if settings.search_url:
        from monitor.store.engine_clients import _safe

        return f"search engine at {_safe(str(settings.search_url))}"
    return f"SQLite store {settings.db_path} (MONITOR_DATA_DIR={settings.data_dir})"


def open_story_store(settings: Settings) -> StoryStore:
    """Where stories live: beside the articles (the search engine when a URL is configured, else SQLite)."""
    if settings.search_url:
        from monitor.store.stories_engine import EngineStories

        return EngineStories.from_settings(settings)
    from monitor.store.stories_sqlite import SqliteStories

    settings.ensure_data_dir()
    return SqliteStories(settings.db_path)
