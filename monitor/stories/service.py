"""Assigning a batch of articles to stories over a store of story members (SQLite or the search engine).

The store keeps one record per report: its story, its signature and the reasons of its assignment. For a
batch, the store is asked once for the reports near the batch in time that share an in-scope party; those
seed an in-memory :class:`StoryBook`, the batch is assigned in order of publication, and the new members and
the moved ones are written back in one go. Both runtimes run exactly this code; only the store differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Protocol

from monitor.model import Article
from monitor.stories.assign import WINDOW, Assignment, Member, Move
from monitor.stories.book import Story, StoryBook
from monitor.stories.signature import Signature, signature


class StoryStore(Protocol):
    """Where story members live. Writes are idempotent by article id."""

    def assigned(self, article_ids: Sequence[str]) -> dict[str, str]:
        """Story id of each of these articles that is in a story already."""
        ...

    def members_near(self, countries: Iterable[str], start: datetime, end: datetime) -> list[Member]:
        """Reports published in [start, end] with one of these in-scope parties, with their story's size (the
        assignment reads only whether it is 1, so a store may give any size of 2 or more for a larger story)."""
        ...

    def save(self, added: Sequence[tuple[Signature, Assignment]], moves: Sequence[Move]) -> None:
        """Write new members (with their reasons) and move members to another story."""
        ...

    def story(self, story_id: str) -> Story | None: ...

    def stories_of(self, article_ids: Sequence[str]) -> dict[str, Story]:
        """The story of each of these articles (those in one)."""
        ...

    def stories_between(self, start: datetime, end: datetime) -> list[Story]:
        """Stories with a report published in [start, end), earliest first."""
        ...

    def reasons(self, article_id: str) -> list[str]: ...

    def close(self) -> None: ...


def assign_batch(store: StoryStore, articles: Sequence[Article], in_scope: Sequence[str],
                 now: datetime | None = None) -> dict[str, Assignment]:
    """Put the kept articles of a batch in stories; returns the assignment of each (the existing one for an
    article that is in a story already: a replay changes nothing)."""
    kept = [a for a in articles if a.relevant]
    if not kept:
        return {}
    known = store.assigned([a.id for a in kept])
    out = {aid: Assignment(aid, sid, False, 0.0, []) for aid, sid in known.items()}
    sigs = sorted((signature(a, in_scope, now) for a in kept if a.id not in known),
                  key=lambda s: (s.when, s.article_id))
    sigs = list({s.article_id: s for s in sigs}.values())  # one article twice in a batch: once
    if not sigs:
        return out
    countries = {c for s in sigs for c in s.home}
    start = min(s.when for s in sigs) - WINDOW
    end = max(s.when for s in sigs) + WINDOW
    book = StoryBook(in_scope)
    book.seed(store.members_near(countries, start, end))
    added: list[tuple[Signature, Assignment]] = []
    moves: dict[str, Move] = {}
    for sig in sigs:
        decision = book.add(sig)
        added.append((sig, decision))
        for move in decision.moves:
            moves[move.article_id] = move
        out[sig.article_id] = decision
    batch_ids = {s.article_id for s in sigs}
    # a member of this batch that moved is written where it ended up, with the reasons of the move
    final = [(s, _moved(d, moves.get(s.article_id))) for s, d in added]
    store.save(final, [m for aid, m in moves.items() if aid not in batch_ids])
    for sig, decision in final:
        out[sig.article_id] = decision
    return out


def _moved(decision: Assignment, move: Move | None) -> Assignment:
    if move is None:
        return decision
    return Assignment(decision.article_id, move.to_story, False, decision.score, move.reasons)
