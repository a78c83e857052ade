"""Where a name starts and ends: name tokens, Arabic-script name units and proclitics, capitalised runs,
and the Russian and Kazakh endings glued to names and to the countries next to them.

A wrong span is worse than a missing one, so every doubtful case (a lone token that is not a known surname,
a run that might go on) is refused here; :mod:`monitor.people.finder` decides which titles a name goes with.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from monitor.normalize import word_set

if TYPE_CHECKING:
    from monitor.people.lexicon import RoleLexicon
    from monitor.people.tokens import Tok

# Mandarin syllables as Arabic copy spells them (folded), the parts of a Chinese name in Arabic script; those that
# are common Arabic words too may still follow a name's last syllable (see the finder's _ar_chinese)
AR_PINYIN = word_set((
    "وانغ وانج لي مينغ مينج تشانغ تشانج وي يي ليو تشن تشين شي جين جينغ بينغ هوا يانغ يانج هونغ شيا تشاو جيانغ "
    "شيانغ فنغ فانغ لين ليانغ قوه غوه سون ما هو تشو وو شو دنغ دينغ لو هان جيا هي شين يونغ مين جون جيان هوي "
    "شياو تشي شوي لونغ قانغ كانغ تيان تشون يوان هاي باو بو تاو زو تشاي جو هوانغ تشيان يو نينغ رونغ هانغ "
    "تشيانغ تشيونغ تشينغ شينغ شيونغ يينغ لينغ تينغ جيونغ").split())
AR_PINYIN_WORDS = word_set("لي ما هو هي وي يو بو جو لو".split())
# Russian case endings and Kazakh possessive and case endings: for inflecting titles (the role lexicon) and for
# telling an inflected country ("Казахстан|а") from a longer word.
RU_ENDINGS = ("", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "и", "ей", "ю", "я", "ем", "ой")
KK_POSS = (
    "", "ы", "і", "лар", "лер", "тар", "тер", "дар", "дер",
    "сы", "сі", "міз", "мыз", "ымыз", "іміз", "лары", "лері", "тары", "тері", "дары", "дері",
    "ларының", "лерінің",
)
KK_CASES = (
    "", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "мен", "бен", "пен",
    "ды", "ді", "ты", "ті", "ны", "ні", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан",
    "тен", "нан", "нен", "ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі",
)
# the Kazakh reflexive "own" ("өз компаниясы", "өзінің мектебі"): the institution after it is the subject's own, not
# one named after the name before it
_KK_REFLEXIVE = frozenset({"өз", "өзінің", "өзiнiң"})
KK_LETTERS = tuple("әғқңөұүһі")  # the Kazakh letters Russian has not (see holds_any)
# Case endings a Kazakh writer glues to a (foreign) name: genitive, dative, accusative, instrumental.
KK_NAME_SUFFIXES = (
    "ның", "нің", "дың", "дің", "тың", "тің", "мен", "бен", "пен", "ға", "ге", "қа", "ке",
    "ны", "ні", "ды", "ді", "ты", "ті",
)
# The ablative endings, cut from a surname's stem only (-ов/-ев/-ин, -ова/-ева/-ина: "Тұрсынбаевадан", "Сейітовтен",
# "Ильиннен"): they end given names too ("Сұлтан", "Ердаулет"), which keep them. (The locative is a place's case:
# "Қонаевта", in the city named after him.)
_KK_SURNAME_ONLY = ("дан", "ден", "тан", "тен", "нан", "нен")
# the instrumental ending has no back-vowel form: "Коррейямен", "Тоқаевпен" (мен/бен/пен follow the consonant only)
_KK_INVARIANT = frozenset({"мен", "бен", "пен"})


def kk_cased_surname(w: str) -> bool:
    """A Kazakh surname of the -ov type (or a patronymic) with a case ending glued on ("Сапаровпен", "Тоқаевқа",
    "Нұрланұлының"): the last word of its name."""
    return any(w.endswith(c) and w[:-len(c)].endswith(("ов", "ев", "ова", "ева", "ұлы", "қызы"))
               for c in (*KK_NAME_SUFFIXES, *_KK_SURNAME_ONLY))


_RU_MASC_NOMINATIVE = ("ов", "ев", "ёв", "ин", "ский", "цкий", "улы", "уулу", "ұлы")
_PLACE_AND = frozenset({"мен", "бен", "пен", "және", "and"})  # what joins two places before one head noun
# a head noun that two places share: English plural, Kazakh dative, locative or ablative (after the possessive or not)
_PLACE_PAIR_HEAD = ("s", "на", "не", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "нан", "нен", "дан", "ден",
                    "тан", "тен")
_CY_DERIV = ("", "ск", "ск", "цк", "дық", "тық", "лық", "дік", "тік", "лік", "ша", "ше", "ец", "цы", "ц")
_CY_ENDINGS = frozenset(
    d + e
    for d in _CY_DERIV
    for e in (
        *RU_ENDINGS, "ии", "ию", "ия", "ий", "ого", "ому", "ым", "им", "ая", "ое", "ые", "ых", "ую", "ыми", "ими",
        "ей", "ев", "ами", *(p + c for p in KK_POSS for c in KK_CASES),
    )
)
KK_LOCATIVE_ADJ = ("дағы", "дегі", "тағы", "тегі")
KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
_KK_ACCUSATIVE = frozenset({"ны", "ні", "ды", "ді", "ты", "ті"})
_BACK_VOWELS = set("аоұыуяё")
_FRONT_VOWELS = set("әеөүіиэю")
RU_NAME_INFLECTIONS = ("а", "у", "ом", "ым", "им", "е", "ой", "ы", "ого", "ому", "ой", "ую", "ой")
AR_JOIN_NEXT = {"عبد", "ابو", "بن", "ابن", "بنت", "ال"}  # ال here is آل (family): آل نهيان
# Russian adjective endings: a given name never has one ("Арабских", "Казахского", "Центральной")
RU_ADJECTIVE = ("ых", "их", "ого", "его", "ому", "ему", "ская", "ское", "ские", "ской", "ский", "ную", "ные", "ный",
                "ная", "ное", "ной", "ным", "ыми", "ими", "цкой", "цкий")
# Russian consonants after which the singular cases of a noun never end in -и (г, к, х, ж, ш, ч, щ, ц take it for
# -ы; й and ь are soft: "Оби")
_CY_HARD_CONSONANTS = frozenset("бвдзлмнпрстф")
# A surname of the -ov type in the nominative, and the patronymics that may follow it ("Ойбек Нормұродов
# Сырдарияның": after a given name and such a surname, a third capitalised word that is no patronymic is the next
# phrase's, a river's or a place's)
SURNAME_OV = ("ов", "ова", "ев", "ева", "ёв", "ёва")
PATRONYMIC = ("вич", "вна", "ична", "ұлы", "қызы", "улы", "кызы", "уулу")
_RU_DATIVE_SURNAME = ("ову", "еву", "ёву", "ину", "ыну")  # a masculine surname in the dative
# a woman's surname in the instrumental, or one that stays undeclined for a woman
_RU_FEMININE_INSTRUMENTAL = ("овой", "евой", "ёвой", "иной", "ыной", "ич", "енко", "швили", "дзе", "ян", "ук", "юк")
AR_NASAB = {"بن", "ابن", "بنت"}  # "son/daughter of": joins the father's name to the chain
AR_JOIN_PREV = {"الدین", "الله", "الاسلام"}
CLAUSE_PUNCT = {".", ";", ":", "!", "?", "\u06d4"}
PROCLITIC_FIRST = frozenset("وفبلک")
FA_LETTERS = tuple("پچژگ")  # the Persian letters Arabic has not (see holds_any)


def holds_any(text: str, letters: tuple[str, ...]) -> bool:
    """Does ``text`` hold any of ``letters``?

    Why one look-up per letter: ``letter in text`` is a C ``memchr`` scan, some ten times faster over an
    article than a regex character class (tried at every character) or ``set.isdisjoint(text)`` (a string
    object made for every character)."""
    for letter in letters:
        if letter in text:
            return True
    return False


_AR_BARE_PARTICLES = frozenset(
    {"ان", "انه", "انها", "ما", "من", "لا", "ذلک", "هذا", "هذه", "هو", "هی", "الذی", "التی", "ها", "هم"}
)
_AR_POSSESSIVES = ("ه", "ها", "هم", "هما")  # the possessive pronouns Arabic glues to a noun (as written)
# Arabic quantifiers that govern the noun after them as a genitive ("أحد", "إحدى", "بعض", "جميع": folded)
_AR_QUANTIFIERS = frozenset({"احد", "احدی", "بعض", "جمیع", "معظم", "اغلب", "کافه"})
_PRONOUN_SUFFIXES = ("ته", "تها", "تهم", "تهما", "هما")
# the object pronouns Arabic glues to a verb ("ترأسها": she/it chaired it), longest first; not -ه, which the
# folded text shares with the feminine ending ة ("جمعة" is no "جمع" + ه)
_UNIT_BEFORE = frozenset("°0123456789")  # what stands right before the letter of a unit ("8°C", "5K")
_AR_OBJECT_SUFFIXES = ("هما", "ها", "هم", "نا")
_HAMZA_ALIFS = frozenset("أإآ")  # an alif carrying a hamza or a madda (the article's alif carries none)
_AR_LONG = frozenset("اوی")  # the long vowels (folded): the letters a verb's sound root does not hold
_AR_SUR_TAILS = ("وف", "یف", "اف")  # the surname endings a word is cut back to for the noun patterns


# a romanised Korean syllable (Revised and McCune-Reischauer spellings): an initial, a vowel, a final
_KO_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?"
                r"(?:yae|yeo|wae|woo|you|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|[aeoui])(?:ng|[kntlmp])?")
_KOREAN_GIVEN = re.compile(r"(?=[A-Z])(?i:" + _KO_SYLLABLE + r"-" + _KO_SYLLABLE + ")")  # "Min-seok", "Min-Seok"


def _participle_stem(stem: str) -> bool:
    """``stem`` (as written) has a participle's shape: فاعل ("لاعب", "ناخب") or one opening with م of four or
    five letters (مفعّل, مفاعل: "مشجع", "مواطن", "منافس")."""
    n = len(stem)
    return (n == 4 and stem[1] == "ا") or (stem[:1] == "م" and n in (4, 5) and "ي" not in stem)


def ar_noun_shape(w: str) -> bool:
    """``w`` (folded, proclitics off) has the form of an Arabic common noun ending in -ف that a Central-Asian
    surname ending (-وف, -یف, -اف) would otherwise take for a surname: the article (a surname from Russian never
    takes it: "الآلاف", "التوظیف"), the accusative ending ("ظروفا"), a stem too short for a name with such an
    ending (فعول, فعیل: "ظروف", "ضعیف"), or the patterns of verbal nouns and broken plurals: تفعیل ("توظیف",
    "تعریف"), مفاعل ("مخاوف"), مفعول ("معروف"), أفعال ("اهداف", "اطراف"), افتعال, انفعال,
    استفعال ("اختلاف", "انحراف", "استیناف")."""
    if w[:2] == "ال":
        return True
    if w.endswith("فا") and len(w) <= 6:
        w = w[:-1]  # the accusative (tanwin) alif: "ظروفا"; the feminine -ова keeps a long stem ("کریموفا")
    n = len(w)
    if n <= 4:
        return True
    if n == 5:
        return (
            (w[0] == "ت" and w[3] == "ی")  # تفعیل
            or (w[0] == "م" and w[2] == "ا" and w[3] == "و")  # مفاعل ("مخاوف"; "ملایف" is Mullayev)
            or (w[0] == "م" and w[3] == "و" and w[1] != "م")  # مفعول (not the Turkic Mammad- of "ممدوف", Mammadov)
            or (w[0] == "ا" and w[3] == "ا")  # أفعال
        )
    if n == 6:
        return ((w[0] == "ا" and w[2] == "ت" and w[4] == "ا") or (w[:2] == "ان" and w[4] == "ا")  # افتعال, انفعال
                or (w[0] in "تم" and w[2] == "ا" and w[4] == "ی"))  # تفاعیل, مفاعیل ("تجاویف", "تکالیف", "مصاریف")
    return w[:3] == "است" and w[-2] == "ا"  # استفعال


# the present stems of Persian's commonest verbs: with the negative ن- or the subjunctive ب- before them and a
# personal ending after ("نگیرد", "بدهند", "نشود", "بتوانیم") they make a verb form, never a name
_FA_PRESENT_STEMS = frozenset({
    "گیر", "کن", "شو", "ده", "دار", "زن", "خواه", "توان", "باش", "بین", "گو", "گوی", "رس", "رسان", "رو", "یاب", "ساز",
    "گذار", "گرد", "گردان", "مان", "پذیر", "کش", "بر", "آور", "خور", "دان", "نویس", "فرست", "پرداز", "گشا", "بند",
    "شناس", "افت", "افزا", "کاه", "خر", "فروش", "پوش", "کوش", "ریز", "نشین", "آموز", "سپار", "گزین", "جوی", "پای",
})
_FA_PERSONAL_ENDINGS = ("د", "ند", "یم", "ید")
# common past stems: with ن- and the participle's -ه they make a negated perfect ("واکنشی نشان نداده است")
_FA_PAST_STEMS = frozenset({
    "داد", "کرد", "شد", "رفت", "گفت", "زد", "بود", "امد", "داشت", "خواست", "رسید", "گرفت", "دید", "کشید", "نوشت",
    "ساخت", "برد", "اورد", "یافت", "گذاشت", "شنید", "خورد", "دانست", "توانست", "پذیرفت", "فرستاد", "گشت",
})


def fa_verb_form(w: str) -> bool:
    """Persian copy: ``w`` (folded) is a negated or subjunctive verb: ن- or ب- (or both, نمی- without its ZWNJ), a
    common present stem, a personal ending ("اعتماد نگیرد": does not win confidence)."""
    if w.startswith("ن") and w.endswith("ه") and w[1:-1] in _FA_PAST_STEMS:
        return True  # a negated perfect's participle ("نداده", "نکرده", "نشده"): no name has its form
    for pre in ("نمی", "می", "ن", "ب"):
        if not w.startswith(pre):
            continue
        rest = w[len(pre):]
        for end in _FA_PERSONAL_ENDINGS:
            if rest.endswith(end) and rest[: len(rest) - len(end)] in _FA_PRESENT_STEMS:
                return True
    return False


# Persian preverbs and prefixes that open a compound written with a ZWNJ ("پیش‌بینی", "هم‌کاری", "بی‌کاری")
_FA_PREFIXES = frozenset({"پیش", "پس", "هم", "بی", "نا", "فرا", "فرو", "بین"})


def _fa_common_form(w: str, raw: str) -> bool:
    """Persian copy: ``w`` (folded; ``raw`` as written) has a common word's form, never a name's: a plural in
    -ها ("دستمزدها", "کشورهای"), a compound opening with a preverb or prefix ("پیش‌بینی") or two stems joined
    by و ("حمل‌ونقل"), a relational
    adjective of an -ism or a science ("صهیونیستی", "هواشناسی"), or a noun ending in a long a with the ezafe
    ی ("شورای اسلامی": a name's word ending so is written -ایی, after a ZWNJ, "خامنه‌ای", or is the Turkic
    -بای, "آق‌اتابای")."""
    z = raw.find("\u200c")
    if z > 0 and (raw[:z] in _FA_PREFIXES or raw.endswith(("\u200cها", "\u200cهای"))):
        return True
    if z > 0 and raw[z + 1:z + 2] == "و" and len(raw) - z >= 4 and not raw.endswith(("\u200cوند", "\u200cوندی")):
        return True  # a pair of stems joined by و ("حمل‌ونقل", "گفت‌وگو", "رفت‌وآمد"); a name's -وند is a suffix
    if w.endswith(("یستی", "شناسی")):
        return True
    if raw.endswith(("\u200cتر", "\u200cترین")) or (w.startswith("غیر") and len(w) >= 6) or (
            w.endswith("ترین") and len(w) >= 7):
        return True  # comparatives and superlatives ("سخت‌تر", "امتیازآورترین"), negated adjectives ("غیرایرانی")
    return len(w) >= 5 and w.endswith("ای") and not w.endswith(("ایی", "بای")) and raw[-3:-2] != "\u200c"


def ar_verb_shape(w: str, names: frozenset[str]) -> bool:
    """Arabic copy: ``w`` (folded, proclitics off) has the form of an imperfect verb, never a name: the prefix
    ی with a sound root of three letters ("یامل", "یقرر", "یقر"), with the future prefix ("سیقرب"), the third
    form ("یلاقی", "یواجه"), or a plural or dual ending ("یواجهون"). Given names of the same shape (یعرب, یزن) are
    in ``names``; those with a long vowel after the prefix (یوسف, یاسر, یزید, یرلان) do not have it."""
    if w in names:
        return False
    if w[:2] in ("سی", "ست", "سن") and 4 <= len(w) <= 6:
        w = w[1:]  # the future prefix
        if w in names:
            return False
        if len(w) == 4 and w[-1] == "ی" and w[1] not in _AR_LONG and w[2] not in _AR_LONG:
            return True  # a defective verb (its root ends in a weak letter) in the future: "سیغذی", "سیبنی"
    if w[:1] != "ی" or len(w) < 3:
        return False
    n = len(w)
    if n <= 4:
        return w[1] not in _AR_LONG and w[2] not in _AR_LONG and w[-1] not in "یىا"
    if (w.endswith("ون") and n >= 5) or (w.endswith("ان") and n >= 6 and not w.endswith("یان")):
        return w[1] not in "ای"  # plural and dual: "یواجهون", "یعملان" (not "یرلان", nor "-یان", a surname)
    return n <= 6 and w[2] == "ا" and w[1] not in "ای"  # the third form: یلاقی, یواجه, یطالب


_LA_ENDINGS = frozenset({"s", "es", "'s", "s'", "es'"})  # the English plural and possessive


def _stem_match(w: str, stems: tuple[str, ...]) -> bool:
    """``w`` is one of ``stems`` with nothing or a case ending after it ("университете", "улице", "banks"), or
    with the English possessive ("Airport's runway", "the banks' loans")."""
    for stem in stems:
        if w.startswith(stem):
            rest = w[len(stem):]
            if not rest or rest in _LA_ENDINGS or (rest in _CY_ENDINGS and rest not in _SURNAME_LIKE_ENDINGS):
                return True
    return False


_KK_POSSESSED: dict[str, bool] = {}


def kk_possessed(w: str, stems: tuple[str, ...]) -> bool:
    """Kazakh: the organisation noun ``w`` carries the possessive of a compound name ("Абай театры", "Назарбаев
    Университеті", "атындағы"), which a name before it qualifies; the bare noun ("Үкімет отырысында") does not
    take one. Remembered per word."""
    got = _KK_POSSESSED.get(w)
    if got is None:
        if len(_KK_POSSESSED) > 100_000:
            _KK_POSSESSED.clear()
        stem = next((st for st in stems if w.startswith(st)), "")  # stems run longest first
        rest = w[len(stem):]
        got = _KK_POSSESSED[w] = rest.startswith(("ы", "і", "сы", "сі")) or stem == "атындағы"
    return got


_SURNAME_LIKE_ENDINGS = frozenset({"ов", "ев", "ин", "ова", "ева", "ина", "ий", "ский", "ск", "ец", "ц"})
_ORG_CACHE: dict[tuple[str, int], bool] = {}
# Per-word decisions of the name scanner, kept across articles (the same words recur in every article).


# "No." (number) and its kin before a number ("Polyclinic No. 6", "School Nr. 12"): the word "number", never a
# name (the Korean family name No stands before a given name, never before a number)
_NUMBER_SIGNS = frozenset({"no", "nos", "nr"})
# "house" heading a body's name ("دار نشر", a publishing house; "دار الأوبرا"), not listed with the heads of bodies
# (lexicon org_ar): its definite form folds together with the given name Eldar ("إلدار")
_AR_HOUSE = frozenset({"دار"})
# the suffixes of abstract nouns made from verbs and adjectives, which no name of eight letters or more ends in
# (English -ment, -tion, -ness, -ship: "Agency for Land Management"; Russian -ение/-ание, -ство: "Управление")
_ABSTRACT_NOUN_ENDS = ("ment", "tion", "ness", "ship", "ение", "ание", "ство")


def stem_match(w: str, stems: tuple[str, ...]) -> bool:
    """:func:`_stem_match`, remembered per word (the same few hundred words recur in every article)."""
    key = (w, id(stems))
    got = _ORG_CACHE.get(key)
    if got is None:
        if len(_ORG_CACHE) > 100_000:
            _ORG_CACHE.clear()
        got = _ORG_CACHE[key] = _stem_match(w, stems)
    return got


@lru_cache(maxsize=65536)
def proclitics(w: str) -> tuple[tuple[str, str], ...]:
    """Ways to split Arabic-script conjunction/preposition proclitics off ``w`` (longest first)."""
    if w[:1] not in PROCLITIC_FIRST:
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


def strip_kk(w: str) -> str:
    """``Сейітовке`` -> ``Сейітов``: a Kazakh case ending glued to a name, when vowel harmony agrees.

    Accusative endings (-ды/-ті ...) end many Kazakh names themselves (Сатыбалды, Құдайберді), so they
    are only cut after a Russian-style surname stem (Мирзиёевті) or a hyphenated foreign one
    (Абдель-Латифті: a Kazakh name is never hyphenated); such stems take either harmony.
    """
    for suf in KK_NAME_SUFFIXES + _KK_SURNAME_ONLY:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            russian = stem.endswith(("ов", "ев", "ин", "ова", "ева", "ина")) or (
                "-" in stem and stem[-1] not in _BACK_VOWELS and stem[-1] not in _FRONT_VOWELS)
            if suf in _KK_SURNAME_ONLY and not stem.endswith(("ов", "ев", "ин", "ова", "ева", "ина")):
                continue
            if suf in _KK_ACCUSATIVE and not russian:
                continue
            vowels = [ch for ch in stem if ch in _BACK_VOWELS or ch in _FRONT_VOWELS]
            if not vowels:
                continue
            back = vowels[-1] in _BACK_VOWELS
            suf_back = any(ch in "аы" for ch in suf)
            suf_front = any(ch in "еі" for ch in suf)
            if russian or suf in _KK_INVARIANT or (back and suf_back) or (not back and suf_front):
                return stem
    return w


# Russian surname endings in an oblique case -> the nominative (masculine -ов/-ев/-ин, feminine -ова/-ева/-ина),
# and what the given name before such a surname does in the same case. The genitive "Сапарова" is left as
# written: it is also a woman's nominative.
_RU_SURNAME_CASES = (
    ("овым", "ов", "m"), ("евым", "ев", "m"), ("ёвым", "ёв", "m"), ("иным", "ин", "m"), ("ыным", "ын", "m"),
    ("ову", "ов", "m"), ("еву", "ев", "m"), ("ину", "ин", "m"),
    ("овой", "ова", "f"), ("евой", "ева", "f"), ("иной", "ина", "f"),
)
_RU_GIVEN_CASES = {
    "m": (("ием", "ий"), ("еем", "ей"), ("аем", "ай"), ("ом", ""), ("ем", ""), ("ию", "ий"), ("ею", "ей"), ("у", ""),
          ("ю", "й")),
    "f": (("ией", "ия"), ("ей", "я"), ("ой", "а")),
}


def base_form(words: list[str], kazakh: bool) -> list[str]:
    """The nominative of a Cyrillic name written in an oblique case ("Асхатом Сапаровым" -> "Асхат Сапаров",
    "Тоқаевтың" -> "Тоқаев"); the words as they are when no case can be told."""
    last = words[-1]
    if kazakh:
        stem = strip_kk(last.casefold())
        return [*words[:-1], last[:len(stem)]] if len(stem) < len(last) else words
    low = last.casefold()
    for ending, nominative, gender in _RU_SURNAME_CASES:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            out = [*words[:-1], last[: len(last) - len(ending)] + nominative]
            if len(words) >= 2 and "." not in words[-2]:
                given = words[-2]
                for g_end, g_nom in _RU_GIVEN_CASES[gender]:
                    if given.casefold().endswith(g_end) and len(given) - len(g_end) >= 2:
                        out[-2] = given[: len(given) - len(g_end)] + g_nom
                        break
            return out
    return words


class NameScanner:
    """The name-boundary predicates and scanners over one text's tokens.

    A base class of the finder's per-text state (:class:`monitor.people.finder._Doc` fills these attributes):
    the boundaries need the tokens, the titles found among them and the word lists, nothing else.
    """

    lex: RoleLexicon
    text: str
    toks: list[Tok]
    hit_at: dict[int, Any]  # token index -> the title covering it
    kazakh: bool
    lang: str | None
    dateline: frozenset[str]  # Arabic-script place words of the dateline ("زاهدان- ایرنا-"): never a name

    # -- token predicates ------------------------------------------------------------------------------
    def ar_stop(self, t: Tok) -> bool:
        """A stop word or a verb (with its conjunction, future prefix or plural ending): never in a name.
        Decided once per folded word (the lexicon is loaded once)."""
        cache = self.lex.ar_stop_cache  # per lexicon: Arabic copy has its own stop words
        got = cache.get(t.n)
        if got is None:
            if len(cache) > 100_000:
                cache.clear()
            got = cache[t.n] = self._ar_stop(t.n)
        return got

    def _ar_stop(self, n: str) -> bool:
        lex = self.lex
        if n in lex.stop or n in lex.verbs:
            return True
        if n.endswith("وا") and (n[:-2] in lex.verbs or n[1:-2] in lex.verbs):
            return True  # plural past verbs: ناقشوا, وأكدوا
        if n[:1] in ("و", "ف") and len(n) == 3 and n[1:] in lex.verbs:
            return True  # a conjunction on a verb of two letters ("وتم": and it was done)
        if n[:1] in ("و", "ف") and len(n) > 3:
            rest = n[1:]
            if rest in lex.verbs or rest in lex.stop:
                return True
            if rest[:1] == "س" and rest[1:] in lex.verbs:
                return True  # وسيزور
        if n[:1] == "س" and n[1:] in lex.verbs:
            return True  # the future prefix: سيزور, ستعقد
        for suffix in _AR_OBJECT_SUFFIXES:  # a verb with its object pronoun: ترأسها, وحضرها, يرافقهم
            if n.endswith(suffix) and len(n) - len(suffix) >= 3:
                stem = n[: len(n) - len(suffix)]
                if stem in lex.verbs or (stem[:1] in ("و", "ف") and stem[1:] in lex.verbs):
                    return True
        return False

    def ar_name_tok(self, i: int) -> bool:
        """Can Arabic-script token ``i`` be part of a name?"""
        t = self.toks[i]
        if t.k != "w" or t.script != "ar" or len(t.n) < 2 or t.ment is not None or i in self.hit_at:
            return False
        if self.dateline and t.n in self.dateline:
            return False
        key = (t.n, self.text[t.s:t.e + 1] if self.text.startswith("\u064b", t.e) else self.text[t.s:t.e])
        # (with the tanween after a word's alif, which folding drops: "مروراً")
        cache = self.lex.ar_name_cache
        got = cache.get(key)
        if got is None:  # what the word alone tells, decided once per word as folded and as written
            if len(cache) > 100_000:
                cache.clear()
            got = cache[key] = self._ar_name_word(t, key[1])
        if got and self.lex.arabic_copy and len(t.n) == 5 and t.n[0] == "ت" and t.n[3] == "ی" \
                and i - 1 not in self.hit_at and i > 0 and self.toks[i - 1].k == "w" \
                and self.toks[i - 1].script == "ar" \
                and not self.toks[i - 1].n.startswith("ال") \
                and t.n not in self.lex.given_ar and t.n not in self.lex.given_ar_women:
            # the shape of the second form's verbal noun (تثبيت, تطوير, تنفيذ) after an indefinite noun that is no
            # title: the noun's complement in a construct ("مديرة برنامج تثبيت الكثبان"), not a name; a given name
            # of that shape (تغريد, تسنيم) stands right after its title or a definite complement ("الكاتبة تغريد
            # ...", "مديرة البرنامج تغريد ...")
            return False
        if not got and t.pre == "ف" and i - 1 in self.hit_at and i + 1 < len(self.toks) and t.bare[:1] == "ی" \
                and t.bare in self.lex.verbs and self.ar_name_tok(i + 1):
            # a word read as ف + an imperfect verb ("ف+يصل") right after a title and before another name word:
            # the conjunction does not follow a title noun, so it is the name's first letter
            return True
        if not got and t.pre in ("ل", "ب") and t.bare[:1] == "م" and i - 1 in self.hit_at and i + 1 < len(self.toks) \
                and t.bare not in self.lex.org_ar:
            # a word read as a preposition + a participle ("ل+میاء") right after a title, before a definite nisba
            # written with its dotted ي ("المترجمة لمياء المرزوقي"): a noun after the preposition is indefinite
            # and takes no definite adjective, so the word is a given name and the nisba its family name
            nxt = self.toks[i + 1]
            if nxt.k == "w" and nxt.script == "ar" and nxt.pre == "" and len(nxt.n) >= 5 and self._al(i + 1) \
                    and self.text[nxt.e - 1:nxt.e] == "\u064a" and self.ar_name_tok(i + 1):
                return True
        return got

    def _ar_name_word(self, t: Tok, raw: str) -> bool:
        if self.ar_stop(t) and not (t.n == "علی" and not raw.endswith("ى")):
            return False  # (على "on" and علي "Ali" fold together; only the spelling tells them apart)
        if t.pre and t.bare.startswith("ال") and t.n not in self.lex.stop:
            return False  # بالقاهرة, للمحافظة, والوفد: a proclitic on a definite noun is not a name
        if t.pre and (t.bare in _AR_BARE_PARTICLES or t.bare in self.lex.stop_ar):
            return False  # بأن, لأن, فإن, بما
        if t.pre[-1:] in ("ب", "ل") and (
            t.bare in self.lex.verbs or (t.bare[:1] in ("م", "ت") and len(t.bare) >= 4)
            or t.bare in self.lex.org_ar or t.bare in _AR_HOUSE
        ):
            return False  # بمشروع, لتفقد, بتعزيز: preposition + verbal noun or participle; لمركز, لدار: preposition +
            # the head of a body's name ("لدار نشر": for a publishing house)
        w = t.n
        if self.lex.arabic_copy and len(w) >= 4 and (
            w.startswith(("یت", "یست", "است")) or (w[0] == "ی" and w.endswith("ها"))
        ) and w not in self.lex.ya_names:
            return False  # imperfect verbs of the derived forms (یتسلم, یستعرض), with an object (یجریها), and
            # verbal nouns of the tenth form (استعراض); Central Asian names open with ی too (یرلان, یولداشیف)
        vw = w  # a hamza is a root consonant ("یأمل"), not the long vowel it folds to
        if len(raw) == len(w) and len(w) >= 3 and raw[1] in "أإؤئء":
            vw = w[0] + "ء" + w[2:]
        if len(raw) == len(w) and len(w) >= 3 and raw[-1] in "أإؤئ":
            vw = vw[:-1] + "ء"  # a final hamza on its seat is the root's third consonant ("يبدأ"); a bare alif
            # there is a vowel no sound imperfect ends in ("سيلفا", Silva: not سـ + "يلفا")
        if self.lex.arabic_copy and (ar_verb_shape(vw, self.lex.ya_names) or (
                w[:1] in ("و", "ف") and w[1:2] in ("ی", "س") and len(w) <= 6
                and ar_verb_shape(vw[1:], self.lex.ya_names))):
            return False  # an imperfect verb: "یامل تشکیل", "یواجهون ظروفا", "سیقرب", "ویقر"
        if self.lex.arabic_copy and len(w) == 5 and w[0] == "ت" and w[2] == "ا" and w not in self.lex.ya_names:
            return False  # the verbal noun of the sixth form (تراجع, تبادل, تعاون): no given name has its shape
        for core in (w, t.bare) if t.bare else (w,):
            if len(core) == 7 and core[:3] == "است" and core[5] == "ا":
                return False  # the verbal noun of the tenth form (استیضاح, استقبال), in Persian copy too
            if core[:1] == "م" and len(core) >= 6 and core.endswith(("ون", "ین")) and core[-3] not in _AR_LONG \
                    and "ی" not in core[1:-2] and sum(c in _AR_LONG for c in core[1:-2]) <= 1 \
                    and (self.lex.arabic_copy
                         or not (core in self.lex.given_fa
                                 or any(core[j:] in self.lex.given_fa for j in range(3, len(core) - 2)))):
                return False  # a participle's sound plural: "مستقلون", "مواطنین" (not "موریسون", Morrison, nor a
                # Persian compound given name written as one word, listed whole, "محمدامین", or with a listed given
                # name at its end: "...حسین")
            if core in self.lex.state or (core[-2:] in ("تی", "تا") and core[:-2] + "ه" in self.lex.state):
                return False  # a place or state word ("منطقة", "محافظة", "ولاية"), or its dual in a construct
                # ("مقاطعتي X وY": the provinces of X and Y): what follows is a place's name
        if raw.startswith(("می‌", "نمی‌", "مي‌", "نمي‌")) or w.endswith("ننده"):
            return False  # Persian verbs ("می‌گوید", "نمی‌آید") and agent participles ("امضاکننده")
        if not self.lex.arabic_copy and (_fa_common_form(w, raw) or fa_verb_form(w)):
            return False
        at = w.find("ال", 3)
        if at != -1 and (w[:at] in self.lex.verbs or w[1:at] in self.lex.verbs):
            return False  # a verb glued to the next word (أشارالسفير)
        if raw.endswith("ه") and len(w) >= 4 and (w[:-1] in self.lex.verbs or (
                w[:1] in ("و", "ف") and w[1:-1] in self.lex.verbs)):
            return False  # a past verb with the object pronoun -ه ("تلاه": followed him, "وقدمه"); a name's ة is
            # written so (it folds to ه: "جمعة"), the pronoun is not
        if self.lex.arabic_copy and len(w) == 6 and w[:2] == "مت" and w[3] == "ا":
            return False  # the participle of the sixth form (متسابق, متنافس, متضامن): no name has its shape
        if raw.endswith(("\u064b", "اً", "ًا")):
            return False  # accusative adverb (مثمناً)
        if self.lex.arabic_copy and len(w) >= 6 and w.endswith(("هم", "هما")) and not w.startswith("ال") \
                and not w.endswith("براهم"):
            return False  # a noun with a plural possessive pronoun ("اجتماعهم": their meeting): the pronoun ends no
            # name, and a word with the article takes none (the spelling إبراهم ends so as written)
        if len(raw) >= 5 and raw.endswith(_PRONOUN_SUFFIXES) and not (
                not self.lex.arabic_copy and w in self.lex.given_fa):
            return False  # noun with a pronoun suffix (زيارته); Persian given names end so too (-ته, -هما)
        if self.lex.arabic_copy and raw.endswith(_AR_POSSESSIVES) and any(
                raw.endswith(x) and (w[:-len(x)] in self.lex.firsts or "ال" + w[:-len(x)] in self.lex.firsts)
                for x in _AR_POSSESSIVES):
            return False  # a title's noun with a possessive pronoun ("قائده": its captain, "رئيسها") names an office
            # by whose it is, not a person
        if self.lex.arabic_copy and raw.endswith("يه") and _participle_stem(raw[:-2]):
            return False  # a participle's sound plural, oblique -ي-, with the possessive -ه ("لاعبيه", "مواطنيه",
            # "مشجعيه": his players, citizens, fans); a foreign name's -يه is a vowel ("خوسيه", "أندريه")
        return True

    def glued_and(self, i: int) -> bool:
        """Token ``i`` may be the conjunction و glued to a word ("وفرهاد": and Farhad). Arabic glues it; Persian
        writes it as a word of its own, so there a word opening with و ("ولی‌پور", "وحیدی") is one word."""
        w = self.toks[i].n
        return w[:1] == "و" and len(w) >= 4 and self.lang != "fa"

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
            and (not stem_match(t.n, self.lex.org_cap) or self.korean_given_at(i + 1))
            and not (1 < t.e - t.s <= 5 and self.text[t.s:t.e].isupper())  # acronyms: UN, SCO, МИД, КТЖ
            and not (t.n in _NUMBER_SIGNS and self._number_after(i))
            and not (len(t.n) >= 8 and t.n.endswith(_ABSTRACT_NOUN_ENDS))  # "Land Management"
        )

    def _number_after(self, i: int) -> bool:
        """A number follows token ``i``, right after it or after a full stop ("No. 6", "No 6", "Nr. 12")."""
        toks, n = self.toks, len(self.toks)
        j = i + 1
        if j < n and toks[j].n == ".":
            j += 1
        return j < n and toks[j].k == "d"

    def korean_given_at(self, i: int) -> bool:
        """Token ``i`` is a Korean given name as English copy writes it: two romanised syllables joined by a hyphen,
        the second in lower case ("Min-seok", "Jae-won", "Hyun-woo"). Korean puts the family name first, so the
        capitalised word before one is a family name even where it is an English word too (Park, Song, Moon)."""
        toks = self.toks
        if i >= len(toks) or toks[i].k != "w" or toks[i].script != "la" or not toks[i].cap:
            return False
        return _KOREAN_GIVEN.fullmatch(self.text[toks[i].s:toks[i].e]) is not None

    def org_around(self, s: int, e: int) -> bool:
        """The capitalised run ``s..e`` is part of an organisation's or a place's name: an organisation noun
        follows it (directly, or at the end of the capitalised words after it: "Gumilyov Eurasian National
        University", "Абай атындағы"), or a place noun stands before it ("улице Байтурсынова")."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        j = e
        # English writes organisations in title case ("Eurasian National University"): look along the
        # capitalised words; Russian and Kazakh capitalise only the first word, so only the next word counts
        reach = 4 if e > s and toks[e - 1].script == "la" else 1
        kazakh = self.lang == "kk" and e > s and toks[e - 1].script == "cy"
        if reach > 1 and toks[e - 1].n.endswith(("'s", "\u2019s")) and e < n and not toks[e].cap:
            j = n  # "X Y's party": a lower-case noun after a possessive is the person's own, not a name's word
        while j < n and j < e + reach:
            if toks[j].n == "'" and reach > 1 and toks[j - 1].n.endswith("s") and toks[j].s == toks[j - 1].e:
                j += 1  # a plural possessive glued to the run ("the Fruit Growers' Union"): the body is theirs
                continue
            if toks[j].k != "w":
                break
            if stem_match(toks[j].n, lex.org_cap):
                if kazakh and not kk_possessed(toks[j].n, lex.org_cap):
                    break  # "Олжас Бектенов Үкімет отырысында": a bare noun is no organisation named after him
                return True
            if not toks[j].cap:
                break
            j += 1
        if kazakh and j == e and j + 1 < n and toks[j].k == "w" and not toks[j].cap and toks[j + 1].k == "w" \
                and toks[j].n not in _KK_REFLEXIVE \
                and stem_match(toks[j + 1].n, lex.org_cap) and kk_possessed(toks[j + 1].n, lex.org_cap) \
                and not (e - s >= 2 and self._title_ends_at(s)):
            return True  # one attribute between ("Назарбаев зияткерлік мектебі", "Менделеев химия олимпиадасы"):
            # the possessive on the institution's noun ties the whole phrase to the name before it
        if s > 0 and toks[s - 1].k == "w" and stem_match(toks[s - 1].n, lex.org_before) \
                and not self._holder_after(s, e):
            return True
        if s > 1 and toks[s - 1].n == "of" and toks[s - 2].script == "la" and toks[s - 2].cap \
                and stem_match(toks[s - 2].n, lex.org_cap):
            return True  # "the Institute of Archaeological Research": the capitalised words after a body's noun
            # and "of" (in title case, as English writes a body's name) are its field, the rest of its name
        # the place noun written with a capital as the run's own first word ("Ледник Федченко" in a headline)
        return e - s >= 2 and toks[s].script == "cy" and stem_match(toks[s].n, lex.org_before)

    def _title_ends_at(self, s: int) -> bool:
        """A title (an office, not an honorific) ends right before token ``s``: a full name there is its holder
        ("Басқарма басшысы X Y тұрақтандыру қорынан ...": the fund after the name is where the action goes)."""
        h = self.hit_at.get(s - 1)
        return h is not None and h.b == s and h.rd.role is not None

    def _holder_after(self, s: int, e: int) -> bool:
        """Russian: the run ``s..e`` after a place noun in the genitive is a man's full name in the nominative (a
        given name not in -а/-я, a surname in a masculine nominative ending), so it is no name the place bears:
        a place named after someone takes the genitive ("улица Абая Кунанбаева") or one word ("аэропорт Манас");
        "представитель аэропорта Жасур Эргашев" is the title's holder."""
        toks = self.toks
        p = toks[s - 1]
        if e - s == 2 and p.script == "cy" and p.n[-1] in "аяиы" and s >= 2 and self._title_ends_at(s - 1) \
                and not self._title_ends_at(s):
            return True  # "Жительница посёлка Лидия Гончаренко", "Хяким города X Y": a person noun and its place
            # in the genitive, then two capitalised words: the title's holder, whatever the name's gender
        return e - s >= 2 and p.script == "cy" and p.n[-1] in "аяиы" and toks[s].n[-1] not in "аяь" \
            and toks[e - 1].n.endswith(_RU_MASC_NOMINATIVE)

    def adjectives_in(self, s: int, e: int) -> bool:
        """A Cyrillic run whose words before the last have adjective endings is a proper noun phrase
        ("Объединённых Арабских Эмиратов", "Казахского национального"), not a name."""
        toks = self.toks
        return any(toks[j].script == "cy" and toks[j].n.endswith(RU_ADJECTIVE) and not (
            toks[j].n.endswith(("ому", "ему")) and toks[j + 1].n.endswith(_RU_DATIVE_SURNAME)
        ) and not (
            toks[j].n.endswith("ной") and toks[j + 1].n.endswith(_RU_FEMININE_INSTRUMENTAL)
        ) for j in range(s, e - 1))  # (a given name in -ом, -ем takes -ому, -ему in the dative, as an adjective
        # does: "Бахрому Юлдашеву"; before a surname in the dative it is the given name, an adjective is not. So
        # too a woman's given name in -на in the instrumental, "Мариной", "Ириной", before her surname in the
        # instrumental ("Ивановой") or one a woman's name leaves undeclined ("Кнежевич", "Шевченко"))

    def _org_head(self, p: Tok) -> bool:
        """Arabic-script word ``p`` is an organisation's or place's noun ("جامعة", "بمسجد"), in Arabic copy also
        in the construct dual or plural that joins two names ("حيي X وY": the quarters of X and Y; "شارعي",
        "جامعتي"): -ي after the noun, or -تي for a noun in -ة."""
        org = self.lex.org_ar
        if p.n in org or (p.pre != "" and p.bare in org):
            return True
        if not self.lex.arabic_copy or len(p.n) < 3 or p.n[-1] != "ی":
            return False
        return any(w[:-1] in org or (w[-2:] == "تی" and w[:-2] + "ه" in org) for w in {p.n, p.bare or p.n})

    def ar_after_org(self, s: int) -> bool:
        """Arabic script: the word before token ``s`` heads an organisation or place ("جامعة X", "خیابان X"), or is
        a quantifier whose noun follows it ("أحد مراكز الإيواء": one of the shelters)."""
        if s == 0:
            return False
        p = self.toks[s - 1]
        if p.k != "w":
            return False
        if self.lex.arabic_copy and p.n in _AR_QUANTIFIERS:
            return True  # a quantifier governs the noun after it (a genitive), which is no name
        if p.n in ("طریق", "طريق") and s >= 2 and self.toks[s - 2].n == "عن":
            return False  # "عن طريق X" ("by way of X"): a compound preposition, no road's name after it
        if not self.lex.arabic_copy and p.n in self.lex.org_honorific_fa and self.toks[s].n in self.lex.given_fa:
            return False  # "به استاد X Y": a master in Persian copy (a stadium in Arabic), the honorific of the name
            # a known given name opens ("استاد زبان": a professor of language, its field after it)
        if self._org_head(p) and p.n[:2] != "ال" and p.bare[:2] != "ال":
            return True  # "جامعة X", "بمسجد X"; not "مديرة المهرجان X", "للمهرجان X": a definite noun heads no name
        if p.n[-1:] != "ی" and s - 1 not in self.hit_at:
            return False  # (most names: the word before is no honorific nor adjective)
        return self._named_after(s - 1)

    def _named_after(self, k: int) -> bool:
        """Token ``k`` (before a name) is an honorific ("استاد السلطان X", "فرودگاه شهید X"), a title with the article
        ("مستشفى الملك X") or a Persian adjective ("فرودگاه بین‌المللی شهید X"), and a place's noun heading a
        construct stands before it, past at most one more such word: the name is the person the place is named
        after."""
        for j in range(k, max(k - 3, -1), -1):
            p = self.toks[j]
            if p.k != "w":
                return False
            if self._org_head(p) and p.n[:2] != "ال":
                return True  # past an honorific, only a construct head ("مسجد السيدة X", not "مدير المكتبة الدكتور X")
            h = self.hit_at.get(j)
            if not ((h is not None and (h.rd.role is None or (j == k and self._al(j))))
                    or (p.n.endswith("ی") and p.n[:2] != "ال")):
                return False  # (a title with the article right before the name: "مستشفى الملك X", "مطار الأمير X")
        return False

    def initial_at(self, i: int) -> bool:
        """An initial: one capital letter followed by a full stop ("А. Сейітов")."""
        toks = self.toks
        return (
            i + 1 < len(toks)
            and toks[i].k == "w"
            and toks[i].cap
            and len(toks[i].n) == 1
            and toks[i + 1].n == "."
            and not (toks[i].s > 0 and self.text[toks[i].s - 1] in _UNIT_BEFORE)  # "+8°C.": a unit, no initial
        )

    def geo_follows(self, i: int) -> bool:
        """Token ``i`` is a place because a word like "қаласы"/"области"/"Province" follows it."""
        if i + 1 >= len(self.toks):
            return False
        nxt = self.toks[i + 1]
        if nxt.k == "w" and nxt.n in _PLACE_AND and i + 3 < len(self.toks) and self.toks[i + 2].cap \
                and self.toks[i + 2].script == self.toks[i].script and self.geo_follows(i + 2) \
                and self.toks[i + 3].n.endswith(_PLACE_PAIR_HEAD) and not self.toks[i + 3].n.endswith("'s"):
            nxt = self.toks[i + 3]  # "Жаңаөзен мен Қарақия аудандарына", "Kazaly and Aral districts": the head
            # noun after a pair of names makes both places when it is plural or in a case of where (not the
            # bare possessive or the genitive that open the second place's office or body: "X мен Корея
            # Республикасы ... министрі", "X және Лахор қаласының комиссары", "X and Ferghana region's deputy hokim")
        if nxt.k != "w" or self.lex.geo_head.match(nxt.n) is None:
            return False
        if self.kazakh and self.toks[i].script == "cy" and nxt.n.startswith(("елі", "мемлекеті")) \
                and self.toks[i].n.endswith(SURNAME_OV):
            return False  # "X Аннаев елінде ... айтты": no country is named by a surname in -ов/-ев; after a
            # person's name "елінде" is "in his (own) country", an adverbial of the clause
        if self.kazakh and self.toks[i].script == "cy":
            # a place's name stands bare or in the genitive before its "қаласы"; a word in another case
            # (Абдель-Латифті еліміздегі ...) is an object of the verb, not the place's name
            w = self.toks[i].n
            stem = strip_kk(w)
            return stem == w or w.endswith(KK_GENITIVE)
        return True

    def _ending_ok(self, t: Tok, mention_end: int) -> bool:
        """A mention that stops inside a Cyrillic word must leave an inflection ("Казахстан|а",
        "Қазақстан|ның", "казахстан|ский"), not a longer word ("Дания|р" is a name, not Denmark)."""
        rest = self.text[mention_end:t.e].casefold().replace("ё", "е")
        if rest == "и" and mention_end > t.s and self.text[mention_end - 1].casefold() in _CY_HARD_CONSONANTS:
            return False  # "Шираз|и", "Иран|и": no case of a noun on a hard consonant ends in -и (Ширазу, Шираза);
            # it is the nisba of a family name (Ширази, Тебризи), and the word is no place
        return rest in _CY_ENDINGS

    # -- Arabic-script units ---------------------------------------------------------------------------
    def ar_unit_fwd(self, i: int) -> int:
        """End (exclusive) of the name unit starting at token ``i``; "بن عبد الرحمن" (son of ...) is one unit."""
        toks, n = self.toks, len(self.toks)
        if toks[i].n in AR_NASAB and i + 2 < n and toks[i + 1].k == "w" and toks[i + 1].script == "ar":
            i += 1
        end = i + 1
        if (toks[i].n in AR_JOIN_NEXT) and end < n and toks[end].k == "w" and toks[end].script == "ar":
            end += 1
        while end < n and toks[end].n in AR_JOIN_PREV:
            end += 1
        return end

    def ar_unit_back(self, k: int) -> int:
        """Start of the name unit ending at token ``k``."""
        toks = self.toks
        s = k
        while s - 1 >= 0 and toks[s].n in AR_JOIN_PREV:
            s -= 1
        if s - 1 >= 0 and toks[s - 1].n in AR_JOIN_NEXT:
            s -= 1
        if s - 1 >= 0 and toks[s - 1].n in AR_NASAB and toks[s].n not in AR_NASAB:
            s -= 1
        return s

    def ar_unit_ok(self, s: int, e: int) -> bool:
        if not self.ar_name_tok(s):
            return False
        toks, hit_at = self.toks, self.hit_at
        for j in range(s + 1, e):  # (a loop, not all() over a generator: this is asked for every unit)
            t = toks[j]
            if t.k != "w" or t.script != "ar" or j in hit_at:
                return False
        return True

    def _agreement(self, units: list[tuple[int, int]]) -> bool:
        """Two words with the same case or gender ending are a noun and its adjective, not a name:
        "دعوة رسمية" (ة ... ة), "درعا تذكاريا" (accusative ا ... ا)."""
        if len(units) not in (2, 3):
            return False
        a = self.text[self.toks[units[-2][1] - 1].s:self.toks[units[-2][1] - 1].e]
        b = self.text[self.toks[units[-1][1] - 1].s:self.toks[units[-1][1] - 1].e]
        if b.endswith("ية") and a.endswith(("ة", "ات")):
            return True  # "بعثة تجارية", "لقاءات ثنائية": a feminine or plural noun and its nisba adjective
        if len(units) == 3:
            return False
        return (a.endswith("ة") and b.endswith("ة")) or (
            a.endswith("ا") and b.endswith("ا") and not a.endswith("اء") and len(a) > 3 and len(b) > 3
        )

    def _definite_pair(self, units: list[tuple[int, int]]) -> bool:
        """Two words with the article are a noun and its adjective ("الشرق الأوسط", "الحرمين الشريفين"):
        an Arabic given name does not take the article, so such a pair is no name."""
        if len(units) != 2:
            return False
        (a1, b1), (a2, b2) = units
        return self._al(a1) and b1 - a1 == 1 and self._al(a2) and b2 - a2 == 1

    def _abstract_end(self, units: list[tuple[int, int]]) -> bool:
        """Arabic copy: a run ending in a definite abstract noun in -ية ("ارتفاع المديونية", "تعزيز الشفافية") is a
        verbal noun and its object, not a given name and a family name (a family name with the article is a nisba
        in -ي, not -ية)."""
        if len(units) < 2 or not self.lex.arabic_copy:
            return False
        a, b = units[-1]
        w = self.toks[b - 1].n
        return b - a == 1 and w[:2] == "ال" and w.endswith("یه") and len(w) >= 6

    def _verbal_noun_end(self, units: list[tuple[int, int]]) -> bool:
        """Arabic copy: a run ending in an indefinite verbal noun of the derived forms افتعال, انفعال, استفعال
        ("أوراق اعتماد", "طلب انضمام") is a noun and its complement; a family name does not take that shape
        (a given name may: ابتسام, اعتدال, so only the last word is tested)."""
        if len(units) < 2 or not self.lex.arabic_copy:
            return False
        a, b = units[-1]
        w = self.toks[b - 1].n
        if b - a != 1:
            return False
        if w[:2] == "ال":
            # with the article only استفعال and its hollow-root shape استفالة ("الاستقرار", "الاستضافة",
            # "الاستقالة"): no family name takes them (an article before افتعال may be one: "الاعتدال")
            w = w[2:]
            return len(w) == 7 and w[:3] == "است" and (w[5] == "ا" or (w[4] == "ا" and w[6] == "ه"))
        return (len(w) == 6 and w[0] == "ا" and w[4] == "ا" and (w[2] in "تط" or w[1] == "ن")) or (
            len(w) == 7 and w[:3] == "است" and w[5] == "ا")

    def _al(self, s: int) -> bool:
        """Token ``s`` opens with the article. The article is written with a bare alif: a word written with a
        hamza on it folds alike but opens with a root letter or a foreign name's vowel ("إلين", "ألبرت")."""
        t = self.toks[s]
        return t.n.startswith("ال") and t.n not in AR_JOIN_PREV and self.text[t.s:t.s + 1] not in _HAMZA_ALIFS

    def _nisba(self, s: int, e: int) -> bool:
        return self._al(s) and self.toks[e - 1].n.endswith(("ی", "یه", "یون", "یین"))

    # -- name scanners ---------------------------------------------------------------------------------
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
            if not units and e < n and self._al(k) and self.toks[e].n in self.lex.given_ar and e not in self.hit_at:
                k = e  # "مدير إدارة التدريب X Y": a known given name opens the name; the definite word before it
                continue  # ends the complement (a given name takes no article)
            if not units and e < n and self._al(k) and self.toks[e].n.startswith("ال") and not self._al(e) \
                    and e not in self.hit_at:
                k = e  # "النائب المعارض ألمازبيك X": a word written with a hamza on its alif, folded like a definite
                continue  # one, opens the name; the definite word before it is the title's adjective
            if units and self.glued_and(k):
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
            if len(units) >= 2 and e - 1 > units[0][0] and self._ar_surname_like(e - 1):
                terminal = True  # "جاسور راخماتوف بلقب": a Central Asian surname (-وف, -يف) is the name's last word
                break
        if not units or self.ar_after_org(units[0][0]):
            return None
        if len(units) == 4 and not terminal and k < n and self.ar_unit_ok(k, self.ar_unit_fwd(k)):
            return None  # the run goes on: no safe boundary
        if self._agreement(units) or self._definite_pair(units) or self._abstract_end(units) \
                or self._verbal_noun_end(units):
            return None
        if self.lang != "fa" and len(units) > 1 and self._al(units[0][0]) \
                and self.toks[units[0][1] - 1].n.endswith("ه"):
            return None  # "عدد المزارع المرخصة انخفض": a definite word in ة opens no name (a woman's given name
            # takes no article, a family name stands after the given name): it is an adjective agreeing with the
            # noun before it
        if k < n and self.toks[k - 1].n in self.lex.nisba_bare and self.glued_and(k) \
                and self.toks[k].n[1:] in self.lex.nisba_bare:
            return None  # "ناديان تركي وروسي": indefinite nationality adjectives joined by و describe a noun (a
            # family name's nisba takes the article, and two nationalities make no one person's name)
        if terminal and len(units) >= 2 and k < n and self._al(k) and self.toks[k].n.endswith("یه") \
                and not self.toks[k - 1].n.endswith("ی") and self.toks[k].leader is None and k not in self.hit_at \
                and not (k + 1 < n and self._al(k + 1) and self.toks[k + 1].n.endswith(("یه", "ی"))):
            return None  # "حلل بيانات الأقمار الصناعية": a definite noun and its feminine adjective close a noun
            # phrase (a family name with the article is mostly a nisba in -ي; a noun with an adjective of its
            # own after the name is the verb's object: "... X Y الميدالية الذهبية")
        return units[0][0], units[-1][1], len(units) == 1 or weak

    def _ar_name_back(self, k: int) -> tuple[int, int, bool] | None:
        units: list[tuple[int, int]] = []
        while k >= 0 and len(units) < 4:
            s = self.ar_unit_back(k)
            if not self.ar_unit_ok(s, k + 1):
                break
            if self._al(s) and units:
                if self._nisba(s, k + 1) or self.toks[units[0][0]].n in self.lex.given_ar:
                    break  # (a known given name opens a name: the definite noun before it is the clause's, "التقت
                    # البعثة X بن Y")
                units.insert(0, (s, k + 1))
                k = s - 1
                break
            units.insert(0, (s, k + 1))
            k = s - 1
            if self.glued_and(s):
                break  # a conjunction opens this name (trimmed later)
        if not units or self.ar_after_org(units[0][0]):
            return None
        if len(units) == 4 and k >= 0 and self.ar_unit_ok(self.ar_unit_back(k), k + 1):
            return None
        if self._agreement(units) or self._definite_pair(units) or self._abstract_end(units) \
                or self._verbal_noun_end(units):
            return None
        single = len(units) == 1 or (len(units) == 2 and self._nisba(*units[0]))
        return units[0][0], units[-1][1], single

    def _cap_name_fwd(self, k: int) -> tuple[int, int, bool] | None:
        toks, n = self.toks, len(self.toks)
        start = k
        units = 0
        full = 0
        last_end = k
        possessive = False
        while k < n and units < 4:
            if self.initial_at(k):
                units += 1
                k += 2
                last_end = k
                continue
            if self.cap_name_tok(k):
                if self.geo_follows(k):
                    break  # "Лахор қаласына": a place after the name
                if units >= 2 and full >= 2 and toks[k - 1].script == "cy" and toks[k - 1].n.endswith(SURNAME_OV) \
                        and not toks[k].n.endswith(PATRONYMIC):
                    break  # "Ойбек Нормұродов Сырдарияның": a given name and an -ov surname close the name
                if units and toks[k].n.endswith(KK_LOCATIVE_ADJ) and toks[k].script == "cy":
                    break  # "X Y Венадағы залда": a Kazakh locative adjective (-дағы) is a place's, after the name
                units += 1
                full += 1
                k += 1
                last_end = k
                lead = toks[k - 1].leader
                if lead is not None and (k >= n or toks[k].leader is not lead):
                    break  # the end of a leader's name (the gazetteer knows it) ends the name
                if toks[k - 1].n.endswith("'s"):
                    possessive = True
                    break  # "Javier Milei's La Libertad Avanza party": what the name owns follows it
                if self.kazakh and toks[k - 1].script == "cy" and kk_cased_surname(toks[k - 1].n):
                    break  # "X Жақыпбековпен Қордай бекетінде": Kazakh declines a name's last word only; a surname
                    # with a case ending closed the name, a capitalised word after it is the next phrase's
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
        if units == 1 and last_end < n and getattr(self.hit_at.get(last_end), "rd", None) is not None \
                and self.hit_at[last_end].rd.role is not None and self.hit_at[last_end].a == last_end:
            return None  # "Бас консулы Татарстан Премьер-министрімен": one word before a title is its complement
        if (not possessive and self.org_around(start, last_end)) or self.adjectives_in(start, last_end):
            return None
        return start, last_end, units == 1

    def _cap_name_back(self, k: int) -> tuple[int, int, bool] | None:
        toks = self.toks
        if self.geo_follows(k):
            return None  # "... Қазалы ауданына", "... Kazaly district": the word before a place's head noun is the
            # place's name, whatever name-like words stand before it
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
                if units and self.kazakh and toks[k].script == "cy" and kk_cased_surname(toks[k].n):
                    break  # "X-овпен Шарын шатқалында": a surname with a case ending ends a name before this one
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
        if end - first >= 3 and toks[first].script == "cy" and toks[first].n.endswith(RU_ADJECTIVE) and (
                first == 0 or toks[first - 1].k in ("nl", "gap") or toks[first - 1].n in CLAUSE_PUNCT) \
                and not self.adjectives_in(first + 1, end):
            first += 1  # "Подопечные Ерболата Нурпеисова": a noun shaped like an adjective opens the sentence
        if self.org_around(first, end) or self.adjectives_in(first, end):
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

    def _name_like(self, i: int) -> bool:
        """Could token ``i`` continue a name (so a surname next to it belongs to another full name)?"""
        if i < 0 or i >= len(self.toks):
            return False
        t = self.toks[i]
        if t.script == "ar":
            return self.ar_name_tok(i) and t.n not in AR_JOIN_PREV
        return self.cap_name_tok(i)

    # -- surnames and the name's own offsets -----------------------------------------------------------
    def _ar_surname_like(self, j: int) -> bool:
        t = self.toks[j]
        w = t.n
        if len(w) < 5 or not w.endswith(self.lex.sur_ar):
            return False
        if w.endswith(_AR_SUR_TAILS) or w.endswith("فا"):
            after_abd = j > 0 and self.toks[j - 1].n in AR_JOIN_NEXT  # "عبد الرحمانوف": ال is the name's own
            if (ar_noun_shape(w) and not (after_abd and w[:2] == "ال")) or t.bare[:2] == "ال" or (
                    self.lex.arabic_copy and w.endswith(("اف", "افا"))):
                return False  # a common noun ("الآلاف", "توظیف", "مخاوف"); Arabic writes -ov as -وف, not -اف
        exceptions = self.lex.sur_exceptions  # common words with such an ending, also with a proclitic or ال
        return not (w in exceptions or t.bare in exceptions or (w[:2] == "ال" and w[2:] in exceptions)
                    or (t.bare[:2] == "ال" and t.bare[2:] in exceptions))

    def _any_surname_like(self, s: int, e: int) -> bool:
        """One of tokens ``s..e`` is an Arabic-script surname (-یف, -وف ...)."""
        for j in range(s, e):
            if self._ar_surname_like(j):
                return True
        return False

    def _spells(self, k: int, phrase: tuple[str, ...], start: int = 0) -> bool:
        """Tokens from ``k`` are the words ``phrase[start:]`` (folded)."""
        toks = self.toks
        if k + len(phrase) - start > len(toks):
            return False
        for j in range(start, len(phrase)):
            if toks[k + j - start].n != phrase[j]:
                return False
        return True

    def _surname_like(self, j: int) -> bool:
        t = self.toks[j]
        if t.script == "ar":
            return self._ar_surname_like(j)
        if len(t.n) < 5:
            return False
        if t.script == "cy":
            # (Kazakh glues the case to the surname: "Нұрпейісовпен", "Сейітовке" are surnames in a case)
            return t.n.endswith(self.lex.sur_cyr) or (self.kazakh and strip_kk(t.n).endswith(self.lex.sur_cyr))
        return t.n.endswith(self.lex.sur_latin)

    def _key(self, e: int) -> str:
        """The surname key of a name ending at token ``e`` (exclusive)."""
        w = self.toks[e - 1].n
        w = w.split("'")[0] if "'" in w else w
        if self.toks[e - 1].script == "cy":
            w = base_form([w], self.kazakh)[0]  # "Абдыкадыровым" and "Абдыкадыров" are one key
        return w

    def trim(self, s: int, e: int, cs: int, ce: int) -> tuple[int, int, str | None]:
        """Offsets of the name only (drop a conjunction و glued to it, 's) and its base form when the name
        is written in an oblique case: the span keeps "Тоқаевтың", "Сапаровым" as written, the canonical
        name is "Тоқаев", "Сапаров" (None when the name is already in its base form)."""
        toks = self.toks
        first = toks[s]
        if first.script == "ar" and self.glued_and(s) and s > 0:
            prev = toks[s - 1]
            title = self.hit_at.get(s - 1)
            after_title = title is not None and title.b == s and (
                first.n in self.lex.given_ar or first.n[1:] not in self.lex.given_ar)
            # a known given name that opens with the letter (وليد, وائل, وفاء), the word without it none: the و is
            # the name's own, not a conjunction ("قال وليد X"); "وسالم" (and Salem) still loses it
            own = (first.n in self.lex.given_ar and first.n[1:] not in self.lex.given_ar) or (
                first.n in AR_PINYIN and s + 1 < len(toks) and toks[s + 1].n in AR_PINYIN)  # "وانغ يي", "وو لي"
            if not (prev.k == "w" and prev.n in self.lex.verbs) and prev.k != "nl" and not after_title and not own:
                cs += 1  # (right after a title the و is the name's first letter: a title noun wants its holder,
                # not a conjunction: "الوزير وسام X", "السفير وليد X"; unless what follows و is a known given
                # name the whole word is not: "الوزير وسالم X", the minister and Salem X)
        last = toks[e - 1]
        raw = self.text[last.s:ce]
        if last.script in ("la", "cy") and "'" in raw:
            ce = last.s + raw.index("'") if raw.index("'") > 0 else ce
        elif last.script in ("la", "cy") and "\u2019" in raw:
            ce = last.s + raw.index("\u2019")
        elif last.script == "cy" and ce == last.e:
            words = self.text[cs:ce].split(" ")
            base = base_form(words, self.kazakh)
            if base != words:
                return cs, ce, " ".join(base)
        return cs, ce, None
