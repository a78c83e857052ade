"""People are found by their surname (in the Kazakh or the Russian spelling), the variants of one person in
one article are one entity, and the type-ahead offers the people the articles name (before, entity:Қыстафин
found nothing unless the full name was typed, and "Е. Қыстафин" / "Ержан Қыстафин" were two chips)."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.api.suggest import people_in_store
from monitor.enrich import enrich
from monitor.replay import read_items
from monitor.store.base import SearchRequest
from monitor.store.sqlite import SqliteStore
from monitor.tags import entity_chips

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
KAZAKH_SEED = "Қазақстан елшісі Ержан Қыстафин"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SqliteStore:
    found = SqliteStore(tmp_path_factory.mktemp("people") / "s.sqlite")
    found.upsert_articles([enrich(a) for a in read_items([SEEDS], 5_000_000)])
    return found


def titles(store: SqliteStore, query: str) -> list[str]:
    return [h.title for h in store.search(SearchRequest(query, relevant_only=False)).hits]


@pytest.mark.parametrize("query", ["entity:Қыстафин", "entity:Кыстафин", 'entity:"Ержан Қыстафин"',
                                   "entity:қыстафин"])
def test_a_person_by_surname_in_either_spelling(store: SqliteStore, query: str) -> None:
    found = titles(store, query)
    assert len(found) == 1 and found[0].startswith(KAZAKH_SEED), (query, found)


def test_variants_of_one_person_are_one_chip(store: SqliteStore) -> None:
    (hit,) = store.search(SearchRequest("entity:Қыстафин", relevant_only=False)).hits
    people = [c for c in entity_chips(hit.entities) if c["type"] == "person"]
    kystafin = [c for c in people if "Қыстафин" in str(c["canonical"])]
    assert len(kystafin) == 1
    assert kystafin[0]["canonical"] == "Ержан Қыстафин" and set(kystafin[0]["texts"]) >= {"Е. Қыстафин",
                                                                                          "Ержан Қыстафин"}


def test_people_are_suggested_from_the_articles(store: SqliteStore) -> None:
    for typed in ("Қыста", "кыстаф"):
        (suggestion,) = [s for s in people_in_store(store, typed) if "Қыстафин" in s.canonical]
        assert suggestion.canonical == "Ержан Қыстафин" and suggestion.type == "person"
        assert titles(store, suggestion.as_json()["filter"])[0].startswith(KAZAKH_SEED)


def test_a_unique_start_of_a_name_finds_the_person_and_a_shared_one_asks_for_more(tmp_path: Path) -> None:
    from monitor.model import Article
    from monitor.query import QueryError

    store = SqliteStore(tmp_path / "s.sqlite")
    store.upsert_articles([enrich(a) for a in read_items([SEEDS], 5_000_000)])
    other = enrich(Article(id="kk-2", title="Қазақстан елшісі Ерлан Қыстаубаев Каирде кездесу өткізді",
                           text="Қазақстанның Египеттегі елшісі Ерлан Қыстаубаев Каир губернаторымен кездесті."))
    assert any(e.type == "person" and "Қыстаубаев" in (e.canonical or e.text) for e in other.entities)
    store.upsert_articles([other])
    assert titles(store, "entity:Қыстаф")[0].startswith(KAZAKH_SEED)  # unique: Қыстафин
    assert [t[:20] for t in titles(store, "entity:Қыстау")] == [other.title[:20]]
    with pytest.raises(QueryError, match="several people's names start with 'Қыста'"):
        store.search(SearchRequest("entity:Қыста", relevant_only=False))
