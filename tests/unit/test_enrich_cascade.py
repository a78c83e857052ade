"""The enrichment cascade: the pipelines find people only in in-scope articles, and nothing else changes.

What a user relies on: an in-scope article (stored, searchable, matched by alerts in both runtimes) is
enriched exactly as ``monitor classify`` enriches it; an out-of-scope article keeps its language, relevance,
reasons, countries and gazetteer entities, only the pattern-found people are left out.
"""

from __future__ import annotations

import json
from pathlib import Path

from monitor.enrich import enrich
from monitor.gazetteer import find_mentions
from monitor.model import Article
from monitor.people import named_place
from monitor.pipeline import EmbeddedPipeline
from monitor.replay import article_from_text
from monitor.settings import Settings

ROOT = Path(__file__).resolve().parents[2]

# Domestic news with a titled official: out of scope, but the people finder would find the akim.
DOMESTIC = Article(
    id="domestic",
    title="Аким Павлодарской области посетил Экибастуз",
    text="Аким области Асхат Тулегенов осмотрел новую котельную в Экибастузе и провёл встречу с жителями.",
)


def dev_articles() -> list[Article]:
    out = [article_from_text(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "data").rglob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                out.append(Article(id=f"{path.stem}-{i}", text=json.loads(line)["text"]))
    return out


def test_in_scope_articles_are_enriched_exactly_as_classify_does() -> None:
    kept = 0
    for article in dev_articles():
        full = enrich(article)
        cascade = enrich(article, people_out_of_scope=False)
        if full.relevant:
            kept += 1
            assert cascade.model_dump(exclude={"fetched"}) == full.model_dump(exclude={"fetched"}), article.id
        else:
            # the same decision and everything but the people
            assert (cascade.lang, cascade.lang_score, cascade.relevant, cascade.score, cascade.countries,
                    cascade.reasons) == (full.lang, full.lang_score, full.relevant, full.score, full.countries,
                                         full.reasons), article.id
            # the gazetteer's entities, as the gazetteer reports them (less a leader's name that is part of an
            # organisation's or place's name: "Nazarbayev University")
            text = article.full_text
            found = [m for m in find_mentions(text, full.lang)
                     if not (m.kind == "person" and named_place(text, m.start, m.end))]
            gazetteer = sorted((m.kind, m.canonical, m.start) for m in found)
            assert sorted((e.type, e.canonical, e.start) for e in cascade.entities) == gazetteer, article.id
            # a leader's span takes the case ending glued to the name ("Тоқаевтың"), nothing more
            ends = {m.start: m.end for m in found}
            assert all(0 <= e.end - ends[e.start] <= 6 for e in cascade.entities), article.id
    assert kept >= 5


def test_out_of_scope_article_keeps_gazetteer_entities_but_no_pattern_people() -> None:
    full = enrich(DOMESTIC)
    cascade = enrich(DOMESTIC, people_out_of_scope=False)
    assert not full.relevant and not cascade.relevant
    assert [e.text for e in full.entities if e.type == "person"] == ["Асхат Тулегенов"]
    assert not [e for e in cascade.entities if e.type == "person"]
    assert [e.canonical for e in cascade.entities] == ["Pavlodar", "Ekibastuz", "Ekibastuz"]  # region and town
    assert "place:pavlodar" in cascade.tags and "place:ekibastuz" in cascade.tags
    assert "country:kazakhstan" in cascade.tags
    assert "type:person" in full.tags and "type:person" not in cascade.tags


def test_pipeline_stores_out_of_scope_articles_without_people(tmp_path: Path) -> None:
    pipeline = EmbeddedPipeline(Settings(data_dir=tmp_path))
    try:
        seed = article_from_text((ROOT / "seeds" / "000_ba297450c7a36bb5.txt").read_text(encoding="utf-8"))
        summary = pipeline.submit([DOMESTIC, seed])
        assert (summary.stored, summary.relevant) == (2, 1)
        stored = pipeline.store.get_article("domestic")
        assert stored is not None and not stored.relevant
        assert not [e for e in stored.entities if e.type == "person"]
        in_scope = pipeline.store.get_article(seed.id)
        assert in_scope is not None
        assert in_scope.entities == enrich(seed).entities
    finally:
        pipeline.close()
