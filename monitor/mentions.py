"""Canonical tags once per mention, and where they stand in the text: what ranks and highlights a hit found
in another language.

An article's ``tags`` say *that* it names Kazakhstan or an ambassador; ranking needs *how often* (BM25 counts
mentions), and highlighting needs *where*, in the article's own script. Both come from the same gazetteer
scan enrichment uses (countries, places, organisations, leaders, diplomatic concepts) plus the people the
people finder tagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from monitor.gazetteer import Scan, scan
from monitor.model import Article
from monitor.normalize import fold
from monitor.tags import entity_tag

# More mentions than this add nothing (a list of 40 embassies is not 40 times about embassies).
MAX_MENTIONS = 8


@lru_cache(maxsize=64)  # the alert service highlights one article for each alert it fired
def _tagged(text: str, lang: str | None) -> tuple[tuple[str, int, int], ...]:
    """(tag, original start, original end) of every gazetteer and concept hit of ``text``."""
    sc: Scan = scan(fold(text), lang)
    return tuple((h.entry.tag, h.ostart, h.oend) for h in (*sc.gaz, *sc.lex)
                 if h.suppressed is None and h.entry.tag)


def mention_tags(article: Article) -> list[str]:
    """The article's tags with each repeated once per mention (up to :data:`MAX_MENTIONS`); every tag of
    ``article.tags`` at least once, so matching is unchanged.

    Countries, places, organisations and people are counted from the article's entities (one per mention,
    found by enrichment); only the diplomatic concepts, which are no entities, need a scan of the text, and
    only when the article has any (a scan costs about as much as a third of enrichment)."""
    counts: dict[str, int] = dict.fromkeys(article.tags, 1)
    seen: dict[str, int] = {}
    found = [entity_tag(e.type, e.canonical or e.text) for e in article.entities]
    if any(t.startswith("concept:") for t in article.tags):
        found += [tag for tag, _s, _e in _tagged(article.full_text, article.lang) if tag.startswith("concept:")]
    for tag in found:
        seen[tag] = seen.get(tag, 0) + 1
    for tag, n in seen.items():
        if tag in counts:
            counts[tag] = min(MAX_MENTIONS, max(counts[tag], n))
    return [tag for tag, n in counts.items() for _ in range(n)]


def tag_spans(article: Article, wanted: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of ``article.full_text`` where something that carries one of ``wanted`` is named (a concept in
    any language, a country by any of its names), in the original spelling."""
    wanted = set(wanted)
    if not wanted:
        return []
    return [(start, end) for tag, start, end in _tagged(article.full_text, article.lang) if tag in wanted]
