"""The feed list (``seeds/feeds.yaml``) and feed parsing with feedparser on bytes we fetched.

feedparser is given an in-memory stream, never a URL or ``bytes``: given a string it fetches the URL
itself (no timeout, no caps), and given ``bytes`` it first tries ``open()`` on them as a *file name*, so a
feed whose body is ``/etc/passwd`` would read that file. A stream avoids both.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from monitor.crawler.safety import Refused, check_xml
from monitor.dates import jalali_to_gregorian
from monitor.model import canonical_url


@dataclass(frozen=True)
class Feed:
    url: str
    name: str
    lang: str | None = None
    country: str | None = None
    interval: float | None = None  # first polling interval, seconds

    @property
    def key(self) -> str:
        """Normalised URL: two spellings of one feed are polled once."""
        return canonical_url(self.url)


def parse_shard(text: str) -> tuple[int, int]:
    """``"I/N"`` (1 ≤ I ≤ N) to (I, N); a clear ``ValueError`` otherwise."""
    index, _, count = text.partition("/")
    try:
        i, n = int(index), int(count)
    except ValueError:
        raise ValueError(f"--shard must look like 2/3 (this crawler's number, then how many), not {text!r}") from None
    if not 1 <= i <= n:
        raise ValueError(f"--shard {text}: the first number must be between 1 and {max(n, 1)}")
    return i, n


def shard_of(feed: Feed, count: int) -> int:
    """Which of ``count`` crawlers polls ``feed`` (1-based): a stable hash of its normalised URL, so each feed
    belongs to exactly one crawler, every run, on every host, and its crawl state stays with that crawler."""
    digest = hashlib.sha256(feed.key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


class FeedListError(ValueError):
    pass


def load_feeds(path: str | Path) -> list[Feed]:
    """Read a feed list; entries with the same normalised URL are kept once (first wins)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FeedListError(f"cannot read feed list {path}: {exc}") from None
    items = data.get("feeds") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise FeedListError(f"{path}: expected a list under 'feeds:'")
    feeds: list[Feed] = []
    seen: set[str] = set()
    for i, item in enumerate(items):
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict) or not item.get("url"):
            raise FeedListError(f"{path}: entry {i} has no url")
        url = str(item["url"]).strip()
        if not re.match(r"^https?://", url, re.I):
            raise FeedListError(f"{path}: entry {i}: {url!r} is not an http(s) URL")
        interval = item.get("interval_min")
        feed = Feed(
            url=url,
            name=str(item.get("name") or url),
            lang=item.get("lang"),
            country=item.get("country"),
            interval=float(interval) * 60 if interval else None,
        )
        if feed.key in seen:
            continue
        seen.add(feed.key)
        feeds.append(feed)
    return feeds


@dataclass
class FeedEntry:
    key: str  # stable per feed: guid, else link, else content hash
    link: str | None
    title: str
    summary: str
    published: datetime | None
    author: str | None = None
    lang: str | None = None


@dataclass
class ParsedFeed:
    entries: list[FeedEntry]
    version: str
    title: str
    warning: str | None = None  # feedparser's bozo note on a feed it could still read


class FeedRejected(Exception):
    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind
        self.reason = reason


_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")


def html_to_text(value: str) -> str:
    """Feed summaries are (sanitised) HTML; the fallback article needs plain text."""
    import html

    return _SPACES.sub(" ", html.unescape(_TAGS.sub(" ", value or ""))).strip()


def parse_feed(
    body: bytes, headers: dict[str, str] | None = None, url: str = "", max_entries: int = 2000
) -> ParsedFeed:
    """Parse RSS 2.0, RSS 1.0/RDF or Atom bytes. Raises FeedRejected with the reason."""
    import feedparser

    if not body.strip():
        raise FeedRejected("feed", "empty document")
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        check_xml(body, response_headers)
    except Refused as exc:
        raise FeedRejected(exc.kind, exc.reason) from None
    if url:
        response_headers["content-location"] = url  # base for relative links
    try:
        parsed: Any = feedparser.parse(
            io.BytesIO(body), response_headers=response_headers, sanitize_html=True, resolve_relative_uris=True
        )
    except Exception as exc:  # feedparser is tolerant, but a parser bug must not stop the crawler
        raise FeedRejected("feed", f"feedparser failed: {type(exc).__name__}: {exc}") from None
    warning = None
    if parsed.get("bozo"):
        warning = f"{type(parsed.get('bozo_exception')).__name__}: {parsed.get('bozo_exception')}"
    version = parsed.get("version") or ""
    raw_entries = parsed.get("entries") or []
    if not raw_entries and not version:
        raise FeedRejected("feed", f"not a feed ({warning or 'no RSS/Atom/RDF root element'})")
    entries = [_entry(e, version) for e in raw_entries[:max_entries]]
    title = (parsed.get("feed") or {}).get("title", "")
    return ParsedFeed(entries=[e for e in entries if e is not None], version=version, title=title, warning=warning)


def _entry(e: Any, version: str) -> FeedEntry | None:
    link = e.get("link") or None
    if not link:
        for alt in e.get("links") or []:
            if alt.get("href") and alt.get("rel", "alternate") == "alternate":
                link = alt["href"]
                break
    title = html_to_text(e.get("title", ""))
    summary = ""
    contents = e.get("content") or []
    if contents:
        summary = html_to_text(" ".join(c.get("value", "") for c in contents))
    if not summary:
        summary = html_to_text(e.get("summary", ""))
    if not (link or title or summary):
        return None
    key = e.get("id") or link or hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()
    return FeedEntry(
        key=str(key)[:2000],
        link=str(link).strip() if link else None,
        title=title,
        summary=summary,
        published=entry_date(e),
        author=e.get("author") or None,
        lang=(e.get("language") or None),
    )


def entry_date(e: Any) -> datetime | None:
    """The entry's date in UTC: feedparser's parsed value, else our own parse of the raw string."""
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = e.get(name)
        if value:
            try:
                return datetime(*value[:6], tzinfo=UTC)
            except (TypeError, ValueError):
                continue
    for name in ("published", "updated", "created"):
        raw = e.get(name)
        if raw:
            parsed = parse_date(str(raw))
            if parsed is not None:
                return parsed
    return None


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def parse_date(raw: str) -> datetime | None:
    """Parse a date string in any common form, including Persian/Arabic-Indic digits; UTC out.

    htmldate and feedparser do not read Eastern digits, so they are folded to ASCII first. A Solar
    Hijri date (year 13xx/14xx first, as Iranian sites write ``۱۴۰۴-۰۸-۱۴``) is converted to Gregorian.
    """
    text = raw.translate(_DIGITS).strip()
    if not text:
        return None
    import dateparser

    settings = {"TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DAY_OF_MONTH": "first"}
    m = re.match(r"^(1[34]\d\d)[-/.](\d{1,2})[-/.](\d{1,2})", text)
    if m:
        # A Solar Hijri date: dateparser would read it as the Gregorian year 1404.
        try:
            y, mo, d = jalali_to_gregorian(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            return datetime(y, mo, d, tzinfo=UTC)
        except ValueError:
            return None
    try:
        value = dateparser.parse(text, settings=settings)
    except Exception:
        return None
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)
