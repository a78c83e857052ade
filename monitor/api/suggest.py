"""Type-ahead over the gazetteer's canonical entities, whatever script the analyst types in.

Every surface form (``Казахстан``, ``قزاقستان``, ``Kazakhstan``...) is normalised with the same function as
search, so ``قزاق`` and ``казах`` both find Kazakhstan. A suggestion carries the canonical name and the
``entity:"..."`` filter the page puts in the search box.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property

from monitor.normalize import normalize, tokens
from monitor.store.base import SearchRequest, Store
from monitor.tags import entity_chips, entity_filter, make_tag, name_key

_KIND_ORDER = {"country": 0, "person": 1, "organization": 2, "place": 3}


@dataclass(frozen=True)
class Suggestion:
    canonical: str
    type: str
    matched: str  # the surface form that matched the typed prefix
    filter: str | None = None  # default: the canonical entity's filter

    def as_json(self) -> dict[str, str]:
        return {"canonical": self.canonical, "type": self.type, "matched": self.matched,
                "filter": self.filter or entity_filter(self.type, self.canonical)}


class EntityIndex:
    """Sorted (normalised word-start, entry) keys: a prefix lookup is two bisections."""

    def __init__(self, names: list[tuple[str, str, str]]) -> None:
        self._names = names

    @cached_property
    def _keys(self) -> list[tuple[str, int]]:
        keys: list[tuple[str, int]] = []
        for i, (_kind, _canonical, surface) in enumerate(self._names):
            norm = normalize(surface).strip()
            words = norm.split()
            # The whole name and every word start: "sadyr japarov" is found by "jap" as well as by "sad".
            for start in range(len(words)):
                keys.append((" ".join(words[start:]), i))
        keys.sort()
        return keys

    def suggest(self, prefix: str, limit: int = 10) -> list[Suggestion]:
        needle = " ".join(normalize(prefix).split())
        if not needle:
            return []
        keys = self._keys
        lo = bisect.bisect_left(keys, (needle, -1))
        found: dict[tuple[str, str], tuple[int, int, int, Suggestion]] = {}
        for key, i in keys[lo:]:
            if not key.startswith(needle):
                break
            kind, canonical, surface = self._names[i]
            whole = normalize(surface).strip().startswith(needle)
            rank = (0 if whole else 1, _KIND_ORDER.get(kind, 9), len(surface))
            current = found.get((kind, canonical))
            if current is None or rank < current[:3]:
                found[(kind, canonical)] = (*rank, Suggestion(canonical, kind, surface))
            if len(found) >= 500:  # a one-letter prefix: enough to rank, not the whole gazetteer
                break
        ranked = sorted(found.values(), key=lambda r: (r[0], r[1], r[2], r[3].canonical))
        return [r[3] for r in ranked[:limit]]


def people_in_store(store: Store, prefix: str, limit: int = 5) -> list[Suggestion]:
    """People the stored articles name whose name has a word starting with ``prefix`` (any script; Kazakh
    and Russian spellings alike), with the filter that finds every variant of the name (``entity:Surname``)."""
    words = tokens(normalize(prefix))
    if not words or len(words[-1]) < 2:
        return []
    out: dict[str, Suggestion] = {}
    for tag, _count in store.tags_starting(make_tag("name", name_key(words[-1])), limit):
        word = tag.split(":", 1)[1]
        found = store.search(SearchRequest(f'tag:"{tag}"', limit=5, facets=False, relevant_only=False))
        for hit in found.hits:
            for chip in entity_chips(hit.entities):
                name = str(chip["canonical"])
                if chip["type"] != "person" or word not in {name_key(w) for w in tokens(normalize(name))}:
                    continue
                surface = next((w for w in name.split() if name_key(w) == word), name)
                current = out.get(word)
                if current is None or len(name) > len(current.canonical):
                    out[word] = Suggestion(name, "person", surface, f'entity:"{surface}"')
    return list(out.values())[:limit]


_INDEX: EntityIndex | None = None


def entity_index() -> EntityIndex:
    """The process-wide index (built on first use from :func:`monitor.gazetteer.entity_names`)."""
    global _INDEX
    if _INDEX is None:
        from monitor.gazetteer import entity_names

        _INDEX = EntityIndex(entity_names())
    return _INDEX
