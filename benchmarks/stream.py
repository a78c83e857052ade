"""Throughput and latency of the distributed runtime on a real Apache Kafka broker.

Replays N synthetic articles (made from the seeds, each one distinct) into ``news.raw`` and runs the
pipeline with one and then two ``monitor worker`` processes, from empty topics and an empty store each
time. Prints, per run, articles per second end to end (first article produced → last article indexed)
and the latency from produce to indexed (p50, p99) of the indexed articles, and as the last line one
JSON object with every figure.

    python benchmarks/stream.py                 # 20,000 articles, SQLite store, own broker on a free port
    python benchmarks/stream.py --articles 2000 --search   # the OpenSearch node as the store
    python benchmarks/stream.py --articles 3000 --rate 20  # latency of a paced (live-like) stream

The broker (and the OpenSearch node with ``--search``) is started from deploy/ and stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor import bus  # noqa: E402
from monitor.dev import kafka as kafka_launcher  # noqa: E402
from monitor.model import Article  # noqa: E402
from monitor.replay import article_from_text  # noqa: E402

PARTITIONS = 4


def synthetic(n: int) -> list[Article]:
    seeds = [article_from_text(p.read_text(encoding="utf-8"), source="bench")
             for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return [Article(id=f"bench-{i:06d}", source=f"bench-{i % 7}", title=seeds[i % len(seeds)].title,
                    text=f"{seeds[i % len(seeds)].text}\n\n({i})") for i in range(n)]


def percentile(values: list[int], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))])


def run(bootstrap: str, articles: list[Article], workers: int, work_dir: Path, search_url: str | None,
        rate: float | None = None) -> dict:
    bus.recreate_topics(bootstrap, PARTITIONS)
    data_dir = work_dir / f"workers-{workers}"
    data_dir.mkdir(parents=True, exist_ok=True)
    stats = data_dir / "stats.jsonl"
    if search_url:
        from monitor.store.engine import EngineStore

        store = EngineStore(search_url)
        store.drop_all()
        store.close()
    env = dict(os.environ, MONITOR_KAFKA=bootstrap, MONITOR_DATA_DIR=str(data_dir),
               MONITOR_PARTITIONS=str(PARTITIONS), MONITOR_WORKER_STATS=str(stats))
    env.pop("MONITOR_SEARCH_URL", None)
    if search_url:
        env["MONITOR_SEARCH_URL"] = search_url
    procs = []
    for i in range(workers):
        log = open(data_dir / f"worker-{i}.log", "wb")  # noqa: SIM115 - the child owns it
        procs.append(subprocess.Popen([sys.executable, "-m", "monitor.cli", "worker"], env=env, stdout=log,
                                      stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL))
    try:
        deadline = time.monotonic() + 180
        while True:  # measure the pipeline, not the workers' start-up
            members = bus.group_members(bootstrap, bus.WORKER_GROUP)
            if members is not None and len(members) == workers:
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"{workers} worker(s) did not join the group in time; see {data_dir}")
            time.sleep(0.5)
        time.sleep(2)
        started_ms = bus.now_ms()
        sink = bus.KafkaSink(bootstrap, partitions=PARTITIONS, create_topics=False, rate=rate)
        for article in articles:
            sink.send(article)
        sink.close()
        produced_s = (bus.now_ms() - started_ms) / 1000
        print(f"  {workers} worker(s): produced {len(articles)} in {produced_s:.1f} s", flush=True)
        deadline = time.monotonic() + 3600
        while True:
            report = bus.lag_report(bootstrap)
            if bus.total_lag(report, (bus.RAW, bus.MATCHED)) == 0:
                break
            if any(p.poll() is not None for p in procs) or time.monotonic() > deadline:
                raise SystemExit(f"a worker stopped or the run took too long; see {data_dir}")
            time.sleep(0.5)
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(timeout=60)
            except subprocess.TimeoutExpired:
                p.kill()
    lines = [json.loads(line) for line in stats.read_text().splitlines()]
    index_lines = [x for x in lines if x["stage"] == "index"]
    latencies = [ms for x in index_lines for ms in x["latencies_ms"]]
    last_indexed_ms = max(x["t_ms"] for x in index_lines)
    enriched = sum(x["ok"] + x["dead"] for x in lines if x["stage"] == "enrich")
    elapsed = (last_indexed_ms - started_ms) / 1000
    result = {
        "workers": workers,
        "articles": len(articles),
        "enriched": enriched,
        "indexed": sum(x["ok"] for x in index_lines),
        "seconds": round(elapsed, 2),
        "articles_per_s": round(len(articles) / elapsed, 1),
        "latency_p50_ms": percentile(latencies, 0.50),
        "latency_p99_ms": percentile(latencies, 0.99),
        "batches_per_worker": {str(pid): sum(1 for x in lines if x["pid"] == pid and x["stage"] == "enrich")
                               for pid in sorted({x["pid"] for x in lines})},
    }
    print(f"  {workers} worker(s): {result['articles_per_s']} articles/s end to end "
          f"({result['indexed']} relevant indexed in {elapsed:.1f} s); produce→indexed latency "
          f"p50 {result['latency_p50_ms']:.0f} ms, p99 {result['latency_p99_ms']:.0f} ms", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--search", action="store_true", help="index into a local OpenSearch node")
    parser.add_argument("--rate", type=float, default=None,
                        help="produce at this many articles/s (default: all at once, so the latency includes "
                             "the backlog; a rate below the throughput measures the latency of a live stream)")
    args = parser.parse_args()

    articles = synthetic(args.articles)
    with tempfile.TemporaryDirectory(prefix="bench-stream-") as tmp:
        work = Path(tmp)
        kafka_settings = SimpleNamespace(data_dir=work / "kafka", kafka=None)
        search_settings = None
        print(f"starting Apache Kafka ({'OpenSearch' if args.search else 'SQLite'} store), "
              f"{args.articles} articles, {PARTITIONS} partitions", flush=True)
        env = kafka_launcher.start(kafka_settings, port=kafka_launcher.free_port(), partitions=PARTITIONS)
        search_url = None
        try:
            if args.search:
                from monitor.dev import opensearch

                search_settings = SimpleNamespace(data_dir=work / "search", search_port=opensearch.free_port())
                search_url = opensearch.start(search_settings)["MONITOR_SEARCH_URL"]
            results = {f"workers_{n}": run(env["MONITOR_KAFKA"], articles, n, work, search_url, args.rate)
                       for n in (1, 2)}
        finally:
            kafka_launcher.stop(kafka_settings)
            if search_settings is not None:
                from monitor.dev import opensearch

                opensearch.stop(search_settings)
    summary = {
        "benchmark": "stream",
        "store": "opensearch" if args.search else "sqlite",
        "articles": args.articles,
        "rate": args.rate,
        "partitions": PARTITIONS,
        "cpus": os.cpu_count(),
        "articles_per_s": {k: v["articles_per_s"] for k, v in results.items()},
        "latency_p50_ms": {k: v["latency_p50_ms"] for k, v in results.items()},
        "latency_p99_ms": {k: v["latency_p99_ms"] for k, v in results.items()},
        "runs": results,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
