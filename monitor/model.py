"""The article record that flows through every stage, and its stable id."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import BaseModel, Field, field_validator

SCHEMA_VERSION = 1

# Query parameters that identify a click, not a document; dropping them keeps one id per story.
_TRACKING_PREFIXES = ("utm_", "fbclid", "gclid", "yclid", "mc_", "_ga", "ref", "cmpid", "at_")


class Entity(BaseModel):
    """A tagged span. ``start``/``end`` are offsets into the text the tagger was given."""

    type: str  # country | place | organization | person
    text: str
    canonical: str | None = None
    start: int
    end: int
    role: str | None = None  # for people: ambassador, governor, president, ...
    qid: str | None = None  # Wikidata id where known

    @classmethod
    def of(cls, type: str, text: str, canonical: str | None, start: int, end: int, role: str | None = None,
           qid: str | None = None) -> Entity:
        """``Entity(...)`` with every field given, validated the same way at half the cost: pydantic-core validates
        the dict directly, where ``BaseModel.__init__`` spends as long again on its keyword arguments and on the
        instance it fills (enrichment makes some thirty entities per diplomatic article)."""
        return cls.__pydantic_validator__.validate_python(
            {"type": type, "text": text, "canonical": canonical, "start": start, "end": end, "role": role, "qid": qid})


class Article(BaseModel):
    """One news article with its enrichment (empty until :func:`monitor.enrich.enrich` ran)."""

    id: str
    url: str | None = None
    source: str | None = None
    title: str = ""
    text: str = ""
    published: datetime | None = None
    fetched: datetime | None = None
    lang: str | None = None
    lang_score: float = 0.0
    relevant: bool = False
    score: float = 0.0
    countries: list[str] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list)
    # Canonical, language-independent tags (country:kazakhstan, concept:ambassador, lang:ar, ...):
    # what lets a query in one language find an article in another.
    tags: list[str] = Field(default_factory=list)
    cluster: str | None = None  # near-duplicate group (crawler)
    # Crawler: "page" (text extracted from the article page) or "feed" (page unavailable: the feed's own
    # title and summary were used instead).
    extraction: str | None = None
    # Where ``published`` came from: feed, record (a replayed record's own date), metadata (the page's
    # <meta>), dateline (the date written in the text), fetched (the crawl time, when nothing else said).
    date_source: str | None = None

    @field_validator("published", "fetched", mode="after")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        """Every date is timezone-aware UTC: a naive value (``2025-11-10`` in a JSON line) is that day in UTC.
        Naive and aware dates compared or stored side by side are how a day's articles fell out of a filter."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    @field_validator("id", "url", "source", "title", "text", "lang", "cluster", "extraction", mode="before")
    @classmethod
    def _encodable(cls, value: object) -> object:
        """Lone surrogates (``"\\ud800"`` in a JSON line or a Kafka message) become U+FFFD: no encoder
        downstream (SQLite, JSON, e-mail, HTTP) accepts them, and one such title used to halt a batch."""
        return scrub_surrogates(value) if isinstance(value, str) else value

    @property
    def full_text(self) -> str:
        """Title and body as the enrichment sees them (title first: it carries the most signal)."""
        return f"{self.title}\n{self.text}" if self.title else self.text


def scrub_surrogates(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (fast path: one C-level encode)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def canonical_url(url: str) -> str:
    """Lower-case scheme/host, drop fragments, default ports and tracking parameters, sort the query."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower() or "http"
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES)
    ]
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def article_id_for_url(url: str) -> str:
    """Stable id of an article that has a URL: the hash of its canonical URL."""
    return hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:32]


def article_id_for_content(title: str, text: str) -> str:
    """Stable id of an article read from a file: the hash of its (whitespace-folded) content."""
    body = " ".join(f"{title}\n{text}".split())
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:32]
