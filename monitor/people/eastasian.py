"""Chinese and Japanese names told by their syllables, as Russian, Kazakh and English copy transcribe them.

A Chinese or Japanese name carries no surname ending (-ов, -yev, -zadeh) and no given name a list could hold,
so the finder's shape cues miss it. What marks it is its sound: Russian and Kazakh copy write Chinese with the
Palladius system (Чжан, Вэйминь, Цзяньго: an initial such as чж, цз, с, and a final such as ань, эй, ин), and
English copy writes pinyin (Zhang Weimin, Li Jianguo) and Japanese in Hepburn (Hiroshi Ogawa: open syllables,
with n the only final consonant). Every word of such a name is made of those syllables and nothing else, which
ordinary Russian and English words almost never are.

The name shapes:

* Chinese: a one-syllable family name, then a given name of two syllables written as one word ("Чжан
  Вэйминь", "Li Jianguo"), which Russian and Kazakh copy may decline ("Чжан Вэйминем", "Ли Цзяньгоның").
* Japanese, Latin script: a given name and a family name of two syllables or more each, five or more in all,
  the given name ending in a vowel ("Kenji Yamada", "Hiroshi Ogawa"): shorter pairs are too often words of
  other languages ("Rio Tinto"), and so are words in -n ("Japan Judo", "Arabian Sea").
"""

from __future__ import annotations

import re

# -- Palladius (Chinese in Cyrillic) ---------------------------------------------------------------------------
_PAL_INITIAL = "(?:чж|цз|ч|ш|ж|ц|с|б|п|м|ф|д|т|н|л|г|к|х)"
# finals after an initial; the longer spelling first so that the regex does not stop short
_PAL_FINAL = (
    "(?:уань|уан|уай|юань|юэ|юнь|юй|юн|янь|ян|яо|ань|ан|ай|ао|энь|эн|эй|инь|ин|ун|унь|уо|уа|уй|оу|"
    "я|ю|е|а|о|э|и|у|ы)"
)
# syllables with no initial (y-, w- and bare vowels in pinyin)
_PAL_BARE = ("(?:вань|ван|вэнь|вэн|вэй|вай|ва|во|юань|юэ|юнь|юй|юн|янь|ян|яо|ю|я|е|инь|ин|и|у|ань|ан|ай|ао|энь|эн|эй|"
             "эр|оу|а|о|э)")
_PAL_SYL = f"(?:{_PAL_INITIAL}{_PAL_FINAL}|{_PAL_BARE})"
# the endings Russian and Kazakh copy glue to a given name ("Вэйминем", "Вэйминя", "Цзяньгоның", "Цзяньгоға")
_CY_CASE = "(?:ем|ём|я|ю|е|ом|ым|ның|нің|дың|дің|ға|ге|қа|ке|ны|ні|ды|ді|мен|бен|пен|нан|нен|дан|ден|да|де|на|не)"
_PAL_FAMILY = re.compile(_PAL_SYL)
_PAL_GIVEN = re.compile(f"{_PAL_SYL}{_PAL_SYL}(?:ь?{_CY_CASE})?")
_PAL_ONE = re.compile(f"{_PAL_SYL}(?:ь?{_CY_CASE})?")  # a given name of one syllable ("Ван И", "Чжан Лэй")

# -- pinyin (Chinese in Latin script) --------------------------------------------------------------------------
_PY_INITIAL = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_PY_FINAL = (
    "(?:iang|iong|uang|ueng|ang|eng|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|ia|ie|iu|in|ing|ua|uo|ui|un|ue|"
    "a|o|e|i|u)"
)
# ("o" stands alone only after b, p, m, f, w, y: "go", "no", "to" are English words, not pinyin syllables)
_PY_SYL = f"(?:[bpmfwy]o|er|{_PY_INITIAL}?(?!o(?!u|ng)){_PY_FINAL})"  # ("er" has no initial: "winter" is no pinyin)
_PY_FAMILY = re.compile(_PY_SYL)
_PY_GIVEN = re.compile(f"{_PY_SYL}{_PY_SYL}")

# -- Hepburn (Japanese in Latin script) ------------------------------------------------------------------------
# Hepburn spells each consonant only before the vowels it takes in Japanese: no "ti", "tu", "si", "hu", "di",
# "fe", "wi", "yi" ("chi", "tsu", "shi", "fu" instead), which is what keeps English words ("federation") out
_HEP_SYL = (
    "(?:(?:(?:kk|pp|[kgnbpmr])[aiueo]|h[aieo]|(?:ss|[sz])[aueo]|(?:tt|[td])[aeo]|(?:tch|ssh|ch|sh|j)[aiueo]"
    "|t?ts?u|fu|w[ao]|y[auo]|(?:ky|gy|ny|hy|by|py|my|ry)[auo]|[aiueo])(?:n(?![aiueo]))?)"
)
_HEP_WORD = re.compile(f"(?:{_HEP_SYL})+")
_HEP_SYL_RE = re.compile(_HEP_SYL)


def _syllables(word: str) -> int:
    return len(_HEP_SYL_RE.findall(word))


def chinese_pair(family: str, given: str) -> bool:
    """``family given`` (lower case, as folded) is a Chinese name: a one-syllable family name and a given name
    of two syllables, in Palladius Cyrillic ("чжан вэйминем") or in pinyin ("li jianguo")."""
    if _PAL_FAMILY.fullmatch(family):
        return _PAL_GIVEN.fullmatch(given) is not None
    if _PY_FAMILY.fullmatch(family):
        return _PY_GIVEN.fullmatch(given) is not None
    return False


def chinese_family_first(family: str, given: str) -> bool:
    """``family given`` (lower case), already known to be a person's name, is a Chinese one whose family name comes
    first: a one-syllable family name and a given name of one syllable or two ("zhang lei", "liu jianwei", "ван
    и"), so that the name is said again by its first word, not its last."""
    if _PAL_FAMILY.fullmatch(family):
        return _PAL_GIVEN.fullmatch(given) is not None or _PAL_ONE.fullmatch(given) is not None
    if _PY_FAMILY.fullmatch(family):
        return _PY_GIVEN.fullmatch(given) is not None or _PY_FAMILY.fullmatch(given) is not None
    return False


def japanese_pair(given: str, family: str) -> bool:
    """``given family`` (lower case) is a Japanese name in Hepburn: two syllables or more each, five or more
    in all ("kenji yamada", "hiroshi ogawa")."""
    if given.endswith("n") or not (_HEP_WORD.fullmatch(given) and _HEP_WORD.fullmatch(family)):
        return False  # (a given name of two syllables or more ends in a vowel: "Japan Judo", "Arabian Sea" are no
        # names)
    a, b = _syllables(given), _syllables(family)
    return a >= 2 and b >= 2 and a + b >= 5


# Mongolian given names and patronymics are compounds of a few dozen name elements ("bat" firm, "bayar" joy,
# "zorig" courage, "erdene" jewel, "enkh" peace...), in English copy's spelling and in Cyrillic (Mongolian's own
# script, which Russian and Kazakh copy keep): a word made of two or more of them is a Mongolian name word.
_MN_LA = ("(?:bat|bayar|baatar|baatur|erdene|ochir|dorj|zorig|gan|enkh|tsetseg|suren|sukh|bold|tulga|jargal|altan|"
          "oyun|tuya|munkh|mönkh|tsogt|tumur|gerel|davaa|naran|nyam|purev|otgon|chuluun|delger|tsend|amar|khuu|"
          "sain|saikhan|od|ulzii|batt|khishig|uyanga|tumen|orgil|bilegt|erdenee|sod|nasan|sambuu|byamba)")
_MN_CY = ("(?:бат|баяр|баатар|эрдэнэ|очир|дорж|зориг|ган|энх|цэцэг|сүрэн|сурэн|сүх|сух|болд|тулга|жаргал|алтан|"
          "оюун|туяа|мөнх|мунх|цогт|төмөр|тумур|гэрэл|даваа|наран|ням|пүрэв|пурэв|отгон|чулуун|дэлгэр|цэнд|амар|"
          "хүү|хуу|сайхан|од|өлзий|улзий|хишиг|уянга|түмэн|оргил|билэгт|содном|насан|бямба)")
_MONGOLIAN = re.compile(f"(?:{_MN_LA}{{2,4}}|{_MN_CY}{{2,4}}(?:а|у|ы|{_CY_CASE})?)")  # (Cyrillic: with a case ending)


def mongolian_word(word: str) -> bool:
    """``word`` (lower case) is a compound of two to four Mongolian name elements ("batbayar", "ganzorig",
    "энхтуяа")."""
    return _MONGOLIAN.fullmatch(word.replace("-", "")) is not None


def east_asian_pair(first: str, second: str) -> bool:
    """Two capitalised words (lower case here) that make a Chinese, a Japanese or a Mongolian name."""
    return chinese_pair(first, second) or japanese_pair(first, second) or (
        mongolian_word(first) and mongolian_word(second))


def word_roles(word: str) -> tuple[bool, bool]:
    """Whether ``word`` (lower case) can open such a pair (a Chinese family name, a Japanese given name) and
    whether it can close one (a Chinese given name, a Japanese family name): a cheap test asked once per word,
    so that most pairs of capitalised words never reach :func:`east_asian_pair`."""
    hep = _HEP_WORD.fullmatch(word) is not None and _syllables(word) >= 2
    first = (hep and not word.endswith("n")) or bool(_PAL_FAMILY.fullmatch(word) or _PY_FAMILY.fullmatch(word))
    second = hep or bool(_PAL_GIVEN.fullmatch(word) or _PY_GIVEN.fullmatch(word))
    if mongolian_word(word):
        return True, True
    return first, second
