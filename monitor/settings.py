"""The one typed settings object: flags and ``MONITOR_*`` environment variables end up here."""

from __future__ import annotations

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
    # Bearer token for the HTTP API's write endpoints; unset: `monitor serve` makes one (data_dir/api_token).
    api_token: str | None = None

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
        self.data_dir.mkdir(parents=True, exist_ok=True)
        return self.data_dir


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Settings from the environment, read once per process."""
    return Settings()
