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
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass

from monitor.model import Article
from monitor.normalize import Folding, tokens
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


def negated_anchors(node: Node) -> tuple[frozenset[Key], ...] | None:
    """For ``A [AND B] AND NOT C [AND NOT D ...]`` with every part exact by its anchors: the anchor sets of the
    negated parts. Such a query matches exactly when its anchors are hit and none of these sets is, so the
    index decides it with set operations, without evaluating the query (``None`` for any other shape)."""
    if not isinstance(node, And):
        return None
    positive = [c for c in node.children if not isinstance(c, Not)]
    negated = [c.child for c in node.children if isinstance(c, Not)]
    if not negated or len(positive) not in (1, 2) or not all(_anchor_exact(c) for c in positive + negated):
        return None
    return tuple(a for a in (anchors(c) for c in negated) if a is not None)


def anchor_pair(node: Node) -> tuple[frozenset[Key] | None, frozenset[Key] | None]:
    """Primary and (for a top-level AND with two anchored children) secondary anchor sets."""
    if isinstance(node, And):
        options = sorted((a for a in (anchors(c) for c in node.children) if a is not None), key=_cost)
        if len(options) >= 2:
            return options[0], options[1]
        return (options[0], None) if options else (None, None)
    return anchors(node), None


Predicate = Callable[[MatchDoc], bool]

# Posting slots (see CompiledMatcher). A primary hit of a subscription in slot _EXACT proves the match, one in
# _UNLESS proves it unless a key of its negated parts (_KILL) is there too, one in _CHECK makes it a candidate
# to evaluate; the same plus _PAIRED need a secondary hit (_SECOND) as well.
_EXACT, _UNLESS, _CHECK, _PAIRED = 0, 1, 2, 3
_SECOND, _KILL = 6, 7
_SLOTS = 8


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


def article_doc(article: Article, folding: Folding | None = None) -> MatchDoc:
    """The matcher's view of an article: normalised tokens of title and body, and its canonical tags.

    ``folding``: the enrichment's folding of the article's full text (:func:`monitor.enrich.enrich_many` hands
    it out), so the text is not folded a second time (some 20-30 µs for a 2 KB article). A folding of any
    other text (a caller's mistake) is not used: one string comparison, against some 2 KB, decides it."""
    text = article.full_text
    if folding is None or folding.text != text:
        return MatchDoc.build(text, article.tags)
    toks = tokens(folding.norm)  # what MatchDoc.build does after normalising: the folding is that normalisation
    return MatchDoc(frozenset(toks), frozenset(article.tags), tuple(toks))


def doc_keys(doc: MatchDoc, firsts: Container[str] | None = None) -> dict[str, Iterable[str]]:
    """What an article offers to the index: its tokens, its adjacent-token bigrams and its tags.

    With ``firsts`` (the first words of the index's two-word keys) only the bigrams that can be a key are
    made: most adjacent pairs of an article open no phrase anyone subscribed to."""
    toks = doc.tokens
    pairs = zip(toks, toks[1:], strict=False)
    if firsts is None:
        bigrams = {f"{a} {b}" for a, b in pairs}
    else:
        bigrams = {f"{a} {b}" for a, b in pairs if a in firsts}
    return {"w": doc.token_set, "b": bigrams, "t": doc.tags}


class CompiledMatcher:
    """All subscriptions compiled into one keyword index; exact boolean check only on candidates.

    Each key of the index holds posting sets by slot: the subscriptions for which it is a primary anchor
    (one slot for each way a primary hit is decided, see below), a secondary anchor, and a negated part (see
    :func:`negated_anchors`); one dictionary lookup per key of an article finds all of them. Not thread-safe:
    one matcher per worker (the :class:`~monitor.alerts.service.AlertService` owns one).

    Why primary anchors are split by how a hit is decided (proved by the anchors, proved unless a negated
    part is present, or evaluated) and by whether a secondary hit is needed: the article's hits then come out
    already sorted into what to do with them, with no set of all candidates to build and split again. An
    article of the benchmark has some 270 candidates among 1,000 subscriptions, and the set operations on
    them were most of the matching time.
    """

    def __init__(self, subscriptions: Iterable[Subscription] = ()) -> None:
        self._ids: dict[str, int] = {}
        self._names: dict[int, str] = {}
        self._nodes: dict[int, Node] = {}
        self._preds: dict[int, Predicate] = {}
        # (slot, keys) of the primary, secondary and negated keys
        self._keys: dict[int, tuple[tuple[int, frozenset[Key]], ...]] = {}
        self._next = 0
        # postings[kind][value] -> {slot: ids}, only slots that hold some
        self._postings: dict[str, dict[str, dict[int, set[int]]]] = {k: {} for k in KINDS}
        self._firsts: dict[str, int] = {}  # first words of two-word keys, with how many keys open with each
        self._always: set[int] = set()  # no anchor at all (pure negations)
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
            self._keys[sid] = ()
            return
        negated = negated_anchors(node)
        slot = _EXACT if exact_by_anchors(node) else _UNLESS if negated is not None else _CHECK
        if second is not None:
            slot += _PAIRED
        keys = ((slot, first), (_SECOND, second or frozenset()),
                (_KILL, frozenset().union(*negated) if negated else frozenset()))
        self._keys[sid] = keys
        for slot, slot_keys in keys:
            for kind, value in slot_keys:
                postings = self._postings[kind]
                slots = postings.get(value)
                if slots is None:
                    slots = postings[value] = {}
                    if kind == "b":
                        head = value.split(" ", 1)[0]
                        self._firsts[head] = self._firsts.get(head, 0) + 1
                slots.setdefault(slot, set()).add(sid)

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
        for slot, keys in self._keys.pop(sid):
            for kind, value in keys:
                postings = self._postings[kind]
                slots = postings.get(value)
                ids = slots.get(slot) if slots is not None else None
                if ids is None:
                    continue
                ids.discard(sid)
                if ids:
                    continue
                del slots[slot]
                if not slots:
                    del postings[value]
                    if kind == "b":
                        head = value.split(" ", 1)[0]
                        if self._firsts[head] == 1:
                            del self._firsts[head]
                        else:
                            self._firsts[head] -= 1
        return True

    def names(self) -> list[str]:
        return sorted(self._ids)

    def _hits(self, doc: MatchDoc) -> list[set[int]]:
        """By slot, the subscriptions with a key of that slot in the article."""
        hits: list[set[int]] = [set() for _ in range(_SLOTS)]
        for kind, values in doc_keys(doc, self._firsts).items():
            postings = self._postings[kind]
            if postings:
                for slots in filter(None, map(postings.get, values)):  # C-level lookups: no frame per key
                    for slot, ids in slots.items():
                        hits[slot] |= ids
        return hits

    def candidate_ids(self, doc: MatchDoc) -> set[int]:
        hits = self._hits(doc)
        second = hits[_SECOND]
        out = hits[_EXACT] | hits[_UNLESS] | hits[_CHECK] | self._always
        for slot in (_EXACT, _UNLESS, _CHECK):
            out |= hits[slot + _PAIRED] & second
        return out

    def candidates(self, doc: MatchDoc) -> set[str]:
        """Names of the subscriptions worth evaluating exactly for this article (a superset of the matches)."""
        return {self._names[i] for i in self.candidate_ids(doc)}

    def match_doc(self, doc: MatchDoc) -> list[str]:
        hits = self._hits(doc)
        second = hits[_SECOND]
        name = self._names.__getitem__
        found = list(map(name, hits[_EXACT]))
        found += map(name, hits[_EXACT + _PAIRED] & second)
        found += map(name, (hits[_UNLESS] | (hits[_UNLESS + _PAIRED] & second)) - hits[_KILL])
        check = hits[_CHECK] | (hits[_CHECK + _PAIRED] & second) | self._always
        if check:
            preds = self._preds
            found.extend(name(i) for i in check if preds[i](doc))
        found.sort()
        return found

    def query_of(self, name: str) -> Node | None:
        sid = self._ids.get(name)
        return None if sid is None else self._nodes[sid]

    def match(self, article: Article, folding: Folding | None = None) -> list[str]:
        """Names of the subscriptions this article fires, sorted (``folding``: see :func:`article_doc`)."""
        return self.match_doc(article_doc(article, folding))


class NaiveMatcher:
    """Reference: evaluate every (pre-parsed) subscription. For agreement tests and the benchmark baseline."""

    def __init__(self, subscriptions: Iterable[Subscription], nodes: dict[str, Node] | None = None) -> None:
        nodes = nodes or {}
        self._nodes = [(s.name, nodes.get(s.name) or parse(s.query)) for s in subscriptions]

    def match_doc(self, doc: MatchDoc) -> list[str]:
        return sorted(name for name, node in self._nodes if evaluate(node, doc))

    def match(self, article: Article, folding: Folding | None = None) -> list[str]:
        return self.match_doc(article_doc(article, folding))


def naive_match(subscriptions: Iterable[Subscription], article: Article) -> list[str]:
    """Reference implementation: evaluate every subscription (benchmarks and agreement tests)."""
    return NaiveMatcher(subscriptions).match(article)
