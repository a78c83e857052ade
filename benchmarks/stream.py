"""Throughput and latency of the distributed runtime: Kafka → stream workers → OpenSearch.

Starts its own Apache Kafka broker and OpenSearch node (from deploy/, on free ports), then, from empty
topics and an empty store each time:

1. **throughput**: N synthetic articles (made from the seeds, each distinct, one published every ten minutes)
   produced at once into ``news.raw`` and processed by ``--workers`` ``monitor worker`` processes:
   articles per second from the first produced to the last indexed;
2. **paced**: articles produced at ``--paced-rate`` per second (a live-like stream) for ``--paced-seconds``:
   the latency from produce to indexed (p50, p99).

Also the CPU seconds the workers, the broker and the search node spent, per article, and the load average
(other work on the machine slows every figure). The last line is one JSON object with every figure; its
keys ``store``, ``workers``, ``articles_per_s``, ``paced_rate`` and ``paced_p99_ms`` are the ones checks read.

    python benchmarks/stream.py                          # 4,000 articles, 2 workers, paced 50/s for 60 s
    python benchmarks/stream.py --workers 1,2 --sqlite   # SQLite as the store (the single-host setup)
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
from datetime import UTC, datetime, timedelta
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
    """``n`` distinct articles made from the seeds, one published every ten minutes (about 150 in-scope reports
    a day, a busy day for this subject). Stories compare a report with the reports of its countries within
    three days: undated copies would all fall into one window, as no real stream does."""
    seeds = [article_from_text(p.read_text(encoding="utf-8"), source="bench")
             for p in sorted((ROOT / "seeds").glob("*.txt"))]
    start = datetime(2025, 1, 1, 8, tzinfo=UTC)
    return [Article(id=f"bench-{i:06d}", source=f"bench-{i % 7}", title=seeds[i % len(seeds)].title,
                    text=f"{seeds[i % len(seeds)].text}\n\n({i})",
                    published=start + timedelta(minutes=10 * i)) for i in range(n)]


def percentile(values: list[int], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return float(ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))])


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a live process, from /proc (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return sum(int(x) for x in fields[11:13]) / os.sysconf("SC_CLK_TCK")


def run(bootstrap: str, articles: list[Article], workers: int, work_dir: Path, search_url: str | None,
        rate: float | None = None, jvms: dict[str, int] | None = None, compression: str = "none") -> dict:
    bus.recreate_topics(bootstrap, PARTITIONS)
    data_dir = work_dir / f"workers-{workers}-{'paced' if rate else 'burst'}"
    data_dir.mkdir(parents=True, exist_ok=True)
    stats = data_dir / "stats.jsonl"
    if search_url:
        from monitor.store.engine import EngineStore

        store = EngineStore(search_url)
        store.drop_all()
        store.close()
    env = dict(os.environ, MONITOR_KAFKA=bootstrap, MONITOR_DATA_DIR=str(data_dir),
               MONITOR_PARTITIONS=str(PARTITIONS), MONITOR_WORKER_STATS=str(stats),
               MONITOR_KAFKA_COMPRESSION=compression)
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
        cpu_before = {f"worker-{i}": cpu_seconds(p.pid) for i, p in enumerate(procs)}
        cpu_before.update({name: cpu_seconds(pid) for name, pid in (jvms or {}).items()})
        started_ms = bus.now_ms()
        sink = bus.KafkaSink(bootstrap, partitions=PARTITIONS, create_topics=False, rate=rate,
                             compression=compression)
        for article in articles:
            sink.send(article)
        sink.close()
        produced_s = (bus.now_ms() - started_ms) / 1000
        print(f"  {workers} worker(s): produced {len(articles)} in {produced_s:.1f} s", flush=True)
        deadline = time.monotonic() + 3600
        while True:
            report = bus.lag_report(bootstrap)
            if bus.total_lag(report, bus.CONSUMED) == 0:
                break
            if any(p.poll() is not None for p in procs) or time.monotonic() > deadline:
                raise SystemExit(f"a worker stopped or the run took too long; see {data_dir}")
            time.sleep(0.5)
        pids = {f"worker-{i}": p.pid for i, p in enumerate(procs)} | (jvms or {})
        cpu = {name: round(cpu_seconds(pid) - cpu_before[name], 1) for name, pid in pids.items()}
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
    by_window: dict[int, list[int]] = {}  # p99 per 10 s of the run: is the tail a warm-up or steady?
    for x in index_lines:
        by_window.setdefault((x["t_ms"] - started_ms) // 10_000, []).extend(x["latencies_ms"])
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
        "latency_p99_ms_per_10s": [percentile(by_window[k], 0.99) for k in sorted(by_window)],
        "cpu_s": cpu,
        "cpu_ms_per_article": {k: round(1000 * v / len(articles), 2) for k, v in cpu.items()},
        "load_avg_1m": round(os.getloadavg()[0], 2),
    }
    print(f"  {workers} worker(s){f' at {rate:g}/s' if rate else ''}: {result['articles_per_s']} articles/s end "
          f"to end ({result['indexed']} relevant indexed in {elapsed:.1f} s); produce→indexed latency "
          f"p50 {result['latency_p50_ms']:.0f} ms, p99 {result['latency_p99_ms']:.0f} ms; CPU ms per article "
          f"{result['cpu_ms_per_article']}; load {result['load_avg_1m']}", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=4000, help="articles of the throughput run (0: none)")
    parser.add_argument("--workers", default="2", help="worker counts to run, e.g. 1,2 (the last one is reported)")
    parser.add_argument("--sqlite", action="store_true", help="the embedded SQLite store instead of OpenSearch")
    parser.add_argument("--paced-rate", type=float, default=50.0)
    parser.add_argument("--paced-seconds", type=float, default=60.0)
    parser.add_argument("--compression", default="none", choices=("none", "gzip"),
                        help="MONITOR_KAFKA_COMPRESSION of producers and workers")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",") if n]

    articles = synthetic(args.articles)
    paced = synthetic(int(args.paced_rate * args.paced_seconds))
    with tempfile.TemporaryDirectory(prefix="bench-stream-") as tmp:
        work = Path(tmp)
        kafka_settings = SimpleNamespace(data_dir=work / "kafka", kafka=None)
        search_settings = None
        print(f"starting Apache Kafka ({'SQLite' if args.sqlite else 'OpenSearch'} store), "
              f"{args.articles} articles, {PARTITIONS} partitions, load {os.getloadavg()[0]:.1f}", flush=True)
        env = kafka_launcher.start(kafka_settings, port=kafka_launcher.free_port(), partitions=PARTITIONS)
        jvms = {"kafka": int((work / "kafka" / "kafka" / "broker.pid").read_text().strip())}
        search_url = None
        try:
            if not args.sqlite:
                from monitor.dev import opensearch

                search_settings = SimpleNamespace(data_dir=work / "search", search_port=opensearch.free_port())
                search_url = opensearch.start(search_settings)["MONITOR_SEARCH_URL"]
                jvms["opensearch"] = next(json.loads(p.read_text())["pid"]
                                          for p in (work / "search").rglob("node.json"))
            runs = {f"workers_{n}": run(env["MONITOR_KAFKA"], articles, n, work, search_url, None, jvms,
                                        args.compression) for n in counts if articles}
            workers = counts[-1]
            runs[f"paced_workers_{workers}"] = run(env["MONITOR_KAFKA"], paced, workers, work, search_url,
                                                   args.paced_rate, jvms, args.compression)
        finally:
            kafka_launcher.stop(kafka_settings)
            if search_settings is not None:
                from monitor.dev import opensearch

                opensearch.stop(search_settings)
    burst, live = runs.get(f"workers_{workers}", {}), runs[f"paced_workers_{workers}"]
    summary = {
        "benchmark": "stream",
        "store": "sqlite" if args.sqlite else "opensearch",
        "workers": workers,
        "articles": args.articles,
        "articles_per_s": burst.get("articles_per_s"),
        "latency_p99_ms": burst.get("latency_p99_ms"),
        "paced_rate": args.paced_rate,
        "paced_articles": len(paced),
        "paced_p50_ms": live["latency_p50_ms"],
        "paced_p99_ms": live["latency_p99_ms"],
        "cpu_ms_per_article": burst.get("cpu_ms_per_article", live["cpu_ms_per_article"]),
        "compression": args.compression,
        "partitions": PARTITIONS,
        "cpus": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "runs": runs,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
