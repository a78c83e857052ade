"""A capitalised sentence opener is no part of the name after it (issue 10, people).

The stop-word list is YAML; a bare ``on`` there is read as ``true``, and "On" then opened names ("On Nurlan X's
visit" gave "On Nurlan X"). A reader relies on the name starting at the given name. Invented names.
"""

from __future__ import annotations

import pytest

from .people_probe import people


@pytest.mark.parametrize(("text", "name"), [
    ("On Nurlan Ermekov's visit, the ambassador said little.", "Nurlan Ermekov"),
    ("On Tuesday Minister Arman Dzhaksybekov met the envoy.", "Arman Dzhaksybekov"),
    ("In Astana, Aigerim Sadykova thanked the guests.", "Aigerim Sadykova"),
])
def test_a_sentence_opener_is_no_part_of_the_name(text: str, name: str) -> None:
    assert people(text, "en") == [name]
