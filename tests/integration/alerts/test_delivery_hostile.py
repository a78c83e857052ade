"""Nothing in an article halts delivery, and a delivery that cannot succeed is failed at once with its reason.

Real receivers on 127.0.0.1 (an SMTP server and an HTTP webhook server) and the real embedded pipeline.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from monitor.alerts.registry import Alert, AlertRegistry
from monitor.model import Article
from monitor.pipeline import EmbeddedPipeline
from monitor.settings import Settings
from tests.integration.alerts.conftest import SEEDS, Mailbox, WebhookReceiver, run
from tests.integration.api.conftest import seed_articles

# Characters that break a header line: Python's e-mail package refuses every one of them in a Subject.
BREAKERS = ["\r", "\n", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029"]


def _settings(data: Path, **extra: object) -> Settings:
    values: dict[str, object] = {"data_dir": data, "kafka": None, "search_url": None, "delivery_allow": "127.0.0.1",
                                 "webhook_retries": 0}
    values.update(extra)
    return Settings(**values)  # type: ignore[arg-type]


def _kazakh_article(suffix: str, title: str) -> Article:
    """The Kazakh seed (about Kazakhstan) under another id and title."""
    base = seed_articles()["002"]
    return Article(**{**base.model_dump(), "id": f"hostile-{suffix}", "title": title})


def _rows(data: Path) -> list[dict]:
    with sqlite3.connect(data / "monitor.sqlite") as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM deliveries ORDER BY id")]


def test_titles_with_line_breaks_are_mailed_with_a_one_line_subject(tmp_path: Path, smtp_server: Mailbox) -> None:
    settings = _settings(tmp_path, smtp_host=smtp_server.host, smtp_port=smtp_server.port)
    registry = AlertRegistry(settings.db_path)
    registry.add(Alert(name="kz", query="country:Kazakhstan", email="desk@example.org"))
    registry.close()
    titles = [f"Visit{ch}Bcc: victim@example.org{ch}ambassador" for ch in BREAKERS]
    titles += ["lone surrogate \ud800 in a title", "NUL \x00 in a title", "ZWNJ stays: می\u200cخواهد"]
    articles = [_kazakh_article(str(i), t) for i, t in enumerate(titles)]
    pipeline = EmbeddedPipeline(settings)
    try:
        summary = pipeline.submit(articles)  # raised ValueError before: the whole batch was lost to the crawler
    finally:
        pipeline.close()
    assert summary.alerts_fired == len(articles)
    assert summary.delivered == len(articles) and summary.delivery_failed == 0
    assert {r["status"] for r in _rows(tmp_path)} == {"delivered"}
    assert len(smtp_server.messages) == len(articles)
    for msg in smtp_server.messages:
        subject = msg["Subject"]
        assert not any(ch in subject for ch in "".join(BREAKERS)), repr(subject)
        assert msg["Bcc"] is None  # the title did not add a header
        assert {e[1][0] for e in smtp_server.envelopes} == {"desk@example.org"}
    assert any("می\u200cخواهد" in m["Subject"] for m in smtp_server.messages)


def test_undeliverable_messages_fail_at_once_with_their_reason(tmp_path: Path, webhook: WebhookReceiver,
                                                             smtp_server: Mailbox) -> None:
    """Each of these would never succeed; each is failed on its first attempt and never claimed again."""
    settings = _settings(tmp_path, smtp_host=smtp_server.host, smtp_port=smtp_server.port, webhook_retries=5)
    registry = AlertRegistry(settings.db_path)
    # Stored as an older version or another tool could have stored them (the registry does not validate).
    registry.add(Alert(name="metadata", query="country:Kazakhstan", webhook="http://169.254.169.254/latest/"))
    registry.add(Alert(name="six-to-four", query="country:Kazakhstan", webhook="http://[2002:7f00::1]:9/x"))
    registry.add(Alert(name="bad-address", query="country:Kazakhstan", email="desk@example.org\r\nBcc: x@y.org"))
    registry.add(Alert(name="gone", query="country:Kazakhstan", webhook=webhook.url))
    registry.close()
    webhook.reset(default=410)
    pipeline = EmbeddedPipeline(settings)
    try:
        summary = pipeline.submit([_kazakh_article("a", "Kazakhstan ambassador")])
    finally:
        pipeline.close()
    assert summary.delivery_failed == 4 and summary.delivered == 0
    rows = {r["alert"]: r for r in _rows(tmp_path)}
    assert {r["status"] for r in rows.values()} == {"failed"}
    assert all(r["attempts"] == 1 for r in rows.values()), rows  # no retries of what cannot change
    assert "169.254.169.254" in rows["metadata"]["last_error"] and "MONITOR_DELIVERY_ALLOW" in rows["metadata"][
        "last_error"]
    assert "127.0.0.1" in rows["six-to-four"]["last_error"] or "2002:7f00::1" in rows["six-to-four"]["last_error"]
    assert "invalid recipient address" in rows["bad-address"]["last_error"]
    assert rows["gone"]["last_error"] == "HTTP 410"
    assert len(webhook.posts) == 1 and not smtp_server.messages
    registry = AlertRegistry(settings.db_path)
    try:
        assert not registry.has_work()  # nothing comes back when a claim expires
    finally:
        registry.close()


def test_a_damaged_queued_message_is_failed_and_the_rest_are_sent(tmp_path: Path, webhook: WebhookReceiver) -> None:
    settings = _settings(tmp_path)
    registry = AlertRegistry(settings.db_path)
    registry.add(Alert(name="kz", query="country:Kazakhstan", webhook=webhook.url))
    registry.queue_delivery("kz", "damaged", "webhook", webhook.url, {"v": 1})
    registry._conn.execute("UPDATE deliveries SET payload = '{not json' WHERE article_id = 'damaged'")
    registry.close()
    pipeline = EmbeddedPipeline(settings)
    try:
        summary = pipeline.submit([_kazakh_article("b", "Kazakhstan ambassador")])
    finally:
        pipeline.close()
    assert (summary.delivered, summary.delivery_failed) == (1, 1)
    rows = {r["article_id"]: r for r in _rows(tmp_path)}
    assert rows["damaged"]["status"] == "failed" and "cannot build the message" in rows["damaged"]["last_error"]
    assert rows["hostile-b"]["status"] == "delivered"


def test_webhooks_to_loopback_need_the_delivery_allow_list(tmp_path: Path, webhook: WebhookReceiver) -> None:
    run(tmp_path, "alerts", "add", "kz", "ambassador AND country:Kazakhstan", "--webhook", webhook.url)
    replay = run(tmp_path, "replay", str(SEEDS), check=False, MONITOR_DELIVERY_ALLOW="")
    assert replay.returncode == 1 and "3 delivery(ies) failed" in replay.stderr  # a failure is not a success
    assert webhook.posts == []
    failed = run(tmp_path, "alerts", "failed").stdout
    assert failed.count("MONITOR_DELIVERY_ALLOW") == 3 and "attempts=1" in failed
    resent = run(tmp_path, "alerts", "resend", MONITOR_DELIVERY_ALLOW="127.0.0.0/8")
    assert "delivered 3, failed 0" in resent.stdout
    assert len(webhook.accepted()) == 3


def test_smtp_server_on_a_private_address_needs_the_allow_list(tmp_path: Path, smtp_server: Mailbox) -> None:
    settings = _settings(tmp_path, smtp_host=smtp_server.host, smtp_port=smtp_server.port, delivery_allow="",
                         webhook_retries=3)
    registry = AlertRegistry(settings.db_path)
    registry.add(Alert(name="kz", query="country:Kazakhstan", email="desk@example.org"))
    registry.close()
    pipeline = EmbeddedPipeline(settings)
    try:
        summary = pipeline.submit([_kazakh_article("c", "Kazakhstan ambassador")])
    finally:
        pipeline.close()
    assert summary.delivery_failed == 1 and not smtp_server.messages
    (row,) = _rows(tmp_path)
    assert row["attempts"] == 1 and "SMTP server" in row["last_error"] and "MONITOR_DELIVERY_ALLOW" in row[
        "last_error"]


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_webhook_redirects_are_not_followed(tmp_path: Path, webhook: WebhookReceiver, status: int) -> None:
    settings = _settings(tmp_path, webhook_retries=3)
    registry = AlertRegistry(settings.db_path)
    registry.add(Alert(name="kz", query="country:Kazakhstan", webhook=webhook.url))
    registry.close()
    webhook.reset(default=status)
    pipeline = EmbeddedPipeline(settings)
    try:
        pipeline.submit([_kazakh_article("d", "Kazakhstan ambassador")])
    finally:
        pipeline.close()
    (row,) = _rows(tmp_path)
    assert row["status"] == "failed" and row["attempts"] == 1 and "redirect" in row["last_error"]
    assert len(webhook.posts) == 1
    assert json.loads(webhook.posts[0].body)["alert"] == "kz"
