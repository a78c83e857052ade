"""Entity tagging: countries, places, organisations and leaders from the gazetteer, people from patterns.

People other than heads of state and government are never listed anywhere: ``monitor.people`` finds them
by the titles and roles around their names (ambassador, governor, consul ...). This module merges the two
sources: when a pattern person and a gazetteer leader cover the same name they become one entity (the
canonical name from the gazetteer, the role from the pattern); otherwise overlapping spans of the same
kind keep the longer one.
"""

from __future__ import annotations

from monitor.gazetteer import Scan, mentions, scan
from monitor.model import Entity
from monitor.normalize import fold
from monitor.people import named_place, people_in_scan


def _word_end(text: str, end: int) -> int:
    """The end of the word a Cyrillic mention stops inside (a Russian or Kazakh case ending, up to 6 letters)."""
    if not (0 < end < len(text)) or not ("\u0400" <= text[end - 1] <= "\u04ff") or not text[end].isalpha():
        return end
    stop = end
    while stop < len(text) and text[stop].isalpha() and stop - end <= 6:
        stop += 1
    return stop if stop - end <= 6 else end


def _merge(gazetteer: list[Entity], people: list[Entity]) -> list[Entity]:
    """The gazetteer's entities with the pattern people merged in (see the module docstring).

    ``bounds`` holds each entity's (start, end) beside ``out``: every person is tested against every entity
    kept so far, and reading two fields of a model per test cost more than the rest of the merge."""
    out = list(gazetteer)
    bounds = [(g.start, g.end) for g in out]
    for p in people:
        ps, pe = p.start, p.end
        clashes = [i for i, (gs, ge) in enumerate(bounds) if gs < pe and ps < ge]
        if not clashes:  # (most people: nothing of the gazetteer's inside or around them)
            out.append(p)
            bounds.append((ps, pe))
            continue
        leader = next((i for i in clashes if out[i].type == "person"), None)
        if leader is not None:  # a known leader named with a title: canonical from us, role from them
            g = out[leader]
            longer = p if (pe - ps) > (g.end - g.start) else g
            out[leader] = g.model_copy(
                update={"start": longer.start, "end": longer.end, "text": longer.text, "role": p.role or g.role}
            )
            bounds[leader] = (longer.start, longer.end)
            continue
        # a country or place inside a person's span ("سفير كازاخستان ...") is kept beside the person
        partial = [out[i] for i in clashes if not (ps <= bounds[i][0] and bounds[i][1] <= pe)]
        if any((g.end - g.start) >= (pe - ps) for g in partial):
            continue
        if partial:
            kept = [i for i, g in enumerate(out) if g not in partial]
            out = [out[i] for i in kept]
            bounds = [bounds[i] for i in kept]
        out.append(p)
        bounds.append((ps, pe))
    out.sort(key=lambda e: (e.start, -(e.end - e.start)))
    return out


def tag_entities(text: str, lang: str | None) -> list[Entity]:
    """Entities in ``text`` with offsets into ``text``: type, surface text, canonical name, role, QID."""
    return entities_in_scan(scan(fold(text), lang))


def entities_in_scan(sc: Scan, people: bool = True) -> list[Entity]:
    """:func:`tag_entities` of an article already scanned (by :func:`monitor.enrich.enrich`); without
    ``people`` the gazetteer's entities only (the pattern people finder is the costly part)."""
    # a leader's name inside an organisation's or place's name ("Nazarbayev University") is no person
    found = [m for m in mentions(sc) if not (m.kind == "person" and named_place(sc.text, m.start, m.end))]
    text = sc.text
    gazetteer = []
    for m in found:
        end = m.end
        if m.kind == "person":  # "Тоқаевтың", "Токаеву": the case ending belongs to the name as written
            end = _word_end(text, end)
        gazetteer.append(Entity.of(m.kind, text[m.start:end] if end != m.end else m.surface, m.canonical, m.start, end,
                                   m.role, m.qid))
    # the mentions just found: they stop names at countries and places and give titles their country
    return _merge(gazetteer, people_in_scan(sc, found) if people else [])
