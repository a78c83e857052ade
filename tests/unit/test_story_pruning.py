"""Assignment scores only the pairs that can decide (a bound prunes the rest): the stories, scores, reasons and
moves must be exactly those of scoring every report against every report of its window."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

import pytest

from monitor.enrich import enrich
from monitor.model import Article
from monitor.stories import StoryBook, signature
from monitor.stories import book as book_module
from monitor.stories.assign import THRESHOLD, WINDOW, Assignment, Member, Move, pair_score, score_bound
from monitor.stories.signature import Signature

DATA = Path(__file__).resolve().parents[1] / "data" / "stories"
SETS = ("events.jsonl", "events2.jsonl", "events3.jsonl")


@cache
def signatures(name: str) -> tuple[Signature, ...]:
    """The kept reports of a set, in order of publication."""
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        article = enrich(Article(id=item["id"], title=item["title"], text=item["text"], source=item["source"],
                                 published=datetime.fromisoformat(item["published"])), people_out_of_scope=False)
        if article.relevant:
            out.append(signature(article, ("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan")))
    return tuple(sorted(out, key=lambda s: (s.when, s.article_id)))


def crowded(sigs: tuple[Signature, ...]) -> list[Signature]:
    """The same reports moved into three days, five minutes apart: every report is a candidate of every other
    one that shares a country, and reports of different events tie and compete."""
    start = datetime(2025, 3, 1, tzinfo=UTC)
    return [replace(s, when=start + timedelta(minutes=5 * i)) for i, s in enumerate(sigs)]


def every_pair(sig: Signature, candidates: list[Member], new_id: str) -> Assignment:
    """The decision as the rule states it: every pair scored, each story by its best report."""
    best: dict[str, tuple[float, Member]] = {}
    alone: list[tuple[Member, float]] = []
    for member in candidates:
        if member.signature.article_id == sig.article_id:
            continue
        s = pair_score(sig, member.signature)
        if not s.possible:
            continue
        if member.story_size == 1:
            alone.append((member, s.value))
        held = best.get(member.story_id)
        if held is None or (s.value, member.signature.article_id) > (held[0], held[1].signature.article_id):
            best[member.story_id] = (s.value, member)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))
    if ranked and ranked[0][1][0] >= THRESHOLD:
        story_id, (value, member) = ranked[0]
        decision = Assignment(sig.article_id, story_id, False, value,
                              [f"joined: score {value:g} >= {THRESHOLD:g} with report {member.signature.article_id}",
                               *pair_score(sig, member.signature).reasons])
    elif ranked:
        _, (value, member) = ranked[0]
        why = f"new story: the closest report ({member.signature.article_id}) scores {value:g} < {THRESHOLD:g}"
        decision = Assignment(sig.article_id, new_id, True, value, [why, *pair_score(sig, member.signature).reasons])
    else:
        decision = Assignment(sig.article_id, new_id, True, 0.0,
                              [f"new story: no report within {WINDOW.days} days shares an in-scope party"])
    for member, value in sorted(alone, key=lambda mv: mv[0].signature.article_id):
        if member.story_id != decision.story_id and value >= THRESHOLD:
            why = f"moved: score {value:g} >= {THRESHOLD:g} with report {sig.article_id}, which came later"
            decision.moves.append(Move(member.signature.article_id, member.story_id, decision.story_id,
                                       [why, *pair_score(sig, member.signature).reasons]))
    return decision


def assign_all(sigs: list[Signature]) -> list[Assignment]:
    book = StoryBook(("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"))
    return [book.add(s) for s in sigs]


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("crowd", [False, True], ids=["as-published", "crowded"])
def test_pruned_assignment_decides_and_explains_exactly_as_scoring_every_pair(
        name: str, crowd: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    sigs = crowded(signatures(name)) if crowd else list(signatures(name))
    pruned = assign_all(sigs)
    monkeypatch.setattr(book_module, "decide", every_pair)
    reference = assign_all(sigs)
    assert pruned == reference
    assert len({a.story_id for a in reference}) > 1


def test_the_crowded_sets_make_reports_move_and_stories_compete() -> None:
    """What the comparison above covers: lone reports that move, and new reports with several stories to
    choose from."""
    decisions = [a for name in SETS for a in assign_all(crowded(signatures(name)))]
    assert sum(len(a.moves) for a in decisions) >= 3
    assert sum(1 for a in decisions if not a.new) >= 100


@pytest.mark.parametrize("name", SETS)
def test_the_bound_is_never_below_a_pairs_score_and_none_only_where_no_pair_is_possible(name: str) -> None:
    sigs = crowded(signatures(name))
    checked = 0
    for a in sigs:
        for b in sigs:
            if a is b:
                continue
            score, bound = pair_score(a, b, explain=False), score_bound(a, b)
            assert (bound is None) == (not score.possible)
            if bound is not None:
                assert bound >= score.value, (a.article_id, b.article_id)
                checked += 1
    assert checked > 400
