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


# --------------------------------------------------------------------------------------------- generated sets

from monitor.alerts import generate  # noqa: E402
from monitor.alerts.matcher import NaiveMatcher, article_doc  # noqa: E402


def test_compiled_agrees_with_naive_on_generated_multilingual_set() -> None:
    """2,000 generated queries (five languages, AND/OR/NOT, phrases, filters) × 300 generated articles."""
    subs = generate.subscriptions(2000, seed=11)
    arts = generate.articles(300, seed=12)
    compiled, naive = CompiledMatcher(subs), NaiveMatcher(subs)
    fired = candidates = 0
    for article in arts:
        doc = article_doc(article)
        expected = naive.match_doc(doc)
        assert compiled.match_doc(doc) == expected, article.id
        fired += len(expected)
        candidates += len(compiled.candidates(doc))
    assert fired > 300  # the generated workload really fires
    assert candidates < 300 * 2000 / 10  # and the index really prunes: far fewer candidates than subscriptions


def test_incremental_changes_equal_a_fresh_compile() -> None:
    rng = random.Random(3)
    subs = generate.subscriptions(600, seed=5)
    matcher = CompiledMatcher(subs[:400])
    live = {s.name: s for s in subs[:400]}
    for sub in subs[400:]:  # add 200, remove 150, replace 100 queries under existing names
        matcher.add(sub)
        live[sub.name] = sub
    for name in rng.sample(sorted(live), 150):
        assert matcher.remove(name)
        del live[name]
    for name, other in zip(rng.sample(sorted(live), 100), generate.subscriptions(100, seed=9), strict=True):
        live[name] = Subscription(name, other.query)
        matcher.add(live[name])
    fresh = CompiledMatcher(live.values())
    assert len(matcher) == len(fresh) == len(live)
    for article in generate.articles(150, seed=8):
        doc = article_doc(article)
        assert matcher.match_doc(doc) == fresh.match_doc(doc) == NaiveMatcher(live.values()).match_doc(doc)
    assert not matcher.remove("no-such-alert")


def test_phrases_and_two_part_and_are_exact() -> None:
    """The shortcuts (bigram anchors, AND of two anchored parts) never fire on a near miss."""
    matcher = CompiledMatcher([
        Subscription("phrase", '"official visit"'),
        Subscription("long", '"joint intergovernmental commission"'),
        Subscription("both", "ambassador AND lahore"),
    ])
    assert matcher.match(Article(id="1", text="an official visit to Lahore", relevant=True)) == ["phrase"]
    assert matcher.match(Article(id="2", text="visit official", relevant=True)) == []
    assert matcher.match(Article(id="3", text="joint intergovernmental talks", relevant=True)) == []
    assert matcher.match(Article(id="4", text="the joint intergovernmental commission met", relevant=True)) == ["long"]
    assert matcher.match(Article(id="5", text="ambassador in Almaty", relevant=True)) == []
    assert matcher.match(Article(id="6", text="ambassador in Lahore", relevant=True)) == ["both"]


def test_a_bad_query_is_refused_and_changes_nothing() -> None:
    import pytest

    from monitor.query import QueryError

    matcher = CompiledMatcher([Subscription("a", "ambassador")])
    with pytest.raises(QueryError) as info:
        matcher.add(Subscription("a", "ambassador AND (visit"))
    assert info.value.position == len("ambassador AND (visit")
    assert "expected ')'" in str(info.value)
    assert matcher.match(Article(id="1", text="the ambassador", relevant=True)) == ["a"]


def test_the_enrichments_folding_matches_as_refolding_and_another_texts_is_ignored() -> None:
    from monitor.enrich import enrich_many
    from monitor.normalize import fold

    subs = [Subscription("a", "سفير AND tag:lang:ar"), Subscription("b", '"посол казахстана"'),
            Subscription("c", "ambassador OR визит")]
    matcher = CompiledMatcher(subs)
    articles = [Article(id="1", title="السفير الكازاخستاني", text="سفير كازاخستان في القاهرة"),
                Article(id="2", title="Посол Казахстана", text="Посол Казахстана прибыл с визитом в Каир."),
                Article(id="3", text="The ambassador of Kazakhstan met the minister in Cairo.")]
    foldings: list = []
    enriched = enrich_many(articles, foldings=foldings)
    assert [f.text for f in foldings] == [a.full_text for a in articles]
    for article, folding in zip(enriched, foldings, strict=True):
        assert matcher.match(article, folding) == matcher.match(article) == naive_match(subs, article)
        # a folding of some other text (a caller's mistake) is not used
        assert matcher.match(article, fold("ambassador визит посол")) == matcher.match(article)
