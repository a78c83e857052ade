"""A message that makes its whole batch fail goes to news.dlq and the rest go on; a worker whose partitions
stop moving says so (log, ``monitor status``, ``/metrics``) and exits non-zero to be restarted.

Both on a real broker with real ``monitor worker`` processes. The poison is real: an article of about
220 KB whose enriched message (every country mention becomes an entity) is 1.4 MB, past the 1 MB a Kafka
producer may send, so sending its ``news.enriched`` message fails every time, and with it the whole batch.
The stall is real too: a search engine URL where nothing listens, so the worker can neither index nor record
alerts, and retries that batch without end as it should.
"""

from __future__ import annotations

import json
import signal
import socket
import time
from pathlib import Path

import pytest

from monitor import bus
from monitor.model import Article

from .conftest import Pipeline
from .test_stream_pipeline import derived_articles, read_topic, stored_ids

pytestmark = pytest.mark.integration


def big_article() -> Article:
    text = "Посол Казахстана встретился с министром иностранных дел. " + "Казахстан и Узбекистан. " * 5000
    return Article(id="too-big-once-enriched", title="Посол Казахстана", text=text, source="test")


def produce(bootstrap: str, articles: list[Article], partition: int = 0) -> None:
    """Into one partition, in this order: the worker takes them in the same batches."""
    from kafka import KafkaProducer

    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=1_048_576)
    for article in articles:
        producer.send(bus.RAW, key=article.id.encode(), value=bus.encode_article(article, "raw"),
                      partition=partition)
    producer.flush()
    producer.close()


def test_a_message_that_fails_its_batch_is_dead_lettered_and_the_rest_go_on(pipeline: Pipeline) -> None:
    good = derived_articles(40)
    poison = big_article()
    assert len(bus.encode_article(poison, "raw")) < 300_000  # the raw message itself is fine
    produce(pipeline.bootstrap, [*good[:20], poison, *good[20:]])
    pipeline.env_extra["MONITOR_POISON_RETRIES"] = "1"
    worker = pipeline.start_worker()
    pipeline.wait_drained()
    assert worker.proc.poll() is None  # the worker went on

    letters = [json.loads(v) for _, v in read_topic(pipeline.bootstrap, bus.DLQ)]
    assert [x["key"] for x in letters] == [poison.id]  # only the poison, once
    (letter,) = letters
    assert letter["stage"] == "enrich" and letter["topic"] == bus.RAW and letter["partition"] == 0
    assert "MessageSizeTooLargeError" in letter["error"] and "isolated from its batch" in letter["error"]
    assert letter["original_bytes"] == len(bus.encode_article(poison, "raw")) and not letter["original_truncated"]

    enriched = {json.loads(v)["id"] for _, v in read_topic(pipeline.bootstrap, bus.ENRICHED)}
    assert enriched == {a.id for a in good}  # every other article went on
    relevant = {json.loads(v)["id"] for _, v in read_topic(pipeline.bootstrap, bus.MATCHED)}
    assert relevant and stored_ids(pipeline, relevant) == relevant
    log = worker.log_text()
    assert "splitting to find the cause" in log and "dead-lettered news.raw[0]" in log


def test_a_stalled_worker_says_so_and_exits_to_be_restarted(pipeline: Pipeline, tmp_path: Path) -> None:
    with socket.socket() as s:  # a port where nothing listens: the engine is down for good
        s.bind(("127.0.0.1", 0))
        dead_engine = f"http://127.0.0.1:{s.getsockname()[1]}"
    pipeline.env_extra.update(MONITOR_SEARCH_URL=dead_engine, MONITOR_STALL_S="8")
    produce(pipeline.bootstrap, derived_articles(10))
    worker = pipeline.start_worker()
    started = time.monotonic()
    worker.proc.wait(timeout=180)
    assert worker.proc.returncode == 70, worker.log_text()[-3000:]  # EX_SOFTWARE: restart me
    assert time.monotonic() - started < 120
    log = worker.log_text()
    assert "stalled: no progress for" in log and "news.raw[0]" in log

    shown = pipeline.monitor("status", "--json", check=False)
    assert shown.returncode == 1  # the store cannot be read: status says so and fails
    status = json.loads(shown.stdout)
    (beat,) = [w for w in status["workers"] if w["pid"] == worker.proc.pid]
    assert beat["state"] == "stalled" and beat["lag"] == 10 and beat["stalled"]
    assert f"{socket.gethostname()}:{worker.proc.pid}: stalled" in pipeline.monitor("status", check=False).stdout

    from fastapi.testclient import TestClient

    from monitor.api import create_app
    from monitor.settings import Settings

    settings = Settings(data_dir=tmp_path / "api", kafka=pipeline.bootstrap, search_url=None, api_token="t",
                        api_rate_per_minute=0)
    with TestClient(create_app(settings)) as client:
        metrics = client.get("/metrics").text
    assert "monitor_workers_stalled 1.0" in metrics

    # a clean stop, by contrast, removes the worker's entry
    pipeline.workers.remove(worker)
    pipeline.env_extra.pop("MONITOR_SEARCH_URL")
    pipeline.env_extra["MONITOR_STALL_S"] = "300"
    healthy = pipeline.start_worker()
    pipeline.wait_drained()
    assert healthy.stop(signal.SIGTERM) == 0
    names = {w["worker"] for w in bus.worker_health(pipeline.bootstrap)}
    assert f"{socket.gethostname()}:{healthy.proc.pid}" not in names
