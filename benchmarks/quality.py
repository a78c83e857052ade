"""Quality of relevance and in-scope country detection on the development set.

Reads ``tests/data/relevance_dev.jsonl`` (short texts we wrote in ar, fa, kk, ru, en with the expected
decision and in-scope countries), runs :func:`monitor.relevance.assess`, prints precision/recall/F1 overall
and per language, the misclassified items with their reasons (``--errors``), and as the last line one JSON
object with all figures.

Run: ``python benchmarks/quality.py [--errors] [PATH]``
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from monitor.relevance import assess

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "data" / "relevance_dev.jsonl"


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str]) -> dict:
    show_errors = "--errors" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else DEFAULT
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rel = defaultdict(lambda: [0, 0, 0])  # lang -> tp, fp, fn
    ctry = defaultdict(lambda: [0, 0, 0])
    errors = []
    assess("warm-up", None)
    t0 = time.perf_counter()
    for it in items:
        r = assess(it["text"], it["lang"])
        for key in (it["lang"], "all"):
            if r.relevant and it["relevant"]:
                rel[key][0] += 1
            elif r.relevant:
                rel[key][1] += 1
            elif it["relevant"]:
                rel[key][2] += 1
            got, want = set(r.in_scope), set(it["countries"])
            ctry[key][0] += len(got & want)
            ctry[key][1] += len(got - want)
            ctry[key][2] += len(want - got)
        if r.relevant != it["relevant"] or set(r.in_scope) != set(it["countries"]):
            errors.append((it, r))
    elapsed = time.perf_counter() - t0
    figures = {
        "items": len(items),
        "relevance": {k: prf(*v) for k, v in sorted(rel.items())},
        "countries": {k: prf(*v) for k, v in sorted(ctry.items())},
        "errors": len(errors),
        "ms_per_item": round(1000 * elapsed / max(1, len(items)), 3),
    }
    for key in sorted(rel):
        r, c = figures["relevance"][key], figures["countries"][key]
        print(f"{key:>4}  relevance P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f}   "
              f"countries P={c['precision']:.3f} R={c['recall']:.3f} F1={c['f1']:.3f}")
    print(f"{len(errors)} items with a wrong decision or country set")
    if show_errors:
        for it, r in errors:
            print(f"- {it['id']} want relevant={it['relevant']} {it['countries']} got {r.relevant} "
                  f"{r.score:.2f} {r.in_scope} | {it['text'][:70]!r}\n    {r.reasons}")
    print(json.dumps(figures))
    return figures


if __name__ == "__main__":
    main(sys.argv[1:])
