"""Start-up check that every library the crawler needs is importable and works, before any feed is polled.

Why a check and not just imports: several of the crawler's libraries are imported lazily, deep inside
extraction (trafilatura → jusText → ``lxml.html.clean``, which lxml 5.2 moved into the separate
``lxml_html_clean`` package; some pips skip it). Without this check a missing package shows up as an
ImportError on every page, and an ImportError must never be taken for a bad page: the crawler would store
every article from the feed's title alone. So the crawler extracts one small built-in page at start-up, and
any ImportError is fatal with the name of what to install.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

# module -> distribution to install (as declared in pyproject.toml)
REQUIRED = {
    "httpx": "httpx",
    "feedparser": "feedparser",
    "defusedxml": "defusedxml",
    "charset_normalizer": "charset-normalizer",
    "dateparser": "dateparser",
    "hijridate": "hijridate",
    "yaml": "pyyaml",
    "lxml": "lxml",
    "lxml_html_clean": "lxml_html_clean",
    "lxml.html.clean": "lxml_html_clean",
    "justext": "jusText",
    "trafilatura": "trafilatura",
}

_CANARY = (
    b"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Start-up check</title></head><body>"
    b"<article><h1>Start-up check</h1>"
    + b"<p>This paragraph exists so that the extractor has enough text to return a main body for it.</p>" * 4
    + b"</article></body></html>"
)


class CrawlerDependencyError(RuntimeError):
    """A library the crawler needs cannot be imported (or fails on a page it must read)."""


def _install_hint(module: str, exc: ImportError) -> str:
    missing = exc.name or module
    dist = REQUIRED.get(missing) or REQUIRED.get(missing.split(".")[0]) or REQUIRED.get(module, module)
    return (f"the crawler cannot run: importing {module} failed ({type(exc).__name__}: {exc}); "
            f"install {dist!r} (pip install {dist}, or reinstall this package: pip install .)")


@lru_cache(maxsize=1)
def check_crawler_dependencies() -> None:
    """Import every library and extract one built-in page; raises :class:`CrawlerDependencyError`."""
    for module in REQUIRED:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            raise CrawlerDependencyError(_install_hint(module, exc)) from exc
    from monitor.crawler.extract import extract_page

    try:
        page = extract_page(_CANARY, "https://start-up-check.invalid/article")
    except ImportError as exc:
        raise CrawlerDependencyError(_install_hint(exc.name or "trafilatura", exc)) from exc
    if page is None or "main body" not in page.text:
        raise CrawlerDependencyError("the crawler cannot run: the text extractor returned nothing for its start-up "
                                     "check page (a broken trafilatura/lxml installation)")
