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

Nothing in an article can halt delivery: every header built from article or alert text goes through
:func:`header_text` (no CR, LF, vertical tab, NEL, U+2028/2029 or other line breaks, no lone surrogates), and
a message that cannot be built, or is refused for a reason that will not change (the receiver's address is
not allowed, the recipient is refused, a 4xx answer), is marked ``failed`` at once with that reason instead
of being retried. Outbound connections follow the crawler's address policy (``MONITOR_DELIVERY_ALLOW``),
checked after DNS resolution, and connect to the address that was checked.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import logging
import random
import re
import smtplib
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import quote

import httpx

from monitor.alerts.registry import Delivery, Registry, worker_id
from monitor.crawler.safety import AddressPolicy, Refused

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Monitor-Signature"
TIMESTAMP_HEADER = "X-Monitor-Timestamp"
DELIVERY_HEADER = "X-Monitor-Delivery"
RTL_LANGS = frozenset({"ar", "fa", "ur", "he", "ps", "ckb", "ug"})


# ---------------------------------------------------------------------------------------------- clean text

_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
_SPACES = re.compile(r"\s+")
_EMAIL = re.compile(r"[^@\s\x00-\x1f\x7f<>(),;:\\\"\[\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")


def clean_text(value: object) -> str:
    """Any value as text that every encoder accepts: lone surrogates become U+FFFD, NUL is dropped."""
    text = str(value if value is not None else "")
    if any("\ud800" <= ch <= "\udfff" or ch == "\x00" for ch in text):
        text = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text if ch != "\x00")
    return text


def header_text(value: object, limit: int = 200) -> str:
    """One line of text for a mail header: every line break and control character becomes a space.

    Python's e-mail package refuses a header containing anything ``str.splitlines`` splits on (CR, LF,
    vertical tab, form feed, the file/group/record separators, NEL, U+2028, U+2029); an article title
    may contain any of them. Format characters (ZWNJ in Persian, direction marks) are kept.
    """
    text = clean_text(value)
    text = "".join(" " if ch in _BREAKS or unicodedata.category(ch) == "Cc" else ch for ch in text)
    return _SPACES.sub(" ", text).strip()[:limit]


def valid_email(address: str) -> bool:
    """A plain ``local@domain`` address with nothing a header could be split or extended with."""
    return bool(address) and len(address) <= 320 and _EMAIL.fullmatch(address) is not None and ".." not in address


def header_token(value: object) -> str:
    """ASCII for an HTTP/mail header that receivers compare (the delivery id): others are %-escaped."""
    return quote(clean_text(value), safe="|:@!$&'()*+,;=-._~/")


class PermanentFailure(Exception):
    """A delivery that cannot succeed as it stands: it is marked failed with this reason, not retried."""


def delivery_policy(settings: Any) -> AddressPolicy:
    """The outbound policy of webhooks and the SMTP server: the crawler's rules, ``MONITOR_DELIVERY_ALLOW``."""
    return AddressPolicy(getattr(settings, "delivery_allow", "") or "", setting="MONITOR_DELIVERY_ALLOW")


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
    policy: AddressPolicy | None = None,
) -> DeliveryOutcome:
    """POST ``payload`` to ``url``; every attempt checks the address policy and connects to the checked address.

    Redirects are not followed (a receiver that redirects is refused, permanently): a redirect is how a
    public URL would point the monitor at an address the policy refuses.
    """
    policy = policy or AddressPolicy("", setting="MONITOR_DELIVERY_ALLOW")
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8", errors="replace")
    own = client is None
    http = client or httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False)

    def send() -> str | None:
        try:
            host, port, ip = policy.check_url_sync(url)
        except Refused as exc:
            return f"!refused: {exc.reason}"
        try:
            target = httpx.URL(url)
        except (httpx.InvalidURL, ValueError) as exc:
            return f"!malformed webhook URL: {exc}"
        default_port = 443 if target.scheme == "https" else 80
        timestamp = str(int(time.time()))
        headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: timestamp,
                   "User-Agent": "news-monitor-alerts/0.2", "Host": host if port == default_port else f"{host}:{port}"}
        if delivery_id:
            headers[DELIVERY_HEADER] = header_token(delivery_id)
        if secret:
            headers[SIGNATURE_HEADER] = sign(secret, timestamp, body)
        try:
            pinned = target.copy_with(host=ip, port=port)
        except (httpx.InvalidURL, ValueError) as exc:
            return f"!malformed webhook URL: {exc}"
        extensions = {"sni_hostname": host} if target.scheme == "https" else {}
        try:
            with http.stream("POST", pinned, content=body, headers=headers, extensions=extensions) as response:
                status = response.status_code  # the body is not read: a receiver cannot make us download
        except httpx.HTTPError as exc:
            return f"{type(exc).__name__}: {exc}"
        if 200 <= status < 300:
            return None
        if 300 <= status < 400:
            return f"!HTTP {status}: webhooks do not follow redirects"
        if 400 <= status < 500 and status not in (408, 425, 429):
            return f"!HTTP {status}"  # the receiver refuses: retrying won't help
        return f"HTTP {status}"

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


def _clean_value(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [_clean_value(v) for v in value]
    return value


def _articles(payload: dict) -> list[dict]:
    return list(payload.get("articles") or [payload.get("article") or {}])


def email_message(payload: dict, to: str, sender: str) -> EmailMessage:
    """Plain text and HTML alternatives; each article block in its own writing direction."""
    if not valid_email(to):
        raise PermanentFailure(f"invalid recipient address {header_token(to)[:100]!r}")
    if not valid_email(sender.rpartition("<")[2].rstrip(">").strip()):
        raise PermanentFailure(f"invalid sender address {header_token(sender)[:100]!r} (MONITOR_SMTP_FROM)")
    if isinstance(payload.get("briefing"), dict):
        return _briefing_message(payload, to, sender)
    items = [{k: _clean_value(v) for k, v in a.items()} for a in _articles(payload) if isinstance(a, dict)] or [{}]
    alert = clean_text(payload.get("alert"))
    digest = payload.get("digest")
    updates = [u for u in payload.get("stories") or [] if isinstance(u, dict)]
    subject = (f"[{alert}] {len(items)} new articles ({header_text(digest, 20)} digest)" if digest
               else f"[{alert}] {items[0].get('title') or 'new article'}")
    if updates and sum(int(u.get("count") or 0) for u in updates) == len(items):  # only story updates
        first = updates[0]
        subject = (f"[{alert}] {clean_text(first.get('summary'))}: {clean_text(first.get('title'))}"
                   if len(updates) == 1 else f"[{alert}] more reports of {len(updates)} stories")
    msg = EmailMessage()
    msg["Subject"] = header_text(subject, 200) or "news monitor alert"
    msg["From"] = header_text(sender, 320)
    msg["To"] = to
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="news-monitor")
    query = clean_text(payload.get("query") or "")
    plain = [f"Alert {alert}: {query}", ""]
    blocks = []
    for u in updates:  # "3 more reports, in Persian and Kazakh" per story, before the reports themselves
        plain += [f"{clean_text(u.get('summary'))}: {clean_text(u.get('title'))}", ""]
        blocks.append(f"<p><b>{html.escape(str(clean_text(u.get('summary'))))}</b>: "
                      f'<span dir="auto">{html.escape(str(clean_text(u.get("title"))))}</span></p>')
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
        f"<p>Alert <b>{html.escape(alert)}</b>: <code>{html.escape(query)}</code></p>"
        + "".join(blocks) + "</body></html>",
        subtype="html",
    )
    return msg


def _briefing_message(payload: dict, to: str, sender: str) -> EmailMessage:
    """The daily briefing of an alert's subscriber (``monitor.alerts.briefing``): Markdown text and HTML."""
    briefing = payload["briefing"]
    alert = clean_text(payload.get("alert"))
    n = int(briefing.get("stories") or 0)
    msg = EmailMessage()
    msg["Subject"] = header_text(f"[{alert}] Briefing for {clean_text(briefing.get('day'))}: "
                                 f"{n} stor{'y' if n == 1 else 'ies'}", 200)
    msg["From"] = header_text(sender, 320)
    msg["To"] = to
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain="news-monitor")
    msg.set_content(clean_text(payload.get("markdown")))
    msg.add_alternative(clean_text(payload.get("html")), subtype="html")
    return msg


class _PinnedSMTP(smtplib.SMTP):
    """SMTP to the address the policy checked, with the server's name kept for STARTTLS certificate checks."""

    def __init__(self, name: str, ip: str, port: int, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.connect(ip, port)
        self._host = name  # smtplib verifies the STARTTLS certificate against _host


def send_email(config: SmtpConfig, to: str, payload: dict, *, retries: int = 4, backoff: float = 0.5,
               delivery_id: str | None = None, policy: AddressPolicy | None = None) -> DeliveryOutcome:
    """Send one alert e-mail. Raises :class:`PermanentFailure` when the message cannot be built."""
    policy = policy or AddressPolicy("", setting="MONITOR_DELIVERY_ALLOW")
    msg = email_message(payload, to, config.sender)
    if delivery_id:
        msg["X-Monitor-Delivery"] = header_token(delivery_id)

    def send() -> str | None:
        try:
            name, port, ip = policy.check_host_sync(config.host, config.port)
        except Refused as exc:
            return f"!refused: SMTP server {exc.reason}"
        try:
            with _PinnedSMTP(name, ip, port, config.timeout) as smtp:
                if config.starttls:
                    smtp.starttls()
                if config.user:
                    smtp.login(config.user, config.password or "")
                smtp.send_message(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            return f"!recipient refused: {exc.recipients}"
        except smtplib.SMTPSenderRefused as exc:
            return f"!sender refused: {exc.smtp_code} {exc.smtp_error!r}"
        except (smtplib.SMTPException, OSError) as exc:
            return f"{type(exc).__name__}: {exc}"
        return None

    return _retrying(send, retries, backoff)


# ---------------------------------------------------------------------------------------------- dispatcher


def _send_row(row: Delivery, registry: Registry, *, retries: int, timeout: float, backoff: float,
              smtp: SmtpConfig | None, policy: AddressPolicy, client: httpx.Client) -> DeliveryOutcome:
    payload = json.loads(row.payload)
    delivery_id = row.delivery_id
    target = row.target
    alert = registry.definition(row.alert)
    if alert is not None:  # the alert's address now: a webhook or e-mail changed since the firing wins (resend)
        target = {"webhook": alert.webhook, "email": alert.email}.get(row.channel) or ""
        if not target:
            return DeliveryOutcome(False, 0, f"alert {row.alert!r} has no {row.channel} any more")
    if row.channel == "webhook":
        return post_webhook(target, payload, registry.secret_of(row.alert), retries=retries,
                            timeout=timeout, backoff=backoff, client=client, delivery_id=delivery_id, policy=policy)
    if row.channel == "email":
        if smtp is None:
            return DeliveryOutcome(False, 0, "no SMTP server configured (MONITOR_SMTP_HOST)")
        return send_email(smtp, target, payload, retries=retries, backoff=backoff,
                          delivery_id=delivery_id, policy=policy)
    return DeliveryOutcome(False, 0, f"unknown channel {row.channel!r}")


def deliver_pending(
    registry: Registry, *, retries: int = 4, timeout: float = 10.0, backoff: float = 0.5,
    smtp: SmtpConfig | None = None, limit: int | None = None, policy: AddressPolicy | None = None,
) -> tuple[int, int]:
    """Flush due digests, then claim and send pending deliveries; returns (delivered, failed).

    Every claimed row ends ``delivered`` or ``failed`` here, whatever its content: a message that cannot be
    built (a broken payload, an invalid address, a header no encoder takes) is a failure that will not change
    on retry, so it is marked failed with the reason at once, counted and logged, and the next row goes on.
    """
    if not registry.has_work():
        return 0, 0
    policy = policy or AddressPolicy("", setting="MONITOR_DELIVERY_ALLOW")
    registry.release_stale_claims()
    registry.flush_digests()
    delivered = failed = 0
    claimer = worker_id()
    # The lease covers the worst case of one row (every retry timing out plus the backoff sleeps).
    lease = (retries + 1) * timeout + backoff * (2 ** (retries + 1)) + 60
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as client:
        while limit is None or delivered + failed < limit:
            rows = registry.claim_deliveries(claimer, lease, limit=1)
            if not rows:
                break
            row = rows[0]
            try:
                outcome = _send_row(row, registry, retries=retries, timeout=timeout, backoff=backoff, smtp=smtp,
                                    policy=policy, client=client)
            except PermanentFailure as exc:
                outcome = DeliveryOutcome(False, 1, f"cannot be sent: {exc}")
            except (ValueError, TypeError, KeyError, UnicodeError) as exc:  # includes json errors
                outcome = DeliveryOutcome(False, 1, f"cannot build the message: {type(exc).__name__}: {exc}")
            registry.mark_delivery(row, outcome.ok, outcome.attempts, outcome.error)
            if outcome.ok:
                delivered += 1
            else:
                failed += 1
                log.warning("%s for alert %s article %s failed after %d attempts: %s", row.channel,
                            row.alert, row.article_id, outcome.attempts, outcome.error)
    return delivered, failed
