"""Which subscriptions an article fires: every subscription compiled into one index, exact check on candidates.

Why this shape (the Lucene Monitor / Luwak idea): evaluating 100,000 boolean queries per article is far too
slow, but almost every query *requires* some word, phrase or tag. At registration each query is parsed and
expanded once (:func:`monitor.query.parse`), and up to two **anchor sets** are derived from its tree:

* the primary anchor set: keys of which an article must contain at least one (for ``a AND (b OR c)`` the
  cheapest required child: ``{a}`` or ``{b, c}``);
* a secondary anchor set from *another* required child of a top-level AND, when there is one. A query is a
  candidate only when both sets are hit, which cuts candidates by orders of magnitude for the common
  ``word AND country:x`` shape, where one side alone (every article about Kazakhstan) is very common.

Keys are whole normalised tokens (``w``), the first two words of a phrase (``b``, a bigram) and canonical tags
(``t``). An article is scanned once into its token set, bigram set and tag set; each of those looks up the
posting sets of the keys it contains, so the cost per article grows with the article (and the number of
candidates), not with the number of subscriptions. Posting sets are plain Python sets combined with C-level
union and intersection. Because keys are whole tokens, a hash lookup per token is exactly what an
Aho-Corasick automaton over ``" word "`` patterns would find, without rebuilding an automaton: adding or
removing a subscription touches only its own keys (truly incremental). Queries with no required key (pure
negations such as ``NOT weather``) are always candidates. Candidates are then checked with the reference
:func:`monitor.query.evaluate`, so the result is exactly the naive loop's.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from monitor.model import Article
from monitor.query import And, MatchDoc, Node, Not, Or, Tag, Term, evaluate, parse

Key = tuple[str, str]  # (kind, value): ("w", word) | ("b", "w1 w2") | ("t", tag)
KINDS = ("w", "b", "t")

# Rough cost of a key: how often articles contain it. Used only to choose anchors, never for correctness.
_TAG_COST = {"lang": 200.0, "type": 100.0, "country": 40.0, "concept": 20.0, "source": 10.0}


@dataclass(frozen=True)
class Subscription:
    name: str
    query: str


def key_cost(key: Key) -> float:
    kind, value = key
    if kind == "b":
        return 0.3
    if kind == "w":
        return 1.0
    return _TAG_COST.get(value.split(":", 1)[0], 3.0)


def _cost(keys: frozenset[Key]) -> float:
    return sum(key_cost(k) for k in keys)


def anchors(node: Node) -> frozenset[Key] | None:
    """Keys of which a matching article must contain at least one; ``None`` when there is no such set."""
    if isinstance(node, Term):
        text: Key = ("w", node.words[0]) if len(node.words) == 1 else ("b", f"{node.words[0]} {node.words[1]}")
        return frozenset({text, *(("t", t) for t in node.tags)})
    if isinstance(node, Tag):
        return frozenset(("t", t) for t in node.tags) or None
    if isinstance(node, Not):
        return None
    if isinstance(node, And):
        options = [a for a in (anchors(c) for c in node.children) if a is not None]
        return min(options, key=_cost) if options else None
    if isinstance(node, Or):
        merged: set[Key] = set()
        for child in node.children:
            keys = anchors(child)
            if keys is None:
                return None
            merged |= keys
        return frozenset(merged)
    raise TypeError(node)


def _anchor_exact(node: Node) -> bool:
    """True when "the article has one of ``anchors(node)``" is exactly "``node`` matches"."""
    if isinstance(node, Term):
        return len(node.words) <= 2  # a word, or a two-word phrase whose bigram is its anchor
    if isinstance(node, Tag):
        return bool(node.tags)
    if isinstance(node, Or):
        return all(_anchor_exact(c) for c in node.children)
    return False


def exact_by_anchors(node: Node) -> bool:
    """True when an anchor hit (both sets, for a two-part AND) already proves the match: no evaluation."""
    if isinstance(node, And):
        return len(node.children) == 2 and all(_anchor_exact(c) for c in node.children)
    return _anchor_exact(node)


def anchor_pair(node: Node) -> tuple[frozenset[Key] | None, frozenset[Key] | None]:
    """Primary and (for a top-level AND with two anchored children) secondary anchor sets."""
    if isinstance(node, And):
        options = sorted((a for a in (anchors(c) for c in node.children) if a is not None), key=_cost)
        if len(options) >= 2:
            return options[0], options[1]
        return (options[0], None) if options else (None, None)
    return anchors(node), None


Predicate = Callable[[MatchDoc], bool]


def compile_node(node: Node) -> Predicate:
    """A closure with exactly :func:`monitor.query.evaluate`'s semantics, without its per-node type dispatch
    (about three times faster, which matters when an article fires hundreds of alerts)."""
    if isinstance(node, Term):
        tags = frozenset(node.tags)
        if len(node.words) == 1:
            word = node.words[0]
            if not tags:
                return lambda d: word in d.token_set
            return lambda d: word in d.token_set or not tags.isdisjoint(d.tags)
        words = frozenset(node.words)
        padded = " " + " ".join(node.words) + " "
        if not tags:
            return lambda d: words <= d.token_set and padded in d.padded
        return lambda d: not tags.isdisjoint(d.tags) or (words <= d.token_set and padded in d.padded)
    if isinstance(node, Tag):
        tags = frozenset(node.tags)
        return lambda d: not tags.isdisjoint(d.tags)
    if isinstance(node, Not):
        inner = compile_node(node.child)
        return lambda d: not inner(d)
    if isinstance(node, And | Or):
        parts = tuple(compile_node(c) for c in node.children)
        if isinstance(node, And):
            if len(parts) == 2:
                a, b = parts
                return lambda d: a(d) and b(d)
            return lambda d: all(p(d) for p in parts)
        if len(parts) == 2:
            a, b = parts
            return lambda d: a(d) or b(d)
        return lambda d: any(p(d) for p in parts)
    raise TypeError(node)


def article_doc(article: Article) -> MatchDoc:
    """The matcher's view of an article: normalised tokens of title and body, and its canonical tags."""
    return MatchDoc.build(article.full_text, article.tags)


def doc_keys(doc: MatchDoc) -> dict[str, Iterable[str]]:
    """What an article offers to the index: its tokens, its adjacent-token bigrams and its tags."""
    toks = doc.padded.split()
    return {"w": doc.token_set, "b": {f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)}, "t": doc.tags}


class CompiledMatcher:
    """All subscriptions compiled into one keyword index; exact boolean check only on candidates.

    Not thread-safe: one matcher per worker (the :class:`~monitor.alerts.service.AlertService` owns one).
    """

    def __init__(self, subscriptions: Iterable[Subscription] = ()) -> None:
        self._ids: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._nodes: dict[int, Node] = {}
        self._preds: dict[int, Predicate] = {}
        self._keys: dict[int, tuple[frozenset[Key], frozenset[Key]]] = {}
        self._next = 0
        # postings[slot][kind][value] -> subscription ids; slot 0 = primary anchors, 1 = secondary
        self._postings: tuple[dict[str, dict[str, set[int]]], ...] = (
            {k: {} for k in KINDS},
            {k: {} for k in KINDS},
        )
        self._single: set[int] = set()  # anchored subscriptions without a secondary set
        self._always: set[int] = set()  # no anchor at all (pure negations)
        self._exact: set[int] = set()  # an anchor hit proves the match (see exact_by_anchors)
        self.add_many(subscriptions)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, name: object) -> bool:
        return name in self._ids

    def add(self, sub: Subscription, node: Node | None = None) -> None:
        """Add or replace one subscription (incremental: touches only its own keys).

        ``node`` is the already parsed query when the caller has it. Raises :class:`monitor.query.QueryError`
        for a bad query, before anything changes.
        """
        node = node if node is not None else parse(sub.query)
        predicate = compile_node(node)
        self.remove(sub.name)
        sid = self._next
        self._next += 1
        self._ids[sub.name], self._names[sid], self._nodes[sid] = sid, sub.name, node
        self._preds[sid] = predicate
        first, second = anchor_pair(node)
        if first is None:
            self._always.add(sid)
            self._keys[sid] = (frozenset(), frozenset())
            return
        self._keys[sid] = (first, second or frozenset())
        if exact_by_anchors(node):
            self._exact.add(sid)
        if second is None:
            self._single.add(sid)
        for slot, keys in ((0, first), (1, second or ())):
            postings = self._postings[slot]
            for kind, value in keys:
                postings[kind].setdefault(value, set()).add(sid)

    def add_many(self, subscriptions: Iterable[Subscription], nodes: dict[str, Node] | None = None) -> None:
        """Add many subscriptions with the cyclic garbage collector paused: building 100,000 closures
        otherwise triggers repeated full collections that make the build several times slower."""
        nodes = nodes or {}
        enabled = gc.isenabled()
        gc.disable()
        try:
            for sub in subscriptions:
                self.add(sub, nodes.get(sub.name))
        finally:
            if enabled:
                gc.enable()

    def remove(self, name: str) -> bool:
        sid = self._ids.pop(name, None)
        if sid is None:
            return False
        del self._names[sid], self._nodes[sid], self._preds[sid]
        self._always.discard(sid)
        self._single.discard(sid)
        self._exact.discard(sid)
        for slot, keys in enumerate(self._keys.pop(sid)):
            postings = self._postings[slot]
            for kind, value in keys:
                ids = postings[kind].get(value)
                if ids is not None:
                    ids.discard(sid)
                    if not ids:
                        del postings[kind][value]
        return True

    def names(self) -> list[str]:
        return sorted(self._ids)

    def _hits(self, slot: int, keys: dict[str, Iterable[str]]) -> set[int]:
        found: list[set[int]] = []
        for kind, values in keys.items():
            postings = self._postings[slot][kind]
            if not postings:
                continue
            get = postings.get
            found.extend(ids for ids in map(get, values) if ids)
        return set().union(*found)

    def candidate_ids(self, doc: MatchDoc) -> set[int]:
        keys = doc_keys(doc)
        primary = self._hits(0, keys)
        if not primary:
            return set(self._always)
        secondary = self._hits(1, keys)
        return (primary & secondary) | (primary & self._single) | self._always

    def candidates(self, doc: MatchDoc) -> set[str]:
        """Names of the subscriptions worth evaluating exactly for this article (a superset of the matches)."""
        return {self._names[i] for i in self.candidate_ids(doc)}

    def match_doc(self, doc: MatchDoc) -> list[str]:
        preds, names = self._preds, self._names
        candidates = self.candidate_ids(doc)
        proven = candidates & self._exact
        found = [names[i] for i in proven]
        found.extend(names[i] for i in candidates - proven if preds[i](doc))
        return sorted(found)

    def query_of(self, name: str) -> Node | None:
        sid = self._ids.get(name)
        return None if sid is None else self._nodes[sid]

    def match(self, article: Article) -> list[str]:
        """Names of the subscriptions this article fires, sorted."""
        return self.match_doc(article_doc(article))


class NaiveMatcher:
    """Reference: evaluate every (pre-parsed) subscription. For agreement tests and the benchmark baseline."""

    def __init__(self, subscriptions: Iterable[Subscription], nodes: dict[str, Node] | None = None) -> None:
        nodes = nodes or {}
        self._nodes = [(s.name, nodes.get(s.name) or parse(s.query)) for s in subscriptions]

    def match_doc(self, doc: MatchDoc) -> list[str]:
        return sorted(name for name, node in self._nodes if evaluate(node, doc))

    def match(self, article: Article) -> list[str]:
        return self.match_doc(article_doc(article))


def naive_match(subscriptions: Iterable[Subscription], article: Article) -> list[str]:
    """Reference implementation: evaluate every subscription (benchmarks and agreement tests)."""
    return NaiveMatcher(subscriptions).match(article)
