"""Undated feed items: the crawler reads the date a page shows (ar, fa in two forms, kk, ru, en) when neither
the feed nor the page's metadata gives one, keeps where each date came from, and never dates an article in
the future. A real HTTP server on 127.0.0.1, the real crawler and the real embedded pipeline and store."""

from __future__ import annotations

import asyncio
import html
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.crawler import crawl_async, load_feeds
from monitor.model import article_id_for_url
from monitor.pipeline import open_sink
from monitor.settings import Settings
from monitor.store import open_store
from monitor.store.base import SearchRequest

from . import server as srv
from .conftest import REPO
from .test_crawl_local import quick_config

pytestmark = pytest.mark.integration

OCT22 = datetime(2025, 10, 22, tzinfo=UTC)

# name -> (lang, the dateline as the page shows it, where it stands, metadata date or None)
PAGES = {
    "fa-numeric": ("fa", "۱۴۰۴/۰۷/۳۰", "meta", None),
    "fa-named": ("fa", "۳۰ مهر ۱۴۰۴", "body", None),
    "ar": ("ar", "22 أكتوبر 2025", "meta", None),
    "kk": ("kk", "22 қазан 2025", "body", None),
    "ru": ("ru", "22 октября 2025", "meta", None),
    "en-meta": ("en", "", "meta", "2025-10-22T08:00:00+03:00"),
    "future": ("ar", "22 أكتوبر 2099", "meta", "2099-10-22T08:00:00+00:00"),
}


def page(seed: srv.Seed, lang: str, dateline: str, where: str, meta: str | None) -> bytes:
    """A page whose only date is the visible dateline (in the meta line above the text, or in its first
    paragraph), or one with ``article:published_time`` only."""
    e = html.escape
    paras = [p for p in seed.paragraphs[:4] if not any(ch.isdigit() for ch in p)]
    title = paras.pop(0)[:90]  # the seed's own title line carries a date of its own
    if where == "body" and dateline:
        paras[0] = f"{dateline} — {paras[0]}"
    head_meta = f'<meta property="article:published_time" content="{meta}">' if meta else ""
    shown = f'<div class="meta"><span>{e(dateline)}</span></div>' if where == "meta" and dateline else ""
    body = "".join(f"<p>{e(p)}</p>" for p in paras)
    rtl = ' dir="rtl"' if lang in ("ar", "fa") else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{e(title)}</title>'
            f"{head_meta}</head><body><header><a href='/'>{e(srv.OUTLETS[lang][0])}</a></header><main><article>"
            f"<h1>{e(title)}</h1>{shown}<div class='body'>{body}</div></article></main>"
            f"<footer>{e(srv.OUTLETS[lang][5])}</footer></body></html>").encode()


def undated_rss(items: list[tuple[str, str]]) -> bytes:
    e = html.escape
    entries = "".join(f"<item><title>{e(t)}</title><link>{e(u)}</link><guid>{e(u)}</guid></item>" for t, u in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>undated</title>'
            f"<link>http://127.0.0.1/</link><description>x</description>{entries}</channel></rss>").encode()


def test_undated_items_get_the_date_their_page_shows(tmp_path: Path) -> None:
    seeds = srv.read_seeds(REPO / "seeds")
    body_of = {"fa": next(s for s in seeds if s.lang == "fa"), "kk": next(s for s in seeds if s.lang == "kk"),
               "ar": next(s for s in seeds if s.lang == "ar")}
    body_of["ru"] = body_of["kk"]  # the text matters little here: the date is the point
    body_of["en"] = body_of["ar"]
    site = srv.FeedServer().start()
    try:
        items = []
        for name, (lang, dateline, where, meta) in PAGES.items():
            seed = body_of[lang]
            url = site.add_static(f"/a/{name}.html", page(seed, lang, dateline, where, meta),
                                  "text/html; charset=utf-8")
            items.append((f"{name}: {seed.title}", url))
        feed_url = site.add_static("/undated.rss", undated_rss(items), "application/rss+xml")
        settings = Settings(data_dir=tmp_path, crawl_allow="127.0.0.1")
        settings.ensure_data_dir()
        feeds = load_feeds(srv_yaml(tmp_path, feed_url))
        sink = open_sink(settings)
        try:
            asyncio.run(crawl_async(feeds, quick_config(tmp_path), sink, once=True))
        finally:
            sink.close()
        store = open_store(settings)
        try:
            got = {name: store.get_article(article_id_for_url(site.url(f"/a/{name}.html"))) for name in PAGES}
            for name in ("fa-numeric", "fa-named", "ar", "kk", "ru"):
                article = got[name]
                assert article is not None, name
                assert (article.published, article.date_source) == (OCT22, "dateline"), name
            assert got["en-meta"] is not None
            assert got["en-meta"].published == OCT22  # trafilatura reads the day of article:published_time
            assert got["en-meta"].date_source == "metadata"
            future = got["future"]
            assert future is not None and future.date_source == "fetched"  # not 2099
            assert future.published is not None and future.published.year < 2099
            # Dated, they are in the date filters (before, they fell out of every date range).
            day = store.search(SearchRequest("country:Kazakhstan", since=OCT22,
                                             until=datetime(2025, 10, 23, tzinfo=UTC), relevant_only=False, limit=50))
            dated_kz = {h.id for h in day.hits}
            assert article_id_for_url(site.url("/a/fa-named.html")) in dated_kz
        finally:
            store.close()
    finally:
        site.stop()


def srv_yaml(folder: Path, url: str) -> Path:
    import yaml

    path = folder / "feeds.yaml"
    path.write_text(yaml.safe_dump({"feeds": [{"url": url, "name": "Undated test"}]}), encoding="utf-8")
    return path
