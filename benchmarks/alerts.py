"""Alert matching and delivery benchmark.

1. Matching rate (articles per second, one core) for 1,000 / 10,000 / 100,000 generated subscriptions
   (names, words and phrases in Arabic, Persian, Kazakh, Russian and English; AND / OR / NOT, filters; see
   ``monitor.alerts.generate``) against 10,000 generated articles:
   * ``compiled``: :class:`monitor.alerts.matcher.CompiledMatcher` over every article;
   * ``naive``: evaluating every subscription per article, on a *sample* of the articles (the full
     100,000 × 10,000 loop would take far too long); the rate is measured on that sample and said so;
   * ``percolator``: the search engine's percolator on the same inputs (only when ``MONITOR_SEARCH_URL`` or
     ``--search-url`` is set; on a sample of the articles, and by default only up to 10,000 queries).
   Every naive and percolator result is compared with the compiled matcher's (mismatches are printed).
2. Delivery latency: articles arrive at ``--rate`` per second (default 50) at the alert stage
   (:class:`monitor.alerts.service.AlertService`, SQLite registry, as in the embedded runtime and the stream
   workers), with ``--latency-subs`` generated feed-only alerts plus webhook alerts posting to a real HTTP
   receiver on 127.0.0.1. Latency = receiver's clock at the POST − the article's arrival (p50, p99).

Figures are printed as they are measured; the last line is one JSON object with all of them.
Defaults take about two to three minutes on the 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from monitor.alerts import generate
from monitor.alerts.matcher import CompiledMatcher, NaiveMatcher, Subscription, article_doc
from monitor.model import Article
from monitor.query import parse


def log(msg: str) -> None:
    print(msg, flush=True)


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_matching(args: argparse.Namespace, subs: list[Subscription], nodes: dict, articles: list[Article],
                   out: dict) -> None:
    rates = out.setdefault("articles_per_s", {})
    for size in args.sizes:
        chosen = subs[:size]
        t = time.perf_counter()
        matcher = CompiledMatcher()
        matcher.add_many(chosen, nodes)
        compile_s = time.perf_counter() - t
        fired = cands = 0
        t, cpu = time.perf_counter(), time.process_time()
        results = []
        for article in articles:
            names = matcher.match(article)
            fired += len(names)
            results.append(names)
        elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
        for article in articles[:200]:
            cands += len(matcher.candidate_ids(article_doc(article)))
        rate = len(articles) / elapsed
        rates.setdefault("compiled", {})[str(size)] = round(rate, 1)
        # The machine is shared: CPU time says what one core does when it is not taken by others.
        out.setdefault("articles_per_cpu_s", {}).setdefault("compiled", {})[str(size)] = round(len(articles) / cpu, 1)
        out.setdefault("compile_s", {})[str(size)] = round(compile_s, 2)
        out.setdefault("fired_per_article", {})[str(size)] = round(fired / len(articles), 1)
        out.setdefault("candidates_per_article", {})[str(size)] = round(cands / min(200, len(articles)), 1)
        log(f"compiled  {size:>7} subs: {rate:8.1f} articles/s wall, {len(articles) / cpu:8.1f} per CPU-second, "
            f"over {len(articles)} articles "
            f"(index built in {compile_s:.2f} s; {fired / len(articles):.1f} fired and "
            f"{cands / min(200, len(articles)):.1f} candidates per article)")

        sample_n = max(10, min(len(articles), args.naive_budget // size))
        sample = articles[:sample_n]
        naive = NaiveMatcher(chosen, nodes)
        t, cpu = time.perf_counter(), time.process_time()
        naive_results = [naive.match(a) for a in sample]
        elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
        rate = sample_n / elapsed
        out.setdefault("articles_per_cpu_s", {}).setdefault("naive", {})[str(size)] = round(sample_n / cpu, 1)
        mismatches = sum(1 for a, b in zip(naive_results, results, strict=False) if a != b)
        rates.setdefault("naive", {})[str(size)] = round(rate, 1)
        out.setdefault("naive_sample_articles", {})[str(size)] = sample_n
        out.setdefault("naive_mismatches", {})[str(size)] = mismatches
        log(f"naive     {size:>7} subs: {rate:8.1f} articles/s wall, {sample_n / cpu:8.1f} per CPU-second "
            f"(measured on a sample of {sample_n} articles; "
            f"{mismatches} disagreements with the compiled matcher)")
        del matcher, naive


def bench_percolator(args: argparse.Namespace, subs: list[Subscription], nodes: dict, articles: list[Article],
                     out: dict) -> None:
    url = args.search_url
    if not url:
        log("percolator: skipped (no MONITOR_SEARCH_URL / --search-url; `monitor dev up search` starts a node)")
        return
    from monitor.alerts.percolator import Percolator

    try:
        perc = Percolator(url, index="bench-alerts-percolator")
    except Exception as exc:  # the engine is not running: say so, measure the rest
        log(f"percolator: skipped ({type(exc).__name__}: {exc})")
        return
    try:
        for size in args.percolator_sizes:
            chosen = subs[:size]
            perc.clear()
            t = time.perf_counter()
            perc.add_many(chosen)
            load_s = time.perf_counter() - t
            sample = articles[: args.percolator_articles]
            t = time.perf_counter()
            got: list[list[str]] = []
            for start in range(0, len(sample), 50):
                got.extend(perc.match_many(sample[start : start + 50]))
            elapsed = time.perf_counter() - t
            matcher = CompiledMatcher()
            matcher.add_many(chosen, nodes)
            mismatches = sum(1 for a, names in zip(sample, got, strict=True) if matcher.match(a) != names)
            rate = len(sample) / elapsed
            out.setdefault("articles_per_s", {}).setdefault("percolator", {})[str(size)] = round(rate, 1)
            out.setdefault("percolator_mismatches", {})[str(size)] = mismatches
            log(f"percolator {size:>6} subs: {rate:8.1f} articles/s on {len(sample)} articles in batches of 50 "
                f"({size} queries stored in {load_s:.1f} s; {mismatches} disagreements with the compiled matcher)")
    finally:
        perc.client.delete_index(perc.index)
        perc.close()


class _Receiver(BaseHTTPRequestHandler):
    got: dict[str, float] = {}
    lock = threading.Lock()

    def do_POST(self) -> None:  # noqa: N802
        now = time.time()
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with self.lock:
            self.got.setdefault(self.headers.get("X-Monitor-Delivery", ""), now)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def bench_latency(args: argparse.Namespace, subs: list[Subscription], articles: list[Article], out: dict,
                  feed_alerts: int) -> None:
    from monitor.alerts.registry import Alert, AlertRegistry
    from monitor.alerts.service import AlertService

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    n = int(args.rate * args.latency_seconds)
    sample = articles[-n:]
    with tempfile.TemporaryDirectory() as tmp:
        registry = AlertRegistry(Path(tmp) / "monitor.sqlite")
        with registry.transaction():
            for sub in subs[:feed_alerts]:
                registry.add(Alert(sub.name, sub.query))  # live feed only
            for i, sub in enumerate(generate.subscriptions(args.webhook_alerts, seed=99)):
                registry.add(Alert(f"hook-{i}", sub.query, webhook=url, secret="bench-secret"))
        service = AlertService(registry)
        arrivals: dict[str, float] = {}
        inbox: queue.Queue[Article | None] = queue.Queue()
        lag: list[float] = []

        def produce() -> None:
            start = time.time()
            for i, article in enumerate(sample):
                due = start + i / args.rate
                delay = due - time.time()
                if delay > 0:
                    time.sleep(delay)
                arrivals[article.id] = time.time()
                inbox.put(article)
            inbox.put(None)

        producer = threading.Thread(target=produce, daemon=True)
        t0 = time.perf_counter()
        producer.start()
        done = False
        fired = 0
        busy = {"match_record": 0.0, "deliver": 0.0}
        while not done:
            batch = [inbox.get()]
            while not inbox.empty() and len(batch) < args.max_batch:  # small batches: deliver often
                batch.append(inbox.get_nowait())
            if batch[-1] is None:
                done = True
                batch.pop()
            t1 = time.perf_counter()
            fired += len(service.process_many(batch))  # one commit per micro-batch
            t2 = time.perf_counter()
            service.deliver(retries=2, timeout=5.0, backoff=0.1)
            busy["match_record"] += t2 - t1
            busy["deliver"] += time.perf_counter() - t2
            if batch:
                lag.append(time.time() - arrivals[batch[-1].id])
        elapsed = time.perf_counter() - t0
        server.shutdown()
        latencies = []
        got, _Receiver.got = _Receiver.got, {}
        for key, received in got.items():
            article_id = key.split("|")[1] if key.count("|") >= 2 else None
            if article_id in arrivals:
                latencies.append((received - arrivals[article_id]) * 1000)
        p50, p99 = pct(latencies, 0.5), pct(latencies, 0.99)
        # The headline figures are those of the last (largest) configuration.
        out["delivery_p50_ms"] = round(p50, 1)
        out["delivery_p99_ms"] = round(p99, 1)
        out.setdefault("delivery", {})[str(feed_alerts)] = {
            "p50_ms": round(p50, 1), "p99_ms": round(p99, 1), "messages": len(latencies), "articles": len(sample),
            "rate_per_s": args.rate, "achieved_rate_per_s": round(len(sample) / elapsed, 1),
            "feed_alerts": feed_alerts, "webhook_alerts": args.webhook_alerts, "firings": fired,
            "busy_share": {k: round(v / elapsed, 2) for k, v in busy.items()},
        }
        log(f"delivery: {len(latencies)} webhook POSTs for {len(sample)} articles at {args.rate}/s "
            f"({feed_alerts} feed alerts + {args.webhook_alerts} webhook alerts, {fired} firings recorded): "
            f"p50 {p50:.0f} ms, p99 {p99:.0f} ms, max {max(latencies, default=float('nan')):.0f} ms; the alert stage "
            f"was busy {busy['match_record'] / elapsed:.0%} matching and recording, "
            f"{busy['deliver'] / elapsed:.0%} delivering")
        registry.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--naive-budget", type=int, default=3_000_000,
                        help="query evaluations the naive loop may do per size (sets its sample size)")
    parser.add_argument("--search-url", default=os.environ.get("MONITOR_SEARCH_URL"))
    parser.add_argument("--percolator-sizes", default="1000,10000")
    parser.add_argument("--percolator-articles", type=int, default=500)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--latency-seconds", type=float, default=15.0)
    parser.add_argument("--latency-subs", default="1000,10000",
                        help="feed-only alerts besides the webhook alerts, one run per value")
    parser.add_argument("--webhook-alerts", type=int, default=50)
    parser.add_argument("--max-batch", type=int, default=5, help="articles matched between two delivery rounds")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    args.percolator_sizes = [int(s) for s in args.percolator_sizes.split(",") if s] if args.search_url else []
    out: dict = {}

    t = time.perf_counter()
    args.latency_subs = [int(s) for s in args.latency_subs.split(",") if s]
    biggest = max([*args.sizes, *args.percolator_sizes, *args.latency_subs])
    subs = generate.subscriptions(biggest, seed=1)
    nodes = {s.name: parse(s.query) for s in subs}
    parse_s = time.perf_counter() - t
    log(f"generated and parsed {len(subs)} subscriptions in {parse_s:.1f} s "
        f"({len(subs) / parse_s:.0f} per second); e.g. {subs[1].query!r}, {subs[2].query!r}")
    out["parse_per_s"] = round(len(subs) / parse_s)
    t = time.perf_counter()
    articles = generate.articles(args.articles, seed=2)
    log(f"generated {len(articles)} articles in {time.perf_counter() - t:.1f} s")

    bench_matching(args, subs, nodes, articles, out)
    bench_percolator(args, subs, nodes, articles, out)
    for feed_alerts in args.latency_subs:
        bench_latency(args, subs, articles, out, feed_alerts)
    print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
