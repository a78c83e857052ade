"""The kinds of error real copy showed, each in every language where it occurs (issue 10).

The texts (tests/data/relevance_kinds.yaml) were written here before the rules they test: an ethnic group
or a background list is not the state (1), sport and leisure are not diplomacy (2), spellings and
inflections nobody listed (3), domestic news in the words of diplomacy (4), countries from common words and
personal names (6). Each kind has a positive "pair" that must stay relevant, so a rule cannot pass by
switching relevance off.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from monitor.entities import tag_entities
from monitor.relevance import assess

ROOT = Path(__file__).resolve().parents[2]
KINDS = yaml.safe_load((ROOT / "tests/data/relevance_kinds.yaml").read_text(encoding="utf-8"))["cases"]
# written after the rules were tuned on tests/data/real, run once complete (first run: 26/26 decisions right,
# two country tags wrong on negatives): kept as a regression check
HOLDOUT = yaml.safe_load((ROOT / "tests/data/relevance_holdout.yaml").read_text(encoding="utf-8"))["cases"]
# the background readings held-out batch 2 showed (a route, a format, "and other countries", a littoral
# list, consular advice to a state's own citizens), each with a relevant pair; written before first run
BACKGROUND = yaml.safe_load((ROOT / "tests/data/relevance_background.yaml").read_text(encoding="utf-8"))["cases"]
# the kinds held-out batch 3 showed (consular stories, formats named after a capital, public relations, earlier
# events, the home state's unnamed office, the Persian ethnonym قزاق, kashida routes, tourism as a field), each
# with a relevant pair
BATCH3 = yaml.safe_load((ROOT / "tests/data/relevance_batch3_kinds.yaml").read_text(encoding="utf-8"))["cases"]
# the kinds held-out batch 4 showed after its first run (a list of people's countries of origin, a parliament's
# question about kin abroad answered at home, an ethnocultural centre named by a people's adjective), each with
# relevant pairs
BATCH4 = yaml.safe_load((ROOT / "tests/data/relevance_batch4_kinds.yaml").read_text(encoding="utf-8"))["cases"]
# the kinds held-out batch 5 showed after its first run (a head of state receiving his own minister, domestic news
# of a foreign state in Persian copy, a culture event with its participants' countries of origin), each with
# relevant pairs
BATCH5 = yaml.safe_load((ROOT / "tests/data/relevance_batch5_kinds.yaml").read_text(encoding="utf-8"))["cases"]
CASES = KINDS + HOLDOUT + BACKGROUND + BATCH3 + BATCH4 + BATCH5


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_kind(case: dict) -> None:
    r = assess(case["text"], case["lang"])
    assert r.relevant == case["relevant"], r.reasons
    if case["relevant"]:
        assert sorted(r.in_scope) == sorted(case["countries"]), r.reasons
    else:
        assert r.reasons[0].startswith(("score", "no in-scope country")), r.reasons
    for country in case["absent"]:
        assert country not in r.countries, (country, r.reasons)
    if case["kind"] == 6:  # a common word or a personal name is no country anywhere: not in facets either
        tagged = {e.canonical for e in tag_entities(case["text"], case["lang"]) if e.type == "country"}
        assert not tagged & set(case["absent"]), tagged


def test_every_kind_is_tested_in_every_language_where_it_occurs() -> None:
    seen = {(c["kind"], c["lang"]) for c in KINDS}
    for kind in (1, 2, 3, 4):
        assert {lang for k, lang in seen if k == kind} == {"ar", "fa", "kk", "ru", "en"}, kind
    assert {lang for k, lang in seen if k == 6} == {"ar", "fa", "kk", "ru", "en"}
    for kind in (1, 2, 4):  # each negative kind keeps a relevant pair
        assert any(c["kind"] == kind and c["relevant"] for c in KINDS), kind
    for sub in {c["sub"] for c in BACKGROUND} - {"examples", "members"}:
        assert any(c["sub"] == sub and c["relevant"] for c in BACKGROUND), sub


def test_batch3_kinds_in_every_language_where_they_occur() -> None:
    langs: dict[str, set[str]] = {}
    for c in BATCH3:
        langs.setdefault(c["sub"], set()).add(c["lang"])
    for sub in ("consular", "pr", "background"):
        assert langs[sub] == {"ar", "fa", "kk", "ru", "en"}, sub
    for sub in {c["sub"] for c in BATCH3} - {"background"}:  # each negative sub-kind keeps a relevant pair
        assert any(c["sub"] == sub and c["relevant"] for c in BATCH3), sub


def test_batch4_and_batch5_kinds_keep_relevant_pairs() -> None:
    for sub in {c["sub"] for c in BATCH4 + BATCH5}:
        assert any(c["sub"] == sub and c["relevant"] for c in BATCH4 + BATCH5), sub
        assert any(c["sub"] == sub and not c["relevant"] for c in BATCH4 + BATCH5), sub
