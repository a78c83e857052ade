"""robots.txt, fetched through the crawler's own capped fetcher and read with urllib.robotparser.

Rules (RFC 9309): 2xx -> obey the file; 4xx -> no rules (allowed); 5xx or unreachable -> treat the site
as fully disallowed for a short while and ask again later. A ``Crawl-delay`` widens our per-host
spacing (up to a minute).
"""

from __future__ import annotations

import asyncio
import logging
import time
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from monitor.crawler.fetch import Fetcher, FetchError

log = logging.getLogger(__name__)


class RobotsCache:
    def __init__(self, fetcher: Fetcher, agent: str, ttl: float, error_ttl: float) -> None:
        self.fetcher = fetcher
        self.agent = agent
        self.ttl = ttl
        self.error_ttl = error_ttl
        self._cache: dict[str, tuple[float, RobotFileParser | None, str]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def rules(self, origin: str) -> tuple[RobotFileParser | None, str]:
        """Parsed rules for ``scheme://host[:port]`` (None = site unreachable: disallow for now)."""
        hit = self._cache.get(origin)
        if hit and hit[0] > time.monotonic():
            return hit[1], hit[2]
        # One fetch per origin even when many feeds of one site start at once.
        async with self._locks.setdefault(origin, asyncio.Lock()):
            return await self._rules(origin)

    async def _rules(self, origin: str) -> tuple[RobotFileParser | None, str]:
        hit = self._cache.get(origin)
        now = time.monotonic()
        if hit and hit[0] > now:
            return hit[1], hit[2]
        parser: RobotFileParser | None = RobotFileParser()
        note = ""
        ttl = self.ttl
        try:
            res = await self.fetcher.fetch(
                origin + "/robots.txt",
                max_bytes=self.fetcher.cfg.max_robots_bytes,
                check_robots=False,
                accept="text/plain,*/*;q=0.5",
            )
            text = res.body.decode("utf-8", errors="replace")
            parser.parse(text.splitlines())
        except FetchError as exc:
            if exc.kind == "http" and exc.status is not None and 400 <= exc.status < 500:
                parser.parse([])  # no robots.txt: everything allowed
            elif exc.kind in ("address", "scheme", "dns"):
                raise
            else:
                parser = None
                note = exc.reason
                ttl = self.error_ttl
        if parser is not None:
            delay = parser.crawl_delay(self.agent)
            if delay:
                self.fetcher.set_crawl_delay(urlsplit(origin).netloc, float(delay))
        self._cache[origin] = (now + ttl, parser, note)
        return parser, note

    async def check(self, url: str) -> None:
        """Raise FetchError('robots') when robots.txt forbids ``url`` to our agent."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        parser, note = await self.rules(origin)
        if parser is None:
            raise FetchError("robots", f"robots.txt of {origin} unreachable ({note}); not fetching for now")
        if not parser.can_fetch(self.agent, url):
            raise FetchError("robots", f"robots.txt of {origin} disallows {parts.path or '/'}")
