"""Nationality words derived from the countries' names, not listed: a nationality before a full name marks a
person ("الكيني X Y", "кениец X Y", "кениялық X Y", "Kenyan X Y") the way an honorific does.

Each language makes its word for "a person of country N" by a regular suffix on N's name, so the forms are
derived from pycountry's catalogue names (ar, fa, kk, ru and English) rather than listed:

* Arabic: the nisba, N + ي with the article (البرازيل -> البرازيلي; كينيا -> الكيني: a final -يا loses its alif;
  فرنسا -> الفرنسي: a final alif or ة gives way to the ي), and its feminine in ة;
* Persian: N + ی (برزیلی), N + یی after a final vowel (کنیایی), N + ایی after a final ی (شیلیایی);
* Kazakh: N + -лық/-лік/-дық/-дік/-тық/-тік (кениялық, бразилиялық);
* Russian: the noun in -ец and its cases (кениец, бразилец: N less its -ия or -я);
* English: N + -n/-an/-ian/-ese/-i (Kenyan, Brazilian, Chinese, Pakistani).

Irregular words (турок, Turkish, французский) are not derived; a derived form that is no real word matches
nothing. Only one-word country names are used (a two-word name has no one-word nisba of this shape).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import pycountry

_KK_SUFFIXES = ("лық", "лік", "дық", "дік", "тық", "тік")
_RU_CASES = ("ец", "ца", "цу", "цем", "це", "цы", "цев")


def _arabic(name: str) -> list[str]:
    n = re.sub("[\u064b-\u0652]", "", name)  # the vowel marks and shadda the catalogue writes
    if n.startswith("ال"):
        n = n[2:]
    if n.endswith("ي"):
        base = n  # تشيلي -> التشيلي: the name ends in the nisba's own letter
    elif n.endswith("يا"):
        base = n[:-1]
    elif n.endswith(("ا", "ة")):
        base = n[:-1] + "ي"
    else:
        base = n + "ي"
    return ["ال" + base, "ال" + base + "ة"]


def _persian(name: str) -> list[str]:
    if name.endswith("ه"):
        return [name + "\u200cای", name + "ای"]  # a final silent h takes -ای, mostly after a joiner: کره -> کره‌ای
    if name.endswith(("ا", "و", "ی", "ي")):
        if name.endswith(("ی", "ي")):
            return [name + "ایی", name + "ائی"]
        return [name + "یی", name + "ئی"]
    return [name + "ی"]


def _kazakh(name: str) -> list[str]:
    low = name.lower()
    return [low + s for s in _KK_SUFFIXES]


def _russian(name: str) -> list[str]:
    low = name.lower()
    if low.endswith("ия"):
        bases = [low[:-2], low[:-1]]
    elif low.endswith(("а", "я")):
        bases = [low[:-1]]
    else:
        bases = [low]
    return [b + c for b in bases for c in _RU_CASES if len(b) >= 3]


def _english(name: str) -> list[str]:
    low = name.lower()
    out = [low + "n", low + "an", low + "ian", low + "ese", low + "i"]
    if low[-1:] in "aeiouy":
        out += [low[:-1] + "an", low[:-1] + "ian", low[:-1] + "ese"]
    return out


_DERIVE = {"ar": _arabic, "fa": _persian, "kk": _kazakh, "ru": _russian, None: _english}


def _one_word_names() -> Iterator[tuple[str, str | None]]:
    """Each catalogue name of a country cut to its one-word head, with its language (None: English).

    A head two countries share ("Korea, Republic of"; "كوريا، جمهورية كوريا"), which the gazetteer leaves out as
    naming no one country, is kept: its nationality word is still one ("Korean", "الكوري", "کره‌ای", "кореялық"),
    and it is still a country's name, no person's."""
    from monitor.gazetteer import _clean, _pycountry_names  # (the gazetteer's reading of the catalogues)

    for iso, _canonical, name, lang in _pycountry_names():
        english = pycountry.countries.get(alpha_2=iso)
        cut = _clean(name, english.name if english is not None else None)
        if cut is None:
            cut = re.split(r"[,\u060c]", re.sub(r"\(.*?\)", "", name))[0].strip()
        if cut and " " not in cut and "-" not in cut:
            yield cut, lang


@lru_cache(maxsize=1)
def country_heads() -> frozenset[str]:
    """The one-word heads of the countries' names, folded (:func:`_one_word_names`): a country's name, no
    person's."""
    from monitor.normalize import normalize

    return frozenset(normalize(cut) for cut, _lang in _one_word_names())


@lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """Every derived nationality word, as written (the caller folds them)."""
    names: set[str] = set()
    out: set[str] = set()
    for cut, lang in _one_word_names():
        names.add(cut.lower())
        out.update(_DERIVE[lang](cut))
    return frozenset(w for w in out if w.lower() not in names and len(w) >= 5)
