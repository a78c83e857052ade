"""Crawler throughput against a local HTTP server: 500 feeds, 10,000 article pages.

The server (the tests' FeedServer, in its own process so that its CPU is not counted) serves RSS 2.0,
RDF and Atom feeds of 20 items each, and article pages built from the seed articles (sentences of the
five seeds recombined per page, so that pages are distinct stories for the near-duplicate detector).

Prints, as it goes and then as the last line in JSON:
* ``feeds_per_min``: feeds polled per minute on the first pass (fetch, parse, fetch and extract every
  new article, de-duplicate, record state);
* ``articles_per_s_per_core``: articles extracted per CPU-second of the crawler process (all its
  threads), i.e. per core fully used;
* ``extract_only_per_s``: trafilatura extraction alone, one thread, on a sample of pages;
* ``not_modified_share``: share of the second pass's polls answered 304.

The sink counts articles and drops them: this measures the crawler, not enrichment or storage.
Usage: ``python benchmarks/crawl.py [--feeds 500] [--pages 10000]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from monitor.crawler import Crawler, Feed  # noqa: E402
from monitor.crawler.config import CrawlConfig  # noqa: E402
from monitor.crawler.extract import extract_page  # noqa: E402
from tests.integration.crawler import server as srv  # noqa: E402


def _sentences(seeds: list[srv.Seed]) -> dict[str, list[str]]:
    pool: dict[str, list[str]] = {}
    for s in seeds:
        for p in s.paragraphs:
            for sent in p.replace("؟", ".").replace("!", ".").split("."):
                if len(sent.split()) >= 5:
                    pool.setdefault(s.lang, []).append(sent.strip() + ".")
    return pool


def _page_seed(i: int, seeds: list[srv.Seed], pool: dict[str, list[str]]) -> srv.Seed:
    rng = random.Random(i)
    base = seeds[i % len(seeds)]
    sents = pool[base.lang]
    body = [" ".join(rng.sample(sents, min(4, len(sents)))) for _ in range(4)]
    body.append(f"Report {i}: " + " ".join(rng.sample(sents, min(3, len(sents)))))
    return srv.Seed(f"p{i}", f"{base.title} ({i})", "\n".join(body), base.lang)


def serve(n_feeds: int, n_pages: int, port_q: mp.Queue, stop: mp.Event) -> None:
    seeds = srv.read_seeds(REPO / "seeds")
    pool = _sentences(seeds)
    server = srv.FeedServer().start()
    per_feed = max(1, n_pages // n_feeds)
    t0 = datetime(2025, 11, 5, tzinfo=UTC)
    for f in range(n_feeds):
        items = []
        for j in range(per_feed):
            i = f * per_feed + j
            url = server.url(f"/a/{i}.html")
            seed = _page_seed(i, seeds, pool)
            items.append((seed.title, url, seed.paragraphs[0][:200], t0 + timedelta(minutes=i)))

            def page(_req, i=i, url=url):  # type: ignore[no-untyped-def]
                html = srv.article_html(_page_seed(i, seeds, pool), url).encode("utf-8")
                return srv.Response(200, {"Content-Type": "text/html; charset=utf-8"}, html)

            server.add(f"/a/{i}.html", page)
        builder, ctype, ext = [(srv.rss2, "application/rss+xml", "rss"), (srv.rdf, "application/rdf+xml", "rdf"),
                               (srv.atom, "application/atom+xml", "atom")][f % 3]
        server.add_static(f"/feeds/{f}.{ext}", builder(f"Feed {f}", server.base, items), ctype)
    port_q.put(server.port)
    stop.wait()
    server.stop()


class CountingSink:
    def __init__(self) -> None:
        self.count = 0

    def submit(self, articles):  # type: ignore[no-untyped-def]
        self.count += len(articles)


async def _pass(feeds: list[Feed], config: CrawlConfig) -> tuple[object, float, float, int]:
    sink = CountingSink()
    async with Crawler(feeds, config, sink) as crawler:
        w0, c0 = time.perf_counter(), time.process_time()
        summary = await crawler.poll(force=True)
        return summary, time.perf_counter() - w0, time.process_time() - c0, sink.count


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--pages", type=int, default=10_000)
    args = ap.parse_args()

    ctx = mp.get_context("spawn")
    port_q, stop = ctx.Queue(), ctx.Event()
    proc = ctx.Process(target=serve, args=(args.feeds, args.pages, port_q, stop), daemon=True)
    proc.start()
    try:
        port = port_q.get(timeout=300)
        base = f"http://127.0.0.1:{port}"
        exts = ["rss", "rdf", "atom"]
        feeds = [Feed(url=f"{base}/feeds/{f}.{exts[f % 3]}", name=f"bench {f}") for f in range(args.feeds)]
        with tempfile.TemporaryDirectory() as tmp:
            config = CrawlConfig(
                data_dir=Path(tmp), allow="127.0.0.1", per_host_delay=0.0, per_host_concurrency=16,
                max_concurrent_feeds=16, max_concurrent_pages=32, max_retries=1, backoff_base=0.1,
            )
            print(f"server on {base}: {args.feeds} feeds, {args.pages} pages", flush=True)
            first, wall, cpu, count = asyncio.run(_pass(feeds, config))
            feeds_per_min = first.feeds_polled / wall * 60
            per_core = first.extracted / cpu if cpu else 0.0
            print(f"first pass: {first.feeds_polled} feeds, {first.extracted} articles extracted "
                  f"({first.fallback} fallback, {first.errors} errors, {first.clustered} clustered) "
                  f"in {wall:.1f}s wall, {cpu:.1f}s CPU", flush=True)
            print(f"feeds polled per minute: {feeds_per_min:.0f}", flush=True)
            print(f"articles extracted per second per core: {per_core:.1f} "
                  f"({first.extracted / wall:.1f}/s wall)", flush=True)
            second, wall2, _cpu2, count2 = asyncio.run(_pass(feeds, config))
            share = second.not_modified / second.feeds_polled if second.feeds_polled else 0.0
            print(f"second pass: {second.not_modified}/{second.feeds_polled} answered 304 "
                  f"({share:.1%}), {count2} new articles, {wall2:.1f}s", flush=True)
        # Extraction alone, single thread, on a sample of pages.
        seeds = srv.read_seeds(REPO / "seeds")
        pool = _sentences(seeds)
        sample = [srv.article_html(_page_seed(i, seeds, pool), f"{base}/a/{i}.html").encode() for i in range(200)]
        c0 = time.process_time()
        for i, html in enumerate(sample):
            extract_page(html, f"{base}/a/{i}.html", "text/html; charset=utf-8")
        extract_only = len(sample) / (time.process_time() - c0)
        print(f"trafilatura extraction alone: {extract_only:.1f} pages/s on one core", flush=True)
    finally:
        stop.set()
        proc.join(timeout=10)
        if proc.is_alive():
            proc.terminate()
    print(json.dumps({
        "feeds": args.feeds,
        "pages": args.pages,
        "feeds_per_min": round(feeds_per_min, 1),
        "articles_per_s_per_core": round(per_core, 1),
        "articles_per_s_wall": round(first.extracted / wall, 1),
        "extract_only_per_s": round(extract_only, 1),
        "not_modified_share": round(share, 4),
        "first_pass_s": round(wall, 1),
        "articles": count,
        "errors": first.errors,
    }))


if __name__ == "__main__":
    main()
