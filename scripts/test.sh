#!/usr/bin/env bash
# The whole test suite: lint, unit tests, and integration tests against a real Apache Kafka broker and a
# real OpenSearch node that the tests start from deploy/ and stop again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
. .venv/bin/activate
ruff check .
pytest -q -p no:cacheprovider "$@"
