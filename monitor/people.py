"""People and their roles, found by patterns around titles (ambassador, governor, minister, ...).

No list of names: a person is whatever stands where news copy puts a name next to a title, in Arabic,
Persian, Kazakh, Russian and English:

* title before name: ``السفير X``, ``Қазақстан елшісі X``, ``посол Казахстана в Египте X``, ``Governor X``;
* name before title (apposition): ``X محافظ القليوبية``, ``X استاندار زنجان``, ``X, ambassador of ...``;
* title, complement, honorific, name: ``سفير دولة أذربيجان لدى مصر، الدكتور X``;
* repeats: once a full name is known, its surname alone (``Е. X``, ``الرئيس X``) is the same person;
* Persian subjects: a name that opens a clause and is followed by a speech verb (``X در پایان تاکید کرد``)
  or has a Central-Asian surname ending, linked to the nearest preceding title that had no name.

Name boundaries are the hard part. In Latin and Cyrillic a name is a run of 2-4 capitalised tokens; in
Arabic script, which has no case, a name runs until a stop word, verb, title, country or place, number,
punctuation or an adjective with the article; compounds (عبد ال..., أبو ..., بن ..., ... الدين) are one unit.
A wrong span is worse than a missing one, so every doubtful case (a lone token that is not a known surname,
a run that might go on) is dropped.

Titles and word lists are data (``monitor/data/people_roles.yaml``, ``people_words.yaml``), matched over the
text folded by :func:`monitor.normalize.fold_char` so that spelling variants (hamza, ya/kaf, ZWNJ, case)
match, and mapped back to offsets in the original text.

Speed: this runs on every article. An Aho-Corasick automaton over every title's first word finds where
titles may stand; only windows around them (and around Persian speech verbs and Central-Asian surname
endings) are tokenised, by one regex pass per window, and the folding is the one the article's gazetteer
scan made. Diplomatic copy has a title every few sentences, so the windows still hold most of an article:
the per-token work (one match and one slotted object per token) is what the finder costs, and passes over
all tokens are avoided where a list of the few interesting ones can be kept instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from monitor.gazetteer import Scan, scan
from monitor.gazetteer import mentions as gazetteer_mentions
from monitor.model import Entity
from monitor.normalize import Folding, fold, fold_char

# ----------------------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True)
class RoleDef:
    """One title: its canonical English role and how names and complements stand around it."""

    role: str | None
    strength: int = 3  # 1 honorific or rank, 2 weak or ambiguous title, 3 an office
    country: bool = False  # "ambassador of Kazakhstan" when the complement names a country
    complement: bool = False  # takes a genitive complement that is not the name ("محافظ القليوبية")
    dir: str = "both"  # fwd: name follows only; back: name precedes only
    title: bool = False  # may stand between an office and the name ("محافظ الأقصر المستشار X")


_TOKEN_RE = re.compile(r"([^\W\d_]+(?:['\-][^\W\d_]+)*)|(\d+)|(\n\s*)|([^\w\s])")

_RU_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "и", "ей", "ю", "я", "ем", "ой")
_KK_POSS = (
    "", "ы", "і", "сы", "сі", "міз", "мыз", "ымыз", "іміз", "лары", "лері", "тары", "тері", "дары", "дері",
    "ларының", "лерінің",
)
_KK_CASES = (
    "", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "мен", "бен", "пен",
    "ды", "ді", "ты", "ті", "ны", "ні", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан",
    "тен", "нан", "нен", "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
)
_KK_LETTERS = set("әғқңөұүһі")
# the same letters as one character class: a regex search scans a text in C, where set.isdisjoint(text)
# makes a string object for every character of it
_KK_LETTERS_RE = re.compile("[" + "".join(sorted(_KK_LETTERS)) + "]")
# Case endings a Kazakh writer glues to a (foreign) name: genitive, dative, accusative, instrumental.
_KK_NAME_SUFFIXES = (
    "ның", "нің", "дың", "дің", "тың", "тің", "мен", "бен", "пен", "ға", "ге", "қа", "ке",
    "ны", "ні", "ды", "ді", "ты", "ті",
)
_CY_DERIV = ("", "ск", "ск", "цк", "дық", "тық", "лық", "дік", "тік", "лік", "ша", "ше", "ец", "цы", "ц")
_CY_ENDINGS = frozenset(
    d + e
    for d in _CY_DERIV
    for e in (
        *_RU_ENDINGS, "ии", "ию", "ия", "ий", "ого", "ому", "ым", "им", "ая", "ое", "ые", "ых", "ую", "ыми", "ими",
        "ей", "ев", "ами", *(p + c for p in _KK_POSS for c in _KK_CASES),
    )
)
_KK_LOCATIVE_ADJ = ("дағы", "дегі", "тағы", "тегі")
_KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
_KK_ACCUSATIVE = frozenset({"ны", "ні", "ды", "ді", "ты", "ті"})
_BACK_VOWELS = set("аоұыуяё")
_FRONT_VOWELS = set("әеөүіиэю")
_RU_NAME_INFLECTIONS = ("а", "у", "ом", "ым", "им", "е", "ой", "ы", "ого", "ому", "ой", "ую", "ой")
_AR_JOIN_NEXT = {"عبد", "ابو", "بن", "ابن", "بنت", "ال"}  # ال here is آل (family): آل نهيان
_AR_JOIN_PREV = {"الدین", "الله", "الاسلام"}
_CLAUSE_PUNCT = {".", ";", ":", "!", "?", "\u06d4"}
_PROCLITIC_FIRST = frozenset("وفبلک")
_FA_LETTERS = frozenset("پچژگ")
_FA_LETTERS_RE = re.compile("[" + "".join(sorted(_FA_LETTERS)) + "]")
_AR_BARE_PARTICLES = frozenset(
    {"ان", "انه", "انها", "ما", "من", "لا", "ذلک", "هذا", "هذه", "هو", "هی", "الذی", "التی", "ها", "هم"}
)
_PRONOUN_SUFFIXES = ("ته", "تها", "تهم", "تهما", "هما")


def _norm(s: str) -> str:
    return "".join(fold_char(c) for c in s)


def _tokenize_phrase(s: str) -> tuple[str, ...]:
    return tuple(m.group(0).strip() or "\n" for m in _TOKEN_RE.finditer(_norm(s)))


def _inflect(phrase: str) -> list[str]:
    """Expand a ``...|ru`` / ``...|kk`` phrase into its inflected forms (see the YAML header)."""
    if phrase.endswith("|ru"):
        words = phrase[:-3].split(" ")
        return [" ".join([words[0] + e, *words[1:]]) for e in _RU_ENDINGS]
    if phrase.endswith("|kk"):
        words = phrase[:-3].split(" ")
        return [" ".join([*words[:-1], words[-1] + p + c]) for p in _KK_POSS for c in _KK_CASES]
    return [phrase]


def _load_yaml(name: str) -> Any:
    text = resources.files("monitor").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present


def _flat(value: Any) -> list[str]:
    out: list[str] = []
    if isinstance(value, dict):
        for v in value.values():
            out.extend(_flat(v))
    elif isinstance(value, list):
        for v in value:
            out.extend(_flat(v))
    elif value is not None:
        out.append(str(value))
    return out


@dataclass
class _Lexicon:
    phrases: dict[str, list[tuple[tuple[str, ...], RoleDef]]] = field(default_factory=dict)
    stop: frozenset[str] = frozenset()
    stop_ar: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    cap_stop: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    premods: frozenset[str] = frozenset()
    geo_after: tuple[str, ...] = ()
    geo_head: re.Pattern[str] | None = None
    state: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    speech: list[tuple[str, ...]] = field(default_factory=list)
    adverbs: list[tuple[str, ...]] = field(default_factory=list)
    sur_latin: tuple[str, ...] = ()
    sur_cyr: tuple[str, ...] = ()
    sur_ar: tuple[str, ...] = ()
    sur_exceptions: frozenset[str] = frozenset()
    ac: Any = None  # Aho-Corasick over every title's first word (with Arabic proclitics): finds windows
    speech_re: re.Pattern[str] | None = None
    surname_re: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    roles = _load_yaml("people_roles.yaml")
    words = _load_yaml("people_words.yaml")
    lex = _Lexicon()
    entries: dict[tuple[str, ...], RoleDef] = {}

    def add(form: str, rd: RoleDef) -> None:
        for variant in _inflect(form):
            toks = _tokenize_phrase(variant)
            if toks:
                old = entries.get(toks)
                if old is None or (old.strength, old.role is not None) < (rd.strength, rd.role is not None):
                    entries[toks] = rd

    for spec in roles["roles"]:
        rd = RoleDef(
            role=spec["role"],
            strength=int(spec.get("strength", 3)),
            country=bool(spec.get("country", False)),
            complement=bool(spec.get("complement", False)),
            dir=str(spec.get("dir", "both")),
            title=bool(spec.get("title", False)),
        )
        for form in _flat(spec["forms"]):
            add(form, rd)
    honorific = RoleDef(role=None, strength=1, dir="fwd", title=True)
    for form in _flat(roles.get("honorifics")):
        add(form, honorific)
    post = RoleDef(role=None, strength=1, dir="back")
    for form in _flat(roles.get("post_honorifics")):
        add(form, post)
    for toks, rd in entries.items():
        lex.phrases.setdefault(toks[0], []).append((toks, rd))
    for lst in lex.phrases.values():
        lst.sort(key=lambda e: -len(e[0]))

    lex.stop_ar = frozenset(_norm(w) for w in _flat(words["stop_arabic_script"]))
    lex.stop = lex.stop_ar | frozenset(_norm(w) for w in _flat(words["stop_persian"]))
    lex.verbs = frozenset(_norm(w) for w in _flat(words["verbs_arabic_script"]))
    lex.cap_stop = frozenset(_norm(w) for w in _flat(words["cap_stop"]))
    lex.particles = frozenset(_norm(w) for w in words["particles"])
    lex.premods = frozenset(_norm(w) for w in _flat(words["premodifiers"]))
    lex.geo_after = tuple(_norm(w) for w in _flat(words["geo_after"]))
    geo = words["geo_after"]
    # a word names a place when such a noun follows as its head: Kazakh needs the possessive ending
    # ("Лахор қаласы"; "өңірдің" alone is "the region's"), Russian and English take the noun as it is
    lex.geo_head = re.compile(
        "(?:" + "|".join(re.escape(_norm(w)) for w in geo["kk"]) + ")(?:сы|сі|ы|і)"
        + "|(?:" + "|".join(re.escape(_norm(w)) for w in geo["ru"] + geo["en"]) + ")"
    )
    lex.state = frozenset(_norm(w) for w in _flat(words["state_words"]))
    lex.preps = frozenset(_norm(w) for w in _flat(words["place_preps"]))
    lex.speech = sorted((_tokenize_phrase(p) for p in words["fa_speech"]), key=len, reverse=True)
    lex.adverbs = sorted((_tokenize_phrase(p) for p in words["fa_speech_adverbs"]), key=len, reverse=True)
    endings = words["surname_endings"]
    lex.sur_latin = tuple(endings["latin"])
    lex.sur_cyr = tuple(_norm(w) for w in endings["cyrillic"])
    lex.sur_ar = tuple(_norm(w) for w in endings["arabic"])
    lex.sur_exceptions = frozenset(_norm(w) for w in words["surname_ending_exceptions"])
    ac = ahocorasick.Automaton()
    for first in lex.phrases:
        if len(first) < 2:
            continue
        keys = {first}
        if _script(first[0]) == "ar":
            for p1 in ("", "و", "ف"):
                for p2 in ("", "ب", "ل", "ک"):
                    pre = p1 + p2
                    if pre:
                        keys.add(pre + (first[1:] if p2 == "ل" and first.startswith("ال") else first))
        for key in keys:
            ac.add_word(key, len(key))
    ac.make_automaton()
    lex.ac = ac
    # No look-behind in front: a pattern that opens with an alternation of words lets the regex engine skip
    # to the positions holding one of their first letters; _speech_cues checks the letter before instead.
    lex.speech_re = re.compile("(?:" + "|".join(re.escape(" ".join(p)) for p in lex.speech) + r")(?![^\W\d_])")
    lex.surname_re = re.compile(  # the ending first: a fixed-letter scan, not a match tried at every letter
        "(?:" + "|".join(re.escape(e) for e in sorted(lex.sur_ar, key=len, reverse=True)) + r")(?=[\s.,;:!?)\"'])"
    )
    return lex


# ----------------------------------------------------------------------------------------------------------
# Tokens


class _Tok:
    """One token of the folded text (a plain slotted class: one is made per word near a title)."""

    __slots__ = ("n", "s", "e", "k", "script", "cap", "pre", "bare", "ment", "leader", "role_start", "q")

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
        self.ment: Any = None  # gazetteer mention (country, place, organisation) covering the token
        self.leader: Any = None  # gazetteer mention of a head of state or government covering the token
        self.role_start = False
        self.q = q  # start in the folded text (words only)


def _script(ch: str) -> str:
    o = ord(ch)
    if 0x0600 <= o <= 0x06FF or 0xFB50 <= o <= 0xFEFF or 0x0750 <= o <= 0x077F:
        return "ar"
    if 0x0400 <= o <= 0x04FF:
        return "cy"
    if ch.isalpha():
        return "la"
    return "-"


@lru_cache(maxsize=65536)
def _proclitics(w: str) -> tuple[tuple[str, str], ...]:
    """Ways to split Arabic-script conjunction/preposition proclitics off ``w`` (longest first)."""
    if w[:1] not in _PROCLITIC_FIRST:
        return ()
    out: list[tuple[str, str]] = []
    for p1 in ("و", "ف", ""):
        if p1 and not w.startswith(p1):
            continue
        for p2 in ("ب", "ل", "ک", ""):
            pre = p1 + p2
            if not pre or not w.startswith(pre):
                continue
            rest = w[len(pre):]
            if p2 == "ل" and rest.startswith("ل"):
                rest = "ا" + rest
            if len(rest) >= 2:
                out.append((pre, rest))
    return tuple(out)


_LETTER = re.compile(r"[^\W\d_]")


def _speech_cues(pattern: re.Pattern[str], norm: str) -> Iterator[re.Match[str]]:
    r"""``finditer`` of ``(?<![^\W\d_])`` + ``pattern``: a match preceded by a letter is skipped and the search
    goes on from the next character, exactly as the look-behind would make the regex engine do."""
    pos = 0
    search = pattern.search
    while (m := search(norm, pos)) is not None:
        p = m.start()
        if p > 0 and _LETTER.match(norm, p - 1):
            pos = p + 1
            continue
        yield m
        pos = m.end()


def _tokenize(folding: Folding, windows: list[tuple[int, int]]) -> list[_Tok]:
    """Tokens of the folded text inside ``windows`` (folded offsets), a "gap" token between windows."""
    toks: list[_Tok] = []
    for wa, wb in windows:
        if toks:
            toks.append(_Tok("", toks[-1].e, toks[-1].e, "gap", "-", False))
        _tokenize_into(toks, folding, wa, wb)
    return toks


# One pass over a window: a line break, a word (letters and digits with inner ' and -), or any other
# non-space character. The same tokens as splitting at white space and then splitting each run at
# punctuation, since neither alternative can cross white space and none looks behind.
_TOKS_RE = re.compile(r"(\n)|(\w+(?:['\-]\w+)*)|\S")
_SCRIPT_CACHE: dict[str, str] = {}


def _tokenize_into(toks: list[_Tok], folding: Folding, wa: int, wb: int) -> None:
    """Append the tokens of ``norm[wa:wb]``, one line-break token per run of line breaks.

    Why one regex and a flat loop: this makes the ~300 tokens of an article and is the largest single cost
    of the people finder; one match per token and no per-token helper calls keep it to about a microsecond
    per token."""
    text, norm, offsets, identity = folding.text, folding.norm, folding.offsets, folding.identity
    append = toks.append
    scripts = _SCRIPT_CACHE
    proclitics = _proclitics
    clitic_first = _PROCLITIC_FIRST
    Tok = _Tok
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
                append(Tok(w, s, e, "d", "-", False))
                continue
            c0 = w[0]
            sc = scripts.get(c0)
            if sc is None:
                sc = scripts.setdefault(c0, _script(c0))
            if sc == "ar":
                split = proclitics(w) if c0 in clitic_first else ()
                if split:
                    pre, bare = split[0]
                    append(Tok(w, s, e, "w", sc, False, pre, bare, q))
                else:
                    append(Tok(w, s, e, "w", sc, False, "", "", q))
                continue
            cap = text[s].isupper()
            if not cap and "-" in w[:4]:  # el-Sisi, al-Thani
                h = text.find("-", s, e)
                cap = h != -1 and h + 1 < e and text[h + 1].isupper()
            append(Tok(w, s, e, "w", sc, cap, "", "", q))
        elif kind == 1:
            if toks and toks[-1].k != "nl":
                append(Tok("\n", s, s, "nl", "-", False))
        else:
            append(Tok(m.group(), s, e, "p", "-", False))


def _country_of(m: Any) -> str | None:
    country = getattr(m, "country", None)
    if country:
        return str(country)
    if getattr(m, "kind", None) == "country":
        return str(m.canonical)
    return None


# ----------------------------------------------------------------------------------------------------------
# The matcher


@dataclass
class _Hit:
    a: int  # first token of the title
    b: int  # token after the title
    rd: RoleDef
    definite: bool  # Arabic: the title has the article (السفير), so no construct complement follows
    conj: bool  # Arabic: the title has a conjunction proclitic (ومساعد), so it opens a new item


@dataclass
class _Cand:
    s: int  # first token
    e: int  # token after the last
    cs: int  # original offsets
    ce: int
    roles: list[tuple[int, int, int, str | None]] = field(default_factory=list)
    single: bool = False  # one name unit only: kept if the surname is known from elsewhere
    source: str = "pattern"
    hon: bool = False  # an honorific (Mr, آقای, господин, السيد) stands right before it


class _Doc:
    """Everything found in one text; methods are the scanning steps."""

    def __init__(self, folding: Folding, lang: str | None, mentions: list[Any]) -> None:
        self.lex = _lexicon()
        self.text = folding.text
        self.lang = lang
        self.folded = folding
        self.windows = self._windows()
        self.toks = _tokenize(folding, self.windows) if self.windows else []
        self.kazakh = lang == "kk" or _KK_LETTERS_RE.search(folding.norm) is not None
        self.mentions = sorted(mentions, key=lambda m: int(m.start))
        self.ment_starts = [int(m.start) for m in self.mentions]
        self.ment_ends = [int(m.end) for m in self.mentions]
        self.ment_end: dict[int, int] = {}
        self._attach_mentions(0, len(self.toks))
        self.hits: list[_Hit] = []
        self.nested: set[int] = set()
        self.hit_at: dict[int, _Hit] = {}
        self._find_titles()

    # -- set-up ------------------------------------------------------------------------------------------
    def _ending_ok(self, t: _Tok, mention_end: int) -> bool:
        """A mention that stops inside a Cyrillic word must leave an inflection ("Казахстан|а",
        "Қазақстан|ның", "казахстан|ский"), not a longer word ("Дания|р" is a name, not Denmark)."""
        rest = self.text[mention_end:t.e].casefold().replace("ё", "е")
        return rest in _CY_ENDINGS

    def _windows(self) -> list[tuple[int, int]]:
        """Stretches of the folded text worth tokenising: around titles, speech verbs, surnames.

        Most of an article is far from any title; tokenising only near them is what keeps this fast.
        """
        norm = self.folded.norm
        n = len(norm)
        lex = self.lex
        spans: list[tuple[int, int]] = []
        self.ac_starts: list[int] = []
        for end, length in lex.ac.iter(norm):
            start = end - length + 1
            if (start > 0 and norm[start - 1].isalpha()) or (end + 1 < n and norm[end + 1].isalpha()):
                continue
            spans.append((start - 80, end + 130))
            self.ac_starts.append(start)
        self.subject_cues = False
        for m in _speech_cues(lex.speech_re, norm):
            self.subject_cues = True
            # the subject of "X در پایان تاکید کرد" opens the clause: only short clauses matter
            a = max(norm.rfind(c, max(m.start() - 90, 0), m.start()) for c in ".;:!?\n")
            if a != -1:
                spans.append((a, m.end() + 2))
        persian: bool | None = None  # only asked when a surname ending is found
        for m in lex.surname_re.finditer(norm):
            if persian is None:
                persian = self.lang == "fa" or _FA_LETTERS_RE.search(norm) is not None
            self.subject_cues = self.subject_cues or persian
            spans.append((m.start() - 90, m.end() + 40))
        if not spans:
            return []
        spans.sort()
        out: list[tuple[int, int]] = []
        for a, b in spans:
            a = max(a, 0)
            b = min(b, n)
            while a > 0 and not norm[a - 1].isspace():
                a -= 1
            while b < n and not norm[b].isspace():
                b += 1
            if out and a <= out[-1][1] + 16:
                out[-1] = (out[-1][0], max(out[-1][1], b))
            else:
                out.append((a, b))
        return out

    def _attach_mentions(self, lo: int, hi: int) -> None:
        """Mark tokens ``lo..hi`` (in text order) covered by gazetteer mentions: one merge-like pass."""
        toks = self.toks
        ments = self.mentions
        starts = self.ment_starts
        ends = self.ment_ends
        m_count = len(ments)
        if not m_count:
            return
        marked: list[int] = []  # tokens given a (non-person) mention, in order
        mi = -1
        for i in range(lo, hi):
            t = toks[i]
            if t.k != "w":
                if t.k == "gap":
                    mi = -1  # windows added for repeats are not in text order with the others
                continue
            ts, te = t.s, t.e
            if mi < 0:
                mi = max(bisect.bisect_left(starts, ts) - 4, 0)
            while mi < m_count and ends[mi] <= ts and starts[mi] <= ts:
                mi += 1
            x = mi
            while x < m_count and starts[x] < te:
                if ends[x] > ts and (ends[x] >= te or t.script != "cy" or self._ending_ok(t, ends[x])):
                    m = ments[x]
                    if m.kind == "person":
                        t.leader = t.leader or m
                    elif t.ment is None:
                        t.ment = m
                        marked.append(i)
                x += 1
        # a mention spanning several tokens is skipped as one complement (visiting only the marked tokens,
        # not every token again)
        k, count = 0, len(marked)
        while k < count:
            i = marked[k]
            m = toks[i].ment
            j = i
            while j + 1 < hi and toks[j + 1].ment is m:
                j += 1
            for x in range(i, j + 1):
                self.ment_end[x] = j + 1
            k += 1
            while k < count and marked[k] <= j:
                k += 1

    def _find_titles(self) -> None:
        toks, phrases = self.toks, self.lex.phrases
        n = len(toks)
        word_at = {t.q: i for i, t in enumerate(toks) if t.q >= 0}  # one word token starts at each q
        # only where the automaton saw a title word can a title start
        candidates = {word_at[q] for q in self.ac_starts if q in word_at}
        last_end = 0
        for i in sorted(candidates):
            if i < last_end:
                continue
            t = toks[i]
            forms: list[tuple[str, str]] = []
            if t.n in phrases:
                forms.append(("", t.n))
            if t.pre:
                forms.extend(f for f in _proclitics(t.n) if f[1] in phrases)
            if not forms:
                continue
            nxt = toks[i + 1].n if i + 1 < n else None
            found = None
            for pre, w in forms:
                for seq, rd in phrases[w]:
                    end = i + len(seq)
                    if end > n or (len(seq) > 1 and seq[1] != nxt):
                        continue
                    if all(toks[i + j].n == seq[j] for j in range(2, len(seq))):
                        found = (pre, w, end, rd)
                        break
                if found:
                    break
            if found is None:
                continue
            pre, w, end, rd = found
            hit = _Hit(i, end, rd, definite=w.startswith("ال"), conj=pre[:1] in ("و", "ف"))
            self.hits.append(hit)
            for j in range(i, end):
                self.hit_at[j] = hit
            t.role_start = True
            last_end = end

    # -- token predicates --------------------------------------------------------------------------------
    def is_title(self, i: int) -> bool:
        return i in self.hit_at

    def ar_stop(self, t: _Tok) -> bool:
        lex = self.lex
        if t.n in lex.stop or t.n in lex.verbs:
            return True
        if t.n[:1] in ("و", "ف") and len(t.n) > 3:
            rest = t.n[1:]
            if rest in lex.verbs or rest in lex.stop:
                return True
            if rest[:1] == "س" and rest[1:] in lex.verbs:
                return True  # وسيزور
        if t.n[:1] == "س" and t.n[1:] in lex.verbs:
            return True  # the future prefix: سيزور, ستعقد
        return False

    def ar_name_tok(self, i: int) -> bool:
        """Can Arabic-script token ``i`` be part of a name?"""
        t = self.toks[i]
        if t.k != "w" or t.script != "ar" or len(t.n) < 2 or t.ment is not None or i in self.hit_at:
            return False
        if self.ar_stop(t) and not (t.n == "علی" and not self.text[t.s:t.e].endswith("ى")):
            return False  # (على "on" and علي "Ali" fold together; only the spelling tells them apart)
        if t.pre and t.bare.startswith("ال") and t.n not in self.lex.stop:
            return False  # بالقاهرة, للمحافظة, والوفد: a proclitic on a definite noun is not a name
        if t.pre and (t.bare in _AR_BARE_PARTICLES or t.bare in self.lex.stop_ar):
            return False  # بأن, لأن, فإن, بما
        if t.pre[-1:] in ("ب", "ل") and (
            t.bare in self.lex.verbs or (t.bare[:1] in ("م", "ت") and len(t.bare) >= 4)
        ):
            return False  # بمشروع, لتفقد, بتعزيز: preposition + verbal noun or participle
        w = t.n
        at = w.find("ال", 3)
        if at != -1 and (w[:at] in self.lex.verbs or w[1:at] in self.lex.verbs):
            return False  # a verb glued to the next word (أشارالسفير)
        raw = self.text[t.s:t.e]
        if raw.endswith(("\u064b", "اً", "ًا")):
            return False  # accusative adverb (مثمناً)
        if len(raw) >= 5 and raw.endswith(_PRONOUN_SUFFIXES):
            return False  # noun with a pronoun suffix (زيارته)
        return True

    def cap_name_tok(self, i: int) -> bool:
        """Can Latin/Cyrillic token ``i`` be part of a name?"""
        t = self.toks[i]
        return (
            t.k == "w"
            and t.cap
            and t.script in ("la", "cy")
            and t.ment is None
            and i not in self.hit_at
            and t.n not in self.lex.cap_stop
            and not (t.n.isupper() and len(t.n) > 1 and t.n.isascii() and self.text[t.s:t.e].isupper()
                     and len(t.n) <= 4)  # acronyms: UN, SCO, МИД
        )

    def initial_at(self, i: int) -> bool:
        """An initial: one capital letter followed by a full stop ("А. Сейітов")."""
        toks = self.toks
        return (
            i + 1 < len(toks)
            and toks[i].k == "w"
            and toks[i].cap
            and len(toks[i].n) == 1
            and toks[i + 1].n == "."
        )

    def geo_follows(self, i: int) -> bool:
        """Token ``i`` is a place because a word like "қаласы"/"области"/"Province" follows it."""
        if i + 1 >= len(self.toks):
            return False
        nxt = self.toks[i + 1]
        return nxt.k == "w" and self.lex.geo_head.match(nxt.n) is not None

    # -- Arabic-script units -----------------------------------------------------------------------------
    def ar_unit_fwd(self, i: int) -> int:
        """End (exclusive) of the name unit starting at token ``i``."""
        toks, n = self.toks, len(self.toks)
        end = i + 1
        if (toks[i].n in _AR_JOIN_NEXT) and end < n and toks[end].k == "w" and toks[end].script == "ar":
            end += 1
        while end < n and toks[end].n in _AR_JOIN_PREV:
            end += 1
        return end

    def ar_unit_back(self, k: int) -> int:
        """Start of the name unit ending at token ``k``."""
        toks = self.toks
        s = k
        while s - 1 >= 0 and toks[s].n in _AR_JOIN_PREV:
            s -= 1
        if s - 1 >= 0 and toks[s - 1].n in _AR_JOIN_NEXT:
            s -= 1
        return s

    def ar_unit_ok(self, s: int, e: int) -> bool:
        if not self.ar_name_tok(s):
            return False
        return all(
            self.toks[j].k == "w" and self.toks[j].script == "ar" and j not in self.hit_at
            for j in range(s + 1, e)
        )

    def _agreement(self, units: list[tuple[int, int]]) -> bool:
        """Two words with the same case or gender ending are a noun and its adjective, not a name:
        "دعوة رسمية" (ة ... ة), "درعا تذكاريا" (accusative ا ... ا)."""
        if len(units) != 2:
            return False
        a = self.text[self.toks[units[0][1] - 1].s:self.toks[units[0][1] - 1].e]
        b = self.text[self.toks[units[1][1] - 1].s:self.toks[units[1][1] - 1].e]
        return (a.endswith("ة") and b.endswith("ة")) or (
            a.endswith("ا") and b.endswith("ا") and not a.endswith("اء") and len(a) > 3 and len(b) > 3
        )

    def _al(self, s: int) -> bool:
        w = self.toks[s].n
        return w.startswith("ال") and w not in _AR_JOIN_PREV

    def _nisba(self, s: int, e: int) -> bool:
        return self._al(s) and self.toks[e - 1].n.endswith(("ی", "یه", "یون", "یین"))

    # -- name scanners -----------------------------------------------------------------------------------
    def name_fwd(self, k: int) -> tuple[int, int, bool] | None:
        """A name starting at token ``k``: (first, end, single) or None."""
        toks, n = self.toks, len(self.toks)
        if k >= n or toks[k].k != "w":
            return None
        if toks[k].script == "ar":
            return self._ar_name_fwd(k)
        if toks[k].script in ("la", "cy"):
            return self._cap_name_fwd(k)
        return None

    def _ar_name_fwd(self, k: int) -> tuple[int, int, bool] | None:
        units: list[tuple[int, int]] = []
        n = len(self.toks)
        terminal = False
        weak = False
        while k < n and len(units) < 4:
            e = self.ar_unit_fwd(k)
            if not self.ar_unit_ok(k, e):
                break
            if units and self.toks[k].n.startswith("و") and len(self.toks[k].n) >= 4:
                break  # "و" + word: the next item of a list, not the rest of this name
            lead = self.toks[e - 1].leader
            if lead is not None and (e >= n or self.toks[e].leader is not lead):
                units.append((k, e))  # the end of a leader's name (the gazetteer knows it) ends the name
                k = e
                terminal = True
                break
            if self._al(k):
                if not units:
                    units.append((k, e))
                    k = e
                    if self._nisba(units[0][0], e):
                        weak = True  # "الرئيس الفلاني" or "السفير المصري": only a known surname decides
                        break
                    continue
                units.append((k, e))
                k = e
                terminal = True
                break
            units.append((k, e))
            k = e
        if not units:
            return None
        if len(units) == 4 and not terminal and k < n and self.ar_unit_ok(k, self.ar_unit_fwd(k)):
            return None  # the run goes on: no safe boundary
        if self._agreement(units):
            return None
        return units[0][0], units[-1][1], len(units) == 1 or weak

    def _ar_name_back(self, k: int) -> tuple[int, int, bool] | None:
        units: list[tuple[int, int]] = []
        while k >= 0 and len(units) < 4:
            s = self.ar_unit_back(k)
            if not self.ar_unit_ok(s, k + 1):
                break
            if self._al(s) and units:
                if self._nisba(s, k + 1):
                    break
                units.insert(0, (s, k + 1))
                k = s - 1
                break
            units.insert(0, (s, k + 1))
            k = s - 1
            if self.toks[s].n.startswith("و") and len(self.toks[s].n) >= 4:
                break  # a conjunction opens this name (trimmed later)
        if not units:
            return None
        if len(units) == 4 and k >= 0 and self.ar_unit_ok(self.ar_unit_back(k), k + 1):
            return None
        if self._agreement(units):
            return None
        single = len(units) == 1 or (len(units) == 2 and self._nisba(*units[0]))
        return units[0][0], units[-1][1], single

    def _cap_name_fwd(self, k: int) -> tuple[int, int, bool] | None:
        toks, n = self.toks, len(self.toks)
        start = k
        units = 0
        full = 0
        last_end = k
        while k < n and units < 4:
            if self.initial_at(k):
                units += 1
                k += 2
                last_end = k
                continue
            if self.cap_name_tok(k):
                if self.geo_follows(k):
                    break  # "Лахор қаласына": a place after the name
                units += 1
                full += 1
                k += 1
                last_end = k
                lead = toks[k - 1].leader
                if lead is not None and (k >= n or toks[k].leader is not lead):
                    break  # the end of a leader's name (the gazetteer knows it) ends the name
                continue
            t = toks[k]
            if t.n in self.lex.particles and units and k + 1 < n and self.cap_name_tok(k + 1):
                k += 1
                continue
            break
        if full == 0:
            return None
        if units == 4 and k < n and self.cap_name_tok(k):
            return None
        return start, last_end, units == 1

    def _cap_name_back(self, k: int) -> tuple[int, int, bool] | None:
        toks = self.toks
        end = k + 1
        units = 0
        full = 0
        first = end
        while k >= 0 and units < 4:
            if toks[k].n == "." and k >= 1 and self.initial_at(k - 1):
                units += 1
                k -= 2
                first = k + 1
                continue
            if self.cap_name_tok(k):
                units += 1
                full += 1
                k -= 1
                first = k + 1
                continue
            if toks[k].n in self.lex.particles and units and k >= 1 and self.cap_name_tok(k - 1):
                k -= 1
                continue
            break
        if full == 0 or toks[end - 1].n == ".":
            return None
        if units == 4 and k >= 0 and self.cap_name_tok(k):
            return None
        return first, end, units == 1

    def name_back(self, k: int) -> tuple[int, int, bool] | None:
        if k < 0 or self.toks[k].k != "w":
            return None
        if self.toks[k].script == "ar":
            return self._ar_name_back(k)
        if self.toks[k].script in ("la", "cy"):
            return self._cap_name_back(k)
        return None

    # -- complements -------------------------------------------------------------------------------------
    def _skip_mention(self, k: int) -> int:
        return self.ment_end.get(k, k + 1)

    def complement_fwd(self, h: _Hit) -> tuple[int, str | None]:
        """Skip what stands between a title and its name; return (next token, country of the title)."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        k = h.b
        country: str | None = None
        if k >= n:
            return k, None
        ar = toks[h.a].script == "ar"
        if ar and h.rd.complement and not h.definite and toks[k].k == "w":
            t = toks[k]
            if t.ment is not None:
                country = _country_of(t.ment)
                k = self._skip_mention(k)
            elif t.n in lex.state and k + 1 < n:
                k += 1
                if toks[k].ment is not None:
                    country = _country_of(toks[k].ment)
                    k = self._skip_mention(k)
                elif toks[k].k == "w":
                    k += 1
            elif t.leader is None and k not in self.hit_at and not self.ar_stop(t):
                k += 1
        after_prep = False
        steps = 0
        while k < n and steps < 6:
            steps += 1
            t = toks[k]
            if t.k != "w":
                break
            if t.ment is not None:
                if country is None and not after_prep:
                    country = _country_of(t.ment)
                k = self._skip_mention(k)
                while ar and k < n and self._al(k) and toks[k].n.endswith(("یه", "ی")) and k not in self.hit_at:
                    k += 1  # "مصر العربية", "الإمارات العربية": adjectives of the state's name
                continue
            if k in self.hit_at and self.hit_at[k].a == k and (
                (ar and t.pre[-1:] in ("ل", "ب")) or (not ar and k > h.b and toks[k - 1].n in ("of", "the"))
            ):
                nested = self.hit_at[k]  # "المبعوث الخاص للأمين العام X", "Envoy of the President of X"
                self.nested.add(nested.a)
                k = nested.b
                continue
            if ar:
                if t.pre and t.bare in lex.state and k + 1 < n and toks[k + 1].k == "w":
                    after_prep = True  # لمحافظة الأقصر, بمدينة ...
                    k += 2
                    continue
                if not t.pre and t.n in lex.state and k + 1 < n and toks[k + 1].k == "w":
                    if toks[k + 1].ment is not None:  # "القائم بأعمال سفارة قيرغيزستان"
                        if country is None and not after_prep:
                            country = _country_of(toks[k + 1].ment)
                        k = self._skip_mention(k + 1)
                    else:
                        k += 2
                    continue
                title_ahead = next(
                    (j for j in (k + 1, k + 2) if j < n and j in self.hit_at and self.hit_at[j].a == j
                     and self.hit_at[j].rd.title and all(toks[x].k == "w" for x in range(k, j))),
                    None,
                )
                if title_ahead is not None and k not in self.hit_at:
                    k = title_ahead  # "محافظ البحر الأحمر اللواء X": a two-word place, then the rank
                    break
                if t.n in lex.preps and k + 1 < n:
                    if toks[k + 1].ment is not None:
                        after_prep = True
                        k = self._skip_mention(k + 1)
                        continue
                    if toks[k + 1].n in lex.state and k + 2 < n and toks[k + 2].k == "w":
                        after_prep = True
                        k = self._skip_mention(k + 2) if toks[k + 2].ment is not None else k + 3
                        continue
                    break
                if t.pre and t.bare.startswith("ال") and k not in self.hit_at:
                    after_prep = True  # بالقاهرة, للمحافظة
                    k += 1
                    continue
                if t.n in lex.stop and t.n.startswith("ال") and k not in self.hit_at:
                    k += 1  # الجديد, الشقيقة, فوق العادة ...
                    continue
                break
            # Latin / Cyrillic
            if t.n in lex.preps and not t.cap and k + 1 < n:
                nxt = toks[k + 1]
                if nxt.ment is not None or nxt.n in lex.state or nxt.n in lex.preps or (
                    nxt.cap and self.geo_follows(k + 1)
                ) or (k + 1 in self.hit_at and t.n in ("of", "the")) or (
                    nxt.cap and h.rd.complement and t.n in ("of", "and") and k + 2 < n
                    and toks[k + 2].n in ("of", "and", ",")
                ) or (nxt.cap and k + 2 < n and toks[k + 2].n in lex.state):
                    after_prep = after_prep or t.n not in ("of", "the")
                    k += 1
                    continue
                break
            if t.n in lex.state or t.n.startswith(lex.geo_after):
                k += 1
                continue
            if t.cap and k + 1 < n and toks[k + 1].n in lex.state:
                k += 1  # "в Арабской Республике Египет": the adjective of a state's name
                continue
            if t.cap and self.geo_follows(k):
                k += 2
                continue
            if (
                t.cap and toks[k - 1].n in ("of", "and") and h.rd.complement and k + 1 < n
                and toks[k + 1].n in ("of", "and", ",")
            ):
                k += 1  # "Minister of Trade of Kazakhstan, X": a portfolio, then the country
                continue
            if h.rd.complement and not t.cap and k == h.b:
                # "Министр торговли и интеграции Казахстана X": a lower-case portfolio, then the country
                j = k
                while j < min(k + 4, n) and toks[j].k == "w" and not toks[j].cap and toks[j].ment is None:
                    j += 1
                if j < n and j > k and toks[j].ment is not None:
                    k = j
                    continue
            break
        return k, country

    def country_before(self, h: _Hit) -> str | None:
        """Country named before a title ("Қазақстан елшісі", "Kazakh Ambassador", "Egypt's envoy",
        "Қазақстан Республикасының Мысыр Араб Республикасындағы елшісі": the genitive one sends)."""
        toks = self.toks
        k = h.a - 1
        found: list[tuple[str, bool, bool]] = []  # (country, genitive, locative), right to left
        steps = 0
        while k >= 0 and steps < 7:
            steps += 1
            t = toks[k]
            if t.k != "w":
                break
            locative = t.n.endswith(_KK_LOCATIVE_ADJ)
            genitive = t.n.endswith(_KK_GENITIVE)
            if t.ment is not None:
                c = _country_of(t.ment)
                if c:
                    nxt = toks[k + 1] if k + 1 < len(toks) else None
                    if (
                        nxt is not None and nxt.ment is None and not locative and not genitive
                        and nxt.n.startswith(("республика", "корольдіг", "мемлекет", "эмират"))
                    ):  # "Қазақстан Республикасының": the state word carries the case
                        locative = locative or nxt.n.endswith(_KK_LOCATIVE_ADJ)
                        genitive = genitive or nxt.n.endswith(_KK_GENITIVE)
                    found.append((c, genitive, locative))
                k -= 1
                continue
            if t.n == "the" or t.n in self.lex.state or (t.cap and k + 1 < h.a and toks[k + 1].n in self.lex.state):
                k -= 1
                continue
            break
        if not found:
            return None
        for c, genitive, _ in found:
            if genitive:
                return c
        for c, _, locative in found:
            if not locative:
                return c
        return None

    # -- the passes --------------------------------------------------------------------------------------
    def run(self) -> list[Entity]:
        cands: list[_Cand] = []
        unnamed: list[tuple[int, str | None, int, bool]] = []  # titles with no name: token, role, strength,
        # and whether they name a country
        toks, n = self.toks, len(self.toks)
        for h in self.hits:
            rd = h.rd
            got = False
            if h.a in self.nested:
                continue
            country = None
            ar = toks[h.a].script == "ar"
            if rd.dir != "back":
                k, country = self.complement_fwd(h)
                if country is None and not ar:
                    country = self.country_before(h)
                k0 = k
                # titles and honorifics between the office and the name; an appositive comma
                while k < n:
                    if k in self.hit_at and self.hit_at[k].rd.title and self.hit_at[k].a == k:
                        k = self.hit_at[k].b
                        continue
                    if toks[k].n == "," and k + 1 < n and (k > h.b or k0 > h.b or rd.complement):
                        k += 1
                        continue
                    break
                span = self.name_fwd(k)
                if span is not None and k > h.b and toks[k].script == "ar" and toks[k].n.startswith("و"):
                    span = None  # "title complement وX": X is the next person in a list
                if span is not None and toks[k - 1].n == "," and not (
                    span[1] >= n or toks[span[1]].k in ("p", "nl", "gap") or span[1] in self.hit_at
                ):
                    span = None  # "title, X" is an apposition: the name must be closed off too
                if span is not None:
                    self._add(cands, span, rd, country, before=1)
                    got = not span[2]  # a lone token may yet be dropped: let apposition speak too
            if rd.dir != "fwd" and not h.conj and not got:
                k = h.a - 1
                bcountry = None
                if not ar:
                    bcountry = self.country_before(h)
                    steps = 0
                    while k >= 0 and steps < 4 and toks[k].k == "w" and (
                        toks[k].ment is not None or toks[k].n == "the" or toks[k].n in self.lex.state
                        or toks[k].n in self.lex.premods
                        or (not toks[k].cap and toks[k].n.startswith(self.lex.geo_after))
                        or (toks[k].cap and self.geo_follows(k))
                    ):
                        k -= 1
                        steps += 1
                    if rd.strength > 1 or rd.role is not None:
                        if k < 0 or toks[k].n not in (",", "-") or toks[k].s == toks[k].e:
                            k = -1  # Latin/Cyrillic apposition needs its comma (or dash: "X – посол ...")
                        elif toks[k].n == "-" and (k + 1 >= len(toks) or toks[k].e == toks[k + 1].s):
                            k = -1  # a hyphen glued to the next word is not an apposition dash
                        else:
                            k -= 1
                elif k >= 0 and toks[k].n in (",", "-"):
                    k -= 1
                span = self.name_back(k) if k >= 0 else None
                if span is not None:
                    _, fcountry = (h.b, None) if rd.dir == "back" else self.complement_fwd(h)
                    self._add(cands, span, rd, fcountry or bcountry or country, before=0)
                    got = True
            if not got and rd.strength >= 3 and rd.role:
                if country is None and rd.dir != "back":
                    country = self.complement_fwd(h)[1]
                if h.a == 0 or toks[h.a - 1].k == "nl" or toks[h.a - 1].n in _CLAUSE_PUNCT:
                    unnamed.append((h.a, self._role_string(rd, country), rd.strength, bool(country and rd.country)))
        if self.subject_cues:
            cands.extend(self._persian_subjects())
        return self._resolve(cands, unnamed)

    def _role_string(self, rd: RoleDef, country: str | None) -> str | None:
        if rd.role is None:
            return None
        if rd.country and country:
            return f"{rd.role} of {country}"
        return rd.role

    def _add(self, cands: list[_Cand], span: tuple[int, int, bool], rd: RoleDef, country: str | None,
             before: int) -> None:
        s, e, single = span
        role = self._role_string(rd, country)
        c = _Cand(s, e, self.toks[s].s, self.toks[e - 1].e, single=single)
        c.hon = rd.role is None and ((rd.dir == "fwd" and before == 1) or (rd.dir == "back" and before == 0))
        c.roles.append((rd.strength, 1 if (role and " of " in role) else 0, before, role))
        cands.append(c)

    def _persian_subjects(self) -> list[_Cand]:
        """Clause-initial names in Persian copy: "X در پایان تاکید کرد", "X Y-اف روز ..."."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        out: list[_Cand] = []
        for i, t in enumerate(toks):
            if t.k != "w" or t.script != "ar":
                continue
            after_comma = i > 0 and toks[i - 1].n == ","
            if not (i == 0 or toks[i - 1].k == "nl" or toks[i - 1].n in _CLAUSE_PUNCT or after_comma):
                continue
            span = self._ar_name_fwd(i)
            if span is None:
                continue
            s, e, single = span
            if e - s > 4:
                continue
            k = e
            for adv in lex.adverbs:
                if tuple(x.n for x in toks[k:k + len(adv)]) == adv:
                    k += len(adv)
                    break
            speech = not after_comma and any(tuple(x.n for x in toks[k:k + len(p)]) == p for p in lex.speech)
            morph = (not single) and any(self._ar_surname_like(j) for j in range(s, e)) and e < n and (
                toks[e].n in lex.stop
            )
            if speech or morph:
                out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, single=single, source="subject"))
        return out

    def _ar_surname_like(self, j: int) -> bool:
        w = self.toks[j].n
        return len(w) >= 5 and w.endswith(self.lex.sur_ar) and w not in self.lex.sur_exceptions

    def _surname_like(self, j: int) -> bool:
        t = self.toks[j]
        if t.script == "ar":
            return self._ar_surname_like(j)
        if len(t.n) < 5:
            return False
        if t.script == "cy":
            return t.n.endswith(self.lex.sur_cyr)
        return t.n.endswith(self.lex.sur_latin)

    # -- resolution --------------------------------------------------------------------------------------
    def _key(self, e: int) -> str:
        """The surname key of a name ending at token ``e`` (exclusive)."""
        w = self.toks[e - 1].n
        w = w.split("'")[0] if "'" in w else w
        if self.kazakh and self.toks[e - 1].script == "cy":
            w = _strip_kk(w)
        return w

    def _resolve(self, cands: list[_Cand], unnamed: list[tuple[int, str | None, int, bool]]) -> list[Entity]:
        toks, lex = self.toks, self.lex
        # merge candidates with the same span
        by_span: dict[tuple[int, int], _Cand] = {}
        for c in cands:
            old = by_span.get((c.s, c.e))
            if old is None:
                by_span[(c.s, c.e)] = c
            else:
                old.roles.extend(c.roles)
                old.single = old.single and c.single
                old.hon = old.hon or c.hon
                if c.source == "pattern":
                    old.source = "pattern"
        merged = list(by_span.values())
        # subjects with no title: the nearest preceding title that had no name
        for c in merged:
            if c.source != "subject" or any(r[3] for r in c.roles):
                continue
            # a Central-Asian surname ending (-یف, -وف) goes with a foreign envoy's title ("سفیر قزاقستان"),
            # a local name with a local office ("استاندار زنجان"); nothing fits: no role, rather than a guess
            foreign = any(self._ar_surname_like(j) for j in range(c.s, c.e))
            link = None
            for tok_i, role, strength, has_country in unnamed:
                if tok_i < c.s and toks[c.s].s - toks[tok_i].s < 4000 and has_country == foreign:
                    link = (role, strength)
            if link is not None:
                c.roles.append((link[1], 1 if link[0] and " of " in link[0] else 0, 0, link[0]))
        # surnames known from full names
        known: dict[str, _Cand] = {}
        for c in merged:
            if c.single or c.e - c.s < 2:
                continue
            key = self._key(c.e)
            if len(key) < 4 or key in lex.stop or key in _AR_JOIN_PREV or toks[c.e - 1].ment is not None:
                continue
            if toks[c.e - 1].script == "ar" and self._nisba(c.e - 1, c.e):
                continue
            if key not in known or _best(c.roles)[0] > _best(known[key].roles)[0]:
                known[key] = c
        kept: list[_Cand] = []
        for c in merged:
            lead = toks[c.e - 1].leader
            if lead is not None and getattr(lead, "role", None) and getattr(lead, "country", None):
                # the gazetteer knows this leader's office: it settles a tie when a title confirms it
                confirmed = any(r[3] and _base(r) == lead.role for r in c.roles)
                c.roles.append((3, 1, 2 if confirmed else -1, f"{lead.role} of {lead.country}"))
            if c.single:
                key = self._key(c.e)
                src = known.get(key)
                leader = toks[c.s].leader is not None
                if src is None and not leader and not c.hon and not (
                    c.source == "pattern" and self._surname_like(c.e - 1) and _best(c.roles)[0] >= 3
                ) and c.source != "subject":
                    continue
                if src is not None:
                    c.roles.extend(src.roles)
            kept.append(c)
        # repeats of known surnames elsewhere ("А. Сейітов" after "Асан Сейітов")
        covered = set()
        for c in kept:
            covered.update(range(c.s, c.e))
        if known:
            self._extend_for_repeats(known)
            toks = self.toks
            prefixes = {k[:3] for k in known}
            for i, t in enumerate(toks):
                if t.k != "w" or t.n[:3] not in prefixes or i in covered or i in self.hit_at:
                    continue
                key = self._match_known(i, known)
                if key is None:
                    continue
                src = known[key]
                s = i
                if s >= 2 and toks[s - 1].n == "." and self.initial_at(s - 2):
                    s -= 2
                else:
                    j = src.e - 2
                    while j >= src.s and s - 1 >= 0 and toks[s - 1].n == toks[j].n and s - 1 not in covered:
                        s -= 1
                        j -= 1
                if self._name_like(s - 1) or self._name_like(i + 1):
                    continue  # part of another full name ("راشد" of "راشد الغنوشي"): a different person
                c = _Cand(s, i + 1, toks[s].s, toks[i].e, source="repeat")
                c.roles.extend(src.roles)
                kept.append(c)
                covered.update(range(s, i + 1))
        kept = [c for c in kept if not (c.source == "subject" and c.single and not any(r[3] for r in c.roles))]
        # overlaps: keep the longer span
        kept.sort(key=lambda c: (c.cs, -(c.ce - c.cs)))
        self._counterparts(kept)
        out: list[Entity] = []
        last_end = -1
        for c in kept:
            if c.cs < last_end:
                continue
            cs, ce = self._trim(c)
            if ce <= cs:
                continue
            role = _best(c.roles)[3] if c.roles else None
            out.append(Entity(type="person", text=self.text[cs:ce], canonical=None, start=cs, end=ce, role=role))
            last_end = c.ce
        return out

    @staticmethod
    def _counterparts(kept: list[_Cand]) -> None:
        """"received his Tajik counterpart X" / "نظيره الطاجيكي X": X holds the office of the person who
        received him (the nearest named office before), of the country the text gives X."""
        last: tuple[int, str] | None = None
        for c in kept:
            best = _best(c.roles)
            role = best[3]
            if role and role.startswith("counterpart"):
                if last is not None and c.cs - last[0] < 400:
                    base = last[1]
                    country = role[len("counterpart of "):] if role.startswith("counterpart of ") else None
                    new = f"{base} of {country}" if country else base
                    c.roles = [(3, 1 if country else 0, 3, new)]
                continue
            if role and best[0] >= 3:
                last = (c.ce, _base(best))

    def _name_like(self, i: int) -> bool:
        """Could token ``i`` continue a name (so a surname next to it belongs to another full name)?"""
        if i < 0 or i >= len(self.toks):
            return False
        t = self.toks[i]
        if t.script == "ar":
            return self.ar_name_tok(i) and t.n not in _AR_JOIN_PREV
        return self.cap_name_tok(i)

    def _extend_for_repeats(self, known: dict[str, _Cand]) -> None:
        """Tokenise the places outside the windows where a known surname occurs again."""
        norm = self.folded.norm
        starts = [w[0] for w in self.windows]
        hits: list[tuple[int, int]] = []
        for key in known:  # a few keys: plain find beats compiling a fresh regex per article
            p = norm.find(key)
            while p != -1:
                if p == 0 or not norm[p - 1].isalnum():
                    hits.append((p, p + len(key)))
                p = norm.find(key, p + 1)
        hits.sort()
        extra: list[tuple[int, int]] = []
        for ms, me in hits:
            i = bisect.bisect_right(starts, ms) - 1
            if i >= 0 and self.windows[i][0] <= ms < self.windows[i][1]:
                continue
            a, b = max(ms - 40, 0), min(me + 12, len(norm))
            while a > 0 and not norm[a - 1].isspace():
                a -= 1
            while b < len(norm) and not norm[b].isspace():
                b += 1
            if extra and a <= extra[-1][1]:
                extra[-1] = (extra[-1][0], b)
            else:
                extra.append((a, b))
        if not extra:
            return
        lo = len(self.toks)
        for a, b in extra:
            end = self.toks[-1].e if self.toks else 0
            self.toks.append(_Tok("", end, end, "gap", "-", False))
            _tokenize_into(self.toks, self.folded, a, b)
        self._attach_mentions(lo, len(self.toks))

    def _match_known(self, i: int, known: dict[str, _Cand]) -> str | None:
        t = self.toks[i]
        if t.script in ("la", "cy") and not t.cap:
            return None
        w = t.n
        if w in known:
            return w
        if "'" in w and w.split("'")[0] in known:
            return w.split("'")[0]
        if t.script == "cy":
            for key in (_strip_kk(w) if self.kazakh else w,):
                if key in known:
                    return key
            for suf in _RU_NAME_INFLECTIONS:
                if w.endswith(suf) and w[: -len(suf)] in known:
                    return w[: -len(suf)]
        return None

    def _trim(self, c: _Cand) -> tuple[int, int]:
        """Offsets of the name only: drop a conjunction و glued to it, Kazakh case endings, 's."""
        cs, ce = c.cs, c.ce
        toks = self.toks
        first = toks[c.s]
        if first.script == "ar" and first.n.startswith("و") and len(first.n) >= 4 and c.s > 0:
            prev = toks[c.s - 1]
            if not (prev.k == "w" and prev.n in self.lex.verbs) and prev.k != "nl":
                cs += 1
        last = toks[c.e - 1]
        raw = self.text[last.s:ce]
        if last.script in ("la", "cy") and "'" in raw:
            ce = last.s + raw.index("'") if raw.index("'") > 0 else ce
        elif last.script in ("la", "cy") and "\u2019" in raw:
            ce = last.s + raw.index("\u2019")
        elif self.kazakh and last.script == "cy":
            stem = _strip_kk(last.n)
            if stem != last.n:
                ce -= len(last.n) - len(stem)
        return cs, ce


def _strip_kk(w: str) -> str:
    """``Сейітовке`` -> ``Сейітов``: a Kazakh case ending glued to a name, when vowel harmony agrees.

    Accusative endings (-ды/-ті ...) end many Kazakh names themselves (Сатыбалды, Құдайберді), so they
    are only cut after a Russian-style surname stem (Мирзиёевті); such stems take either harmony.
    """
    for suf in _KK_NAME_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            russian = stem.endswith(("ов", "ев", "ин", "ова", "ева", "ина"))
            if suf in _KK_ACCUSATIVE and not russian:
                continue
            vowels = [ch for ch in stem if ch in _BACK_VOWELS or ch in _FRONT_VOWELS]
            if not vowels:
                continue
            back = vowels[-1] in _BACK_VOWELS
            suf_back = any(ch in "аы" for ch in suf)
            suf_front = any(ch in "еі" for ch in suf)
            if russian or (back and suf_back) or (not back and suf_front):
                return stem
    return w


def _base(r: tuple[int, int, int, str | None]) -> str:
    """The office without its country: "minister of foreign affairs of Egypt" -> "minister of foreign affairs"."""
    role = r[3] or ""
    return role.rsplit(" of ", 1)[0] if r[1] else role


def _best(roles: list[tuple[int, int, int, str | None]]) -> tuple[int, int, int, str | None]:
    """The role a name gets: the strongest title; one naming its country; the title before the name."""
    if not roles:
        return (0, 0, 0, None)
    return max(roles, key=lambda r: (r[0], r[3] is not None, r[1], r[2]))


def find_people(text: str, lang: str | None = None, mentions: list[Any] | None = None) -> list[Entity]:
    """People named in ``text`` with their roles; offsets index ``text`` (``text[start:end] == name``).

    ``lang`` (ar, fa, kk, ru, en or None) only refines Kazakh case endings: every script's patterns run
    on every text. ``mentions`` (from :func:`monitor.gazetteer.find_mentions` of the same text; found here
    when not given) stop names at countries and places and give titles their country ("ambassador of
    Kazakhstan").
    """
    sc = scan(fold(text), lang)
    return people_in_scan(sc, gazetteer_mentions(sc) if mentions is None else mentions)


def people_in_scan(sc: Scan, found: list[Any]) -> list[Entity]:
    """:func:`find_people` of an article already scanned, with the gazetteer mentions of that scan."""
    if not sc.text.strip():
        return []
    return _Doc(sc.folding, sc.lang, found).run()
