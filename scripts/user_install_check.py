"""Install the package the way a user does and crawl a local site: what CI checks besides the test suite.

A plain ``python3 -m venv``, the pip that comes with it (no upgrade), ``pip install .`` (not editable, no dev
extras), then ``monitor crawl --once`` against a local HTTP server serving a feed and article pages built from
the seed articles. It fails when an import the crawler needs is missing from the declared dependencies (the
crawl exits non-zero) or when pages are stored from the feed's text instead of being extracted.

Standard library only (it runs before any virtualenv exists). Downloads go through pip's own cache, so a
second run on the same machine takes seconds. Usage: ``python3 scripts/user_install_check.py``.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def build_site(root: Path, base: str) -> int:
    """One RSS feed and one HTML page per seed article (first line title, rest paragraphs)."""
    items = []
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    for i, seed in enumerate(seeds):
        lines = [ln.strip() for ln in seed.read_text(encoding="utf-8").splitlines() if ln.strip()]
        title, paras = lines[0], lines[1:] or [lines[0]]
        page = (f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
                f"<body><article><h1>{html.escape(title)}</h1>"
                + "".join(f"<p>{html.escape(p)}</p>" for p in paras) + "</article></body></html>")
        (root / f"{i}.html").write_text(page, encoding="utf-8")
        items.append(f"<item><title>{html.escape(title)}</title><link>{base}/{i}.html</link>"
                     f"<guid>{base}/{i}.html</guid><pubDate>Wed, 22 Oct 2025 0{i}:00:00 GMT</pubDate></item>")
    (root / "feed.xml").write_text(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>local</title>"
        f"<link>{base}/</link>{''.join(items)}</channel></rss>", encoding="utf-8")
    (root / "feeds.yaml").write_text(f'feeds:\n  - {{url: "{base}/feed.xml", name: "local"}}\n', encoding="utf-8")
    return len(seeds)


def main() -> int:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="user-install-") as tmp:
        work = Path(tmp)
        venv = work / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip"]
        print("user-install: " + subprocess.run([*pip, "--version"], capture_output=True, text=True).stdout.strip())
        # A copy of the source: pip builds in it (egg-info, build/) without touching the checkout.
        src = work / "src"
        src.mkdir()
        for name in ("pyproject.toml", "README.md", "LICENSE"):
            if (REPO / name).exists():
                shutil.copy2(REPO / name, src / name)
        for name in ("monitor", "streams"):
            shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        install = subprocess.run([*pip, "install", "-q", str(src)], capture_output=True, text=True)
        if install.returncode != 0:
            print(install.stdout[-3000:], install.stderr[-3000:], sep="\n")
            print("user-install: pip install . failed")
            return 1
        site = work / "site"
        site.mkdir()
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(site)))
        base = f"http://127.0.0.1:{server.server_address[1]}"
        pages = build_site(site, base)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            env = {k: v for k, v in os.environ.items() if not k.startswith(("MONITOR_", "PYTHON"))}
            env.update(MONITOR_DATA_DIR=str(work / "data"), MONITOR_CRAWL_ALLOW="127.0.0.1")
            crawl = subprocess.run([str(venv / "bin" / "monitor"), "crawl", "--once", "--feeds",
                                    str(site / "feeds.yaml")], env=env, capture_output=True, text=True,
                                   timeout=600, cwd=work)
        finally:
            server.shutdown()
        if crawl.returncode != 0:
            print(crawl.stdout[-3000:], crawl.stderr[-3000:], sep="\n")
            print(f"user-install: monitor crawl exited {crawl.returncode}")
            return 1
        summary = json.loads(crawl.stdout.strip().splitlines()[-1])
        ok = summary["articles"] == pages and summary["extracted"] == pages and summary["fallback"] == 0
        print(f"user-install: crawled {summary['articles']} of {pages} pages, extracted {summary['extracted']}, "
              f"from feed text {summary['fallback']}, errors {summary['errors']} "
              f"({time.monotonic() - started:.0f} s)")
        if not ok:
            print(crawl.stderr[-3000:])
            print("user-install: pages were not extracted")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
