"""Registry rules that make alerts trustworthy: once per (alert, article), exclusive claims, digests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.alerts.delivery import email_message, sign, verify
from monitor.alerts.registry import Alert, AlertRegistry
from monitor.alerts.service import AlertService
from monitor.model import Article
from monitor.query import QueryError


def _article(i: int, text: str = "the ambassador of Kazakhstan visited", lang: str = "en") -> Article:
    return Article(id=f"a{i}", title=f"title {i}", text=text, relevant=True, lang=lang,
                   tags=["country:kazakhstan", "concept:ambassador", f"lang:{lang}"], countries=["Kazakhstan"])


def test_once_per_alert_and_article_across_registries(tmp_path: Path) -> None:
    first = AlertRegistry(tmp_path / "m.sqlite")
    first.add(Alert("kz", "ambassador AND country:Kazakhstan", webhook="http://127.0.0.1:9/hook"))
    second = AlertRegistry(tmp_path / "m.sqlite")  # another worker on the same data dir
    one, two = AlertService(first), AlertService(second)
    assert [f.alert for f in one.process(_article(1))] == ["kz"]
    assert two.process(_article(1)) == []  # the replay / the other worker: a no-op
    assert one.process(_article(1)) == []
    assert first.fired_count() == 1 and len(first.pending_deliveries()) == 1
    assert first.get("kz").fired == 1


def test_bad_query_is_refused_and_nothing_else_changes(tmp_path: Path) -> None:
    registry = AlertRegistry(tmp_path / "m.sqlite")
    registry.add(Alert("good", "ambassador"))
    version = registry.version()
    with pytest.raises(QueryError) as info:
        registry.add(Alert("good", 'ambassador AND "visit'))
    assert info.value.position == len("ambassador AND ")
    assert "unterminated phrase" in str(info.value)
    with pytest.raises(QueryError):
        registry.add(Alert("bad", "ambassador AND"))
    assert [a.query for a in registry.list()] == ["ambassador"]
    assert registry.version() == version
    service = AlertService(registry)
    assert [f.alert for f in service.process(_article(1))] == ["good"]


def test_service_follows_add_pause_remove(tmp_path: Path) -> None:
    registry = AlertRegistry(tmp_path / "m.sqlite")
    service = AlertService(registry)
    assert service.matching(_article(1)) == []
    registry.add(Alert("a", "ambassador"))
    registry.add(Alert("b", "country:Kazakhstan", owner="ops"))
    service.refresh()
    assert service.matching(_article(1)) == ["a", "b"]
    registry.set_paused("a", True)
    service.refresh()
    assert service.matching(_article(1)) == ["b"]
    registry.add(Alert("b", "visited AND lahore", owner="ops"))
    registry.remove("a")
    service.refresh()
    assert service.matching(_article(1)) == []
    assert [a.name for a in registry.list(owner="ops")] == ["b"]


def test_claims_are_exclusive_and_dead_claims_come_back(tmp_path: Path) -> None:
    registry = AlertRegistry(tmp_path / "m.sqlite")
    registry.add(Alert("a", "ambassador", webhook="http://127.0.0.1:9/hook"))
    service = AlertService(registry)
    for i in range(5):
        service.process(_article(i))
    other = AlertRegistry(tmp_path / "m.sqlite")
    mine = registry.claim_deliveries("host-x:1", lease_s=3600, limit=3)
    theirs = other.claim_deliveries("host-x:2", lease_s=3600, limit=10)
    assert len(mine) == 3 and len(theirs) == 2
    assert not {r.id for r in mine} & {r.id for r in theirs}
    assert registry.claim_deliveries("host-x:3", lease_s=3600) == []
    # A claim by a process of this host that is gone is released at once; a live one only after its lease.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    from monitor.alerts.registry import worker_id

    host = worker_id().rpartition(":")[0]
    registry._conn.execute("UPDATE deliveries SET claimed_by = ? WHERE id = ?", (f"{host}:{dead.stdout.strip()}",
                                                                                mine[0].id))
    registry._conn.execute("UPDATE deliveries SET claimed_by = ? WHERE id = ?", (worker_id(), mine[1].id))
    assert registry.release_stale_claims() == 1
    assert [r.id for r in registry.pending_deliveries()] == [mine[0].id]
    import time

    assert registry.release_stale_claims(now=time.time() + 7200) == 4  # every lease ran out


def test_digest_holds_then_sends_one_message_per_period(tmp_path: Path) -> None:
    registry = AlertRegistry(tmp_path / "m.sqlite")
    registry.add(Alert("d", "ambassador", webhook="http://127.0.0.1:9/hook", digest="hourly"))
    service = AlertService(registry)
    for i in range(4):
        service.process(_article(i))
    assert registry.pending_deliveries() == []
    assert registry.delivery_counts() == {"held": 4}

    created = [r["created"] for r in registry._conn.execute("SELECT created FROM deliveries")]
    if int(min(created) // 3600) == int(max(created) // 3600):  # all four held in one clock hour
        assert registry.flush_digests(now=max(created)) == 0  # that hour is still running
    assert registry.flush_digests(now=max(created) + 3600) == 1
    (digest,) = registry.pending_deliveries()
    payload = json.loads(digest.payload)
    assert payload["count"] == 4 and payload["digest"] == "hourly"
    assert sorted(a["id"] for a in payload["articles"]) == ["a0", "a1", "a2", "a3"]
    assert registry.flush_digests(now=max(created) + 7200) == 0
    registry.mark_delivery(digest, True, 1, None)
    assert registry.delivery_counts() == {"delivered": 5}
    with pytest.raises(ValueError):
        registry.add(Alert("x", "visit", digest="weekly"))


def test_signature_and_email_rendering() -> None:
    body = b'{"a": 1}'
    import time

    ts = str(int(time.time()))
    assert verify("s3cret", ts, body, sign("s3cret", ts, body))
    assert not verify("other", ts, body, sign("s3cret", ts, body))
    assert not verify("s3cret", str(int(time.time()) - 3600), body, sign("s3cret", str(int(time.time()) - 3600), body))
    payload = {"alert": "kz", "query": "سفير", "article": {
        "title": "سفير <b>كازاخستان</b>", "url": "https://example.org/x", "lang": "ar", "countries": ["Kazakhstan"],
        "snippet": "محافظ القليوبية يستقبل سفير"}}
    msg = email_message(payload, "analyst@example.org", "monitor@example.org")
    assert msg["Subject"].startswith("[kz] سفير")
    plain = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "محافظ القليوبية يستقبل سفير" in plain and "https://example.org/x" in plain
    assert 'dir="rtl"' in html and "text-align:right" in html
    assert "&lt;b&gt;" in html and "<b>كازاخستان</b>" not in html  # user text is escaped
