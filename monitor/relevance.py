"""Is this a Central-Asia diplomatic story? A transparent score from gazetteer and lexicon hits.

The model (every term shows up in ``reasons``):

* country evidence ``C``: for each in-scope country, the sum of its mentions' weights (name 1.0, adjective
  0.9, capital 0.8, leader 1.0, city 0.5, ethnonym 0.3-0.8 ...), mentions in the title counting 1.5x and
  mentions in a sentence with a strong diplomatic term 1.25x. Traps (Iran's Azerbaijan provinces, Iraqi
  Turkmen, Cossacks, "province X") swallow the mention and subtract.
* event evidence ``D``: the weights of the distinct diplomatic concepts found (ambassador 1.0, memorandum
  1.0, visit 0.5, meeting 0.4 ...), a little more for repeats. Weak concepts are damped when the text also
  speaks of sport, tourism, prices, weather, disasters, crime or domestic politics and has no strong
  concept, and when no second country or international organisation is present near the events
  (domestic news); "bilateral", "the two countries", "counterpart" show a second country themselves.
* proximity: each country mention counts fully when a diplomatic term is in its sentence, half in its
  paragraph, a tenth elsewhere (``C`` is this proximity-weighted evidence of the best in-scope country),
  so a country named in passing in someone else's diplomatic story does not make it ours.

``score = (1 - e^(-2C)) * (1 - e^(-1.6D))``, plus a bonus when the title has both, minus
trap penalties; relevant when ``score >= THRESHOLD`` and an in-scope country is involved. Each factor is
monotone in its evidence, so more evidence never lowers the score.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from monitor.gazetteer import Hit, Scan, hit_via_weight, scan
from monitor.lexicon import lexicon
from monitor.normalize import fold
from monitor.settings import DEFAULT_IN_SCOPE
from monitor.tags import entity_tag, make_tag

THRESHOLD = 0.3
COUNTRY_MIN = 0.7  # evidence for a country to be listed as involved
TITLE_FACTOR = 1.5
NEAR_STRONG_FACTOR = 1.25
CONTEXT_DAMP = 0.3
DOMESTIC_DAMP = 0.25
TRAP_PENALTY = 0.6  # evidence subtracted from a country per trap that concerns it
SAME_SENTENCE, SAME_PARAGRAPH, SAME_ARTICLE = 1.0, 0.5, 0.1  # country evidence by distance to events


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    countries: list[str]
    in_scope: list[str]
    concepts: list[str]
    reasons: list[str]
    tags: list[str]


@cache
def _strong_ids() -> frozenset[str]:
    return frozenset(c.id for c in lexicon().concepts.values() if c.strong)


@cache
def _foreign_ids() -> frozenset[str]:
    return frozenset(c.id for c in lexicon().concepts.values() if c.foreign)


def assess(text: str, lang: str | None, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> Relevance:
    """Score ``text`` (title + "\\n" + body) for the in-scope countries' diplomacy, with reasons."""
    return assess_scan(scan(fold(text), lang), in_scope)


def assess_scan(sc: Scan, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> Relevance:
    """:func:`assess` of an article already scanned (by :func:`monitor.enrich.enrich`, once per article)."""
    sc.locate()
    scope = set(in_scope)
    title_end = sc.title_end
    reasons: list[str] = []

    # --- diplomatic concepts and contexts
    concept_hits: dict[str, list[Hit]] = defaultdict(list)
    context_hits: dict[str, list[Hit]] = defaultdict(list)
    for h in sc.lex:
        (concept_hits if h.entry.kind == "concept" else context_hits)[h.entry.key].append(h)
    strong = _strong_ids()
    strong_sentences = {h.sent for cid, hs in concept_hits.items() if cid in strong for h in hs}

    # --- country evidence
    evidence: dict[str, float] = defaultdict(float)
    positions: dict[str, list[int]] = defaultdict(list)
    sentences: dict[str, set[int]] = defaultdict(set)
    weighted: dict[str, list[tuple[float, int, int]]] = defaultdict(list)  # (weight, sentence, paragraph)
    first_surface: dict[str, str] = {}
    orgs: set[str] = set()
    org_paragraphs: set[int] = set()
    places: set[str] = set()
    leaders: set[str] = set()
    trap_hits: list[Hit] = []
    for h in sc.gaz:
        e = h.entry
        if h.suppressed:
            reasons.append(f"trap:{h.suppressed} via '{sc.surface(h)}'")
            continue
        if e.kind == "trap":
            trap_hits.append(h)
            continue
        if e.trap:
            trap_hits.append(h)
        if e.kind == "organization":
            orgs.add(e.key)
            org_paragraphs.add(h.para)
            continue
        if e.kind == "place":
            places.add(e.key)
        if e.kind == "person":
            leaders.add(e.key)
        if not e.country or e.weight <= 0:
            continue
        w = hit_via_weight(sc, h)[1]
        if h.start < title_end:
            w *= TITLE_FACTOR
        sent = h.sent
        if sent in strong_sentences:
            w *= NEAR_STRONG_FACTOR
        evidence[e.country] += w
        positions[e.country].append(h.start)
        sentences[e.country].add(sent)
        weighted[e.country].append((w, sent, h.para))
        if e.country not in first_surface:
            first_surface[e.country] = sc.surface(h)

    for h in trap_hits:
        tid = h.entry.trap or h.entry.key
        reasons.append(f"trap:{tid} via '{sc.surface(h)}'")
        for country in h.entry.trap_countries:
            if country in evidence:
                evidence[country] = max(0.0, evidence[country] - TRAP_PENALTY)

    listed = [c for c, v in evidence.items() if v >= COUNTRY_MIN]
    involved = sorted((c for c in listed if c in scope), key=lambda c: -evidence[c])
    others = sorted((c for c in listed if c not in scope), key=lambda c: -evidence[c])
    for c in involved:
        reasons.append(f"country:{c} via '{first_surface[c]}' (evidence {evidence[c]:.2f})")

    # --- event evidence, damped by non-diplomatic contexts and by the absence of a foreign actor
    has_strong = any(cid in strong for cid in concept_hits)
    damp_context = bool(context_hits) and not has_strong
    if damp_context:
        for cid, hs in context_hits.items():
            reasons.append(f"trap:{cid}-context via '{sc.surface(hs[0])}'")
    # a foreign actor: a strong term, a second country in a sentence with an event, an
    # organisation in such a paragraph; countries named in passing elsewhere do not make local news international
    event_sentences = {h.sent for hs in concept_hits.values() for h in hs}
    event_paragraphs = {h.para for hs in concept_hits.values() for h in hs} | {0}
    near_countries = {c for c in listed if any(s in event_sentences for _, s, _p in weighted[c])}
    international = (
        has_strong
        or any(cid in _foreign_ids() for cid in concept_hits)
        or len(near_countries) >= 2
        or bool(org_paragraphs & event_paragraphs)
    )
    if concept_hits and not international:
        reasons.append("domestic: no second country or organisation near the events")
    concept_weight: dict[str, float] = {}
    for cid, hs in concept_hits.items():
        w = max(h.entry.weight for h in hs) * (1 + 0.15 * math.log(len(hs)))
        if cid not in strong:
            if damp_context:
                w *= CONTEXT_DAMP
            if not international:
                w *= DOMESTIC_DAMP
        concept_weight[cid] = w
        reasons.append(f"event:{cid} via '{sc.surface(hs[0])}'")
    d = sum(concept_weight.values())

    # --- proximity of in-scope countries and diplomatic terms: a country named in passing, far from any
    # diplomatic term, says little about whose diplomacy the story reports
    proximity = 0.0
    near: dict[str, float] = {}
    event_hits = [h for cid, hs in concept_hits.items() if concept_weight[cid] > 0.05 for h in hs]
    event_positions = [h.start for h in event_hits]
    if involved and event_hits:
        ev_sent = {h.sent for h in event_hits}
        ev_para = {h.para for h in event_hits}
        proximity = 0.35
        if any(sentences[c] & ev_sent for c in involved):
            proximity = 1.0
        elif any(p in ev_para for c in involved for _, _, p in weighted[c]):
            proximity = 0.7
        reasons.append(f"proximity:{ {1.0: 'sentence', 0.7: 'paragraph'}.get(proximity, 'article') }")
        for c in involved:
            # the title sums the story up: a country in it is at least as near as a paragraph away
            ev = sum(
                w * (SAME_SENTENCE if s in ev_sent else SAME_PARAGRAPH if p in ev_para or p == 0 else SAME_ARTICLE)
                for w, s, p in weighted[c]
            )
            near[c] = min(ev, evidence[c])

    c_ev = max(near.values(), default=0.0)
    score = (1 - math.exp(-2 * c_ev)) * (1 - math.exp(-1.6 * d))
    title_country = any(p < title_end for c in involved for p in positions[c])
    title_event = any(p < title_end for p in event_positions)
    if title_country and title_event and international:
        score += 0.15 * (1 - score)
        reasons.append("title: country and event")
    in_scope_traps = sum(1 for h in trap_hits if set(h.entry.trap_countries or ()) & scope or h.entry.trap)
    if in_scope_traps:
        score *= 0.85 ** min(in_scope_traps, 3)
    score = max(0.0, min(1.0, score))
    relevant = bool(involved) and score >= THRESHOLD
    reasons.insert(0, f"score {score:.2f} {'>=' if relevant else '<'} {THRESHOLD}" if involved else
                   "no in-scope country")

    tags = [entity_tag("country", c) for c in involved + others]
    tags += [entity_tag("place", p) for p in sorted(places)]
    tags += [entity_tag("organization", o) for o in sorted(orgs)]
    tags += [entity_tag("person", p) for p in sorted(leaders)]
    tags += [make_tag("concept", c) for c in concept_hits]
    return Relevance(
        relevant=relevant,
        score=round(score, 4),
        countries=involved + others,
        in_scope=involved,
        concepts=list(concept_hits),
        reasons=list(dict.fromkeys(reasons)),
        tags=list(dict.fromkeys(tags)),
    )
