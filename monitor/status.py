"""What ``monitor status`` reports, in either runtime: which store, how many articles, the last one stored,
the alerts and their deliveries, the rejects file; and, with Kafka configured, the topics and the workers.

Why its own module: the embedded runtime has no topics to report, but a user still needs to know which data
folder and store a command reads, whether it is empty, and whether anything was rejected.
"""

from __future__ import annotations

import json
from typing import Any

from monitor.settings import Settings


def report(settings: Settings) -> dict[str, Any]:
    """The status as a JSON-ready dict; a part that cannot be read says why instead of failing the rest."""
    from monitor.store import open_store, store_label
    from monitor.store.base import SearchRequest

    out: dict[str, Any] = {
        "runtime": "distributed" if settings.kafka else "embedded",
        "data_dir": str(settings.data_dir),
        "store": {"which": store_label(settings)},
    }
    try:
        store = open_store(settings, wait_s=10)
        try:
            latest = store.search(SearchRequest("*", sort="newest", limit=1, facets=False, relevant_only=False))
            last = latest.hits[0] if latest.hits else None
            out["store"].update({
                "articles": store.count(), "relevant": store.count(relevant_only=True),
                "last_article": {"id": last.id, "title": last.title, "published": _iso(last.published),
                                 "source": last.source} if last else None,
            })
        finally:
            store.close()
    except Exception as exc:  # noqa: BLE001 - a status line names what it could not read, whatever it was
        out["store"]["error"] = f"{type(exc).__name__}: {exc}"
    out["alerts"] = _alerts(settings)
    out["rejects"] = _rejects(settings)
    if settings.kafka:  # the topics, workers and stage counts at the top level, as before the embedded report
        from monitor.bus import BusError, status_report

        try:
            out.update(status_report(settings, indexed=out["store"].get("articles"),
                                     alerted=out["alerts"].get("fired")))
        except BusError as exc:
            out["kafka_error"] = str(exc)
    return out


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _alerts(settings: Settings) -> dict[str, Any]:
    from monitor.alerts.registry import open_registry

    try:
        registry = open_registry(settings)
    except Exception as exc:  # noqa: BLE001 - see above
        return {"error": f"{type(exc).__name__}: {exc}"}
    try:
        alerts = registry.list()
        return {"count": len(alerts), "paused": sum(a.paused for a in alerts),
                "fired": sum(a.fired for a in alerts), "delivered": sum(a.delivered for a in alerts),
                "failed": sum(a.failed for a in alerts)}
    finally:
        registry.close()


def _rejects(settings: Settings) -> dict[str, Any]:
    path = settings.data_dir / "rejects.jsonl"
    if not path.exists():
        return {"count": 0, "path": str(path), "last": None}
    count, last = 0, None
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.strip():
                count += 1
                last = line
    last_record = None
    if last:
        try:
            record = json.loads(last)
            last_record = {k: record.get(k) for k in ("at", "item", "stage", "reason")}
        except ValueError:
            last_record = {"reason": last.strip()[:200]}
    return {"count": count, "path": str(path), "last": last_record}


def format_report(status: dict[str, Any]) -> str:
    """Plain text, one fact per line."""
    lines = [f"runtime: {status['runtime']}", f"store: {status['store']['which']}"]
    store = status["store"]
    if "error" in store:
        lines.append(f"  cannot read it: {store['error']}")
    else:
        lines.append(f"  articles: {store['articles']} ({store['relevant']} in scope)")
        last = store.get("last_article")
        if last:
            lines.append(f"  newest: {(last['published'] or 'undated')[:10]}  {last['source'] or ''}  "
                         f"{last['title'][:80]}  [{last['id']}]")
        if not store["articles"]:
            lines.append("  the store is empty: replay or crawl first, or point MONITOR_DATA_DIR / "
                         "MONITOR_SEARCH_URL at the store you filled")
    alerts = status["alerts"]
    if "error" in alerts:
        lines.append(f"alerts: cannot read them: {alerts['error']}")
    else:
        lines.append(f"alerts: {alerts['count']} ({alerts['paused']} paused); fired {alerts['fired']}, "
                     f"delivered {alerts['delivered']}, failed {alerts['failed']}")
    rejects = status["rejects"]
    lines.append(f"rejects: {rejects['count']} in {rejects['path']}")
    if rejects.get("last"):
        last = rejects["last"]
        lines.append(f"  last: {str(last.get('at') or '')[:19]} {last.get('item')} ({last.get('stage')}): "
                     f"{last.get('reason')}")
    if status.get("kafka_error"):
        lines.append(f"kafka: {status['kafka_error']}")
    elif "topics" in status:
        from monitor.bus import format_status

        lines.append(format_status(status))
    return "\n".join(lines)
