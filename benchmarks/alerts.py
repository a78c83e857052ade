"""Alert matching and delivery benchmark.

1. Matching rate (articles per second, one core) for 1,000 / 10,000 / 100,000 generated subscriptions
   (names, words and phrases in Arabic, Persian, Kazakh, Russian and English; AND / OR / NOT, filters; see
   ``monitor.alerts.generate``) against 10,000 generated articles, for two sets of subscriptions:
   * dense (``compiled``, ``naive``): the first generator, whose alerts are broad (hundreds fire on every
     article at 100,000): the matcher's worst case, kept so that it does not get slower;
   * selective (``selective``, ``selective_naive``): shaped like real subscriptions (a name narrowed by another
     name, a word or a filter, sometimes OR or NOT; 0.2 % broad topic alerts): most alerts match under 0.1 % of
     the articles; the shape is reported (share of alerts under 0.1 %, firings per article);
   * ``naive``: evaluating every subscription per article, on a *sample* of the articles (the full
     100,000 × 10,000 loop would take far too long); the rate is measured on that sample and said so;
   * ``percolator``: the search engine's percolator on the same articles and the selective alerts (and the
     dense ones up to ``--percolator-sizes``), on a sample of the articles in batches of 50; the benchmark
     starts its own OpenSearch node (as ``benchmarks/search.py`` does) unless ``--search-url`` names one or
     ``--no-percolator`` is given; ``percolator_ratio`` is the compiled matcher's rate over the percolator's.
   Every naive and percolator result is compared with the compiled matcher's (mismatches are counted).
2. Delivery latency: articles arrive at ``--rate`` per second (default 50) at the alert stage
   (:class:`monitor.alerts.service.AlertService`, SQLite registry, as in the embedded runtime and the stream
   workers), with ``--latency-subs`` generated feed-only alerts plus webhook alerts posting to a real HTTP
   receiver on 127.0.0.1. Latency = receiver's clock at the POST − the article's arrival (p50, p99).

Figures are printed as they are measured; the last line is one JSON object with all of them.
Defaults take about ten minutes on the 2-core machine (the percolator loads 100,000 queries).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import queue
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

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
                   out: dict, label: str = "compiled", naive_label: str = "naive") -> dict[int, list[list[str]]]:
    """Compiled and naive rates for each size; returns the compiled results per size (for the percolator)."""
    rates = out.setdefault("articles_per_s", {})
    kept: dict[int, list[list[str]]] = {}
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
        rates.setdefault(label, {})[str(size)] = round(rate, 1)
        # The machine is shared: CPU time says what one core does when it is not taken by others.
        out.setdefault("articles_per_cpu_s", {}).setdefault(label, {})[str(size)] = round(len(articles) / cpu, 1)
        out.setdefault("compile_s", {}).setdefault(label, {})[str(size)] = round(compile_s, 2)
        out.setdefault("fired_per_article", {}).setdefault(label, {})[str(size)] = round(fired / len(articles), 1)
        out.setdefault("candidates_per_article", {}).setdefault(label, {})[str(size)] = round(
            cands / min(200, len(articles)), 1)
        if label != "compiled":  # how selective the set is: per alert, the share of articles it fires on
            per_alert: dict[str, int] = {}
            for names in results:
                for name in names:
                    per_alert[name] = per_alert.get(name, 0) + 1
            shares = sorted(per_alert.get(sub.name, 0) / len(articles) for sub in chosen)
            out.setdefault("selective_shape", {})[str(size)] = {
                "alerts_under_0.1pct": round(sum(x < 0.001 for x in shares) / len(shares), 3),
                "alerts_never_fired": round(sum(x == 0 for x in shares) / len(shares), 3),
                "alerts_over_1pct": round(sum(x > 0.01 for x in shares) / len(shares), 4),
                "firings_from_alerts_over_1pct": round(
                    sum(x for x in shares if x > 0.01) * len(articles) / max(fired, 1), 3),
                "median_alert_share": shares[len(shares) // 2],
            }
        kept[size] = results
        log(f"{label:<9} {size:>7} subs: {rate:8.1f} articles/s wall, {len(articles) / cpu:8.1f} per CPU-second, "
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
        out.setdefault("articles_per_cpu_s", {}).setdefault(naive_label, {})[str(size)] = round(sample_n / cpu, 1)
        mismatches = sum(1 for a, b in zip(naive_results, results, strict=False) if a != b)
        rates.setdefault(naive_label, {})[str(size)] = round(rate, 1)
        out.setdefault("naive_sample_articles", {}).setdefault(naive_label, {})[str(size)] = sample_n
        out.setdefault("mismatches", {}).setdefault(naive_label, {})[str(size)] = mismatches
        log(f"{naive_label:<9} {size:>7} subs: {rate:8.1f} articles/s wall, {sample_n / cpu:8.1f} per CPU-second "
            f"(measured on a sample of {sample_n} articles; "
            f"{mismatches} disagreements with the compiled matcher)")
        del matcher, naive
    return kept


def bench_percolator(args: argparse.Namespace, url: str, label: str, subs: list[Subscription], nodes: dict,
                     articles: list[Article], sizes: list[int], compiled: dict[int, list[list[str]]],
                     out: dict) -> None:
    """The engine's percolator on the first articles (batches of 50), for each size; compared with the
    compiled matcher's answers for the same articles, and its rate set beside the compiled matcher's."""
    from monitor.alerts.percolator import Percolator

    perc = Percolator(url, index="bench-alerts-percolator")
    try:
        for size in sizes:
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
            expected = compiled.get(size)
            if expected is None:
                matcher = CompiledMatcher()
                matcher.add_many(chosen, nodes)
                expected = [matcher.match(a) for a in sample]
            mismatches = sum(1 for want, names in zip(expected, got, strict=False) if want != names)
            rate = len(sample) / elapsed
            name = "percolator" if label == "compiled" else f"percolator_{label}"
            out.setdefault("articles_per_s", {}).setdefault(name, {})[str(size)] = round(rate, 2)
            out.setdefault("mismatches", {}).setdefault(name, {})[str(size)] = mismatches
            ratio = out["articles_per_s"][label][str(size)] / rate if rate else float("nan")
            out.setdefault("percolator_ratio", {}).setdefault(label, {})[str(size)] = round(ratio, 1)
            log(f"{name:<9} {size:>7} subs: {rate:8.2f} articles/s on {len(sample)} articles in batches of 50 "
                f"({size} queries stored in {load_s:.1f} s; {mismatches} disagreements with the compiled matcher; "
                f"the compiled matcher is {ratio:.0f} times faster)")
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
    from monitor.settings import Settings

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
        # the receiver is on 127.0.0.1, which deliveries refuse unless the address policy lists it
        service = AlertService(registry, Settings(data_dir=Path(tmp), delivery_allow="127.0.0.1"))
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
    parser.add_argument("--search-url", default=os.environ.get("MONITOR_SEARCH_URL"),
                        help="a running engine for the percolator (default: start a node of our own)")
    parser.add_argument("--no-percolator", action="store_true")
    parser.add_argument("--percolator-sizes", default="1000,10000", help="dense sets on the percolator")
    parser.add_argument("--percolator-selective-sizes", default="100000")
    parser.add_argument("--percolator-articles", type=int, default=200)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--latency-seconds", type=float, default=15.0)
    parser.add_argument("--latency-subs", default="1000,10000",
                        help="feed-only alerts besides the webhook alerts, one run per value")
    parser.add_argument("--webhook-alerts", type=int, default=50)
    parser.add_argument("--max-batch", type=int, default=5, help="articles matched between two delivery rounds")
    args = parser.parse_args(argv)
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    dense_perc = [int(s) for s in args.percolator_sizes.split(",") if s]
    selective_perc = [int(s) for s in args.percolator_selective_sizes.split(",") if s]
    out: dict = {"load_avg_1m_start": round(os.getloadavg()[0], 2)}

    t = time.perf_counter()
    args.latency_subs = [int(s) for s in args.latency_subs.split(",") if s]
    biggest = max([*args.sizes, *dense_perc, *selective_perc, *args.latency_subs])
    subs = generate.subscriptions(biggest, seed=1)
    nodes = {s.name: parse(s.query) for s in subs}
    parse_s = time.perf_counter() - t
    log(f"generated and parsed {len(subs)} dense subscriptions in {parse_s:.1f} s "
        f"({len(subs) / parse_s:.0f} per second); e.g. {subs[1].query!r}, {subs[2].query!r}")
    out["parse_per_s"] = round(len(subs) / parse_s)
    selective = generate.selective_subscriptions(max([*args.sizes, *selective_perc]), seed=1)
    selective_nodes = {s.name: parse(s.query) for s in selective}
    log(f"generated {len(selective)} selective subscriptions; e.g. {selective[1].query!r}, {selective[2].query!r}")
    t = time.perf_counter()
    articles = generate.articles(args.articles, seed=2)
    log(f"generated {len(articles)} articles in {time.perf_counter() - t:.1f} s")

    dense_results = bench_matching(args, subs, nodes, articles, out)
    selective_results = bench_matching(args, selective, selective_nodes, articles, out, "selective",
                                       "selective_naive")
    if not args.no_percolator:
        with engine(args.search_url) as url:
            perc_articles = articles[: args.percolator_articles]
            bench_percolator(args, url, "selective", selective, selective_nodes, perc_articles, selective_perc,
                             {k: v[: len(perc_articles)] for k, v in selective_results.items()}, out)
            bench_percolator(args, url, "compiled", subs, nodes, perc_articles, dense_perc,
                             {k: v[: len(perc_articles)] for k, v in dense_results.items()}, out)
    del dense_results, selective_results
    for feed_alerts in args.latency_subs:
        bench_latency(args, subs, articles, out, feed_alerts)
    out["load_avg_1m_end"] = round(os.getloadavg()[0], 2)
    print(json.dumps(out, ensure_ascii=False), flush=True)
    return 0


@contextlib.contextmanager
def engine(url: str | None) -> Iterator[str]:
    """The given engine, or an OpenSearch node of our own (from deploy/, on a free port) for this run."""
    if url:
        yield url
        return
    from monitor.dev import opensearch

    with tempfile.TemporaryDirectory(prefix="bench-alerts-") as tmp:
        settings = SimpleNamespace(data_dir=Path(tmp), search_port=opensearch.free_port())
        log("starting an OpenSearch node for the percolator")
        started = opensearch.start(settings)["MONITOR_SEARCH_URL"]
        try:
            yield started
        finally:
            opensearch.stop(settings)


if __name__ == "__main__":
    sys.exit(main())
