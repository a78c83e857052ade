"""Producers: ``monitor replay`` with MONITOR_KAFKA writes keyed, versioned JSON to ``news.raw``; ``--rate``
paces it; an unreachable broker gives one clear error instead of a hang or a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from monitor import bus
from monitor.replay import article_from_text

from .conftest import Pipeline
from .test_stream_pipeline import SEEDS, read_topic

pytestmark = pytest.mark.integration


def test_replay_writes_keyed_versioned_articles_at_the_requested_rate(pipeline: Pipeline) -> None:
    rate = 4.0
    out = pipeline.monitor("replay", "--rate", str(rate), str(SEEDS))
    assert "sent to Kafka 5" in out.stdout
    messages = read_topic(pipeline.bootstrap, bus.RAW)
    seeds = {a.id: a for a in (article_from_text(p.read_text(encoding="utf-8")) for p in SEEDS.glob("*.txt"))}
    assert {k.decode() for k, _ in messages} == set(seeds)
    values = [json.loads(v) for _, v in messages]
    for v in values:
        assert v["v"] == bus.SCHEMA_VERSION and v["stage"] == "raw"
        assert v["title"] == seeds[v["id"]].title
    # paced: five articles at 4 per second cannot all be produced within one second (a lower bound only)
    stamps = sorted(v["produced_ms"] for v in values)
    assert stamps[-1] - stamps[0] >= (len(stamps) - 1) / rate * 1000 * 0.9


def test_unreachable_broker_is_a_clear_error(tmp_path: Path) -> None:
    env = {"MONITOR_KAFKA": "127.0.0.1:1", "MONITOR_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run([sys.executable, "-m", "monitor.cli", "replay", str(SEEDS)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode != 0
    assert "127.0.0.1:1 is unreachable" in proc.stderr.replace("\n", " ")
    assert "Traceback" not in proc.stderr
