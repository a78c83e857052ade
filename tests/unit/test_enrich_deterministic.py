"""Enrichment is a function of the article alone: two processes give the same output, reasons included.

Python salts string hashing per process, so anything that iterates a set of strings to pick what a reason
names (or which hit wins) would differ from one worker to the next: the same article would be explained
one way on one host and another way on the next, and a replayed article would not compare equal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"

_SCRIPT = """
import json, sys, yaml
from monitor.enrich import enrich
from monitor.model import Article
cases = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))["cases"]
out = [enrich(Article(id=c["id"], text=c["text"])).model_dump(mode="json") for c in cases]
print(json.dumps(out, ensure_ascii=False, sort_keys=True))
"""


def _enrich_in_process(seed: str, path: Path) -> list[dict]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SCRIPT, str(path)], env=env, capture_output=True, text=True,
                          check=True, timeout=300)
    return json.loads(done.stdout)


def test_two_processes_with_different_string_hashing_enrich_alike() -> None:
    path = DATA / "relevance_kinds.yaml"
    first, second = _enrich_in_process("1", path), _enrich_in_process("2", path)
    assert len(first) == len(second) > 50
    differing = [a["id"] for a, b in zip(first, second, strict=True) if a != b]
    assert differing == []
