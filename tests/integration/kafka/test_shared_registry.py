"""The shared registry on a real Kafka broker and a real OpenSearch node: what two hosts rely on.

Each registry here stands for another host: its own Kafka consumer of ``alerts.subscriptions``, its own
engine client, nothing in common but the broker and the engine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from monitor.alerts.delivery import deliver_pending, delivery_policy
from monitor.alerts.registry import Alert, open_registry
from monitor.alerts.service import AlertService
from monitor.alerts.shared import SharedRegistry
from monitor.model import Article
from monitor.query import QueryError
from monitor.settings import Settings
from tests.integration.alerts.conftest import WebhookReceiver, webhook  # noqa: F401  (a real local receiver)

from .conftest import reset_topics

pytestmark = pytest.mark.integration

HOOK = "http://127.0.0.1:9/hook"


def article(i: int, text: str = "the ambassador of Kazakhstan visited") -> Article:
    return Article(id=f"a{i}", title=f"title {i}", text=text, relevant=True, lang="en",
                   tags=["country:kazakhstan", "concept:ambassador", "lang:en"], countries=["Kazakhstan"])


@pytest.fixture
def hosts(kafka_bootstrap: str, kafka_search_url: str, tmp_path: Path) -> Iterator[list[SharedRegistry]]:
    """Two registries as two hosts would open them (different data folders), on empty shared state."""
    reset_topics(kafka_bootstrap)
    opened: list[SharedRegistry] = []
    for name in ("host-a", "host-b"):
        settings = Settings(data_dir=tmp_path / name, kafka=kafka_bootstrap, search_url=kafka_search_url)
        registry = open_registry(settings)
        assert isinstance(registry, SharedRegistry)  # the settings chose the shared registry
        opened.append(registry)
    opened[0].drop_all()
    try:
        yield opened
    finally:
        for registry in opened:
            registry.close()


def refresh(registry: SharedRegistry) -> None:
    for index in (registry.fired_index, registry.deliveries_index):
        registry.client.refresh(index)


def wait_for(what: str, done, timeout: float = 10.0) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while not done():
        if time.monotonic() - started > timeout:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.05)
    return time.monotonic() - started


def test_definitions_written_on_one_host_reach_the_other(hosts: list[SharedRegistry], kafka_bootstrap: str,
                                                         kafka_search_url: str, tmp_path: Path) -> None:
    a, b = hosts
    a.add(Alert("kz", "ambassador AND country:Kazakhstan", webhook=HOOK, secret="s", owner="ana"))
    assert a.get("kz") is not None  # read-your-writes on the writing host
    took = wait_for("host b to see the alert", lambda: b.get("kz") is not None)
    assert took < 5
    assert b.secret_of("kz") == "s" and b.get("kz").owner == "ana"
    service = AlertService(b)
    assert service.matching(article(1)) == ["kz"]

    a.set_paused("kz", True)
    wait_for("the pause", lambda: not b.active())
    service.refresh()
    assert service.matching(article(1)) == []
    with pytest.raises(QueryError):
        a.add(Alert("bad", "ambassador AND"))
    assert a.remove("kz") and not a.remove("kz")
    wait_for("the removal", lambda: b.get("kz") is None)

    a.add(Alert("later", "visited"))
    c = open_registry(Settings(data_dir=tmp_path / "host-c", kafka=kafka_bootstrap, search_url=kafka_search_url))
    try:  # a host started later replays the compacted topic: the current definitions only
        assert [x.name for x in c.list()] == ["later"]
    finally:
        c.close()


def test_each_firing_and_delivery_is_recorded_once_across_hosts(hosts: list[SharedRegistry],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from monitor.alerts import shared

    monkeypatch.setattr(shared, "BULK_ITEMS", 7)  # a batch's writes cut into many requests, as big batches are
    a, b = hosts
    a.add(Alert("kz", "ambassador AND country:Kazakhstan", webhook=HOOK))
    a.add(Alert("feed", "visited"))
    wait_for("host b to see both alerts", lambda: len(b.active()) == 2)
    services = [AlertService(a), AlertService(b)]
    batch = [article(i) for i in range(40)]
    results: list[list] = [[], []]

    def run(i: int) -> None:  # both hosts record the same batch at the same time (a rebalance overlap)
        results[i] = services[i].process_many(batch)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    new = sorted((f.alert, f.article_id) for r in results for f in r)
    assert new == sorted((name, x.id) for x in batch for name in ("feed", "kz"))  # each pair new exactly once
    assert services[0].process_many(batch) == []  # a replay records nothing
    assert a.has_fired("kz", "a3") and not a.has_fired("kz", "a99")  # a real-time read
    refresh(a)  # counts and lists come from searches, which see writes after the engine's refresh (1 s)
    assert a.fired_count() == 80 and b.fired_count("kz") == 40
    assert len(a.pending_deliveries()) == 40  # the webhook alert's, once each; the feed alert has none
    listed = {x.name: x for x in b.list()}
    assert (listed["kz"].fired, listed["feed"].fired) == (40, 40)
    time.sleep(3.2)  # the live feed shows firings once they settled
    feed = a.fired_since(0, limit=1000)
    assert len(feed) == 80 and [f.seq for f in feed] == sorted(f.seq for f in feed)
    assert b.fired_since(feed[39].seq, limit=1000) == feed[40:]
    assert feed[0].snippet and feed[0].title


def test_claims_leases_failures_and_resend_across_hosts(hosts: list[SharedRegistry]) -> None:
    a, b = hosts
    a.add(Alert("kz", "ambassador", webhook=HOOK))
    AlertService(a).process_many([article(i) for i in range(5)])
    mine = a.claim_deliveries("host-a:1", lease_s=3600, limit=3)
    theirs = b.claim_deliveries("host-b:1", lease_s=3600, limit=10)
    assert len(mine) == 3 and len(theirs) == 2
    assert not {d.id for d in mine} & {d.id for d in theirs}
    assert b.claim_deliveries("host-b:2", lease_s=3600) == []
    a.mark_delivery(mine[0], True, 1, None)
    a.mark_delivery(mine[1], False, 3, "HTTP 503")
    # host b dies holding its claims: after the lease, any host takes them over
    time.sleep(1.2)
    assert a.release_stale_claims(now=time.time() + 7200) == 3  # b's two and a's third, all leases over
    refresh(a)
    retaken = a.claim_deliveries("host-a:2", lease_s=60, limit=10)
    assert {d.id for d in retaken} == {d.id for d in theirs} | {mine[2].id}
    for d in retaken:
        a.mark_delivery(d, True, 1, None)
    refresh(a)
    (failed,) = b.failed_deliveries()
    assert failed.last_error == "HTTP 503" and failed.attempts == 3
    assert b.requeue_failed("kz") == 1
    (again,) = b.claim_deliveries("host-b:3", lease_s=60)
    b.mark_delivery(again, True, 1, None)
    refresh(b)
    assert not a.failed_deliveries() and a.delivery_counts() == {"delivered": 5}
    kz = a.get("kz")
    assert (kz.fired, kz.delivered, kz.failed) == (5, 5, 1)  # the failure stays counted, as in SQLite


def test_a_digest_is_flushed_once_by_two_hosts(hosts: list[SharedRegistry]) -> None:
    a, b = hosts
    a.add(Alert("d", "ambassador", webhook=HOOK, digest="hourly"))
    AlertService(a).process_many([article(i) for i in range(4)])
    assert a.pending_deliveries() == [] and a.delivery_counts() == {"held": 4}
    later = time.time() + 3600
    counts = [0, 0]

    def flush(i: int) -> None:
        counts[i] = (a, b)[i].flush_digests(now=later)

    threads = [threading.Thread(target=flush, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(counts) == [0, 1]
    (digest,) = b.pending_deliveries()
    payload = json.loads(digest.payload)
    assert payload["count"] == 4 and sorted(x["id"] for x in payload["articles"]) == ["a0", "a1", "a2", "a3"]
    (claimed,) = b.claim_deliveries("host-b:1", lease_s=60)
    b.mark_delivery(claimed, True, 1, None)
    refresh(b)
    assert a.delivery_counts() == {"delivered": 5}
    assert a.get("d").delivered == 1


def test_failed_and_resend_from_the_command_line_on_any_host(hosts: list[SharedRegistry], kafka_bootstrap: str,
                                                            kafka_search_url: str, tmp_path: Path,
                                                            webhook: WebhookReceiver) -> None:  # noqa: F811
    """`monitor alerts failed` and `resend` on a third host read and send the deliveries a worker failed."""
    a, _ = hosts
    a.add(Alert("kz", "ambassador", webhook=webhook.url))
    AlertService(a).process_many([article(i) for i in range(3)])
    webhook.reset(default=503)
    settings = Settings(data_dir=tmp_path / "host-a", kafka=kafka_bootstrap, search_url=kafka_search_url,
                        delivery_allow="127.0.0.1")
    assert deliver_pending(a, retries=0, backoff=0, policy=delivery_policy(settings)) == (0, 3)
    refresh(a)
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env.update(MONITOR_DATA_DIR=str(tmp_path / "host-c"), MONITOR_KAFKA=kafka_bootstrap,
               MONITOR_SEARCH_URL=kafka_search_url, MONITOR_DELIVERY_ALLOW="127.0.0.1", COLUMNS="250")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "monitor.cli", *args], env=env, capture_output=True, text=True,
                              timeout=300)

    listed = cli("alerts", "failed")
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.count("HTTP 503") == 3 and listed.stdout.count("kz|a") == 3
    webhook.reset(default=200)
    resent = cli("alerts", "resend", "kz")
    assert "re-sent 3" in resent.stdout and "delivered 3, failed 0" in resent.stdout, resent.stdout + resent.stderr
    assert len(webhook.accepted()) == 3
    refresh(a)
    assert "HTTP 503" not in cli("alerts", "failed").stdout
    kz = a.get("kz")
    assert (kz.fired, kz.delivered, kz.failed) == (3, 3, 3)
