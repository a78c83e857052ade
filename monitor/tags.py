"""The tag vocabulary: how an entity, concept, language or source becomes a language-independent tag.

Tags are what lets a query in one language find an article in another (``country:kazakhstan`` for
Қазақстан, قزاقستان and Kazakhstan alike), so enrichment, the gazetteer, the query parser, the stores, the
alert matcher and the web API must all write them the same way: one function (:func:`make_tag`) and one map
from entity type to tag kind (:data:`ENTITY_TAG_KIND`), which is also the query field that filters that kind.
"""

from __future__ import annotations

from functools import lru_cache

from monitor.model import Entity
from monitor.normalize import normalize, tokens

#: Entity type (``Entity.type``, a gazetteer entry's kind) -> tag kind and query field (``org:``, ``entity:``).
ENTITY_TAG_KIND: dict[str, str] = {"country": "country", "place": "place", "organization": "org", "person": "entity"}


@lru_cache(maxsize=65536)
def make_tag(kind: str, value: str) -> str:
    """The tag of ``kind`` and a human value: ``make_tag("country", "Kazakhstan") == "country:kazakhstan"``.

    Cached (a pure function of two short strings): enrichment calls it about a hundred times per article,
    for the same few thousand entity names, roles and countries over and over."""
    return f"{kind}:{'_'.join(tokens(normalize(value)))}"


def entity_tag(etype: str, name: str) -> str:
    """The tag of an entity of type ``etype`` (an unknown type is its own kind)."""
    return make_tag(ENTITY_TAG_KIND.get(etype, etype), name)


def entity_tags(entity: Entity) -> set[str]:
    """Tags an entity gives its article: its canonical id, and ``entity:``/``type:``/``role:`` for filters."""
    return set(_entity_tags(entity.type, entity.canonical or entity.text, entity.role))


@lru_cache(maxsize=65536)
def _entity_tags(etype: str, name: str, role: str | None) -> frozenset[str]:
    """Cached: an article has some thirty entities, mostly the same countries, places and offices as the
    articles before it, and each tag costs a normalisation and a tokenisation."""
    tags = {entity_tag(etype, name), make_tag("entity", name), make_tag("type", etype)}
    if role:
        tags.add(make_tag("role", role))
    if etype == "person":
        tags |= person_name_tags(name)
    return frozenset(tags)


# Kazakh letters written with their Russian neighbours by Russian-language outlets (Қыстафин / Кыстафин).
_LOOSE = str.maketrans("қғңөұүһіә", "кгноуухиа")


def name_key(word: str) -> str:
    """One word of a person's name as people search for it: folded, Kazakh letters as their Russian
    neighbours, so one spelling finds the other."""
    return normalize(word).strip().translate(_LOOSE)


def person_name_tags(name: str) -> set[str]:
    """``name:<word>`` for every word of a person's name that is not an initial: ``entity:Қыстафин`` (the
    surname alone, in either spelling) finds "Ержан Қыстафин" and "Е. Қыстафин"."""
    return {make_tag("name", name_key(w)) for w in tokens(normalize(name)) if len(w) >= 3}


def article_entity_tags(entities: list[Entity]) -> set[str]:
    """The union of :func:`entity_tags` of an article's entities."""
    out: set[str] = set()
    for e in entities:
        out |= _entity_tags(e.type, e.canonical or e.text, e.role)
    return out


def entity_filter(etype: str, canonical: str) -> str:
    """The query filter that selects articles mentioning this entity (what a clicked chip or suggestion adds)."""
    return f'{ENTITY_TAG_KIND.get(etype, "entity")}:"{canonical.replace(chr(34), "")}"'


def entity_chips(entities: list[Entity]) -> list[dict[str, object]]:
    """Entities grouped by (type, canonical name) with the surface forms found and the filter that selects
    them: the chips of the page, the API and ``monitor search --json``. The variants of one person in one
    article ("Е. Қыстафин", "Ержан Қыстафин", "Кыстафин") are one chip under the fullest name."""
    grouped: dict[tuple[str, str], list[str]] = {}
    roles: dict[tuple[str, str], list[str]] = {}
    for e in entities:
        canonical = (e.canonical or e.text).strip()
        if not canonical:
            continue
        texts = grouped.setdefault((e.type, canonical), [])
        if e.text not in texts:
            texts.append(e.text)
        if e.role and e.role not in roles.setdefault((e.type, canonical), []):
            roles[(e.type, canonical)].append(e.role)
    people = _same_people([c for kind, c in grouped if kind == "person"])
    merged: dict[tuple[str, str], list[str]] = {}
    merged_roles: dict[tuple[str, str], list[str]] = {}
    for (kind, canonical), texts in grouped.items():
        key = (kind, people.get(canonical, canonical) if kind == "person" else canonical)
        into = merged.setdefault(key, [])
        into += [t for t in texts if t not in into]
        held = merged_roles.setdefault(key, [])
        held += [r for r in roles.get((kind, canonical), []) if r not in held]
    return [{"type": kind, "canonical": canonical, "texts": texts, "filter": entity_filter(kind, canonical),
             "roles": merged_roles[(kind, canonical)]}
            for (kind, canonical), texts in merged.items()]


def _same_people(names: list[str]) -> dict[str, str]:
    """name -> the fullest name of the same person in this article: same surname (last word, loosely
    spelled) and the same first initial, or no first name at all."""
    def parts(name: str) -> tuple[str, str, int]:
        words = tokens(normalize(name))
        return (name_key(words[-1]) if words else "", words[0][:1] if len(words) > 1 else "", len(words))

    out: dict[str, str] = {}
    ranked = sorted(names, key=lambda n: (-len(tokens(normalize(n))), -len(n)))
    for name in names:
        surname, initial, _n = parts(name)
        for fuller in ranked:
            f_surname, f_initial, _m = parts(fuller)
            if f_surname == surname and len(surname) >= 3 and (not initial or initial == f_initial):
                out[name] = fuller
                break
    return out
