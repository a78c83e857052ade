"""Alert matching inside the search engine: subscriptions stored as percolator queries.

Each alert's query string is parsed and expanded by :mod:`monitor.query` once, translated to the engine's
query DSL (the same translation search uses, on whole tokens like the in-process matcher), and stored in
the ``monitor-alerts`` percolator index under the alert's name. Newly indexed articles are then percolated in
batches: one request answers, for every article, which alerts it fires.

The in-process :class:`monitor.alerts.matcher.CompiledMatcher` stays the reference (an integration test
checks that both agree). Lessons from others: the stock percolator slows down badly around 10^5 stored
queries, so this is for the distributed runtime with a moderate number of alerts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from monitor.alerts.matcher import Subscription
from monitor.model import Article
from monitor.store import engine_bodies as bodies
from monitor.store.engine_clients import EngineClient


class EnginePercolator:
    """Stored alert queries in one percolator index; ``match`` percolates articles against all of them."""

    def __init__(self, client: EngineClient, index: str = bodies.PERCOLATOR_INDEX) -> None:
        self.client = client
        self.index = index
        if not client.index_exists(index):
            client.create_index(index, bodies.percolator_index_body())

    def add(self, subscription: Subscription) -> None:
        """Store (or replace) one alert; id = alert name, so registering again is idempotent."""
        doc = bodies.percolator_document(subscription.name, subscription.query)
        self.client.index(self.index, subscription.name, doc)

    def remove(self, name: str) -> None:
        self.client.delete_doc(self.index, name)

    def names(self) -> set[str]:
        found: set[str] = set()
        after: list[Any] | None = None
        while True:
            body: dict[str, Any] = {"query": {"match_all": {}}, "size": 1000, "_source": False,
                                    "sort": [{"name": "asc"}]}  # fmt: skip
            if after is not None:
                body["search_after"] = after
            hits = self.client.search(self.index, body)["hits"]["hits"]
            found |= {h["_id"] for h in hits}
            if len(hits) < 1000:
                return found
            after = hits[-1]["sort"]

    def sync(self, subscriptions: Iterable[Subscription]) -> None:
        """Make the stored queries exactly ``subscriptions`` (the alert registry is the source of truth)."""
        wanted = {s.name: s for s in subscriptions}
        operations: list[dict[str, Any]] = []
        for sub in wanted.values():
            operations.append({"index": {"_index": self.index, "_id": sub.name}})
            operations.append(bodies.percolator_document(sub.name, sub.query))
        for name in self.names() - set(wanted):
            operations.append({"delete": {"_index": self.index, "_id": name}})
        if operations:
            response = self.client.bulk(operations)
            errors = [i for i in response.get("items", []) if next(iter(i.values())).get("status", 500) >= 300]
            errors = [i for i in errors if next(iter(i.values())).get("status") != 404]
            if errors:
                raise RuntimeError(f"storing alert queries failed: {errors[:3]}")
        self.client.refresh(self.index)

    def match(self, articles: Sequence[Article]) -> list[list[str]]:
        """For each article (in order), the sorted names of the alerts it fires."""
        if not articles:
            return []
        response = self.client.search(self.index, bodies.percolate_body(list(articles)))
        fired: list[set[str]] = [set() for _ in articles]
        for hit in response["hits"]["hits"]:
            slots = hit.get("fields", {}).get("_percolator_document_slot", [0])
            for slot in slots:
                fired[int(slot)].add(hit["_source"]["name"])
        return [sorted(names) for names in fired]
