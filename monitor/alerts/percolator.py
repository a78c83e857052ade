"""The search engine's percolator as a third alert matcher (Elasticsearch / OpenSearch).

The engine stores each alert's query, translated once by the engine store's own AST → DSL code
(:func:`monitor.store.engine_bodies.percolator_document`: the same expanded tree as the in-process matcher,
on a ``norm`` field of whole tokens and the canonical ``tags``), and answers "which stored queries match
these articles" in one request per batch. It must agree with :class:`~monitor.alerts.matcher.CompiledMatcher`;
``tests/integration/alerts`` checks that on a real node. It is slow at 10^5 stored queries (see LESSONS.md),
which is why the workers match in process; the percolator is there for deployments that keep alerts in the
engine and for cross-checking.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from monitor.alerts.matcher import Subscription
from monitor.model import Article
from monitor.store import engine_bodies as bodies
from monitor.store.engine_clients import EngineClient, connect


class Percolator:
    """Alert queries stored in the engine's ``monitor-alerts`` index; ``match`` percolates articles."""

    def __init__(self, url: str | None = None, *, client: EngineClient | None = None,
                 index: str = bodies.PERCOLATOR_INDEX) -> None:
        if client is None and url is None:
            raise ValueError("a search engine URL or client is needed")
        self.client: EngineClient = client or connect(str(url))
        self.index = index
        self.client.create_index(self.index, bodies.percolator_index_body())  # False when it exists: fine

    def add_many(self, subscriptions: Iterable[Subscription], batch: int = 2000) -> int:
        """Store (or replace) alert queries, in bulk; returns how many were written."""
        written = 0
        ops: list[dict[str, Any]] = []

        def flush() -> None:
            nonlocal written
            if not ops:
                return
            result = self.client.bulk(ops)
            if result.get("errors"):
                first = next((i for i in result.get("items", []) if next(iter(i.values())).get("error")), None)
                raise RuntimeError(f"percolator bulk write failed: {first}")
            written += len(ops) // 2
            ops.clear()

        for sub in subscriptions:
            ops.append({"index": {"_index": self.index, "_id": sub.name}})
            ops.append(bodies.percolator_document(sub.name, sub.query))
            if len(ops) >= 2 * batch:
                flush()
        flush()
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

    def match_many(self, articles: Sequence[Article], page: int = 10_000) -> list[list[str]]:
        """For each article, the sorted names of the stored queries it matches (one request per batch)."""
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
                    out[slot].add(hit["_source"]["name"])
            if len(hits) < page:
                break
            body["search_after"] = hits[-1]["sort"]
        return [sorted(s) for s in out]

    def match(self, article: Article) -> list[str]:
        return self.match_many([article])[0]

    def close(self) -> None:
        self.client.close()
