"""Articles per day per country and per language, for the page's chart and integrators.

The store protocol has facets but no cross-tabulation, so each store is asked in its own terms: one
GROUP BY over the embedded SQLite table, one nested aggregation in the search engine. Both count what
search counts (relevant articles unless asked otherwise) on the same UTC day the stores compute.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from monitor.store.base import Store


@dataclass
class Stats:
    days: list[str] = field(default_factory=list)  # ascending
    countries: dict[str, dict[str, int]] = field(default_factory=dict)  # country -> day -> n
    languages: dict[str, dict[str, int]] = field(default_factory=dict)  # lang -> day -> n
    total: dict[str, int] = field(default_factory=dict)  # day -> n

    def as_json(self, top: int) -> dict[str, Any]:
        """Series ordered by size; countries beyond ``top`` are left out (their articles stay in ``total``)."""

        def series(table: dict[str, dict[str, int]], limit: int | None) -> list[dict[str, Any]]:
            ranked = sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
            return [
                {"key": k, "total": sum(v.values()), "counts": [v.get(d, 0) for d in self.days]}
                for k, v in (ranked[:limit] if limit else ranked)
            ]

        return {
            "days": self.days,
            "total": [self.total.get(d, 0) for d in self.days],
            "countries": series(self.countries, top),
            "languages": series(self.languages, None),
        }


def _add(stats: Stats, day: str, lang: str | None, countries: list[str], n: int = 1) -> None:
    stats.total[day] = stats.total.get(day, 0) + n
    lang_row = stats.languages.setdefault(lang or "und", {})
    lang_row[day] = lang_row.get(day, 0) + n
    for country in countries:
        row = stats.countries.setdefault(country, {})
        row[day] = row.get(day, 0) + n


def sqlite_stats(path: Any, since: datetime | None, until: datetime | None, relevant_only: bool) -> Stats:
    """One pass over (day, lang, countries) in a separate read connection (WAL: never blocks writers)."""
    from monitor.store.sqlite import connect

    where = ["day IS NOT NULL"]
    params: list[object] = []
    if relevant_only:
        where.append("relevant = 1")
    if since:
        where.append("day >= ?")
        params.append(since.date().isoformat())
    if until:
        where.append("day < ?")
        params.append(until.date().isoformat())
    conn = connect(path)
    try:
        rows = conn.execute(
            "SELECT day, lang, countries, count(*) AS n FROM articles WHERE " + " AND ".join(where)
            + " GROUP BY day, lang, countries",
            params,
        ).fetchall()
    finally:
        conn.close()
    stats = Stats()
    for row in rows:
        _add(stats, row["day"], row["lang"], json.loads(row["countries"]), int(row["n"]))
    stats.days = sorted(stats.total)
    return stats


def engine_stats(store: Any, since: datetime | None, until: datetime | None, relevant_only: bool) -> Stats:
    """One aggregation: day buckets with country and language sub-buckets."""
    from monitor.store import engine_bodies as bodies

    body = {
        "size": 0,
        "query": {"bool": {"filter": bodies.filters(since=since, until=until, relevant_only=relevant_only)}},
        "aggs": {
            "day": {
                "terms": {"field": "day", "size": 1000, "order": {"_key": "asc"}},
                "aggs": {
                    "country": {"terms": {"field": "countries", "size": 100}},
                    "lang": {"terms": {"field": "lang", "size": 50, "missing": "und"}},
                },
            }
        },
    }
    response = store.client.search(bodies.READ_ALIAS, body)
    stats = Stats()
    for bucket in response.get("aggregations", {}).get("day", {}).get("buckets", []):
        day = str(bucket.get("key_as_string", bucket["key"]))
        stats.total[day] = int(bucket["doc_count"])
        for sub in bucket.get("country", {}).get("buckets", []):
            stats.countries.setdefault(str(sub["key"]), {})[day] = int(sub["doc_count"])
        for sub in bucket.get("lang", {}).get("buckets", []):
            stats.languages.setdefault(str(sub["key"]), {})[day] = int(sub["doc_count"])
    stats.days = sorted(stats.total)
    return stats


def compute(store: Store, since: datetime | None, until: datetime | None, relevant_only: bool) -> Stats:
    from monitor.store.sqlite import SqliteStore

    if isinstance(store, SqliteStore):
        return sqlite_stats(store.path, since, until, relevant_only)
    return engine_stats(store, since, until, relevant_only)
