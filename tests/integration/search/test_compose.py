"""docker-compose.yml is valid for the Compose tool installed here (``docker compose`` v2 or Debian's
``docker-compose`` 1.29) and declares both search engines with health checks, loopback-only ports."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

COMPOSE_FILE = Path(__file__).resolve().parents[3] / "docker-compose.yml"


def _compose_command() -> list[str] | None:
    docker = shutil.which("docker")
    if docker:
        probe = subprocess.run([docker, "compose", "version"], capture_output=True, text=True, timeout=60)
        if probe.returncode == 0:
            return [docker, "compose"]
    legacy = shutil.which("docker-compose")
    return [legacy] if legacy else None


def _config(*extra: str) -> dict:
    command = _compose_command()
    if command is None:
        pytest.skip("neither `docker compose` nor `docker-compose` is installed (apt-get install docker-compose)")
    proc = subprocess.run(
        [*command, "-f", str(COMPOSE_FILE), *extra, "config"],
        capture_output=True, text=True, timeout=120, env={"PATH": "/usr/local/bin:/usr/bin:/bin"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return yaml.safe_load(proc.stdout)


def test_compose_file_is_valid_and_declares_the_search_engines() -> None:
    config = _config("--profile", "opensearch")
    services = config["services"]
    for name in ("elasticsearch", "opensearch"):
        service = services[name]
        assert "healthcheck" in service and service["healthcheck"]["test"], name
        assert "_cluster/health" in " ".join(service["healthcheck"]["test"]), name
        published = [str(p.get("host_ip", "")) if isinstance(p, dict) else str(p) for p in service["ports"]]
        assert all(p.startswith("127.0.0.1") for p in published), (name, published)
    assert services["opensearch"]["profiles"] == ["opensearch"]
    assert "profiles" not in services["elasticsearch"]  # the default engine
    es_env = services["elasticsearch"]["environment"]
    assert es_env["discovery.type"] == "single-node"
    assert es_env["xpack.security.enabled"] == "true"
    assert es_env["ELASTIC_PASSWORD"] == "changeme"  # the documented laptop default when unset
