"""The search engine's percolator as a third alert matcher (Elasticsearch / OpenSearch): the only one.

The engine stores each alert's query, translated once by the engine store's own AST → DSL code
(:func:`monitor.store.engine_bodies.percolator_document`: the same expanded tree as the in-process matcher,
on a ``norm`` field of whole tokens and the canonical ``tags``), and answers "which stored queries match
these articles" in one request per batch. It must agree with :class:`~monitor.alerts.matcher.CompiledMatcher`;
``tests/integration/alerts`` checks that on a real node. It is slow at 10^5 stored queries (see LESSONS.md
and ``benchmarks/alerts.py``), which is why the workers match in process; the percolator is there for
deployments that keep alerts in the engine and for cross-checking. The engine store's
:meth:`~monitor.store.engine.EngineStore.percolator` returns one of these on the store's own client.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from monitor.alerts.matcher import Subscription
from monitor.model import Article
from monitor.store import engine_bodies as bodies
from monitor.store.engine_clients import EngineClient, connect


class Percolator:
    """Alert queries stored in the engine's ``monitor-alerts`` index; ``match_many`` percolates articles."""

    def __init__(self, url: str | None = None, *, client: EngineClient | None = None,
                 index: str = bodies.PERCOLATOR_INDEX) -> None:
        if client is None and url is None:
            raise ValueError("a search engine URL or client is needed")
        self.client: EngineClient = client or connect(str(url))
        self.index = index
        self.client.create_index(self.index, bodies.percolator_index_body())  # False when it exists: fine

    def _bulk(self, operations: list[dict[str, Any]]) -> None:
        result = self.client.bulk(operations)
        errors = [i for i in result.get("items", []) if next(iter(i.values())).get("status", 500) >= 300]
        errors = [i for i in errors if next(iter(i.values())).get("status") != 404]  # deleting a missing one
        if errors:
            raise RuntimeError(f"storing alert queries failed: {errors[:3]}")

    def add_many(self, subscriptions: Iterable[Subscription], batch: int = 2000) -> int:
        """Store (or replace) alert queries (id = alert name: idempotent), in bulk; returns how many."""
        written = 0
        ops: list[dict[str, Any]] = []
        for sub in subscriptions:
            ops.append({"index": {"_index": self.index, "_id": sub.name}})
            ops.append(bodies.percolator_document(sub.name, sub.query))
            if len(ops) >= 2 * batch:
                self._bulk(ops)
                written += len(ops) // 2
                ops = []
        if ops:
            self._bulk(ops)
            written += len(ops) // 2
        self.client.refresh(self.index)
        return written

    def add(self, sub: Subscription) -> None:
        self.add_many([sub])

    def remove(self, name: str) -> None:
        self.client.delete_doc(self.index, name)
        self.client.refresh(self.index)

    def clear(self) -> None:
        self.client.delete_index(self.index)
        self.client.create_index(self.index, bodies.percolator_index_body())

    def names(self) -> set[str]:
        """Names of the stored queries."""
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
            self._bulk(operations)
        self.client.refresh(self.index)

    def match_many(self, articles: Sequence[Article], page: int = 10_000) -> list[list[str]]:
        """For each article (in order), the sorted names of the stored queries it matches (one request per
        batch, paged with search_after when more than ``page`` queries match)."""
        if not articles:
            return []
        out: list[set[str]] = [set() for _ in articles]
        body = bodies.percolate_body(list(articles), max_matches=page)
        body["sort"] = [{"name": "asc"}]
        body["track_total_hits"] = True
        while True:
            result = self.client.search(self.index, body)
            hits = result["hits"]["hits"]
            for hit in hits:
                slots = hit.get("fields", {}).get("_percolator_document_slot", [0])
                for slot in slots:
                    out[int(slot)].add(hit["_source"]["name"])
            if len(hits) < page:
                break
            body["search_after"] = hits[-1]["sort"]
        return [sorted(s) for s in out]

    def match(self, article: Article) -> list[str]:
        return self.match_many([article])[0]

    def close(self) -> None:
        self.client.close()
