"""docker-compose.yml runs the distributed stack with the launcher's broker settings, health checks and
restart policies (validated with the installed Compose tool; no Docker daemon needed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[3]
TEMPLATE = ROOT / "deploy" / "kafka" / "server.properties.template"

# Broker settings that must be the same for `monitor dev up kafka` and the compose stack.
SHARED = (
    "process.roles", "auto.create.topics.enable", "offsets.topic.replication.factor",
    "transaction.state.log.replication.factor", "transaction.state.log.min.isr", "default.replication.factor",
    "min.insync.replicas", "group.initial.rebalance.delay.ms", "log.retention.hours",
)


def compose_config() -> dict:
    docker = shutil.which("docker")
    command = None
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        command = [docker, "compose"]
    elif shutil.which("docker-compose"):
        command = [shutil.which("docker-compose")]
    if command is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose)")
    proc = subprocess.run([*command, "-f", str(ROOT / "docker-compose.yml"), "config"], capture_output=True,
                          text=True, timeout=120, env={"PATH": "/usr/local/bin:/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    return yaml.safe_load(proc.stdout)


def template_settings() -> dict[str, str]:
    out = {}
    for line in TEMPLATE.read_text().splitlines():
        if line.strip() and not line.startswith("#") and "=" in line:
            key, _, value = line.partition("=")
            out[key.strip()] = value.strip()
    return out


def test_stack_services_have_health_checks_restart_policies_and_loopback_ports() -> None:
    services = compose_config()["services"]
    for name in ("kafka", "worker", "crawler", "api"):
        service = services[name]
        assert service["healthcheck"]["test"], name
        assert service["restart"] == "unless-stopped", name
        for port in service.get("ports", []):
            host_ip = port.get("host_ip") if isinstance(port, dict) else str(port)
            assert str(host_ip).startswith("127.0.0.1"), (name, port)
    assert services["worker"]["command"] == ["worker"]
    assert services["worker"]["environment"]["MONITOR_KAFKA"] == "kafka:19092"
    assert services["worker"]["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_compose_broker_uses_the_launchers_settings() -> None:
    env = compose_config()["services"]["kafka"]["environment"]
    template = template_settings()
    for key in SHARED:
        compose_value = str(env["KAFKA_" + key.upper().replace(".", "_")])
        assert compose_value == template[key], key
    assert env["KAFKA_HEAP_OPTS"] == "-Xms512m -Xmx512m"
