"""A missing library stops the crawler with its name; it never turns into title-only articles.

The user's case: a plain ``python3 -m venv v && v/bin/pip install .`` with an old pip left out
``lxml_html_clean`` (lxml 5.2 moved ``lxml.html.clean`` there), and ``monitor crawl`` stored every page
from the feed's title while exiting as usual. Here the package is hidden from the import system of a real
``monitor`` process, the way an environment without it behaves.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from .conftest import REPO, Site

BLOCK = """
import sys
class _Missing:
    def find_spec(self, name, path=None, target=None):
        if name == "lxml_html_clean" or name.startswith("lxml_html_clean."):
            raise ImportError(f"No module named {name!r}", name=name)
        return None
sys.meta_path.insert(0, _Missing())
"""


def _env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env.update({"MONITOR_DATA_DIR": str(data), "MONITOR_CRAWL_ALLOW": "127.0.0.1", "PYTHONPATH": str(REPO)})
    return env


def _stored_articles(data: Path) -> int:
    db = data / "monitor.sqlite"
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0] if "articles" in tables else 0


def test_crawl_without_lxml_html_clean_exits_with_its_name_and_stores_nothing(site: Site, tmp_path: Path) -> None:
    feed = next(f for f in site.good_feeds if "masry" in f["url"])
    feeds = site.feeds_yaml(tmp_path / "feeds.yaml", [feed])
    data = tmp_path / "data"
    code = BLOCK + "from monitor.cli import app\napp()\n"
    proc = subprocess.run([sys.executable, "-c", code, "crawl", "--once", "--feeds", str(feeds)], cwd=REPO,
                          env=_env(data), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert "lxml_html_clean" in proc.stderr and "pip install" in proc.stderr
    assert not proc.stdout.strip()  # no summary: the crawl did not run
    assert _stored_articles(data) == 0
    # The same command with the package present crawls and extracts the pages.
    ok = subprocess.run([sys.executable, "-m", "monitor.cli", "crawl", "--once", "--feeds", str(feeds)], cwd=REPO,
                        env=_env(data), capture_output=True, text=True, timeout=300)
    assert ok.returncode == 0, ok.stderr
    summary = json.loads(ok.stdout.strip().splitlines()[-1])
    assert summary["extracted"] == summary["articles"] >= 1 and summary["fallback"] == 0


def test_an_import_error_during_extraction_stops_the_crawler_instead_of_a_fallback(site: Site, tmp_path: Path) -> None:
    """Past the start-up check (a library removed while running): the ImportError propagates, nothing is
    marked seen, and no article is handed to the sink."""
    feed = next(f for f in site.good_feeds if "masry" in f["url"])
    feeds = site.feeds_yaml(tmp_path / "feeds.yaml", [feed])
    code = BLOCK + f"""
import asyncio, json
from pathlib import Path
from monitor.crawler import CrawlConfig, Crawler, load_feeds

class Sink:
    def __init__(self): self.got = []
    def submit(self, articles): self.got += list(articles)

async def main():
    sink = Sink()
    config = CrawlConfig(data_dir=Path({str(tmp_path)!r}), allow="127.0.0.1", per_host_delay=0, max_retries=0)
    try:
        async with Crawler(load_feeds({str(feeds)!r}), config, sink) as crawler:
            await crawler.poll(force=True)
    except ImportError as exc:
        print(json.dumps({{"raised": str(exc), "submitted": len(sink.got)}}))
        return
    print(json.dumps({{"raised": None, "submitted": len(sink.got)}}))

asyncio.run(main())
"""
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=_env(tmp_path / "data"), capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["raised"] and "lxml_html_clean" in result["raised"]
    assert result["submitted"] == 0
    with sqlite3.connect(tmp_path / "crawl.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 0  # nothing marked seen
