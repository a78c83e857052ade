"""Deliveries to real receivers: signed webhooks with retries and dead letters, e-mail over SMTP, restarts."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from monitor.alerts.delivery import DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from tests.integration.alerts.conftest import MONITOR, REPO, SEEDS, Mailbox, WebhookReceiver, monitor_env, run

KZ_QUERY = "ambassador AND country:Kazakhstan"  # the Arabic, Kazakh and Persian seeds
KZ_SEEDS = 3


def fired_pairs(data: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(data / "monitor.sqlite") as conn:
        return conn.execute("SELECT alert, article_id FROM fired ORDER BY seq").fetchall()


def deliveries(data: Path) -> list[tuple[str, str, str, int]]:
    with sqlite3.connect(data / "monitor.sqlite") as conn:
        return conn.execute("SELECT alert, channel, status, attempts FROM deliveries ORDER BY id").fetchall()


def test_one_signed_post_per_match_with_retries(tmp_path: Path, webhook: WebhookReceiver) -> None:
    webhook.reset(script=[500, 500])  # the first two requests fail: the first delivery is retried twice
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--webhook", webhook.url, "--secret", "s3cret", "--owner", "ana")
    run(tmp_path, "alerts", "add", "az", "country:Azerbaijan", "--webhook", webhook.url, "--secret", "other")
    run(tmp_path, "replay", str(SEEDS), MONITOR_WEBHOOK_RETRIES="3")
    run(tmp_path, "replay", str(SEEDS))  # a replay fires and sends nothing again
    accepted = webhook.accepted()
    assert len(webhook.posts) == KZ_SEEDS + 1 + 2
    assert len(accepted) == KZ_SEEDS + 1
    by_alert: dict[str, list[str]] = {}
    for post in accepted:
        body = post.json
        secret = {"kz": "s3cret", "az": "other"}[body["alert"]]
        assert verify(secret, post.headers[TIMESTAMP_HEADER.lower()], post.body, post.headers[SIGNATURE_HEADER.lower()])
        assert not verify("wrong", post.headers[TIMESTAMP_HEADER.lower()], post.body,
                          post.headers[SIGNATURE_HEADER.lower()])
        assert post.headers[DELIVERY_HEADER.lower()] == f"{body['alert']}|{body['article']['id']}|webhook"
        by_alert.setdefault(body["alert"], []).append(body["article"]["lang"])
        assert body["article"]["snippet"]
    assert sorted(by_alert["kz"]) == ["ar", "fa", "kk"]
    assert by_alert["az"] == ["ar"]
    assert sorted(d[3] for d in deliveries(tmp_path)) == [1, 1, 1, 3]  # the first one took three attempts
    assert {d[2] for d in deliveries(tmp_path)} == {"delivered"}
    listed = {a["name"]: a for a in json.loads(run(tmp_path, "alerts", "list", "--json").stdout)}
    assert (listed["kz"]["fired"], listed["kz"]["delivered"], listed["kz"]["failed"]) == (KZ_SEEDS, KZ_SEEDS, 0)
    assert listed["kz"]["owner"] == "ana" and listed["kz"]["channels"] == ["webhook"]


def test_dead_letters_are_listed_and_resent_once(tmp_path: Path, webhook: WebhookReceiver) -> None:
    webhook.reset(default=503)
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--webhook", webhook.url, "--secret", "s3cret")
    out = run(tmp_path, "replay", str(SEEDS), MONITOR_WEBHOOK_RETRIES="1", check=False)
    assert out.returncode == 1 and "3 delivery(ies) failed" in out.stderr  # failed deliveries: not exit 0
    assert len(webhook.posts) == KZ_SEEDS * 2 and not webhook.accepted()
    assert "alerts fired 3" in out.stdout
    failed = run(tmp_path, "alerts", "failed").stdout
    assert failed.count("HTTP 503") == KZ_SEEDS and "attempts=2" in failed
    webhook.reset(default=200)
    resent = run(tmp_path, "alerts", "resend", "kz")
    assert "re-sent 3 to each alert's current address: delivered 3, failed 0" in resent.stdout
    run(tmp_path, "alerts", "resend")  # nothing left to send
    assert len(webhook.accepted()) == KZ_SEEDS
    assert len({p.headers[DELIVERY_HEADER.lower()] for p in webhook.accepted()}) == KZ_SEEDS
    assert "HTTP 503" not in run(tmp_path, "alerts", "failed").stdout
    listed = json.loads(run(tmp_path, "alerts", "list", "--json").stdout)[0]
    assert (listed["fired"], listed["delivered"], listed["failed"]) == (3, 3, 3)


def test_email_arrives_at_a_real_smtp_server(tmp_path: Path, smtp_server: Mailbox) -> None:
    smtp = {"MONITOR_SMTP_HOST": smtp_server.host, "MONITOR_SMTP_PORT": str(smtp_server.port),
            "MONITOR_SMTP_FROM": "alerts@monitor.test"}
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--email", "analyst@example.test")
    run(tmp_path, "replay", str(SEEDS), **smtp)
    run(tmp_path, "replay", str(SEEDS), **smtp)
    assert len(smtp_server.messages) == KZ_SEEDS
    assert {e[1][0] for e in smtp_server.envelopes} == {"analyst@example.test"}
    directions = []
    for msg in smtp_server.messages:
        assert msg["From"] == "alerts@monitor.test" and msg["Subject"].startswith("[kz] ")
        plain = msg.get_body(("plain",)).get_content()
        html = msg.get_body(("html",)).get_content()
        assert KZ_QUERY in plain
        directions.append(("rtl" if 'dir="rtl"' in html else "ltr", msg["X-Monitor-Delivery"].split("|")[1]))
    assert sorted(d for d, _ in directions) == ["ltr", "rtl", "rtl"]  # Kazakh (Cyrillic) is left-to-right
    listed = json.loads(run(tmp_path, "alerts", "list", "--json").stdout)[0]
    assert (listed["fired"], listed["delivered"], listed["failed"]) == (3, 3, 0)


def test_email_without_smtp_is_kept_as_failed_not_dropped(tmp_path: Path) -> None:
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--email", "analyst@example.test")
    assert run(tmp_path, "replay", str(SEEDS), check=False).returncode == 1  # the deliveries failed
    assert run(tmp_path, "alerts", "failed").stdout.count("no SMTP server configured") == KZ_SEEDS


def test_digest_sends_one_message_for_the_period(tmp_path: Path, webhook: WebhookReceiver) -> None:
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--webhook", webhook.url, "--digest", "hourly")
    run(tmp_path, "replay", str(SEEDS))
    assert webhook.posts == []  # held for the digest
    with sqlite3.connect(tmp_path / "monitor.sqlite") as conn:  # as if the hour had passed
        conn.execute("UPDATE deliveries SET created = created - 3600")
    run(tmp_path, "alerts", "resend")
    (post,) = webhook.accepted()
    assert post.json["digest"] == "hourly" and post.json["count"] == KZ_SEEDS
    assert sorted(a["lang"] for a in post.json["articles"]) == ["ar", "fa", "kk"]
    run(tmp_path, "alerts", "resend")
    assert len(webhook.posts) == 1


def test_restart_during_delivery_loses_and_doubles_nothing(tmp_path: Path, webhook: WebhookReceiver) -> None:
    """Kill the process while it is retrying a delivery; the restarted one sends every message once."""
    webhook.reset(default=500)
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--webhook", webhook.url, "--secret", "s3cret")
    run(tmp_path, "alerts", "add", "all", "country:Kazakhstan OR country:Azerbaijan", "--webhook", webhook.url)
    proc = subprocess.Popen([*MONITOR, "replay", str(SEEDS)], cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=monitor_env(tmp_path, MONITOR_WEBHOOK_RETRIES="30"))
    try:
        assert webhook.seen.wait(120), "the replay never reached the webhook"
        time.sleep(0.3)  # now inside the retry/backoff loop of the first claimed delivery
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    before = fired_pairs(tmp_path)
    assert before  # firings are recorded, with their deliveries, before anything is sent
    assert not webhook.accepted()
    assert [d[2] for d in deliveries(tmp_path)].count("sending") == 1  # the killed process' claim
    webhook.reset(default=200)
    run(tmp_path, "replay", str(SEEDS))  # the restart: same input again, then the pending deliveries
    run(tmp_path, "alerts", "resend")
    after = fired_pairs(tmp_path)
    assert after[: len(before)] == before and len(after) == len(set(after)) == KZ_SEEDS + 4
    ids = [p.headers[DELIVERY_HEADER.lower()] for p in webhook.accepted()]
    assert len(ids) == len(set(ids)) == KZ_SEEDS + 4
    assert {tuple(i.split("|")[:2]) for i in ids} == set(after)
    assert {d[2] for d in deliveries(tmp_path)} == {"delivered"}


def test_management_commands(tmp_path: Path) -> None:
    """add (refused with the position when the query is wrong), list, pause, test (dry-run), resume, remove."""
    bad = run(tmp_path, "alerts", "add", "broken", "ambassador AND (visit", check=False)
    assert bad.returncode == 2 and "expected ')'" in bad.stderr and "position 21" in bad.stderr
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--owner", "ana", "--webhook", "http://127.0.0.1:9/x")
    run(tmp_path, "replay", str(SEEDS), check=False)  # nothing listens on port 9: the deliveries fail
    assert [a["name"] for a in json.loads(run(tmp_path, "alerts", "list", "--json").stdout)] == ["kz"]
    dry = run(tmp_path, "alerts", "test", "kz").stdout
    assert "3 stored article(s) would have fired" in dry
    assert "1 stored article(s)" in run(tmp_path, "alerts", "test", "--query", "سفير AND country:Azerbaijan").stdout
    missing = run(tmp_path, "alerts", "test", "no-such-alert", check=False)  # not run as a query
    assert missing.returncode == 1 and "no alert named 'no-such-alert'" in missing.stderr
    run(tmp_path, "alerts", "pause", "kz")
    assert json.loads(run(tmp_path, "alerts", "list", "--json", "--owner", "ana").stdout)[0]["paused"] is True
    assert json.loads(run(tmp_path, "alerts", "list", "--json", "--owner", "bob").stdout) == []
    run(tmp_path, "alerts", "resume", "kz")
    run(tmp_path, "alerts", "remove", "kz")
    assert json.loads(run(tmp_path, "alerts", "list", "--json").stdout) == []
    assert run(tmp_path, "alerts", "remove", "kz", check=False).returncode == 1


def test_resend_goes_to_the_alerts_current_webhook(tmp_path: Path, webhook: WebhookReceiver) -> None:
    """After the webhook of an alert is changed, `alerts resend` posts to the new one (it posted to the old)."""
    webhook.reset(default=503)
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--webhook", webhook.url + "/old")
    run(tmp_path, "replay", str(SEEDS), MONITOR_WEBHOOK_RETRIES="0", check=False)
    assert {p.path.rsplit("/", 1)[-1] for p in webhook.posts} == {"old"}
    same = run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--webhook", webhook.url + "/new", check=False)
    assert same.returncode == 2 and "--replace" in same.stderr  # an existing name is not replaced silently
    run(tmp_path, "alerts", "add", "kz", KZ_QUERY, "--webhook", webhook.url + "/new", "--replace")
    webhook.reset(default=200)
    run(tmp_path, "alerts", "resend", "kz")
    assert [p.path.rsplit("/", 1)[-1] for p in webhook.accepted()] == ["new"] * KZ_SEEDS


def test_alert_settings_that_could_never_deliver_are_refused(tmp_path: Path) -> None:
    for extra, words in [(["--email", "notanemail"], "plain address"), (["--digest", "daily"], "needs a channel"),
                         (["--digest", "weekly", "--email", "a@example.org"], "digest must be one of")]:
        proc = run(tmp_path, "alerts", "add", "x", KZ_QUERY, *extra, check=False)
        assert proc.returncode == 2 and words in proc.stderr, (extra, proc.stderr)
    assert json.loads(run(tmp_path, "alerts", "list", "--json").stdout) == []
