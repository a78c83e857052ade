"""The distributed runtime end to end on a real Apache Kafka broker: ``monitor replay`` with MONITOR_KAFKA,
``monitor worker`` processes (faust-streaming), the store, the alert registry and ``news.dlq``.

Expected results are computed in this process with the same pure core (``monitor.enrich.enrich`` and the
alert matcher), so the tests check what the stream runtime did against what the core says, not against
numbers written down here.
"""

from __future__ import annotations

import base64
import json
import signal
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor import bus
from monitor.alerts.registry import Alert, AlertRegistry, open_registry
from monitor.alerts.service import AlertService
from monitor.enrich import enrich
from monitor.model import Article
from monitor.replay import article_from_text
from monitor.store import open_store
from monitor.store.base import SearchRequest, Store

from .conftest import PARTITIONS, Pipeline

pytestmark = pytest.mark.integration

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
ALERT_NAME = "kazakhstan-diplomacy"
ALERT_QUERY = "kazakhstan"


def seed_articles() -> list[Article]:
    return [article_from_text(p.read_text(encoding="utf-8"), source="seeds") for p in sorted(SEEDS.glob("*.txt"))]


def lead(text: str, chars: int = 500) -> str:
    """The opening paragraphs of a text, about ``chars`` long (cut at a line end)."""
    cut = text.find("\n", chars)
    return text if cut < 0 else text[:cut]


def derived_articles(n: int) -> list[Article]:
    """``n`` distinct articles made from the seeds: each seed's title and opening paragraphs with a numbered
    closing line (short, so that thousands of them run through the pipeline quickly on a small machine)."""
    seeds = seed_articles()
    out = []
    for i in range(n):
        seed = seeds[i % len(seeds)]
        out.append(Article(id=f"derived-{i:05d}", source=f"derived-{i % 3}", title=seed.title,
                           text=f"{lead(seed.text)}\n\n({i})"))
    return out


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps({"id": a.id, "title": a.title, "text": a.text, "source": a.source},
                               ensure_ascii=False) + "\n")
    return path


def expected(articles: list[Article], tmp: Path) -> tuple[set[str], set[tuple[str, str]]]:
    """(relevant ids, (alert, article) firings) according to the core, computed in this process."""
    registry = AlertRegistry(tmp / "expected-alerts.sqlite")
    registry.add(Alert(ALERT_NAME, ALERT_QUERY))
    service = AlertService(registry)
    relevant, fired = set(), set()
    for article in articles:
        enriched = enrich(article)
        if enriched.relevant:
            relevant.add(enriched.id)
        fired |= {(name, enriched.id) for name in service.matching(enriched)}
    registry.close()
    return relevant, fired


def add_alert(p: Pipeline, webhook: str | None = None) -> None:
    """Through the registry the pipeline's settings choose (shared on Kafka and the engine, or SQLite)."""
    registry = open_registry(p.settings())
    registry.add(Alert(ALERT_NAME, ALERT_QUERY, webhook=webhook))
    registry.close()


def fired_rows(p: Pipeline) -> list[tuple[str, str]]:
    """Every recorded (alert, article) firing, as many times as it is recorded."""
    registry = open_registry(p.settings())
    try:
        time.sleep(3.5)  # the shared registry's feed shows a firing once it settled (seconds)
        rows = registry.fired_since(0, limit=10_000)
    finally:
        registry.close()
    return [(r.alert, r.article_id) for r in rows]


def open_fresh_store(p: Pipeline) -> Store:
    """The pipeline's store, with everything written so far searchable (the engine refreshes each second)."""
    store = open_store(p.settings())
    refresh = getattr(store, "refresh", None)
    if refresh is not None:
        refresh()
    return store


def stored_ids(p: Pipeline, ids: set[str]) -> set[str]:
    store = open_fresh_store(p)
    try:
        return {i for i in ids if store.get_article(i) is not None}
    finally:
        store.close()


def store_count(p: Pipeline) -> int:
    store = open_fresh_store(p)
    try:
        return store.count()
    finally:
        store.close()


def read_topic(bootstrap: str, topic: str) -> list[tuple[bytes | None, bytes]]:
    """Every message of ``topic`` (all partitions, from the beginning)."""
    from kafka import KafkaConsumer, TopicPartition

    consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=3000)
    try:
        tps = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or [])]
        consumer.assign(tps)
        consumer.seek_to_beginning(*tps)
        ends = consumer.end_offsets(tps)
        out = []
        while any(consumer.position(tp) < ends[tp] for tp in tps):
            for records in consumer.poll(timeout_ms=1000).values():
                out.extend((r.key, r.value) for r in records)
        return out
    finally:
        consumer.close()


def group_members(p: Pipeline) -> int:
    """Members of the worker group once it is stable (0 while it rebalances)."""
    members = bus.group_members(p.bootstrap, bus.WORKER_GROUP)
    return len(members) if members is not None else 0


class WebhookReceiver:
    """A local HTTP endpoint that records every POSTed JSON body (the alert's webhook)."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                received.append(json.loads(body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_seeds_enriched_matched_and_searchable(search_pipeline: Pipeline) -> None:
    """Seeds replayed into Kafka come out enriched, matched, searchable in OpenSearch, alerted, delivered."""
    pipeline = search_pipeline
    articles = seed_articles()
    relevant, fired = expected(articles, pipeline.data_dir)
    assert relevant, "the core finds no relevant seed: nothing to test"
    hook = WebhookReceiver()
    add_alert(pipeline, webhook=hook.url)
    pipeline.env_extra["MONITOR_DELIVERY_ALLOW"] = "127.0.0.1"  # webhooks follow the outbound address policy
    pipeline.start_worker()
    out = pipeline.monitor("replay", str(SEEDS))
    assert "sent to Kafka 5" in out.stdout + out.stderr
    pipeline.wait_drained()

    # every seed enriched on news.enriched, the relevant ones on news.matched, with their enrichment
    enriched = {json.loads(v)["id"]: json.loads(v) for _, v in read_topic(pipeline.bootstrap, bus.ENRICHED)}
    assert set(enriched) == {a.id for a in articles}
    matched = [json.loads(v) for _, v in read_topic(pipeline.bootstrap, bus.MATCHED)]
    assert {m["id"] for m in matched} == relevant
    for m in matched:
        assert m["v"] == bus.SCHEMA_VERSION and m["relevant"] is True and m["countries"] and m["lang"]

    # searchable in the store, by a cross-language query
    assert stored_ids(pipeline, relevant) == relevant
    store = open_fresh_store(pipeline)
    try:
        hits = store.search(SearchRequest(query=ALERT_QUERY, limit=50)).hits
    finally:
        store.close()
    kazakh_ids = {a for (_, a) in fired}
    assert kazakh_ids and kazakh_ids <= {h.id for h in hits}

    # alerts: recorded once per (alert, article), and announced on alerts.fired keyed alert|article
    assert sorted(fired_rows(pipeline)) == sorted(fired)
    keys = {k.decode() for k, _ in read_topic(pipeline.bootstrap, bus.ALERTS)}
    assert keys == {f"{a}|{i}" for a, i in fired}

    # each firing posted to the webhook once (by the deliver agent, or its timer for late-queued ones)
    pipeline.wait_until("the webhooks", lambda: len(hook.received) >= len(fired))
    hook.close()
    posted = Counter((p["alert"], p["article"]["id"]) for p in hook.received)
    assert set(posted) == fired and max(posted.values()) == 1

    status = pipeline.monitor("status", "--json")
    counts = json.loads(status.stdout)["counts"]
    assert counts["indexed"] == len(relevant) and counts["alerted"] == len(fired)
    assert counts["dead_lettered"] == 0


def test_sigkill_mid_replay_loses_and_doubles_nothing(search_pipeline: Pipeline) -> None:
    """SIGKILL of the only worker in the middle of a 2,000-article replay, then a restart.

    What the core decided is read back from ``news.enriched`` (the seeds test checks it against the core
    in process); this test checks that nothing is lost or doubled between the stages and the sinks.
    """
    pipeline = search_pipeline
    articles = derived_articles(2000)
    add_alert(pipeline)
    source = write_jsonl(pipeline.data_dir / "derived.jsonl", articles)

    first = pipeline.start_worker()
    pipeline.monitor("replay", str(source))

    # kill -9 once the worker has committed part of the work but not all of it
    def partly_done() -> bool:
        report = bus.lag_report(pipeline.bootstrap)["topics"][bus.RAW]
        committed = sum(c or 0 for c in (report["committed"] or []))
        return committed >= 200

    pipeline.wait_until("the first worker to commit some of the replay", partly_done)
    first.stop(signal.SIGKILL)
    assert first.proc.returncode == -signal.SIGKILL
    assert not pipeline.drained(), "the worker had already finished: the kill did not interrupt anything"

    pipeline.start_worker()
    pipeline.wait_drained()

    enriched: dict[str, Article] = {}
    for _, value in read_topic(pipeline.bootstrap, bus.ENRICHED):
        article, _ = bus.decode_article(value)
        enriched[article.id] = article
    assert set(enriched) == {a.id for a in articles}  # every article went through enrichment
    relevant = {i for i, a in enriched.items() if a.relevant}
    assert relevant

    assert stored_ids(pipeline, relevant) == relevant  # nothing lost
    assert store_count(pipeline) == len(relevant)  # nothing doubled, nothing else

    registry = AlertRegistry(pipeline.data_dir / "expected-alerts.sqlite")
    registry.add(Alert(ALERT_NAME, ALERT_QUERY))
    matcher = AlertService(registry)
    fired = {(name, i) for i in relevant for name in matcher.matching(enriched[i])}
    registry.close()
    assert fired
    rows = fired_rows(pipeline)
    assert Counter(rows).most_common(1)[0][1] == 1  # each (alert, article) recorded once
    assert set(rows) == fired
    announced = {k.decode() for k, _ in read_topic(pipeline.bootstrap, bus.ALERTS)}
    assert announced == {f"{a}|{i}" for a, i in fired}  # at least once on the topic, nothing missing


def test_poison_messages_go_to_dlq_and_the_stream_goes_on(pipeline: Pipeline) -> None:
    good = seed_articles()
    relevant, _ = expected(good, pipeline.data_dir)
    poison = [
        b"\xff\xfe\x00 not json at all",
        b'{"v": 1, "title": "no id and no text"}',
        json.dumps({"v": 99, "id": "future-schema", "text": "x"}).encode(),
        b"[1, 2, 3]",
        b"[" * 100_000 + b"]" * 100_000,  # nested too deeply for any JSON parser
    ]
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=pipeline.bootstrap, acks="all")
    for i, article in enumerate(good):
        if i == 2:
            for j, value in enumerate(poison):
                producer.send(bus.RAW, key=f"poison-{j}".encode(), value=value)
        producer.send(bus.RAW, key=article.id.encode(), value=bus.encode_article(article, "raw"))
    producer.flush()
    producer.close()

    pipeline.start_worker()
    pipeline.wait_drained()

    letters = [json.loads(v) for _, v in read_topic(pipeline.bootstrap, bus.DLQ)]
    assert len(letters) == len(poison)
    by_key = {d["key"]: d for d in letters}
    for j, value in enumerate(poison):
        letter = by_key[f"poison-{j}"]
        assert letter["stage"] == "enrich" and letter["topic"] == bus.RAW
        assert base64.b64decode(letter["original_b64"]) == value
        assert letter["error"]
    assert "not JSON" in by_key["poison-0"]["error"]
    assert "schema version" in by_key["poison-2"]["error"]
    assert stored_ids(pipeline, relevant) == relevant  # the good ones passed


def test_two_workers_share_partitions_and_survive_one_stopping(pipeline: Pipeline) -> None:
    articles = derived_articles(600)
    relevant, _ = expected(articles, pipeline.data_dir)
    a, b = pipeline.start_worker(), pipeline.start_worker()
    pipeline.wait_until("both workers to join the group", lambda: group_members(pipeline) == 2)
    shares = bus.group_members(pipeline.bootstrap, bus.WORKER_GROUP) or {}
    raw_shares = [set(parts.get(bus.RAW, [])) for parts in shares.values()]
    assert all(raw_shares) and set.union(*raw_shares) == set(range(PARTITIONS))
    assert not set.intersection(*raw_shares)  # each news.raw partition has one owner
    first_half, second_half = articles[:300], articles[300:]
    pipeline.monitor("replay", str(write_jsonl(pipeline.data_dir / "first.jsonl", first_half)))
    pipeline.wait_drained()
    pids = {json.loads(line)["pid"] for line in pipeline.stats_path.read_text().splitlines()
            if json.loads(line)["stage"] == "enrich" and json.loads(line)["read"]}
    assert pids == {a.proc.pid, b.proc.pid}, "both workers should have enriched part of the stream"

    assert a.stop(signal.SIGTERM) == 0  # a clean stop: its partitions move to the other worker
    pipeline.monitor("replay", str(write_jsonl(pipeline.data_dir / "second.jsonl", second_half)))
    pipeline.wait_drained()
    assert b.proc.poll() is None
    assert stored_ids(pipeline, relevant) == relevant
    assert store_count(pipeline) == len(relevant)


def test_outside_consumer_reads_news_matched(pipeline: Pipeline) -> None:
    """Apache Kafka's own console consumer (Java, from the fetched jars) reads news.matched as plain JSON."""
    from monitor.dev.kafka import console_consume

    articles = seed_articles()
    relevant, _ = expected(articles, pipeline.data_dir)
    pipeline.start_worker()
    pipeline.monitor("replay", str(SEEDS))
    pipeline.wait_drained()
    lines = console_consume(pipeline.bootstrap, bus.MATCHED, max_messages=len(relevant), timeout_ms=20_000)
    assert len(lines) == len(relevant)
    values = [json.loads(line) for line in lines]
    assert {v["id"] for v in values} == relevant
    for v in values:
        assert v["lang"] in {"ar", "fa", "kk"}
        assert v["countries"] and all(isinstance(c, str) for c in v["countries"])
        assert v["entities"] and {"type", "text", "start", "end"} <= set(v["entities"][0])
