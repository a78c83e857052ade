"""Articles per day per country and per language, for the page's chart and integrators.

Each store answers in its own terms (one GROUP BY in SQLite, one nested aggregation in the search engine)
through :meth:`monitor.store.base.Store.stats`; both count what search counts (relevant articles unless asked
otherwise) on the same UTC day.
"""

from __future__ import annotations

from datetime import datetime

from monitor.store.base import Stats, Store

__all__ = ["Stats", "compute"]


def compute(store: Store, since: datetime | None, until: datetime | None, relevant_only: bool) -> Stats:
    return store.stats(since, until, relevant_only)
