"""Which subscriptions an article fires: the same expanded query trees as search, evaluated in process.

The matcher is compiled once per set of subscriptions: every query is parsed and expanded up front, and an
index from "the words and tags a query needs at least one of" to subscriptions lets each article visit only
the candidate subscriptions whose required words it contains (the cost grows with the article, not with
the number of subscriptions). Queries that can match without any positive word (pure negations) are always
candidates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from monitor.model import Article
from monitor.query import And, MatchDoc, Node, Not, Or, Tag, Term, evaluate, parse


@dataclass(frozen=True)
class Subscription:
    name: str
    query: str


def _anchor_sets(node: Node) -> list[frozenset[str]] | None:
    """Alternative key sets: the article must contain at least one key of *some* returned set.

    Keys are ``w:<word>`` (the first word of a term) or ``t:<tag>``. ``None`` means "no anchor" (the node
    can match an article that contains none of its words, e.g. under NOT).
    """
    if isinstance(node, Term):
        return [frozenset({f"w:{node.words[0]}", *(f"t:{t}" for t in node.tags)})]
    if isinstance(node, Tag):
        return [frozenset(f"t:{t}" for t in node.tags)]
    if isinstance(node, Not):
        return None
    if isinstance(node, And):
        options = [a for a in (_anchor_sets(c) for c in node.children) if a is not None]
        # Any one child's anchors suffice; the smallest set of keys makes the fewest false candidates.
        return min(options, key=lambda sets: sum(len(s) for s in sets)) if options else None
    if isinstance(node, Or):
        merged: list[frozenset[str]] = []
        for child in node.children:
            sets = _anchor_sets(child)
            if sets is None:
                return None
            merged.extend(sets)
        return [frozenset().union(*merged)]
    raise TypeError(node)


def article_doc(article: Article) -> MatchDoc:
    return MatchDoc.build(article.full_text, article.tags)


class CompiledMatcher:
    """All subscriptions compiled into one keyword index; exact boolean check only on candidates."""

    def __init__(self, subscriptions: Iterable[Subscription] = ()) -> None:
        self._queries: dict[str, Node] = {}
        self._index: dict[str, set[str]] = defaultdict(set)
        self._always: set[str] = set()
        for sub in subscriptions:
            self.add(sub)

    def __len__(self) -> int:
        return len(self._queries)

    def add(self, sub: Subscription) -> None:
        """Add or replace one subscription (incremental: nothing else is recompiled)."""
        self.remove(sub.name)
        node = parse(sub.query)
        self._queries[sub.name] = node
        anchors = _anchor_sets(node)
        if anchors is None:
            self._always.add(sub.name)
        else:
            for key in frozenset().union(*anchors):
                self._index[key].add(sub.name)

    def remove(self, name: str) -> None:
        if self._queries.pop(name, None) is None:
            return
        self._always.discard(name)
        for key in [k for k, names in self._index.items() if name in names]:
            self._index[key].discard(name)
            if not self._index[key]:
                del self._index[key]

    def candidates(self, doc: MatchDoc) -> set[str]:
        found = set(self._always)
        index = self._index
        for word in doc.token_set:
            names = index.get("w:" + word)
            if names:
                found |= names
        for tag in doc.tags:
            names = index.get("t:" + tag)
            if names:
                found |= names
        return found

    def match_doc(self, doc: MatchDoc) -> list[str]:
        return sorted(n for n in self.candidates(doc) if evaluate(self._queries[n], doc))

    def match(self, article: Article) -> list[str]:
        """Names of the subscriptions this article fires."""
        return self.match_doc(article_doc(article))


def naive_match(subscriptions: Iterable[Subscription], article: Article) -> list[str]:
    """Reference implementation: evaluate every subscription (benchmarks and agreement tests)."""
    doc = article_doc(article)
    return sorted(s.name for s in subscriptions if evaluate(parse(s.query), doc))
