"""Tokens of the folded text: one slotted object per word, number, punctuation mark or line break, with its
offsets in the original text, its script and letter case, and Arabic-script proclitics split off.

Only the windows of an article near titles are tokenised (see :mod:`monitor.people.finder`); the folding is
the article's one :class:`monitor.normalize.Folding`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from monitor.normalize import Folding
from monitor.people.names import PROCLITIC_FIRST, proclitics

if TYPE_CHECKING:
    from monitor.gazetteer import Mention


class Tok:
    """One token of the folded text (a plain slotted class: one is made per word near a title)."""

    __slots__ = ("n", "s", "e", "k", "script", "cap", "pre", "bare", "ment", "leader", "q")

    def __init__(self, n: str, s: int, e: int, k: str, script: str, cap: bool, pre: str = "",
                 bare: str = "", q: int = -1) -> None:
        self.n = n  # folded form
        self.s = s  # start in the original text
        self.e = e  # end in the original text
        self.k = k  # w word | d number | nl line break | p punctuation | gap between windows
        self.script = script  # ar | cy | la | -
        self.cap = cap  # the original starts with an upper-case letter (Latin/Cyrillic)
        self.pre = pre  # Arabic-script proclitics (و ف ب ل ک) split off for lookups
        self.bare = bare  # the word without them ("بالسفیر" -> "السفیر")
        self.ment: Mention | None = None  # gazetteer mention (country, place, organisation) covering the token
        self.leader: Mention | None = None  # gazetteer mention of a head of state or government covering the token
        self.q = q  # start in the folded text (words only)


def script_of(ch: str) -> str:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFF or 0x0750 <= o <= 0x077F:
        return "ar"
    if 0x0400 <= o <= 0x04FF:
        return "cy"
    if ch.isalpha():
        return "la"
    return "-"


def tokenize_windows(folding: Folding, windows: list[tuple[int, int]]) -> list[Tok]:
    """Tokens of the folded text inside ``windows`` (folded offsets), a "gap" token between windows."""
    toks: list[Tok] = []
    for wa, wb in windows:
        if toks:
            toks.append(Tok("", toks[-1].e, toks[-1].e, "gap", "-", False))
        tokenize_into(toks, folding, wa, wb)
    return toks


# One pass over a window: a line break, a word (letters and digits with inner ' and -), or any other
# non-space character. The same tokens as splitting at white space and then splitting each run at
# punctuation, since neither alternative can cross white space and none looks behind.
_TOKS_RE = re.compile(r"(\n)|(\w+(?:['\-]\w+)*)|\S")
_SCRIPT_CACHE: dict[str, str] = {}


def tokenize_into(toks: list[Tok], folding: Folding, wa: int, wb: int) -> None:
    """Append the tokens of ``norm[wa:wb]``, one line-break token per run of line breaks.

    Why one regex and a flat loop: this makes the ~300 tokens of an article and is the largest single cost
    of the people finder; one match per token and no per-token helper calls keep it to about a microsecond
    per token."""
    text, norm, offsets, identity = folding.text, folding.norm, folding.offsets, folding.identity
    append = toks.append
    scripts = _SCRIPT_CACHE
    split_clitics = proclitics
    clitic_first = PROCLITIC_FIRST
    new = Tok  # local names: looked up once, not per token
    for m in _TOKS_RE.finditer(norm, wa, wb):
        kind = m.lastindex
        q, qe = m.span()
        if identity:
            s, e = q, qe
        else:
            s = offsets[q]
            e = s if kind == 1 else offsets[qe - 1] + 1
        if kind == 2:
            w = m.group()
            if not w.isalpha() and w.isdigit():
                append(new(w, s, e, "d", "-", False))
                continue
            c0 = w[0]
            sc = scripts.get(c0)
            if sc is None:
                sc = scripts.setdefault(c0, script_of(c0))
            if sc == "ar":
                split = split_clitics(w) if c0 in clitic_first else ()
                if split:
                    pre, bare = split[0]
                    append(new(w, s, e, "w", sc, False, pre, bare, q))
                else:
                    append(new(w, s, e, "w", sc, False, "", "", q))
                continue
            cap = text[s].isupper()
            if not cap and "-" in w[:4]:  # el-Sisi, al-Thani
                h = text.find("-", s, e)
                cap = h != -1 and h + 1 < e and text[h + 1].isupper()
            append(new(w, s, e, "w", sc, cap, "", "", q))
        elif kind == 1:
            if toks and toks[-1].k != "nl":
                append(new("\n", s, s, "nl", "-", False))
        else:
            append(new(m.group(), s, e, "p", "-", False))
