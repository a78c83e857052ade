"""``monitor crawl --once`` as a user runs it: a real process, real server, real embedded pipeline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from monitor.crawler.state import CrawlState
from monitor.model import canonical_url

from .conftest import REPO, Site


def test_crawl_once_polls_each_feed_and_prints_a_summary(site: Site, tmp_path: Path) -> None:
    feed = next(f for f in site.good_feeds if "kazinform" in f["url"])
    feeds = site.feeds_yaml(tmp_path / "feeds.yaml", [feed])
    env = {**os.environ, "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_CRAWL_ALLOW": "127.0.0.1"}
    env.pop("MONITOR_KAFKA", None)
    proc = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "crawl", "--once", "--feeds", str(feeds)],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    assert summary["feeds_polled"] == 1 and summary["articles"] >= 1 and summary["errors"] == 0
    state = CrawlState(tmp_path / "data" / "crawl.sqlite")
    try:
        st = state.feed(canonical_url(feed["url"]))
        assert st.last_status == "ok" and st.etag  # state kept for the next run
    finally:
        state.close()
    bad = subprocess.run(
        [sys.executable, "-m", "monitor.cli", "crawl", "--once", "--feeds", str(tmp_path / "missing.yaml")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )
    assert bad.returncode == 2 and "cannot read feed list" in bad.stderr


def test_crawl_runs_until_stopped_with_a_status_line(site: Site, tmp_path: Path) -> None:
    import signal
    import time

    feed = next(f for f in site.good_feeds if "irna" in f["url"])
    feeds = site.feeds_yaml(tmp_path / "feeds.yaml", [feed])
    env = {**os.environ, "MONITOR_DATA_DIR": str(tmp_path / "data"), "MONITOR_CRAWL_ALLOW": "127.0.0.1"}
    env.pop("MONITOR_KAFKA", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "monitor.cli", "crawl", "--feeds", str(feeds)],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        status = ""
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            line = proc.stderr.readline() if proc.stderr else ""
            if not line and proc.poll() is not None:
                break
            if line.startswith("feeds due") and "new 0" not in line:
                status = line
                break
        assert "polled 1" in status and "errors 0" in status, status
        proc.send_signal(signal.SIGINT)
        out, _err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0
    assert json.loads(out.strip().splitlines()[-1])["articles"] >= 1
