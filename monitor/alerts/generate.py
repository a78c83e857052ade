"""Generated subscriptions and articles for the matcher agreement tests and ``benchmarks/alerts.py``.

Everything is derived from what the project ships (the gazetteer's entity names, the diplomatic lexicon)
and the seed articles' own words, in the five languages (Arabic, Persian, Kazakh, Russian, English).
Seeded ``random.Random`` only: the same seed gives the same queries and articles on every machine.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from monitor.alerts.matcher import Subscription
from monitor.gazetteer import entity_names
from monitor.lexicon import lexicon
from monitor.model import Article
from monitor.normalize import normalize, tokens
from monitor.query import parse
from monitor.tags import ENTITY_TAG_KIND, entity_tag

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LANGS = ("ar", "fa", "kk", "ru", "en")


@dataclass(frozen=True)
class Vocabulary:
    words: tuple[str, ...]  # single normalised tokens (seed words, lexicon and gazetteer surfaces)
    phrases: tuple[str, ...]  # two- or three-word phrases that occur in the seeds or the gazetteer
    entities: tuple[tuple[str, str, str], ...]  # (kind, canonical, surface)
    tags: tuple[str, ...]  # tags articles carry


@cache
def seed_texts() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


@cache
def vocabulary() -> Vocabulary:
    words: dict[str, None] = {}
    phrases: dict[str, None] = {}
    counts: Counter[str] = Counter()
    for text in seed_texts():
        toks = [t for t in tokens(normalize(text)) if len(t) > 3 and not t.isdigit()]
        counts.update(toks)
        phrases.update(dict.fromkeys(f"{a} {b}" for a, b in zip(toks[::7], toks[1::7], strict=False)))
    words.update(dict.fromkeys(t for t, c in counts.items() if c == 1))  # the seeds' rarer words, not "this"
    for concept in lexicon().concepts.values():
        for surface in concept.surfaces:
            toks = tokens(normalize(surface.text))
            if len(toks) == 1:
                words[toks[0]] = None
            elif toks:
                phrases[" ".join(toks[:3])] = None
    entities = tuple(e for e in entity_names() if tokens(normalize(e[2])))
    for _kind, _canonical, surface in entities:
        toks = tokens(normalize(surface))
        if len(toks) == 1:
            words[toks[0]] = None
        else:
            phrases[" ".join(toks[:3])] = None
    tags = sorted(
        {entity_tag(k, c) for k, c, _ in entities if k in ENTITY_TAG_KIND}
        | {f"concept:{c}" for c in lexicon().concepts}
        | {f"lang:{lang}" for lang in LANGS}
        | {"type:person", "type:country", "type:organization"}
    )
    return Vocabulary(tuple(words), tuple(phrases), entities, tuple(tags))


def _quote(text: str) -> str:
    return '"' + text.replace('"', "") + '"'


def _entity(rng: random.Random, vocab: Vocabulary) -> str:
    surface = rng.choice(vocab.entities)[2]
    return _quote(surface) if " " in surface else surface


def _word(rng: random.Random, vocab: Vocabulary) -> str:
    return rng.choice(vocab.words) if rng.random() < 0.7 else _quote(rng.choice(vocab.phrases))


def _filter(rng: random.Random, vocab: Vocabulary) -> str:
    r = rng.random()
    if r < 0.4:
        kind, canonical, _ = rng.choice(vocab.entities)
        return f"{'country' if kind == 'country' else 'entity'}:{_quote(canonical)}"
    if r < 0.6:
        return f"lang:{rng.choice(LANGS)}"
    if r < 0.8:
        return f"concept:{rng.choice(sorted(lexicon().concepts))}"
    return "tag:" + rng.choice(vocab.tags)


def random_query(rng: random.Random, vocab: Vocabulary | None = None) -> str:
    """One alert as analysts write them: names and words, narrowed by filters, sometimes OR and NOT."""
    vocab = vocab or vocabulary()
    e, w, f = _entity, _word, _filter
    shape = rng.random()
    if shape < 0.15:
        return e(rng, vocab)
    if shape < 0.40:
        return f"{e(rng, vocab)} AND {rng.choice((w, f))(rng, vocab)}"
    if shape < 0.55:
        return f"({e(rng, vocab)} OR {e(rng, vocab)}) AND {w(rng, vocab)}"
    if shape < 0.65:
        return f"{w(rng, vocab)} {w(rng, vocab)} {f(rng, vocab)}"
    if shape < 0.80:
        return f"{e(rng, vocab)} {f(rng, vocab)} NOT {rng.choice((w, f))(rng, vocab)}"
    if shape < 0.90:
        return f"{w(rng, vocab)} OR {e(rng, vocab)}"
    return f"({f(rng, vocab)} OR {w(rng, vocab)}) AND {e(rng, vocab)} AND NOT {w(rng, vocab)}"


def subscriptions(n: int, seed: int = 1) -> list[Subscription]:
    rng = random.Random(seed)
    vocab = vocabulary()
    return [Subscription(f"g{seed}-{i}", random_query(rng, vocab)) for i in range(n)]


def articles(n: int, seed: int = 2, base: list[Article] | None = None) -> list[Article]:
    """``n`` articles: windows of seed text with vocabulary words and entity names mixed in, and the tags
    that those entities stand for (the way enrichment would tag them), plus the base article's tags."""
    rng = random.Random(seed)
    vocab = vocabulary()
    texts = [t.split() for t in seed_texts()]
    out = []
    for i in range(n):
        words = rng.choice(texts)
        start = rng.randrange(max(1, len(words) - 120))
        body = words[start : start + rng.randint(80, 400)]
        tags = {f"lang:{rng.choice(LANGS)}"}
        for _ in range(rng.randint(2, 12)):
            pos = rng.randrange(len(body) + 1)
            if rng.random() < 0.5:
                kind, canonical, surface = rng.choice(vocab.entities)
                body.insert(pos, surface)
                if kind in ENTITY_TAG_KIND:
                    tags.add(entity_tag(kind, canonical))
                    tags.add(f"type:{kind}")
            else:
                body.insert(pos, rng.choice(vocab.words))
        if base:
            tags |= set(rng.choice(base).tags)
        tags |= set(rng.sample(vocab.tags, 2))
        out.append(Article(id=f"gen-{seed}-{i}", title="", text=" ".join(body), relevant=True, tags=sorted(tags)))
    return out


# ------------------------------------------------------------------------------- real-shaped (selective) alerts


@cache
def rare_vocabulary() -> Vocabulary:
    """The vocabulary without what the seed texts say: words and names an article carries only when the
    generator puts them in (as a real subscription's person, place or organisation is in few articles)."""
    vocab = vocabulary()
    seen = {t for text in seed_texts() for t in tokens(normalize(text))}

    def rare(text: str) -> bool:
        """Not in the seeds, and not a country's name in any spelling (it also stands for the country's tag,
        which many articles carry)."""
        if set(tokens(normalize(text))) & seen:
            return False
        node = parse(_quote(text))
        return not any(t.startswith("country:") for t in getattr(node, "tags", ()))

    entities = tuple(e for e in vocab.entities if e[0] != "country" and rare(e[2]))
    return Vocabulary(tuple(w for w in vocab.words if rare(w)), tuple(p for p in vocab.phrases if rare(p)),
                      entities, vocab.tags)


def selective_query(rng: random.Random, vocab: Vocabulary | None = None, broad_share: float = 0.002) -> str:
    """One subscription shaped like the real ones: a name (person, place, organisation) narrowed by another
    name or word, sometimes by a filter or a NOT, and a few broad topic alerts (``broad_share``) on a country,
    a concept or a language."""
    vocab = vocab or rare_vocabulary()
    if rng.random() < broad_share:
        shape = rng.random()
        if shape < 0.4:
            return f"country:{_quote(rng.choice([c for k, c, _ in vocabulary().entities if k == 'country']))}"
        if shape < 0.8:
            return f"concept:{rng.choice(sorted(lexicon().concepts))}"
        return f"lang:{rng.choice(LANGS)} AND concept:{rng.choice(sorted(lexicon().concepts))}"
    e, w = _entity, _word
    shape = rng.random()
    if shape < 0.40:
        return f"{e(rng, vocab)} AND {rng.choice((e, w))(rng, vocab)}"
    if shape < 0.60:
        return f"{e(rng, vocab)} AND {w(rng, vocab)} AND {_filter(rng, vocab)}"
    if shape < 0.75:
        return f"({e(rng, vocab)} OR {e(rng, vocab)}) AND {w(rng, vocab)}"
    if shape < 0.92:
        return f"{e(rng, vocab)} {w(rng, vocab)} NOT {w(rng, vocab)}"
    if shape < 0.96:
        return f'"{rng.choice(vocab.phrases)}"'
    return e(rng, vocab)


def selective_subscriptions(n: int, seed: int = 1, broad_share: float = 0.002) -> list[Subscription]:
    """``n`` real-shaped subscriptions (see :func:`selective_query`); names ``s<seed>-<i>``."""
    rng = random.Random(seed)
    vocab = rare_vocabulary()
    return [Subscription(f"s{seed}-{i}", selective_query(rng, vocab, broad_share)) for i in range(n)]
