"""People in batch 31's copy: the capitalised nouns of a body's name are no person's name."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_body_named_for_consumer_rights_is_no_person() -> None:
    text = ("On Monday the chair of the Committee for the Protection of Consumer Rights and the director of the "
            "Department of Consumer Rights Protection of the Ministry of Trade signed a memorandum.")
    assert not any("Consumer" in t or "Rights" in t for t in _texts(text, "en"))

