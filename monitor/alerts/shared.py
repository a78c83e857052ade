"""The registry of the distributed runtime: nothing that must be shared lives in a local file.

* **Definitions**: the compacted Kafka topic ``alerts.subscriptions``, followed into memory by every process
  (:class:`~monitor.alerts.subscriptions.SubscriptionLog`); the CLI and the API write it.
* **Once-only firing**: the search engine is the arbiter. A firing is a document with id ``alert|article``
  in ``monitor-alerts-fired``, written with ``op_type=create``: the engine accepts the first create of an id
  and answers 409 to every later one, atomically on the shard that owns the id, whichever host asks. Why
  the engine and not a faust table: see ``docs/scaling.md``.
* **Deliveries**: documents with id ``alert|article|channel`` in ``monitor-alerts-deliveries``, created (also
  with ``op_type=create``) in the same bulk request as the firing, and created again with every reprocessing
  of the article, so a crash between the two never loses one and a repeat never doubles one. A sender claims a
  delivery with a conditional update (``if_seq_no``/``if_primary_term``): of two workers that try, one wins.
  A claim carries a lease; when the claimer dies, any worker on any host reclaims it once the lease ran out
  (at once when the claimer was a process of its own host that is gone). ``monitor alerts failed`` /
  ``resend`` and the API read and write the same documents.

Search in the engine sees a write after the next refresh (1 s); the paths that must see their own writes
at once use real-time gets or conditional updates, or refresh the deliveries index explicitly.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import socket
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from monitor.alerts.registry import (
    DIGEST_PERIODS,
    Alert,
    Builder,
    Delivery,
    Fired,
    FiredAlert,
    Registry,
    validate,
    worker_id,
)
from monitor.alerts.stories import story_updates
from monitor.alerts.subscriptions import SubscriptionLog
from monitor.model import Article
from monitor.procs import pid_alive
from monitor.store.engine_clients import EngineClient, EngineError, Retryable, connect

log = logging.getLogger(__name__)

FIRED_INDEX = "monitor-alerts-fired"
DELIVERIES_INDEX = "monitor-alerts-deliveries"
#: The live feed shows a firing once it is this old: long enough for the engine's refresh (1 s) and for
#: the clocks of the hosts to disagree a little, so that a poller never steps over a firing not yet visible.
SETTLE_MS = 3000
#: Items per bulk request: a batch whose articles fire thousands of alerts is written in several requests,
#: each well under the engine's request size limit.
BULK_ITEMS = 2000

_NOT_INDEXED = {"type": "text", "index": False}
FIRED_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "alert": {"type": "keyword"}, "article_id": {"type": "keyword"}, "seq": {"type": "long"},
        "fired_at": {"type": "date"}, "title": _NOT_INDEXED, "url": _NOT_INDEXED, "lang": {"type": "keyword"},
        "countries": {"type": "keyword"}, "snippet": _NOT_INDEXED, "by": {"type": "keyword"},
    },
}
DELIVERIES_MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "alert": {"type": "keyword"}, "article_id": {"type": "keyword"}, "channel": {"type": "keyword"},
        "target": {"type": "keyword", "index": False}, "status": {"type": "keyword"},
        "attempts": {"type": "integer"}, "failures": {"type": "integer"}, "last_error": _NOT_INDEXED,
        "payload": _NOT_INDEXED, "created": {"type": "double"}, "updated": {"type": "date"},
        "claimed_by": {"type": "keyword"}, "lease_until": {"type": "double"}, "digest_of": {"type": "keyword"},
    },
}

T = TypeVar("T")


class RegistryError(RuntimeError):
    """The engine refused a registry write for a reason retrying will not fix (a bug, not an outage)."""


def doc_id(*parts: str) -> str:
    """``alert|article[|channel]``; a hash when that would pass the engine's 512-byte id limit."""
    key = "|".join(parts)
    return key if len(key.encode("utf-8")) <= 512 else "h:" + hashlib.sha256(key.encode("utf-8")).hexdigest()


def _index_body(mappings: dict[str, Any]) -> dict[str, Any]:
    return {"settings": {"number_of_shards": 1, "number_of_replicas": 0}, "mappings": mappings}


def _now_iso() -> str:
    return datetime.now(UTC).isoformat()


def fired_seq(article_id: str, alert: str, now_ms: int) -> int:
    """An increasing position for the live feed: milliseconds, with three digits that separate the firings
    of one millisecond (below 2^53, so a browser reads it exactly)."""
    return now_ms * 1000 + zlib.crc32(f"{alert}|{article_id}".encode()) % 1000


class SharedRegistry(Registry):
    """Definitions on Kafka, firings and deliveries in the search engine (see the module docstring)."""

    def __init__(self, subscriptions: SubscriptionLog, client: EngineClient, *, wait_s: float = 120.0,
                 fired_index: str = FIRED_INDEX, deliveries_index: str = DELIVERIES_INDEX) -> None:
        self.subscriptions = subscriptions
        self.client = client
        self.wait_s = wait_s
        self.fired_index, self.deliveries_index = fired_index, deliveries_index
        self._lock = threading.RLock()
        # deliveries this process finished in the last seconds (a search may show them as they were before)
        self._finished: deque[str] = deque(maxlen=500)
        self._retrying("create the registry indices", self._ensure_indices)

    @classmethod
    def open(cls, settings: Any) -> SharedRegistry:
        log_ = SubscriptionLog(str(settings.kafka))
        try:
            return cls(log_, connect(str(settings.search_url)))
        except BaseException:
            log_.close()
            raise

    def _ensure_indices(self) -> None:
        for index, mappings in ((self.fired_index, FIRED_MAPPINGS), (self.deliveries_index, DELIVERIES_MAPPINGS)):
            if not self.client.index_exists(index):
                self.client.create_index(index, _index_body(mappings))  # False when another process won

    def _retrying(self, what: str, fn: Callable[[], T]) -> T:
        """Wait out an unreachable or overloaded engine (backoff, one warning per attempt), up to ``wait_s``."""
        started, attempt = time.monotonic(), 0
        while True:
            try:
                return fn()
            except Retryable as exc:
                waited = time.monotonic() - started
                if waited >= self.wait_s:
                    raise
                delay = min(30.0, 0.5 * 2**attempt) * (0.75 + random.random() / 2)
                log.warning("alert registry: search engine unavailable for %s (%s); retrying in %.1f s",
                            what, exc, delay)
                time.sleep(delay)
                attempt += 1

    def _search(self, index: str, body: dict[str, Any]) -> dict[str, Any]:
        return self._retrying(f"search {index}", lambda: self.client.search(index, body))

    def _bulk(self, operations: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Send bulk requests of at most :data:`BULK_ITEMS` items; items refused with 429/5xx are sent again
        (backoff, up to ``wait_s``). Returns every item's outcome in order (201/200, or 409 for a create or a
        conditional update that lost); any other refusal raises :class:`RegistryError`."""
        pairs = _pair(operations)
        outcomes: list[dict[str, Any]] = []
        for start in range(0, len(pairs), BULK_ITEMS):
            outcomes.extend(self._bulk_chunk(pairs[start : start + BULK_ITEMS]))
        return outcomes

    def _bulk_chunk(self, pairs: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
        outcomes: list[dict[str, Any] | None] = [None] * len(pairs)
        todo = list(range(len(pairs)))
        started, attempt = time.monotonic(), 0
        while todo:
            ops = [part for i in todo for part in pairs[i]]
            response = self._retrying("bulk write", lambda ops=ops: self.client.bulk(ops))
            retry = []
            for i, item in zip(todo, response.get("items", []), strict=True):
                outcome = next(iter(item.values()))
                status = int(outcome.get("status", 500))
                if status == 429 or status >= 500:
                    retry.append(i)
                else:
                    outcomes[i] = outcome
            todo = retry
            if todo:
                if time.monotonic() - started > self.wait_s:
                    raise Retryable(f"the engine refused {len(todo)} registry writes for {self.wait_s:.0f} s")
                time.sleep(min(10.0, 0.2 * 2**attempt))
                attempt += 1
        done = [o for o in outcomes if o is not None]
        for outcome in done:
            status = int(outcome.get("status", 500))
            if status >= 300 and status != 409:
                raise RegistryError(f"the engine refused a registry write ({status}): {outcome.get('error')}")
        return done

    # -- management -------------------------------------------------------------------------------

    def add(self, alert: Alert) -> Alert:
        validate(alert)
        stored = replace(alert, fired=0, delivered=0, failed=0)
        self.subscriptions.put(alert.name, stored)
        return alert

    def remove(self, name: str) -> bool:
        if self.subscriptions.get(name) is None:
            return False
        self.subscriptions.put(name, None)
        return True

    def set_paused(self, name: str, paused: bool) -> bool:
        alert = self.subscriptions.get(name)
        if alert is None:
            return False
        if alert.paused != paused:
            self.subscriptions.put(name, replace(alert, paused=paused))
        return True

    def get(self, name: str) -> Alert | None:
        alert = self.subscriptions.get(name)
        return None if alert is None else self._with_counts([alert], filter_names=True)[0]

    def definition(self, name: str) -> Alert | None:
        return self.subscriptions.get(name)

    def list(self, owner: str | None = None) -> list[Alert]:
        alerts = [a for a in self.subscriptions.alerts() if owner is None or a.owner == owner]
        return self._with_counts(alerts, filter_names=owner is not None)

    def active(self) -> list[Alert]:
        return [a for a in self.subscriptions.alerts() if not a.paused]

    def version(self) -> int:
        return self.subscriptions.version()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Serialises read-check-write sequences of this process; writers on other hosts are not held off:
        the last write of a definition wins (the topic keeps the order the broker accepted them in)."""
        with self._lock:
            yield

    def _with_counts(self, alerts: list[Alert], filter_names: bool) -> list[Alert]:
        if not alerts:
            return []
        names = [a.name for a in alerts] if filter_names else None
        fired = self._per_alert(self.fired_index, names, {})
        deliveries = self._per_alert(self.deliveries_index, names, {
            "delivered": {"filter": {"bool": {"filter": [{"term": {"status": "delivered"}}],
                                              "must_not": [{"exists": {"field": "digest_of"}}]}}},
            "failed": {"sum": {"field": "failures"}},
        })
        out = []
        for a in alerts:
            d = deliveries.get(a.name, {})
            out.append(replace(a, fired=int(fired.get(a.name, {}).get("doc_count", 0)),
                               delivered=int(d.get("delivered", {}).get("doc_count", 0)),
                               failed=int(d.get("failed", {}).get("value") or 0)))
        return out

    def _per_alert(self, index: str, names: list[str] | None, aggs: dict[str, Any]) -> dict[str, dict[str, Any]]:
        """Per alert name: the bucket of a composite aggregation (doc_count and ``aggs``), every page."""
        query: dict[str, Any] = {"terms": {"alert": names}} if names else {"match_all": {}}
        found: dict[str, dict[str, Any]] = {}
        after: dict[str, Any] | None = None
        while True:
            composite: dict[str, Any] = {"size": 1000, "sources": [{"alert": {"terms": {"field": "alert"}}}]}
            if after is not None:
                composite["after"] = after
            body = {"size": 0, "query": query, "aggs": {"per": {"composite": composite, "aggs": aggs}}}
            result = self._search(index, body)["aggregations"]["per"]
            for bucket in result["buckets"]:
                found[bucket["key"]["alert"]] = bucket
            after = result.get("after_key")
            if not result["buckets"] or after is None:
                return found

    # -- firing -----------------------------------------------------------------------------------

    def record(self, matches: Sequence[tuple[Article, Sequence[Alert]]], build: Builder) -> list[Fired]:
        """One bulk request: for every (alert, article) the firing and its deliveries, all ``create``. Only
        the firings the engine accepted as new are returned; deliveries are (re)sent every time, so a crash
        after the firing was written and before its deliveries were never loses one."""
        ops: list[dict[str, Any]] = []
        kinds: list[Fired | None] = []  # the firing for a fired document, None for a delivery
        now_ms, now, by = int(time.time() * 1000), time.time(), worker_id()
        queued = False
        for article, alerts in matches:
            for alert in alerts:
                one = build(alert, article)
                ops.append({"create": {"_index": self.fired_index, "_id": doc_id(alert.name, article.id)}})
                ops.append({"alert": alert.name, "article_id": article.id,
                            "seq": fired_seq(article.id, alert.name, now_ms), "fired_at": _now_iso(),
                            "title": article.title, "url": article.url, "lang": article.lang,
                            "countries": list(article.countries), "snippet": one.snippet, "by": by})
                kinds.append(one)
                payload = json.dumps(one.payload, ensure_ascii=False)
                for channel, target in (("webhook", alert.webhook), ("email", alert.email)):
                    if not target:
                        continue
                    ops.append({"create": {"_index": self.deliveries_index,
                                           "_id": doc_id(alert.name, article.id, channel)}})
                    ops.append({"alert": alert.name, "article_id": article.id, "channel": channel,
                                "target": target, "status": "held" if alert.digest else "pending", "attempts": 0,
                                "failures": 0, "payload": payload, "created": now, "updated": _now_iso()})
                    kinds.append(None)
                    queued = True
        if not ops:
            return []
        outcomes = self._bulk(ops)
        new = [one for one, outcome in zip(kinds, outcomes, strict=True)
               if one is not None and int(outcome["status"]) == 201]
        if queued:  # the deliverers search for pending deliveries: let them see these now, not in a second
            self._retrying("refresh deliveries", lambda: self.client.refresh(self.deliveries_index))
        return new

    def has_fired(self, alert: str, article_id: str) -> bool:
        return self._retrying("get a firing",
                              lambda: self.client.get_doc(self.fired_index, doc_id(alert, article_id))) is not None

    def _fired(self, body: dict[str, Any]) -> list[FiredAlert]:
        hits = self._search(self.fired_index, body)["hits"]["hits"]
        return [FiredAlert(seq=int(h["_source"]["seq"]), alert=h["_source"]["alert"],
                           article_id=h["_source"]["article_id"], fired_at=h["_source"]["fired_at"],
                           title=h["_source"].get("title"), url=h["_source"].get("url"),
                           lang=h["_source"].get("lang"), countries=list(h["_source"].get("countries") or []),
                           snippet=h["_source"].get("snippet")) for h in hits]

    def _settled(self) -> int:
        return (int(time.time() * 1000) - SETTLE_MS) * 1000

    def fired_since(self, seq: int = 0, limit: int = 100) -> list[FiredAlert]:
        return self._fired({"query": {"range": {"seq": {"gt": seq, "lte": self._settled()}}}, "size": limit,
                            "sort": [{"seq": "asc"}]})

    def last_fired(self, limit: int = 20) -> list[FiredAlert]:
        newest = self._fired({"query": {"range": {"seq": {"lte": self._settled()}}}, "size": limit,
                              "sort": [{"seq": "desc"}]})
        return newest[::-1]

    def fired_count(self, alert: str | None = None) -> int:
        body = {"query": {"term": {"alert": alert}}} if alert else None
        return self._retrying("count firings", lambda: self.client.count(self.fired_index, body))

    # -- deliveries -------------------------------------------------------------------------------

    def _deliveries(self, query: dict[str, Any], size: int = 1000) -> list[Delivery]:
        body = {"query": query, "size": size, "sort": [{"created": "asc"}], "seq_no_primary_term": True}
        hits = self._search(self.deliveries_index, body)["hits"]["hits"]
        return [_delivery(h) for h in hits]

    def _status(self, *statuses: str) -> dict[str, Any]:
        return {"terms": {"status": list(statuses)}}

    def has_work(self) -> bool:
        body = {"query": self._status("pending", "held", "sending")}
        return self._retrying("count deliveries", lambda: self.client.count(self.deliveries_index, body)) > 0

    def secret_of(self, alert: str) -> str | None:
        found = self.subscriptions.get(alert)
        return found.secret if found else None

    def pending_deliveries(self) -> list[Delivery]:
        return self._deliveries(self._status("pending"))

    def failed_deliveries(self, alert: str | None = None) -> list[Delivery]:
        query: dict[str, Any] = {"bool": {"filter": [self._status("failed")]}}
        if alert:
            query["bool"]["filter"].append({"term": {"alert": alert}})
        return self._deliveries(query, size=10_000)

    def delivery_counts(self) -> dict[str, int]:
        body = {"size": 0, "aggs": {"status": {"terms": {"field": "status", "size": 20}}}}
        buckets = self._search(self.deliveries_index, body)["aggregations"]["status"]["buckets"]
        return {b["key"]: int(b["doc_count"]) for b in buckets}

    def _update(self, delivery: Delivery, doc: dict[str, Any]) -> dict[str, Any] | None:
        """A conditional update of one delivery: its new version, or None when someone changed it first."""
        seq_no, term = delivery.version
        outcome = self._bulk([{"update": {"_index": self.deliveries_index, "_id": delivery.id,
                                          "if_seq_no": seq_no, "if_primary_term": term}}, {"doc": doc}])[0]
        return outcome if int(outcome["status"]) < 300 else None

    def release_stale_claims(self, now: float | None = None) -> int:
        now = time.time() if now is None else now
        host = socket.gethostname()
        released = 0
        for d in self._deliveries(self._status("sending")):
            owner_host, _, pid = (d.claimed_by or "").rpartition(":")
            dead = owner_host == host and pid.isdigit() and not pid_alive(int(pid))
            if (dead or (d.lease_until or 0) < now) and self._update(
                    d, {"status": "pending", "claimed_by": None, "lease_until": None, "updated": _now_iso()}):
                released += 1
        return released

    def claim_deliveries(self, claimer: str, lease_s: float, limit: int = 100) -> list[Delivery]:
        """Pending deliveries (and claims whose lease ran out), each taken with a conditional update: of two
        claimers, on any hosts, one gets it. Deliveries this process just finished are skipped (the search
        may still show them as they were before the refresh)."""
        now = time.time()
        query: dict[str, Any] = {"bool": {
            "should": [self._status("pending"),
                       {"bool": {"filter": [self._status("sending"), {"range": {"lease_until": {"lt": now}}}]}}],
            "minimum_should_match": 1,
        }}
        if self._finished:
            query["bool"]["must_not"] = [{"ids": {"values": list(self._finished)}}]
        claimed: list[Delivery] = []
        for d in self._deliveries(query, size=max(limit * 3, 20)):
            outcome = self._update(d, {"status": "sending", "claimed_by": claimer, "lease_until": now + lease_s,
                                       "updated": _now_iso()})
            if outcome is None:
                continue
            claimed.append(replace(d, status="sending", claimed_by=claimer,
                                   version=(outcome["_seq_no"], outcome["_primary_term"])))
            if len(claimed) >= limit:
                break
        return claimed

    def mark_delivery(self, delivery: Delivery, ok: bool, attempts: int, error: str | None) -> None:
        status = "delivered" if ok else "failed"
        doc = {"status": status, "attempts": delivery.attempts + attempts, "last_error": error,
               "updated": _now_iso(), "claimed_by": None, "lease_until": None,
               "failures": delivery.failures + (0 if ok else 1)}
        if self._update(delivery, doc) is None:
            log.warning("delivery %s was reclaimed by another worker while this one sent it (lease ran out)",
                        delivery.id)
            return
        self._finished.append(str(delivery.id))
        if ok and delivery.article_id.startswith("digest:"):  # the articles in the digest follow it
            members = self._deliveries({"bool": {"filter": [self._status("digested"),
                                                            {"term": {"digest_of": str(delivery.id)}}]}}, 10_000)
            ops: list[dict[str, Any]] = []
            for m in members:
                ops += [{"update": {"_index": self.deliveries_index, "_id": m.id}},
                        {"doc": {"status": "delivered", "updated": _now_iso()}}]
            if ops:
                self._bulk(ops)

    def requeue_failed(self, alert: str | None = None, delivery_id: int | str | None = None) -> int:
        query: dict[str, Any] = {"bool": {"filter": [self._status("failed")]}}
        if alert:
            query["bool"]["filter"].append({"term": {"alert": alert}})
        if delivery_id is not None:
            query["bool"]["filter"].append({"ids": {"values": [str(delivery_id)]}})
        requeued = 0
        for d in self._deliveries(query, size=10_000):
            if self._update(d, {"status": "pending", "updated": _now_iso()}):
                requeued += 1
                if str(d.id) in self._finished:
                    self._finished.remove(str(d.id))
        if requeued:
            self._retrying("refresh deliveries", lambda: self.client.refresh(self.deliveries_index))
        return requeued

    def flush_digests(self, now: float | None = None) -> int:
        """Held deliveries of a period that ended become one digest delivery per (alert, channel, target),
        with the id ``alert|digest:<period>:<first member>|channel``: two workers flushing at once create it
        once. A held delivery that becomes visible after its period's digest went out gets a digest of its
        own: late, never lost."""
        now = time.time() if now is None else now
        held = self._deliveries(self._status("held"), size=10_000)
        groups: dict[tuple[str, str, str], list[Delivery]] = {}
        for d in held:
            groups.setdefault((d.alert, d.channel, d.target), []).append(d)
        queued = 0
        for (alert_name, channel, target), members in groups.items():
            alert = self.subscriptions.get(alert_name)
            digest = (alert.digest if alert else None) or "hourly"
            period = DIGEST_PERIODS.get(digest, 3600)
            start = int(min(m.created or 0 for m in members) // period)
            if start >= int(now // period):
                continue  # the period is still running
            members = [m for m in members if int((m.created or 0) // period) == start]
            items = [json.loads(m.payload) for m in members]
            article_id = f"digest:{start * period}:{hashlib.sha256(str(members[0].id).encode()).hexdigest()[:12]}"
            payload = {"v": 1, "alert": alert_name, "digest": digest,
                       "query": items[0].get("query") if items else None,
                       "count": len(items), "articles": [i.get("article") for i in items]}
            updates = story_updates(payload["articles"])
            if updates:  # later reports of stories a per-story alert fired for
                payload["stories"] = updates
            digest_id = doc_id(alert_name, article_id, channel)
            created = self._bulk([
                {"create": {"_index": self.deliveries_index, "_id": digest_id}},
                {"alert": alert_name, "article_id": article_id, "channel": channel, "target": target,
                 "status": "pending", "attempts": 0, "failures": 0,
                 "payload": json.dumps(payload, ensure_ascii=False), "created": now, "updated": _now_iso()},
            ])[0]
            if int(created["status"]) != 201:
                continue  # another worker flushed this group first
            for m in members:
                self._update(m, {"status": "digested", "digest_of": digest_id, "last_error": f"in {digest_id}",
                                 "updated": _now_iso()})
            queued += 1
        if queued:
            self._retrying("refresh deliveries", lambda: self.client.refresh(self.deliveries_index))
        return queued

    # -- maintenance ------------------------------------------------------------------------------

    def drop_all(self) -> None:
        """Delete every firing and delivery (tests and benchmarks only; the definitions stay on Kafka)."""
        for index in (self.fired_index, self.deliveries_index):
            self.client.delete_index(index)
        self._ensure_indices()

    def close(self) -> None:
        try:
            self.subscriptions.close()
        finally:
            self.client.close()


def _is_source(op: dict[str, Any]) -> bool:
    return not (len(op) == 1 and next(iter(op)) in ("create", "index", "update", "delete"))


def _pair(operations: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Bulk operations grouped per item: an action line with its source line (none for a delete)."""
    items: list[list[dict[str, Any]]] = []
    for op in operations:
        if _is_source(op):
            items[-1].append(op)
        else:
            items.append([op])
    return items


def _delivery(hit: dict[str, Any]) -> Delivery:
    s = hit["_source"]
    return Delivery(id=hit["_id"], alert=s["alert"], article_id=s["article_id"], channel=s["channel"],
                    target=s["target"], payload=s["payload"], status=s["status"],
                    attempts=int(s.get("attempts") or 0), last_error=s.get("last_error"), created=s.get("created"),
                    claimed_by=s.get("claimed_by"), lease_until=s.get("lease_until"),
                    failures=int(s.get("failures") or 0), version=(hit.get("_seq_no"), hit.get("_primary_term")))


__all__ = ["SharedRegistry", "RegistryError", "EngineError", "doc_id", "fired_seq"]
