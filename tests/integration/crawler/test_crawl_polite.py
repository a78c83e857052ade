"""Politeness and connection safety against real local servers: per-host spacing, the run loop with its
adaptive schedule, and HTTPS to a pinned address with the name's SNI and certificate check."""

from __future__ import annotations

import asyncio
import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from monitor.crawler import Crawler, CrawlSummary, Feed
from monitor.crawler.fetch import Fetcher, FetchError
from monitor.crawler.safety import AddressPolicy

from .conftest import Site
from .test_crawl_local import quick_config


class ListSink:
    def __init__(self) -> None:
        self.articles: list = []

    def submit(self, articles):  # type: ignore[no-untyped-def]
        self.articles.extend(articles)


def test_requests_to_one_host_are_spaced_and_limited(site: Site, tmp_path: Path) -> None:
    config = quick_config(tmp_path)
    config.per_host_delay = 0.3
    config.per_host_concurrency = 1
    feeds = [Feed(url=f["url"], name=f["name"]) for f in site.good_feeds[:3]]
    start = len(site.main.log)
    sink = ListSink()

    async def go() -> tuple[CrawlSummary, list[float]]:
        async with Crawler(feeds, config, sink) as crawler:
            summary = await crawler.poll(force=True)
            return summary, [t for _h, t in crawler.fetcher.recent]

    summary, starts = asyncio.run(go())
    assert summary.errors == 0 and summary.articles >= 3
    arrivals = [r for r in site.main.log[start:]]
    assert [r.path for r in arrivals].count("/robots.txt") == 1  # fetched once for the site
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert len(starts) == len(arrivals) >= 6 and min(gaps) >= 0.29  # each start waited for the delay
    span = arrivals[-1].at - arrivals[0].at
    assert span >= 0.5 * 0.3 * (len(arrivals) - 1)  # and the server saw them spread out accordingly


def test_run_loop_polls_when_due_and_backs_off_unchanged_feeds(site: Site, tmp_path: Path) -> None:
    config = quick_config(tmp_path)
    config.min_interval = 0.5
    config.initial_interval = 0.5
    config.max_interval = 30
    feed = next(f for f in site.good_feeds if "kazinform" in f["url"])
    feeds = [Feed(url=feed["url"], name=feed["name"])]
    path = feed["url"].replace(site.main.base, "")
    before = len(site.main.requests_to(path))
    statuses: list[tuple[int, float | None]] = []
    sink = ListSink()

    async def go() -> tuple[float, float]:
        stop = asyncio.Event()
        async with Crawler(feeds, config, sink) as crawler:

            def on_status(total: CrawlSummary, next_due: float | None) -> None:
                statuses.append((total.feeds_polled, next_due))
                if total.feeds_polled >= 3:
                    stop.set()

            await asyncio.wait_for(crawler.run(stop, on_status), timeout=120)
            st = crawler.state.feed(feeds[0].key)
            return st.interval_s, st.next_poll

    interval, _next_poll = asyncio.run(go())
    polls = site.main.requests_to(path)[before:]
    assert len(polls) >= 3
    assert all(p.headers.get("if-none-match") for p in polls[1:])  # later polls are conditional
    assert interval > 0.5  # unchanged feed: polled less often (x1.5 per unchanged poll)
    assert statuses and statuses[-1][0] >= 3 and statuses[-1][1] is not None
    assert len(sink.articles) >= 1  # the first poll brought the article, the others nothing new


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if not shutil.which("openssl"):
        pytest.skip("openssl command not available to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=news.test",
         "-addext", "subjectAltName=DNS:news.test", "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
        check=True, capture_output=True,
    )

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            body = f"host={self.headers.get('Host')}".encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(d / "cert.pem", d / "key.pem")
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield httpd.server_address[1], d / "cert.pem"
    httpd.shutdown()
    httpd.server_close()


def test_https_goes_to_the_checked_address_with_the_names_sni_and_certificate(  # type: ignore[no-untyped-def]
    tls_server, tmp_path: Path
) -> None:
    port, cert = tls_server

    async def resolve(host: str, _port: int) -> list[str]:
        return {"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"], "evil.test": ["10.0.0.9"]}[host]

    config = quick_config(tmp_path)
    config.ca_file = str(cert)

    async def go():  # type: ignore[no-untyped-def]
        async with Fetcher(config, AddressPolicy("127.0.0.1", resolver=resolve)) as f:
            ok = await f.fetch(f"https://news.test:{port}/rss", max_bytes=10_000)
            errors = []
            for host in ("other.test", "evil.test"):
                try:
                    await f.fetch(f"https://{host}:{port}/rss", max_bytes=10_000)
                except FetchError as exc:
                    errors.append(exc)
            return ok, errors

    ok, errors = asyncio.run(go())
    assert ok.status == 200 and ok.body == f"host=news.test:{port}".encode()
    wrong_name, private = errors
    assert wrong_name.kind == "network" and "CERTIFICATE" in wrong_name.reason.upper()
    assert private.kind == "address"
