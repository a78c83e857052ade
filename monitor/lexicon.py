"""The diplomatic-event lexicon, non-diplomatic contexts and trap phrases (data in ``data/lexicon.yaml``).

Why a data file: analysts extend vocabulary (a new spelling, a new kind of event) without touching code,
and the same surface syntax serves the gazetteer. This module only parses; matching is done by the one
Aho-Corasick automaton in :mod:`monitor.gazetteer`, so an article is scanned once for everything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from monitor.normalize import normalize

_SPEC = re.compile(r"^(?P<text>.+?)(?P<stem>\*)?(?P<case>=)?(?:@(?P<lang>[a-z]{2}))?(?:\^(?P<weight>[0-9.]+))?$")


@dataclass(frozen=True)
class Surface:
    """One written form: its display text and how it may match (see the syntax in the data files)."""

    text: str
    stem: bool  # may end inside a token (inflection, suffixes)
    case: int  # 0: any case; 1: must start with a capital; 2: exact case
    lang: str | None  # only for articles in this language
    weight: float | None  # evidence weight, None = default of its kind

    @property
    def key(self) -> str:
        """The normalised form the automaton is built over."""
        return normalize(self.text)


def parse_surface(spec: str) -> Surface:
    """Parse ``text[*][=][@lang][^weight]``; capitalised Latin/Cyrillic text must match capitalised."""
    if not isinstance(spec, str):  # YAML reads an unquoted "Background:" in a list as a mapping: quote it
        raise ValueError(f"surface spec is not a string: {spec!r} (quote a term that ends in ':')")
    m = _SPEC.match(spec.strip())
    if not m:
        raise ValueError(f"bad surface spec {spec!r}")
    text = m["text"].strip()
    if "*" in text:  # the automaton matches whole normalised keys: a stem mark inside a term never matches
        raise ValueError(f"stem mark inside surface spec {spec!r}: only a term's last word may end in '*'; "
                         "list the inflected forms of the other words")
    if m["case"]:
        case = 2
    elif text[:1].isupper():
        case = 1
    else:
        case = 0
    weight = float(m["weight"]) if m["weight"] else None
    return Surface(text, bool(m["stem"]), case, m["lang"], weight)


@dataclass(frozen=True)
class Concept:
    """A kind of diplomatic event or contact (``ambassador``, ``visit``, ``memorandum`` ...)."""

    id: str
    weight: float
    strong: bool  # implies a foreign actor by itself, and outweighs sport/tourism/price contexts
    surfaces: tuple[Surface, ...]
    foreign: bool = False  # implies a second country (bilateral, counterpart) without being strong
    role: str | None = None  # "strong" | "weak": an office of a state (ambassador, delegation) that makes a
    # country beside it a party (see monitor/parties.py)
    pair: bool = False  # joins two sides by definition (a twinning): one side named is contact with another


@dataclass(frozen=True)
class Lexicon:
    concepts: dict[str, Concept]
    contexts: dict[str, tuple[Surface, ...]]
    traps: dict[str, tuple[tuple[str, ...], tuple[Surface, ...]]]  # id -> (countries concerned, surfaces)
    cues: dict[str, tuple[Surface, ...]] = field(default_factory=dict)  # state | state_weak | group | private ...
    tail: tuple[Surface, ...] = ()  # line openers of a "related news" tail
    figurative: tuple[Surface, ...] = ()  # what a figurative ambassador stands for (read beside one, not scanned)


def _load_yaml(name: str) -> dict:
    with resources.files("monitor").joinpath("data", name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def lexicon() -> Lexicon:
    """The parsed lexicon (loaded once)."""
    raw = _load_yaml("lexicon.yaml")
    concepts = {
        cid: Concept(
            cid, float(c["weight"]), bool(c.get("strong")), tuple(parse_surface(s) for s in c["terms"]),
            bool(c.get("foreign") or c.get("strong")), c.get("role"), bool(c.get("pair")),
        )
        for cid, c in raw["concepts"].items()
    }
    contexts = {cid: tuple(parse_surface(s) for s in c["terms"]) for cid, c in raw["contexts"].items()}
    traps = {
        tid: (tuple(t.get("countries") or ()), tuple(parse_surface(s) for s in t["terms"]))
        for tid, t in raw["traps"].items()
    }
    cues = {cid: tuple(parse_surface(s) for s in c["terms"]) for cid, c in (raw.get("cues") or {}).items()}
    tail = tuple(parse_surface(s) for s in raw.get("tail") or ())
    figurative = tuple(parse_surface(s) for s in raw.get("figurative") or ())
    return Lexicon(concepts, contexts, traps, cues, tail, figurative)
