"""The query language: parsing, errors with positions, and exact evaluation."""

import pytest

from monitor.query import And, MatchDoc, Not, Or, QueryError, Tag, Term, evaluate, parse, to_fts5


def doc(text: str, *tags: str) -> MatchDoc:
    return MatchDoc.build(text, tags)


def test_implicit_and_explicit_operators() -> None:
    node = parse('embassy "joint commission" OR visit')
    assert isinstance(node, Or)
    assert isinstance(node.children[0], And)
    assert isinstance(parse("NOT sport"), Not)
    assert isinstance(parse("-sport"), Not)


def test_field_filters_become_tags() -> None:
    node = parse("lang:ar")
    assert isinstance(node, Tag) and node.tags == ("lang:ar",)
    node = parse('source:"Baq KZ"')
    assert isinstance(node, Tag) and node.tags == ("source:baq_kz",)


@pytest.mark.parametrize(
    ("query", "position", "expected"),
    [
        ('"open phrase', 0, 'closing "'),
        ("(visit OR talks", 15, "')'"),
        ("visit OR", 8, "a word"),
        ("lang:", 5, "a value"),
        ("", 0, "empty query"),
        ("a ) b", 2, "AND, OR or the end"),
    ],
)
def test_errors_name_the_position(query: str, position: int, expected: str | None) -> None:
    with pytest.raises(QueryError) as info:
        parse(query)
    if expected is not None:
        assert info.value.position == position
        assert expected in info.value.message


def test_evaluation_words_phrases_not() -> None:
    d = doc("The ambassador of Kazakhstan met the governor in Cairo.")
    assert evaluate(parse("ambassador governor"), d)
    assert evaluate(parse('"met the governor"'), d)
    assert not evaluate(parse('"governor met"'), d)
    assert not evaluate(parse("ambassador AND NOT Cairo"), d)
    assert evaluate(parse("(football OR governor) -weather"), d)


def test_phrase_needs_whole_tokens() -> None:
    d = doc("ambassadors met")
    assert not evaluate(parse('"ambassador met"'), d)


def test_normalised_variants_match_each_other() -> None:
    d = doc("استقبل السفیر في مكتبه")
    assert evaluate(parse("السفير"), d)  # Arabic ya in the query, Persian ya in the text
    assert evaluate(parse("مکتبه"), d)  # Persian kaf in the query


def test_tag_matches_without_the_word() -> None:
    d = doc("no country words here", "country:kazakhstan")
    assert evaluate(Term("Kazakhstan", ("kazakhstan",), ("country:kazakhstan",)), d)
    assert evaluate(parse("tag:country:kazakhstan"), d)


def test_fts_translation_of_pure_negation_uses_the_all_token() -> None:
    fts = to_fts5(parse("NOT sport"))
    assert fts.startswith("((tags : t__all) NOT")
