"""Story members in the search engine: the story state of the distributed runtime (every worker, every host).

One document per report in ``monitor-story-members``, id = article id: its story, its publication time,
its in-scope parties (what the candidate query filters on), its signature and the reasons of its
assignment. New members are written with ``op_type=create`` (a reprocessed article keeps the story it got
first), moves as partial updates of the moved report only, and the index is refreshed after each batch so
that the next batch, on any worker, sees them.

A member's signature never changes once written (a move changes its story and reasons only), so each
worker keeps the signatures it has read or written (at most :data:`CACHED` of them) and asks the engine,
for every batch, only which reports are in the window and in which story each is now, from doc values
(nothing of ``_source`` is loaded); the signatures of the members it has not seen yet are fetched by id.
Stories and their sizes are read fresh for every batch: they are what other workers change.

Two workers that assign two reports of one event at the same moment, before either refresh, can each open
a story; the next report of that event that scores with both moves a lone report into its story (see
:func:`monitor.stories.assign.decide`), so such a split heals as the event is reported further. Workers
consume ``news.matched`` by partition and article id, so this needs two reports of one event within the
same second or two.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from monitor.dates import aware
from monitor.store.engine_clients import EngineClient, EngineError, Retryable, connect
from monitor.stories.assign import Assignment, Member, Move
from monitor.stories.book import Story
from monitor.stories.signature import Signature

log = logging.getLogger(__name__)

INDEX = "monitor-story-members"
_NOT_INDEXED = {"type": "text", "index": False}
MAPPINGS: dict[str, Any] = {
    "dynamic": "strict",
    "properties": {
        "article_id": {"type": "keyword"}, "story_id": {"type": "keyword"}, "at": {"type": "date"},
        "home": {"type": "keyword"}, "signature": _NOT_INDEXED, "reasons": _NOT_INDEXED,
    },
}
_PAGE = 2000
#: Signatures a worker keeps: a few days of a busy stream (150 in-scope reports a day) many times over.
CACHED = 50_000
T = TypeVar("T")


class EngineStories:
    """:class:`monitor.stories.service.StoryStore` in Elasticsearch or OpenSearch."""

    def __init__(self, client: EngineClient, *, index: str = INDEX, wait_s: float = 120.0) -> None:
        self.client = client
        self.index = index
        self.wait_s = wait_s
        self._signatures: dict[str, Signature] = {}  # article id -> its signature (immutable once written)
        self._retrying("create the story index", self._ensure_index)

    @classmethod
    def from_settings(cls, settings: Any) -> EngineStories:
        return cls(connect(str(settings.search_url)))

    def _ensure_index(self) -> None:
        if not self.client.index_exists(self.index):
            self.client.create_index(self.index, {"settings": {"number_of_shards": 1, "number_of_replicas": 0},
                                                  "mappings": MAPPINGS})

    def _retrying(self, what: str, fn: Callable[[], T]) -> T:
        started, attempt = time.monotonic(), 0
        while True:
            try:
                return fn()
            except Retryable as exc:
                if time.monotonic() - started >= self.wait_s:
                    raise
                delay = min(30.0, 0.5 * 2**attempt) * (0.75 + random.random() / 2)
                log.warning("stories: search engine unavailable for %s (%s); retrying in %.1f s", what, exc, delay)
                time.sleep(delay)
                attempt += 1

    def _scan(self, query: dict[str, Any], fields: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Every document matching ``query`` (search_after over the article id): its ``_source``, or with
        ``fields`` only those keyword fields, from doc values (the stored ``_source`` is not read)."""
        out: list[dict[str, Any]] = []
        after: list[Any] | None = None
        while True:
            body: dict[str, Any] = {"query": query, "size": _PAGE, "sort": [{"article_id": "asc"}]}
            if fields is not None:
                body["_source"] = False
                body["docvalue_fields"] = list(fields)
            if after is not None:
                body["search_after"] = after
            hits = self._retrying("read story members",
                                  lambda body=body: self.client.search(self.index, body))["hits"]["hits"]
            if fields is None:
                out.extend(h["_source"] for h in hits)
            else:
                out.extend({f: h["fields"][f][0] for f in fields} for h in hits)
            if len(hits) < _PAGE:
                return out
            after = hits[-1]["sort"]

    def assigned(self, article_ids: Sequence[str]) -> dict[str, str]:
        if not article_ids:
            return {}
        docs = self._scan({"ids": {"values": list(article_ids)}}, ("article_id", "story_id"))
        return {d["article_id"]: d["story_id"] for d in docs}

    def members_near(self, countries: Iterable[str], start: datetime, end: datetime) -> list[Member]:
        wanted = sorted(set(countries))
        if not wanted:
            return []
        docs = self._scan({"bool": {"filter": [
            {"range": {"at": {"gte": aware(start).isoformat(), "lte": aware(end).isoformat()}}},
            {"terms": {"home": wanted}},
        ]}}, ("article_id", "story_id"))
        signatures = self._signatures_of([d["article_id"] for d in docs])
        # The assignment asks of a story only whether it is one report alone: a story with two reports in the
        # window is not, and only the stories with one are counted over the whole index.
        in_window = Counter(d["story_id"] for d in docs)
        sizes = self._sizes({story_id for story_id, n in in_window.items() if n == 1})
        return [Member(d["story_id"], signatures[d["article_id"]],
                       in_window[d["story_id"]] if in_window[d["story_id"]] > 1 else sizes.get(d["story_id"], 1))
                for d in docs if d["article_id"] in signatures]

    def _signatures_of(self, article_ids: Sequence[str]) -> dict[str, Signature]:
        """The signatures of these members: those this worker has seen from its cache, the others fetched by id
        (a member deleted in between is left out)."""
        missing = [aid for aid in article_ids if aid not in self._signatures]
        for i in range(0, len(missing), _PAGE):
            for d in self._scan({"ids": {"values": missing[i : i + _PAGE]}}):
                self._remember(Signature.from_json(json.loads(d["signature"])))
        return {aid: self._signatures[aid] for aid in article_ids if aid in self._signatures}

    def _remember(self, sig: Signature) -> None:
        if len(self._signatures) >= CACHED:  # the oldest-read half goes: a window's members are read again
            for aid in list(self._signatures)[: CACHED // 2]:
                del self._signatures[aid]
        self._signatures[sig.article_id] = sig

    def _sizes(self, story_ids: set[str]) -> dict[str, int]:
        if not story_ids:
            return {}
        body = {"size": 0, "query": {"terms": {"story_id": sorted(story_ids)}},
                "aggs": {"n": {"terms": {"field": "story_id", "size": len(story_ids)}}}}
        response = self._retrying("count story members", lambda: self.client.search(self.index, body))
        return {b["key"]: int(b["doc_count"]) for b in response["aggregations"]["n"]["buckets"]}

    def save(self, added: Sequence[tuple[Signature, Assignment]], moves: Sequence[Move]) -> None:
        ops: list[dict[str, Any]] = []
        for sig, decision in added:
            ops.append({"create": {"_index": self.index, "_id": sig.article_id}})
            ops.append({"article_id": sig.article_id, "story_id": decision.story_id, "at": sig.when.isoformat(),
                        "home": sorted(sig.home), "signature": json.dumps(sig.as_json(), ensure_ascii=False),
                        "reasons": json.dumps(decision.reasons, ensure_ascii=False)})
        for move in moves:
            ops.append({"update": {"_index": self.index, "_id": move.article_id}})
            ops.append({"doc": {"story_id": move.to_story, "reasons": json.dumps(move.reasons, ensure_ascii=False)}})
        if not ops:
            return
        # refreshed in the same request, so that the next batch, on any worker, sees them
        response = self._retrying("write story members", lambda: self.client.bulk(ops, refresh=True))
        created = [sig for sig, _ in added]
        for n, item in enumerate(response.get("items", [])):
            outcome = next(iter(item.values()))
            status = int(outcome.get("status", 500))
            if status >= 300 and status != 409:  # 409: a reprocessed article keeps the story it got first
                raise EngineError(f"the engine refused a story member ({status}): {outcome.get('error')}", status)
            if n < len(created) and status < 300:  # what this worker wrote is what the engine keeps
                self._remember(created[n])

    def _stories(self, story_ids: Iterable[str]) -> dict[str, Story]:
        ids = sorted(set(story_ids))
        stories: dict[str, Story] = {}
        for i in range(0, len(ids), 500):
            for d in self._scan({"terms": {"story_id": ids[i : i + 500]}}):
                stories.setdefault(d["story_id"], Story(d["story_id"])).add(
                    Signature.from_json(json.loads(d["signature"]))
                )
        return stories

    def story(self, story_id: str) -> Story | None:
        return self._stories([story_id]).get(story_id)

    def stories_of(self, article_ids: Sequence[str]) -> dict[str, Story]:
        of = self.assigned(article_ids)
        stories = self._stories(of.values())
        return {aid: stories[sid] for aid, sid in of.items() if sid in stories}

    def stories_between(self, start: datetime, end: datetime) -> list[Story]:
        docs = self._scan({"range": {"at": {"gte": aware(start).isoformat(), "lt": aware(end).isoformat()}}})
        stories = self._stories(d["story_id"] for d in docs)
        return sorted(stories.values(), key=lambda s: (s.first, s.id))

    def reasons(self, article_id: str) -> list[str]:
        docs = self._scan({"ids": {"values": [article_id]}})
        return json.loads(docs[0]["reasons"]) if docs else []

    def count(self) -> int:
        body = {"size": 0, "aggs": {"n": {"cardinality": {"field": "story_id"}}}}
        return int(self._retrying("count stories", lambda: self.client.search(self.index, body))
                   ["aggregations"]["n"]["value"])

    def drop_all(self) -> None:
        """Delete every story member (tests and benchmarks only)."""
        self.client.delete_index(self.index)
        self._signatures.clear()
        self._ensure_index()

    def close(self) -> None:
        self.client.close()
