"""Filters that name nothing are errors with suggestions, not "0 matches"; ISO codes name countries."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.query import QueryError, parse
from monitor.store.base import SearchRequest
from monitor.store.sqlite import SqliteStore


@pytest.mark.parametrize("code", ["UZ", "uz", "UZB", "uzb", "Uzbekistan", "Өзбекстан", "ازبکستان"])
def test_iso_codes_and_names_select_the_same_country(code: str) -> None:
    assert parse(f"country:{code}") == parse("country:Uzbekistan").__class__(
        "country", code, parse("country:Uzbekistan").tags)


@pytest.mark.parametrize("query, message, suggestion", [
    ("country:Narnia", "unknown country 'Narnia'", "Armenia"),
    ("country:Qazaqia", "unknown country 'Qazaqia'", "unknown country"),
    ("lang:xx", "unknown language 'xx'", "ar, fa, kk, ru, en"),
    ("concept:ambasador", "unknown concept 'ambasador'", "ambassador"),
    ("type:thing", "unknown type 'thing'", "person"),
    ("foo:bar", "unknown field 'foo:'", '"foo:bar"'),
    ("countyr:Kazakhstan", "unknown field 'countyr:'", "did you mean country:?"),
])
def test_unknown_filter_values_are_errors_with_suggestions(query: str, message: str, suggestion: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse(query)
    assert message in raised.value.message and suggestion in raised.value.message
    assert raised.value.position == (0 if "field" in message else query.index(":") + 1)


def test_languages_by_code_or_name() -> None:
    assert parse("lang:AR").tags == parse("lang:ar").tags == parse("lang:Arabic").tags == ("lang:ar",)
    assert parse("lang:en").tags == ("lang:en",)  # not the language named "En"
    assert parse("concept:سفير").tags == ("concept:ambassador",)


def test_request_filters_are_checked_too(tmp_path: Path) -> None:
    """--country and --lang go through the same check as the query's own filters."""
    store = SqliteStore(tmp_path / "s.sqlite")
    with pytest.raises(QueryError, match="unknown language 'xx'"):
        store.search(SearchRequest("ambassador", lang="xx"))
    with pytest.raises(QueryError, match="unknown country 'Narnia'"):
        store.search(SearchRequest("ambassador", country="Narnia"))
    store.search(SearchRequest("ambassador", country="UZ"))  # accepted
