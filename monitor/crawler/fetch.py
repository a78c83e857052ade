"""HTTP for the crawler: capped, timed, polite, and checked on every redirect hop.

httpx does the protocol; this module adds what a long-running crawler needs around it:

* every hop (the first URL and each redirect target) goes through :class:`AddressPolicy` after DNS
  resolution, and the connection is made to the checked address (Host header and TLS SNI keep the name);
* bodies are streamed with caps on the bytes on the wire *and* after decompression (a 60 MB body or a
  gzip bomb stops at the cap, not after filling memory); we only ask for gzip/deflate so we control
  every decoder;
* a total deadline per request (read timeouts alone never fire on a server that trickles a byte a
  second);
* per-host concurrency and minimum spacing, robots.txt crawl-delay, and ``Retry-After`` on 429/503
  (stored per host, so every feed on that host waits);
* retries of transient failures with exponential backoff and full jitter.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import ssl
import time
import zlib
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.crawler.config import CrawlConfig
from monitor.crawler.safety import AddressPolicy, Refused

log = logging.getLogger(__name__)

REDIRECTS = {301, 302, 303, 307, 308}
RETRYABLE_STATUS = {408, 425, 429, 500, 502, 503, 504}


class FetchError(Exception):
    """A fetch that failed for a stated reason. ``kind`` is a short counter name."""

    def __init__(self, kind: str, reason: str, *, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
        self.status = status
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        return self.kind in {"timeout", "network", "rate_limited", "server_error"}


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int
    headers: httpx.Headers
    body: bytes = b""
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class _Decoder:
    """Content-Encoding decoder with a hard cap on the decoded size (gzip bombs stop at the cap)."""

    def __init__(self, encoding: str, limit: int) -> None:
        enc = (encoding or "identity").strip().lower()
        self.limit = limit
        self.size = 0
        self.encoding = enc
        if enc in ("", "identity"):
            self._d = None
        elif enc in ("gzip", "x-gzip"):
            self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._d = zlib.decompressobj()
            self._raw_deflate_tried = False
        else:
            raise FetchError("encoding", f"unsupported Content-Encoding {encoding!r}")

    def feed(self, data: bytes) -> bytes:
        if self._d is None:
            return self._count(data)
        out = bytearray()
        while data:
            room = self.limit - self.size - len(out) + 1
            try:
                chunk = self._d.decompress(data, room)
            except zlib.error as exc:
                if self.encoding == "deflate" and not self._raw_deflate_tried and not out and self.size == 0:
                    # Some servers send raw deflate without the zlib header.
                    self._raw_deflate_tried = True
                    self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise FetchError("decode", f"corrupt {self.encoding} body: {exc}") from None
            out += chunk
            if self.size + len(out) > self.limit:
                raise FetchError(
                    "too_large", f"decompressed body exceeds {self.limit} bytes ({self.encoding} bomb?)"
                )
            if self._d.eof:
                rest = self._d.unused_data
                if rest and self.encoding in ("gzip", "x-gzip"):
                    self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)  # another gzip member
                    data = rest
                    continue
                break  # trailing bytes after the stream are ignored
            data = self._d.unconsumed_tail
        return self._count(bytes(out))

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.limit:
            raise FetchError("too_large", f"body exceeds {self.limit} bytes")
        return data

    def flush(self) -> bytes:
        if self._d is None:
            return b""
        return self._count(self._d.flush())


@dataclass
class _Host:
    sem: asyncio.Semaphore
    next_start: float = 0.0  # monotonic time before which no request may start
    delay: float = 0.0


class Fetcher:
    """One shared HTTP client with the crawler's policies. Use as an async context manager."""

    def __init__(
        self,
        config: CrawlConfig,
        policy: AddressPolicy | None = None,
        *,
        robots: object | None = None,
        sleep=asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.cfg = config
        self.policy = policy or AddressPolicy(config.allow)
        self.robots = robots  # a RobotsCache, set by the crawler (None: robots not consulted)
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._hosts: dict[str, _Host] = {}
        self._clients: dict[str, httpx.AsyncClient] = {}
        self._open = False
        self.requests = 0  # requests sent, for the status line and the benchmark
        self.recent: deque[tuple[str, float]] = deque(maxlen=1000)  # (host, monotonic start) of requests

    async def __aenter__(self) -> Fetcher:
        self._open = True
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._open = False
        clients, self._clients = self._clients, {}
        for client in clients.values():
            await client.aclose()

    def _tls_context(self) -> ssl.SSLContext | bool:
        if not self.cfg.ca_file:
            return True
        ctx = ssl.create_default_context()
        ctx.load_verify_locations(self.cfg.ca_file)
        return ctx

    def _client_for(self, host: str) -> httpx.AsyncClient:
        """One client (connection pool) per host name.

        We connect to the address we checked, so pools are keyed by IP; a shared pool would let a
        TLS connection opened for one name (SNI, certificate) carry requests for another name on the
        same CDN address. A pool per name prevents that, and stays as small as the per-host limit.
        """
        client = self._clients.get(host)
        if client is None:
            client = httpx.AsyncClient(
                timeout=httpx.Timeout(
                    connect=self.cfg.connect_timeout,
                    read=self.cfg.read_timeout,
                    write=self.cfg.read_timeout,
                    pool=self.cfg.total_timeout,
                ),
                follow_redirects=False,
                verify=self._tls_context(),
                trust_env=False,  # no proxies from the environment: we connect to addresses we checked
                limits=httpx.Limits(
                    max_connections=self.cfg.per_host_concurrency,
                    max_keepalive_connections=self.cfg.per_host_concurrency,
                ),
                headers={"User-Agent": self.cfg.user_agent},
            )
            self._clients[host] = client
        return client

    # ── host politeness ──────────────────────────────────────────────────────────────────────────
    def _host(self, host: str) -> _Host:
        h = self._hosts.get(host)
        if h is None:
            h = _Host(asyncio.Semaphore(self.cfg.per_host_concurrency), delay=self.cfg.per_host_delay)
            self._hosts[host] = h
        return h

    def set_crawl_delay(self, host: str, delay: float) -> None:
        h = self._host(host)
        h.delay = max(self.cfg.per_host_delay, min(delay, 60.0))

    def defer_host(self, host: str, seconds: float) -> None:
        """Keep every request to ``host`` back for ``seconds`` (after a 429/503 with Retry-After)."""
        h = self._host(host)
        h.next_start = max(h.next_start, time.monotonic() + seconds)

    def host_wait(self, host: str) -> float:
        """Seconds until ``host`` may be asked again."""
        return max(0.0, self._host(host).next_start - time.monotonic())

    # ── public API ───────────────────────────────────────────────────────────────────────────────
    async def fetch(
        self,
        url: str,
        *,
        max_bytes: int,
        etag: str | None = None,
        last_modified: str | None = None,
        check_robots: bool = True,
        accept: str = "*/*",
    ) -> FetchResult:
        """GET ``url`` with retries; return the final response (200 or 304) or raise FetchError."""
        attempt = 0
        while True:
            try:
                return await self._fetch_once(url, max_bytes, etag, last_modified, check_robots, accept)
            except FetchError as exc:
                if not exc.transient or attempt >= self.cfg.max_retries:
                    raise
                delay = self._backoff(attempt)
                if exc.retry_after is not None:
                    delay = max(delay, exc.retry_after)
                if delay > self.cfg.max_inline_wait:
                    raise
                attempt += 1
                log.info("retry %d of %s in %.2fs after %s", attempt, url, delay, exc.reason)
                await self._sleep(delay)

    def _backoff(self, attempt: int) -> float:
        cap = min(self.cfg.backoff_cap, self.cfg.backoff_base * (2**attempt))
        return self._rng.uniform(cap / 2, cap)  # "equal jitter": never zero, never above the cap

    async def _fetch_once(
        self,
        url: str,
        max_bytes: int,
        etag: str | None,
        last_modified: str | None,
        check_robots: bool,
        accept: str,
    ) -> FetchResult:
        seen: list[str] = []
        current = url
        for _hop in range(self.cfg.max_redirects + 1):
            if current in seen:
                raise FetchError("redirects", f"redirect loop: {' -> '.join([*seen, current])}")
            seen.append(current)
            if check_robots and self.robots is not None:
                await self.robots.check(current)  # raises FetchError("robots", ...)
            cond = (etag, last_modified) if current == url else (None, None)
            result = await self._request(current, max_bytes, *cond, accept=accept)
            if result.status in REDIRECTS:
                location = result.headers.get("location")
                if not location:
                    raise FetchError("http", f"HTTP {result.status} without Location", status=result.status)
                current = urljoin(current, location.strip())
                continue
            result.redirects = seen[:-1]
            return result
        raise FetchError("redirects", f"more than {self.cfg.max_redirects} redirects from {url}")

    async def _request(
        self, url: str, max_bytes: int, etag: str | None, last_modified: str | None, *, accept: str
    ) -> FetchResult:
        assert self._open, "use Fetcher as an async context manager"
        try:
            host, port, ip = await self.policy.check_url(url)
        except Refused as exc:
            raise FetchError(exc.kind, exc.reason) from None
        parts = urlsplit(url)
        default_port = 443 if parts.scheme == "https" else 80
        host_header = host if port == default_port else f"{host}:{port}"
        ip_host = f"[{ip}]" if ":" in ip else ip
        try:
            pinned = httpx.URL(url).copy_with(host=ip_host.strip("[]"), port=port)
        except (httpx.InvalidURL, ValueError) as exc:  # e.g. a host name that is not valid IDNA
            raise FetchError("address", f"malformed URL {url!r}: {exc}") from None
        headers = {
            "Host": host_header,
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
            **self.cfg.extra_headers,
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        gate = self._host(host_header)
        async with gate.sem:
            wait = gate.next_start - time.monotonic()
            if wait > 0:
                if wait > self.cfg.max_inline_wait:
                    raise FetchError(
                        "rate_limited", f"{host_header} asked us to wait {wait:.0f}s", retry_after=wait
                    )
                await self._sleep(wait)
            started = time.monotonic()
            gate.next_start = started + gate.delay
            self.requests += 1
            self.recent.append((host_header, started))
            try:
                async with asyncio.timeout(self.cfg.total_timeout):
                    return await self._stream(pinned, url, headers, host, max_bytes)
            except TimeoutError:
                raise FetchError(
                    "timeout", f"no complete response within {self.cfg.total_timeout:g}s from {url}"
                ) from None

    async def _stream(
        self, pinned: httpx.URL, url: str, headers: dict[str, str], host: str, max_bytes: int
    ) -> FetchResult:
        client = self._client_for(headers["Host"])
        extensions = {"sni_hostname": host} if pinned.scheme == "https" else {}
        try:
            async with client.stream("GET", pinned, headers=headers, extensions=extensions) as resp:
                status = resp.status_code
                if status in REDIRECTS or status == 304:
                    return FetchResult(url=url, status=status, headers=resp.headers)
                if status in RETRYABLE_STATUS:
                    retry_after = parse_retry_after(resp.headers.get("retry-after"))
                    if retry_after is not None:
                        self.defer_host(headers["Host"], min(retry_after, self.cfg.max_interval))
                    kind = "rate_limited" if status == 429 else "server_error"
                    hint = f", Retry-After {retry_after:g}s" if retry_after is not None else ""
                    raise FetchError(kind, f"HTTP {status} from {url}{hint}", status=status, retry_after=retry_after)
                if status >= 400:
                    raise FetchError("http", f"HTTP {status} from {url}", status=status)
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError("too_large", f"Content-Length {declared} exceeds {max_bytes} bytes: {url}")
                decoder = _Decoder(resp.headers.get("content-encoding", ""), self.cfg.max_decompressed_bytes)
                raw = 0
                body = bytearray()
                async for chunk in resp.aiter_raw():
                    raw += len(chunk)
                    if raw > max_bytes:
                        raise FetchError("too_large", f"body exceeds {max_bytes} bytes: {url}")
                    body += decoder.feed(chunk)
                body += decoder.flush()
                return FetchResult(url=url, status=status, headers=resp.headers, body=bytes(body))
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"{type(exc).__name__} from {url}") from None
        except (httpx.TransportError, OSError) as exc:
            raise FetchError("network", f"{type(exc).__name__}: {exc} ({url})") from None
