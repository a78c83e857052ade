"""Crawler knobs in one place, with production defaults; tests shrink the timeouts and caps.

Why a dataclass and not more ``MONITOR_*`` settings: these are operational limits that a newsroom
rarely touches, while tests and the benchmark need to set many of them at once. The few that users do
set (data folder, allowed private hosts, Kafka) come from :class:`monitor.settings.Settings`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

USER_AGENT = (
    "CentralAsiaNewsMonitor/0.1 (news feed reader; honours robots.txt, conditional GET, Retry-After)"
)
# The token robots.txt groups are matched against.
ROBOTS_AGENT = "CentralAsiaNewsMonitor"


@dataclass
class CrawlConfig:
    """Limits and timings of one crawler. All durations in seconds, sizes in bytes."""

    data_dir: Path = Path(".data")
    allow: str = ""  # MONITOR_CRAWL_ALLOW: hosts or CIDR ranges allowed although private/loopback
    user_agent: str = USER_AGENT
    robots_agent: str = ROBOTS_AGENT

    # Timeouts: connect/read per socket operation, total caps one whole request (a server that
    # trickles a byte a second never trips a read timeout, only the total one).
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0

    # Body caps, on the bytes on the wire (compressed) and after decompression.
    max_feed_bytes: int = 10_000_000
    max_page_bytes: int = 5_000_000
    max_robots_bytes: int = 512_000
    max_decompressed_bytes: int = 20_000_000
    max_redirects: int = 5

    # Retries of transient failures (timeouts, connection errors, 5xx, 429) inside one poll.
    max_retries: int = 2
    backoff_base: float = 1.0
    backoff_cap: float = 30.0
    # A Retry-After longer than this is not slept inside the poll: the host and feed are
    # rescheduled for later instead.
    max_inline_wait: float = 30.0

    # Politeness per host.
    per_host_concurrency: int = 2
    per_host_delay: float = 5.0
    robots_ttl: float = 24 * 3600.0
    robots_error_ttl: float = 600.0

    # Global concurrency.
    max_concurrent_feeds: int = 16
    max_concurrent_pages: int = 16
    # Batches (one per feed poll) waiting for the sink; when full, a feed's new entries wait for its next poll.
    sink_queue_batches: int = 8

    # Adaptive polling bounds (Media Cloud's rss-fetcher: 10 min .. 24 h).
    min_interval: float = 600.0
    max_interval: float = 24 * 3600.0
    initial_interval: float = 3600.0
    failure_backoff_base: float = 600.0
    disable_after_failures: int = 30
    max_entries_per_feed: int = 2000
    # Articles stored from the feed's text because their page failed: fetched again on later polls of the
    # feed (at most this many per poll), first after refetch_base seconds, then twice as long each time.
    refetch_per_poll: int = 5
    refetch_base: float = 600.0
    refetch_max_attempts: int = 6

    # Near-duplicates: SimHash Hamming distance at or below which two texts are one story.
    near_dup_distance: int = 6
    near_dup_window_days: float = 30.0
    error_log_days: float = 30.0

    # Extraction: trafilatura's fast mode skips its slower fallback extractors.
    fast_extraction: bool = True
    extra_headers: dict[str, str] = field(default_factory=dict)
    # Extra trust anchors for HTTPS (PEM), e.g. a newsroom's TLS-inspecting proxy; None = system store.
    ca_file: str | None = None

    @property
    def state_path(self) -> Path:
        return self.data_dir / "crawl.sqlite"

    @classmethod
    def from_settings(cls, settings: object, **overrides: object) -> CrawlConfig:
        """Build from the project's Settings object (data_dir, crawl_allow), plus overrides."""
        values: dict[str, object] = {
            "data_dir": Path(getattr(settings, "data_dir", ".data")),
            "allow": getattr(settings, "crawl_allow", "") or "",
        }
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]
