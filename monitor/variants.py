"""Spelling variants of country names, derived from how each script writes foreign names.

Why: copy spells Central-Asian names in more ways than any list holds. Arabic and Persian writers add or
drop a long vowel (أوزبكستان, أوزباكستان, اوزبيكستان), pick another letter for the same foreign sound
(ق/غ/ك/خ for q, g, k; ز/ذ/ظ for z; س/ص for s; ت/ط for t) or write a doubled letter once; Kazakh copy typed
without the Kazakh letters writes Озбекстан for Өзбекстан; English copy drops a letter (Kyrgystan,
Uzbekstan). Hamza forms, ya/kaf and ta marbuta need nothing here: :func:`monitor.normalize.normalize`
folds them. Inflection needs nothing either: names are stems and the gazetteer accepts case endings and
Arabic/Persian suffixes after them.

Each function returns the variants at edit distance one from a written form, restricted to the edits the
script makes (so a variant is a plausible spelling, not any string one edit away), for long names only: a
short name one edit away from another word would match that word.
"""

from __future__ import annotations

from monitor.normalize import normalize

_LONG_VOWELS = "اوی"  # folded alef, waw, ya
# letters that transcribe the same foreign sound (folded forms: ک is kaf, ی is ya)
_ARABIC_CLASSES = ("قغکخگ", "زذظض", "سصث", "تط", "جژچ")
_ARABIC_CLASS = {ch: cls for cls in _ARABIC_CLASSES for ch in cls}
_STAN = "ستان"
# Kazakh letters and the Russian letters a writer without a Kazakh keyboard types for them
_KAZAKH_PLAIN = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"}
ARABIC_MIN, LATIN_MIN = 7, 8


def arabic_script(name: str) -> set[str]:
    """One-edit variants of a one-word Arabic-script name (folded): a long vowel added or dropped inside
    the stem, a letter swapped within its sound class, a doubled letter written once.

    The edits stay inside the stem: the final -ستان (or last letter) carries the suffixes the gazetteer
    already accepts."""
    key = normalize(name)
    if " " in key or len(key) < ARABIC_MIN:
        return set()
    stem_end = len(key) - len(_STAN) if key.endswith(_STAN) else len(key) - 1
    out: set[str] = set()
    for i in range(1, stem_end + 1):
        if i < stem_end and key[i] in _LONG_VOWELS and key[i - 1] not in _LONG_VOWELS:
            out.add(key[:i] + key[i + 1 :])  # a long vowel dropped
        if key[i - 1] not in _LONG_VOWELS and (i == stem_end or key[i] not in _LONG_VOWELS):
            for v in _LONG_VOWELS:
                out.add(key[:i] + v + key[i:])  # a long vowel added after a consonant
        if i < stem_end:
            for other in _ARABIC_CLASS.get(key[i], ""):
                if other != key[i]:
                    out.add(key[:i] + other + key[i + 1 :])
            if key[i] == key[i - 1]:
                out.add(key[:i] + key[i + 1 :])  # a doubled letter written once
    out.discard(key)
    return out


def cyrillic(name: str) -> set[str]:
    """A Kazakh name as typed with Russian letters only (Өзбекстан -> Озбекстан), keeping its capital."""
    if not any(ch.lower() in _KAZAKH_PLAIN for ch in name):
        return set()
    plain = "".join(
        (_KAZAKH_PLAIN.get(ch.lower(), ch.lower()).upper() if ch.isupper() else _KAZAKH_PLAIN.get(ch, ch))
        for ch in name
    )
    return {plain} - {name}


def latin(name: str) -> set[str]:
    """One-letter slips in a long one-word Latin name: a letter dropped or two neighbours swapped inside it
    (Kyrgystan, Uzbekstan, Tajkistan), keeping the first and last letters."""
    if " " in name or len(name) < LATIN_MIN or not name.isalpha():
        return set()
    out: set[str] = set()
    for i in range(1, len(name) - 1):
        out.add(name[:i] + name[i + 1 :])
        if i < len(name) - 2 and name[i] != name[i + 1]:
            out.add(name[:i] + name[i + 1] + name[i] + name[i + 2 :])
    out.discard(name)
    return out


_RU_VOWELS = "аеёиоуыэюя"
KAZAKH_LETTERS = frozenset("әғқңөұүһі")  # the Kazakh letters Russian has not


def russian_adjectives(name: str) -> set[str]:
    """Stems of the Russian adjective of a one-word place name: Ташкент -> ташкентск (ташкентский,
    Ташкентской области), Алматы -> алматинск, Баку -> бакинск, Атырау -> атырауск, Иссык-Куль -> иссык-кульск.

    Russian adds -ск- to a consonant and -инск- after dropping a final vowel (a few names take -ск- there;
    both are given, the wrong one matches nothing)."""
    low = name.lower()
    if " " in low or len(low) < 4 or not low[0].isalpha() or any(ch in KAZAKH_LETTERS for ch in low):
        return set()
    if not all("а" <= ch <= "я" or ch in "ё-" for ch in low):
        return set()
    if low.endswith("ь"):
        forms = {low[:-1] + "ск"}
    elif low[-1] not in _RU_VOWELS or low[-2] in _RU_VOWELS:  # Ташкент, Семей, Атырау
        forms = {low + "ск"}
    else:
        forms = {low[:-1] + "инск", low[:-1] + "ск"}
    return {f for f in forms if len(f) >= 6}


def russian_noun_phrase_cases(name: str) -> list[str]:
    """Oblique cases of a Russian name that opens with a feminine noun: Республика Корея -> Республики Корея,
    Республике Корея, Республику Корея, Республикой Корея (the second word stays as it is)."""
    words = name.split(" ")
    head = words[0]
    if len(words) < 2 or not head[:1].isupper() or not head.endswith("а") or head.endswith(("ая", "яя")):
        return []
    if not all("а" <= ch.lower() <= "я" for ch in head):
        return []
    rest = " ".join(words[1:])
    return [f"{head[:-1]}{ending} {rest}" for ending in ("и", "е", "у", "ой")]


# The endings of a Russian noun heading a name, by its dictionary ending (Организация, Совещание, Содружество,
# Лига, Совет): the ending replaced, or ("") added to a final consonant.
_RU_HEAD_CASES = (("ия", ("ии", "ию", "ией")), ("ие", ("ия", "ию", "ием", "ии")), ("о", ("а", "у", "ом", "е")),
                  ("а", ("ы", "е", "у", "ой")), ("", ("а", "у", "ом", "е")))


def russian_head_cases(name: str) -> list[str]:
    """Oblique cases of a Russian name that opens with its head noun and goes on in the genitive, which stays
    as it is: Организация экономического сотрудничества -> Организации, Организацию, Организацией ...;
    Содружество Независимых Государств -> Содружества ...; Совет сотрудничества ... -> Совета ..."""
    words = name.split(" ")
    head = words[0]
    if len(words) < 2 or not head[:1].isupper() or not all("а" <= ch.lower() <= "я" for ch in head):
        return []
    if len(head) < 4 or (head[-1] in _RU_VOWELS + "йь" and not head.endswith(("ия", "ие", "о", "а"))):
        return []
    rest = " ".join(words[1:])
    for ending, forms in _RU_HEAD_CASES:
        if head.endswith(ending):
            stem = head[: len(head) - len(ending)]
            # after г, к, х and the hushing letters Russian writes и for ы: Лиги
            forms = tuple("и" if f == "ы" and stem[-1:] in "гкхжшчщ" else f for f in forms)
            return [f"{stem}{form} {rest}" for form in forms]
    return []


# Oblique cases of a Russian name opened by adjectives before its head noun (Всемирная организация
# здравоохранения, Международное агентство по атомной энергии, Международный валютный фонд), by the head's gender:
# genitive, dative, accusative, instrumental, prepositional; each pair is (adjective ending, noun ending).
_RU_ADJ = {"f": ("ая", "яя"), "n": ("ое", "ее"), "m": ("ый", "ий", "ой")}
_RU_ADJ_NOUN_CASES = {
    "f": ((("ой", "ей"), "ии", "е", "ы"), (("ой", "ей"), "ии", "е", "е"), (("ую", "юю"), "ию", "у", "у"),
          (("ой", "ей"), "ией", "ой", "ой"), (("ой", "ей"), "ии", "е", "е")),
    "n": ((("ого", "его"), "", "а", ""), (("ому", "ему"), "", "у", ""), (("ым", "им"), "", "ом", ""),
          (("ом", "ем"), "", "е", "")),
    "m": ((("ого", "его"), "", "а", ""), (("ому", "ему"), "", "у", ""), (("ым", "им"), "", "ом", ""),
          (("ом", "ем"), "", "е", "")),
}


def russian_adjective_head_cases(name: str) -> list[str]:
    """Oblique cases of a Russian name whose head noun comes after one or more adjectives, each of which
    declines with it while the genitive after the head stays: Всемирная организация здравоохранения ->
    Всемирной организации здравоохранения, Всемирную организацию ...; Международное агентство по атомной энергии
    -> Международного агентства ...; Всемирный банк -> Всемирного банка, Всемирным банком."""
    words = name.split(" ")
    adjs: list[str] = []
    for w in words:
        if len(w) > 4 and w.lower().endswith(("ая", "яя", "ое", "ее", "ый", "ий", "ой")):
            adjs.append(w)
        else:
            break
    if not adjs or len(adjs) >= len(words) or not all("а" <= ch.lower() <= "я" for w in adjs for ch in w):
        return []
    head, rest = words[len(adjs)], words[len(adjs) + 1 :]
    if head.endswith(("ия", "а", "я")):
        gender = "f"
    elif head.endswith(("о", "е")):
        gender = "n"
    elif head[-1:] not in _RU_VOWELS + "йь":
        gender = "m"
    else:
        return []
    if any(not a.endswith(_RU_ADJ[gender]) for a in adjs):
        return []
    out: list[str] = []
    for (hard, soft), ia, a_end, _ in _RU_ADJ_NOUN_CASES[gender]:
        forms = [a[:-2] + (soft if a[-2] in "еяи" and a[-3:-2] not in "гкхжшчщц" and a.endswith(("яя", "ее", "ий"))
                           else hard) for a in adjs]
        forms = [f[:-2] + "им" if f.endswith(("кым", "гым", "хым")) else f for f in forms]  # Азиатским
        if gender == "f":
            noun = head[:-2] + ia if head.endswith("ия") else head[:-1] + (
                ("и" if head[-2:-1] in "гкхжшчщ" or head.endswith("я") else "ы") if a_end == "ы" else a_end)
        elif gender == "n":
            noun = head[:-1] + a_end
        else:
            noun = head + a_end
        out.append(" ".join([*forms, noun, *rest]))
    return list(dict.fromkeys(f for f in out if f != name))


# Particles inside Arabic names written in Russian: they do not decline, and бен/бин are one word ("son of").
_RU_NAME_PARTICLES = frozenset({"бен", "бин", "ибн", "аль", "Аль", "ас", "ад", "ат", "эль", "Эль"})


def russian_name_cases(name: str) -> list[str]:
    """Oblique cases of a Russian multi-word name, every word declined (Russian declines each word of a
    man's name: Тамим бен Хамад -> Тамима бен Хамада, Тамиму бен Хамаду, Тамимом бен Хамадом, Тамиме бен
    Хамаде), with бен and бин both; a word ending in a vowel or a particle stays as it is."""
    words = name.split(" ")
    if len(words) < 2 or not all(all("а" <= ch.lower() <= "я" or ch in "ё-" for ch in w) for w in words):
        return []
    spellings = {name}
    for a, b in (("бен", "бин"), ("бин", "бен")):
        if a in words:
            spellings.add(" ".join(b if w == a else w for w in words))
    out: list[str] = []
    for spelled in sorted(spellings):
        parts = spelled.split(" ")
        declines = [w not in _RU_NAME_PARTICLES and w[-1].lower() not in _RU_VOWELS + "йь" for w in parts]
        if not any(declines):
            continue
        for ending in ("а", "у", "ом", "е"):
            form = " ".join(w + ending if d else w for w, d in zip(parts, declines, strict=True))
            out.append(form)
        if spelled != name:
            out.append(spelled)
    return out


_NISBA_ENDINGS = ("ية", "يه", "يا", "ا", "ة")
_NISBA_SKIP = frozenset({"جورج", "مغرب"})  # George; "western", "of the Maghrib prayer"


def arabic_nisba(name: str) -> set[str]:
    """The Arabic adjective of a country written without the article: السعودية -> سعودي, الإمارات ->
    إماراتي, ألمانيا -> ألماني, العراق -> عراقي (a name plus ي already matches through the suffixes, so only
    names with the article or a final ية/يا/ا/ة need this). Stems shorter than four letters are left
    out: تركي, روسي, صيني are given names or too short to be safe."""
    if " " in name or not any("\u0600" <= ch <= "\u06ff" for ch in name):
        return set()
    definite = name.startswith("ال")
    base = name[2:] if definite else name
    cut = False
    for ending in _NISBA_ENDINGS:
        if base.endswith(ending) and len(base) - len(ending) >= 4:
            base, cut = base[: -len(ending)], True
            break
    if not (definite or cut) or base.endswith("ستان") or len(base) < 4 or base in _NISBA_SKIP:
        return set()
    return {base + "ي"}
