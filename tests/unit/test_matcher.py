"""The compiled alert matcher agrees with evaluating every subscription, and only visits candidates."""

import random

from monitor.alerts.matcher import CompiledMatcher, Subscription, naive_match
from monitor.model import Article

WORDS = ["ambassador", "visit", "سفير", "زيارة", "سفیر", "دیدار", "елші", "сапар", "посол", "визит", "cairo", "lahore"]
TAGS = ["country:kazakhstan", "country:azerbaijan", "country:kyrgyzstan", "lang:ar", "lang:fa", "lang:kk"]


def random_query(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        term = rng.choice(WORDS) if rng.random() < 0.7 else "tag:" + rng.choice(TAGS)
        if rng.random() < 0.15:
            term = "NOT " + term
        parts.append(term)
    joiner = " OR " if rng.random() < 0.4 else " AND "
    query = joiner.join(parts)
    if rng.random() < 0.2:
        query = f"({query}) AND {rng.choice(WORDS)}"
    return query


def random_article(rng: random.Random, i: int) -> Article:
    words = rng.sample(WORDS, rng.randint(0, 5)) + ["filler"]
    return Article(id=f"x{i}", title="t", text=" ".join(words), relevant=True, tags=rng.sample(TAGS, 2))


def test_compiled_agrees_with_naive_on_generated_set() -> None:
    rng = random.Random(7)
    subs = [Subscription(f"s{i}", random_query(rng)) for i in range(300)]
    matcher = CompiledMatcher(subs)
    fired = 0
    for i in range(300):
        article = random_article(rng, i)
        expected = naive_match(subs, article)
        assert matcher.match(article) == expected
        fired += len(expected)
    assert fired > 0


def test_incremental_add_and_remove() -> None:
    matcher = CompiledMatcher([Subscription("a", "ambassador"), Subscription("b", "visit")])
    article = Article(id="1", text="the ambassador", relevant=True)
    assert matcher.match(article) == ["a"]
    matcher.remove("a")
    assert matcher.match(article) == []
    matcher.add(Subscription("b", "ambassador OR visit"))
    assert matcher.match(article) == ["b"]
    assert len(matcher) == 1


def test_negation_only_queries_are_always_candidates() -> None:
    matcher = CompiledMatcher([Subscription("n", "NOT weather")])
    assert matcher.match(Article(id="1", text="talks", relevant=True)) == ["n"]
    assert matcher.match(Article(id="2", text="weather", relevant=True)) == []
