"""Cross-language alerts on the seed articles: a keyword in one language finds the others."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from monitor.alerts.matcher import CompiledMatcher, NaiveMatcher, Subscription
from monitor.enrich import enrich
from monitor.model import Article
from monitor.replay import article_from_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
AR_KZ, AR_AZ, KK_KZ, AR_GAZA, FA_KZ = (
    "000_ba297450c7a36bb5", "001_aa90fabbf7db6b57", "002_304c3d4b86b1b803", "003_e51d59fcfcf1026e",
    "004_1c9119d2bece99fa",
)


@cache
def seeds() -> dict[str, Article]:
    return {p.stem: enrich(article_from_text(p.read_text(encoding="utf-8"))) for p in sorted(SEEDS.glob("*.txt"))}


CASES = [
    ("ambassador AND country:Kazakhstan", {AR_KZ, KK_KZ, FA_KZ}),
    ("سفير AND قزاقستان", {AR_KZ, KK_KZ, FA_KZ}),  # Arabic word, Persian spelling of the country
    ("посол AND Казахстан", {AR_KZ, KK_KZ, FA_KZ}),  # Russian, matching no Russian text at all
    ("ambassador AND country:Azerbaijan", {AR_AZ}),
    ("ambassador AND NOT country:Kazakhstan", {AR_AZ}),
    ("(country:Kazakhstan OR country:Azerbaijan) AND lang:ar", {AR_KZ, AR_AZ}),
    ("Lahore AND lang:kk", {KK_KZ}),
    ("country:Kazakhstan lang:fa", {FA_KZ}),
]


@pytest.mark.parametrize(("query", "expected"), CASES)
def test_cross_language_seeds(query: str, expected: set[str]) -> None:
    subs = [Subscription("q", query)]
    compiled, naive = CompiledMatcher(subs), NaiveMatcher(subs)
    for stem, article in seeds().items():
        hit = stem in expected
        assert bool(compiled.match(article)) is hit, (query, stem)
        assert bool(naive.match(article)) is hit, (query, stem)


def test_all_cases_at_once_agree() -> None:
    subs = [Subscription(f"c{i}", q) for i, (q, _) in enumerate(CASES)]
    compiled, naive = CompiledMatcher(subs), NaiveMatcher(subs)
    for stem, article in seeds().items():
        expected = sorted(f"c{i}" for i, (_, hits) in enumerate(CASES) if stem in hits)
        assert compiled.match(article) == naive.match(article) == expected
