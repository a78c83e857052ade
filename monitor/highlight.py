"""Snippets with the matched words marked, cut from the original (not the normalised) text.

Matching happens on normalised text, but people read the original spelling; so we find the matches on the
normalised text and map them back with the offset table from :mod:`monitor.normalize`. Matches made through
a tag (a Persian article found by the English word "Kazakhstan") are marked at the entity spans that carry
that tag.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from monitor.model import Article
from monitor.normalize import normalize_with_offsets, original_span
from monitor.query import Term

MARK_OPEN, MARK_CLOSE = "<mark>", "</mark>"
_WORD_CHAR = re.compile(r"[^\W_]")


def _word_spans(norm: str, words: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    needle = " ".join(words)
    start = norm.find(needle)
    while start != -1:
        end = start + len(needle)
        before_ok = start == 0 or not _WORD_CHAR.match(norm[start - 1])
        after_ok = end == len(norm) or not _WORD_CHAR.match(norm[end])
        if before_ok and after_ok:
            yield start, end
        start = norm.find(needle, start + 1)


def match_spans(
    article: Article, terms: Iterable[Term], entity_tags: dict[int, set[str]],
    normalized: tuple[str, list[int]] | None = None,
) -> list[tuple[int, int]]:
    """Spans of ``article.full_text`` that the query terms matched. ``normalized`` is
    ``normalize_with_offsets(article.full_text)`` when the caller has it already (alerts: once per article,
    not once per fired alert)."""
    text = article.full_text
    norm, offsets = normalized if normalized is not None else normalize_with_offsets(text)
    spans: list[tuple[int, int]] = []
    tagged: set[str] = set()
    for term in terms:
        for s, e in _word_spans(norm, term.words) if term.words else ():
            spans.append(original_span(offsets, s, e))
        if term.tags:
            wanted = set(term.tags)
            for i, entity in enumerate(article.entities):
                if entity_tags.get(i, set()) & wanted:
                    spans.append((entity.start, entity.end))
            tagged.update(wanted)
    if tagged:  # concepts (سفير, елші ... for "ambassador") are no entities: find them where the text names them
        from monitor.mentions import tag_spans

        spans.extend(tag_spans(article, tagged))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, overlapping spans joined (an entity and the concept inside it are one mark)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def snippet(article: Article, spans: list[tuple[int, int]], width: int = 220) -> str:
    """An HTML-safe excerpt around the first match in the body (or the body's start) with <mark>s."""
    text = article.full_text
    body_start = len(article.title) + 1 if article.title else 0
    in_body = [s for s in spans if s[0] >= body_start] or spans
    if in_body:
        centre = in_body[0][0]
        lo = max(0, centre - width // 3)
    else:
        lo = body_start
    hi = min(len(text), lo + width)
    # Do not cut words in half at the window edges.
    lo_limit = max(0, lo - 30)
    while lo > lo_limit and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace() and hi - lo < width + 30:
        hi += 1
    out: list[str] = ["…" if lo > 0 else ""]
    pos = lo
    for s, e in spans:
        if e <= lo or s >= hi or s < pos:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(MARK_OPEN + html.escape(text[s:e]) + MARK_CLOSE)
        pos = e
    out.append(html.escape(text[pos:hi]))
    if hi < len(text):
        out.append("…")
    return " ".join("".join(out).split())
