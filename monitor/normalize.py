"""One text normaliser for indexing, querying and alert matching.

Arabic, Persian and Cyrillic writers spell the same word in several ways (hamza forms, Arabic vs Persian
ya/kaf, diacritics, ZWNJ, ё/е, letter case, Eastern digits). If the indexer, the query parser and the alert
matcher each folded these differently, a query would miss documents it should find; so everything goes
through :func:`normalize`, and code that must report offsets in the original text uses
:func:`fold` (or :func:`normalize_with_offsets`), which performs the very same folding.

The folding is per character (each input character becomes zero, one or a few output characters), which is
what makes an exact offset map possible. It is hand-written because no library offers this combination of
Arabic, Persian and Cyrillic folding with offsets.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Arabic diacritics (harakat, tanween, shadda, sukun, superscript alef, Quranic marks) and tatweel.
_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {
    "\u0670",  # superscript alef
    "\u0640",  # tatweel
    "\u06D6", "\u06D7", "\u06D8", "\u06D9", "\u06DA", "\u06DB", "\u06DC",
    "\u06DF", "\u06E0", "\u06E1", "\u06E2", "\u06E3", "\u06E4", "\u06E7", "\u06E8",
    "\u06EA", "\u06EB", "\u06EC", "\u06ED",
    "\u200c",  # ZWNJ: Persian writers use, omit or replace it by a space inconsistently
    "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff", "\u00ad",
    "\u0301", "\u0300",  # stress marks in Cyrillic text
}

_MAP: dict[str, str] = {
    # Alef with hamza/madda/wasla -> bare alef
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627", "\u0672": "\u0627",
    "\u0673": "\u0627",
    # Ya forms -> Persian ya (the issue asks for Arabic ya/kaf folded to the Persian letters)
    "\u064A": "\u06CC", "\u0649": "\u06CC", "\u06D2": "\u06CC", "\u0626": "\u06CC", "\u06D0": "\u06CC",
    # Kaf -> Persian keheh
    "\u0643": "\u06A9", "\u06AA": "\u06A9",
    # Ta marbuta and heh forms -> heh
    "\u0629": "\u0647", "\u06C0": "\u0647", "\u06C1": "\u0647", "\u06D5": "\u0647", "\u06BE": "\u0647",
    # Waw with hamza -> waw
    "\u0624": "\u0648",
    # Cyrillic yo -> ye (after casefold)
    "\u0451": "\u0435",
    # Typographic quotes and dashes, so phrases match whatever the outlet typed
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2010": "-", "\u2011": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
    # Persian comma / semicolon / question mark -> ASCII punctuation
    "\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066b": ".", "\u066c": ",",
}
# Arabic-Indic and Extended (Persian) digits -> ASCII
for _i in range(10):
    _MAP[chr(0x0660 + _i)] = str(_i)
    _MAP[chr(0x06F0 + _i)] = str(_i)


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """Return the folded form of one character ('' when it is dropped)."""
    if ch in _DROP:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    if ch.isascii():
        return ch.lower()
    # NFKC turns Arabic presentation forms and full-width letters into the basic letters.
    out = []
    for c in unicodedata.normalize("NFKC", ch).casefold():
        if c in _DROP:
            continue
        out.append(_MAP.get(c, c))
    return "".join(out)


class _FoldTable(dict):
    """``ord(ch) -> fold_char(ch)`` filled on first sight, for :meth:`str.translate`.

    Why: folding is per character, so ``text.translate(table)`` gives exactly
    ``"".join(fold_char(c) for c in text)`` at C speed (a generator over every character of a 2-4 KB
    article costs a few hundred microseconds, and every article is folded for the gazetteer and for alert
    matching). ``str.translate`` looks characters up with ``__getitem__``, so ``__missing__`` fills the table
    for characters never seen before. ``irregular`` holds the characters that fold to zero or several
    characters: only they move offsets.

    :meth:`translate` is what callers use: ``str.translate`` looks every character up through the generic
    mapping protocol when the table is a dict subclass, about 40 % slower than with a plain dict. So a plain
    copy of the table translates every text made only of characters already in it (one C-level search for
    any other character decides that); a text with a new character goes through the table itself, which
    fills it, and the copy is remade.
    """

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()
        self._pattern: re.Pattern[str] | None = None
        self._plain: dict[int, str] = {}
        self._unknown: re.Pattern[str] | None = re.compile(r"[\s\S]")  # nothing known yet: every character is new

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold_char(ch)
        if len(folded) != 1:
            self.irregular.add(ch)
            self._pattern = None
        self[code] = folded
        self._unknown = None
        return folded

    def translate(self, text: str) -> str:
        """``text.translate(self)``, through the plain copy whenever every character of ``text`` is known."""
        unknown = self._unknown
        if unknown is None:
            unknown = self._refresh()
        if unknown.search(text) is None:
            return text.translate(self._plain)
        return text.translate(self)

    def _refresh(self) -> re.Pattern[str]:
        """Remake the plain copy and the pattern of every character not in it (known ones as ranges)."""
        plain = dict(self)  # one snapshot for both: another thread may be filling the table
        ranges: list[str] = []
        codes = sorted(plain)
        i = 0
        while i < len(codes):
            j = i
            while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
                j += 1
            ranges.append(re.escape(chr(codes[i])) + ("-" + re.escape(chr(codes[j])) if j > i else ""))
            i = j + 1
        unknown = re.compile("[^" + "".join(ranges) + "]")
        self._plain, self._unknown = plain, unknown
        return unknown

    def irregular_pattern(self) -> re.Pattern[str] | None:
        """One character class of every irregular character seen so far (``None`` while there is none)."""
        pattern = self._pattern
        if pattern is None and self.irregular:
            pattern = re.compile("[" + "".join(re.escape(c) for c in sorted(self.irregular)) + "]")
            self._pattern = pattern
        return pattern


FOLD_TABLE = _FoldTable()


def normalize(text: str) -> str:
    """Fold ``text`` for matching: the same function for documents, queries and alert terms.

    (The alert matcher does not call it for an article the enrichment has folded: the enrichment hands the
    :class:`Folding` on, see :func:`monitor.enrich.enrich_many`.)"""
    if len(text) >= _ARRAY_MIN and (found := _arrays().fold(text)) is not None:
        return found[0]
    return FOLD_TABLE.translate(text)


def word_set(words: Iterable[str]) -> frozenset[str]:
    """The normalised ``words``, for membership tests against tokens of normalised text.

    Why one helper: the rules write their marker words as people spell them (``"في"``, ``"Ұлттық"``); a set
    compared with folded tokens must hold them folded the same way, or a word with a hamza or a capital never
    matches."""
    return frozenset(normalize(w) for w in words)


def alternation(words: Iterable[str], *, bounded: bool = False) -> str:
    """The normalised ``words`` as a regular-expression alternation over normalised text, in the order given
    (an earlier word wins where two match at one place); with ``bounded``, each a whole word or phrase.

    Why one helper: the rules write their marker words as people spell them, and a pattern over folded
    text must fold them the same way and escape them, or a word with a hamza or a capital never matches."""
    if bounded:
        return "|".join(r"(?<!\w)" + re.escape(normalize(w)) + r"(?!\w)" for w in words)
    return "|".join(re.escape(normalize(w)) for w in words)


@dataclass(frozen=True, slots=True)
class Folding:
    """A text, its folded form and the map back: what every offset-reporting step of enrichment needs.

    Why an object: :func:`monitor.enrich.enrich` folds an article once and hands this to the gazetteer
    scan, relevance, entities and the people finder, instead of each of them folding (or looking up a
    cache of) the same text again.
    """

    text: str
    norm: str
    offsets: list[int]  # for each character of ``norm`` the index in ``text`` it came from; one extra final entry
    identity: bool  # no character folded to zero or several: ``offsets[i] == i`` everywhere


def fold(text: str) -> Folding:
    """Fold ``text`` and map every output character back to the input character it came from."""
    return _fold(text)


def _fold(text: str) -> Folding:
    n = len(text)
    found = _arrays().fold(text) if n >= _ARRAY_MIN else None
    if found is not None:
        norm, dropped = found
        if not dropped:
            return Folding(text, norm, _span(0, n + 1), True)
        offsets: list[int] = []
        pos = 0
        for i in dropped:
            offsets += _span(pos, i)
            pos = i + 1
        offsets += _span(pos, n + 1)
        return Folding(text, norm, offsets, False)
    # first: folding registers any irregular character of this text
    norm = FOLD_TABLE.translate(text)
    pattern = FOLD_TABLE.irregular_pattern()
    if pattern is None or pattern.search(text) is None:
        return Folding(text, norm, _span(0, n + 1), True)
    # only characters that fold to zero or several characters shift the map: fill the runs between them
    offsets = []
    pos = 0
    for m in pattern.finditer(text):
        i = m.start()
        offsets += _span(pos, i)
        offsets.extend([i] * len(FOLD_TABLE[ord(text[i])]))
        pos = i + 1
    offsets += _span(pos, n + 1)
    return Folding(text, norm, offsets, False)


# Offsets are mostly runs of consecutive indices. Copying a slice of one list of the ints made once costs a
# reference count per entry, where ``list(range(...))`` allocates a new int object per entry (ten times
# slower: some 15 µs for a 2 KB article). Bounded: longer texts make the rest with ``range``.
_SPAN = list(range(1 << 16))


def _span(start: int, stop: int) -> list[int]:
    """``list(range(start, stop))``."""
    return _SPAN[start:stop] if stop <= len(_SPAN) else list(range(start, stop))


# Texts at least this long fold through :class:`_FoldArrays`; for shorter ones (queries, names, tags) its
# fixed cost of a few NumPy calls exceeds what ``str.translate`` spends per character.
_ARRAY_MIN = 256
_BMP = 0x10000
_UNSEEN = 255  # in ``_FoldArrays.length``: the character has not been looked up in FOLD_TABLE yet
_SEVERAL = _UNSEEN - 1  # ... it folds to several characters (capped), or is past the BMP (``str.translate`` does it)


class _FoldArrays:
    """The Basic Multilingual Plane part of :data:`FOLD_TABLE` as two NumPy arrays indexed by code point: the
    folded character and the length of the folding (0: dropped, 1, several; ``_UNSEEN``).

    Why: ``str.translate`` with a dict costs some 28 ns per character of non-Latin text (a dict lookup with
    a new int key per character), about 60 µs for a 2 KB article, most of the cost of folding it. Indexing
    arrays with the text's code points (its UTF-32 bytes read as integers) does the same lookups in C in a
    few µs. Every entry is read from :data:`FOLD_TABLE` (filled through it on first sight), and a text with a
    character outside the BMP or one that folds to several characters (``…``, ligatures; rare) is left to
    the ``str.translate`` path, so the result is the same either way.
    """

    def __init__(self) -> None:
        import numpy as np  # here, not at import: the CLI's quick commands never fold an article

        self._np = np
        self.code = np.zeros(_BMP, dtype=np.uint32)
        # one entry more, read for every code point past the BMP (``take`` with mode "clip"): several characters
        self.length = np.full(_BMP + 1, _UNSEEN, dtype=np.uint8)
        self.length[_BMP] = _SEVERAL

    def fold(self, text: str) -> tuple[str, list[int]] | None:
        """``(folded text, indices of the dropped characters)``; ``None`` when ``str.translate`` must do it.

        (``take`` instead of indexing with an array, and one reduction where a text is past the BMP or has
        a character folding to several: each NumPy call costs about a microsecond on an article, which is
        what this costs in all.)"""
        np = self._np
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if not codes.size:
            return None
        lengths = self.length.take(codes, mode="clip")
        top = lengths.max()
        if top == _UNSEEN:
            if codes.max() >= _BMP:
                return None
            self._learn(np.unique(codes[lengths == _UNSEEN]).tolist())
            lengths = self.length.take(codes)
            top = lengths.max()
        if top > 1:
            return None
        if lengths.min() == 1:
            return self.code.take(codes).tobytes().decode("utf-32-le", "surrogatepass"), []
        kept = codes[lengths.view(np.bool_)]
        norm = self.code.take(kept).tobytes().decode("utf-32-le", "surrogatepass")
        return norm, np.flatnonzero(lengths == 0).tolist()

    def _learn(self, codes: list[int]) -> None:
        for c in codes:
            folded = FOLD_TABLE[c]
            # the character first, then its length, which is what marks it known to a concurrent reader
            self.code[c] = ord(folded) if len(folded) == 1 else 0
            self.length[c] = min(len(folded), _SEVERAL)


@lru_cache(maxsize=1)
def _arrays() -> _FoldArrays:
    return _FoldArrays()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for each output character, the index of the input character it came from.

    ``offsets`` has one extra final entry equal to ``len(text)`` so that an end offset can be mapped too.
    """
    f = fold(text)
    return f.norm, f.offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a ``[start, end)`` span of normalised text back to the original text."""
    if end <= start:
        return offsets[start], offsets[start]
    return offsets[start], offsets[end - 1] + 1


# Possessive quantifiers: a run of letters and digits can only be followed by ' or -, never by more of
# itself, so giving back characters can never make a match; saying so spares the engine its backtracking
# bookkeeping (some 13 % of tokenising an article, which the alert matcher does for every article).
_TOKEN = re.compile(r"[^\W_]++(?:['\-][^\W_]++)*+", re.UNICODE)


def tokens(normalized: str) -> list[str]:
    """Split already-normalised text into word tokens (letters and digits, keeping inner ' and -)."""
    return _TOKEN.findall(normalized)


def tokenize(text: str) -> list[str]:
    """Normalise then tokenise: the token stream the stores and the alert matcher share."""
    return tokens(normalize(text))
