"""A real Apache Kafka broker for the whole session, and helpers to run ``monitor worker`` processes.

The broker is started by ``monitor.dev.kafka`` (the same launcher as ``monitor dev up kafka``) on a free
port with its own data dir, so a developer's broker on 9092 is never touched. Topic names are part of the
contract (``news.raw``...), so each test starts from empty topics: the ``pipeline`` fixture deletes and
re-creates them and the worker group's offsets.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from monitor import bus
from monitor.dev import kafka as kafka_launcher

pytestmark = pytest.mark.integration

PARTITIONS = 4
# How long a test waits for the workers to drain the topics before failing with a diagnosis (not a speed
# assertion: on an idle machine this takes seconds).
DRAIN_TIMEOUT_S = 240.0


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``127.0.0.1:PORT`` of a running single-node KRaft Apache Kafka 4.x broker."""
    settings = SimpleNamespace(data_dir=tmp_path_factory.mktemp("kafka-data"), kafka=None)
    env = kafka_launcher.start(settings, port=kafka_launcher.free_port(), partitions=PARTITIONS)
    try:
        yield env["MONITOR_KAFKA"]
    finally:
        kafka_launcher.stop(settings)
        assert not kafka_launcher.is_running(settings)


@pytest.fixture(scope="session")
def kafka_search_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real OpenSearch node for the stream tests' store (the launcher of ``monitor dev up search``)."""
    from monitor.dev import opensearch

    settings = SimpleNamespace(data_dir=tmp_path_factory.mktemp("kafka-search-data"),
                               search_port=opensearch.free_port())
    env = opensearch.start(settings)
    try:
        yield env["MONITOR_SEARCH_URL"]
    finally:
        opensearch.stop(settings)


def reset_topics(bootstrap: str) -> None:
    """Empty topics and no committed offsets: each test starts from a clean broker state."""
    bus.recreate_topics(bootstrap, PARTITIONS)


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    log: Path

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=30)
        return self.proc.returncode


@dataclass
class Pipeline:
    """One test's distributed runtime: empty topics, its own data dir (SQLite or OpenSearch store)."""

    bootstrap: str
    data_dir: Path
    search_url: str | None = None
    workers: list[Worker] = field(default_factory=list)
    env_extra: dict[str, str] = field(default_factory=dict)

    @property
    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(MONITOR_KAFKA=self.bootstrap, MONITOR_DATA_DIR=str(self.data_dir),
                   MONITOR_PARTITIONS=str(PARTITIONS), MONITOR_WORKER_STATS=str(self.stats_path),
                   PYTHONUNBUFFERED="1")
        env.pop("MONITOR_SEARCH_URL", None)
        if self.search_url:
            env["MONITOR_SEARCH_URL"] = self.search_url
        env.update(self.env_extra)
        return env

    @property
    def stats_path(self) -> Path:
        return self.data_dir / "worker-stats.jsonl"

    def settings(self) -> Any:
        from monitor.settings import Settings

        return Settings(data_dir=self.data_dir, kafka=self.bootstrap, search_url=self.search_url,
                        partitions=PARTITIONS)

    def start_worker(self) -> Worker:
        n = len(self.workers)
        log = self.data_dir / f"worker-{n}.log"
        out = open(log, "wb")  # noqa: SIM115 - the child owns it
        proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", "worker"], env=self.env,
                                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        out.close()
        worker = Worker(proc, log)
        self.workers.append(worker)
        return worker

    def monitor(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run([sys.executable, "-m", "monitor.cli", *args], env=self.env, capture_output=True,
                              text=True, timeout=600)
        if check:
            assert proc.returncode == 0, f"monitor {' '.join(args)} failed:\n{proc.stdout}\n{proc.stderr}"
        return proc

    def wait_until(self, what: str, done: Callable[[], bool], timeout: float = DRAIN_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            for w in self.workers:
                if w.proc.poll() is not None and w.proc.returncode not in (0, -signal.SIGKILL, -signal.SIGTERM):
                    pytest.fail(f"a worker exited with {w.proc.returncode} while waiting for {what}:\n"
                                + w.log_text()[-4000:])
            if time.monotonic() > deadline:
                logs = "\n---\n".join(w.log_text()[-3000:] for w in self.workers)
                report = bus.lag_report(self.bootstrap)
                pytest.fail(f"timed out waiting for {what}; lag report {report}\nworker logs:\n{logs}")
            time.sleep(0.5)

    def drained(self, topics: tuple[str, ...] = (bus.RAW, bus.ALERTS)) -> bool:
        """True when the worker group committed everything on ``topics`` (the sinks acknowledged it)."""
        report = bus.lag_report(self.bootstrap)
        for topic in topics:
            info = report["topics"].get(topic)
            if info is None:
                return False
            if info["messages"] and info["lag"] != 0:
                return False
        return True

    def wait_drained(self) -> None:
        self.wait_until("the workers to process every message", self.drained)

    def stop_all(self) -> None:
        for w in self.workers:
            w.stop()


@pytest.fixture
def pipeline(kafka_bootstrap: str, tmp_path: Path) -> Iterator[Pipeline]:
    """Empty topics, a fresh data dir, the embedded SQLite store."""
    reset_topics(kafka_bootstrap)
    p = Pipeline(kafka_bootstrap, tmp_path)
    try:
        yield p
    finally:
        p.stop_all()


@pytest.fixture
def search_pipeline(kafka_bootstrap: str, kafka_search_url: str, tmp_path: Path) -> Iterator[Pipeline]:
    """Like ``pipeline``, with the OpenSearch node as the store and the shared alert registry (Kafka and the
    engine), both emptied first: the article indices, the firings and deliveries, the alert definitions."""
    from monitor.alerts.registry import open_registry
    from monitor.store.engine import EngineStore

    store = EngineStore(kafka_search_url)
    store.drop_all()
    store.close()
    reset_topics(kafka_bootstrap)
    p = Pipeline(kafka_bootstrap, tmp_path, search_url=kafka_search_url)
    registry = open_registry(p.settings())
    registry.drop_all()  # type: ignore[attr-defined]  # the shared registry's reset (tests only)
    registry.close()
    try:
        yield p
    finally:
        p.stop_all()
