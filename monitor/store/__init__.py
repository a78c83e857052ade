"""Stores: the embedded SQLite store, or a search engine when ``MONITOR_SEARCH_URL`` is set."""

from __future__ import annotations

from monitor.settings import Settings
from monitor.store.base import Store


def open_store(settings: Settings) -> Store:
    """The store the settings select: the search engine when a URL is configured, else SQLite."""
    if settings.search_url:
        from monitor.store.engine import EngineStore

        return EngineStore.from_settings(settings)
    from monitor.store.sqlite import SqliteStore

    return SqliteStore(settings.ensure_data_dir() / "monitor.sqlite")
