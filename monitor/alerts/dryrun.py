"""What would an alert have caught? The alert matcher itself over the stored articles, newest first.

``monitor alerts test`` and ``POST /api/alerts/test`` both call :func:`dry_run` on whatever store is
configured (SQLite or the search engine), so the answer has exactly the firing semantics everywhere. The
scan is bounded by a number of articles and a time; ``complete`` says whether every stored relevant article
was seen. Nothing fires and nothing is recorded.
"""

from __future__ import annotations

import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from monitor.alerts.matcher import CompiledMatcher, Subscription
from monitor.model import Article
from monitor.store.base import Store


@dataclass
class DryRun:
    count: int = 0  # articles the query fires for, of those scanned
    scanned: int = 0
    complete: bool = True
    matches: list[Article] = field(default_factory=list)  # the first ``limit`` of them, newest first


def dry_run(store: Store, query: str, *, limit: int = 20, max_articles: int | None = None,
            seconds: float | None = None, days: int | None = None) -> DryRun:
    """Match ``query`` against the stored relevant articles, newest first; with ``days``, only those published
    (or, undated, fetched) in the last ``days`` days: what the alert would have sent lately, before saving it.

    Raises :class:`monitor.query.QueryError` (with the position) for a bad query, before any scan."""
    matcher = CompiledMatcher([Subscription("dry-run", query)])
    deadline = None if seconds is None else time.monotonic() + seconds
    out = DryRun()
    since = datetime.now(UTC) - timedelta(days=days) if days else None
    with closing(store.iter_articles(relevant_only=True, newest_first=True)) as articles:
        for article in articles:
            if (max_articles is not None and out.scanned >= max_articles) or (
                    deadline is not None and time.monotonic() > deadline):
                out.complete = False
                break
            out.scanned += 1
            if since is not None and (article.published or article.fetched or since) < since:
                continue
            if matcher.match(article):
                out.count += 1
                if len(out.matches) < limit:
                    out.matches.append(article)
    return out
