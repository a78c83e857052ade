"""The search store on Elasticsearch 8/9 or OpenSearch 2.x, behind the same :class:`Store` interface as the
embedded SQLite store.

Layout: one index per month of publication (``monitor-articles-YYYY.MM``) created from one index template,
a read alias over all of them and a write alias on the current month. Each article is written with id =
article id to the index of its own month, or to the index it is in already, so writing it again overwrites
it instead of adding a copy; old months can be dropped or moved as whole indices.

Writes go in bounded bulk batches. Connection loss, 429 and 5xx are retried with capped exponential backoff
and a clear log message until ``max_wait_s`` is spent; per-document failures (a mapping conflict, a bad
date) are reported in the :class:`WriteResult`, logged and appended to the rejects file: never dropped.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from monitor.highlight import match_spans, snippet
from monitor.model import Article
from monitor.query import QueryError, highlight_terms, parse
from monitor.rejects import RejectsFile
from monitor.store import engine_bodies as bodies
from monitor.store.base import Hit, SearchRequest, SearchResult, Stats, WriteResult, complete_names, filter_node
from monitor.store.engine_clients import (
    EngineClient,
    EngineError,
    EngineUnavailable,
    Retryable,
    _safe,
    connect,
)
from monitor.tags import entity_tags

log = logging.getLogger("monitor.store.engine")

__all__ = ["EngineStore", "EngineError", "EngineUnavailable"]


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class EngineStore:
    """Articles in Elasticsearch or OpenSearch. Safe to construct many times: set-up is idempotent."""

    def __init__(
        self,
        url: str,
        *,
        rejects: RejectsFile | None = None,
        batch_size: int = 500,
        max_batch_bytes: int = 8_000_000,
        max_wait_s: float = 600.0,
        read_wait_s: float = 20.0,
        shards: int = 1,
        replicas: int = 0,
        refresh_on_write: bool = False,
        concurrency: int = 2,
        on_wait: Callable[[str], None] | None = None,
        client: EngineClient | None = None,
    ) -> None:
        self.url = url
        self.rejects = rejects
        self.batch_size = max(1, batch_size)
        self.max_batch_bytes = max_batch_bytes
        self.max_wait_s = max_wait_s
        self.read_wait_s = read_wait_s
        self.refresh_on_write = refresh_on_write
        self.concurrency = max(1, concurrency)
        self._on_wait = on_wait
        self._shards, self._replicas = shards, replicas
        self._known_indices: set[str] = set()
        self._percolator: Any = None
        self.client: EngineClient = client or self._retrying("connect", lambda: connect(url), self.read_wait_s)
        self.ensure_ready()

    # ------------------------------------------------------------------------------ set-up

    @property
    def kind(self) -> str:
        return self.client.info.kind

    def ensure_ready(self) -> None:
        """Template, current month's index and both aliases; every step may run any number of times."""
        self._retrying(
            "put index template",
            lambda: self.client.put_index_template(
                bodies.TEMPLATE_NAME, bodies.index_template(self._shards, self._replicas)
            ),
            self.read_wait_s,
        )
        current = bodies.month_index(datetime.now(UTC))
        self._ensure_index(current, self.read_wait_s)
        holders = self._retrying(
            "read write alias", lambda: self.client.alias_indices(bodies.WRITE_ALIAS), self.read_wait_s
        )
        if holders != [current]:
            actions: list[dict[str, Any]] = [
                {"remove": {"index": i, "alias": bodies.WRITE_ALIAS}} for i in holders if i != current
            ]
            actions.append({"add": {"index": current, "alias": bodies.WRITE_ALIAS, "is_write_index": True}})
            self._retrying("move write alias", lambda: self.client.update_aliases(actions), self.read_wait_s)

    def _ensure_index(self, name: str, wait_s: float | None = None) -> None:
        if name in self._known_indices:
            return
        if self._retrying("check index", lambda: self.client.index_exists(name), wait_s):
            self._known_indices.add(name)
            return
        # Settings and mappings come from the template; the body only repeats the read alias.
        body = {"aliases": {bodies.READ_ALIAS: {}}}
        self._retrying("create index", lambda: self.client.create_index(name, body), wait_s)
        self._known_indices.add(name)

    # ------------------------------------------------------------------------------ waiting

    def _wait_message(self, what: str, exc: Exception, delay: float, waited: float, limit: float | None = None) -> None:
        message = (
            f"search engine not available for {what} ({exc}); retrying in {delay:.1f}s "
            f"(waited {waited:.0f}s of at most {self.max_wait_s if limit is None else limit:.0f}s)"
        )
        log.warning(message)
        if self._on_wait is not None:
            self._on_wait(message)

    def _backoff(self, attempt: int) -> float:
        return min(30.0, 0.5 * 2**attempt) * (0.75 + random.random() / 2)

    def _retrying(self, what: str, fn: Callable[[], Any], wait_s: float | None = None) -> Any:
        """Run ``fn``; on :class:`Retryable` wait with backoff and try again, up to ``wait_s`` (writes:
        ``max_wait_s``, so a replay outlives an engine restart; reads and start-up: ``read_wait_s``, so an
        interactive search or a wrong URL fails within seconds with a clear error)."""
        limit = self.max_wait_s if wait_s is None else wait_s
        attempt, started = 0, time.monotonic()
        while True:
            try:
                return fn()
            except Retryable as exc:
                waited = time.monotonic() - started
                if waited >= limit:
                    raise EngineUnavailable(
                        f"search engine at {_safe(self.url)} still unavailable after {waited:.0f}s ({what}): {exc}"
                    ) from exc
                delay = min(self._backoff(attempt), max(0.1, limit - waited))
                self._wait_message(what, exc, delay, waited, limit)
                time.sleep(delay)
                attempt += 1

    # ------------------------------------------------------------------------------ writes

    def upsert_articles(self, articles: Sequence[Article]) -> WriteResult:
        """Index articles (id = article id, overwriting). Articles stored already with the same content are
        counted as unchanged and not sent again. Waits out outages; never drops a document.

        Batches are prepared (normalised, hashed, looked up) in this thread while up to ``concurrency``
        earlier batches are on the wire, so Python and the engine work at the same time."""
        now = datetime.now(UTC)
        latest: dict[str, Article] = {a.id: a for a in articles}  # the last version of a repeated id wins
        result = WriteResult()
        in_flight: deque[Future[WriteResult]] = deque()
        sent_any = False

        def collect(future: Future[WriteResult]) -> None:
            done = future.result()
            result.written += done.written
            result.failed.extend(done.failed)

        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="engine-bulk") as pool:
            try:
                for chunk in _chunks(list(latest.values()), self.batch_size):
                    docs = self._prepare(chunk, now, result)
                    if not docs:
                        continue
                    if len(in_flight) >= self.concurrency:
                        collect(in_flight.popleft())
                    in_flight.append(pool.submit(self._index_documents, docs))
                    sent_any = True
            finally:
                while in_flight:  # never leave a batch unaccounted for, even when raising
                    collect(in_flight.popleft())
        if self.refresh_on_write and sent_any:
            self.refresh()
        return result

    def _prepare(
        self, chunk: Sequence[Article], now: datetime, result: WriteResult
    ) -> list[tuple[str, str, dict[str, Any]]]:
        """Documents of ``chunk`` that need writing, each routed to its index; unchanged ones are counted."""
        stored = self._stored(chunk)
        docs = []
        for a in chunk:
            doc = bodies.article_document(a, now)
            where = stored.get(a.id)
            if where and where[1] == doc["content_hash"]:
                result.unchanged += 1
                continue
            # An article stays in the index it was first written to (its fetch time may have moved to
            # another month since), so re-writing overwrites and never leaves a second copy.
            index = where[0] if where else bodies.month_index(bodies.article_month_date(a))
            docs.append((index, a.id, doc))
        return docs

    def _stored(self, articles: Sequence[Article]) -> dict[str, tuple[str, str | None]]:
        """``id -> (index, content hash)`` of the articles that are in the engine already."""
        body = {"query": {"ids": {"values": [a.id for a in articles]}}, "size": len(articles),
                "_source": ["content_hash"]}  # fmt: skip
        response = self._retrying("look up stored articles", lambda: self.client.search(bodies.READ_ALIAS, body))
        return {
            h["_id"]: (h["_index"], h["_source"].get("content_hash")) for h in response.get("hits", {}).get("hits", [])
        }

    def index_documents(self, docs: Sequence[tuple[str, str, dict[str, Any]]]) -> WriteResult:
        """Bulk-write ``(index, id, document)`` triples in bounded batches. Documents the engine refuses are
        reported in ``failed`` and kept in the rejects file; the rest of the batch is written."""
        result = self._index_documents(docs)
        if self.refresh_on_write and docs:
            self.refresh()
        return result

    def _index_documents(self, docs: Sequence[tuple[str, str, dict[str, Any]]]) -> WriteResult:
        result = WriteResult()
        for index in sorted({d[0] for d in docs}):
            self._ensure_index(index)
        for batch in self._batches(docs):
            self._write_batch(batch, result)
        return result

    def _batches(self, docs: Sequence[tuple[str, str, dict[str, Any]]]) -> Iterator[list[Any]]:
        batch: list[Any] = []
        size = 0
        for item in docs:
            doc = item[2]
            # Estimate, not serialise: title/text/norm dominate (up to 2 bytes per Arabic-script letter).
            item_size = 2 * (len(doc.get("title") or "") + len(doc.get("text") or "") + len(doc.get("norm") or ""))
            item_size += 2048
            if batch and (len(batch) >= self.batch_size or size + item_size > self.max_batch_bytes):
                yield batch
                batch, size = [], 0
            batch.append(item)
            size += item_size
        if batch:
            yield batch

    def _write_batch(self, batch: list[tuple[str, str, dict[str, Any]]], result: WriteResult) -> None:
        pending = batch
        attempt, started = 0, time.monotonic()
        while pending:
            ops: list[dict[str, Any]] = []
            for index, doc_id, doc in pending:
                ops.append({"index": {"_index": index, "_id": doc_id}})
                ops.append(doc)
            response = self._retrying("bulk write", lambda ops=ops: self.client.bulk(ops))
            retry: list[tuple[str, str, dict[str, Any]]] = []
            for item, sent in zip(response.get("items", []), pending, strict=True):
                outcome = next(iter(item.values()))
                status = int(outcome.get("status", 500))
                if status < 300:
                    result.written += 1
                elif status == 429 or status >= 500:
                    retry.append(sent)
                else:
                    self._reject(sent, status, outcome.get("error"), result)
            pending = retry
            if pending:
                waited = time.monotonic() - started
                if waited >= self.max_wait_s:
                    for sent in pending:
                        self._reject(sent, 429, {"reason": f"still refused after {waited:.0f}s"}, result)
                    return
                delay = self._backoff(attempt)
                self._wait_message(
                    f"{len(pending)} documents refused with 429/5xx",
                    RuntimeError("engine busy"),
                    delay,
                    waited,
                )
                time.sleep(delay)
                attempt += 1

    def _reject(self, sent: tuple[str, str, dict[str, Any]], status: int, error: Any, result: WriteResult) -> None:
        index, doc_id, doc = sent
        if isinstance(error, dict):
            reason = f"{error.get('type', 'error')}: {error.get('reason', '')}"
            caused = error.get("caused_by")
            if isinstance(caused, dict):
                reason += f" (caused by {caused.get('type')}: {caused.get('reason')})"
        else:
            reason = str(error)
        reason = f"search index refused ({status}) {reason}"
        result.failed.append((doc_id, reason))
        log.error("article %s not indexed: %s", doc_id, reason)
        if self.rejects is not None:
            raw = json.dumps({"index": index, "id": doc_id, "document": doc}, ensure_ascii=False, default=str)
            self.rejects.add(f"article {doc_id}", reason, raw.encode("utf-8"), stage="search-index")

    def refresh(self) -> None:
        """Make everything written so far searchable (tests, benchmarks, end of a replay)."""
        self._retrying("refresh", lambda: self.client.refresh(bodies.READ_ALIAS))

    # ------------------------------------------------------------------------------ reads

    def search(self, request: SearchRequest) -> SearchResult:
        """Ranked hits, facets (first page) and a search_after cursor for the next page."""
        node = complete_names(parse(request.query), self)
        try:
            after = bodies.decode_cursor(request.cursor) if request.cursor else None
        except ValueError as exc:  # the same error type as the embedded store, so callers answer 400
            raise QueryError("invalid cursor", 0, request.cursor or "") from exc
        limit = max(1, min(request.limit, 500))
        body = bodies.search_body(
            node,
            bodies.filters(
                request.lang, request.country, request.source, request.since, request.until,
                relevant_only=getattr(request, "relevant_only", False),
            ),
            limit,
            after,
            facets=request.facets,
            sort=request.sort,
        )  # fmt: skip
        # Articles live in one index per month: BM25 with each index's own statistics would score the same
        # article differently by month. dfs_query_then_fetch scores with the statistics of all of them (as the
        # embedded store's one FTS5 table does) for one more quick round trip.
        search_type = "dfs_query_then_fetch" if request.sort == "relevance" else None
        response = self._retrying("search", lambda: self.client.search(bodies.READ_ALIAS, body, search_type),
                                  self.read_wait_s)
        terms = highlight_terms(filter_node(request))  # the --country filter's names are marked too
        hits: list[Hit] = []
        raw_hits = response.get("hits", {}).get("hits", [])
        for h in raw_hits:
            article = bodies.document_article(h["_source"])
            tag_map = {i: entity_tags(e) for i, e in enumerate(article.entities)}
            spans = match_spans(article, terms, tag_map)
            hits.append(
                Hit(
                    id=article.id,
                    title=article.title,
                    lang=article.lang,
                    countries=list(article.countries),
                    score=float(h.get("_score") or 0.0),
                    snippet=snippet(article, spans),
                    url=article.url,
                    source=article.source,
                    published=article.published,
                    date_source=article.date_source,
                    entities=article.entities,
                    cluster=article.cluster,
                )
            )
        total = response.get("hits", {}).get("total", {})
        total_n = int(total.get("value", 0)) if isinstance(total, dict) else int(total or 0)
        next_cursor = bodies.encode_cursor(raw_hits[-1]["sort"]) if len(raw_hits) == limit else None
        facets = bodies.facet_counts(response.get("aggregations")) if body.get("aggs") else {}
        return SearchResult(hits=hits, total=total_n, facets=facets, next_cursor=next_cursor)

    def get_article(self, article_id: str) -> Article | None:
        body = {"query": {"ids": {"values": [article_id]}}, "size": 1, "_source": bodies.SOURCE_FIELDS}
        response = self._retrying("get article", lambda: self.client.search(bodies.READ_ALIAS, body), self.read_wait_s)
        found = response.get("hits", {}).get("hits", [])
        return bodies.document_article(found[0]["_source"]) if found else None

    def get_articles(self, article_ids: Sequence[str]) -> dict[str, Article]:
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        body = {"query": {"ids": {"values": ids}}, "size": len(ids), "_source": bodies.SOURCE_FIELDS}
        response = self._retrying("get articles", lambda: self.client.search(bodies.READ_ALIAS, body),
                                  self.read_wait_s)
        found = [bodies.document_article(h["_source"]) for h in response.get("hits", {}).get("hits", [])]
        return {a.id: a for a in found}

    def for_thread(self) -> EngineStore:
        """The HTTP client pools connections and is thread-safe: every thread shares this store."""
        return self

    def count(self, relevant_only: bool = False) -> int:
        body = {"query": {"term": {"relevant": True}}} if relevant_only else None
        return int(self._retrying("count", lambda: self.client.count(bodies.READ_ALIAS, body), self.read_wait_s))

    def iter_articles(self, relevant_only: bool = True, batch: int = 500,
                      newest_first: bool = False) -> Iterator[Article]:
        """All stored articles, oldest (or newest) first: search_after over a total order (when, id)."""
        after: list[Any] | None = None
        query = {"term": {"relevant": True}} if relevant_only else {"match_all": {}}
        order = "desc" if newest_first else "asc"
        while True:
            body: dict[str, Any] = {"query": query, "size": batch, "_source": bodies.SOURCE_FIELDS,
                                    "sort": [{"when": order}, {"id": order}]}  # fmt: skip
            if after is not None:
                body["search_after"] = after
            hits = self._retrying(
                "scan", lambda body=body: self.client.search(bodies.READ_ALIAS, body), self.read_wait_s
            )["hits"]["hits"]
            for h in hits:
                yield bodies.document_article(h["_source"])
            if len(hits) < batch:
                return
            after = hits[-1]["sort"]

    def stats(self, since: datetime | None = None, until: datetime | None = None,
              relevant_only: bool = True) -> Stats:
        """One aggregation: day buckets with country and language sub-buckets."""
        body = bodies.stats_body(since, until, relevant_only)
        response = self._retrying("stats", lambda: self.client.search(bodies.READ_ALIAS, body), self.read_wait_s)
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

    def tags_starting(self, prefix: str, limit: int = 10) -> list[tuple[str, int]]:
        """One terms aggregation over ``tags`` restricted to the prefix."""
        import re as _re

        body = {"size": 0, "query": {"prefix": {"tags": prefix}},
                "aggs": {"t": {"terms": {"field": "tags", "include": _re.escape(prefix) + ".*", "size": limit}}}}
        response = self._retrying("tags", lambda: self.client.search(bodies.READ_ALIAS, body), self.read_wait_s)
        return [(str(b["key"]), int(b["doc_count"])) for b in response.get("aggregations", {}).get("t", {})
                .get("buckets", [])]

    def close(self) -> None:
        """Make the writes searchable (so ``monitor replay`` then ``monitor search`` agree), then close."""
        try:
            self.client.refresh(bodies.READ_ALIAS)
        except EngineError as exc:  # closing must not fail because the engine went away
            log.warning("refresh on close failed: %s", exc)
        self.client.close()

    # ------------------------------------------------------------------------------ alerts in the engine

    def percolator(self) -> Any:
        """The alert queries stored in this engine (:class:`monitor.alerts.percolator.Percolator`)."""
        if self._percolator is None:
            from monitor.alerts.percolator import Percolator

            self._percolator = self._retrying(
                "open percolator", lambda: Percolator(client=self.client), self.read_wait_s
            )
        return self._percolator

    def match_alerts(self, articles: Sequence[Article]) -> dict[str, list[str]]:
        """Alert names fired by each newly indexed *relevant* article, percolated in the engine."""
        relevant = [a for a in articles if a.relevant]
        fired = self._retrying("percolate", lambda: self.percolator().match_many(relevant), self.read_wait_s)
        return {a.id: names for a, names in zip(relevant, fired, strict=True) if names}

    # ------------------------------------------------------------------------------ maintenance

    def drop_all(self) -> None:
        """Delete every article index (tests and benchmarks only)."""
        for index in self._retrying("list indices", lambda: self.client.alias_indices(bodies.READ_ALIAS)):
            self.client.delete_index(index)
        self._known_indices.clear()
        self.ensure_ready()

