"""What the people tests read: the person entities found in a text, as enrichment stores them or as the finder
gives them. One place for it, so every people test reads people the same way."""

from __future__ import annotations

from monitor.entities import tag_entities
from monitor.people import find_people


def people(text: str, lang: str) -> list[str]:
    """Person entities as enrichment stores them (pattern people merged with the gazetteer's leaders)."""
    return [text[e.start : e.end] for e in tag_entities(text, lang) if e.type == "person"]


def roles(text: str, lang: str) -> dict[str, str | None]:
    """Each person entity's surface and the role found beside it."""
    return {text[e.start : e.end]: e.role for e in tag_entities(text, lang) if e.type == "person"}


def names(text: str, lang: str) -> list[str]:
    """The people finder's own names (before the merge with the gazetteer's leaders)."""
    return [e.text for e in find_people(text, lang)]
