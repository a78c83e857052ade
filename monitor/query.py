"""The user query language shared by search and alerts.

Syntax: words, "quoted phrases", ``AND`` / ``OR`` / ``NOT`` (also ``-word``), parentheses, and field
filters ``lang:ar``, ``country:Kazakhstan``, ``source:"Outlet"``, ``entity:"Sadyr Japarov"``,
``type:person``, ``concept:ambassador``, ``tag:...``. Adjacent terms are joined by AND.

Every store and matcher works from the same parsed and *expanded* tree: a word that the gazetteer or the
diplomatic lexicon knows (``Kazakhstan``, ``قزاقستان``, ``ambassador``, ``سفير``) also matches the
language-independent tag it stands for, which is how a query in one language finds articles in another.
Users never reach a store's own query syntax (FTS5 or the engine's DSL): only these nodes are translated.

A hand-written recursive-descent parser, because the grammar is tiny and we need exact error positions
and the same tree for three back-ends (SQLite FTS5, the search engine, the in-process alert matcher).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from monitor.gazetteer import term_tags
from monitor.normalize import normalize, tokens
from monitor.tags import ENTITY_TAG_KIND, make_tag, name_key

FIELDS = ("lang", "country", "source", "entity", "type", "concept", "tag", "place", "org")


class QueryError(ValueError):
    """A query that cannot be parsed; ``position`` is the 0-based character offset of the problem."""

    def __init__(self, message: str, position: int, query: str) -> None:
        self.message = message
        self.position = position
        self.query = query
        pointer = " " * position + "^"
        super().__init__(f"{message} at position {position}\n  {query}\n  {pointer}")


# ---------------------------------------------------------------------------------------------- nodes


@dataclass(frozen=True)
class Term:
    """A word or phrase matched against the normalised text, or any of ``tags`` (from the gazetteer)."""

    raw: str
    words: tuple[str, ...]  # normalised tokens; more than one = phrase
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Tag:
    """A field filter resolved to one or more tags (any of them matches)."""

    field: str
    raw: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    child: Node


Node = Term | Tag | And | Or | Not


# ---------------------------------------------------------------------------------------------- tags


@lru_cache(maxsize=65536)  # 100,000 alerts share a few tens of thousands of distinct terms
def expand(text: str) -> tuple[str, ...]:
    """Tags that a user's word or phrase stands for, in any language or script."""
    return tuple(dict.fromkeys(term_tags(text)))


def _field_tags(name: str, value: str) -> tuple[str, ...]:
    """The tags a ``field:value`` filter selects. A value that names nothing (``country:Narnia``, ``lang:xx``,
    ``concept:foo``, ``type:thing``) raises :class:`QueryError` with suggestions: a filter that can never
    match would answer "0 matches", which reads as "nothing was written about it"."""
    if name == "tag":
        return (normalize(value).strip(),)
    if name == "lang":
        return (make_tag("lang", _language(value)),)
    if name == "type":
        kind = {"org": "organization", "organisation": "organization", "people": "person"}.get(
            value.strip().lower(), value.strip().lower())
        if kind not in ENTITY_TAG_KIND:
            raise _unknown("type", value, list(ENTITY_TAG_KIND))
        return (make_tag("type", kind),)
    if name == "concept":
        found = tuple(t for t in expand(value) if t.startswith("concept:"))  # concept:سفير is concept:ambassador
        if found:
            return found
        concepts = known_concepts()
        key = "_".join(tokens(normalize(value)))
        if key not in concepts:
            raise _unknown("concept", value, sorted(concepts))
        return (make_tag("concept", key),)
    if name == "source":
        return (make_tag("source", value),)
    if name == "entity":
        # An entity filter matches the canonical entity whatever its kind, plus gazetteer resolution; one word
        # also matches the people with that word in their name (a surname: entity:Қыстафин).
        found = tuple(t for t in expand(value))
        words = tokens(normalize(value))
        names = (make_tag("name", name_key(words[0])),) if len(words) == 1 and len(words[0]) >= 3 else ()
        return tuple(dict.fromkeys((make_tag("entity", value), *found, *names)))
    if name == "country":
        resolved = tuple(t for t in expand(value) if t.startswith("country:"))
        if not resolved:
            iso = _iso_country(value)
            resolved = tuple(t for t in expand(iso) if t.startswith("country:")) if iso else ()
        if not resolved:
            canonical = {normalize(n): n for n in country_names()}.get(normalize(value).strip())
            if canonical is None:
                raise _unknown("country", value, country_names())
            resolved = (make_tag("country", canonical),)  # a canonical name too ambiguous to stand alone in text
        return resolved
    resolved = tuple(t for t in expand(value) if t.startswith(name + ":"))
    return resolved or (make_tag(name, value),)


def _unknown(field_name: str, value: str, known: list[str]) -> QueryError:
    from difflib import get_close_matches

    folded = {normalize(k): k for k in known}
    close = [folded[m] for m in get_close_matches(normalize(value), list(folded), n=3, cutoff=0.6)]
    hint = f"; did you mean {', '.join(close)}?" if close else (
        f"; known values: {', '.join(known[:12])}{' ...' if len(known) > 12 else ''}")
    return QueryError(f"unknown {field_name} {value!r}{hint}", 0, f"{field_name}:{value}")


@lru_cache(maxsize=1)
def known_concepts() -> frozenset[str]:
    from monitor.lexicon import lexicon

    return frozenset(lexicon().concepts)


@lru_cache(maxsize=1)
def country_names() -> list[str]:
    """Canonical names of every country the gazetteer knows (for suggestions)."""
    from monitor.gazetteer import entity_names

    return sorted({canonical for kind, canonical, _surface in entity_names() if kind == "country"})


def _iso_country(value: str) -> str | None:
    """``UZ``, ``uz``, ``UZB`` -> ``Uzbekistan`` (ISO 3166 alpha-2 and alpha-3 codes, any case)."""
    import pycountry

    code = value.strip()
    if not (code.isascii() and code.isalpha() and len(code) in (2, 3)):
        return None
    found = pycountry.countries.get(alpha_2=code.upper()) if len(code) == 2 else pycountry.countries.get(
        alpha_3=code.upper())
    if found is None:
        return None
    return getattr(found, "common_name", None) or found.name.split(",")[0].split("(")[0].strip()


def _language(value: str) -> str:
    """A language filter as the two-letter code the stores keep: ``ar``, ``AR``, ``ara``, ``Arabic``;
    ``und`` for articles whose language is unknown."""
    import pycountry

    text = value.strip()
    if text.lower() == "und":
        return "und"
    found = None
    if len(text) == 2 and text.isascii():  # lookup("en") finds the language named "En" before English
        found = pycountry.languages.get(alpha_2=text.lower())
    elif len(text) == 3 and text.isascii():
        found = pycountry.languages.get(alpha_3=text.lower())
    if found is None:
        try:
            found = pycountry.languages.lookup(text)
        except LookupError:
            found = None
    code = getattr(found, "alpha_2", None) if found is not None else None
    if code:
        return code
    raise _unknown("language", value, ["ar", "fa", "kk", "ru", "en", "und"])


# ---------------------------------------------------------------------------------------------- parser

_TOKEN_RE = re.compile(
    r"""\s*(?:
        (?P<lpar>\() | (?P<rpar>\)) |
        (?P<field>[A-Za-z]+): |
        (?P<phrase>"[^"]*"?) |
        (?P<minus>-)(?=[^\W_]|["(]) |
        (?P<word>[^\s()"]+)
    )""",
    re.VERBOSE,
)


_VALUE_RE = re.compile(r'"[^"]*"?|[^\s()"]+')


@dataclass
class _Tok:
    kind: str
    text: str
    pos: int


def _lex(query: str) -> list[_Tok]:
    out: list[_Tok] = []
    pos = 0
    while pos < len(query):
        m = _TOKEN_RE.match(query, pos)
        if not m or m.end() == pos:
            if query[pos:].strip() == "":
                break
            raise QueryError("unexpected character", pos, query)
        kind = m.lastgroup or ""
        start = m.start(kind)
        text = m.group(kind)
        if kind == "phrase" and (len(text) < 2 or not text.endswith('"')):
            raise QueryError('unterminated phrase: expected closing "', start, query)
        if kind == "word" and text in ("AND", "OR", "NOT", "&&", "||"):
            kind = {"&&": "AND", "||": "OR"}.get(text, text)
        elif kind == "field":
            text = text.lower()
            if text not in FIELDS:
                from difflib import get_close_matches

                close = get_close_matches(text, FIELDS, n=1)
                hint = f"did you mean {close[0]}:? " if close else ""
                literal = re.compile(r"[^\s()\"]*").match(query, start)
                raise QueryError(
                    f"unknown field '{text}:'; {hint}fields are {', '.join(f + ':' for f in FIELDS)} "
                    f"(to search for the text itself, quote it: \"{literal.group(0) if literal else text}\")",
                    start, query)
        pos = m.end()
        if kind == "word" and not tokens(normalize(text)):
            continue  # punctuation-only words (*, --, ^) carry nothing to search for, as in search engines
        out.append(_Tok(kind, text, start))
        if kind == "field":
            # The value is taken whole (a phrase or everything up to a space), so ``tag:country:x`` works.
            value = _VALUE_RE.match(query, pos)
            if value and value.group(0):
                vtext = value.group(0)
                if vtext.startswith('"') and (len(vtext) < 2 or not vtext.endswith('"')):
                    raise QueryError('unterminated phrase: expected closing "', pos, query)
                out.append(_Tok("phrase" if vtext.startswith('"') else "word", vtext, pos))
                pos = value.end()
    return out


@dataclass
class _Parser:
    query: str
    toks: list[_Tok]
    i: int = 0
    depth: int = field(default=0)

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def error(self, expected: str) -> QueryError:
        tok = self.peek()
        pos = tok.pos if tok else len(self.query)
        found = f"'{tok.text}'" if tok else "end of query"
        return QueryError(f"expected {expected}, found {found}", pos, self.query)

    def parse(self) -> Node:
        if not self.toks:
            raise QueryError("empty query: expected a word, a phrase or a field filter", 0, self.query)
        node = self.or_expr()
        if self.peek() is not None:
            raise self.error("AND, OR or the end of the query")
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.take()
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self) -> Node:
        children = [self.unary()]
        while (tok := self.peek()) is not None and tok.kind not in ("OR", "rpar"):
            if tok.kind == "AND":
                self.take()
            children.append(self.unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> Node:
        tok = self.peek()
        if tok is not None and tok.kind in ("NOT", "minus"):
            self.take()
            return Not(self.unary())
        return self.primary()

    def primary(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise self.error("a word, a phrase, a field filter or '('")
        if tok.kind == "lpar":
            self.take()
            self.depth += 1
            if self.depth > 32:
                raise QueryError("parentheses nested too deeply", tok.pos, self.query)
            node = self.or_expr()
            closing = self.peek()
            if closing is None or closing.kind != "rpar":
                raise self.error("')'")
            self.take()
            self.depth -= 1
            return node
        if tok.kind == "field":
            self.take()
            value_tok = self.peek()
            if value_tok is None or value_tok.kind not in ("word", "phrase"):
                raise self.error(f"a value after '{tok.text}:'")
            self.take()
            value = value_tok.text.strip('"')
            if not value.strip():
                raise QueryError(f"empty value after '{tok.text}:'", value_tok.pos, self.query)
            try:
                tags = _field_tags(tok.text, value)
            except QueryError as exc:  # an unknown value: point at it in the user's query
                raise QueryError(exc.message, value_tok.pos, self.query) from None
            return Tag(tok.text, value, tags)
        if tok.kind in ("word", "phrase"):
            self.take()
            raw = tok.text.strip('"')
            words = tuple(tokens(normalize(raw)))
            if not words:
                if tok.kind == "phrase":
                    raise QueryError("empty phrase", tok.pos, self.query)
                raise QueryError(f"'{raw}' has no letters or digits to search for", tok.pos, self.query)
            return Term(raw, words, expand(raw))
        raise self.error("a word, a phrase, a field filter or '('")


@lru_cache(maxsize=4096)
def parse(query: str) -> Node:
    """Parse and expand a user query. Raises :class:`QueryError` with the position of the problem."""
    if len(query) > 2000:
        raise QueryError("query longer than 2000 characters", 2000, query[:60])
    if query.strip() == "*":
        return MATCH_ALL  # every article: the latest-articles view, exports of a whole filter
    return _Parser(query, _lex(query)).parse()


#: ``*``: an empty conjunction, true for every article in every back-end.
MATCH_ALL: Node = And(())


# ---------------------------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class MatchDoc:
    """What the in-process matcher needs of an article: its token set, tokens in order and tags."""

    token_set: frozenset[str]
    tags: frozenset[str]
    tokens: tuple[str, ...]  # in order: the matcher's bigrams and :attr:`padded`

    @cached_property
    def padded(self) -> str:
        """``" " + " ".join(tokens) + " "``: phrase containment with whole-token boundaries. Made on first use:
        only a phrase evaluated on a candidate reads it, and most matches are decided by the anchors alone."""
        return " " + " ".join(self.tokens) + " "

    @classmethod
    def build(cls, text: str, tags: Iterable[str]) -> MatchDoc:
        toks = tokens(normalize(text))
        return cls(frozenset(toks), frozenset(tags), tuple(toks))


def evaluate(node: Node, doc: MatchDoc) -> bool:
    """Exact boolean evaluation of an expanded query against one article."""
    if isinstance(node, Term):
        if any(t in doc.tags for t in node.tags):
            return True
        if len(node.words) == 1:
            return node.words[0] in doc.token_set
        return all(w in doc.token_set for w in node.words) and (" " + " ".join(node.words) + " ") in doc.padded
    if isinstance(node, Tag):
        return any(t in doc.tags for t in node.tags)
    if isinstance(node, And):
        return all(evaluate(c, doc) for c in node.children)
    if isinstance(node, Or):
        return any(evaluate(c, doc) for c in node.children)
    if isinstance(node, Not):
        return not evaluate(node.child, doc)
    raise TypeError(node)


def positive_terms(node: Node) -> list[Term]:
    """Terms that make a document match (not under NOT): what snippets highlight."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, And | Or):
        return [t for c in node.children for t in positive_terms(c)]
    return []


def highlight_terms(node: Node) -> list[Term]:
    """What a snippet marks: the positive words, and the positive filters that name something written in the
    text (``country:``, ``entity:``, ``place:``, ``org:``, ``concept:``) as terms without words of their own."""
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Tag):
        return [Term(node.raw, (), node.tags)] if node.field not in ("lang", "source", "type", "tag") else []
    if isinstance(node, And | Or):
        return [t for c in node.children for t in highlight_terms(c)]
    return []


def walk(node: Node, visit: Callable[[Node], None]) -> None:
    visit(node)
    if isinstance(node, And | Or):
        for child in node.children:
            walk(child, visit)
    elif isinstance(node, Not):
        walk(node.child, visit)


# ---------------------------------------------------------------------------------------------- FTS5


def fts_tag_token(tag: str) -> str:
    """Tags as single FTS5 tokens (the table is created with ``tokenchars '_'``)."""
    return "t_" + re.sub(r"\W", "_", tag)


ALL_TOKEN = "t__all"


def _fts_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def to_fts5(node: Node) -> str:
    """Translate an expanded query into an FTS5 MATCH expression over columns ``body`` and ``tags``."""
    if isinstance(node, Term):
        # FTS5's tokenizer splits at ' and - where ours keeps them inside a token: spell those as phrases.
        parts = [p for w in node.words for p in re.split(r"['\-]", w) if p]
        text = "body : " + (_fts_quote(parts[0]) if len(parts) == 1 else '"' + " ".join(parts).replace('"', "") + '"')
        alts = [text] + [f"tags : {_fts_quote(fts_tag_token(t))}" for t in node.tags]
        return "(" + " OR ".join(alts) + ")"
    if isinstance(node, Tag):
        return "(" + " OR ".join(f"tags : {_fts_quote(fts_tag_token(t))}" for t in node.tags) + ")"
    if isinstance(node, And):
        positives = [c for c in node.children if not isinstance(c, Not)]
        negatives = [c for c in node.children if isinstance(c, Not)]
        expr = " AND ".join(to_fts5(c) for c in positives) if positives else f"tags : {ALL_TOKEN}"
        for neg in negatives:
            expr = f"({expr}) NOT {to_fts5(neg.child)}"
        return "(" + expr + ")"
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(c) for c in node.children) + ")"
    if isinstance(node, Not):
        return f"((tags : {ALL_TOKEN}) NOT {to_fts5(node.child)})"
    raise TypeError(node)
