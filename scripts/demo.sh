#!/usr/bin/env bash
# The main job on a fresh machine, no servers: add an alert, replay the seed articles through the embedded
# pipeline, search in three scripts, and show the alerts that fired.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh --python-only
. .venv/bin/activate
export MONITOR_DATA_DIR=${MONITOR_DATA_DIR:-$PWD/.data/demo}
set -x
monitor alerts add kazakhstan-envoys 'ambassador AND country:Kazakhstan'
monitor replay seeds/
monitor search Kazakhstan
monitor search قزاقستان --limit 3
monitor search 'country:Azerbaijan OR country:Kyrgyzstan'
monitor alerts tail
