"""The kinds of error held-out batch 8 showed after its first run, each in every language where it occurs.

The texts (tests/data/relevance_batch8_kinds.yaml) were written here, in new wording, for the kinds, not the
instances: a frame word counts only in the language where it has the frame's sense — Persian استاد is a lecturer
and بورسیه a scholarship, Arabic استاد a stadium, Persian بورس تهران the stock exchange (senses). An embassy's
consular section issuing passports or ID cards serves its own citizens: one state's business, unless the host's
official takes part (consular). An employer's labour relations and an office one need not visit are no state's
relations or visit: one state's online service for foreign workers is domestic (service). A road or a pipeline "in
the direction of" a neighbour's border, inspected by a minister at home, names where it leads (inspection); a
headline about a minister inspecting a site at home makes "the two countries" in a later sentence background,
unless the lead reports a contact (site). An envoy
who only watches a match or attends a celebration, no host official acting with him, is a spectator (spectator).
Aid handed over by one state's officials to another's is a contact, whatever disaster it is for (handover).
Each negative sub-kind keeps a relevant pair, so a rule cannot pass by switching relevance off.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.relevance import assess

ROOT = Path(__file__).resolve().parents[2]
CASES = yaml.safe_load((ROOT / "tests/data/relevance_batch8_kinds.yaml").read_text(encoding="utf-8"))["cases"]
ALL = {"ar", "fa", "kk", "ru", "en"}
# The languages where each sub-kind occurs: a word's two senses live in the two languages that share its spelling.
SUB_LANGS = {"senses": {"ar", "fa"}, "consular": ALL, "service": ALL, "inspection": ALL, "spectator": ALL,
             "handover": ALL, "site": ALL}


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_batch8_kind(case: dict) -> None:
    r = assess(case["text"], case["lang"])
    assert r.relevant == case["relevant"], r.reasons
    if case["relevant"]:
        assert sorted(r.in_scope) == sorted(case["countries"]), r.reasons
    for country in case["absent"]:
        assert country not in r.countries, (country, r.reasons)


def test_every_sub_kind_in_every_language_where_it_occurs_and_with_pairs() -> None:
    langs: dict[str, set[str]] = {}
    for c in CASES:
        langs.setdefault(c["sub"], set()).add(c["lang"])
    assert set(langs) == set(SUB_LANGS)
    for sub, seen in langs.items():
        assert seen == SUB_LANGS[sub], sub
        assert any(c["sub"] == sub and c["relevant"] for c in CASES), sub
        assert any(c["sub"] == sub and not c["relevant"] for c in CASES), sub
