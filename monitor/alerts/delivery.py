"""Delivery channels: signed webhooks and e-mail, with retries, claims and dead letters.

Delivery state lives in the registry's ``deliveries`` table before the first attempt (queued in the same
transaction as the firing), so a crash between "fired" and "delivered" leaves a pending row that the next
run sends. A sender claims rows before sending (two workers never send the same row). A message that still
fails after its retries is kept with status ``failed`` and its last error: the dead letters that
``monitor alerts failed`` lists and ``monitor alerts resend`` sends again. Nothing is dropped.

Webhook: JSON body, ``X-Monitor-Timestamp`` and ``X-Monitor-Signature: sha256=HMAC(secret, ts + "." + body)``
(the timestamp inside the MAC stops replays: receivers refuse old timestamps), ``X-Monitor-Delivery`` a
stable id per (alert, article, channel) for receivers to drop a repeat. Retries with exponential backoff and
jitter on 5xx, 408/425/429 and network errors; other 4xx mean the receiver refuses and are not retried.

E-mail: stdlib ``smtplib`` with a plain-text and an HTML part; right-to-left snippets (Arabic, Persian) are
rendered with ``dir="rtl"``, and every user-supplied text is HTML-escaped.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import logging
import random
import smtplib
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

import httpx

from monitor.alerts.registry import AlertRegistry, worker_id

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Monitor-Signature"
TIMESTAMP_HEADER = "X-Monitor-Timestamp"
DELIVERY_HEADER = "X-Monitor-Delivery"
RTL_LANGS = frozenset({"ar", "fa", "ur", "he", "ps", "ckb", "ug"})


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` over ``timestamp + "." + body``: the timestamp in the MAC stops replays."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, max_age_s: float = 300) -> bool:
    """What a receiver does: constant-time comparison and a freshness check."""
    try:
        age = abs(time.time() - float(timestamp))
    except ValueError:
        return False
    if age > max_age_s:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


@dataclass
class DeliveryOutcome:
    ok: bool
    attempts: int
    error: str | None


def _retrying(send: Callable[[], str | None], retries: int, backoff: float) -> DeliveryOutcome:
    """Call ``send`` (None = done, ``"!"``-prefixed error = do not retry) with exponential backoff."""
    error: str | None = None
    for attempt in range(1, retries + 2):
        error = send()
        if error is None:
            return DeliveryOutcome(True, attempt, None)
        if error.startswith("!"):
            return DeliveryOutcome(False, attempt, error[1:])
        if attempt <= retries:
            time.sleep(backoff * (2 ** (attempt - 1)) * (0.5 + random.random()))
    return DeliveryOutcome(False, retries + 1, error)


def post_webhook(
    url: str, payload: dict, secret: str | None, *, retries: int = 4, timeout: float = 10.0,
    backoff: float = 0.5, client: httpx.Client | None = None, delivery_id: str | None = None,
) -> DeliveryOutcome:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    own = client is None
    http = client or httpx.Client(timeout=timeout, follow_redirects=False)

    def send() -> str | None:
        timestamp = str(int(time.time()))
        headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: timestamp,
                   "User-Agent": "news-monitor-alerts/0.2"}
        if delivery_id:
            headers[DELIVERY_HEADER] = delivery_id
        if secret:
            headers[SIGNATURE_HEADER] = sign(secret, timestamp, body)
        try:
            response = http.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            return f"{type(exc).__name__}: {exc}"
        if 200 <= response.status_code < 300:
            return None
        if 400 <= response.status_code < 500 and response.status_code not in (408, 425, 429):
            return f"!HTTP {response.status_code}"  # the receiver refuses: retrying won't help
        return f"HTTP {response.status_code}"

    try:
        return _retrying(send, retries, backoff)
    finally:
        if own:
            http.close()


# ---------------------------------------------------------------------------------------------- e-mail


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 25
    sender: str = "news-monitor@localhost"
    user: str | None = None
    password: str | None = None
    starttls: bool = False
    timeout: float = 30.0

    @classmethod
    def from_settings(cls, settings: Any) -> SmtpConfig | None:
        host = getattr(settings, "smtp_host", None)
        if not host:
            return None
        return cls(host=host, port=int(getattr(settings, "smtp_port", 25) or 25),
                   sender=getattr(settings, "smtp_from", None) or cls.sender,
                   user=getattr(settings, "smtp_user", None), password=getattr(settings, "smtp_password", None),
                   starttls=bool(getattr(settings, "smtp_starttls", False)))


def _articles(payload: dict) -> list[dict]:
    return list(payload.get("articles") or [payload.get("article") or {}])


def email_message(payload: dict, to: str, sender: str) -> EmailMessage:
    """Plain text and HTML alternatives; each article block in its own writing direction."""
    items = _articles(payload)
    alert = str(payload.get("alert"))
    digest = payload.get("digest")
    subject = (f"[{alert}] {len(items)} new articles ({digest} digest)" if digest
               else f"[{alert}] {items[0].get('title') or 'new article'}")
    msg = EmailMessage()
    msg["Subject"] = subject.replace("\n", " ")[:200]
    msg["From"] = sender
    msg["To"] = to
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="news-monitor")
    plain = [f"Alert {alert}: {payload.get('query') or ''}", ""]
    blocks = []
    for a in items:
        countries = ", ".join(a.get("countries") or [])
        plain += [str(a.get("title") or ""), str(a.get("url") or ""), f"{a.get('lang') or ''}  {countries}",
                  str(a.get("snippet") or ""), ""]
        direction = "rtl" if (a.get("lang") or "") in RTL_LANGS else "ltr"
        url = str(a.get("url") or "")
        title = html.escape(str(a.get("title") or ""))
        link = f'<a href="{html.escape(url, quote=True)}">{title}</a>' if url.startswith(("http://", "https://")) \
            else title
        blocks.append(
            f'<div dir="{direction}" lang="{html.escape(str(a.get("lang") or ""), quote=True)}" '
            f'style="text-align:{"right" if direction == "rtl" else "left"};margin-bottom:1em">'
            f"<h3>{link}</h3><p>{html.escape(str(a.get('snippet') or ''))}</p>"
            f'<p dir="ltr" style="color:#666">{html.escape(str(a.get("lang") or ""))} '
            f"{html.escape(countries)}</p></div>"
        )
    msg.set_content("\n".join(plain))
    msg.add_alternative(
        "<!doctype html><html><body>"
        f"<p>Alert <b>{html.escape(alert)}</b>: <code>{html.escape(str(payload.get('query') or ''))}</code></p>"
        + "".join(blocks) + "</body></html>",
        subtype="html",
    )
    return msg


def send_email(config: SmtpConfig, to: str, payload: dict, *, retries: int = 4, backoff: float = 0.5,
               delivery_id: str | None = None) -> DeliveryOutcome:
    msg = email_message(payload, to, config.sender)
    if delivery_id:
        msg["X-Monitor-Delivery"] = delivery_id

    def send() -> str | None:
        try:
            with smtplib.SMTP(config.host, config.port, timeout=config.timeout) as smtp:
                if config.starttls:
                    smtp.starttls()
                if config.user:
                    smtp.login(config.user, config.password or "")
                smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            return f"!recipient refused: {exc.recipients}"
        except (smtplib.SMTPException, OSError) as exc:
            return f"{type(exc).__name__}: {exc}"
        return None

    return _retrying(send, retries, backoff)


# ---------------------------------------------------------------------------------------------- dispatcher


def deliver_pending(
    registry: AlertRegistry, *, retries: int = 4, timeout: float = 10.0, backoff: float = 0.5,
    smtp: SmtpConfig | None = None, limit: int | None = None,
) -> tuple[int, int]:
    """Flush due digests, then claim and send pending deliveries; returns (delivered, failed)."""
    if not registry.has_work():
        return 0, 0
    registry.release_stale_claims()
    registry.flush_digests()
    delivered = failed = 0
    claimer = worker_id()
    # The lease covers the worst case of one row (every retry timing out plus the backoff sleeps).
    lease = (retries + 1) * timeout + backoff * (2 ** (retries + 1)) + 60
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        while limit is None or delivered + failed < limit:
            rows = registry.claim_deliveries(claimer, lease, limit=1)
            if not rows:
                break
            row = rows[0]
            payload = json.loads(row["payload"])
            delivery_id = f"{row['alert']}|{row['article_id']}|{row['channel']}"
            if row["channel"] == "webhook":
                outcome = post_webhook(row["target"], payload, registry.secret_of(row["alert"]), retries=retries,
                                       timeout=timeout, backoff=backoff, client=client, delivery_id=delivery_id)
            elif row["channel"] == "email":
                if smtp is None:
                    outcome = DeliveryOutcome(False, 0, "no SMTP server configured (MONITOR_SMTP_HOST)")
                else:
                    outcome = send_email(smtp, row["target"], payload, retries=retries, backoff=backoff,
                                         delivery_id=delivery_id)
            else:
                outcome = DeliveryOutcome(False, 0, f"unknown channel {row['channel']!r}")
            registry.mark_delivery(row["id"], outcome.ok, outcome.attempts, outcome.error)
            if outcome.ok:
                delivered += 1
            else:
                failed += 1
                log.warning("%s for alert %s article %s failed after %d attempts: %s", row["channel"],
                            row["alert"], row["article_id"], outcome.attempts, outcome.error)
    return delivered, failed
