"""Stories from the command line: replaying the seeds twice gives five stories, one per seed (each seed is
its own event), each with its language and entities; ``search --stories --json`` has the documented shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_embedded_cli import SEED_FILES, SEEDS, run


@pytest.fixture(scope="module")
def replayed(tmp_path_factory: pytest.TempPathFactory) -> dict:
    data = tmp_path_factory.mktemp("stories-cli")
    first = run(data, "replay", str(SEEDS)).stdout
    second = run(data, "replay", str(SEEDS)).stdout
    stories = json.loads(run(data, "search", "*", "--stories", "--json", "--limit", "50").stdout)
    return {"data": data, "first": first, "second": second, "stories": stories}


def test_replaying_the_seeds_twice_gives_five_stories(replayed: dict) -> None:
    assert "stories: 5 new, 0 joined" in replayed["first"]
    assert "stories:" not in replayed["second"]  # a replay changes no story
    stories = replayed["stories"]
    assert len(stories) == 5
    assert sorted(len(s["reports"]) for s in stories) == [1, 1, 1, 1, 1]
    assert sorted(lang for s in stories for lang in s["languages"]) == ["ar", "ar", "ar", "fa", "kk"]


def test_each_seed_story_has_its_countries_and_people(replayed: dict) -> None:
    by_title = {s["title"]: s for s in replayed["stories"]}
    expected = {"000": {"Kazakhstan", "Egypt"}, "001": {"Azerbaijan", "Egypt"}, "002": {"Kazakhstan", "Pakistan"},
                "003": {"Kyrgyzstan", "Egypt"}, "004": {"Kazakhstan", "Iran"}}
    for path in SEED_FILES:
        title = next(line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        story = next(s for t, s in by_title.items() if t.strip() == title)
        countries = {c["name"] for c in story["entities"]["countries"]}
        assert expected[path.name[:3]] <= countries, (path.name, countries)
        assert story["entities"]["people"] or story["entities"]["leaders"], path.name


def test_the_stories_json_shape(replayed: dict) -> None:
    story = replayed["stories"][0]
    assert {"id", "title", "languages", "first", "last", "entities", "reports"} <= set(story)
    report = story["reports"][0]
    assert {"id", "title", "lang", "countries", "score", "snippet", "url", "matched"} <= set(report)


def test_stories_in_the_terminal(replayed: dict) -> None:
    out = run(replayed["data"], "search", "country:Kazakhstan", "--stories").stdout
    assert out.startswith("3 stories")
    assert "1 report in Kazakh" in out


def test_a_data_dir_of_articles_without_stories_still_searches(tmp_path: Path) -> None:
    assert json.loads(run(tmp_path, "search", "*", "--stories", "--json").stdout) == []


def test_the_briefing_of_the_persian_seeds_day(replayed: dict) -> None:
    md = run(replayed["data"], "briefing", "--day", "2025-10-22").stdout
    assert md.startswith("# Briefing for 2025-10-22")
    assert "## Kazakhstan" in md and "with Iran" in md and "Persian 1" in md
    data = json.loads(run(replayed["data"], "briefing", "--day", "2025-10-22", "--format", "json").stdout)
    assert [s["country"] for s in data["countries"]] == ["Kazakhstan"]
    page = run(replayed["data"], "briefing", "--day", "2025-10-22", "--format", "html").stdout
    assert 'dir="rtl" lang="fa"' in page
    bad = run(replayed["data"], "briefing", "--format", "pdf", check=False)
    assert bad.returncode == 2 and "--format must be one of md, html, json" in bad.stderr
