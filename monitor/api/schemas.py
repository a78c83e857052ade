"""Request and response bodies of the HTTP API (what ``/openapi.json`` documents)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from monitor.model import Entity

# No path separators, URL delimiters, C0/C1 control characters or line/paragraph separators: names appear in
# URLs, e-mail subjects and the X-Monitor-Delivery header.
ALERT_NAME_PATTERN = r"^[^\s/\\?#%\x00-\x1f\x7f-\x9f\u2028\u2029][^/\\?#%\x00-\x1f\x7f-\x9f\u2028\u2029]{0,99}$"


def _encodable(value: str | None) -> str | None:
    """JSON can carry unpaired surrogates (``"\\ud800"``); no store or header can: refuse them with a 422."""
    if value is not None:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(f"contains an unpaired surrogate at position {exc.start}") from None
    return value


class ErrorBody(BaseModel):
    detail: str
    position: int | None = Field(None, description="0-based character offset of a query error")


class EntityOut(BaseModel):
    type: str
    canonical: str
    texts: list[str] = Field(description="The surface forms found in the article")
    filter: str = Field(description="The query filter that selects this entity")
    roles: list[str] = Field(default_factory=list, description="People: the roles the article gives them")


class HitOut(BaseModel):
    id: str
    title: str
    lang: str | None
    countries: list[str]
    score: float
    snippet: str = Field(description="HTML-escaped excerpt; matched words in <mark>")
    url: str | None
    source: str | None = None
    published: datetime | None = None
    date_source: str | None = Field(None, description="Where the date came from: feed, record, metadata, "
                                                       "dateline (the date the page shows) or fetched")
    cluster: str | None = Field(None, description="Near-duplicate group: the id of the story's first report")
    entities: list[EntityOut] = Field(default_factory=list)


class SearchOut(BaseModel):
    total: int
    hits: list[HitOut]
    facets: dict[str, dict[str, int]] = Field(description="lang/country/source/day -> value -> count")
    next_cursor: str | None = Field(None, description="Pass back as `cursor` for the next page")


class ArticleOut(BaseModel):
    id: str
    url: str | None
    source: str | None
    title: str
    text: str
    published: datetime | None
    fetched: datetime | None
    lang: str | None
    lang_score: float
    relevant: bool
    score: float
    countries: list[str]
    entities: list[Entity] = Field(description="Every tagged span, with offsets into title + newline + text")
    reasons: list[str] = Field(description="Why the article was judged in or out of scope")
    tags: list[str]
    cluster: str | None = None
    chips: list[EntityOut] = Field(description="Entities grouped by canonical name, with their filters")


class SuggestionOut(BaseModel):
    canonical: str
    type: str
    matched: str
    filter: str


class SeriesOut(BaseModel):
    key: str
    total: int
    counts: list[int] = Field(description="One count per entry of `days`")


class StatsOut(BaseModel):
    days: list[str]
    total: list[int]
    countries: list[SeriesOut]
    languages: list[SeriesOut]


class AlertIn(BaseModel):
    name: str = Field(pattern=ALERT_NAME_PATTERN, description="Unique name (no slashes or control characters)")
    query: str = Field(min_length=1, max_length=2000, description="The search query language")
    webhook: str | None = Field(None, max_length=2000, pattern=r"^https?://[^\s]+$")
    secret: str | None = Field(None, max_length=500, description="HMAC-SHA256 secret for webhook bodies")
    email: str | None = Field(None, max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    owner: str | None = Field(None, max_length=200, description="Default: the caller. Only an admin may name another")
    paused: bool = False
    digest: Literal["hourly", "daily"] | None = Field(
        None, description="Deliver one message per period instead of one per article"
    )
    per: Literal["article", "story"] = Field(
        "article", description="story: fire for a story's first matching report; its later reports come as one "
                               "update per digest period (hourly unless the alert has a digest)"
    )

    @field_validator("query")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("query is blank")
        return value

    @field_validator("name", "query", "webhook", "secret", "email", "owner")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        return _encodable(value)

    @field_validator("email")
    @classmethod
    def _plain_address(cls, value: str | None) -> str | None:
        from monitor.alerts.delivery import valid_email

        if value is not None and not valid_email(value):
            raise ValueError("not a plain e-mail address (local@domain, ASCII)")
        return value


class AlertOut(BaseModel):
    name: str
    query: str
    webhook: str | None = Field(description="Only for the owner and admins (null for everyone else)")
    email: str | None = Field(description="Only for the owner and admins (null for everyone else)")
    owner: str | None
    paused: bool
    digest: str | None = None
    per: str = Field("article", description="article or story (see AlertIn)")
    channels: list[str] = Field(default_factory=list, description="webhook and/or email")
    fired: int
    delivered: int
    failed: int
    signed: bool


class AlertTestIn(BaseModel):
    query: str = Field(min_length=1, max_length=2000)
    limit: int = Field(20, ge=1, le=200, strict=True)
    days: int | None = Field(None, ge=1, le=3650, strict=True,
                             description="Only articles published in the last this many days (the page: 7)")

    @field_validator("query")
    @classmethod
    def _no_lone_surrogates(cls, value: str) -> str:
        return _encodable(value)  # type: ignore[return-value]


class AlertMatchOut(BaseModel):
    id: str
    title: str
    lang: str | None
    countries: list[str]
    url: str | None


class AlertTestOut(BaseModel):
    count: int = Field(description="Stored relevant articles the query would have fired for (of those scanned)")
    matches: list[AlertMatchOut]
    scanned: int = Field(0, description="Stored relevant articles scanned, newest first")
    complete: bool = Field(True, description="False when the scan stopped at its time or article bound")


class FiredOut(BaseModel):
    seq: int
    alert: str
    article_id: str
    fired_at: str
    title: str | None
    url: str | None
    lang: str | None
    countries: list[str]
    snippet: str | None


class CheckOut(BaseModel):
    name: str
    ok: bool
    detail: str
    ms: float


class SessionOut(BaseModel):
    user: str | None = Field(description="Who the token belongs to (null: anonymous, open mode)")
    role: str | None
    mode: Literal["open", "tokens"]
    token: str | None = Field(None, description="Open mode only, to the page on this machine: the local token")


class ReadyOut(BaseModel):
    ready: bool
    runtime: str
    checks: list[CheckOut]
