"""Tokens of the folded text: one slotted object per word, number, punctuation mark or line break, with its
offsets in the original text, its script and letter case, and Arabic-script proclitics split off.

Only the windows of an article near titles are tokenised (see :mod:`monitor.people.finder`); the folding is
the article's one :class:`monitor.normalize.Folding`.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import TYPE_CHECKING

from monitor.normalize import Folding
from monitor.people.names import PROCLITIC_FIRST, proclitics

if TYPE_CHECKING:
    from monitor.gazetteer import Mention


class Tok:
    """One token of the folded text (a plain slotted class: one is made per word near a title).

    No ``__init__``: ``Tok()`` is then made by the type's own C constructor, the cheapest way to make one (a
    third less than ``object.__new__(Tok)``), and :func:`tokenize_into` sets the fields itself. The fields:

    * ``n`` folded form; ``s``, ``e`` start and end in the original text
    * ``k``: w word | d number | nl line break | p punctuation | gap between windows
    * ``script``: ar | cy | la | -; ``cap``: the original starts with an upper-case letter (Latin/Cyrillic)
    * ``pre``: Arabic-script proclitics (و ف ب ل ک) split off for lookups; ``bare``: the word without them
      ("بالسفیر" -> "السفیر")
    * ``ment``: the gazetteer mention (country, place, organisation) covering the token; ``leader``: the
      gazetteer mention of a head of state or government covering it
    """

    __slots__ = ("n", "s", "e", "k", "script", "cap", "pre", "bare", "ment", "leader")

    n: str
    s: int
    e: int
    k: str
    script: str
    cap: bool
    pre: str
    bare: str
    ment: Mention | None
    leader: Mention | None


def mark_tok(n: str, at: int, kind: str) -> Tok:
    """A token that is no word: a line break (``"\\n"``, kind "nl") or the gap between two windows (``""``,
    kind "gap"), at original offset ``at``."""
    t = Tok()
    t.n, t.s, t.e, t.k, t.script, t.cap = n, at, at, kind, "-", False
    t.pre = t.bare = ""
    t.ment = t.leader = None
    return t


def script_of(ch: str) -> str:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFF or 0x0750 <= o <= 0x077F:
        return "ar"
    if 0x0400 <= o <= 0x04FF:
        return "cy"
    if ch.isalpha():
        return "la"
    return "-"


def tokenize_windows(folding: Folding, windows: list[tuple[int, int]], word_at: dict[int, int] | None = None,
                     marks: list[int] | None = None) -> list[Tok]:
    """Tokens of the folded text inside ``windows`` (folded offsets), a "gap" token between windows; with
    ``word_at``, each word token's index is filed under its folded start, with ``marks`` the index of each
    line break and punctuation token is listed (where clauses may end)."""
    toks: list[Tok] = []
    for wa, wb in windows:
        if toks:
            toks.append(mark_tok("", toks[-1].e, "gap"))
        tokenize_into(toks, folding, wa, wb, word_at, marks)
    return toks


# The tokens of a run of text with no space or line break in it: a word (letters and digits with inner ' and
# -) or any other non-space character. Split with the token captured: the pieces alternate white space and
# tokens, and their lengths give the offsets.
_TOKS_SPLIT = re.compile(r"(\w+(?:['\-]\w+)*|\S)")
# What a token's folded form alone tells, computed once per distinct form: (kind, script, proclitics, bare
# word, may be capitalised, has a hyphen near its start).
_INFO: dict[str, tuple[str, str, str, str, bool, bool]] = {}
# A word as written between spaces or line breaks ("قال،", "(ИА", "Алматы.") -> its tokens: (start and end
# in it, folded form, info), computed once per distinct form.
_PIECES: dict[str, tuple[tuple[int, int, str, tuple[str, str, str, str, bool, bool]], ...]] = {}


def _piece(piece: str) -> tuple[tuple[int, int, str, tuple[str, str, str, str, bool, bool]], ...]:
    parts = _TOKS_SPLIT.split(piece)
    pos = list(accumulate(map(len, parts), initial=0))
    infos = _INFO
    toks = tuple((q, qe, w, infos.get(w) or _info(w))
                 for w, q, qe in zip(parts[1::2], pos[1::2], pos[2::2], strict=False))
    if len(_PIECES) > 200_000:
        _PIECES.clear()
    _PIECES[piece] = toks
    return toks


def _info(w: str) -> tuple[str, str, str, str, bool, bool]:
    if len(_INFO) > 200_000:
        _INFO.clear()
    c0 = w[0]
    if not (c0.isalnum() or c0 == "_"):  # \w is a letter, digit or underscore: anything else is punctuation
        info = ("p", "-", "", "", False, False)
    elif not w.isalpha() and w.isdigit():
        info = ("d", "-", "", "", False, False)
    else:
        sc = script_of(c0)
        if sc == "ar":
            split = proclitics(w) if c0 in PROCLITIC_FIRST else ()
            pre, bare = split[0] if split else ("", "")
            info = ("w", sc, pre, bare, False, False)
        else:
            info = ("w", sc, "", "", True, "-" in w[:4])
    _INFO[w] = info
    return info


def tokenize_into(toks: list[Tok], folding: Folding, wa: int, wb: int, word_at: dict[int, int] | None = None,
                  marks: list[int] | None = None) -> None:
    """Append the tokens of ``norm[wa:wb]``, one line-break token per run of line breaks (with ``word_at``:
    and file each word token's index under its folded start).

    Why split at line breaks and spaces and look the pieces up: this makes the ~300 tokens of an article and
    is the largest single cost of the people finder. No token but a line break's holds either, so the tokens
    of the window are its lines' pieces' tokens, with line breaks between the lines; splitting at them is a
    fast C-level split (a regex split tried at every character cost several times more), and a piece's
    tokens and what their forms tell are worked out once per distinct piece (copy repeats its words), so
    the loop only makes the objects."""
    text, offsets, identity = folding.text, folding.offsets, folding.identity
    append = toks.append
    pieces = _PIECES
    make = Tok  # local names: looked up once, not per token
    at = wa  # folded start of the piece
    for line in folding.norm[wa:wb].split("\n"):
        if at > wa and toks and toks[-1].k != "nl":  # the line break before this line
            if marks is not None:
                marks.append(len(toks))
            s = at - 1 if identity else offsets[at - 1]
            append(mark_tok("\n", s, "nl"))
        for piece in line.split(" "):
            if not piece:
                at += 1
                continue
            for a, b, w, info in pieces.get(piece) or _piece(piece):
                q = at + a
                kind = info[0]
                if identity:
                    s, e = q, at + b
                else:
                    s = offsets[q]
                    e = offsets[at + b - 1] + 1
                cap = False
                if kind == "w":
                    if word_at is not None:
                        word_at[q] = len(toks)
                    if info[4]:  # Latin, Cyrillic: the letter case of the original
                        cap = text[s].isupper()
                        if not cap and info[5]:  # el-Sisi, al-Thani
                            h = text.find("-", s, e)
                            cap = h != -1 and h + 1 < e and text[h + 1].isupper()
                elif marks is not None and kind == "p":
                    marks.append(len(toks))
                # the fields set one by one (see Tok): an __init__ taking them costs twice as much (type.__call__
                # packs the arguments into a tuple for it), and this is done for every token (a word's proclitics
                # and bare form are "" but in Arabic script, as a punctuation mark's or number's script is "-":
                # see _info)
                # (one attribute a statement: a tuple assigned to ten of them is built and unpacked first)
                t = make()
                t.n = w
                t.s = s
                t.e = e
                t.k = kind
                t.script = info[1]
                t.cap = cap
                t.pre = info[2]
                t.bare = info[3]
                t.ment = None
                t.leader = None
                append(t)
            at += len(piece) + 1
