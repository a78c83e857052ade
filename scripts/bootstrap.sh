#!/usr/bin/env bash
# Installs what the project needs on a fresh machine: a virtualenv with the package and its dev tools, and
# (as root on Debian) the system packages the integration and browser tests use. Idempotent and quick when
# everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# Re-install only when the dependency list changed.
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  rm -f .venv/.installed-* && touch "$stamp"
fi

if [ "${1:-}" = "--python-only" ]; then
  exit 0
fi

# System packages: a JDK and Maven for the local Kafka broker and OpenSearch node (jars come from Maven
# Central through deploy/*/pom.xml), Chromium for the browser test.
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
# deploy/opensearch/Launcher.java runs as a single-file source program: that needs the JDK's compiler.
command -v javac >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
# `docker compose config` validates docker-compose.yml in the tests; Debian ships Compose as docker-compose.
command -v docker-compose >/dev/null 2>&1 || docker compose version >/dev/null 2>&1 || need+=(docker-compose)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "note: please install ${need[*]} (needed by the integration/browser tests)" >&2
  fi
fi
