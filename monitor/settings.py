"""The one typed settings object: flags and ``MONITOR_*`` environment variables end up here."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from platformdirs import user_data_dir
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_IN_SCOPE = (
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
    "Turkmenistan",
    "Uzbekistan",
    "Azerbaijan",
)


class Settings(BaseSettings):
    """Runtime configuration. Unset ``kafka`` and ``search_url`` select the embedded runtime."""

    model_config = SettingsConfigDict(env_prefix="MONITOR_", extra="ignore")

    data_dir: Path = Field(default_factory=lambda: Path(user_data_dir("news-monitor", appauthor=False)))
    kafka: str | None = None
    search_url: str | None = None
    # Outbound requests refuse private, loopback, link-local and special addresses unless listed here
    # (comma-separated host names, addresses or CIDR ranges): feeds and pages, and alert deliveries.
    crawl_allow: str = ""
    delivery_allow: str = ""
    in_scope: str = ",".join(DEFAULT_IN_SCOPE)
    partitions: int = 6
    # Stream workers: messages per batch and how long a batch waits to fill; how often a batch that fails
    # for a reason other than an outage is retried before it is split to find the message to dead-letter;
    # after how many seconds without progress (with messages waiting) a worker calls itself stalled and exits.
    # Compression of the messages the project produces: none (less CPU for the producers and for the broker,
    # which unpacks each compressed batch to validate it) or gzip (topics 3-4 times smaller): docs/scaling.md.
    kafka_compression: str = "none"
    stream_batch: int = 500  # a full batch costs the engine one story refresh and one round of lookups
    stream_within_s: float = 0.2
    stream_concurrency: int = 2  # batches in flight per worker (enrichment of one beside the I/O of another)
    poison_retries: int = 2
    stall_s: float = 300.0
    # Per-batch figures of the workers as JSON lines (benchmarks/stream.py reads them); unset: none.
    worker_stats: Path | None = None
    # Files larger than this are refused by replay (kept in the rejects file), not read into memory.
    max_article_bytes: int = 5_000_000
    webhook_timeout_s: float = 10.0
    webhook_retries: int = 4
    # Alert e-mail (unset host = e-mail channel off; such deliveries fail with that reason and are kept).
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_from: str = "news-monitor@localhost"
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    # An admin bearer token for the HTTP API (token mode). Unset and no users: open mode, loopback only.
    api_token: str | None = None
    # Per-caller rate limit of the HTTP API (token bucket; 0 = off) and the bounds of the alert dry run.
    api_rate_per_minute: float = 600.0
    api_rate_burst: float = 120.0
    alert_test_seconds: float = 10.0
    alert_test_max_articles: int = 50_000

    @field_validator("kafka_compression")
    @classmethod
    def _known_codec(cls, value: str) -> str:
        if value not in ("gzip", "none"):
            raise ValueError("MONITOR_KAFKA_COMPRESSION must be gzip or none (the codecs every client here reads "
                             "without extra packages)")
        return value

    @field_validator("kafka", "search_url", mode="before")
    @classmethod
    def _empty_is_none(cls, value: object) -> object:
        return value or None

    @property
    def in_scope_countries(self) -> tuple[str, ...]:
        return tuple(c.strip() for c in self.in_scope.split(",") if c.strip())

    @property
    def db_path(self) -> Path:
        return self.data_dir / "monitor.sqlite"

    @property
    def rejects_path(self) -> Path:
        return self.data_dir / "rejects.jsonl"

    def ensure_data_dir(self) -> Path:
        """The data folder, private to this user (0700; its files 0600): it holds alert secrets, webhook URLs,
        user token hashes and the local API token."""
        return private_dir(self.data_dir)


def private_dir(path: Path) -> Path:
    """Create ``path`` as 0700, or tighten it (and the files directly in it) to the owner when it exists."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if path.stat().st_uid == os.getuid() and path.stat().st_mode & 0o077:
        path.chmod(0o700)
        for child in path.iterdir():
            if child.is_file() and not child.is_symlink() and child.stat().st_mode & 0o077:
                child.chmod(0o600)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty with mode 0600 unless it exists (SQLite then keeps that mode for -wal/-shm)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    return path


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings from the environment, read once per process."""
    return Settings()
