"""Webhook delivery: JSON POST, HMAC-SHA256 signature, retries with exponential backoff and jitter.

Delivery state lives in the registry's ``deliveries`` table before the first attempt, so a crash between
"fired" and "delivered" leaves a pending row that the next run sends, and a failure is kept (status
``failed`` with the last error) for ``monitor alerts failed`` / re-sending, never dropped.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import random
import time
from dataclasses import dataclass

import httpx

from monitor.alerts.registry import AlertRegistry

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Monitor-Signature"
TIMESTAMP_HEADER = "X-Monitor-Timestamp"


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """``sha256=<hex>`` over ``timestamp + "." + body``: the timestamp in the MAC stops replays."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


def verify(secret: str, timestamp: str, body: bytes, signature: str, max_age_s: float = 300) -> bool:
    """What a receiver does: constant-time comparison and a freshness check."""
    if abs(time.time() - float(timestamp)) > max_age_s:
        return False
    return hmac.compare_digest(sign(secret, timestamp, body), signature)


@dataclass
class DeliveryOutcome:
    ok: bool
    attempts: int
    error: str | None


def post_webhook(
    url: str, payload: dict, secret: str | None, *, retries: int = 4, timeout: float = 10.0,
    backoff: float = 0.5, client: httpx.Client | None = None,
) -> DeliveryOutcome:
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
    error: str | None = None
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=False)
    try:
        for attempt in range(1, retries + 2):
            timestamp = str(int(time.time()))
            headers = {"Content-Type": "application/json", TIMESTAMP_HEADER: timestamp,
                       "User-Agent": "news-monitor-alerts/0.1"}
            if secret:
                headers[SIGNATURE_HEADER] = sign(secret, timestamp, body)
            try:
                response = client.post(url, content=body, headers=headers)
                if 200 <= response.status_code < 300:
                    return DeliveryOutcome(True, attempt, None)
                error = f"HTTP {response.status_code}"
                if 400 <= response.status_code < 500 and response.status_code not in (408, 425, 429):
                    return DeliveryOutcome(False, attempt, error)  # the receiver refuses: retrying won't help
            except httpx.HTTPError as exc:
                error = f"{type(exc).__name__}: {exc}"
            if attempt <= retries:
                time.sleep(backoff * (2 ** (attempt - 1)) * (0.5 + random.random()))
        return DeliveryOutcome(False, retries + 1, error)
    finally:
        if own:
            client.close()


def deliver_pending(
    registry: AlertRegistry, *, retries: int = 4, timeout: float = 10.0, backoff: float = 0.5
) -> tuple[int, int]:
    """Send every pending delivery; returns (delivered, failed)."""
    delivered = failed = 0
    secrets = {a.name: a.secret for a in registry.list()}
    with httpx.Client(timeout=timeout, follow_redirects=False) as client:
        for row in registry.pending_deliveries():
            if row["channel"] != "webhook":
                continue
            payload = json.loads(row["payload"])
            outcome = post_webhook(row["target"], payload, secrets.get(row["alert"]), retries=retries,
                                   timeout=timeout, backoff=backoff, client=client)
            registry.mark_delivery(row["id"], outcome.ok, outcome.attempts, outcome.error)
            if outcome.ok:
                delivered += 1
            else:
                failed += 1
                log.warning("webhook for alert %s article %s failed after %d attempts: %s",
                            row["alert"], row["article_id"], outcome.attempts, outcome.error)
    return delivered, failed
