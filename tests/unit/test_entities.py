"""Entity tagging: gazetteer entities with offsets and QIDs, merged with pattern-found people."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.entities import _merge, tag_entities
from monitor.model import Entity

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_entities_slice_to_their_text(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    ents = tag_entities(text, None)
    assert ents
    for e in ents:
        assert text[e.start : e.end] == e.text
        assert e.type in {"country", "place", "organization", "person"}
    assert [(e.start, e.end) for e in ents] == sorted((e.start, e.end) for e in ents)


def test_gazetteer_entities_have_canonical_names_and_qids() -> None:
    text = "Қазақстан елшісі Астанада ШЫҰ өкілдерімен және Тоқаевпен кездесті."
    ents = tag_entities(text, "kk")
    by_type = {(e.type, e.canonical) for e in ents}
    assert ("country", "Kazakhstan") in by_type
    assert ("place", "Astana") in by_type
    assert ("organization", "Shanghai Cooperation Organisation") in by_type
    assert ("person", "Kassym-Jomart Tokayev") in by_type
    kz = next(e for e in ents if e.canonical == "Kazakhstan")
    assert kz.qid == "Q232"
    tokayev = next(e for e in ents if e.type == "person")
    assert tokayev.role == "president"


def test_merge_leader_and_pattern_person_into_one() -> None:
    gaz = [Entity(type="person", text="جاباروف", canonical="Sadyr Japarov", start=20, end=27, role="president")]
    people = [Entity(type="person", text="صادير جاباروف", start=14, end=27, role="president of Kyrgyzstan")]
    out = _merge(gaz, people)
    assert len(out) == 1
    assert out[0].canonical == "Sadyr Japarov"
    assert out[0].role == "president of Kyrgyzstan"
    assert (out[0].start, out[0].end, out[0].text) == (14, 27, "صادير جاباروف")


def test_merge_keeps_country_nested_in_person_and_prefers_longer_on_partial_overlap() -> None:
    country = Entity(type="country", text="Kazakhstan", canonical="Kazakhstan", start=20, end=30)
    person = Entity(type="person", text="Ambassador of Kazakhstan X", start=6, end=32, role="ambassador")
    out = _merge([country], [person])
    assert {e.type for e in out} == {"country", "person"}
    place = Entity(type="place", text="Lahore Rung", canonical="Lahore", start=0, end=11)
    short = Entity(type="person", text="Rung", start=7, end=11, role="host")
    assert _merge([place], [short]) == [place]


@pytest.mark.parametrize(
    ("seed", "role_word"),
    [("000", "ambassador"), ("000", "governor"), ("001", "ambassador"), ("001", "governor"), ("002", "ambassador"),
     ("002", "consul")],
)
def test_seed_ambassadors_and_hosts_are_people_with_roles(seed: str, role_word: str) -> None:
    path = next(p for p in SEEDS if p.name.startswith(seed))
    ents = tag_entities(path.read_text(encoding="utf-8"), None)
    roles = [e.role or "" for e in ents if e.type == "person"]
    assert any(role_word in r for r in roles), roles
