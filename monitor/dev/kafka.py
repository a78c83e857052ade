"""Local Apache Kafka broker for development and tests (``monitor dev up kafka``).

The broker is the real Apache Kafka (``org.apache.kafka:kafka_2.13`` 4.x) fetched from Maven Central by
``deploy/kafka/pom.xml`` into ``deploy/kafka/lib`` the first time it is needed, so a fresh machine and CI
need only ``java`` and ``mvn``. It runs as one KRaft process that is both broker and controller, on
127.0.0.1, with a 512 MB heap, its storage and logs under ``<data_dir>/kafka``.

The module keeps its state in files (pid, ports) next to the storage so that ``monitor dev down`` from
another shell can stop what ``monitor dev up`` started, and a broker left over by a crashed session is
found and stopped at the next start.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import string
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEPLOY_DIR = Path(__file__).resolve().parents[2] / "deploy" / "kafka"
LIB_DIR = DEPLOY_DIR / "lib"
DEFAULT_PORT = 9092
HEAP = "-Xms512m -Xmx512m"
START_TIMEOUT_S = 120.0
STOP_TIMEOUT_S = 45.0


class KafkaLauncherError(RuntimeError):
    """The local broker could not be fetched, formatted or started; the message says why."""


@dataclass(frozen=True)
class Layout:
    """Where one local broker keeps its files (all under ``<data_dir>/kafka``)."""

    root: Path

    @property
    def storage(self) -> Path:
        return self.root / "kraft-logs"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def config(self) -> Path:
        return self.root / "server.properties"

    @property
    def pidfile(self) -> Path:
        return self.root / "broker.pid"

    @property
    def state(self) -> Path:
        return self.root / "state.json"

    @property
    def console(self) -> Path:
        return self.logs / "console.log"


# --------------------------------------------------------------------------- settings


def _data_dir(settings: Any) -> Path:
    value = getattr(settings, "data_dir", None) or os.environ.get("MONITOR_DATA_DIR") or ".data"
    return Path(value).expanduser().resolve()


def layout_for(settings: Any) -> Layout:
    return Layout(_data_dir(settings) / "kafka")


def _requested_port(settings: Any) -> int:
    """The port asked for: ``MONITOR_KAFKA=127.0.0.1:PORT`` (a local address) or the Kafka default."""
    bootstrap = getattr(settings, "kafka", None) or ""
    first = str(bootstrap).split(",")[0].strip()
    if first.rpartition(":")[0] in ("127.0.0.1", "localhost"):
        with contextlib.suppress(ValueError):
            return int(first.rpartition(":")[2])
    return DEFAULT_PORT


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (for tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --------------------------------------------------------------------------- jars


def _java() -> str:
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").exists():
        return str(Path(home) / "bin" / "java")
    java = shutil.which("java")
    if not java:
        raise KafkaLauncherError("java not found: install a JDK 17+ (Debian: apt-get install -y default-jdk)")
    return java


def jars_present(lib: Path = LIB_DIR) -> bool:
    return any(lib.glob("kafka_2.13-*.jar")) and any(lib.glob("kafka-tools-*.jar"))


def ensure_jars(lib: Path = LIB_DIR) -> Path:
    """Fetch the broker jars with Maven when they are missing; safe when several processes race."""
    if jars_present(lib):
        return lib
    mvn = shutil.which("mvn")
    if not mvn:
        raise KafkaLauncherError(
            f"the Kafka jars are missing in {lib} and mvn is not installed (Debian: apt-get install -y maven)"
        )
    run = lib.parent / "run"  # git-ignored, like lib/
    run.mkdir(parents=True, exist_ok=True)
    with open(run / ".fetch.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if jars_present(lib):
            return lib
        tmp = run / "lib.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        cmd = [mvn, "-q", "-B", "-f", str(DEPLOY_DIR / "pom.xml"), "dependency:copy-dependencies",
               f"-DoutputDirectory={tmp}", "-DincludeScope=runtime"]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not jars_present(tmp):
            raise KafkaLauncherError(
                "fetching the Kafka jars from Maven Central failed:\n" + (proc.stdout + proc.stderr)[-4000:]
            )
        shutil.rmtree(lib, ignore_errors=True)
        tmp.rename(lib)
    return lib


def java_command(main_class: str, *args: str, heap: str = HEAP, lib: Path = LIB_DIR,
                 logs_dir: Path | None = None) -> list[str]:
    """``java -cp 'lib/*' MAIN ARGS`` with the project's logging config (also used for the console tools)."""
    cmd = [_java(), *heap.split(), "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true",
           f"-Dlog4j2.configurationFile={DEPLOY_DIR / 'log4j2.properties'}"]
    if logs_dir is None:  # the console tools: their log file goes to the git-ignored run dir
        logs_dir = DEPLOY_DIR / "run" / "logs"
    cmd.append(f"-Dkafka.logs.dir={logs_dir}")
    cmd += ["-cp", str(lib / "*"), main_class, *args]
    return cmd


# --------------------------------------------------------------------------- process state


def _read_state(layout: Layout) -> dict[str, Any]:
    try:
        return json.loads(layout.state.read_text())
    except (OSError, ValueError):
        return {}


def _pid(layout: Layout) -> int | None:
    try:
        pid = int(layout.pidfile.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _is_our_broker(pid, layout) else None


def _is_our_broker(pid: int, layout: Layout) -> bool:
    """True when ``pid`` is alive and is the broker of this data dir (not a recycled pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"kafka.Kafka" in cmdline and str(layout.config).encode() in cmdline


def _accepts(port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def _metadata_ok(bootstrap: str) -> bool:
    """A real metadata request: the broker answers and has registered itself with the controller."""
    from kafka import KafkaAdminClient  # imported late: the launcher's other parts need no client
    from kafka.errors import KafkaError

    try:
        admin = KafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000,
                                 bootstrap_timeout_ms=5000)
    except (KafkaError, OSError, ValueError):
        return False
    try:
        cluster = admin.describe_cluster()
        admin.list_topics()
        return bool(cluster.get("brokers"))
    except (KafkaError, OSError, ValueError):
        return False
    finally:
        admin.close()


def is_running(settings: Any) -> bool:
    layout = layout_for(settings)
    pid = _pid(layout)
    port = _read_state(layout).get("port")
    return pid is not None and port is not None and _accepts(int(port))


def _cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding (as ``random-uuid`` prints).

    One id in 64 starts with ``-``; it is passed as ``--cluster-id=<id>`` so the tool does not read it as an option.
    """
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")


def _write_config(layout: Layout, port: int, controller_port: int, partitions: int) -> None:
    template = string.Template((DEPLOY_DIR / "server.properties.template").read_text())
    layout.config.write_text(template.substitute(
        port=port, controller_port=controller_port, log_dirs=layout.storage, partitions=partitions,
    ))


def _format_storage(layout: Layout, state: dict[str, Any]) -> None:
    if (layout.storage / "meta.properties").exists():
        return
    layout.storage.mkdir(parents=True, exist_ok=True)
    cmd = java_command("kafka.tools.StorageTool", "format", "--standalone", "--ignore-formatted",
                       f"--cluster-id={state['cluster_id']}", "-c", str(layout.config),
                       heap="-Xms64m -Xmx256m", logs_dir=layout.logs)
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        output = (proc.stdout + proc.stderr)[-4000:]
        raise KafkaLauncherError("formatting the KRaft storage failed:\n" + output)


def _kill(pid: int, timeout: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM (a clean controlled shutdown), then SIGKILL if the broker does not exit in time."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists() or _is_zombie(pid):
            _reap(pid)
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _reap(pid)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


# --------------------------------------------------------------------------- public interface


def start(settings: Any, port: int | None = None, partitions: int = 3,
          timeout: float = START_TIMEOUT_S) -> dict[str, str]:
    """Start the local broker (or find it running) and return ``{"MONITOR_KAFKA": "127.0.0.1:PORT"}``.

    Idempotent: a healthy broker of this data dir is reused. A leftover process that does not answer
    (a crashed session) is killed first. Storage is formatted once per data dir; the controller port is
    kept across restarts because a standalone KRaft quorum records its voter's endpoint at format time.
    """
    layout = layout_for(settings)
    layout.root.mkdir(parents=True, exist_ok=True)
    layout.logs.mkdir(parents=True, exist_ok=True)
    with open(layout.root / ".launcher.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        state = _read_state(layout)
        pid = _pid(layout)
        if pid is not None and state.get("port") and _metadata_ok(f"127.0.0.1:{state['port']}"):
            if port is None or port == state["port"]:
                return {"MONITOR_KAFKA": f"127.0.0.1:{state['port']}"}
        if pid is not None:
            _kill(pid)
        layout.pidfile.unlink(missing_ok=True)

        ensure_jars()
        port = port or state.get("port") or _requested_port(settings)
        controller_port = state.get("controller_port") or free_port()
        if controller_port == port:
            controller_port = free_port()
        if _accepts(port):
            raise KafkaLauncherError(f"port {port} on 127.0.0.1 is already in use by another program")
        state.update(port=port, controller_port=controller_port,
                     cluster_id=state.get("cluster_id") or _cluster_id(), partitions=partitions)
        layout.state.write_text(json.dumps(state))
        _write_config(layout, port, controller_port, partitions)
        _format_storage(layout, state)

        with open(layout.console, "ab") as out:
            proc = subprocess.Popen(
                java_command("kafka.Kafka", str(layout.config), logs_dir=layout.logs),
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                start_new_session=True, cwd=layout.root,
            )
        layout.pidfile.write_text(str(proc.pid))
        bootstrap = f"127.0.0.1:{port}"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise KafkaLauncherError(
                    f"the broker exited with code {proc.returncode}; see {layout.console}:\n"
                    + _tail(layout.console)
                )
            if _accepts(port) and _metadata_ok(bootstrap):
                return {"MONITOR_KAFKA": bootstrap}
            time.sleep(0.5)
        _kill(proc.pid)
        raise KafkaLauncherError(f"the broker did not become ready in {timeout:.0f} s; "
                                 f"see {layout.console}:\n" + _tail(layout.console))


def stop(settings: Any) -> None:
    """Stop the local broker of this data dir, if any (its data stays for the next start)."""
    layout = layout_for(settings)
    pid = _pid(layout)
    if pid is not None:
        _kill(pid)
    layout.pidfile.unlink(missing_ok=True)


def _tail(path: Path, n: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-n:])
    except OSError:
        return ""


def console_consume(bootstrap: str, topic: str, max_messages: int, timeout_ms: int = 30_000) -> list[str]:
    """Read ``topic`` from the beginning with Apache Kafka's own console consumer (a client outside the
    project: no Python, no kafka-python), one value per returned line."""
    ensure_jars()
    cmd = java_command("org.apache.kafka.tools.consumer.ConsoleConsumer", "--bootstrap-server", bootstrap,
                       "--topic", topic, "--from-beginning", "--max-messages", str(max_messages),
                       "--timeout-ms", str(timeout_ms), heap="-Xms64m -Xmx256m")
    proc = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8", check=False,
                          timeout=timeout_ms / 1000 + 60)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    if proc.returncode != 0 and not lines:
        raise KafkaLauncherError(f"console consumer failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return lines
