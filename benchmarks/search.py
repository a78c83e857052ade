"""Search-store benchmark: bulk indexing and query latency, search engine vs embedded SQLite, same run.

    python benchmarks/search.py [--docs 100000] [--queries 1000] [--large 1000000]

Uses ``MONITOR_SEARCH_URL`` when set; otherwise starts a local OpenSearch node from ``deploy/`` (free port,
temporary data directory, 512 MB heap) and stops it at the end. The articles are synthetic: sentences drawn
from the vocabulary of the seed articles (Arabic, Persian, Kazakh) with fixed random seeds, so every run and
both stores see the same data and the same 1,000 queries. Enrichment is not measured here: the articles
carry their language, countries and tags already.

Then the same queries over ``--large`` articles (default 1,000,000) in SQLite alone (``--large 0`` skips it).

Prints the figures as it goes; the last line is one JSON object with, for each store, ``index_docs_per_s``,
``query_p50_ms``, ``query_p95_ms`` and ``query_p99_ms`` (``engine``, ``sqlite``, and ``sqlite_large`` for the
large run), ``totals_agree`` (both stores counted the same matches for every query) and the machine's load
average before and after (the machine is shared: figures taken under load understate an idle machine).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from monitor.model import Article
from monitor.normalize import tokenize
from monitor.store.base import SearchRequest, Store
from monitor.tags import make_tag

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Azerbaijan", "Egypt", "Iran"]
LANGS = ["ar", "fa", "kk"]
CHUNK = 5_000


def vocabulary() -> dict[str, list[str]]:
    """Words of the seed articles, by the language of the seed."""
    by_lang: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        words = text.split()
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
        persian = sum(ch in "پچژگکی" for ch in text)
        lang = "kk" if cyrillic > len(text) / 4 else "fa" if persian > 40 else "ar"
        by_lang[lang] += [w for w in words if any(ch.isalpha() for ch in w)]
    return by_lang


def synthetic_articles(n: int, vocab: dict[str, list[str]], seed: int = 7) -> Iterator[Article]:
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    for i in range(n):
        lang = LANGS[i % 3]
        words = vocab[lang]
        title = " ".join(rng.choices(words, k=rng.randint(6, 12)))
        text = " ".join(rng.choices(words, k=rng.randint(60, 180)))
        countries = sorted(set(rng.sample(COUNTRIES, k=rng.randint(0, 2))))
        tags = [make_tag("lang", lang), make_tag("source", f"outlet-{i % 40}")]
        tags += [make_tag("country", c) for c in countries]
        yield Article(
            id=f"bench-{i:07d}", url=f"https://outlet-{i % 40}.example/{i}", source=f"outlet-{i % 40}",
            title=title, text=text, published=start + timedelta(minutes=7 * i), lang=lang, lang_score=0.99,
            relevant=bool(countries), score=0.5, countries=countries, tags=sorted(tags),
        )  # fmt: skip


def query_mix(n: int, vocab: dict[str, list[str]], seed: int = 11) -> list[SearchRequest]:
    """A fixed mix: words, phrases, OR, AND NOT, country filters, language filters."""
    rng = random.Random(seed)
    out: list[SearchRequest] = []
    for i in range(n):
        lang = LANGS[i % 3]
        words = [t for w in vocab[lang] for t in tokenize(w)]  # plain tokens: no stray quotes
        kind = i % 20
        if kind < 8:
            q = rng.choice(words)
        elif kind < 12:
            j = rng.randrange(len(words) - 1)
            q = f'"{words[j]} {words[j + 1]}"'
        elif kind < 15:
            q = f"{rng.choice(words)} OR {rng.choice(words)}"
        elif kind < 17:
            q = f"{rng.choice(words)} NOT {rng.choice(words)}"
        else:
            q = f"country:{rng.choice(COUNTRIES)}"
        out.append(
            SearchRequest(
                query=q.replace("(", "").replace(")", ""),
                lang=lang if kind == 19 else None,
                limit=20,
                relevant_only=False,
                facets=True,
            )  # fmt: skip
        )
    return out


def bench_store(name: str, store: Store, docs: int, queries: list[SearchRequest], vocab: dict,
                totals: list[int] | None = None) -> dict:
    written = 0
    t0 = time.perf_counter()
    batch: list[Article] = []
    for article in synthetic_articles(docs, vocab):
        batch.append(article)
        if len(batch) == CHUNK:
            written += store.upsert_articles(batch).written
            batch = []
            rate = written / (time.perf_counter() - t0)
            print(f"[{name}] indexed {written:,} docs ({rate:,.0f} docs/s)", flush=True)
    if batch:
        written += store.upsert_articles(batch).written
    refresh = getattr(store, "refresh", None)
    if refresh:
        refresh()
    elapsed = time.perf_counter() - t0
    rate = written / elapsed
    print(f"[{name}] indexed {written:,} docs in {elapsed:.1f}s: {rate:,.0f} docs/s", flush=True)
    assert store.count() == docs, f"{name}: count {store.count()} != {docs}"

    for request in queries[:20]:  # warm-up, not measured
        store.search(request)
    latencies: list[float] = []
    hits = 0
    for request in queries:
        q0 = time.perf_counter()
        result = store.search(request)
        latencies.append((time.perf_counter() - q0) * 1000)
        hits += result.total
        if totals is not None:
            totals.append(result.total)
    # On a shared machine a query is sometimes descheduled for tens of milliseconds. Two more passes, and for
    # each query its fastest of the three: what the store costs, without the other sessions' noise. The
    # first pass's figures (query_p99_ms) stay the headline.
    best = list(latencies)
    for _ in range(2):
        for i, request in enumerate(queries):
            q0 = time.perf_counter()
            store.search(request)
            best[i] = min(best[i], (time.perf_counter() - q0) * 1000)
    best_cuts = statistics.quantiles(best, n=100, method="inclusive")
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    figures: dict[str, object] = {
        "index_docs_per_s": round(rate, 1),
        "index_seconds": round(elapsed, 2),
        "query_p50_ms": round(cuts[49], 2),
        "query_p95_ms": round(cuts[94], 2),
        "query_p99_ms": round(cuts[98], 2),
        "queries": len(queries),
        "mean_total_hits": round(hits / len(queries), 1),
        "max_ms": round(max(latencies), 2),
        "query_p50_ms_best_of_3": round(best_cuts[49], 2),
        "query_p99_ms_best_of_3": round(best_cuts[98], 2),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(
        f"[{name}] {len(queries)} queries: p50 {figures['query_p50_ms']} ms, p95 {figures['query_p95_ms']} ms, "
        f"p99 {figures['query_p99_ms']} ms (fastest of 3 runs per query: p50 {figures['query_p50_ms_best_of_3']} ms,"
        f" p99 {figures['query_p99_ms_best_of_3']} ms; load average {figures['load_average']})",
        flush=True,
    )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--large", type=int, default=1_000_000, help="articles of the SQLite-only run (0: none)")
    parser.add_argument("--skip-engine", action="store_true", help="SQLite only (no search engine)")
    args = parser.parse_args()

    vocab = vocabulary()
    queries = query_mix(args.queries, vocab)
    report: dict[str, object] = {"docs": args.docs, "queries": args.queries,
                                 "load_average_start": [round(x, 2) for x in os.getloadavg()]}
    engine_totals: list[int] = []
    sqlite_totals: list[int] = []

    from monitor.dev import opensearch
    from monitor.store.engine import EngineStore
    from monitor.store.sqlite import SqliteStore

    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        url = os.environ.get("MONITOR_SEARCH_URL")
        state = Path(tmp) / "opensearch"
        if not args.skip_engine:
            if not url:
                print("starting a local OpenSearch node ...", flush=True)
                url = opensearch.start_node(state, http_port=None).url
            try:
                engine = EngineStore(url, batch_size=1000)
                engine.drop_all()
                report["engine_kind"] = f"{engine.kind} {engine.client.info.version}"
                report["engine"] = bench_store(engine.kind, engine, args.docs, queries, vocab, engine_totals)
                engine.drop_all()
                engine.close()
            finally:
                if not os.environ.get("MONITOR_SEARCH_URL"):
                    opensearch.stop_node(state)

        sqlite = SqliteStore(Path(tmp) / "bench.sqlite")
        report["sqlite"] = bench_store("sqlite", sqlite, args.docs, queries, vocab, sqlite_totals)
        sqlite.close()
        if engine_totals:
            report["totals_agree"] = engine_totals == sqlite_totals
            print(f"both stores counted the same matches for every query: {report['totals_agree']}", flush=True)
        if args.large:
            large = SqliteStore(Path(tmp) / "large.sqlite")
            report["sqlite_large"] = {"docs": args.large, **bench_store(f"sqlite {args.large:,}", large, args.large,
                                                                        queries, vocab)}
            large.close()
    report["load_average_end"] = [round(x, 2) for x in os.getloadavg()]

    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
