"""The people finder: where titles stand, what stands between a title and its name, which name goes with
which title, repeats of known surnames, and the roles the names get.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from os.path import commonprefix  # (character by character, for any strings)

from monitor._digest import WEEKDAYS
from monitor.gazetteer import Mention, Scan, scan
from monitor.gazetteer import mentions as gazetteer_mentions
from monitor.model import Entity
from monitor.normalize import Folding, alternation, fold, normalize, word_set
from monitor.people.eastasian import chinese_family_first, east_asian_pair, word_roles
from monitor.people.lexicon import (
    ABD_COMPOUND,
    CUE_FIGURE,
    CUE_GIVEN,
    CUE_GIVEN_AR,
    CUE_GIVEN_CAP,
    CUE_GIVEN_FOREIGN,
    CUE_KIN,
    CUE_NASAB,
    CUE_NATIONALITY,
    CUE_SPEECH,
    CUE_TITLE,
    FIGURE_SOFT_CUTS,
    RoleDef,
    arabic_role_lexicon,
    role_lexicon,
)
from monitor.people.names import (
    AR_JOIN_NEXT,
    AR_JOIN_PREV,
    AR_NASAB,
    AR_PINYIN,
    AR_PINYIN_WORDS,
    CLAUSE_PUNCT,
    FA_LETTERS,
    KK_GENITIVE,
    KK_LETTERS,
    KK_LOCATIVE_ADJ,
    KK_NAME_SUFFIXES,
    PATRONYMIC,
    RU_NAME_INFLECTIONS,
    SURNAME_OV,
    NameScanner,
    base_form,
    fa_verb_form,
    holds_any,
    kk_cased_surname,
    proclitics,
    stem_match,
)
from monitor.people.nationality import country_heads
from monitor.people.tokens import Tok, mark_tok, tokenize_into, tokenize_windows

_LETTER = re.compile(r"[^\W\d_]")


def _ARABIC_SCRIPT(ch: str) -> bool:  # noqa: N802 (a predicate read like the constant character class it is)
    return "\u0600" <= ch <= "\u06ff"
# Kazakh case endings a common noun opening a sentence carries (a given name before a surname carries none)
KK_CASE_ENDINGS = ("ды", "ді", "ты", "ті", "ны", "ні", "ға", "ге", "қа", "ке", "да", "де", "та", "те", "дан", "ден",
                   "тан", "тен", "нан", "нен", "мен", "пен", "бен", "ның", "нің", "дың", "дің", "тың", "тің")
# Russian verb forms (past tense, present third person): a title's complement does not hold one
_RU_VERB = re.compile(r"(?:[аеиоуыя]л(?:а|о|и)?(?:сь|ся)?|[ую]т|ет|ит|ется|ится|ают|яют)$")
# the Arabic article written before a family name in Latin and Cyrillic copy
_ARTICLE_PREFIXES = ("al-", "el-", "аль-", "аш-", "ас-", "ад-", "ар-", "ат-", "ан-", "эль-", "әл-", "ал-", "аз-", "ах-")
# the endings of a Russian name in the genitive ("Мухтара Ауэзова", "Абая", "Алишера Навои", "Льва Толстого")
_RU_GENITIVE = ("а", "я", "и", "ого", "его")
# Arabic nouns of someone unnamed, described before the name an apposition of "he is" gives (see _ar_he_names)
_AR_UNNAMED = frozenset({"مصدر", "مسوول", "مسووله", "موظف", "موظفه", "شاهد", "شاهده", "مواطن", "مواطنه"})
# A Kyrgyz name said father's name first: "X uulu Y" (Y, son of X), "X kyzy Y" (Y, daughter of X); the word
# after one is the given name that closes the name
_KG_PATRONYMIC = frozenset({" uulu ", " kyzy ", " уулу ", " кызы "})
_KG_PATRONYMIC_AFTER = re.compile(r" (?:uulu|kyzy|уулу|кызы)(?!\w)")  # the same word after the father's name
_LATIN_NASAB = frozenset({"bin", "bint", "ibn", "бин", "бен", "ибн", "бинт"})
_CAP_WORD = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w'\-]*")
# the case endings a Cyrillic figure's name takes whole (Russian "Темура", "Темуром"; Kazakh "Абайдың", "Әуезовке",
# "Абаймен"; not the Kazakh locative "-да", the city's), and those that replace its final letters ("Абая", "Сергия",
# "Авиценны", "Радонежского")
_FIGURE_CASES = frozenset({"а", "у", "ом", "е", "ым", "ы", "ой", "ого", "ому", "ның", "нің", "дың", "дің", "тың",
                           "тің", "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "н", "мен",
                           "бен", "пен", "дан", "ден", "тан", "тен", "нан", "нен", "ша", "ше"})
_FIGURE_SOFT_CASES = frozenset({"я", "ю", "ем", "е", "и", "ия", "ию", "ием", "ии", "ы", "у", "ой", "ого", "ому", "им",
                                "ом", "ей", "ью"})
_SHAPED: dict[str, int] = {}  # capitalised word -> _SHAPE | _OPENS | _CLOSES (see _Doc._shape_cues)
_SHAPE, _OPENS, _CLOSES = 1, 2, 4  # shaped like a surname; may open, may close a Chinese or Japanese name
_EAST: dict[str, str] = {}  # the folded form of the words that may open or close one
# Arabic-script word -> what its form allows in _Doc._ar_shaped, as bits: 1 ends in a surname's ending,
# 2 shaped like a family name with the article ("الکعبی"), 4 a nasab word ("بن"); 0 rules the word out
_AR_SHAPE: dict[str, int] = {}
_LATIN_PLACE_WORDS = frozenset({"the", "in", "at", "from"})
# prepositions of place: English "at"/"in"/"near", Russian "в"/"во"/"на" (a person after them would be in the
# prepositional case as an object of thought, "думать о", which takes "о", not these)
_KK_LOCATIVE = ("да", "де", "та", "те")
_KK_POSSESSED_OBLIQUE = ("ына", "іне", "ынан", "інен")  # the dative and ablative after a possessive ending
_KK_PATRONYMIC_OBLIQUE = ("ұлына", "ұлынан", "қызына", "қызынан", "улына", "улынан")
# Russian: a word (and maybe its complement, a lower-case noun in the genitive: "партнёр фонда"), two capitalised
# words and a verb of saying (the word is tested for a person noun's suffix)
# English: "gave her name only as X", "who gave his first name as X Y": the phrase says a person's name follows
_EN_NAMED_AS = re.compile(r"\bgave (?:his|her|their) (?:first |full |given )?names? (?:only )?as ")
# Kazakh: a person noun of the agent suffix -шы/-ші (with the possessive -сы/-сі: "сынып оқушысы", the class's
# pupil) and two capitalised words, a name in apposition ("оқушысы X Y жинады"); not an ordinal (-ыншы/-інші)
_KK_AGENT_NAME = re.compile(
    r"(?<![\w\-])([а-яәғқңөұүһіё]+(?:шы|ші)(?:сы|сі)?) ([А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+) "
    r"([А-ЯӘҒҚҢӨҰҮҺІЁ][а-яәғқңөұүһіё]+)(?![\w\-])")
_KK_ORDINAL = ("ыншы", "інші", "ыншысы", "іншісі")
_RU_NOUN_NAME_SAID = re.compile(
    r"(?<![\w\-])([А-ЯЁа-яё]+)(?: [а-яё]+[аяыи])? ([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?) ([А-ЯЁ][а-яё]+) "
    r"(?:заявил|сказал|сообщил|отметил|подчеркнул|добавил|пояснил|уточнил|рассказал|напомнил|признал|ответил|"
    r"назвал|считает|говорит)а?(?![\w\-])")
# English: a surname before a noun of a work, after an article ("a Chekhov play", "the Tolstoy novels"): the work's
# author (the word must have a surname's ending, see _works_of)
_EN_WORK_OF = re.compile(r"(?<![\w\-])(?:a|an|the|A|An|The) ([A-Z][a-z]+) (?:play|novel|poem|story|opera|symphony|"
                         r"comedy|tragedy|ballet|sonata|concerto|novella|libretto)s?(?![\w\-])")
# The nouns of a settlement or a district that name the place after them: English "the village of X", Russian
# "село X", "жители посёлка X", "в ауле X" (stems; the case endings follow)
# a name and a khan's, a biy's or a batyr's title after it, lower-case, in any case (Kazakh or Russian), and no noun
# of a place named after him next ("Абылай хан даңғылы", "Қабанбай батыр көшесі", "проспект" comes before the name)
_POST_TITLE = re.compile(
    r"(?<![\w\-])([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]{2,}) (?:хан|би|батыр)(?:ның|нің|дың|дің|ға|ге|қа|ды|ді|ны|ні|мен|"
    r"бен|нан|нен|дан|ден|да|де|а|у|ом|е|я|ю|ем)?(?![\w\-])(?! (?:көшес|даңғыл|аудан|ауыл|атындағы|алаң|саябағ|"
    r"улиц|район|аул|проспект|площад|парк|станц|бекет|(?:мен|және|и) \w+ (?:көше|даңғыл|улиц|проспект)))")
_STREET_BEFORE = ("улиц", "проспект", "переул", "бульвар", "площад", "имени", "район", "микрорайон", "станци",
                  "посел", "посёл", "сел", "сёл", "деревн", "город", "станиц", "аул")
# the Kazakh locative, dative, ablative and genitive: a name before a title after it carries none (the title does)
_KK_PLACE_CASES = ("да", "де", "та", "те", "ға", "ге", "қа", "ке", "дан", "ден", "тан", "тен", "нан", "нен", "ның",
                   "нің", "дың", "дің", "тың", "тің")
_SETTLEMENT_OF = frozenset({"village", "town", "city", "settlement", "hamlet", "township", "district", "region",
                            "province", "county", "oblast", "municipality", "suburb", "port", "capital",
                            # (and their plurals: "the villages of X", the settlements a region holds)
                            "villages", "towns", "cities", "settlements", "hamlets", "townships", "districts",
                            "regions", "provinces", "counties", "oblasts", "municipalities", "suburbs"})
_SETTLEMENT_CY = frozenset(
    [stem + end for stem in ("посёлок", "поселок") for end in ("",)]
    + [stem + end for stem in ("посёлк", "поселк") for end in ("а", "у", "ом", "е")]
    + [stem + end for stem in ("аул", "хутор", "кишлак", "город") for end in ("", "а", "у", "ом", "е")]
    + [stem + end for stem in ("сел",) for end in ("о", "а", "у", "ом", "е")]
    + [stem + end for stem in ("деревн", "станиц") for end in ("я", "а", "и", "е", "ю", "ей", "ей")])
_LOCATIVE_PREPS = frozenset({"at", "in", "near", "в", "во", "на"})
_LIST_AND = frozenset({"and", "и", "және", "мен", "ва", "و", "&"})
# words that introduce a list of people with no title (folded): "كل من", "هم:", "منهم", "از جمله"
_LIST_INTRO = frozenset({"کل", "هم", "وهم", "منهم", "ومنهم", "بینهم", "وبینهم", "جمله"})
# what opens such a list: "کل من" or "از جمله" anywhere, or one of these words (a whole word) before a colon,
# "هم:" (with white space between allowed); see _list_intros
_LIST_INTRO_PHRASES = ("کل من", "از جمله")
_LIST_INTRO_COLON = frozenset({"هم", "وهم", "منهم", "ومنهم", "بینهم", "وبینهم"})
# the first word of a clause (Persian), and the word after it: where a name with no title opens a sentence;
# an opening adverbial ("در این نشست", "در این مراسم،") may come first
# (as two patterns, the text's opening and a clause after punctuation, tried one after the other: with "^" as
# an alternative the pattern has no first character to look for and is tried at every character)
_CLAUSE_FIRST_WORDS = r"(?:در این (?:نشست|دیدار|مراسم|همایش|جلسه)\s*,?\s*)?([^\W\d_]+)\s*([^\W\d_]*)"
_CLAUSE_FIRST_AT_START = re.compile(_CLAUSE_FIRST_WORDS)
_CLAUSE_FIRST = re.compile(r"[.!?;:\n,]\s*" + _CLAUSE_FIRST_WORDS)
# Russian surnames shaped like adjectives decline like adjectives: Пашковский, Пашковского, Пашковским ...
_RU_ADJECTIVAL_CASES = tuple(
    (stem + end, stem + nom)
    for stem in ("ск", "цк")
    for end, nom in (("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ом", "ий"), ("ой", "ая"), ("ую", "ая"))
)
# the oblique endings of a first-declension noun (Мендоса: -ой, -ы, -е, -у; Гарсия: -ей, -и, -е, -ю)
# a Russian surname in an oblique case (a woman's genitive, dative, instrumental; a man's dative, instrumental)
_RU_OBLIQUE_SURNAME = ("овой", "евой", "ёвой", "иной", "ыной", "ову", "еву", "ёву", "ину", "ыну", "овым", "евым",
                       "ёвым", "иным", "ыным", "ской", "цкой", "скому", "цкому", "ским", "цким")
_RU_A_OBLIQUE = {"а": ("ой", "ы", "е", "у", "и"), "я": ("ей", "и", "е", "ю")}
_RU_SOFT_STEMS = frozenset("шщжчцй")
_RU_PATRONYMIC = ("вич", "вна", "ична", "инична")
_KK_PATRONYMIC = ("ұлы", "қызы", "улы", "кызы")
# An age beside a name (folded text): English sets it off by commas after the name ("X Y, 67, has hunted");
# Russian and Kazakh put an adjective of age before it ("17-летний X", "17 жастағы X", "17 жасар X")
_AGE_AFTER = re.compile(r", (?:1[0-1]\d|[1-9]?\d), (?!\d)")  # (opens with a literal: a fast scan)
# An apposition of age after a name: "X, a 52-year-old teacher", "X, 52-летняя учительница", "X, 52 жастағы мұғалім"
# (a person only is described so; one capitalised word before it is a name too)
_AGE_APPOSITION = re.compile(r", (?:an? )?(?:1[0-1]\d|[1-9]?\d)(?:-year-old |-летн| жастағы | жасар )")
_AGE_BEFORE = re.compile(r"(?<!\w)(?:1[0-1]\d|[1-9]?\d)(?:-| - | )?(?:летн(?:ий|яя|его|ей|ему|им|юю|ие|их|ими)"
                         r"|жас(?:тағы|ар|ында)) ")
_AGE_WORDS = ("летн", "жас")  # the literal each match of _AGE_BEFORE holds, at most six characters after its start
_AGE_NUMBER_LONGEST = 6  # "117 - ": three digits, a spaced dash


def _ages_before(norm: str) -> list[int]:
    """The ends of ``_AGE_BEFORE.finditer(norm)``'s matches, in text order.

    Why not the regex's own search: a pattern opening with a look-behind and a digit gives the engine no
    literal to look for, so it is tried at every character of a Kazakh or Russian article (where "жас",
    "young", is a common word); every match holds "летн" or "жас" within six characters of its start, so
    trying the pattern at those six positions before each of them (C-level ``str.find``) finds the same
    matches. Matches cannot overlap (one opens with a digit, and none but its number precedes its word), and
    the leftmost start that matches before a word is the one ``finditer`` takes."""
    ends: list[int] = []
    for word in _AGE_WORDS:
        p = norm.find(word)
        while p != -1:
            for q in range(max(p - _AGE_NUMBER_LONGEST, 0), p):
                m = _AGE_BEFORE.match(norm, q)
                if m is not None:
                    ends.append(m.end())
                    break
            p = norm.find(word, p + 1)
    ends.sort()
    return ends


_AR_POSSESSIVE = ("ه", "ها", "هم", "هما")  # the possessive pronouns Arabic glues to a noun (as written)
_AR_ORDINALS_Y = frozenset({"الثانی", "الحادی", "الثانیه", "الحادیه"})  # regnal and ordinal numbers in -ي
# Arabic relative pronouns (folded): they open with the letters of the article but head a clause, not a noun
# "By X Y" / "بقلم: X Y" opening a line (the folded text: Latin in lower case), and what may close the name
# a byline's cue: "By" and "بقلم" stand alone; the nouns and verbs of authorship take a colon ("كتبت: X Y", "إعداد:",
# "خبرنگار اعزامی: X Y", "Автор: X Y", "Авторы: X Y"); a dateline and its dash may open the line ("نیویورک- خبرنگار: X")
_BYLINE_NOUNS = ("کتب", "کتبت", "اعداد", "تقریر", "تحریر", "نویسنده", "خبرنگار", "خبرنگار اعزامی", "گزارش از", "автор",
                 "авторы", "текст", "мәтін", "text", "written by")
# the Arabic verb of authorship may take a dash, the name then a colon before the text: "كتب - X Y: ..."
_BYLINE_DASHED = ("کتب", "کتبت")
# a credit inside a line, after an opening bracket or a slash: "(تصوير: X Y)" (photograph), "أ م ش / تحرير: X Y"
# (editing); looked for as literals (see _Doc.__init__), the name then closed as a byline's is
_CREDITS = tuple(normalize(w) + ":" for w in ("تصوير", "تحرير", "إعداد", "عکس", "ترجمة"))
_CREDIT_OPENERS = frozenset({"(", "/", "\n"})
# "the reporter of" an agency, its name and a comma before the reporter's own: "خبرنگار ایسنا، X Y", "مراسل الجزيرة، X"
_REPORTER_OF = ("خبرنگار", "مراسل", "مراسلة")
_BYLINE = re.compile(
    r"(?:^|\n)[ \t]*(?:[^\W\d_]+[ \t]?[-\u2013\u2014][ \t]*)?(?:(?:by|بقلم)[ \t]*:?|(?:"
    + alternation(_BYLINE_NOUNS) + r")[ \t]*:|(?:"
    + alternation(_BYLINE_DASHED) + r")[ \t]*[-\u2013\u2014]|(?:"
    + alternation(_BYLINE_DASHED) + r")(?=(?:[ \t]+[^\W\d_]+){2,4}[ \t]*[-\u2013\u2014])|(?:"
    + alternation(_REPORTER_OF) + r")[ \t]+[^\W\d_]+[ \t]*,)[ \t]+(?=\w)"
)
# a short line of two parts set apart by a dash or a comma, each opening with a letter (see _signatures)
# (a dateline may put the agency between the place and the reporter: "مشهد - ایرنا - X Y")
_SIGN_LINE = re.compile(r"(?m)^[ \t]*([^\W\d_][^\n,\-\u2013\u2014|/:.]{1,40}?)[ \t]*[-\u2013\u2014,][ \t]*"
                        r"(?:[^\W\d_][^\W\d_ ]{1,15}[ \t]*[-\u2013\u2014][ \t]*)?"
                        r"[^\W\d_][^\n,\-\u2013\u2014|/:.]{1,40}?[ \t]*$")
_SIGN_LINE_LONGEST = 101  # three parts of 41, 41 and 16 characters and two separators, and spaces and tabs
_SIGN_SEPARATORS = frozenset({",", "-", "\u2013", "\u2014"})
_BYLINE_CLOSE = frozenset({",", "|", "-", "\u2013", "\u2014", "/", ".", ":", ")"})
# the nouns that follow ابن ("son of") in ordinary words (folded): kin (ابن عم, ابن أخت: cousin, nephew), and
# ابن آدم (a human), ابن بار (a dutiful son), ابن بلد/سبيل (a local, a wayfarer)
# three capitalised words of one syllable each, the first and last maybe with a Russian case ending (see _korean_cy)
# (a lookahead: the runs overlap, "Банка Кореи Пак Чон Хун")
_KOREAN_CY = re.compile(r"(?<![\w\-])(?=([А-ЯЁ][а-яё]{1,4}) ([А-ЯЁ][а-яё]{0,3}) ([А-ЯЁ][а-яё]{1,4})(?![\w\-]))")
# where such a run may start: a capital, one to four small letters, a space and a capital (see _korean_runs)
_KOREAN_START = re.compile(r"[А-ЯЁ][а-яё]{1,4} [А-ЯЁ]")


def _korean_runs(text: str) -> list[re.Match[str]]:
    """``_KOREAN_CY.finditer(text)``: the pattern tried only where :data:`_KOREAN_START` finds a run may start.

    Why: a pattern opening with a look-behind and a look-ahead gives the regex engine nothing to search for, so
    it is tried at every character of a Russian or Kazakh article; one opening with a capital letter is
    searched for in C, and every position the pattern matches at is one it finds (its first word, the space
    and the next capital), taken left to right as ``finditer`` takes the pattern's empty matches."""
    out: list[re.Match[str]] = []
    m = _KOREAN_START.search(text)
    while m is not None:
        run = _KOREAN_CY.match(text, m.start())
        if run is not None:
            out.append(run)
        m = _KOREAN_START.search(text, m.start() + 1)
    return out
_CY_VOWELS = frozenset("аеёиоуыэюя")
_KOREAN_CASES = ("ом", "ым", "ем", "ой", "а", "у", "е", "я", "ю")


def _cy_syllable(w: str, declined: bool) -> bool:
    """``w`` is one syllable as Russian spells a Korean one ("Пак", "Ён", "Су"); ``declined``: with a case ending
    after a syllable closed by a consonant ("Паком", "Хуна")."""
    low = w.lower()
    if sum(c in _CY_VOWELS for c in low) == 1:
        return True
    if declined:
        for end in _KOREAN_CASES:
            stem = low[: len(low) - len(end)]
            if low.endswith(end) and len(stem) >= 2 and stem[-1] not in _CY_VOWELS and stem[-1] != "й" \
                    and sum(c in _CY_VOWELS for c in stem) == 1:
                return True
    return False


# the epithets of a saint before his name ("храм святого Николая", "әулие Николай"): a dedication, not a person
_SAINT_EPITHETS = frozenset({"святого", "святой", "святому", "святым", "святителя", "святитель", "преподобного",
                             "преподобной", "великомученика", "великомученицы", "апостола", "пророка",
                             "равноапостольного", "равноапостольной", "св", "әулие", "saint", "st"})
_AR_ALTERNATIVE = frozenset({"هل", "سواء", "ايهما", "اذا", "ایهما"})  # what opens a question or an alternative
_AR_KIN = frozenset({"عم", "خال", "اخ", "اخت", "عمه", "خاله", "عمی", "خالی", "ادم", "بلد", "بار", "سبیل"})
_DOTTED_FINAL_YA = re.compile(r"\u064a(?![\u0600-\u06ff])")  # a word ending in ي with its dots
# Persian auxiliaries after a past participle: passive (شدن), perfect (بودن, the copula); folded (no ZWNJ)
_FA_AUXILIARIES = frozenset({"شد", "شدند", "شده", "شدهاند", "شدهاست", "شود", "شوند", "میشود", "میشوند", "بود",
                             "بودند", "بوده", "است", "اند", "باشد", "باشند"})
_FA_PAST_PERSON = frozenset({"م", "ی", "یم", "ید", "ند"})  # the personal endings of a Persian past verb
# Persian nouns of a message or an order: before a title they stand in ezafe with it ("پیام تبریک رئیس‌جمهور":
# the president's message), never a name of its holder
# Persian prepositions written apart from the noun after them ("از تبریز", "به خانه")
_FA_PREPS = frozenset({"با", "به", "از", "در", "برای", "بر", "تا"})
_FA_MESSAGE_NOUNS = frozenset({"پیام", "نامه", "سخنان", "دستور", "حکم", "فرمان", "تبریک", "تسلیت", "بیانیه",
                               "دعوت", "درخواست", "پیشنهاد"})
# Persian honorifics that are never a common noun ("استاد", "دکتر" are also "professor", "doctor"): the first words
# of the phrases (folded, the ZWNJ dropped)
_FA_PURE_HONORIFICS = frozenset({"اقای", "خانم", "جناب", "سرکار", "حجتالاسلام", "حجت", "ایتالله", "ایت"})
# the nouns of Persian compound verbs (a noun and a light verb: "نشان دادن", "انجام دادن", "اعلام کردن")
_FA_VERB_NOUNS = frozenset({"نشان", "انجام", "اعلام", "پاسخ", "واکنش", "تاکید", "قرار", "دریافت", "ارائه", "برگزار",
                            "شرکت", "حضور", "آغاز", "ادامه", "دنبال", "استفاده", "کمک", "اشاره", "توجه", "اظهار",
                            "ابراز", "تصویب", "امضا", "دیدار", "گفتگو", "سفر"})
# Arabic compound prepositions: في or على and a noun in a construct with what follows ("في ظل", "في إطار", "على ضوء",
# "في أعقاب", "على إثر"); the noun opens a phrase, never a name
_AR_PREP_NOUNS = word_set(("ظل", "إطار", "ضوء", "سياق", "خضم", "أعقاب", "إثر", "صدد", "غضون",
                                                  "ظلال", "طليعة", "مقدمة"))
_AR_PREP_BEFORE = word_set(("في", "على"))
# The military ranks whose Arabic words are also common nouns ("الفريق" the team, "اللواء" the brigade, "العميد" the
# dean), and the particles that open a clause whose subject follows them
_AR_RANK_ROLES = frozenset({"general", "major general", "brigadier general", "admiral", "colonel"})
# "الشيخ X" after "في" ("in"), or joined by و to a place after it ("في العريش والشيخ زويد"): a town named for a
# sheikh (its shrine), not the man
_AR_TOWN_TITLES = word_set(("الشيخ",))
_AR_IN = word_set(("في", "وفي"))
_AR_THAT = word_set(("إن", "أن", "لأن", "بأن", "وإن", "وأن"))
_AR_RELATIVES = frozenset({"الذی", "التی", "الذین", "اللذان", "اللذین", "اللتان", "اللتین", "اللاتی", "اللواتی"})


def _list_intros(norm: str) -> list[tuple[int, int]]:
    r"""Where a list of people with no title is introduced: the spans ``re.finditer`` of
    ``کل من|(?<![^\W\d_])(?:و?هم|و?منهم|و?بینهم)\s*:|از جمله`` gives, left to right and not overlapping.

    Why not that regex: its alternatives open with the commonest letters of Arabic script (and one with a
    look-behind), so it is tried at nearly every character of an article; finding the two phrases and the
    colons (C-level ``str.find``) and looking at the one word before each colon costs a fraction of that.
    A match is fixed by where it starts, so all possible matches taken left to right, each one after the
    end of the last, are the regex's."""
    found: list[tuple[int, int]] = []
    for phrase in _LIST_INTRO_PHRASES:
        p = norm.find(phrase)
        while p != -1:
            found.append((p, p + len(phrase)))
            p = norm.find(phrase, p + 1)
    p = norm.find(":")
    while p != -1:
        e = p
        while e > 0 and norm[e - 1].isspace():
            e -= 1
        s = e  # the word before the colon: a whole run of letters (the look-behind), at most six of them
        while s > 0 and e - s <= 6 and _LETTER.match(norm, s - 1):
            s -= 1
        if norm[s:e] in _LIST_INTRO_COLON and (s == 0 or not _LETTER.match(norm, s - 1)):
            found.append((s, p + 1))
        p = norm.find(":", p + 1)
    found.sort()
    out: list[tuple[int, int]] = []
    last = 0
    for s, e in found:
        if s >= last:
            out.append((s, e))
            last = e
    return out


_SAID_AFTER_QUOTE = ('" said ', "' said ", '" says ', '" added ', '" asked ')
_OPEN_QUOTES = frozenset("«\"\u201c\u201e")
_CLOSE_QUOTES = frozenset("»\"\u201d\u201c")
# "زاهدان- ایرنا- ...", "الدوحة - قنا - ...": a line of Arabic-script copy opening with a word, a dash, the agency's
# name and a dash, or a line of its own holding only the word, a dash and the agency ("زاهدان – ایسنا"); the word is
# the place the story was filed from (the agency is never a person either)
_DATELINE = re.compile(
    r"(?:^|\n)[ \t]*([\u0600-\u06ff]{3,})[ \t]*[-\u2013\u2014][ \t]*([\u0600-\u06ff]{2,})[ \t]*(?:[-\u2013\u2014]|\n)")


def _line_matches(pattern: re.Pattern[str], norm: str, after_break: int, endpos: int | None = None,
                  first: bool = False, longest: int | None = None) -> list[re.Match[str]]:
    r"""``pattern.finditer(norm, 0, endpos)`` (with ``first``: its first match only) for a pattern that can
    start only at the text's start and at a line break (``(?:^|\n)...``, ``after_break`` 0) or right
    after one (``(?m)^...``, ``after_break`` 1). With ``longest``: the pattern matches only a line holding at
    most that many characters other than spaces and tabs (from where it starts to the next line break).

    Why not the regex's own search: such a pattern has no literal for the engine to look for, so it is
    tried at every character of the article; an article has a few lines, and matching at their starts
    only, each one after the end of the last match, finds the same matches in a fraction of the time."""
    stop = len(norm) if endpos is None else endpos
    out: list[re.Match[str]] = []
    p, end = 0, 0
    while p < stop:
        q = norm.find("\n", p + 1 - after_break, stop)  # the end of the line (the pattern tries a break at p)
        line_end = stop if q == -1 else q
        if p >= end and (longest is None or line_end - p <= longest or line_end - p - norm.count(" ", p, line_end)
                         - norm.count("\t", p, line_end) <= longest):
            m = pattern.match(norm, p, stop)
            if m is not None:
                out.append(m)
                if first:
                    break
                end = m.end()
        if q == -1:
            break
        p = q + after_break
    return out


# a dateline in Latin or Cyrillic copy: the place the story was filed from, in capitals at the start of a line (of
# the headline and lead), before a full stop, a comma or a dash ("ASHGABAT. ...", "АСТАНА, 12 мая - ...")
_CAPS_DATELINE = re.compile(r"(?:^|\n)[ \t]*([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'\-]+(?: [A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]"
                            r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ'\-]+)?)[ \t]*(?:[.,]|[-\u2013\u2014] )")


def _caps_dateline(text: str) -> frozenset[str]:
    """The words (folded) of a Latin or Cyrillic dateline in capitals, looked for in the headline and lead only."""
    found = _line_matches(_CAPS_DATELINE, text, 0, min(400, len(text)), first=True)
    return frozenset(normalize(w) for w in found[0].group(1).split()) if found else frozenset()


def _dateline(norm: str) -> frozenset[str]:
    """The place and agency words of the dateline, looked for in the headline and lead only."""
    found = _line_matches(_DATELINE, norm, 0, min(400, len(norm)), first=True)
    return frozenset(found[0].groups()) if found else frozenset()


_KK_PLURAL_AFTER = (("лар", "лер"), "аәеиоөұүыіэюяруй"), (("дар", "дер"), "лмнңзж"), (("тар", "тер"), "бвгдкқпстфхцчшщ")
_KK_BACK_VOWELS, _KK_FRONT_VOWELS = frozenset("аоұыя"), frozenset("әөүіеэи")


# Kazakh case endings that open with a voiceless consonant (the locative, ablative, dative, accusative, genitive):
# Kazakh gives them that form only after a voiceless consonant, -а- after a back vowel, -е-/-і- after a front one
_KK_VOICELESS_CASES = (("та", "тан", "қа", "ты", "тың"), ("те", "тен", "ке", "ті", "тің"))
_KK_VOICELESS = frozenset("кқпстфхцчшщ")


def _kk_voiceless_case(w: str) -> bool:
    """``w`` (folded Kazakh) is a stem of three letters or more that ends in a voiceless consonant, and one of the
    case endings after it in the form Kazakh gives it there, in its vowel harmony ("сотта", "мектепке",
    "кеңестен"). A given name that ends in these letters breaks the rule ("Бота", "Марта": the locative is -да
    after a vowel or р; "Виолетта": -те after е)."""
    for back, forms in ((True, _KK_VOICELESS_CASES[0]), (False, _KK_VOICELESS_CASES[1])):
        for suffix in forms:
            stem = w[: -len(suffix)]
            if w.endswith(suffix) and len(stem) >= 3 and stem[-1] in _KK_VOICELESS:
                vowel = next((c for c in reversed(stem) if c in _KK_BACK_VOWELS or c in _KK_FRONT_VOWELS), "")
                return bool(vowel) and (vowel in _KK_BACK_VOWELS) == back
    return False


def _kk_plural(w: str) -> bool:
    """``w`` (folded Kazakh) is a noun in the plural: a stem of four letters or more and the plural suffix in the
    form Kazakh gives it after that stem's last sound (-лар after a vowel, р, й, у; -дар after л, м, н, ң, з, ж;
    -тар after a voiceless consonant or б, в, г, д) and its vowel harmony (-ар after a back vowel, -ер after a
    front one): "тараптар", "депутаттар", "министрлер". A given name that ends in these letters has a shorter stem
    ("Мұхтар", "Сардар", "Ділдар")."""
    if len(w) < 7:
        return False
    stem, suffix = w[:-3], w[-3:]
    for forms, after in _KK_PLURAL_AFTER:
        if suffix in forms:
            if stem[-1] not in after:
                return False
            vowel = next((c for c in reversed(stem) if c in _KK_BACK_VOWELS or c in _KK_FRONT_VOWELS), "")
            return (suffix[1] == "а") == (vowel in _KK_BACK_VOWELS) if vowel else False
    return False


def _clause_firsts(norm: str) -> Iterator[re.Match[str]]:
    """The clauses' first words (:data:`_CLAUSE_FIRST`): the text's opening, then on after its match."""
    first = _CLAUSE_FIRST_AT_START.match(norm)
    if first is None:
        return _CLAUSE_FIRST.finditer(norm)
    return chain((first,), _CLAUSE_FIRST.finditer(norm, first.end()))


# where a person noun with its nationality or origin may stand before a name (see _Doc._marked_names): after a
# Russian adjective in -ский/-цкий, after "из" (from), after an English possessive
_MARKER_LITERALS = {"ru": ("ский ", "ская ", "цкий ", "цкая ", " из "), "en": ("'s ",)}
# the suffixes of Russian nouns of a person: -ист(ка), -ник/-ница, -тель(ница), -ец, -ант/-ент, -ер/-ёр/-ор,
# -лог, -ном, -иса/-есса (астроном, школьник, паломница, победитель, актриса, поэтесса, боксёр)
_RU_PERSON_SUFFIXES = ("ист", "истка", "ник", "ница", "тель", "тельница", "ец", "ант", "антка", "ент", "ентка", "ер",
                       "ёр", "ор", "лог", "ном", "иса", "есса")
# English nouns of a person: the agent suffixes (-ast too: "gymnast", "enthusiast"), and a few nouns of sport
# and study without one
_EN_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "woman", "ast")
_EN_PERSON_NOUNS = frozenset({"seed", "champion", "star", "captain", "coach", "athlete", "grandmaster", "pilgrim",
                              "student", "actress", "poet", "chef", "prodigy", "veteran", "midfield", "goalkeeper"})


# Kazakh nouns of saying in the equative that take their speaker in the genitive ("Кимнің сөзінше": by Kim's
# words; "пікірінше": in X's opinion; "айтуынша": as X says)
_KK_WORDS_OF = frozenset({"сөзінше", "пікірінше", "айтуынша"})
# English person nouns in -er/-or that are forms of address or ranks too, part of what a person is called ("Father X",
# "Sister X", "Major X")
_EN_FORMS_OF_ADDRESS = frozenset({"father", "mother", "brother", "sister", "elder", "master", "major"})
_EN_CREDITS = ("reporting by ", "editing by ", "writing by ", "additional reporting by ")


def _ru_person_noun(t: Tok) -> bool:
    return t.k == "w" and not t.cap and t.script == "cy" and len(t.n) >= 5 and t.n.endswith(_RU_PERSON_SUFFIXES)


def _en_person_noun(w: str) -> bool:
    return w in _EN_PERSON_NOUNS or (len(w) >= 5 and w.endswith(_EN_PERSON_SUFFIXES))


def _declined_alike(a: Tok, b: Tok) -> bool:
    """Two capitalised Cyrillic words that are one name in two cases: Russian declines each part of a foreign
    surname of two words ("Мендосой Вальдивией", then "Мендоса Вальдивия"; "Эрнандесом Роча", "Эрнандес Роча"):
    the same stem, the endings differing in their last three letters at most."""
    if not (a.cap and b.cap and a.script == "cy" and b.script == "cy"):
        return False
    x, y = a.n, b.n
    stem = len(commonprefix((x, y)))
    return stem >= 4 and max(len(x), len(y)) - stem <= 3


def _given_cap(w: str, given: frozenset[str], raw: str = "", surname: Callable[[str], bool] | None = None) -> bool:
    """``w`` (folded) is a known given name, or a compound of two joined by a hyphen, each part declined alike
    ("Жан-Пьер", "Анна-Мария", "Анны-Марии", "Hans-Peter"). With the word as written (``raw``) and a test of a
    surname's shape, one known part is enough when the other is a capitalised word of three letters or more and
    no surname ("Anna-Liisa", "Marie-Noëlle"; not "Maria-led", nor "Anna-Karenina": a work named for a person)."""
    if w in given or (len(w) >= 7 and w.startswith(ABD_COMPOUND) and "-" not in w):
        return True  # (a compound with "Abd" and one of God's names, written as one word: "Abdulrashid", "Абдурахман")
    parts = w.split("-")
    if len(parts) != 2:
        return False
    if parts[0] in given and parts[1] in given:
        return True
    halves = raw.split("-")
    if surname is None or len(halves) != 2 or not all(len(h) >= 3 and h.isalpha() and h[0].isupper() for h in halves):
        return False
    return (parts[0] in given and not surname(parts[1])) or (parts[1] in given and not surname(parts[0]))


def _country_of(m: Mention) -> str | None:
    """The country a mention names or lies in (a country, its capital, a city of it)."""
    if m.country:
        return m.country
    return m.canonical if m.kind == "country" else None


# ----------------------------------------------------------------------------------------------------------
# The matcher


@dataclass
class _Hit:
    a: int  # first token of the title
    b: int  # token after the title
    rd: RoleDef
    definite: bool  # Arabic: the title has the article (السفير), so no construct complement follows
    conj: bool  # Arabic: the title has a conjunction proclitic (ومساعد), so it opens a new item
    fwd: tuple[int, str | None] | None = None  # what complement_fwd found after it (asked up to four times)


# Dutch and German family particles written in lower case inside a name, Latin and Cyrillic ("Henk van Dijk",
# "Хенк ван Дейк"), and the article that may follow them ("van der", "von den"); a place's or a body's name does
# not take them (the Romance "de", "da" do stand in places: "Rio de Janeiro")
_FAMILY_PARTICLES = frozenset({"van", "von", "ван", "фон"})
_FAMILY_PARTICLES_SECOND = frozenset({"der", "den", "de", "дер", "ден", "де"})
_FAMILY_PARTICLES_SPACED = (" van ", " von ", " ван ", " фон ")

# the Kyrgyz patronymic's words, written apart after the father's name: "son of", "daughter of"
_KYRGYZ_PATRONYMIC_WORDS = frozenset({"уулу", "кызы", "uulu", "kyzy"})

# Persian personal pronouns: after a noun they are its possessor ("بازیکن ما": our player)
_FA_PERSONAL_PRONOUNS = frozenset({"ما", "من", "شما", "او", "انها", "ایشان"})


def _fa_indefinite_at(norm: str, last: int) -> bool:
    """Persian: a title ending in silent ه at ``last`` takes the indefinite ending ای there and no more letters
    ("بافنده‌ای": the ZWNJ before it is folded away)."""
    return norm[last] == "ه" and norm.startswith("ای", last + 1) and not (
        last + 3 < len(norm) and norm[last + 3].isalpha())


def _stem_in(w: str, stems: frozenset[str]) -> bool:
    """``w`` is one of ``stems`` or (a stem of four letters or more) starts with one ("проспекту", "даңғылы")."""
    if w in stems:
        return True
    return any(w[:m] in stems for m in range(4, len(w)))


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

class _Doc(NameScanner):
    """Everything found in one text; methods are the scanning steps."""

    # -- set-up ----------------------------------------------------------------------------------------
    def __init__(self, folding: Folding, lang: str | None, mentions: list[Mention]) -> None:
        self.lex = arabic_role_lexicon() if lang == "ar" else role_lexicon()
        self.text = folding.text
        self.lang = lang
        self.folded = folding
        self.windows = self._windows()
        self.word_at: dict[int, int] = {}  # the word token starting at folded offset q, in text order
        self.extra_at: dict[int, int] = {}  # the same for the windows added around repeats of surnames
        self.marks: list[int] = []  # line breaks and punctuation, by token index
        self.toks = tokenize_windows(folding, self.windows, self.word_at, self.marks) if self.windows else []
        self.kazakh = lang == "kk" or holds_any(folding.norm, KK_LETTERS)
        self.dateline = _dateline(folding.norm)
        self.mentions = sorted(mentions, key=lambda m: int(m.start))
        self.ment_starts = [int(m.start) for m in self.mentions]
        self.ment_ends = [int(m.end) for m in self.mentions]
        self.ment_end: dict[int, int] = {}
        self._attach_mentions(0, len(self.toks))
        self._dotted_final_ya: bool | None = None  # does the copy write final ي with its dots (asked lazily)
        self.hits: list[_Hit] = []
        self.nested: set[int] = set()
        self.hit_at: dict[int, _Hit] = {}
        self._find_titles()

    def _windows(self) -> list[tuple[int, int]]:
        """Stretches of the folded text worth tokenising: around titles, speech verbs, surnames.

        Most of an article is far from any title; tokenising only near them is what keeps this fast.
        """
        norm = self.folded.norm
        n = len(norm)
        lex = self.lex
        spans: list[tuple[int, int]] = []
        self.ac_starts: list[int] = []
        self.ar_cues: list[int] = []  # folded positions inside Arabic-script words shaped like names
        speech: dict[int, tuple[int, int]] = {}  # start -> (order, end) of the first speech verb there
        self.given_qs: list[int] = []  # Persian copy: folded starts of known given names
        self.given_ar_qs: list[int] = []  # Arabic copy: folded starts of known Arabic given names
        self.foreign_qs: list[int] = []  # Arabic and Persian copy: folded starts of known foreign given names
        self.cap_given_qs: list[int] = []  # Latin and Cyrillic: folded starts of known given names, capitalised
        self.figure_qs: list[tuple[int, str]] = []  # folded starts and phrases of historical figures' names
        foreign = lex.given_foreign.get(self.lang or "", frozenset())
        arabic = self.lex.arabic_copy
        persian = self.lang == "fa"
        surnames: dict[int, int] = {}  # end -> start of the longest surname ending there
        kin_qs: list[int] = []  # after a kinship noun and its possessor ("her son "): a name may follow
        for last, found in lex.ac.iter(norm):
            for kind, length, order in found:
                start = last - length + 1
                if kind == CUE_TITLE:
                    if (start > 0 and norm[start - 1].isalpha()) or (
                            last + 1 < n and norm[last + 1].isalpha() and norm[last] != "."
                            and not (persian and _fa_indefinite_at(norm, last))):
                        continue  # inside a longer word ("د.لمى": an abbreviation's full stop ends it)
                    spans.append((start - 80, last + 130))
                    self.ac_starts.append(start)
                elif kind == CUE_SPEECH:
                    if last + 1 < n and _LETTER.match(norm, last + 1):
                        continue  # a longer word
                    if start not in speech or order < speech[start][0]:
                        speech[start] = (order, last + 1)
                elif kind == CUE_NASAB:
                    spans.append((start - 60, start + 60))
                    self.ar_cues.append(start + 1)
                elif kind == CUE_GIVEN_AR:
                    if arabic and (start == 0 or not norm[start - 1].isalpha()):
                        spans.append((start - 30, last + 50))  # (the words before a kunya matter)
                        self.given_ar_qs.append(start)
                elif kind == CUE_NATIONALITY:
                    if (start > 0 and norm[start - 1].isalpha()) or (last + 1 < n and norm[last + 1].isalpha()):
                        continue  # inside a longer word
                    self.ac_starts.append(start)
                    q = last + 2  # the next word's first letter: capitalised, a name may follow (Latin, Cyrillic)
                    if _ARABIC_SCRIPT(norm[start]):
                        spans.append((start - 80, last + 130))  # (as a title's: no capitals to tell a name by)
                    elif q < n and norm[last + 1] == " ":
                        orig = q if self.folded.identity else (
                            self.folded.offsets[q] if q < len(self.folded.offsets) else -1)
                        if 0 <= orig < len(self.text) and self.text[orig].isupper():
                            spans.append((start - 8, last + 60))
                elif kind == CUE_GIVEN_FOREIGN:
                    if foreign and norm[start:last] in foreign:
                        if start == 0 or not norm[start - 1].isalpha():
                            spans.append((start - 8, last + 50))
                            self.foreign_qs.append(start)
                        elif self.lang == "ar" and norm[start - 1] == "و" and (
                                start == 1 or not norm[start - 2].isalpha()):
                            spans.append((start - 9, last + 50))  # "وفرناندو X": the next item of a list
                            self.foreign_qs.append(start - 1)
                elif kind == CUE_GIVEN_CAP:
                    if start > 1 and norm[start - 1] == "-" and norm[start - 2].isalpha():
                        start -= 1  # "Жан-Пьер X": the second part of a hyphenated given name; the word opens before
                        while start > 0 and norm[start - 1].isalpha():
                            start -= 1
                    if start == 0 or not norm[start - 1].isalpha():
                        orig = start if self.folded.identity else self.folded.offsets[start]
                        if self.text[orig].isupper():
                            spans.append((start - 8, last + 50))
                            self.cap_given_qs.append(start)
                elif kind == CUE_FIGURE:
                    tail = last + 1  # (a Latin or Cyrillic cue is a stem: at most a case ending may follow it)
                    while tail < n and tail - last <= 6 and norm[tail].isalpha():
                        tail += 1
                    if (start == 0 or not norm[start - 1].isalpha()) and tail - last <= 6:
                        spans.append((start - 40, last + 60))
                        self.figure_qs.append((start, norm[start:last + 1]))
                elif kind == CUE_KIN:
                    if (start == 0 or not norm[start - 1].isalpha()) and last + 2 < n and norm[last + 1].isalpha() \
                            and norm[last + 2].isalpha():
                        kin_qs.append(last + 1)  # (a word of two letters or more after it: not "my father I")
                elif kind == CUE_GIVEN:
                    if persian and (start == 0 or not norm[start - 1].isalpha()):
                        spans.append((start - 8, last + 40))
                        self.given_qs.append(start)
                elif start < surnames.get(last, n):  # the key holds the character after the ending
                    surnames[last] = start
        self.subject_cues = False
        pos = 0
        for p in sorted(speech):  # as a regex search would: the leftmost verb, then on after it
            if p < pos:
                continue
            order, end = speech[p]
            if p > 0 and _LETTER.match(norm, p - 1):
                pos = p + 1
                continue
            pos = end
            self.subject_cues = True
            # the subject of "X در پایان تاکید کرد" opens the clause: only short clauses matter
            a = max(norm.rfind(c, max(p - 90, 0), p) for c in ".;:!?\n")
            if a != -1:
                spans.append((a, end + 2))
        if surnames:
            self.subject_cues = self.subject_cues or self.lang == "fa" or holds_any(norm, FA_LETTERS)
            for end, start in surnames.items():
                spans.append((start - 90, end + 40))
                self.ar_cues.append(start)
        self.intro_lists = False
        if self.lang in ("ar", "fa"):
            for start, end in _list_intros(norm):  # "كل من: X، وY", "هم: ...": a list with no title
                spans.append((start - 2, end + 200))
                self.intro_lists = True
        if self.lang == "fa" and lex.given_fa:  # a clause opening with a known given name ("نرگس سلطانی ...")
            for m in _clause_firsts(norm):
                w = m.group(1)
                if self._given_fa(w) or (w in ("سید", "سیده") and m.group(2)):
                    spans.append((m.start(1) - 2, m.start(1) + 120))
                    self.subject_cues = True
        if "\u200c" in self.text:  # Persian compound surnames written with a ZWNJ: "رضایی‌فر"
            offsets, identity = self.folded.offsets, self.folded.identity
            for m in lex.zwnj_re.finditer(self.text):
                q = m.start() if identity else bisect.bisect_left(offsets, m.start())
                self.ar_cues.append(q)
                spans.append((q - 90, q + 40))
        # '"...," said X Y': English puts the speaker after the verb when the quote comes first
        self.said_qs: list[int] = []
        quoted = '" ' in norm, "' " in norm  # (every verb opens with a closing quote and a space: most copy has none)
        for verb in _SAID_AFTER_QUOTE:
            p = norm.find(verb) if quoted[verb[0] == "'"] else -1
            while p != -1:
                if p > 0 and norm[p - 1] in ",.?!":  # the quote's own punctuation closes it
                    self.said_qs.append(p + len(verb))
                    spans.append((p, p + len(verb) + 60))
                p = norm.find(verb, p + 1)
        # a wire service's credit line: "(Reporting by X Y; editing by Z W)"
        if self.lang == "en" and "ing by " in norm:
            for credit in _EN_CREDITS:
                p = norm.find(credit)
                while p != -1:
                    if p == 0 or not norm[p - 1].isalpha():
                        self.said_qs.append(p + len(credit))
                        spans.append((p, p + len(credit) + 40))
                    p = norm.find(credit, p + 1)
        # a Korean name in English copy: a capitalised family name and a hyphenated given name ("Choi Min-ho")
        self.korean_la_qs: list[int] = []
        if self.lang == "en" and "-" in norm:
            offsets, identity = self.folded.offsets, self.folded.identity
            p = norm.find("-")
            while p != -1:
                # the hyphen of a given name of two syllables (2 to 4 letters before it), a family name before that
                a = p
                while a > 0 and norm[a - 1].isalpha() and p - a <= 5:
                    a -= 1
                # (a syllable of a romanised given name has up to five letters: "Seung", "Hyeon", "Kyung"); the
                # family name stands before it ("Lee Seung-woo") or, in Western order, after it ("Sun-hee Park")
                if 2 <= p - a <= 5 and (a == 0 or norm[a - 1] in " \n\"(\u201c"):
                    orig = a if identity else (offsets[a] if a < len(offsets) else -1)
                    if 0 <= orig < len(self.text) and self.text[orig].isupper():
                        self.korean_la_qs.append(a)
                        spans.append((a - 20, p + 10))
                p = norm.find("-", p + 1)
        # "..., X Y, said": a full name set off by commas before a verb of speech is its speaker (an apposition to
        # the title or description before it: "the U.N. coordinator for the territories, X Y, said")
        self.appos_qs: list[int] = []
        if self.lang == "en":
            for verb in (", said ", ", says ", ", told "):
                p = norm.find(verb)
                while p != -1:
                    self.appos_qs.append(p + 2)
                    spans.append((p - 110, p + len(verb)))  # (room for "X Y, a partner at the fund, said")
                    p = norm.find(verb, p + 1)
        # "وقالت X Y، وهي نازحة ...": Arabic describes the speaker in a clause of "and she/he is" after the name
        self.who_qs: list[int] = []
        for cue in (", وهی ", ", وهو ") if self.lang == "ar" else (", who ",) if ", who " in norm else ():
            p = norm.find(cue)
            while p != -1:
                self.who_qs.append(p)
                spans.append((p - 60, p + 8))
                p = norm.find(cue, p + 1)
        # "Henk van Dijk": a Dutch or German family particle inside a name (see _particle_names)
        for cue in _FAMILY_PARTICLES_SPACED if self.lang not in ("ar", "fa") else ():
            p = self.text.find(cue)  # (in lower case as written: "Нгуен Ван Хиеу" holds a Vietnamese name's word)
            while p != -1:
                q = p if self.folded.identity else bisect.bisect_left(self.folded.offsets, p)
                spans.append((q - 40, q + 40))
                p = self.text.find(cue, p + 1)
        # "مصدر مطلع، هو X Y،": an apposition of "he is" after a comma names who was just described (see _ar_he_names)
        self.he_qs: list[int] = []
        for cue in (", هو ", ", هی ") if self.lang == "ar" else ():
            p = norm.find(cue)
            while p != -1:
                self.he_qs.append(p + len(cue))
                spans.append((p - 40, p + len(cue) + 60))  # (room for the description before it)
                p = norm.find(cue, p + 1)
        # a byline on a line of its own: "By Anna Reed", "بقلم: X Y" (Russian "Автор:", Kazakh "Авторы:" and
        # Persian "نویسنده:" are found by the names' own shapes); see _bylines
        # (tried at the line starts only, which costs less than looking for its words in the text first)
        self.byline_qs: list[int] = [m.end() for m in _line_matches(_BYLINE, norm, 0)]
        if self.lang in ("ar", "fa"):
            self.byline_qs.extend(self._credits(norm))
            self.byline_qs.extend(self._agency_bylines(norm))
        for q in self.byline_qs:
            spans.append((q - 12, q + 60))
        # a signature or a dateline byline on a line of its own: a name and a place set apart by a dash or a comma
        # ("X Y - الإسكندرية", "غزة - X Y", "X Y, Алматы"); see _signatures
        self.sign_qs: list[int] = []
        if "\n" in norm:
            for m in _line_matches(_SIGN_LINE, norm, 1, longest=_SIGN_LINE_LONGEST):
                self.sign_qs.append(m.start(1))
                spans.append((m.start(1) - 2, m.end()))
        # an age told beside a name: "X Y, 67, ...", "17-летний X", "17 жастағы X", "X, a 52-year-old ..."; a kinship
        # noun before one: "her son X" (see _aged)
        # original offsets: after the age (True: the name follows), and whether one capitalised word is a name
        self.age_ps: list[tuple[int, bool, bool]] = []
        ages: list[tuple[int, bool, bool]] = [(m.start(), False, False) for m in _AGE_AFTER.finditer(norm)
                                               if m.start() == 0 or not norm[m.start() - 1].isdigit()]
        aged_cy = "летн" in norm or "жас" in norm
        if aged_cy:
            ages += [(q, True, True) for q in _ages_before(norm)]
        if aged_cy or "-year-old" in norm:
            ages += [(m.start(), False, True) for m in _AGE_APPOSITION.finditer(norm)]
        ages += [(q, True, True) for q in kin_qs]
        if ages:
            offsets, identity = self.folded.offsets, self.folded.identity
            for q, after, one in ages:
                spans.append((q - 4, q + 60) if after else (q - 60, q + 4))
                orig = q if identity else (offsets[q] if q < len(offsets) else len(self.text))
                self.age_ps.append((orig, after, one))
        # capitalised surname-shaped words and initials (Latin, Cyrillic): names with no title beside them
        self.shape_qs = self._shape_cues(spans)
        # a Korean name in Russian or Kazakh copy: three capitalised syllables (see _korean_cy)
        self.korean_qs: list[int] = []
        if self.lang in ("ru", "kk"):
            offsets, identity = self.folded.offsets, self.folded.identity
            for m in _korean_runs(self.text):
                if all(_cy_syllable(m.group(g), g != 2) for g in (1, 2, 3)):
                    q = m.start() if identity else bisect.bisect_left(offsets, m.start())
                    self.korean_qs.append(q)
                    spans.append((q - 60, q + m.end(3) - m.start() + 40))
        # Russian: a person noun, two capitalised words and a verb of saying ("Биолог X Y добавила"; see
        # _noun_name_said)
        self.said_by_qs: list[int] = []
        if self.lang == "ru":
            offsets, identity = self.folded.offsets, self.folded.identity
            for m in _RU_NOUN_NAME_SAID.finditer(self.text):
                if len(m.group(1)) >= 5 and m.group(1).lower().endswith(_RU_PERSON_SUFFIXES):
                    q = m.start(2) if identity else bisect.bisect_left(offsets, m.start(2))
                    self.said_by_qs.append(q)
                    spans.append((q - 30, q + m.end() - m.start(2) + 10))
        self.named_as_qs: list[int] = []  # English "gave her name as X": see _named_as
        if self.lang == "en" and "name" in norm:
            for m in _EN_NAMED_AS.finditer(norm):
                self.named_as_qs.append(m.end())
                spans.append((m.start() - 4, m.end() + 40))
        if self.lang == "kk":
            offsets, identity = self.folded.offsets, self.folded.identity
            for m in _KK_AGENT_NAME.finditer(self.text):
                if len(m.group(1)) >= 5 and not m.group(1).endswith(_KK_ORDINAL):
                    q = m.start(2) if identity else bisect.bisect_left(offsets, m.start(2))
                    self.said_by_qs.append(q)
                    spans.append((q - 30, q + m.end() - m.start(2) + 10))
        # Kazakh and Russian: a name and the title that follows it, "Абылай хан", "Төле би", "Қабанбай батыр" (see
        # _post_titled)
        self.post_title_qs: list[int] = []
        if self.lang in ("kk", "ru") and (" хан" in norm or " би" in norm or " батыр" in norm):
            offsets, identity = self.folded.offsets, self.folded.identity
            for m in _POST_TITLE.finditer(self.text):
                q = m.start(1) if identity else bisect.bisect_left(offsets, m.start(1))
                self.post_title_qs.append(q)
                spans.append((q - 10, q + m.end() - m.start(1) + 10))
        self.work_qs: list[int] = []  # English: an author's surname before a noun of a work (see _works_of)
        if self.lang == "en":
            offsets, identity = self.folded.offsets, self.folded.identity
            for m in _EN_WORK_OF.finditer(self.text):
                q = m.start(1) if identity else bisect.bisect_left(offsets, m.start(1))
                self.work_qs.append(q)
                spans.append((q - 10, q + m.end() - m.start(1) + 10))
        # a person noun with its nationality or origin before a full name: "Японский астроном X Y", "школьник из
        # Нигерии X Y", "India's top seed X Y", "Korea's Kwon Da-eun" (see _marked_names)
        self.marked_qs: list[int] = []
        markers = _MARKER_LITERALS.get(self.lang or "", ())
        if markers:
            offsets, identity, text = self.folded.offsets, self.folded.identity, self.text
            for lit in markers:
                p = norm.find(lit)
                while p != -1:
                    q = p + len(lit)
                    # (Russian: only where a capital follows, the country after "из", the name after the noun)
                    cap = q if lit[0] == " " else norm.find(" ", q, q + 20) + 1
                    orig = cap if identity else (offsets[cap] if 0 < cap < len(offsets) else -1)
                    if lit == "'s " or (0 < orig < len(text) and text[orig].isupper()):
                        self.marked_qs.append(q)
                        spans.append((p - 30, q + 70))
                    p = norm.find(lit, q)
        if not spans:
            return []
        spans.sort()
        # Each span widened to whole words, then merged with the window before it when they overlap or
        # nearly touch. A window's end is always a white space (or the text's end), so a span that starts
        # inside the last window and ends before its end changes nothing: only the others are widened.
        out: list[tuple[int, int]] = []
        last = -(1 << 30)  # end of the last window
        for a, b in spans:
            if a > last + 16:
                a = max(a, 0)
                while a > 0 and not norm[a - 1].isspace():
                    a -= 1
            if b <= last:
                continue
            b = min(b, n)
            while b < n and not norm[b].isspace():
                b += 1
            if a <= last + 16:
                out[-1] = (out[-1][0], b)
            else:
                out.append((a, b))
            last = b
        return out

    def _shape_cues(self, spans: list[tuple[int, int]]) -> list[int]:
        """Folded starts of capitalised words shaped like a surname ("Сапаровым", "Guliyev", "Al-Mannai") and
        of initials ("Е. Сапаров"); a window around each is added to ``spans``.

        Why not one regex for the whole shape: a pattern that tries every surname ending at every capital
        letter costs several times more than finding the capitalised words (a C scan) and testing the few
        of them against the endings."""
        text, lex = self.text, self.lex
        offsets, identity = self.folded.offsets, self.folded.identity
        ends, articles = lex.shape_end_re.search, _ARTICLE_PREFIXES
        out: list[int] = []
        prev_end, prev_f, prev_w = -2, 0, ""  # the capitalised word before: a Chinese or Japanese name is a pair
        for m in _CAP_WORD.finditer(text):
            a = m.start()
            w = m.group()
            if a > 0 and (text[a - 1].isalnum() or text[a - 1] in "'-"):
                if text[a - 1] != "-" or text[max(a - 5, 0):a].lower().rsplit(" ", 1)[-1] not in articles:
                    continue
                a -= len(text[max(a - 5, 0):a].rsplit(" ", 1)[-1])  # "аль-Мазруи": the article opens the word
                w = text[a:m.end()]
            if len(w) == 1:
                if text[a + 1:a + 2] != ".":
                    continue  # an initial is a capital and a full stop
            else:
                f = _SHAPED.get(w)
                if f is None:  # decided once per word: the same capitalised words recur in every article
                    if len(_SHAPED) > 100_000:
                        _SHAPED.clear()
                        _EAST.clear()
                    low = normalize(w)
                    if low.endswith(("'s", "\u2019s")):
                        low = low[:-2]  # "Auezov's": the English possessive ends the surname, not its shape
                    f = _SHAPE if ends(low) is not None or low.startswith(articles) else 0
                    if low not in lex.cap_stop:
                        opens, closes = word_roles(low)
                        if opens or closes:
                            f |= (_OPENS if opens else 0) | (_CLOSES if closes else 0)
                            _EAST[w] = low
                    _SHAPED[w] = f
                if f & _CLOSES and prev_f & _OPENS and a == prev_end + 1 and text[prev_end] == " " \
                        and east_asian_pair(_EAST.get(prev_w, ""), _EAST.get(w, "")):
                    # the pair's last word, as for a surname ending ("Чжан Вэйминь", "Kenji Yamada")
                    prev_end = -2
                else:
                    prev_end, prev_f, prev_w = m.end(), f, w
                    if not f & _SHAPE and text[max(a - 6, 0):a].lower() not in _KG_PATRONYMIC \
                            and _KG_PATRONYMIC_AFTER.match(text, m.end()) is None:
                        continue  # (a given name after a Kyrgyz patronymic closes the name: "Bakyt uulu Nurbek"; the
                        # father's name before it is a surname by its place, whatever its shape: "Aktan Nurbolot uulu")
            q = a if identity else bisect.bisect_left(offsets, a)
            out.append(q)
            spans.append((q - 70, q + len(w) + 40))
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
        toks, lex = self.toks, self.lex
        singles, pairs, firsts = lex.phrases, lex.phrases2, lex.firsts
        n = len(toks)
        word_at = self.word_at
        # only where the automaton saw a title word can a title start
        candidates = {word_at[q] for q in self.ac_starts if q in word_at}
        last_end = 0
        form_cache = lex.title_forms
        for i in sorted(candidates):
            if i < last_end:
                continue
            t = toks[i]
            forms = form_cache.get(t.n)
            if forms is None:  # the word as a title's first word, and without its proclitics: once per word
                if len(form_cache) > 100_000:
                    form_cache.clear()
                found_forms = [("", t.n)] if t.n in firsts else []
                if t.pre:
                    found_forms.extend(f for f in proclitics(t.n) if f[1] in firsts)
                forms = form_cache[t.n] = tuple(found_forms)
            if not forms and self.lang == "fa" and t.n.endswith("های") and t.n[:-2] in singles \
                    and self.text.endswith("\u200cای", t.s, t.e):
                forms = (("", t.n[:-2]),)  # "X، بافنده‌ای از روستای ...": a Persian noun in silent ه takes the
                # indefinite ending after a ZWNJ ("a weaver"); a title so written describes the name it follows
            if not forms:
                continue
            nxt = toks[i + 1].n if i + 1 < n else ""
            found = None
            for pre, w in forms:
                for seq, rd in pairs.get((w, nxt), ()):  # the longest phrase first
                    end = i + len(seq)
                    if end <= n and self._spells(i + 2, seq, 2):
                        found = (pre, w, end, rd)
                        break
                if found is None and w in singles:
                    found = (pre, w, i + 1, singles[w])
                if found:
                    break
            if found is None:
                continue
            pre, w, end, rd = found
            if rd.not_in and self.lang in rd.not_in:
                continue
            if t.script == "ar" and self.text.endswith("إلى", t.s, t.e):
                continue  # "وإلى" (and to) folds to the spelling of "والي" (governor); the hamza under its alif
                # marks the preposition

            if rd.nationality and not self._nationality_opens(i):
                continue
            if end == i + 1 and end < n and t.script == "ar" and not lex.arabic_copy and w.endswith(("ده", "ته")) \
                    and not w.endswith("نده") and toks[end].n in _FA_AUXILIARIES:
                continue  # "فرستاده شد" (was sent): a past participle (past stem + ه) before an auxiliary is a
                # passive or perfect verb, not the noun it is also read as (فرستاده: envoy)
            if t.script == "ar" and i > 0 and not pre and toks[i - 1].k == "w" and toks[i - 1].script == "ar":
                prev = toks[i - 1].n
                if rd.plural and w[:2] == "ال" and prev[:2] != "ال" and (
                        prev in lex.stop or prev in lex.org_ar or prev in lex.state):
                    continue  # "مجلس الوزراء" (a noun without the article before it): the cabinet, not "the ministers"
                if end == i + 1 and rd.strength <= 2 and w[:2] == "ال" and (
                        w.endswith(("ی", "یه")) or (w.endswith("ه") and prev.endswith("ات"))) \
                        and prev[:2] == "ال" and not rd.nationality:
                    continue  # "الدبلوماسية البرلمانية", "الإصدارات المترجمة": an adjective after a definite noun,
                    # not a title (a plural of things in -ات takes a feminine adjective; after a singular noun,
                    # "اللجنة المخرجة X", the title may be the subject's; a nationality after one, "العداء الكيني
                    # X", stands between the noun and its holder's name)
            if rd.role is None and t.script == "ar" and w[:2] == "ال" and not pre and end == i + 1 and 0 < i \
                    and toks[i - 1].k == "w" and toks[i - 1].script == "ar" and toks[i - 1].n[:2] != "ال" \
                    and toks[i - 1].n not in lex.stop and (
                        end >= n or toks[end].k != "w" or toks[end].n in lex.stop or toks[end].n in lex.preps
                        or (toks[i - 1].n in lex.given_ar and self._al(end) and end not in self.hit_at)):
                continue  # "وزير الإعلام نبيل الحاج بعد الجلسة", "وأشار هاشم السيد، مدير": an honorific opens the
                # name it stands before; after a given name, with no name after it or with a family name (with the
                # article) after it ("وائل السيد الجمال"), it is the father's or the family name that grew out of it
            if t.cap and t.script == "cy" and rd.strength <= 2 and end == i + 1 and 0 < i and end < n \
                    and toks[i - 1].k != "nl" and toks[i - 1].n not in CLAUSE_PUNCT \
                    and toks[i - 1].n not in _OPEN_QUOTES and toks[end].cap and self._surname_like(end):
                continue  # "режиссері – Ғалым Ыдырысов": a weak title's word capitalised inside a clause before a
                # surname is a given name (Ғалым, "scientist"); a title there is written in lower case
            hit = _Hit(i, end, rd, definite=w.startswith("ال"), conj=pre[:1] in ("و", "ف"))
            self.hits.append(hit)
            for j in range(i, end):
                self.hit_at[j] = hit
            last_end = end

    def _nationality_opens(self, i: int) -> bool:
        """The nationality word at token ``i`` may stand before a person's name: two name words follow it, and
        in Arabic script a word stands before it. There, after a name word it is that name's nisba ("سالم راشد
        المصري"), after a noun its adjective ("اللجنة الأوزبكية المشتركة", "البنك المركزي المصري", "گردشگران
        ایرانی"); only after a title holding a role ("العداء الكيني X", "السفير المصري X") or a verb does a name
        follow it. English: after "the" it is an adjective of a body ("the Iraqi Turkmen Front")."""
        toks = self.toks
        given = self.lex.given_ar
        if not (self._name_like(i + 1) and self._name_like(i + 2)) or (toks[i].script == "ar" and any(
                self.glued_and(j) and toks[j].n not in given for j in (i + 1, i + 2))):
            return False  # no full name after it ("قال المصري إن", "استقبل المصري علييف": the nisba said again
            # alone, before a verb's object; "ويبحثان": and ..., unless a known given name opens so: "وليد")
        if i == 0 or toks[i - 1].k != "w":
            return toks[i].script != "ar"  # (an Arabic nisba opening a clause is a family name said alone)
        prev = toks[i - 1]
        if toks[i].script == "ar":
            h = self.hit_at.get(i - 1)
            if h is not None:
                return h.rd.role is not None
            verbs = self.lex.verbs
            return prev.n in verbs or (prev.n[:1] in ("و", "ف") and prev.n[1:] in verbs)
        return prev.n != "the"

    # -- complements -----------------------------------------------------------------------------------
    def _skip_mention(self, k: int) -> int:
        return self.ment_end.get(k, k + 1)

    def complement_fwd(self, h: _Hit) -> tuple[int, str | None]:
        """Skip what stands between a title and its name; return (next token, country of the title).

        Worked out once per title: the passes ask again for the same title (its name after it, before it,
        a name with no title of its own), and the tokens and titles do not change between them."""
        if h.fwd is None:
            h.fwd = self._complement_fwd(h)
        return h.fwd

    def _complement_fwd(self, h: _Hit) -> tuple[int, str | None]:
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
                    if toks[k - 1].n in lex.affairs and k < n and toks[k].k == "w":
                        k += 1  # "سخنگوی وزارت امور خارجه": "affairs" is in a construct with the word after it
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
                while ar and k < n and self._al(k) and toks[k].n.endswith(("یه", "ی")) and k not in self.hit_at \
                        and toks[k].n not in _AR_RELATIVES:
                    k += 1  # "مصر العربية", "الإمارات العربية": adjectives of the state's name (not "التي")
                continue
            if k in self.hit_at and self.hit_at[k].a == k and (
                (ar and t.pre[-1:] in ("ل", "ب")) or (not ar and k > h.b and toks[k - 1].n in ("of", "the"))
            ):
                nested = self.hit_at[k]  # "المبعوث الخاص للأمين العام X", "Envoy of the President of X"
                self.nested.add(nested.a)
                k = nested.b
                continue
            if k == h.b and t.script == "cy" and self.lang == "ru" and t.n[-1] in "ая" and k in self.hit_at \
                    and self.hit_at[k].a == k and self.hit_at[k].b == k + 1:
                self.nested.add(k)  # "заместитель руководителя ...": a one-word Russian title in the genitive right
                # after another is the first word of its complement, read on below; it names no one of its own (a
                # title of more words, "заместителем министра иностранных дел X", names its holder itself)
            if ar:
                if t.pre and t.bare in lex.state and k + 1 < n and toks[k + 1].k == "w":
                    after_prep = True  # لمحافظة الأقصر, بمدينة ...
                    k += 2
                    continue
                if t.n in lex.state and k + 1 < n and toks[k + 1].k == "w" and not self._fa_verb(k + 1):
                    # (a state word that opens with what reads as a glued "and" is still the word: "وزارت", "وزارة")
                    if toks[k + 1].ment is not None:  # "القائم بأعمال سفارة قيرغيزستان"
                        if country is None and not after_prep:
                            country = _country_of(toks[k + 1].ment)
                        k = self._skip_mention(k + 1)
                    else:
                        k += 2
                        if toks[k - 1].n in lex.affairs and k < n and toks[k].k == "w":
                            k += 1  # (as above)
                    continue
                if k not in self.hit_at and h.rd.role is not None and (
                        k + 1 in self.hit_at or k + 2 in self.hit_at):  # (most words: neither)
                    # (an honorific with no office, "دکتر X Y استاد ...", takes no complement: its name follows it)
                    title_ahead = self._title_ahead(k)
                    if title_ahead is not None:
                        k = title_ahead  # "محافظ البحر الأحمر اللواء X": a two-word place, then the rank
                        break
                if t.n in lex.preps and k + 1 < n:
                    if toks[k + 1].ment is not None:
                        after_prep = True
                        k = self._skip_mention(k + 1)
                        continue
                    if toks[k + 1].n in lex.state and k + 2 < n and toks[k + 2].k == "w":
                        after_prep = True
                        if toks[k + 2].ment is not None:
                            k = self._skip_mention(k + 2)
                        elif toks[k + 1].n.startswith("ال") and not self._al(k + 2):
                            k += 2  # "لدى المملكة X": a state noun with the article heads no construct; it is
                            # the host state itself, and X opens what follows (the envoy's name)
                        else:
                            k += 3
                        continue
                    break
                if t.pre and t.bare.startswith("ال") and k not in self.hit_at:
                    after_prep = True  # بالقاهرة, للمحافظة
                    k += 1
                    continue
                if t.pre[-1:] in ("ل", "ب") and (t.bare in lex.stop or t.bare in lex.state) and k not in self.hit_at \
                        and k + 1 < n and self._al(k + 1):
                    # "الأمين العام لاتحاد الغرف العربية X": a preposition's noun, its complement and
                    # adjectives (words with the article, which a given name does not take), then the name
                    j = k + 1
                    while j < n and toks[j].k == "w" and self._al(j) and j not in self.hit_at:
                        j += 1
                    if j < n and toks[j].k == "w" and toks[j].script == "ar" and not self._al(j):
                        after_prep = True
                        k = j
                        continue
                if t.n in lex.stop and t.n.startswith("ال") and k not in self.hit_at and t.n not in _AR_RELATIVES:
                    k += 1  # الجديد, الشقيقة, فوق العادة ... (a relative pronoun opens a clause: no name after it)
                    continue
                if self.dateline and (t.n in self.dateline or (
                        k + 1 < n and toks[k + 1].n in self.dateline and not self._al(k) and k not in self.hit_at)):
                    k += 1 if t.n in self.dateline else 2  # "رئيس غرفة صناعة إربد X" under the dateline "إربد – بترا":
                    continue  # the place the story was filed from (which the gazetteer may not know) ends a construct
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
            if t.n in lex.state or (t.n.startswith(lex.geo_after) and (not t.cap or t.script == "la")):
                # (a Cyrillic place noun is written in lower case: "Елена", "Аралбаев" only open like "ел", "арал")
                # "аким Туркестанской области X Y": a place noun with its name's (capitalised) adjective before
                # it is named already, so the capitalised words after it are the holder's (a given name and a
                # surname); a country's adjective in lower case names no province ("афганской провинции Балх")
                named = k > h.b and toks[k - 1].k == "w" and toks[k - 1].cap
                k += 1
                if not t.cap and not named and k + 1 < n and self.cap_name_tok(k) and self.cap_name_tok(k + 1) \
                        and t.n.startswith(lex.geo_after):
                    k += 1  # "губернатор провинции Анталья X Y": the place's own name, then the person's (a body,
                    # "директор министерства X Y", has no name of its own there: the capitalised words are the man's)
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

    def _title_ahead(self, k: int) -> int | None:
        """A title (rank) opening one or two words after word ``k``, with only words between."""
        toks, hit_at = self.toks, self.hit_at
        for j in (k + 1, k + 2):
            h = hit_at.get(j)
            if h is not None and h.a == j and h.rd.title and not h.conj:
                # (a rank glued to و, "والدكتورة X", opens the next item of a list: the words before it are a name)
                x = k
                while x < j and toks[x].k == "w":
                    x += 1
                if x == j:
                    return j
        return None

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
            locative = t.n.endswith(KK_LOCATIVE_ADJ)
            genitive = t.n.endswith(KK_GENITIVE)
            if t.ment is not None:
                c = _country_of(t.ment)
                if c:
                    nxt = toks[k + 1] if k + 1 < len(toks) else None
                    if (
                        nxt is not None and nxt.ment is None and not locative and not genitive
                        and nxt.n.startswith(("республика", "корольдіг", "мемлекет", "эмират"))
                    ):  # "Қазақстан Республикасының": the state word carries the case
                        locative = locative or nxt.n.endswith(KK_LOCATIVE_ADJ)
                        genitive = genitive or nxt.n.endswith(KK_GENITIVE)
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

    # -- the passes ------------------------------------------------------------------------------------
    def run(self) -> list[Entity]:
        cands: list[_Cand] = []
        self.figure_starts: set[int] = set()  # where a known historical figure's name opens (see _lead_not_name)
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
            if ar and self._patron(h.a):
                continue
            if rd.dir != "back":
                k, country = self.complement_fwd(h)
                if country is None and not ar:
                    country = self.country_before(h)
                k0 = k
                # titles and honorifics between the office and the name; an appositive comma
                while k < n:
                    if k in self.hit_at and self.hit_at[k].rd.title and self.hit_at[k].a == k \
                            and not self._ar_rank_noun(k, self.hit_at[k].b):
                        k = self.hit_at[k].b
                        continue
                    if toks[k].n == "," and k + 1 < n and (k > h.b or k0 > h.b or rd.complement):
                        k += 1
                        continue
                    break
                span = self.name_fwd(k)
                chinese = self._ar_chinese(k) if ar and k < n and toks[k].script == "ar" else None
                span = chinese or span  # "الباحث الصيني وانغ لي مينغ": short syllables, no stop words
                if rd.plural and k > h.b and ar and (span is None or span[2]):
                    # "وزیران X Y، Z W و ...": a plural title's list may follow it at once, with no portfolio
                    # between (what the complement left is no full name); its first item is a full name that a
                    # list goes on after
                    first = self.name_fwd(h.b)
                    if first is not None and not first[2] and first[0] == h.b and self._list_follows(first[1]):
                        k, span = h.b, first
                if span is not None and k > h.b and toks[k].script == "ar" and self.glued_and(k) and chinese is None:
                    span = None  # "title complement وX": X is the next person in a list ("وانغ" is a syllable)
                if span is not None and toks[k].script == "ar" and toks[k].pre[-1:] in ("ل", "ب") and (
                    toks[k].bare in self.lex.stop or toks[k].bare in self.lex.state
                ):
                    span = None  # "الأمين العام لاتحاد ...": a preposition opens a complement, not a name
                if span is not None and span[1] - span[0] >= 2 and span[1] in self.hit_at \
                        and toks[span[1] - 1].n in country_heads():
                    span = (span[0], span[1] - 1, span[2])  # "вице-министр X Y Корея министрінің
                    # орынбасары": a country's name before a title is that office's country, not the name's end
                if span is not None and ar and self.lang == "ar" and not h.definite and not toks[h.a].pre \
                        and span[0] == h.b and span[1] - span[0] == 2 and span[1] < n and self._al(span[1] - 1) \
                        and not self._al(span[0]) and not self._ar_given_at(span[0]):
                    after = self.name_fwd(span[1])
                    if after is not None and not after[2] and after[0] == span[1]:
                        span = after  # "محللة أسواق المعادن X Y": an indefinite title stands in construct with the
                        # definite noun after it (its complement); the full name follows that
                if span is not None and ar and self.lang == "ar" and self._ar_prep_construct(span[0]):
                    span = None  # "المدير العام لقطاع المنافذ": a preposition glued to an indefinite noun in a
                    # construct with a definite one opens the title's complement ("for the ports sector")
                span = self._kyrgyz_end(span)
                if span is not None and toks[k - 1].n == "," and not (
                    span[1] >= n or toks[span[1]].k in ("p", "nl", "gap") or span[1] in self.hit_at
                ):
                    span = None  # "title, X" is an apposition: the name must be closed off too
                if span is None and not ar and rd.role is not None and rd.dir != "back":
                    span = self._lookahead(k)  # "Minister for Railways X", "представитель Всемирного банка X"
                if span is None and ar and rd.role is not None and rd.dir != "back":
                    span = self._apposition_ahead(k)  # "رئیس سازمان توسعه تجارت، X Y، دیدار کرد"
                if (span is None or (span[2] and span[0] == k)) and ar and self.lang == "ar" and rd.role is not None \
                        and rd.dir != "back" and k < n and toks[k].k == "w" and (self._al(k) or self._prep_al(k)) \
                        and toks[k].n not in self.lex.preps:
                    # "المتحدث باسم الدفاع المدني X Y إن", "المديرة الفنية للمهرجان X Y": the title's definite
                    # complement and adjectives (a given name takes no article), then a full name closed off
                    span = self._after_definite_chain(k) or span
                if (span is None or span[2]) and ar and self.lang == "ar" and rd.role is not None and rd.dir != "back":
                    # "وقال مدير الإغاثة في ... X Y إن" (a lone word the complement left, "الإنسانية", is no name
                    # when a full name stands before the إن)
                    span = self._subject_before_inna(h, k) or span
                if span is not None and k > h.b and toks[span[0]].script == "la" and toks[span[0] - 1].k == "w" \
                        and self._acronym_after(span[1]):
                    span = None  # "director general of Türkiye's State Hydraulic Works (DSI)": English writes a
                    # body's acronym in brackets after its full name; the words after the complement are a body's
                if span is not None and span[0] > 0 and toks[span[0] - 1].n in _LATIN_PLACE_WORDS \
                        and toks[span[0]].script == "la":
                    span = None  # "coach of the White Wolves", "consul general in Los Angeles": a capitalised run
                    # after "the" names a body, after "in"/"at"/"from" a place; neither is the title's holder
                if span is not None and span[0] > 1 and toks[span[0]].script == "la" \
                        and toks[span[0] - 2].n in _LATIN_PLACE_WORDS and self._acronym(span[0] - 1):
                    span = None  # "head of the OECD Anti-Corruption Division": a body's acronym and its unit
                if span is not None and not span[2] and self.lang == "fa" and (
                        (rd.strength <= 2 and not rd.complement) or self._apposed(h.a)) \
                        and not self._fa_name_shaped(span[0], span[1]) \
                        and not (span[1] - span[0] == 2 and (
                            self._fa_pure_honorific(h) or self._fa_by_phrase(h, span))):
                    span = None  # "شاعر پارسی‌گوی سده نهم": Persian puts adjectives after a noun (ezafe), so after
                    # a weak title only a recognisable name is its holder; so too after a title set off by a comma
                    # after a name ("X، معاون بهداشت دانشگاه علوم پزشکی زاهدان،"): it describes X, and its ezafe
                    # chain runs to the closing comma
                if span is not None and ar and span[0] > h.b and toks[span[0] - 1].script == "ar" and (
                        toks[span[0] - 1].n in self.lex.figure_place_before
                        or toks[span[0] - 1].bare in self.lex.figure_place_before) \
                        and not self._ar_given_at(span[0]):
                    span = None  # "فرماندار ایالت X", "محافظ ولاية X": the words after a place's head noun are the
                    # place's name (construct, ezafe), not the title's holder
                if span is not None and self.lang == "fa" and rd.strength <= 2 and h.a >= 2 \
                        and toks[h.a - 1].script == "ar" and not self._ar_given_at(span[0]):
                    back = self.name_back(h.a - 1)
                    if back is not None and not back[2] and back[1] == h.a and self._ar_given_at(back[0]):
                        span = None  # "X Y نویسنده اصلی مقاله گفت": a weak title right after a full name describes
                        # it; its adjectives and complement (ezafe) run to the verb
                if span is not None and ar and self._ar_town_title(h.a):
                    span = None  # "مستودعاته في العريش والشيخ زويد": a town's name after "in", or in a list of them
                if span is not None and ar and self._ar_rank_noun(h.a, span[0]):
                    span = None  # "إن الفريق قارن جينومات": after إن/أن the word is the clause's subject, a noun
                    # ("the team", "the brigade"); a rank there is taken only before a known given name
                if span is not None and ar and self.lang == "ar" and span[1] < n and span[1] not in self.hit_at \
                        and span[1] - span[0] >= 2 and not self._al(span[0]) and self._al(span[1] - 1) \
                        and self._and_al(span[1]) and not self._ar_given_at(span[0]):
                    span = None  # "بقيادة أسهم المصارف والبتروكيماويات": a definite noun joined by و to another is a
                    # common noun in a coordination; a family name is not so joined, and no known given name opens it
                if span is not None and rd.role is None and span[1] - span[0] == 1 and self._counted(span[0]):
                    span = None  # "با ۱۴ گل آقای گل لیگ شد" (top scorer): a word the copy counts after a numeral is
                    # a common noun, not the name an honorific stands before
                if span is not None and ar and rd.role == "leader" and self._al(span[0]):
                    span = None  # "بقيادة الحكم X": a given name takes no article; the word is a noun (a title)
                if span is not None and rd.nationality and (span[2] or k > h.b
                                                            or toks[span[0]].script != toks[h.a].script):
                    span = None  # a nationality marks a person only right before a full name ("Kenyan X Y"), in
                    # its own script: Cyrillic copy writes a person's name in Cyrillic, so the Latin words after
                    # "қазақстандық" are a firm's or a brand's name as it is registered
                if span is not None and rd.plural and not self._list_item_follows(span[1]):
                    span = None  # "وأكد الوزيران أهمية ...": a plural title names its people in a list; "وقّع
                    # الوزيران محضر الدورة، واتفقا": a comma and a verb after its object are no list's next name
                if span is not None and self.lang == "ar" and self._ar_described(span):
                    span = None  # "برئاسة مخرج مكسيكي": an indefinite person noun and a nationality adjective
                    # describe someone unnamed
                if span is not None and self.lang == "ar" and self._ar_construct_goes_on(k, span, h.b):
                    span = None  # "مدير إدارة مكافحة الاحتيال", "بخطة طويلة الأمد": a construct or a preposition's
                    # phrase that the complement runs on into, no name
                if span is not None and self.lang == "fa" and self._fa_compound_verb(span):
                    span = None  # "واکنشی نشان نداده است": the noun of a compound verb and its light verb
                if span is not None and self.lang in ("ar", "fa") and not toks[h.a].pre and self._apposed(h.a) \
                        and not self._ar_given_at(span[0]):
                    span = None  # "X Y، محلل أسواق السلع، إن", "X Y، کارشناس مسائل خلیج فارس، می‌گوید": a title set
                    # off by a comma after a full name describes that name; the nouns after it are its complement,
                    # running to the closing comma
                if span is not None and ar and not span[2] and span[1] - span[0] >= 3 and self._al(span[0]) \
                        and not self._al(span[0] + 1) and (self._ar_given_at(span[0] + 1) or (
                            span[0] == h.b and toks[h.a].script == "ar" and not self._al(h.a))):
                    span = (span[0] + 1, span[1], False)  # "خبير الأرصاد سامي الشاكر": a given name takes no
                    # article, so a definite noun right after an indefinite title (a construct) is its complement
                if span is not None:
                    self._add(cands, span, rd, country, before=1)
                    got = not span[2]  # a lone token may yet be dropped: let apposition speak too
            if rd.dir == "back" and ar and rd.role is not None:
                # "رئیس مرکز مطالعات سیاسی، X Y، گفت": a name set off by commas after the complement follows even
                # a title whose name usually stands before it
                kc, bc = self.complement_fwd(h)
                span = self._apposition_ahead(kc)
                if span is None and self.lang == "ar" and not h.definite:
                    span = self._after_definite_chain(kc)  # "رئيس مجلس الإدارة سعيد راشد المري،"
                if span is not None:
                    self._add(cands, span, rd, bc, before=1)
                    got = True
            if rd.dir != "fwd" and not h.conj and not got and not (
                    ar and toks[h.a].pre[-1:] in ("ل", "ب") and self.lang != "fa"):
                # (a title glued to a preposition, "تسهيل الإجراءات لرجال الأعمال", "بالروائي", is the complement of
                # what stands before it, not an apposition to a name; Persian glues no ب or ل to a noun: its
                # "بافنده" is one word)
                k = h.a - 1
                bcountry = None
                if not ar:
                    bcountry = self.country_before(h)
                    steps = 0
                    while k >= 0 and steps < 4 and toks[k].k == "w" and (
                        toks[k].ment is not None or toks[k].n == "the" or toks[k].n in self.lex.state
                        or toks[k].n in self.lex.premods or self._indefinite_apposition(k)
                        or (not toks[k].cap and toks[k].n.startswith(self.lex.geo_after))
                        or (toks[k].cap and self.geo_follows(k))
                        or (toks[k].cap and k + 1 == h.a and k >= 2 and toks[k - 1].n == "the"
                            and toks[k - 2].n == ",")  # "X Y, the Slovak priest": a nationality or a place
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
                elif k >= 1 and toks[k].n in self.lex.post_nouns:
                    k -= 1  # "X منصب الأمين العام": the post's noun stands between the name and the title
                span = self.name_back(k) if k >= 0 else None
                if span is not None and rd.plural and span[1] == h.a:
                    span = None  # "ارتفع مؤشر مديري المشتريات": a plural title right after a word is in a construct
                    # with it (the index of the managers); the people it names follow it in a list, no one person
                    # stands before it
                if span is not None and toks[span[0]].script == "ar" and toks[span[0]].pre[-1:] in ("ل", "ب") \
                        and self._ar_given(span[0]) == span[0] and not self._given_fa(toks[span[0]].n) \
                        and span[0] > 0 and self._al(span[0] - 1) and span[0] + 1 < span[1] \
                        and self._al(span[0] + 1) and not any(g.b == span[0] for g in self.hits):
                    span = None  # "المنتخب الوطني لكرة القدم نظيره": after a definite noun (no title), a
                    # preposition glued to an indefinite word in a construct with a definite one opens that noun's
                    # complement ("the national team for football"), no name
                if span is not None and self.lang == "ar" and span[1] == h.a and self._ar_prep_object(span):
                    span = None  # "قضت المحكمة بسجن مدير شركة": a word with a glued preposition right before the
                    # title is a verbal noun the title is the object of ("by imprisoning a director")
                if span is not None and self.lang == "fa" and (span[1] == h.a or (
                        span[1] + 1 == h.a and toks[span[1]].n in (",", "،"))) and self._fa_own_after(h) \
                        and not self._fa_name_shaped_back(span):
                    span = None  # "با ضربه سر مدافع میانی خود": a title "خود" (own) follows is a common noun the
                    # subject possesses ("its own central defender"); the nouns before it run in an ezafe chain into
                    # it ("the header of"), and only a recognisable name is its holder; nor does a comma make
                    # an apposition of a possessed title ("در صحنه گل، بازیکن ما": in the goal's scene, our player)
                if span is not None and self.lang == "fa" and (
                        toks[span[0]].n in _FA_MESSAGE_NOUNS or self._desk_line(span)):
                    span = None  # "پیام تبریک رئیس‌جمهور", "گروه سلامت – رئیس ...": a message whose sender is the
                    # title's holder (ezafe), or a desk's name opening the copy before a dash
                if span is not None and self.lang == "fa" and span[1] == h.a and toks[span[1] - 1].n.endswith("ترین"):
                    span = None  # "با دو گل بهترین بازیکن میدان بود": a Persian superlative (-ترین) stands before the
                    # noun it describes, so the words before a title it closes are no name
                if span is not None and self._ar_prep_noun(span[0]):
                    span = None  # "في ظل قاعدة اللاعب الآسيوي": a compound preposition's noun and its complement
                if span is not None and span[0] > 0 and toks[span[0] - 1].n == "گزارش":
                    span = None  # "به گزارش پایگاه خبری X، فرمانده ...": the source of the report, not the holder
                if span is not None and self.lang == "fa" and any(self._fa_verb(j) for j in range(*span[:2])):
                    span = None  # "گفتند کمبود معلم ...": a verb ends a clause; no name runs through it
                if span is not None and self.lang == "fa" and span[1] - span[0] > 2 and self._given_fa(
                        toks[span[1] - 2].n):
                    # "برای جانشینی نام X Y، سرمربی ...": a Persian name is a given name and one family name;
                    # the words before a known given name are the clause's
                    g = span[1] - 2
                    if g > span[0] and (self._given_fa(toks[g - 1].n) or self._given_fa(toks[g - 1].n + toks[g].n)):
                        g -= 1  # a compound given name written in two words
                    if g > span[0] and toks[g - 1].n in ("سید", "سیده"):
                        g -= 1
                    span = (g, span[1], False)
                if span is not None:
                    _, fcountry = (h.b, None) if rd.dir == "back" else self.complement_fwd(h)
                    self._add(cands, span, rd, fcountry or bcountry or country, before=0)
                    got = True
            if not got and rd.strength >= 3 and rd.role:
                if country is None and rd.dir != "back":
                    country = self.complement_fwd(h)[1]
                if h.a == 0 or toks[h.a - 1].k == "nl" or toks[h.a - 1].n in CLAUSE_PUNCT:
                    unnamed.append((h.a, self._role_string(rd, country), rd.strength, bool(country and rd.country)))
        cands.extend(self._shaped())
        if self.said_qs:
            cands.extend(self._said_after_quote())
        if self.byline_qs:
            cands.extend(self._bylines())
        if self.sign_qs:
            cands.extend(self._signatures())
        if self.who_qs:
            cands.extend(self._speaker_described())
        if self.appos_qs:
            cands.extend(self._apposed_speakers())
        if self.korean_la_qs:
            cands.extend(self._korean_la())
        cands.extend(self._ar_shaped())
        if self.intro_lists:
            cands.extend(self._introduced_lists())
        cands.extend(self._lists(cands))
        if self.subject_cues:
            cands.extend(self._persian_subjects())
        if self.given_qs:
            cands.extend(self._given_and_family())
        late: list[_Cand] = []  # names told by a known given name, found after the lists above were read
        if self.given_ar_qs:
            late.extend(self._ar_given_and_nisba())
        if self.he_qs:
            late.extend(self._ar_he_names())
        if self.foreign_qs:
            late.extend(self._foreign_given())
        if late:
            cands.extend(late)
            cands.extend(self._lists(late))  # "الفنانين X Y وZ W وU V": the names after one of them in a list
        if self.korean_qs:
            cands.extend(self._korean_cy())
        if self.cap_given_qs:
            cands.extend(self._cap_given())
        if any(p in self.text for p in _FAMILY_PARTICLES_SPACED):
            cands.extend(self._particle_names())
        if self.marked_qs:
            cands.extend(self._marked_names())
        if self.said_by_qs:
            cands.extend(self._noun_name_said())
        if self.named_as_qs:
            cands.extend(self._named_as())
        if self.work_qs:
            cands.extend(self._works_of())
        if self.post_title_qs:
            cands.extend(self._post_titled())
        if self.figure_qs:
            figures = self._figures()
            ends = {f.s: f for f in figures}
            self.figure_starts.update(ends)
            for c in cands:
                f = ends.get(c.s)
                if f is not None and c.e > f.e and c.source == "pattern":
                    c.e, c.ce = f.e, f.ce  # "الشيخ أحمد يسوي الطريقة": a known figure's name ends at its last word
            cands.extend(figures)
        if self.age_ps:
            cands.extend(self._aged())
        return self._resolve(cands, unnamed)

    def _shaped(self) -> list[_Cand]:
        """Latin and Cyrillic names with no title beside them, told by their shape: two or more capitalised
        words ending in a surname's ending ("Бахром Мирзаахмедов", "Асхатом Нурпеисовым", "Rashad Guliyev"), an
        initial and a surname ("Р. Гасанли"), or a lone surname next to a verb of saying ("Guliyev said", "—
        заявил Сапаров"). The role is that of a title standing before the name in the same clause, if any."""
        toks, n = self.toks, len(self.toks)
        if not self.shape_qs:
            return []
        word_at = self.word_at
        out: list[_Cand] = []
        done = -1
        for q in self.shape_qs:
            i = word_at.get(q)
            if i is None:
                continue
            while self.initial_at(i):
                i += 2  # "Р. Б. Жаксылыкова": the surname after the initials
            if i < n and toks[i].n in _LATIN_NASAB:  # "Hessa bint Salem Al-Mannai": the run's last word
                while i + 1 < n and (self.cap_name_tok(i + 1) or toks[i + 1].n in self.lex.particles):
                    i += 1
            if i <= done or i >= n or not self.cap_name_tok(i) or toks[i].leader is not None:
                continue
            if i + 1 < n and (self.initial_at(i + 1) or (self.cap_name_tok(i + 1) and not self.geo_follows(i + 1) and (
                    self._shape_strong(i + 1) or toks[i + 1].n in self.lex.particles))):
                continue  # not the last word of its name ("Нурлыбек Оспанович Жаркенов")
            span = self._cap_name_back(i)
            if span is None:
                continue
            s, e, single = span
            while s < i and toks[i].script == "cy" and (toks[s].script == "la" or toks[s].k != "w"):
                s += 1  # "Dala Style Аскар Муканов": a firm's Latin name before a Cyrillic name is not part of it;
                # nor is a Latin letter's full stop ("гепатита C. Половина": no initial of a Cyrillic name)
                single = e - s == 1
            if e - s >= 3 and self.kazakh and self._clause_start(s) and toks[s].n.endswith(KK_CASE_ENDINGS):
                s += 1  # "Жиынды Асқар Нұрланұлы ашты": a noun in a case opens the sentence, not the name
            if e - s == 2 and self.kazakh and self._clause_start(s) and toks[s].n not in self.lex.given_cap \
                    and _kk_voiceless_case(toks[s].n):
                s += 1  # "Сотта Исабеков кінәсін мойындамады": a noun in a case ending opens the sentence ("in
                # court"), not the name; a given name before a surname carries no case ending
                single = True
            if e - s >= 2 and self.kazakh and self._clause_start(s) and _kk_plural(toks[s].n):
                s += 1  # "Тараптар Киров ... келісті": a plural noun opens the sentence ("the sides"), not the name
                single = e - s == 1
            if e - s >= 3 and self._clause_start(s) and self._person_noun_opening(s, e):
                s += 1  # "Биолог X Y рассказала", "Менеджер Ким Мин": a person noun opens the sentence, not the name
            if single and not (self._shape_strong(i) and self._speech_near(s, e)):
                continue
            if self.kazakh and toks[i].script == "cy" and toks[i].n.endswith(_KK_LOCATIVE) \
                    and not self._shape_strong(i):
                continue  # "Іле Алатауында": a place in the locative (-да/-нда); a surname the locative fits is
                # a strong one ("Сейітовта"), a weak ending (-ын, -ин, -лы) before it is a noun's
            if self.kazakh and toks[i].script == "cy" and toks[i].n.endswith(_KK_POSSESSED_OBLIQUE) \
                    and not toks[i].n.endswith(_KK_PATRONYMIC_OBLIQUE):
                continue  # "Жоңғар Алатауына": the dative and ablative take н only after the possessive ending
                # (-ы/-і) of a compound noun, a place's name; a name in them is a patronymic's ("Асанұлына")
            if e - s >= 3 and self._settlement_before(s) and self._shape_strong(e - 1) \
                    and not self._shape_strong(e - 2):
                s = e - 2  # "the town of Gabala Rashad Guliyev said": the settlement's noun names the word after it;
                # the given name and the surname that close the run are a person's
                single = False
            h = self._title_before(s)
            if h is None and s > 0 and toks[s - 1].n in _LOCATIVE_PREPS and not self._speech_near(s, e):
                continue  # "the crossings at Zhibek Zholy", "на Жибек Жолы": a place follows a preposition of
                # place; a person stands there only when a title or a verb of saying says so
            if h is None and self._settlement_before(s):
                continue  # "the village of Dash Salahli", "жители села Дашсалахлы": a settlement's noun names
                # the place after it
            if h is None and self._country_name_before(s):
                continue  # "Kazakhstan Temir Zholy", "Uzbekistan Airways": a country's name (not its adjective)
                # right before capitalised words opens the name of its national company or body
            done = e - 1
            c = _Cand(s, e, toks[s].s, toks[e - 1].e, single=single, source="shape")
            if h is not None:
                country = self.complement_fwd(h)[1] if h.rd.dir != "back" else None
                if country is None:
                    country = self.country_before(h)
                role = self._role_string(h.rd, country)
                c.roles.append((h.rd.strength, 1 if (role and " of " in role) else 0, 1, role))
            out.append(c)
        return out

    def _person_noun_opening(self, s: int, e: int) -> bool:
        """The capitalised run ``s..e`` opens with a person noun (by its suffix: "Биолог", "Менеджер", "Biologist")
        that only its place at the sentence's start capitalises: no given name the lexicon knows, and no Russian
        name said surname first ("Мельник Иван Петрович": a patronymic ends it)."""
        t = self.toks[s]
        if not t.cap or t.n in self.lex.given_cap or "-" in t.n:
            return False
        if t.script == "cy":
            last = self.toks[e - 1].n
            return not self.kazakh and len(t.n) >= 5 and t.n.endswith(_RU_PERSON_SUFFIXES) \
                and not last.endswith(("вич", "вна", "ична", "инична"))
        return t.script == "la" and _en_person_noun(t.n) and t.n not in _EN_FORMS_OF_ADDRESS

    def _surname_shaped(self, w: str) -> bool:
        """``w`` (folded) ends in a surname's ending, weak ones included ("karenina", "петров")."""
        return self.lex.shape_end_re is not None and self.lex.shape_end_re.search(w) is not None

    def _settlement_before(self, s: int) -> bool:
        """A settlement's or a district's noun stands right before token ``s``: "village of X" (English), "села X",
        "в посёлке X" (Russian: the noun in any case)."""
        toks = self.toks
        if s >= 2 and toks[s - 1].n == "of" and toks[s - 2].n in _SETTLEMENT_OF:
            return True
        return s >= 1 and toks[s - 1].script == "cy" and toks[s - 1].n in _SETTLEMENT_CY

    def _country_name_before(self, s: int) -> bool:
        """A country's name as itself (not its adjective: "Kazakhstan", not "Kazakh"; no possessive) stands right
        before token ``s`` in Latin copy, a space between."""
        toks = self.toks
        if s < 1 or toks[s].script != "la" or toks[s - 1].e + 1 != toks[s].s:
            return False
        m = toks[s - 1].ment
        return m is not None and m.kind == "country" and self.text[toks[s - 1].s:toks[s - 1].e] == m.canonical

    @staticmethod
    def _agency_bylines(norm: str) -> list[int]:
        """Where the reporter's name starts in an Arabic dateline "عمّان 8 كانون الأول (بترا)- X Y": the agency in
        brackets, a dash, then the name that closes the line (checked in _bylines; a dateline whose text goes on
        after the dash names no one). Only the opening lines are looked at."""
        out: list[int] = []
        p = norm.find(")", 0, 300)
        while p != -1:
            q = p + 1
            while q < len(norm) and norm[q] in " \t":
                q += 1
            if q < len(norm) and norm[q] in "-\u2013\u2014":
                q += 1
                while q < len(norm) and norm[q] in " \t":
                    q += 1
                out.append(q)
            p = norm.find(")", p + 1, 300)
        return out

    @staticmethod
    def _credits(norm: str) -> list[int]:
        """Where the name of a credit inside a line starts: "(تصوير: X Y)", "/ تحرير: X Y". The noun alone is
        an ordinary word ("تحرير الأسعار"); with a colon after it and a bracket or slash before it, it names who
        took the photograph or edited the copy."""
        out: list[int] = []
        for cue in _CREDITS:
            p = norm.find(cue)
            while p != -1:
                b = p
                while b > 0 and norm[b - 1] in " \t":
                    b -= 1
                if b == 0 or norm[b - 1] in _CREDIT_OPENERS:
                    q = p + len(cue)
                    while q < len(norm) and norm[q] in " \t":
                        q += 1
                    out.append(q)
                p = norm.find(cue, p + 1)
        return out

    def _bylines(self) -> list[_Cand]:
        """The author named in a byline: "By" or "بقلم" opening a line, then a full name (two to four words, an
        honorific such as "د." before it allowed) that the line closes or a comma, bar or dash ends ("By Anna
        Reed, travel writer"). "by X Y" inside a sentence is a passive's agent, often a body: not taken."""
        toks, n, out = self.toks, len(self.toks), []
        for q in self.byline_qs:
            i = self.word_at.get(q)
            while i is not None and i < n and i in self.hit_at and self.hit_at[i].rd.title:
                i = self.hit_at[i].b  # "بقلم: د. X Y"
            if i is None or i >= n:
                continue
            span = self.name_fwd(i)
            if span is None or span[2] or span[0] != i or span[1] - span[0] > 4:
                continue
            s, e, _ = span
            if e < n and toks[e].k not in ("nl", "gap") and toks[e].n not in _BYLINE_CLOSE:
                continue  # "By Anna Reed Street ...": the run must end where the byline does
            out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="shape"))
        return out

    def _signatures(self) -> list[_Cand]:
        """A reader's letter signed "X Y - الإسكندرية" or "X Y, Алматы", a report's byline "غزة - X Y": a line of
        its own holding only a full name and a place the gazetteer knows, a dash or a comma between them. The
        place settles it: a line of two names or two phrases is a heading, not a signature."""
        toks, n, out = self.toks, len(self.toks), []

        def line_end(k: int) -> bool:
            return k >= n or toks[k].k in ("nl", "gap")

        def place_to(k: int, stop: Callable[[int], bool]) -> bool:
            """Tokens from ``k`` up to ``stop`` are words of gazetteer places (at least one)."""
            seen = False
            while k < n and not stop(k):
                if toks[k].k != "w" or toks[k].ment is None:
                    return False
                seen, k = True, k + 1
            return seen

        for q in self.sign_qs:
            i = self.word_at.get(q)
            if i is None:
                continue
            span = self.name_fwd(i)
            if span is not None and not span[2] and span[0] == i and span[1] < n \
                    and toks[span[1]].n in _SIGN_SEPARATORS and place_to(span[1] + 1, line_end):
                s, e = span[0], span[1]  # "X Y - الإسكندرية", "X Y, Алматы"
            else:
                k = i
                while k < n and toks[k].n not in _SIGN_SEPARATORS and not line_end(k):
                    k += 1
                if k >= n or toks[k].n not in _SIGN_SEPARATORS:
                    continue
                lead = self._dateline_byline(q, i, k)
                if not lead and not place_to(i, lambda j, k=k: j >= k):
                    continue
                if lead and k + 3 < n and toks[k + 1].k == "w" and toks[k + 2].n in _SIGN_SEPARATORS \
                        and toks[k + 2].n != ",":
                    k += 2  # "مشهد - ایرنا - X Y": the agency between the place and the reporter
                span = self.name_fwd(k + 1)  # "غزة - X Y"
                if lead and k + 1 < n and toks[k + 1].script == "ar" and self._byline_given(toks[k + 1].n):
                    e = k + 1  # the rest of the dateline's line is the name ("هالة أبو عيشة": no noun and adjective)
                    while e < n and not line_end(e) and e - k <= 4 and toks[e].k == "w" and toks[e].script == "ar" \
                            and (e == k + 1 or self.ar_name_tok(e) or toks[e].n in AR_JOIN_NEXT):
                        e += 1
                    if line_end(e):
                        span = (k + 1, e, False)
                if span is None or span[2] or span[0] != k + 1 or not line_end(span[1]):
                    continue
                s, e = span[0], span[1]
                if lead and toks[s].script == "ar" and 2 <= e - s <= 3 and self._byline_given(toks[s].n):
                    out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="shape"))
                    continue  # the dateline's own line: a given name after its dash opens the reporter's name
            if toks[s].script == "ar" and toks[s].n not in self.lex.given_ar and not self._given_fa(toks[s].n):
                continue  # Arabic script has no capitals: an outlet's name ("X نيوز - بغداد") reads like a name,
                # so a known given name must open it
            out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="shape"))
        return out

    def _dateline_byline(self, q: int, i: int, k: int) -> bool:
        """Arabic-script copy: is the line at folded offset ``q`` (tokens ``i``..``k``, ``k`` its dash) the
        dateline under the headline, "القاهرة - X Y", "عمان 6 كانون الأول (بترا) - X Y"? It is one of the
        text's first three lines and opens with a word, then holds only words, numbers and an agency in
        brackets before the dash. Copy puts the place the story was filed from there and the reporter's name
        after the dash, whether or not the gazetteer knows the place (a town, a foreign capital)."""
        toks = self.toks
        if q > 400 or toks[i].script != "ar" or k - i > 8 or self.folded.norm.count("\n", 0, q) > 4:
            return False
        if sum(1 for line in self.folded.norm[:q].split("\n") if line.strip()) > 2:
            return False
        return all(toks[j].k == "w" or toks[j].n.isdigit() or toks[j].n in "()/" for j in range(i, k))

    def _byline_given(self, w: str) -> bool:
        """A given name of any list, the ones that are common words too included: a byline's position says a
        name stands there, and the given name tells it from an outlet's ("شفق نيوز", "آسیا پلاس")."""
        lex = self.lex
        return (w in lex.given_ar or w in lex.given_ar_words or w in lex.given_foreign.get(self.lang or "", ())
                or self._given_fa(w))

    def _said_after_quote(self) -> list[_Cand]:
        """'"...," said Priya Raman, an analyst': the speaker of a quote, named after the verb. Two or three
        capitalised words closed off by a comma or the sentence's end; a title there is found by its own pattern."""
        toks, n, out = self.toks, len(self.toks), []
        for q in self.said_qs:
            i = self.word_at.get(q)
            if i is None or not self.cap_name_tok(i):
                continue
            span = self.name_fwd(i)
            if span is None or span[2] or span[1] - span[0] > 3:
                continue
            s, e, _ = span
            if e < n and toks[e].n not in (",", ".", ";", ")") and toks[e].k not in ("nl", "gap"):
                continue  # '"...," said Tom Whitaker Street': the run must end where the clause does
            out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="shape"))
        return out

    def _korean_la(self) -> list[_Cand]:
        """English: a Korean name, title or no title: a capitalised family name of one syllable before a given name
        of two romanised syllables joined by a hyphen ("police official Choi Min-ho said"); the hyphenated given
        name says what the family name is even where it is an English word too (Park, Song, Moon)."""
        toks, n, out = self.toks, len(self.toks), []
        for q in self.korean_la_qs:
            g = self.word_at.get(q)
            if g is None or g < 1 or not self.korean_given_at(g):
                continue
            f = g - 1
            t = toks[f]
            if self._korean_family(f) and not (g + 1 < n and self.cap_name_tok(g + 1)):
                out.append(_Cand(f, g + 1, t.s, toks[g].e, source="shape"))
            elif g + 1 < n and self._korean_family(g + 1) and toks[g + 1].s == toks[g].e + 1 \
                    and not (g + 2 < n and self.cap_name_tok(g + 2)):
                # Western order, the given name first ("ecologist Sun-hee Park said"): one short capitalised
                # word right after the hyphenated given name is the family name
                out.append(_Cand(g, g + 2, toks[g].s, toks[g + 1].e, source="shape"))
        return out

    def _korean_family(self, f: int) -> bool:
        """Token ``f`` can be a Korean family name in English copy: a capitalised Latin word of five letters or
        fewer (one syllable: Kim, Park, Choi, Jung) that is no known stop word and no other mention."""
        if f < 0:
            return False
        t = self.toks[f]
        return t.k == "w" and t.cap and t.script == "la" and t.ment is None and len(t.n) <= 5 \
            and t.n not in self.lex.cap_stop

    def _apposed_speakers(self) -> list[_Cand]:
        """English: ", X Y, said" -- two or three capitalised words set off by commas right before a verb of
        speech name its speaker, whatever their shape (a hyphenated surname, a given name no list holds)."""
        toks, out = self.toks, []
        for q in self.appos_qs:
            i = self.word_at.get(q)
            if i is None or i < 4 or toks[i - 1].n != ",":
                continue
            span = self.name_back(i - 2)
            if span is None or span[2] or span[1] != i - 1 or span[1] - span[0] > 3:
                span = self._described_opener(i - 1)
                if span is not None:
                    out.append(_Cand(span[0], span[1], toks[span[0]].s, toks[span[1] - 1].e, source="shape"))
                continue
            s, e, _ = span
            if s < 1 or toks[s - 1].n != "," or any(toks[x].n.endswith("'s") for x in range(s, e)):
                continue  # (opened by a comma too: an apposition, not the sentence's subject run)
            out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="shape"))
        return out

    def _described_opener(self, c: int) -> tuple[int, int, bool] | None:
        """English: "X Y, a partner at the fund, said": the comma at token ``c`` closes a description opened by a
        comma and "a"/"an" (a person's, indefinite) after two or three capitalised words that open the sentence;
        those words are the speaker."""
        toks = self.toks
        j = c - 1
        while j > 1 and c - j <= 10 and toks[j].k == "w":
            j -= 1
        if j < 2 or toks[j].n != "," or toks[j + 1].n not in ("a", "an") or j + 2 >= c:
            return None
        span = self.name_back(j - 1)
        if span is None or span[2] or span[1] != j or span[1] - span[0] > 3 or self.org_around(span[0], span[1]):
            return None
        s = span[0]
        if s > 0 and toks[s - 1].k not in ("nl", "gap") and toks[s - 1].n not in CLAUSE_PUNCT:
            return None  # (the sentence's first words only: after a verb or a preposition the run is an object)
        return span

    def _speaker_described(self) -> list[_Cand]:
        """Arabic: "وقالت X Y، وهي نازحة من ...", "وقال X، وهو صاحب متجر، إن": a verb of saying, its subject,
        and a clause of "and she/he is" describing it; only a person is described so, by a pronoun of a person.
        The subject is one to four name words, the first without the article (a given name takes none, "وقال
        المصدر، وهو ..." is a noun), right after the verb."""
        toks, out = self.toks, []
        speech = self.lex.speech_ar
        for q in self.who_qs:
            c = self.word_at.get(q + 2)  # the pronoun's word; the comma is the token before it
            if c is None or c < 3 or toks[c - 1].n != ",":
                continue
            if toks[c].script == "la":
                # English "X Y, who ...": "who" stands for a person only ("which" for a thing); two capitalised name
                # words or more, no organisation's or place's name, no word of it a known place
                span = self.name_back(c - 2)
                if span is None or span[2] or span[1] != c - 1 or span[1] - span[0] < 2 \
                        or self.org_around(span[0], span[1]) or (span[0] > 0 and toks[span[0] - 1].n == "the"):
                    continue
                out.append(_Cand(span[0], span[1], toks[span[0]].s, toks[span[1] - 1].e, source="shape"))
                continue
            span = self._ar_name_back(c - 2)
            if span is None or span[1] != c - 1 or self._al(span[0]) or span[0] < 1:
                continue
            v = toks[span[0] - 1]
            if v.k != "w" or not (v.n in speech or (v.pre in ("و", "ف") and v.bare in speech)):
                continue
            s, e = span[0], span[1]
            out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="shape"))
        return out

    def _ar_shaped(self) -> list[_Cand]:
        """Arabic-script names with no title beside them, told by their shape: a given name and a surname with
        a Central-Asian or Russian ending ("باخيت دوسمبيكوف", "سعیده میرزایوا") or a Persian compound surname
        ("غلامرضا صالحی‌پور", "حسین عباس‌زاده"), a nasab chain ("سالم بن خلفان الحارثي"), or such a surname
        alone after a verb of saying ("وقال دوسمبيكوف إن"). The role is that of a title before it in the clause."""
        toks, n = self.toks, len(self.toks)
        out: list[_Cand] = []
        done = -1
        # only the tokens the windows' cues point at (a surname's ending, a ZWNJ compound, "بن"), and words
        # like "الکعبی" within a few words after a title: not every token of the article
        word_at = self.word_at
        starts = list(word_at)  # in text order: the windows are sorted
        cand: set[int] = set()
        for p in self.ar_cues:
            j = bisect.bisect_right(starts, p) - 1
            if j >= 0:
                cand.add(word_at[starts[j]])
        for h in self.hits:
            cand.update(range(h.b, min(h.b + 12, n)))
        tails = self.lex.sur_ar + self.lex.fa_long
        zwnj = "\u200c" in self.text
        stop = self.lex.stop
        shapes = _AR_SHAPE
        for i in sorted(cand):
            t = toks[i]
            w = t.n
            shape = shapes.get(w)
            if shape is None:  # decided once per word: most candidates are ruled out by their form alone
                if len(shapes) > 100_000:
                    shapes.clear()
                shape = shapes[w] = (w.endswith(tails) | (w[-1:] == "ی" and w[:2] == "ال" and len(w) >= 5) << 1
                                     | (w in AR_NASAB) << 2)
            if not shape and not zwnj:
                continue
            if i <= done or t.script != "ar" or t.k != "w" or t.leader is not None:
                continue  # (a head of state or government: the gazetteer knows where the name stands)
            nasab = w in AR_NASAB and (i > 0 or w == "ابن")
            family = shaped = False
            if not nasab:
                if shape & 1 or (zwnj and "\u200c" in self.text[t.s:t.e]):
                    shaped = (self._ar_surname_like(i) or self._fa_compound(i)) and self.ar_name_tok(i)
                if not shaped and shape & 2 and i > 0:
                    p = toks[i - 1]  # a family name follows a given (or father's) name, which has no article
                    given = p.n[:2] != "ال" or p.n in AR_JOIN_PREV or (i > 1 and toks[i - 2].n in AR_JOIN_NEXT)
                    family = (p.script == "ar" and given and p.n not in stop and p.ment is None
                              and i - 1 not in self.hit_at and self._al(i) and self._written_nisba(i)
                              and not self._ar_possessed(i - 1)
                              and (i + 1 >= n or not self._name_like(i + 1)) and self.ar_name_tok(i))
                if not (shaped or family):
                    continue
            if nasab:
                back = self._ar_name_back(i - 1) if i > 0 else None
                if w == "ابن" and (back is None or self._ar_given(back[0]) == back[0]):
                    span = self._ibn_name(i)  # no known given name opens a chain before it: "ابن X" is a name
                    if span is None:
                        continue
                else:
                    if back is None:
                        continue
                    span = self._ar_name_fwd(back[0])
                    if span is None or span[1] <= i + 1:
                        continue
            else:
                if i + 1 < n and (self._ar_surname_like(i + 1) or self._fa_compound(i + 1)):
                    continue  # not the last word of the name
                span = self._ar_name_back(i)
                if shaped and (span is None or span[1] - span[0] > 2):
                    span = self._given_and_surname(i)  # no safe boundary before: a given name and the surname
                if span is None:
                    continue
            s, e, single = span
            if s > 0 and self._patron(s - 1):
                continue  # "بمطار الأمير X بن Y": the place's patron
            while e - s >= 3 and self._al(s) and toks[s].n != "ال":
                s += 1  # "الأوزبكي باخروم صالحوف": an adjective of the title before the name
            if family and (e - s < 2 or self._al(s) or self._title_before(s) is None):
                continue  # "X Y الZی" is a name after a title in the same clause ("المتحدث باسم الوزارة X")
            if single or e - s < 2:
                prev = toks[s - 1] if s > 0 else None
                if not (prev is not None and prev.k == "w" and self.ar_stop(prev) and (prev.n in self.lex.verbs or (
                        prev.n[:1] in ("و", "ف") and prev.n[1:] in self.lex.verbs))):
                    continue  # a lone surname: only right after a verb ("وقال X", "أكد X")
            h = self._title_before(s)
            if shaped and h is None and not self.lex.arabic_copy and w.endswith("اف") \
                    and "\u200c" not in self.text[t.s:t.e] and not self._fa_name_context(s, e):
                continue  # -اف ends Persian nouns too ("دستباف"): with no title, given name or verb of saying beside
            done = e - 1
            c = _Cand(s, e, toks[s].s, toks[e - 1].e, single=single, source="shape")
            if h is not None:
                country = self.complement_fwd(h)[1] if h.rd.dir != "back" else None
                role = self._role_string(h.rd, country)
                c.roles.append((h.rd.strength, 1 if (role and " of " in role) else 0, 1, role))
            out.append(c)
        return out

    def _patron(self, k: int) -> bool:
        """Arabic script: the title at token ``k`` has the article and stands in construct after a place's or an
        institution's noun ("بمطار الأمير X", "جامعة الملك X", "مستشفى الملك X"): the name after it is the
        patron the place is named after, not a person in the story."""
        toks = self.toks
        return k > 0 and k in self.hit_at and toks[k].script == "ar" and self._al(k) and toks[k - 1].pre[-1:] != "ل" \
            and self.ar_after_org(k) and not self.hit_at[k].rd.plural

    def _ibn_name(self, i: int) -> tuple[int, int, bool] | None:
        """Arabic copy: "ابن X" opening no chain is a name of its own ("son of X", as old authors and travellers
        are known), the way أبو X is a kunya: X a name word with no article ("ابن الرئيس": the president's son),
        no possessive pronoun ("ابن عمه") and no kinship noun ("ابن عم", "ابن أخت": a cousin, a nephew), and
        the name closed off after it (a particle, verb, punctuation) or by a nisba ("ابن X الZي")."""
        toks, n = self.toks, len(self.toks)
        if not self.lex.arabic_copy or toks[i].pre or i + 1 >= n or self.ar_after_org(i):
            return None  # (after "مستشفى", "جامعة": a place named after the man)
        j = i + 1
        t = toks[j]
        if not self.ar_name_tok(j) or self._al(j) or t.n in _AR_KIN or t.leader is not None:
            return None
        raw = self.text[t.s:t.e]
        if len(raw) >= 4 and raw.endswith(_AR_POSSESSIVE) and not raw.endswith("ويه"):
            return None
        e = j + 1
        if e < n and toks[e].k == "w" and self._ar_nisba(e):
            e += 1
        if e < n and toks[e].k == "w" and not self.ar_stop(toks[e]):
            return None  # the run goes on: no safe end
        return i, e, False

    def _written_nisba(self, i: int) -> bool:
        """Token ``i``, whose folded form ends in ی, is written with the relational ending -ي (-ی, -ية) that a
        nisba takes, not with a letter that folding merges into it: a hamza on its seat ("الطوارئ": the
        emergencies) or, in copy that writes final ي with its dots elsewhere, the alif maqsura ى that ends nouns
        and verbs ("الرؤى": the views). Copy that writes every final ي as ى (as Egyptian print does) keeps it."""
        t = self.toks[i]
        last = self.text[t.e - 1: t.e]
        if last == "ئ":
            return False
        if last != "ى":
            return True
        if self._dotted_final_ya is None:
            self._dotted_final_ya = _DOTTED_FINAL_YA.search(self.text) is not None
        return not self._dotted_final_ya

    def _ar_possessed(self, i: int) -> bool:
        """Arabic copy: token ``i`` is a noun with a possessive pronoun glued to it ("في خطابه", "بحديثها"), so the
        definite adjective after it ("في خطابه المسائي": in his evening speech) is the noun's, not a family name.
        Told by the ending as written (ه, ها, هم: the feminine ending is written ة, a different letter) on a word
        after a preposition (a word or a proclitic ب/ل): a given name does not stand there with such an ending; a
        plural pronoun (هم, هما) ends no given name anywhere."""
        t = self.toks[i]
        if not self.lex.arabic_copy or t.script != "ar":
            return False
        raw = self.text[t.s:t.e]
        core = raw[len(t.pre):] if t.pre else raw
        if len(core) < 4 or not core.endswith(_AR_POSSESSIVE) or core.endswith("ويه"):
            return False  # (-ويه ends old names: سيبويه)
        if len(core) >= 6 and core.endswith(("هم", "هما")) and not core.endswith("براهم"):
            return True  # "اجتماعهم الدوري" (their periodic meeting): a plural pronoun ends no given name wherever
            # it stands (a short أدهم, the spelling إبراهم, end so as written)
        return t.pre[-1:] in ("ب", "ل") or (i > 0 and self.toks[i - 1].n in self.lex.preps)

    def _fa_name_context(self, s: int, e: int) -> bool:
        """Persian: what tells a name ``s..e`` with no title before it: a known given name opens it, a title
        follows it ("X، استاندار ..."), or a verb of saying does ("X گفت", "X، جامعه‌شناس، گفت")."""
        toks, n = self.toks, len(self.toks)
        g = s + 1 if toks[s].n in ("سید", "سیده") else s
        if g < e and self._given_fa(toks[g].n):
            return True
        k = e + 1 if e < n and toks[e].n == "," else e
        if k < n and k in self.hit_at:
            return True
        if k > e:  # "X، جامعه‌شناس، گفت": an apposition of a few words, its comma, then the verb
            j = k
            while j < n and j < k + 4 and toks[j].k == "w":
                j += 1
            if j > k and j + 1 < n and toks[j].n == ",":
                k = j + 1
        return k < n and any(p[0] == toks[k].n and self._spells(k, p) for p in self.lex.speech)

    def _indefinite_apposition(self, k: int) -> bool:
        """English: token ``k`` is the article or a lower-case word of "X Y, a commodities strategist": after a
        comma, "a"/"an" and at most two lower-case words stand before the title that describes the name."""
        toks = self.toks
        for j in range(k, max(k - 3, 0), -1):
            t = toks[j]
            if t.k != "w" or t.script != "la" or t.cap:
                return False
            if t.n in ("a", "an"):
                return toks[j - 1].n == ","
        return False

    def _fa_verb(self, k: int) -> bool:
        """Persian copy: token ``k`` opens a verb of saying or is an auxiliary or a negated or subjunctive verb
        ("مدیران بیمارستان‌های استان گفت ...": the place noun ends the title's complement, the verb opens the
        predicate; a verb is never a place's or a person's name)."""
        if self.lang != "fa":
            return False
        w = self.toks[k].n
        if w in _FA_AUXILIARIES or fa_verb_form(w):
            return True
        for p in self.lex.speech:
            if p[0] == w and self._spells(k, p):
                return True
            if len(p) == 1 and w.startswith(p[0]) and w[len(p[0]):] in _FA_PAST_PERSON:
                return True  # "گفتند", "افزودند": a past verb of saying with its personal ending
        return False

    def _ar_construct_goes_on(self, k: int, span: tuple[int, int, bool], b: int) -> bool:
        """Arabic copy: the span ``span`` the title's complement left at token ``k`` (the complement ran past
        the title's end ``b``) goes on with a construct or a prepositional phrase, no name: an indefinite feminine
        noun after an indefinite feminine head, with a definite word after it ("إدارة مكافحة الاحتيال"), or a
        preposition glued to a feminine noun with its feminine adjective ("بخطة طويلة", "لفترة قصيرة")."""
        toks = self.toks
        if k <= b or span[1] - span[0] < 2 or toks[span[0]].script != "ar":
            return False
        first, second = toks[span[0]], toks[span[0] + 1]
        if not first.n.endswith("ه"):
            return False
        head = toks[k - 1]
        if head.k == "w" and head.n.endswith("ه") and not head.n.startswith("ال") \
                and (not head.pre or head.n in self.lex.org_ar) and self._al(span[0] + 1) and span[1] - span[0] == 2:
            return True  # (a body's noun whole, though its first letters read as proclitics: "وكالة", و+ك+الة)
        return first.pre[-1:] in ("ب", "ل") and not (first.bare or first.n).startswith("ال") \
            and second.n.endswith("ه") and not second.pre and not self._al(span[0] + 1)

    def _ar_described(self, span: tuple[int, int, bool]) -> bool:
        """Arabic copy: the span is an indefinite person noun (a title of the lexicon without its article) and a
        nationality adjective ("مخرج مكسيكي", "دبلوماسي فرنسي")."""
        if span[1] - span[0] != 2:
            return False
        first, second = self.toks[span[0]], self.toks[span[0] + 1]
        if first.pre or first.n.startswith("ال"):
            return False
        rd = self.lex.phrases.get("ال" + first.n)
        return rd is not None and rd.role is not None and (second.bare or second.n) in self.lex.nisba_bare

    def _fa_pure_honorific(self, h: _Hit) -> bool:
        """Persian: the hit is an honorific that is no common noun ("آقای", "خانم", "حجت‌الاسلام", "آیت‌الله"):
        the two words after it are a given name and a family name, whatever stands after them."""
        return h.rd.role is None and self.toks[h.a].n in _FA_PURE_HONORIFICS

    def _fa_compound_verb(self, span: tuple[int, int, bool]) -> bool:
        """Persian copy: the span ends on a compound verb's noun and its light verb follows ("واکنشی نشان
        نداده", "پاسخی ارائه نکرد")."""
        e = span[1]
        return e < len(self.toks) and self.toks[e - 1].n in _FA_VERB_NOUNS and self._fa_verb(e)

    def _desk_line(self, span: tuple[int, int, bool]) -> bool:
        """The span opens a line (or the text) and a dash follows it: a desk's or a dateline's name."""
        s, e = span[0], span[1]
        toks = self.toks
        return (s == 0 or toks[s - 1].k in ("nl", "gap")) and not self._given_fa(toks[s].n) and e < len(toks) \
            and toks[e].n in ("-", "\u2013", "\u2014")

    def _acronym(self, i: int) -> bool:
        """Token ``i`` is written in capitals only, two to six letters (a body's acronym: "OECD", "ОДКБ")."""
        t = self.toks[i]
        raw = self.text[t.s:t.e]
        return t.k == "w" and 2 <= len(raw) <= 6 and raw.isalpha() and raw.isupper()

    def _apposed(self, a: int) -> bool:
        """The title at token ``a`` stands after a full name and a comma ("X Y، معاون ..."): an apposition whose
        holder is the name before it."""
        if a < 2 or self.toks[a - 1].n != ",":
            return False
        span = self.name_back(a - 2)
        return span is not None and not span[2]

    def _fa_name_shaped(self, s: int, e: int) -> bool:
        """Persian: the span ``s..e`` after a title is recognisably a name: a known given name opens it, its last
        word is a compound or Central-Asian surname, or what follows is a title or a verb of saying."""
        return self._fa_compound(e - 1) or self._ar_surname_like(e - 1) or self._fa_name_context(s, e)

    def _given_and_surname(self, i: int) -> tuple[int, int, bool] | None:
        """The name unit before the surname at token ``i`` and the surname: what stands before a name in
        Persian copy is often an ezafe chain of nouns ("معاون امور استانداری X Y"), so only the given name is
        taken, with "سید" when it is written before it."""
        toks = self.toks
        s = self.ar_unit_back(i - 1) if i >= 1 else -1
        if s < 0 or not self.ar_unit_ok(s, i) or self._al(s) or self.ar_after_org(s):
            return None
        if s >= 1 and toks[s - 1].n in ("سید", "سیده") and self.ar_name_tok(s - 1):
            s -= 1
        return s, i + 1, False

    def _fa_compound(self, i: int) -> bool:
        """A Persian compound surname: "-پور", "-زاده" ... or, after a ZWNJ, "-فر", "-نیا" ..."""
        t, lex = self.toks[i], self.lex
        if len(t.n) < 5:
            return False
        if t.n.endswith(lex.fa_long):
            return t.n not in lex.stop
        raw = self.text[t.s:t.e]
        at = raw.rfind("\u200c")
        return at > 1 and raw[at + 1:] in lex.fa_short

    def _clause_start(self, s: int) -> bool:
        toks = self.toks
        return s == 0 or toks[s - 1].k in ("nl", "gap") or toks[s - 1].n in CLAUSE_PUNCT

    def _named_for(self, s: int) -> bool:
        """Cyrillic: the name at token ``s`` is the patron a body or place is named after: "имени" (named after)
        stands right before it or before one lower-case word, a rank in the genitive ("университет имени
        академика X", "театр имени X")."""
        toks = self.toks
        j = s - 1
        if j >= 1 and toks[j].k == "w" and toks[j].script == "cy" and not toks[j].cap and toks[j].n != "имени":
            j -= 1
        return j >= 0 and toks[j].n == "имени"

    def _patron_end(self, k: int) -> int:
        """Token ``k`` is "имени": the token after the patron's name that follows it (a rank in lower case, the
        initials, then the capitalised words of a name in the genitive: "театра имени Мухтара Ауэзова X Y", whose
        holder's name is in the nominative)."""
        toks, n = self.toks, len(self.toks)
        j = k + 1
        if j < n and toks[j].k == "w" and toks[j].script == "cy" and not toks[j].cap:
            j += 1
        while self.initial_at(j):
            j += 2
        first = j
        while j < n and j < first + 3 and toks[j].k == "w" and toks[j].cap and toks[j].script == "cy" \
                and toks[j].n.endswith(_RU_GENITIVE):
            j += 1
        return j

    def _kyrgyz_end(self, span: tuple[int, int, bool] | None) -> tuple[int, int, bool] | None:
        """``span`` with the Kyrgyz "son of"/"daughter of" written apart after the father's name ("Almaz Sultanbek
        uulu", "Алмаз Султанбек уулу"): the name's last word, so an apposition after a title is closed after it."""
        toks, n = self.toks, len(self.toks)
        if span is not None and span[1] < n and toks[span[1]].n in _KYRGYZ_PATRONYMIC_WORDS \
                and not toks[span[1]].cap and toks[span[1] - 1].cap \
                and toks[span[1] - 1].script == toks[span[1]].script:
            return span[0], span[1] + 1, False
        return span

    def _lookahead(self, k: int) -> tuple[int, int, bool] | None:
        """A full name a few words after a title, past a complement the title's own patterns do not know:
        prepositions, lower-case words that are no verbs, capitalised words that are no names ("Minister for
        Railways X", "Deputy Foreign Minister for Economic Diplomacy X", "представитель Всемирного банка X").
        Only a name of two words or more, closed off, is taken; a verb, a title, a quote or the end of the
        clause stops the search (seven words on; twelve for a Russian name its verb follows)."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        steps = 0
        while k < n and steps < 12:
            steps += 1
            t = toks[k]
            if t.k != "w":
                if t.n == "(":
                    j = k + 1
                    while j < n and j < k + 5 and toks[j].n != ")":
                        j += 1
                    if j < n and toks[j].n == ")":
                        k = j + 1
                        continue
                if t.n == "," and k + 1 < n and toks[k + 1].k == "w" and not toks[k + 1].cap:
                    k += 1
                    continue
                if t.n == "," and k + 1 < n and self.cap_name_tok(k + 1):
                    # "the head of Iran's Customs Administration, Hossein Rezvani, met": the complement ends at its
                    # comma and the name stands in apposition, closed by a second comma or the sentence's end
                    span = self._kyrgyz_end(self.name_fwd(k + 1))
                    if span is not None and not span[2] and span[0] == k + 1 and span[1] < n \
                            and toks[span[1]].n in (",", "."):
                        return span
                return None
            if (k in self.hit_at and k not in self.nested) or t.n in lex.speech_cap or t.script == "ar":
                return None
            if t.n == "имени":
                k = self._patron_end(k)  # "директор театра имени X Y Z W": the patron, then the holder
                continue
            if self.cap_name_tok(k):
                span = self.name_fwd(k)
                if span is not None and k >= 2 and toks[k - 1].n in _LIST_AND and toks[k - 2].k == "w" \
                        and toks[k - 2].cap and toks[k - 2].script == t.script:
                    k += 1  # "Committee for Sanitary and Epidemiological Control": a body's name joins its
                    continue  # capitalised words by "and"; the word after it goes on with the name, no person's
                    # ("Minister of Chemicals and Fertilizers X Y": the holder's name follows that word)
                if span is not None and not span[2] and toks[k - 1].n == "of" and t.script == "la" and (
                        span[1] >= n or toks[span[1]].k != "w"):
                    return None  # "director of Ontustik Trans.": the capitalised words after the title's "of" and
                    # closing its clause name the body the title heads, not its holder
                if span is not None and t.script == "la" and toks[k - 1].k == "w" and self._acronym_after(span[1]):
                    return None  # "director general of Türkiye's State Hydraulic Works (DSI)": English writes a
                    # body's acronym in brackets after its full name; a name after its complement is a body's
                if span is not None and not span[2] and (steps <= 7 or (
                        t.script == "cy" and span[1] < n and _RU_VERB.search(toks[span[1]].n) is not None)):
                    return span  # (past a long complement, "докладчик ООН по праву человека на ... X Y прибыла":
                    # only a Russian name the clause's verb follows, its subject)
                k = span[1] if span is not None else k + 1
                continue  # a lone capitalised word: the first word of an organisation's name
            if t.ment is not None:
                k = self._skip_mention(k)
                continue
            if not t.cap and t.n in WEEKDAYS:
                return None  # "министрлері дүйсенбі күні Оңтүстік Патагония ...": a day after the title opens the
                # clause's predicate (the holder is named right after the title); what follows is its object
            if not t.cap and t.script == "la" and self._en_portfolio_word(k):
                k += 1  # "deputy minister of public works X Y": the portfolio's lower-case nouns after "of"/"for"
                continue
            if not t.cap and (
                (t.script == "la" and t.n not in lex.cap_stop and t.n not in lex.preps)
                or (t.script == "cy" and _RU_VERB.search(t.n) is not None)
            ):
                return None  # an English content word or a Russian verb: the clause goes on without a name
            k += 1
        return None

    def _en_portfolio_word(self, k: int) -> bool:
        """English token ``k`` is one of the first two lower-case words after a title's "of"/"for" ("minister of
        public works"): a portfolio's noun or its adjective, no verb (a past form in -ed or a verb of saying ends
        the clause: "the minister of finance said")."""
        toks, lex = self.toks, self.lex
        w = toks[k].n
        if w.endswith("ed") or w in lex.cap_stop or w in lex.state or w.startswith(lex.geo_after) \
                or any(p[0] == w for p in lex.speech):
            return False
        for j in (k - 1, k - 2):
            if j < 0 or toks[j].k != "w" or toks[j].script != "la" or toks[j].cap or toks[j].n in ("the", "a", "an"):
                return False  # ("head of the town of X": an article opens a body's or a place's noun, no portfolio)
            if toks[j].n in ("of", "for"):
                return True
        return False

    def _apposition_ahead(self, k: int) -> tuple[int, int, bool] | None:
        """Arabic script: a full name set off by commas after a title's long complement ("با رئیس سازمان توسعه
        تجارت، محمدرضا خداداد، دیدار کرد", "رئیس مرکز مطالعات سیاسی و بین‌المللی، سیدرضا میرطاهری، گفت"): the
        complement's words (no verb, title or clause end between) run up to a comma, and the name after it is
        closed by a second comma, as an apposition is."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        steps = 0
        while k < n and steps < 8:
            t = toks[k]
            if t.n == ",":
                span = self.name_fwd(k + 1) if k + 1 < n else None
                if span is not None and not span[2] and span[0] == k + 1 and span[1] < n and toks[span[1]].n == ",":
                    return span
                return None
            if t.k != "w" or t.n in lex.verbs or k in self.hit_at or t.n in self.lex.speech_cap:
                return None
            k += 1
            steps += 1
        return None

    def _subject_before_inna(self, h: _Hit, k: int) -> tuple[int, int, bool] | None:
        """Arabic: "وقال <title> <its complement> X Y إن ...": a verb of saying opens the clause and its subject
        runs to the إن (or أن) that opens what was said; whatever the complement holds (a body, a place, a
        preposition), the words right before إن are the title holder's name. A full name only (two words or
        more, the first without the article: a given name takes none), after a word that is no name."""
        toks, n = self.toks, len(self.toks)
        v = h.a - 1
        if v < 0 or toks[v].k != "w" or (toks[v].n not in self.lex.speech_ar and (
                toks[v].pre not in ("و", "ف") or toks[v].bare not in self.lex.speech_ar)):
            return None
        j = k
        while j < n and j - k < 12 and toks[j].k == "w" and toks[j].n != "ان":
            if toks[j].n in _AR_RELATIVES or (j in self.hit_at and j >= h.b):
                return None  # a relative clause, or another title: the subject is not this title's
            j += 1
        if j >= n or j - k >= 12 or toks[j].n != "ان" or j - 1 < k:
            return None
        span = self._ar_name_back(j - 1)
        if span is None or span[2] or span[0] < k or span[1] != j or self._al(span[0]) or self.glued_and(span[0]) \
                or (toks[span[0]].pre[-1:] in ("ب", "ل", "ک") and not self._given_whole(span[0])):
            return None  # (a preposition glued to the first word: a place's name ends the complement there)
        s = span[0]
        if s > k and self.ar_name_tok(s - 1) and not self._al(s - 1):
            return None  # the name's first word is not sure: the word before it could open it too
        for p in range(k + 2, s):
            if toks[p].n in self.lex.preps:
                # "وقال المتحدث باسم الوزارة X Y في مؤتمر صحفي أسبوعي إن": a full name before the preposition is
                # the subject; what follows the preposition is its object (an indefinite noun and adjectives)
                back = self._ar_name_back(p - 1)
                if back is not None and not back[2] and back[1] == p and back[0] >= k and not self._al(back[0]):
                    return None
        return span

    def _after_definite_chain(self, k: int) -> tuple[int, int, bool] | None:
        """Arabic: a construct chain ends on its definite words ("حكومة الوحدة الوطنية"); an indefinite word
        after them cannot go on with the chain, so a full name there ("سعيد راشد المري") closed by a comma,
        a stop word or the end of the clause is the title's holder."""
        toks, n = self.toks, len(self.toks)
        preps = self.lex.preps
        j = k
        while j < k + 2 and j + 1 < n and k > 0 and not self._al(k - 1) and self._ar_construct_to(j, j + 1) \
                and toks[j].n not in preps and toks[j].n not in self.lex.verbs and toks[j + 1].k == "w":
            j += 1  # "رئيس ديوان المحاسبة X Y": the chain's inner nouns are indefinite; only its last takes the article
        k = j
        while j < n and toks[j].k == "w":
            t = toks[j]
            if t.n in preps and j > k and j + 1 < n and toks[j + 1].k == "w" and self._al(j + 1) \
                    and toks[j + 1].ment is None and j + 1 not in self.hit_at:
                j += 1  # "الرئيس التنفيذي للعمليات في الشركة X": a preposition and a definite noun qualify it
                continue
            if not (self._al(j) or self._prep_al(j) or self._and_al(j)) or j in self.hit_at or t.n in preps:
                break  # ("إلى" folds to a word with ال)
            if t.ment is not None and not (j > k and t.n.endswith(("ی", "یه"))):
                break  # a place or a state; its adjective ("البرلمانية الماليزية-القرغيزية") goes on with the chain
            if t.n in _AR_RELATIVES:
                return None  # "الفنان الملتزم الذي احترم جمهوره": a relative pronoun opens a clause, its verb next
            j += 1
        if j == 0 or not (self._al(j - 1) or self._prep_al(j - 1) or self._and_al(j - 1)) or j >= n \
                or toks[j].k != "w" or self._al(j) \
                or (toks[j].pre and not self._given_whole(j)):
            return None  # (a name carries no preposition: "الرئيس التنفيذي لشركة X" is the company's name)
        span = self.name_fwd(j)
        if span is None or span[2] or span[0] != j:
            return None
        e = span[1]
        if e < n and toks[e].k == "w" and not self.ar_stop(toks[e]) and e not in self.hit_at \
                and "\u064b" not in self.text[toks[e].s:toks[e].e + 1]:
            return None  # (an indefinite noun with its tanween, "وفداً", is the verb's object: the name is closed)
        return span

    def _ar_prep_construct(self, k: int) -> bool:
        """Arabic token ``k`` is a preposition (ل, ب) glued to an indefinite noun in a construct with the definite
        word after it ("لقطاع المنافذ", "بوزارة الخارجية"): a phrase, no name (a word that as written is a known
        given name, "بشير", is the name; so is one before a family name of a nisba's shape, "X الحسيني")."""
        toks = self.toks
        t = toks[k]
        return t.script == "ar" and t.pre[-1:] in ("ل", "ب") and not self._al(k) and not self._given_whole(k) \
            and k + 1 < len(toks) and toks[k + 1].k == "w" and self._al(k + 1) and not self._ar_nisba(k + 1)

    def _ar_prep_object(self, span: tuple[int, int, bool]) -> bool:
        """The Arabic name ``span`` before a title ends in a word with a glued preposition (ل, ب) and opens with
        no known given name ("الجنايات تقضي بسجن مدير"): the preposition's verbal noun, whose object is the title
        in the genitive; a name is not cut by a preposition (a family name that as written is a known given name,
        or after a known given name, "X بركات", is one); so only a lone word or a run that opens with the
        article, which a given name does not take (a foreign given name may open with what reads as ب)."""
        toks = self.toks
        last = span[1] - 1
        return toks[last].script == "ar" and toks[last].pre[-1:] in ("ل", "ب") and not self._given_whole(last) \
            and not self._ar_given_at(span[0]) and (span[2] or self._al(span[0]))

    def _fa_by_phrase(self, h: _Hit, span: tuple[int, int, bool]) -> bool:
        """Persian: the title is a by-phrase opening with "به" ("به کارگردانی", "به نویسندگی": directed by, written
        by) and the span right after it is two words, closed off by a clause word ("که"), a preposition or a mark:
        the work's maker, a given name and a family name (the verbal noun's ezafe names its agent, no adjective)."""
        toks, n = self.toks, len(self.toks)
        e = span[1]
        return toks[h.a].n == "به" and span[0] == h.b and (
            e >= n or toks[e].k != "w" or toks[e].n == "که" or toks[e].n in _FA_PREPS)

    def _fa_own_after(self, h: _Hit) -> bool:
        """Persian: "خود" (own) follows the title within its next two words, before any mark ("مدافع میانی
        خود"), a personal pronoun right after it ("بازیکن ما": our player), or a body's noun with a possessive
        pronoun glued to it ("هافبک تیمش": his team's midfielder): the title is possessed, a noun, not an
        apposition to a name."""
        toks, n = self.toks, len(self.toks)
        for j in range(h.b, min(h.b + 3, n)):
            if toks[j].k != "w":
                return False
            w = toks[j].n
            if w == "خود" or (j == h.b and w in _FA_PERSONAL_PRONOUNS):
                return True  # (or a personal pronoun right after it: "بازیکن ما", our player)
            for ending in ("ش", "شان"):
                if j == h.b and w.endswith(ending) and w[:-len(ending)] in self.lex.org_ar:
                    return True
        return False

    def _fa_name_shaped_back(self, span: tuple[int, int, bool]) -> bool:
        """Persian: the span before a title is recognisably a name: a known given name opens it (after "سید"),
        or its last word is a compound or Central-Asian surname."""
        s, e = span[0], span[1]
        g = s + 1 if self.toks[s].n in ("سید", "سیده") and s + 1 < e else s
        return self._given_fa(self.toks[g].n) or self._fa_compound(e - 1) or self._ar_surname_like(e - 1)

    def _and_al(self, j: int) -> bool:
        """A definite noun with "و" glued to it ("والصيد", "والتنمية"): a portfolio joined to the one before it
        ("وزير الفلاحة والصيد البحري والتنمية القروية X"); a name carries no article."""
        t = self.toks[j]
        return t.pre == "و" and t.bare[:2] == "ال" and t.script == "ar"

    def _prep_al(self, j: int) -> bool:
        """A preposition glued to a definite noun ("للمهرجان", "بالوزارة"): part of a title's complement."""
        t = self.toks[j]
        return t.pre[-1:] in ("ل", "ب") and t.bare[:2] == "ال"

    def _shape_strong(self, i: int) -> bool:
        """Token ``i`` ends in a strong surname ending, maybe with a case ending after it, or carries the
        Arabic article of a family name ("Al-Mannai", "аль-Мазруи")."""
        w, lex = self.toks[i].n, self.lex
        if w.endswith(lex.shape_strong) or w.startswith(_ARTICLE_PREFIXES):
            return True
        return any(w.endswith(c) and w[: len(w) - len(c)].endswith(lex.shape_strong) for c in lex.shape_cases)

    def _speech_near(self, s: int, e: int) -> bool:
        """A verb of saying right after the name, or right before it ("said X", "— заявил X", "деді X").

        English puts its adjectives before the noun: a capitalised word after "said" and before a lower-case
        word ("said Uruguayan beef") qualifies that noun; the inverted subject ("…," said Guliyev.) ends the
        clause or takes an apposition after a comma."""
        toks, speech = self.toks, self.lex.speech_cap
        if e < len(toks) and toks[e].n in speech:
            return True
        if s == 0 or toks[s - 1].n not in speech:
            return False
        return not (toks[s].script == "la" and e < len(toks) and toks[e].k == "w" and not toks[e].cap)

    def _words_of(self, i: int) -> bool:
        """Token ``i`` owns what was said: a Kazakh genitive before "сөзінше" (by X's words), "пікірінше" (in X's
        opinion), "айтуынша" (as X says); a Russian genitive after "по словам" or "по мнению"."""
        toks = self.toks
        if i + 1 < len(toks) and toks[i].n.endswith(KK_GENITIVE) and toks[i + 1].n in _KK_WORDS_OF:
            return True
        return i >= 2 and toks[i - 1].n in ("словам", "мнению") and toks[i - 2].n == "по"

    def _title_before(self, s: int) -> _Hit | None:
        """The title a name without one beside it belongs to: the nearest title before it in the same clause,
        across a complement ("глава Агентства по продвижению экспорта X", "Minister of Digital Development
        and Transport X"), not across a verb of saying, another name or the end of a clause."""
        toks = self.toks
        j = s - 1
        steps = 0
        while j >= 0 and steps < 9:
            t = toks[j]
            if t.k in ("nl", "gap") or t.n in CLAUSE_PUNCT or t.n in self.lex.speech_cap or t.n in ('"', "(", ")"):
                return None
            if t.script == "ar" and j not in self.hit_at and (t.n in self.lex.verbs or (
                    t.n[:1] in ("و", "ف") and t.n[1:] in self.lex.verbs)
                    or self.text[t.s:t.e].endswith(("\u064b", "اً", "ًا"))):
                return None  # (an accusative adverb, "قادمًا من X": what follows is no longer the title's holder)
            h = self.hit_at.get(j)
            if h is not None:
                if h.rd.role is None:
                    j = h.a - 1
                    steps += 1
                    continue  # an honorific: the title may stand before it
                return h if h.rd.dir != "back" else None
            if self.cap_name_tok(j) and j + 1 < len(toks) and self.cap_name_tok(j + 1):
                return None  # another name stands between
            j -= 1
            steps += 1
        return None

    def _list_follows(self, e: int) -> bool:
        """A comma or "and" (glued و in Arabic) right after token ``e - 1``, or after a short parenthesis there
        ("X (Spain), Y"): a list goes on."""
        toks = self.toks
        e = self._past_parentheses(e)
        if e >= len(toks):
            return False
        t = toks[e]
        return t.n == "," or t.n in _LIST_AND or (t.script == "ar" and t.pre[:1] == "و")

    def _ar_construct_to(self, a: int, b: int) -> bool:
        """Tokens ``a`` to ``b`` (none, or up to two) are bare indefinite words: the inner members of a construct
        chain, which take neither the article nor a preposition."""
        toks = self.toks
        return b - a <= 2 and all(
            toks[j].k == "w" and toks[j].script == "ar" and not toks[j].pre and not self._al(j)
            and j not in self.hit_at and toks[j].ment is None for j in range(a, b))

    def _list_item_follows(self, e: int) -> bool:
        """A list goes on after token ``e - 1`` (:meth:`_list_follows`) and its next item starts a name there."""
        if not self._list_follows(e):
            return False
        toks, n = self.toks, len(self.toks)
        k = self._past_parentheses(e)
        t = toks[k]
        if t.n == ",":
            k += 1
            if k < n and toks[k].n in _LIST_AND:
                k += 1
        elif t.n in _LIST_AND:
            k += 1
        if k >= n or toks[k].k != "w":
            return False
        span = self.name_fwd(k)
        return span is not None and span[0] == k

    def _lists(self, cands: list[_Cand]) -> list[_Cand]:
        """The names after a found one in a list: "ministers X, Y and Z", "الوزراء X وY وZ", "министры X, Y и
        Z", "وزیران X، Y و Z". Each next item is a full name (or an initial and a surname, or a surname with
        a surname's ending) standing right after a comma or a conjunction, and gets the first one's roles."""
        toks, n = self.toks, len(self.toks)
        out: list[_Cand] = []
        seen = {(c.s, c.e): c for c in cands}
        for c in sorted((c for c in cands if not c.single and c.source in ("pattern", "shape")), key=lambda c: c.s):
            e = c.e
            while e < n:
                k = self._past_parentheses(e)  # "послы X (Польша), Y (Испания) и Z": each item's country
                if k >= n:
                    break
                t = toks[k]
                bare_comma = False
                if t.n == ",":
                    k += 1
                    if k < n and toks[k].n in _LIST_AND:
                        k += 1
                    else:
                        bare_comma = True
                elif t.n in _LIST_AND:
                    k += 1
                elif not (t.script == "ar" and t.pre[:1] == "و" and t.k == "w"):
                    break  # Arabic glues its "and" to the next name (وX)
                if k >= n or toks[k].k != "w":
                    break
                span = self.name_fwd(k)
                if span is None or span[0] != k:
                    break
                s2, e2, single = span
                if single and not (self._surname_like(e2 - 1) or self.initial_at(s2)):
                    break
                if toks[s2].script == "ar" and e2 - s2 >= 2 and self._al(e2 - 1) and not (
                        toks[e2 - 1].n.endswith("ی") and self._written_nisba(e2 - 1)) and not self._ar_given_at(s2):
                    break  # "X وصول الأسرى", "X وعالم الغلاف الجوي": a noun that is no given name and a definite
                    # noun is a construct phrase; a family name with the article after one that is not a given
                    # name ends in the nisba's ي (not in ى, alif maqsura: "الأسرى", "الرؤى")
                if bare_comma and toks[s2].script == "ar" and not self._list_goes_on(e2):
                    break  # "X Y، کمیسر مرزی ایران ...", "X، ناشر باکویی، در ...": Arabic script joins a list's last
                    # item with و; words after a bare comma that no further name follows (after a comma or و) are
                    # an apposition describing X
                item = seen.get((s2, e2))
                if item is None:
                    item = _Cand(s2, e2, toks[s2].s, toks[e2 - 1].e, single=single, source="list")
                    out.append(item)
                    seen[(s2, e2)] = item
                if not any(r[3] for r in item.roles):
                    item.roles.extend(c.roles)  # found by its shape too: the list gives it its title
                e = e2
            if e > c.e:
                self._list_before(c, seen, out)
        return out

    def _list_goes_on(self, e: int) -> bool:
        """After an item ending at ``e`` a list goes on: a comma or "و" and then a name."""
        if not self._list_follows(e):
            return False
        toks, n = self.toks, len(self.toks)
        k = self._past_parentheses(e)
        if toks[k].n == "," or toks[k].n in _LIST_AND:
            k += 1
            if k < n and toks[k].n in _LIST_AND:
                k += 1
        span = self.name_fwd(k) if k < n and toks[k].k == "w" else None
        return span is not None and span[0] == k

    def _ar_rank_noun(self, a: int, name: int) -> bool:
        """The Arabic rank at token ``a`` stands right after إن/أن and no known given name opens at token ``name``:
        the clause's subject is a noun there ("إن الفريق قارن": the team), not a rank before its holder."""
        toks = self.toks
        h = self.hit_at.get(a)
        return h is not None and h.a == a and h.rd.role in _AR_RANK_ROLES and toks[a].script == "ar" and a > 0 \
            and toks[a - 1].n in _AR_THAT and not (name < len(toks) and self._ar_given_at(name))

    def _ar_prep_noun(self, k: int) -> bool:
        """Arabic-script token ``k`` is the noun of a compound preposition, after في or على ("في ظل", "على إثر")."""
        toks = self.toks
        return k > 0 and toks[k].script == "ar" and toks[k].n in _AR_PREP_NOUNS and toks[k - 1].k == "w" and (
            toks[k - 1].n in _AR_PREP_BEFORE or toks[k - 1].bare in _AR_PREP_BEFORE)

    def _given_whole(self, k: int) -> bool:
        """Arabic-script token ``k`` as written is a known given name, though its first letter reads as a glued
        preposition or conjunction ("كامران", "بهروز", "فريد"): the name, no particle and a word."""
        t, lex = self.toks[k], self.lex
        return t.n in lex.given_ar or self._given_fa(t.n) or t.n in lex.given_foreign.get(self.lang or "", frozenset())

    def _ar_given_at(self, k: int) -> bool:
        """Arabic-script token ``k`` (its proclitic و aside) is a known given name, Arabic, Persian or foreign."""
        t, lex = self.toks[k], self.lex
        foreign = lex.given_foreign.get(self.lang or "", frozenset())
        return any(w in lex.given_ar or self._given_fa(w) or w in foreign for w in ((t.n, t.bare) if t.pre else (t.n,)))

    def _introduced_lists(self) -> list[_Cand]:
        """Arabic script: a list of full names after a word that introduces one, with no title ("كل من: X، وY،
        وZ", "هم: ...", "از جمله X و Y"): two items or more, each a full name, joined by commas or "و", one of
        them opening with a known given name (the words introduce lists of anything: groups of people, prizes)."""
        toks, n = self.toks, len(self.toks)
        out: list[_Cand] = []
        for i, t in enumerate(toks):
            if t.script != "ar" or t.n not in _LIST_INTRO:
                continue
            k = i + 1
            if t.n == "کل" and (k >= n or toks[k].n != "من"):
                continue
            k += t.n == "کل"
            items: list[tuple[int, int]] = []
            while k < n:
                while k < n and toks[k].n in (":", ","):
                    k += 1
                if k < n and toks[k].n == "و":
                    k += 1
                span = self.name_fwd(k) if k < n else None
                if span is None or span[2] or span[0] != k:
                    break
                items.append((span[0], span[1]))
                k = span[1]
                if not (k < n and (toks[k].n == "," or toks[k].n == "و" or (toks[k].pre[:1] == "و"
                                                                          and toks[k].k == "w"))):
                    break
            if len(items) >= 2 and any(self._ar_given_at(a) for a, _ in items):
                # (a list of people, not of groups, classes or prizes: "از جمله بیماران ... و زنان ...", the
                # groups at risk, read as two names; one of its items at least opens with a given name)
                out.extend(_Cand(a, b, toks[a].s, toks[b - 1].e, source="list") for a, b in items)
        return out

    def _past_parentheses(self, k: int) -> int:
        """The token after a short parenthesis at ``k`` ("(Польша)", "(Spain)"); ``k`` itself when none."""
        toks, n = self.toks, len(self.toks)
        if k < n and toks[k].n == "(":
            j = k + 1
            while j < n and j < k + 5 and toks[j].n != ")" and toks[j].k == "w":
                j += 1
            if j < n and toks[j].n == ")":
                return j + 1
        return k

    def _list_before(self, c: _Cand, seen: dict[tuple[int, int], _Cand], out: list[_Cand]) -> None:
        """The item before the first found one of a list ("X، [Y] و [Z]"): a full name right before a comma."""
        toks = self.toks
        k = c.s - 1
        if k < 1 or toks[k].n != ",":
            return
        span = self.name_back(k - 1)
        if span is None:
            return
        s, e, single = span
        if toks[s].script == "ar" and e - s > 2:
            s = e - 2  # what stands before a name is often a noun phrase: a given name and a surname
            if self._al(s) or not self.ar_name_tok(s):
                return
        if single or e - s < 2 or (s, e) in seen:
            return
        item = _Cand(s, e, toks[s].s, toks[e - 1].e, source="list")
        item.roles = list(c.roles)
        out.append(item)
        seen[(s, e)] = item

    def _role_string(self, rd: RoleDef, country: str | None) -> str | None:
        if rd.role is None:
            return None
        if rd.country and country:
            return f"{rd.role} of {country}"
        return rd.role

    def _add(self, cands: list[_Cand], span: tuple[int, int, bool], rd: RoleDef, country: str | None,
             before: int) -> None:
        s, e, single = span
        while s < e - 1 and self.toks[e - 1].script == "cy" and (self.toks[s].script == "la" or self.toks[s].k != "w"):
            s += 1  # "глава сети Tau Style X Y": a firm's Latin name before a Cyrillic name is not part of it
            single = e - s == 1
        role = self._role_string(rd, country)
        c = _Cand(s, e, self.toks[s].s, self.toks[e - 1].e, single=single)
        c.hon = rd.role is None and ((rd.dir == "fwd" and before == 1) or (rd.dir == "back" and before == 0))
        if single and before == 1 and rd.role is not None and self._given_alone(s):
            c.hon = True  # "Водитель Шерзод, работающий ...": an occupation and a given name alone name a person
        c.roles.append((rd.strength, 1 if (role and " of " in role) else 0, before, role))
        cands.append(c)

    def _given_alone(self, s: int) -> bool:
        """Latin and Cyrillic: token ``s`` is a given name the lexicon knows, capitalised, right after a title and
        closed off by punctuation ("Водитель Шерзод, работающий на линии", "driver Sherzod, who has ..."): people
        outside public life are named by the given name alone after their occupation."""
        toks, n = self.toks, len(self.toks)
        t = toks[s]
        return t.script in ("la", "cy") and t.cap and t.n in self.lex.given_cap and s > 0 \
            and any(h.b == s for h in self.hits) and s + 1 < n and toks[s + 1].k == "p" \
            and toks[s + 1].n in (",", ":", ";", ".", "-", "–", "—")

    def _persian_subjects(self) -> list[_Cand]:
        """Clause-initial names in Persian copy: "X در پایان تاکید کرد", "X Y-اف روز ..."."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        out: list[_Cand] = []
        # only the tokens opening a clause: the first, and those after a line break or punctuation
        starts = [0, *(j + 1 for j in self.marks if j + 1 < n)] if n else []
        for i in starts:
            t = toks[i]
            if t.k != "w" or t.script != "ar":
                continue
            after_comma = i > 0 and toks[i - 1].n == ","
            if not (i == 0 or toks[i - 1].k == "nl" or toks[i - 1].n in CLAUSE_PUNCT or after_comma):
                continue
            for adv in lex.adverbs:  # "در این نشست X Y ...": an opening adverbial, then the subject
                if adv[0] == t.n and len(adv) > 1 and self._spells(i, adv):
                    i += len(adv) + (i + len(adv) < n and toks[i + len(adv)].n == ",")
                    break
            if i >= n or toks[i].k != "w":
                continue
            span = self._ar_name_fwd(i)
            if span is not None and not after_comma and (self._given_fa(toks[i].n) or toks[i].n in lex.given_fa_words) \
                    and i + 2 < n \
                    and toks[i + 1].k == "w" and toks[i + 1].script == "ar" and toks[i + 2].n == "," \
                    and self._apposition_then_speech(i + 2):
                span = (i, i + 2, False)  # "X Y، مدیرعامل باشگاه، گفت": a known given name and one word closed by
                # an apposition before a verb of saying; the word is the family name, a common noun or not
            if span is None:
                continue
            s, e, single = span
            if e - s > 4:
                continue
            if not single and len(toks[s].n) >= 6 and toks[s].n.endswith("داری") and not self._given_fa(toks[s].n):
                continue  # "راهداری البرز اعلام کرد": -دار and the abstract -ی make an office or a body ("شهرداری",
                # "استانداری", "راهداری"), no given name; what follows is its province or city
            k = e
            if not after_comma and not single and k < n and toks[k].n == "," and self._apposition_then_speech(k):
                out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="subject"))
                continue
            nxt = toks[k].n if k < n else ""
            for adv in lex.adverbs:
                if adv[0] == nxt and self._spells(k, adv):
                    k += len(adv)
                    break
            nxt = toks[k].n if k < n else ""
            speech = False
            if not after_comma:
                for p in lex.speech:
                    if p[0] == nxt and self._spells(k, p):
                        speech = True
                        break
            morph = (not single) and self._any_surname_like(s, e) and e < n and (
                toks[e].n in lex.stop
            )
            if not (speech or morph) and not single:
                s, e = self._given_first(s, e)
                speech = e > s  # a given name and a family name open the clause, a function word or a title next
            if speech or morph:
                out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, single=single, source="subject"))
        return out

    def _fa_person_subject(self, k: int) -> bool:
        """Persian: the word at token ``k``, opening its clause, is a person's: the relative "که" follows it ("X که
        از نیمه دوم به زمین آمده بود") or a verb of saying ends its clause ("X در سخنانی کوتاه گفت")."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        if k + 1 < n and toks[k + 1].n == "که":
            return True
        for m in range(k + 1, min(n, k + 8)):
            if toks[m].k != "w":
                return False
            if any(p[0] == toks[m].n and self._spells(m, p) for p in lex.speech):
                return True
        return False

    def _apposition_then_speech(self, c: int) -> bool:
        """Persian: the comma at token ``c`` opens an apposition of one to six words (no verb, no clause end), a
        second comma closes it, and a verb of saying follows ("X Y، دبیر جشنواره، گفت"): the words before ``c``
        are the speaker."""
        toks, n = self.toks, len(self.toks)
        j = c + 1
        while j < n and j <= c + 7 and toks[j].k == "w" and toks[j].script == "ar" and not self._fa_verb(j):
            j += 1
        if j == c + 1 or j >= n or j > c + 7 or toks[j].n != ",":
            return False
        k = j + 1
        if k < n and toks[k].n in ("میگوید", "می\u200cگوید"):
            return True  # (the present of "to say", which is no cue of its own: "کارشناسان ... می‌گویند")
        return any(p[0] == (toks[k].n if k < n else "") and self._spells(k, p) for p in self.lex.speech)

    def _given_and_family(self) -> list[_Cand]:
        """Persian: a known given name and a family name after it anywhere in a clause ("بازگشت کاوه مشایخی به
        نیمکت", "گل پیروزی را کامران قاسمی زد"). A Persian family name is one word, most often a relational
        adjective in -ی or a compound (-پور, -زاده, -نیا); it is taken only in that shape, and not when another
        name word goes on after it (an ezafe chain) or when it is a common word."""
        toks, n = self.toks, len(self.toks)
        out: list[_Cand] = []
        fam_ends = ("ی", "یان") + self.lex.fa_long
        alone: dict[str, list[int]] | None = None  # Persian words by their places, made when first wanted
        for q in self.given_qs:
            i = self.word_at.get(q)
            if i is None or i + 1 >= n or not self.ar_name_tok(i):
                continue
            word_given = toks[i].n in self.lex.given_fa_words
            if not word_given and not self._given_fa(toks[i].n):
                continue
            j = i + 1
            f = toks[j]
            if f.k != "w" or len(f.n) < 4 or not self.ar_name_tok(j) or self._al(j) or f.n in self.lex.stop:
                continue
            if self._given_fa(f.n):
                continue  # (two given names: a list, or a compound name the text did not join)
            if alone is None:
                alone = {}
                for k, t in enumerate(toks):
                    if t.k == "w" and t.script == "ar":
                        alone.setdefault(t.n, []).append(k)
            # the family name said again alone, opening its clause ("... امید قنبری ... . قنبری که ..."): the text
            # takes it up as the person's, which makes a family name of any shape and a given name that is a word
            # too ("امید": hope) the person's
            again = any(k != j and (k == 0 or toks[k - 1].k != "w") and self._fa_person_subject(k)
                        for k in alone.get(f.n, ()))
            if word_given and not again:
                continue
            if not (f.n.endswith(fam_ends) or self._fa_compound(j) or again):
                continue
            if j + 1 < n and toks[j + 1].k == "w" and self._fa_compound(j + 1):
                continue
            s = i - 1 if i > 0 and toks[i - 1].n in ("سید", "سیده") else i
            if s > 0 and toks[s - 1].n in AR_NASAB:
                continue  # "نصر بن احمد سامانی": a given name after "son of" is the father's, inside a longer name
            if self.ar_after_org(s):
                continue  # "خیابان X Y", "دانشگاه X Y": the place named after the person
            out.append(_Cand(s, j + 1, toks[s].s, toks[j].e, source="shape"))
        return out

    def _ar_given(self, i: int) -> int:
        """Arabic copy: the token after a known Arabic given name opening at token ``i`` (two tokens for one
        written in two words, "عبد الله"), or ``i`` when none opens there."""
        toks, n = self.toks, len(self.toks)
        t = toks[i]
        if t.k != "w" or t.script != "ar" or t.ment is not None or i in self.hit_at:
            return i
        if t.n == "عبد" and i + 1 < n and "عبد" + toks[i + 1].n in self.lex.given_ar:
            return i + 2
        # the whole word as written is the name: no proclitic is split off ("ليلى" is no ل + a word, "فيصل" no
        # ف + a verb; the list holds no name that folds with a particle)
        if t.n not in self.lex.given_ar:
            return i
        # a compound given name written in two words, a name and "of the faith" ("حسام الدين", "عماد الدين")
        if i + 1 < n and toks[i + 1].k == "w" and not toks[i + 1].pre and toks[i + 1].n in AR_JOIN_PREV:
            return i + 2
        return i + 1

    def _ar_abd(self, j: int) -> int:
        """Arabic copy: the token after a theophoric name opening at token ``j``, "servant of" and a divine name with
        the article ("عبد الستار", "عبدالرحمن"), which is a name and nothing else; ``j`` when none opens there."""
        toks, n = self.toks, len(self.toks)
        t = toks[j]
        if t.k != "w" or t.script != "ar" or t.pre or t.ment is not None or j in self.hit_at:
            return j
        if t.n == "عبد" and j + 1 < n and toks[j + 1].k == "w" and not toks[j + 1].pre \
                and toks[j + 1].n.startswith("ال") and len(toks[j + 1].n) >= 5 and toks[j + 1].ment is None \
                and j + 1 not in self.hit_at:
            return j + 2
        return j + 1 if t.n.startswith("عبدال") and len(t.n) >= 8 else j

    def _ar_theophoric_pair(self, j: int) -> bool:
        """Arabic copy: tokens ``j`` and ``j + 1`` are a theophoric name written in two words, a bare noun and "God"
        ("عطا الله", "نصر الله", "فضل الله": gift, victory, grace of God), which after a given name is the father's
        or the family name. Not a verb with an object pronoun and "God" ("رحمه الله", "حفظها الله": a blessing
        after a name), a particle ("إن شاء الله") nor the Prophet's epithet ("رسول الله")."""
        toks = self.toks
        t, g = toks[j], toks[j + 1]
        return (t.k == "w" and g.k == "w" and not t.pre and not g.pre and g.n == "الله" and not self._al(j)
                and t.n != "رسول" and not t.n.endswith(("ه", "ها", "هم", "هما")) and self.ar_name_tok(j)
                and not self.ar_stop(t) and j + 1 not in self.hit_at)

    def _ar_nisba(self, j: int) -> bool:
        """Token ``j`` has the shape of a family name that is a definite nisba ("العنزي", "البوسعيدية"): the
        article, a stem of three letters or more and the relational ending -ي/-ية, and no place, state or stop
        word (a country's adjective is the gazetteer's, "المصري" read as a name needs a title)."""
        t = self.toks[j]
        w = t.n
        return (t.k == "w" and not t.pre and self._al(j) and len(w) >= 6 and w.endswith(("ی", "یه"))
                and w not in _AR_ORDINALS_Y and self._written_nisba(j)
                and w not in self.lex.stop and w not in self.lex.state and self.ar_name_tok(j))

    def _aged(self) -> list[_Cand]:
        """A capitalised name (Latin, Cyrillic) with its age beside it: a number of years set off by commas
        after it ("Bolatbek Kadyrbek, 67, has hunted") or an adjective of age before it ("17-летний Алихан",
        "17 жастағы Алихан"), or an apposition of age after it ("Nurlan, a 52-year-old teacher", "Айгерим,
        52-летняя учительница"), or a kinship noun and its possessor before it ("her son Temirlan", "её сын X",
        "оның ұлы X"). Only people are given an age or kin so; a place or a body before ", 12," is the
        gazetteer's or no capitalised name run. After an age's adjective, an apposition of age or a kinship noun
        one capitalised word is a name: a given name alone, as people outside public life are named."""
        toks, n, out = self.toks, len(self.toks), []
        starts = [t.s for t in toks]
        for p, after, one in self.age_ps:
            j = bisect.bisect_left(starts, p)
            if after:
                while j < n and toks[j].k != "w":
                    j += 1
                if j + 1 < n and self.kazakh and toks[j].script == "cy" and not toks[j].cap and len(toks[j].n) >= 6 \
                        and toks[j].n.endswith(("лық", "лік", "дық", "дік", "тық", "тік")) and toks[j + 1].cap:
                    j += 1  # "14 жастағы алматылық X Y": an adjective of origin ("from Almaty") before the name
                if j >= n or not self.cap_name_tok(j):
                    continue
                span = self.name_fwd(j)
                if span is None or span[0] != j or span[1] - span[0] > 3:
                    continue
                s, e = span[0], span[1]
            else:
                e = j  # the comma before the age
                if e == 0 or e > n or (e < n and toks[e].n != ","):
                    continue
                s = e
                while s > 0 and e - s < 3 and self.cap_name_tok(s - 1):
                    s -= 1
                if e - s < (1 if one else 2) or (s > 0 and toks[s - 1].k == "w" and toks[s - 1].cap):
                    continue  # two or three capitalised words, the whole run (not the end of a longer one)
                if self.org_around(s, e):
                    continue
            out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, single=e - s < 2, source="shape"))
        return out

    def _alternative_before(self, a: int) -> bool:
        """Arabic: a question or an alternative opens the clause of token ``a`` ("هل", "سواء", "أيهما", "إذا"), so
        an "أم" there is "or"."""
        toks = self.toks
        j = a - 1
        while j >= 0 and a - j <= 15 and toks[j].k == "w" or (j >= 0 and toks[j].n == ","):
            if toks[j].n in _AR_ALTERNATIVE or toks[j].bare in _AR_ALTERNATIVE:
                return True
            j -= 1
        return j >= 0 and a - j > 15  # (too far back to tell: doubtful)

    def _ar_open_before(self, s: int) -> bool:
        """Nothing before token ``s`` binds it into a noun phrase: the text's or a clause's opening, a particle
        or verb (a stop word), a verb of saying, a title. After a bare noun ("معبر كرم أبو X") a kunya is the
        second term of a construct, a place's name."""
        if s == 0:
            return True
        p = self.toks[s - 1]
        stop = self.ar_stop(p) and (not p.pre or p.bare in self.lex.stop)  # ("كرم" is no ك + a particle)
        return p.k != "w" or stop or p.bare in self.lex.speech_ar or p.n in self.lex.speech_ar \
            or s - 1 in self.hit_at or p.n in ("و", "ف")

    def _ar_given_and_nisba(self) -> list[_Cand]:
        """Arabic copy: a person named with no title. An Arabic name is a given name, the father's (and the
        grandfather's) given name and a family name, most often a nisba ("X Y الZي"); a known given name opening
        such a chain that ends in a nisba is a person. After أبو/أبا/أبي a given name is a kunya ("father of
        X"), a name by itself, with a nisba after it or not. The father's names are taken only when they are
        known given names too, so a clause's noun does not join the name."""
        toks, n = self.toks, len(self.toks)
        out: list[_Cand] = []
        for q in self.given_ar_qs:
            i = self.word_at.get(q)
            if i is None:
                continue
            j = self._ar_given(i)
            if j == i:
                j = self._ar_abd(i)  # "عبدالإله X الZي": "servant of" and a divine name, a given name by its form
            if j == i:
                continue
            kunya = i > 0 and toks[i - 1].k == "w" and toks[i - 1].bare in ("ابو", "ابا", "ابی") or (
                i > 0 and toks[i - 1].n in ("ابو", "ابا", "ابی"))
            mother = not kunya and i > 0 and toks[i - 1].k == "w" and toks[i - 1].n == "ام" \
                and self.text[toks[i - 1].s:toks[i - 1].s + 1] == "\u0623" and not self._alternative_before(i - 1)
            if mother:
                # "تقف أم يوسف أمام مخبز": أمّ ("mother of") and a given name make a woman's kunya; "أم" is the
                # conjunction "or" only in a question or an alternative ("هل ... أم ...", "سواء ... أم ...")
                out.append(_Cand(i - 1, self._ar_given(i), toks[i - 1].s, toks[self._ar_given(i) - 1].e,
                                 source="shape"))
                continue
            s = i - 1 if kunya else i
            abd = False  # the chain's last part is a theophoric name ("عبد الستار"), a name by itself
            for _ in range(3):  # the father's and the grandfather's given names, with بن/بنت ("son of") or not
                k = self._ar_given(j) if j < n else j
                step_abd = False
                if k == j and j < n:
                    k = self._ar_abd(j)
                if k == j and j + 1 < n and toks[j].k == "w" and not toks[j].pre \
                        and toks[j].n in self.lex.given_ar_words and self._ar_nisba(j + 1):
                    k = j + 1  # "X سعيد الكعبي": between a given name and the nisba that closes the chain stands the
                    # father's name, even one that is a word too; an adjective of the name would take the article
                step_abd = k > j and toks[j].n.startswith("عبد")
                if k == j and j + 1 < n and self._ar_theophoric_pair(j):
                    k, step_abd = j + 2, True  # "X عطا الله": a noun and "God" ("gift of God"), a theophoric family
                    # name, closes the name as "عبد الستار" does
                if k == j and j + 1 < n and toks[j].n in AR_NASAB and toks[j].n != "ابن" and (
                        self._ar_given(j + 1) > j + 1 or self.ar_name_tok(j + 1)) and not self._al(j + 1):
                    k = j + 2  # after "بن" a name follows by grammar ("بنت علي", a name that folds with على)
                if k == j:
                    break
                j, abd = k, step_abd
            nisba = j < n and self._ar_nisba(j)
            if abd and not kunya and not nisba:
                e = j  # "X عبد الستار": the father's theophoric name closes the name, no nisba needed
            elif nisba and not (
                    j + 1 < n and toks[j + 1].k == "w" and self._ar_nisba(j + 1)
                    and not (toks[j].n.endswith("ی") and toks[j + 1].n.endswith("یه"))):
                # (a nisba after the nisba continues the name or is its adjective only when the genders agree: after
                # a masculine one, a feminine word is the verb's object, "وحصد X الدوسري البرونزية")
                e = j + 1
            elif kunya and (self._ar_open_before(s) or (
                    j < n and toks[j].k == "w" and toks[j].n in ("ان", "انه", "انها"))):
                # (the subject before إن of a verb of saying: "وقال تاجر الجملة أبو X إن")
                e = self._ar_given(i)
            elif not kunya and (woman := self._ar_woman_named(i, j)) is not None:
                e = woman
            else:
                continue
            if self.ar_after_org(s) or s in self.hit_at:
                continue  # "جامعة X Y", "مسجد X": a place named after the person
            b = s
            while b >= 2 and toks[b - 1].n in AR_NASAB and (toks[b - 2].k == "w" and toks[b - 2].script == "ar"):
                b -= 2  # back to the chain's first name past its "بن"s
            if b < s and self.ar_after_org(b):
                continue  # "مستشفى الملك X بن Y الZي": the father's name in the chain of the place's patron
            out.append(_Cand(s, e, toks[s].s, toks[e - 1].e, source="shape"))
        return out

    def _ar_town_title(self, a: int) -> bool:
        """Arabic: the sheikh's title at token ``a`` opens a town's name ("الشيخ زويد"): right after "في" (in), or
        glued to و after one or two places the same "في" opens ("في العريش والشيخ زويد", "في رفح، العريش والشيخ
        X"); a person after "في" would be the object of trust or doubt, not where something is."""
        toks = self.toks
        t = toks[a]
        if t.bare not in _AR_TOWN_TITLES and t.n not in _AR_TOWN_TITLES:
            return False
        if not t.pre:
            return a > 0 and toks[a - 1].n in _AR_IN
        if t.pre != "و":
            return False
        j = a - 1
        while j >= 0 and a - j <= 4 and (toks[j].n in (",", "،") or (
                toks[j].k == "w" and toks[j].script == "ar" and not toks[j].pre and j not in self.hit_at
                and toks[j].n not in _AR_IN and not self.ar_stop(toks[j]))):
            j -= 1
        return 0 <= j < a - 1 and toks[j].n in _AR_IN and toks[j + 1].k == "w"

    def _ar_woman_named(self, i: int, j: int) -> int | None:
        """Arabic copy: the end of a woman's full name opening at token ``i`` with a known woman's given name and
        going on at ``j`` past the father's known given names, or None. A woman's name, the father's given name and
        a definite family name of any shape ("وقالت X خليل الZ، مفوضة ..."), closed off by a comma, a full stop
        or the إن of what she said, where nothing before binds the given name into a phrase: a word after a
        woman's name with no feminine ending and no article is no adjective of hers but her father's name."""
        toks, n = self.toks, len(self.toks)
        if toks[i].n not in self.lex.given_ar_women or toks[i].pre or not self._ar_open_before(i):
            return None
        f = j
        if j == i + 1:  # the father's name the lexicon does not know: a name word with no article, no -ة (a
            # proclitic read into it is its own letter, "فارس"; a glued و opens a list's next item)
            if j >= n or toks[j].k != "w" or toks[j].pre == "و" or self._al(j) or toks[j].n.endswith("ه") \
                    or toks[j].ment is not None or j in self.hit_at or not self.ar_name_tok(j) \
                    or self.ar_stop(toks[j]):
                return None
            f = j + 1
        if f >= n or toks[f].k != "w" or toks[f].pre or not self._al(f) or toks[f].ment is not None \
                or f in self.hit_at or not self.ar_name_tok(f) or toks[f].n in self.lex.stop \
                or toks[f].n in self.lex.state:
            return None
        if f + 1 < n and toks[f + 1].k == "w" and toks[f + 1].n not in _AR_THAT:
            return None  # (closed off: what follows a name is its apposition or what was said)
        return f + 1

    def _ar_he_names(self) -> list[_Cand]:
        """Arabic: "مصدر مطلع، هو X Y Z، إن" (a well-informed source, namely X Y Z): "he is"/"she is" right after a
        comma opens an apposition naming the one just described. A given name opens it (one that is a common word
        too counts here: the place says a name stands there), up to three more words close it at the next comma."""
        toks, n, out = self.toks, len(self.toks), []
        given = self.lex.given_ar | self.lex.given_ar_words
        for q in self.he_qs:
            i = self.word_at.get(q)
            if i is None or i < 3 or i in self.hit_at or self._al(i) or self.ar_stop(toks[i]):
                continue
            if toks[i].n not in given and not self._ar_unnamed_before(i - 2):
                continue  # (a word no given name opens a name only after a person described: "مصدر مطلع، هو X Y،")
            e = i + 1
            while e < n and e - i < 4 and toks[e].k == "w" and toks[e].script == "ar" and e not in self.hit_at \
                    and toks[e].ment is None and not self.ar_stop(toks[e]) and not self.glued_and(e):
                e += 1
            if e - i >= 2 and e < n and toks[e].n in (",", "،"):
                out.append(_Cand(i, e, toks[i].s, toks[e - 1].e, source="shape"))
        return out

    def _ar_unnamed_before(self, comma: int) -> bool:
        """Arabic: a person is described before the comma at ``comma``: a title, or a noun of someone unnamed
        ("مصدر", "مسؤول", "موظف", "شاهد"), with up to three adjectives or a complement after it."""
        toks = self.toks
        for j in range(comma - 1, max(comma - 5, -1), -1):
            t = toks[j]
            if t.k != "w":
                return False
            h = self.hit_at.get(j)
            if (h is not None and h.rd.role is not None) or t.n in _AR_UNNAMED or t.bare in _AR_UNNAMED:
                return True
        return False

    def _foreign_given(self) -> list[_Cand]:
        """Arabic and Persian copy: a foreign given name as the copy spells it ("كلوديا", "الکسی") and the family
        name after it, title or no title. Arabic script has no capitals, but a Russian or European given name is no
        word of the language, so it says a name stands there; the family name is the one word after it (two
        when the second is a foreign given name too: a middle name), never a stop word, a place, a title or the
        next item of a list."""
        toks, n, out = self.toks, len(self.toks), []
        foreign = self.lex.given_foreign.get(self.lang or "", frozenset())
        for q in self.foreign_qs:
            i = self.word_at.get(q)
            if i is None or i in self.hit_at or i + 1 >= n or (toks[i].n not in foreign and not (
                    toks[i].pre == "و" and toks[i].bare in foreign)):
                continue
            e = i + 1
            if toks[e].n in foreign and e + 1 < n:
                e += 1  # "ماريا إيلينا X": a second given name
            if self.glued_and(e) or self._al(e) or toks[e].n in foreign or not (
                    self.ar_name_tok(e) or self._foreign_fi(e)):
                continue
            if self.ar_after_org(i):
                continue  # "جامعة X Y": a place named after the person
            out.append(_Cand(i, e + 1, toks[i].s, toks[e].e, source="shape"))
        return out

    def _ar_chinese(self, k: int) -> tuple[int, int, bool] | None:
        """Arabic script: a Chinese name from token ``k``, two or three syllables of Mandarin as Arabic copy spells
        them ("وانغ لي مينغ", "تشانغ وي"), one of them unmistakably Chinese (the final -ng written نغ, the initial
        ch/zh written تش, which no Arabic word has); the syllables may spell short Arabic words ("لي" to me, "وي").
        """
        toks, n = self.toks, len(self.toks)
        e = k
        while e < n and e - k < 3 and toks[e].k == "w" and toks[e].script == "ar" and toks[e].ment is None \
                and toks[e].n in AR_PINYIN and (e == k or e not in self.hit_at):
            e += 1
        if e - k < 2 or (e < n and toks[e].k == "w" and toks[e].n in AR_PINYIN and toks[e].n not in AR_PINYIN_WORDS):
            return None
        if not any(toks[j].n.endswith("نغ") or toks[j].n.startswith("تش") for j in range(k, e)):
            return None
        return k, e, False

    def _foreign_fi(self, e: int) -> bool:
        """Arabic copy: token ``e``, right after a foreign given name, is a foreign family name opening with في
        ("فيشر" Fischer, "فيليبوف", "فييرا") that reads as the conjunction ف and an imperfect verb too ("يشر"):
        after a bare given name the verb reading has no subject, so the family name is meant."""
        t = self.toks[e]
        return self.lang == "ar" and t.k == "w" and t.script == "ar" and t.n[:2] == "فی" and len(t.n) >= 4 \
            and t.ment is None and e not in self.hit_at and t.n not in self.lex.stop and t.n not in self.lex.verbs \
            and t.n[1:] not in self.lex.stop and t.n[1:] not in self.lex.verbs

    def _cap_given(self) -> list[_Cand]:
        """Latin and Cyrillic: a known given name, capitalised, and the capitalised family name after it, title or
        no title ("Куратор Анна Вайнштейн", "German ecologist Martin Ebert"). A family name with no surname ending
        (Spanish, Portuguese, German, a Korean family name in Russian: "Ольга Ким") is told only so. A second
        given name may stand between ("Хосе Антонио X"), and the family name may be two words or hold a particle
        ("Эррера Сото", "Алвес да Силва"); a place, an organisation or a gazetteer name there makes no person."""
        toks, n, out = self.toks, len(self.toks), []
        given, particles = self.lex.given_cap, self.lex.particles
        done = -1
        for q in self.cap_given_qs:
            i = self.word_at.get(q)
            if i is None or i <= done or i + 1 >= n or not toks[i].cap \
                    or not _given_cap(toks[i].n, given, self.text[toks[i].s:toks[i].e], self._surname_shaped) \
                    or not self.cap_name_tok(i):
                continue
            e = i + 1
            if e < n and toks[e].n in given and self.cap_name_tok(e):
                e += 1  # a second given name
            f, words, oblique = e, 0, False
            while e < n and words < 2:  # a family name of one word or two ("Эррера Сото"), a particle inside
                if words == 1 and e - 1 == f and self._shape_strong(f):
                    break  # "Рахимов Хорезм мен ...": a family name with a surname's ending is whole; a place follows
                if words == 1 and self.kazakh and toks[e - 1].script == "cy" and kk_cased_surname(toks[e - 1].n):
                    oblique = True
                    break  # "Ерлан X-овпен Шарын ...": a surname with a case ending closed the name
                if words == 1 and self.kazakh and toks[e].script == "cy" and toks[e].n.endswith(KK_CASE_ENDINGS) \
                        and not self._shape_strong(e) \
                        and not any(p in toks[x].n for x in (e - 1, e) for p in PATRONYMIC):
                    oblique = True
                    break  # "Бауыржан Сейітқали Талдықорғанға оралды": Kazakh ends a name in one word, the family
                    # name (or a patronymic after it); a third word in an oblique case is where the sentence goes on
                if self.cap_name_tok(e) and toks[e].n not in given and not self.geo_follows(e):
                    e += 1
                    words += 1
                elif toks[e].n in particles and not toks[e].cap and e + 1 < n and self.cap_name_tok(e + 1) and e > f:
                    e += 1  # "Алвес да Силва", "Pieter van X"
                else:
                    break
            if e == f or toks[e - 1].n in particles or (e < n and self.cap_name_tok(e) and not self.geo_follows(e)
                                                         and not oblique):
                continue  # (a third capitalised word: a longer proper name, a title in title case, not a person)
            if i > 0 and toks[i - 1].n in _SAINT_EPITHETS:
                continue  # "храма святого Николая Чудотворца": the saint a church is named for, no person of the news
            if i > 1 and toks[i - 1].cap and toks[i - 1].script == "la" and i - 1 not in self.hit_at \
                    and toks[i - 2].k == "w" and toks[i - 1].ment is None and not toks[i - 1].n.endswith("'s"):
                continue  # "of Khoja Ahmed Yasawi": inside a longer name of capitalised words in English title case
                # (a title, a place or its possessive aside: "Mexico's Miguel X"; Russian capitalises the first word
                # of a name only, so a capital before is the end of the title's complement: "Республики Мехмет X")
            if self.org_around(i, e) or (toks[i].script == "cy" and self.adjectives_in(f, e)):
                continue
            done = e - 1
            out.append(_Cand(i, e, toks[i].s, toks[e - 1].e, source="shape"))
        return out

    def _named_as(self) -> list[_Cand]:
        """English: "a trader who gave her name only as X said": the phrase says a person's name follows, so one
        capitalised word (or two) after it is a name, a given name alone too."""
        toks, n, out = self.toks, len(self.toks), []
        for q in self.named_as_qs:
            i = self.word_at.get(q)
            if i is None or not self.cap_name_tok(i) or toks[i].ment is not None:
                continue
            e = i + 1
            if e < n and self.cap_name_tok(e) and toks[e].ment is None:
                e += 1
            if e < n and toks[e].k == "w" and toks[e].cap:
                continue  # (a longer run: no name of one or two words)
            out.append(_Cand(i, e, toks[i].s, toks[e - 1].e, source="shape"))
        return out

    def _particle_names(self) -> list[_Cand]:
        """Latin and Cyrillic: one capitalised word, a Dutch or German family particle in lower case ("van", "von",
        "van der", "ван", "фон") and one capitalised word ("Henk van Dijk", "Хенк ван Дейк"): a family name with
        its particle, told by the particle alone (places and bodies do not take it), given name known or not.
        The run stands alone: no capitalised word of its script right before or after it."""
        toks, n, out = self.toks, len(self.toks), []
        for j in range(1, n - 1):
            t = toks[j]
            if t.k != "w" or t.cap or t.n not in _FAMILY_PARTICLES:
                continue
            i, k = j - 1, j + 1
            if toks[k].k == "w" and not toks[k].cap and toks[k].n in _FAMILY_PARTICLES_SECOND and k + 1 < n:
                k += 1  # "van der", "van den", "von der"
            e = k + 1
            if not (self.cap_name_tok(i) and self.cap_name_tok(k)) or toks[i].script != toks[k].script \
                    or toks[i].ment is not None or toks[k].ment is not None:
                continue
            if i > 0 and toks[i - 1].k == "w" and toks[i - 1].cap and toks[i - 1].script == toks[i].script \
                    and i - 1 not in self.hit_at:
                continue  # inside a longer run of capitalised words (a body's name in title case)
            if e < n and toks[e].k == "w" and toks[e].cap and toks[e].script == toks[i].script:
                continue
            if self.org_around(i, e) or self.geo_follows(k):
                continue
            c = _Cand(i, e, toks[i].s, toks[e - 1].e, source="shape")
            h = self._title_before(i)
            if h is not None:
                role = self._role_string(h.rd, self.complement_fwd(h)[1] if h.rd.dir != "back" else None)
                c.roles.append((h.rd.strength, 1 if (role and " of " in role) else 0, 1, role))
            out.append(c)
        return out

    def _noun_name_said(self) -> list[_Cand]:
        """Russian: a person noun (by its suffix: -лог, -ист, -ник, -тель...), two capitalised words and a verb of
        saying ("Биолог X Y добавила", "заявил политолог X Y"... the first order only): the noun and the verb
        both want a person, so the words between are a name though neither is known ("Мариэтта Ковач").
        Kazakh: an agent noun in -шы/-ші (its possessive too) and two capitalised words alone ("11-сынып
        оқушысы X Y жинады"): Kazakh capitalises no common noun inside a sentence, so they are the noun's name."""
        toks, n, out = self.toks, len(self.toks), []
        for q in self.said_by_qs:
            i = self.word_at.get(q)
            if i is None or i + 2 >= n or not (self.cap_name_tok(i) and self.cap_name_tok(i + 1)):
                continue
            if self.lang == "kk":
                if toks[i + 2].k == "w" and toks[i + 2].cap or toks[i].ment is not None \
                        or toks[i + 1].ment is not None or toks[i].n.endswith(KK_CASE_ENDINGS) \
                        or toks[i + 1].n.endswith(KK_CASE_ENDINGS):
                    continue  # (Kazakh: after an agent noun, the two words alone, in no case: the apposition's
                    # name is the bare noun's, "басшысы Тоқаевтың Ханойға" a genitive and a place; no place the
                    # gazetteer knows)
            elif toks[i + 2].n not in self.lex.speech_cap:
                continue
            if self.geo_follows(i + 1) or self.org_around(i, i + 2) or self.adjectives_in(i, i + 2):
                continue
            out.append(_Cand(i, i + 2, toks[i].s, toks[i + 1].e, source="shape"))
        return out

    def _works_of(self) -> list[_Cand]:
        """English: "a Chekhov play", "the Tolstoy novels": a capitalised word with a surname's strong ending
        between an article and a noun of a work names the work's author (a place or a people before such a noun,
        "a Kazakh film", "a Boston story", has no surname's ending)."""
        out = []
        for q in self.work_qs:
            i = self.word_at.get(q)
            if i is None or not self.cap_name_tok(i) or not self._shape_strong(i) or self.toks[i].ment is not None:
                continue
            out.append(_Cand(i, i + 1, self.toks[i].s, self.toks[i].e, single=True, source="shape"))
        return out

    def _post_titled(self) -> list[_Cand]:
        """Kazakh and Russian: a capitalised word before the title of a khan, a biy or a batyr written after the
        name, lower-case ("Абылай хан", "Төле биге", "Қабанбай батырдың", "Абылай хана"): the title wants a person,
        so the word is a name though the lexicon knows none (the title is not part of it). Not a place named for
        him ("Абылай хан даңғылы": the regex leaves out a street's, a district's noun after the title)."""
        out = []
        for q in self.post_title_qs:
            i = self.word_at.get(q)
            if i is None or not self.cap_name_tok(i) or self.toks[i].ment is not None or i in self.hit_at:
                continue
            if i > 0 and (self.toks[i - 1].n.startswith(_STREET_BEFORE) or self._settlement_before(i)):
                continue  # "на улице Абылай хана", "в поселке Толе би": the street or the village named after him
            if self.toks[i].n.endswith(_KK_PLACE_CASES):
                continue  # "Ғимаратта би кеші": a noun in the locative opens the sentence, "би" is the dance
            out.append(_Cand(i, i + 1, self.toks[i].s, self.toks[i].e, single=True, source="shape"))
        return out

    def _marked_names(self) -> list[_Cand]:
        """Latin and Cyrillic copy: a full name a person noun introduces with its nationality or origin, with no
        title and no given name the lexicon knows ("Японский астроном Кэндзи Ватанабэ", "школьник из Нигерии Чиди
        Океке", "India's top seed Arjun Krishnamurthy"): the noun is a person's by its suffix (-ист, -ник, -тель,
        -ец; -er, -or, -ist, -ian), the name two capitalised words closed off after it. A Korean name after a
        country's possessive needs no noun: its hyphenated given name says it is one ("Korea's Kwon Da-eun")."""
        toks, n, out = self.toks, len(self.toks), []
        for q in self.marked_qs:
            j = self.word_at.get(q)
            if j is None or j < 1 or j + 2 >= n:
                continue
            if self.lang == "ru":
                if toks[j].ment is not None:  # "школьник из Нигерии X Y": the origin after the noun
                    if toks[j - 1].n != "из" or j < 2 or not _ru_person_noun(toks[j - 2]) \
                            or _country_of(toks[j].ment) is None:
                        continue
                    k = self._skip_mention(j)
                else:  # "Японский астроном X Y": the noun after an adjective in -ский/-цкий
                    if not _ru_person_noun(toks[j]):
                        continue
                    k = j + 1
                korean = False
            else:  # "India's top seed X Y": the country's possessive, a noun with its modifiers
                prev = toks[j - 1]
                if not prev.n.endswith("'s") or not prev.cap:
                    continue
                korean = self.korean_given_at(j + 1)  # (any capitalised possessive: "Korea's", "Seoul's")
                k = j
                if not korean:
                    if prev.ment is None or _country_of(prev.ment) is None:
                        continue
                    while k < n and k - j < 3 and toks[k].k == "w" and not toks[k].cap and toks[k].n.isalpha() \
                            and toks[k].n not in self.lex.cap_stop:
                        k += 1
                    if k == j or not _en_person_noun(toks[k - 1].n):
                        continue
            if k + 1 >= n or not (self.cap_name_tok(k) and self.cap_name_tok(k + 1)):
                continue
            if toks[k].script != toks[j].script or toks[k + 1].script != toks[j].script:
                continue  # "турецкий производитель Yıldırımoğlu Tekstil": a name in another script than the
                # copy's (Russian writes a foreign person in Cyrillic) is a firm's or a brand's, as registered
            e = k + 2
            if e < n and (self.cap_name_tok(e) or toks[e].n in self.lex.particles) and not korean:
                continue  # a longer run of capitalised words: a body's or a work's name, not a person's
            if self.geo_follows(e - 1) or self.org_around(k, e) or (
                    toks[k].script == "cy" and self.adjectives_in(k, e)):
                continue
            out.append(_Cand(k, e, toks[k].s, toks[e - 1].e, source="shape"))
        return out

    def _figures(self) -> list[_Cand]:
        """A historical figure of the region's cultures named alone or with an epithet ("شعر رودکی و جامی", "مؤلفات
        ابن سينا", "Абайдың өлеңдері", "стихи Алишера Навои", "Khoja Ahmed Yasawi"): a poet, scholar or ruler of the
        past is known by one name, with no title. A name that is a word too ("جامی", "نظامی", "Jami") is one only beside
        a noun of poetry or scholarship, or joined by "و"/"and" to another figure. No name is one where it names a
        place ("ناحیه رودکی", "проспект Абая", "Navoi region", "Әуезов театры"), stands inside a longer name
        (a given name before it, "Navoi Mining"), or follows a title (its own pattern reads it there)."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        found: list[tuple[int, int, bool]] = []
        glued: set[tuple[int, int]] = set()  # figures matched without the proclitic glued to their first word
        # ("لابن حجر": the span leaves it out), and those matched with the word whole
        direct: set[tuple[int, int]] = set()
        for q, key in self.figure_qs:
            i = self.word_at.get(q)
            if i is None or toks[i].k != "w":
                continue
            t = toks[i]
            if t.script in ("la", "cy") and not self._figure_cased(t):
                continue
            names = lex.figures.get(key)
            bare = not names and bool(t.pre)
            if bare:
                names = lex.figures.get(t.bare + key[len(t.n):])
            if not names:
                continue
            match = next(((i + len(words), also) for words, also in names if i + len(words) <= n and all(
                self._figure_word(toks[i + k], w, k == 0) for k, w in enumerate(words))), None)
            if match is None:
                continue
            e, also = match
            (glued if bare else direct).add((i, e))
            if t.leader is not None or t.ment is not None or (i in self.hit_at and e == i + 1) \
                    or self._figure_place(i, e) or self._figure_in_name(i, e):
                continue
            found.append((i, e, also))
        out: list[_Cand] = []
        last = -1
        for i, e, also in sorted(found, key=lambda f: (f[0], -f[1])):
            if i < last:
                continue  # (inside a longer figure's name: "Алишера Навои" holds "Навои")
            if also and not any(k >= 0 and toks[k].k == "w" and (toks[k].n in lex.figure_context or (
                    toks[k].script == "cy" and _stem_in(toks[k].n, lex.figure_context)))  # ("өлеңдерін": in a case)
                                for k in (i - 1, i - 2, e)) and not any(
                    (s2 == e + 1 or e2 == i - 1) and toks[e if s2 == e + 1 else i - 1].n in _LIST_AND
                    for s2, e2, also2 in found if not also2):
                continue
            last = e
            cs = toks[i].s
            if (i, e) in glued and (i, e) not in direct and toks[i].pre[:1] != "و":
                cs += len(toks[i].pre)  # (a conjunction و is trimmed with every name's: see trim)
            out.append(_Cand(i, e, cs, toks[e - 1].e, source="shape"))
        return out

    def _figure_cased(self, t: Tok) -> bool:
        """A Latin or Cyrillic name is written with a capital and in lower case after it ("абай болу" is Kazakh "be
        careful", "NAVOI –" a dateline), and is no web address ("Abai.kz")."""
        raw, text = self.text[t.s:t.e], self.text
        return raw[:1].isupper() and not raw[1:].isupper() and not (
            t.e + 1 < len(text) and text[t.e] == "." and text[t.e + 1].isalpha())

    def _figure_word(self, t: Tok, w: str, first: bool) -> bool:
        """Token ``t`` is the figure's word ``w`` as written: itself, with a proclitic (Arabic script, first word
        only), with "'s" (Latin), or with a Russian or Kazakh case ending (Cyrillic; not the Kazakh locative: "in
        Navoi" is the city)."""
        if t.k != "w":
            return False
        tn = t.n
        if tn == w:
            return True
        if t.script == "ar":
            return first and bool(t.pre) and t.bare == w
        if t.script == "la":
            return tn == w + "'s"
        if t.script != "cy":
            return False
        if tn.startswith(w) and tn[len(w):] in _FIGURE_CASES:
            return True
        for cut in FIGURE_SOFT_CUTS:
            if w.endswith(cut) and len(w) - len(cut) >= 3:
                return tn.startswith(w[: -len(cut)]) and tn[len(w) - len(cut):] in _FIGURE_SOFT_CASES
        return False

    def _figure_place(self, i: int, e: int) -> bool:
        """The figure's name at ``i..e`` is the name of a place or institution: a place noun, "имени" or a
        preposition of place before it ("ناحیه رودکی", "проспект Абая", "театр им. Навои", "in Navoi"), or a place
        noun after it, up to three capitalised words between ("Navoi region", "Alisher Navoi State Academic Bolshoi
        Theatre", "Әуезов театры", "Әл-Фараби атындағы")."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        if e == i + 1 and i > 0 and toks[i - 1].n in lex.figure_place_before_lone:
            return True  # "груз для Навои", "дорога до Навои": a lone name after a preposition of direction
        if e == i + 1 and toks[i].script in ("la", "cy") and toks[i].n in _caps_dateline(self.text):
            return True  # "NAVOI. The president toured the Navoi zone": the town the story was filed from, which a
            # headline names too ("... tours Navoi industrial zone")
        if toks[i].script == "ar" and not lex.arabic_copy and self._fa_ezafe_body(i):
            return True
        if self._figure_dashed_place(i, e):
            return True
        k = i - 1
        while k >= 1 and toks[k].n == "." and self.initial_at(k - 1):
            k -= 2  # "театр имени М. Ю. Лермонтова": the figure's initials stand between
        for _ in range(2):  # one more name of the list may stand between ("проспектах Аль-Фараби и Абая")
            if k >= 1 and toks[k].n in (".", "of", "the") and toks[k - 1].k == "w":
                k -= 1  # "им. Навои", "the mausoleum of X"
            if k >= 2 and toks[k].n == "as" and toks[k - 1].n == "such":
                k -= 2  # "towns such as X and Abai": the examples of a place noun
            elif k >= 1 and toks[k].n in ("like", "including"):
                k -= 1
            if k >= 0 and toks[k].k == "w":
                p = toks[k]
                if p.script == "ar":
                    if p.n in lex.figure_place_before or (p.pre and p.bare in lex.figure_place_before):
                        return True
                elif _stem_in(p.n, lex.figure_place_before):
                    return True
            if k < 2 or (toks[k].n not in _LIST_AND and toks[k].n != ",") or not toks[k - 1].cap:
                break
            k -= 1
            while k > 0 and toks[k].cap and toks[k - 1].cap and k > i - 6:
                k -= 1  # (a name of two words: "Амира Темура и Абая")
            k -= 1
        k = e
        while k < min(e + 6, n):  # the place noun after a list of names ("Махамбет, Исатай және Индер аудандарына")
            t = toks[k]
            if t.k == "p" and t.n == ",":
                k += 1
                continue
            if t.k != "w" or t.script == "ar":
                break
            if _stem_in(t.n, lex.figure_place_after):
                return True
            if not t.cap and t.n not in _LIST_AND:
                break
            k += 1
        return False

    def _acronym_after(self, k: int) -> bool:
        """Tokens ``k``.. are a bracketed acronym of capitals ("(DSI)")."""
        toks = self.toks
        if k + 2 >= len(toks) or toks[k].n != "(" or toks[k + 2].n != ")":
            return False
        raw = self.text[toks[k + 1].s:toks[k + 1].e]
        return len(raw) >= 2 and raw.isupper() and raw.isalpha()

    def _counted(self, k: int) -> bool:
        """Token ``k``'s word stands right after a numeral somewhere in the copy ("۱۴ گل": 14 goals): a counted
        common noun."""
        w = self.toks[k].n
        return len(w) > 1 and re.search(r"\d\s+" + re.escape(w) + r"(?!\w)", self.folded.norm) is not None

    def _fa_ezafe_body(self, i: int) -> bool:
        """Persian: the figure's name at ``i`` closes an ezafe chain that a body's noun heads ("انستیتوی زبان و
        ادبیات رودکی": the Rudaki institute of language and literature): nouns and "و" run back to it within four
        words, with no mark, preposition or noun of poetry between."""
        toks, lex = self.toks, self.lex
        for k in range(i - 1, max(i - 5, -1), -1):
            p = toks[k]
            if p.k != "w" or p.script != "ar" or p.n in _FA_PREPS or p.n in lex.figure_context:
                return False
            w = p.n
            if w in lex.org_ar or w in lex.figure_place_before or (
                    w.endswith(("وی", "ای")) and w[:-1] in lex.org_ar):  # "انستیتوی": its ezafe after a vowel
                return True
        return False

    def _figure_dashed_place(self, i: int, e: int) -> bool:
        """A spaced dash ties the figure's name at ``i..e`` to a place: a place noun after it ("Навои — город в
        центре Узбекистана", "Navoi - a city of ...") or a place the gazetteer knows before it, a route ("газопровод
        Бухара — Навои")."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        if e + 1 < n and toks[e].n == "-" and toks[e].s > toks[e - 1].e and toks[e + 1].k == "w":
            j = e + 1
            if toks[j].n in ("a", "an", "the") and j + 1 < n:
                j += 1
            w = toks[j].n
            if _stem_in(w, lex.figure_place_after) or (
                    toks[j].script == "cy" and len(w) > 3 and _stem_in(w, lex.figure_place_before)):
                return True
        return i >= 2 and toks[i - 1].n == "-" and toks[i - 1].e < toks[i].s and toks[i - 2].ment is not None \
            and toks[i - 2].ment.kind == "place"

    def _figure_in_name(self, i: int, e: int) -> bool:
        """The figure's name at ``i..e`` is part of a longer name (someone living named after a figure): an Arabic
        or Persian given name or a title's word before it, a surname after it; in Latin or Cyrillic copy, a
        capitalised word right before it inside a sentence or right after it."""
        toks, n, lex = self.toks, len(self.toks), self.lex
        p = toks[i - 1] if i > 0 and toks[i - 1].k == "w" else None
        if toks[i].script == "ar":
            poet = p is not None and (p.n in lex.figure_context or p.bare in lex.figure_context or (
                i - 1 in self.hit_at and self.hit_at[i - 1].rd.role is None))  # "الشاعر X", "الشيخ X", "الإمام X"
            if p is not None and (p.n in lex.given_ar or self._given_fa(p.n) or (i - 1 in self.hit_at and not poet)
                                  or self.ar_after_org(i)):
                return True
            return e < n and toks[e].k == "w" and self._surname_like_ar(e)
        if p is not None and p.cap and i >= 2 and toks[i - 2].k == "w":
            return True
        return e < n and toks[e].k == "w" and toks[e].cap

    def _surname_like_ar(self, k: int) -> bool:
        """Arabic-script token ``k`` could go on with a name before it: a Persian compound surname or one with a
        Central-Asian ending ("فارابی اف"), not a stop word."""
        t = self.toks[k]
        return t.script == "ar" and (t.n.endswith(self.lex.sur_ar) or self._fa_compound(k))

    def _korean_cy(self) -> list[_Cand]:
        """Russian and Kazakh copy: a Korean name as Russian spells it, the family name and a given name of two
        syllables, each a capitalised word of one syllable ("Пак Чон Хун", "Ким Ён Су"); Russian declines the
        first and last parts ("Паком Чон Хуном"). No word of Russian or Kazakh runs three capitalised syllables in a
        row inside a clause, so the shape alone tells the name (a place or gazetteer name among them does not)."""
        toks, n, out = self.toks, len(self.toks), []
        for q in self.korean_qs:
            i = self.word_at.get(q)
            if i is None or i + 3 > n or not all(self.cap_name_tok(j) for j in (i, i + 2)):
                continue
            mid = toks[i + 1]
            if not self.cap_name_tok(i + 1) and not (
                    mid.k == "w" and mid.cap and mid.script == "cy" and mid.ment is None and i + 1 not in self.hit_at
                    and all(_cy_syllable(self.text[toks[j].s:toks[j].e], False) for j in (i, i + 2))):
                continue  # (the middle syllable may spell a short word of Russian, capitalised only as a name's
                # part, between two undeclined syllables: "Ким Со Ён", "Ли На Ра")
            if i + 3 < n and self.cap_name_tok(i + 3):
                continue  # a longer capitalised run
            out.append(_Cand(i, i + 3, toks[i].s, toks[i + 2].e, source="shape"))
        return out

    def _given_first(self, s: int, e: int) -> tuple[int, int]:
        """Persian: the clause-opening span ``s..e`` cut to a known given name (or a compound of two, "حسین‌علی",
        with "سید" before it) and one family-name word (two when the second has the article, "شیخ الاسلامی"):
        a Persian family name is one word, so what follows is the clause's predicate; (s, s) when the span
        does not open with a given name."""
        toks = self.toks
        g = s + 1 if toks[s].n in ("سید", "سیده") and e - s >= 3 else s
        if not self._given_fa(toks[g].n) or e - g < 2:
            return s, s
        end = g + 2
        if end < e and toks[end].n.startswith("ال"):
            end += 1  # "شیخ الاسلامی": a family name written in two words
        if end < e and self._given_fa(toks[g + 1].n):
            return s, s  # two given names in a row: a list or a compound the text did not join, not a clear name
        return s, end  # Persian family names are one word: what follows is the clause's predicate

    def _given_fa(self, w: str) -> bool:
        """A Persian given name, or two written as one word ("حسینعلی"); decided once per word."""
        cache = self.lex.given_fa_cache
        got = cache.get(w)
        if got is None:
            if len(cache) > 100_000:
                cache.clear()
            given = self.lex.given_fa
            got = cache[w] = w in given or any(w[:i] in given and w[i:] in given for i in range(2, len(w) - 1)) or (
                w[:3] == "سید" and (w[3:] in given or w[4:] in given and w[3] == "ه"))  # "سیدجواد", "سیدهزهرا"
        return got

    # -- resolution ------------------------------------------------------------------------------------
    def _end_at_hyphenated_given(self, c: _Cand) -> None:
        """Arabic script: a name ends at a given name whose two syllables a hyphen joins ("كيم دونغ-جين", the
        Korean order: the family name first, the given name last); Arabic writes no hyphen inside its own words, so
        the words after it ("بارك جي-هو نماذج حاسوبية") are the sentence's, not the name's."""
        toks = self.toks
        for k in range(c.s + 1, c.e - 1):
            w = toks[k].n
            if toks[k].k == "w" and 0 < w.find("-") < len(w) - 1:
                c.e, c.ce = k + 1, toks[k].e
                return

    def _resolve(self, cands: list[_Cand], unnamed: list[tuple[int, str | None, int, bool]]) -> list[Entity]:
        toks, lex = self.toks, self.lex
        cands = [c for c in cands if not (toks[c.s].script == "cy" and self._named_for(c.s))]
        cands = [c for c in cands if not (toks[c.s].script == "ar" and any(
            toks[x].n == "شهید" and not toks[x].pre for x in range(c.s + 1, c.e - 1)))]
        # "دانشگاه علوم پزشکی شهید بهشتی": "شهید" (martyr) stands before a name as its title, never inside one;
        # the words before it are a place's or a body's name (an ezafe chain) named after the martyr after it
        for c in cands:
            if c.e - c.s >= 3 and toks[c.s].script in ("la", "cy") and self._lead_not_name(c.s, c.e):
                c.s += 1  # "Жительница Паркента X Y", "Councillor X Y": the word before the name is not its own
                c.cs = toks[c.s].s
        self._repeat_after_noun(cands)
        for c in cands:
            if toks[c.s].script == "ar" and c.e - c.s > 2:
                self._end_at_hyphenated_given(c)
            elif c.e < len(toks) and toks[c.e].n in _KYRGYZ_PATRONYMIC_WORDS and not toks[c.e].cap \
                    and toks[c.e - 1].cap and toks[c.e - 1].script == toks[c.e].script:
                c.e, c.ce = c.e + 1, toks[c.e].e  # "Атабек Мамытов уулу": the Kyrgyz "son of" (кызы, daughter of),
                # written apart after the father's name, ends the name
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
            if any(r[3] for r in c.roles) or not (
                    c.source == "subject" or (c.source == "shape" and toks[c.s].script == "ar")):
                continue
            # a Central-Asian surname ending (-یف, -وف) goes with a foreign envoy's title ("سفیر قزاقستان"),
            # a local name with a local office ("استاندار زنجان"); nothing fits: no role, rather than a guess
            foreign = self._any_surname_like(c.s, c.e)
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
            if c.e - c.s == 2 and toks[c.s].script in ("la", "cy") and toks[c.s].cap \
                    and chinese_family_first(toks[c.s].n, toks[c.s + 1].n):
                known.setdefault(toks[c.s].n, c)  # "Liu Jianwei", "Чжан Лэй": a Chinese name puts the family name
                # first, and is said again by it ("Liu said", "Zhang also presented")
            key = self._key(c.e)
            if c.e - c.s >= 3 and toks[c.e - 1].script == "ar" and toks[c.e - 2].k == "w" \
                    and toks[c.e - 1].n in lex.fa_long + lex.fa_short:
                known.setdefault(toks[c.e - 2].n + key, c)  # "غلامرضا حسین پور": the compound family name written
                # with a space is said again joined ("حسین‌پور"; the ZWNJ folds away)
            if (len(key) < 4 and not (self._syllabic(c) or self._short_declined(c, key))) or key in lex.stop \
                    or key in AR_JOIN_PREV \
                    or toks[c.e - 1].ment is not None:
                continue
            if toks[c.e - 1].script == "ar" and self._nisba(c.e - 1, c.e) and (self._al(c.s) or c.e - c.s < 2):
                continue  # "السفير المصري": an adjective; "فاطمة سالم البلوشي": a family name, said again later
            if key not in known or _best(c.roles)[0] > _best(known[key].roles)[0]:
                known[key] = c
            if c.e - c.s == 2 and toks[c.s].script == "la" and self.korean_given_at(c.s + 1):
                known.setdefault(toks[c.s].n, c)  # "Park Min-seok": a Korean name is said again by its first word

        if self.lang in ("kk", "ru"):
            self._known_given_names(merged, known)
        kept: list[_Cand] = []
        for c in merged:
            lead = toks[c.e - 1].leader
            if lead is not None and lead.role and lead.country:
                # the gazetteer knows this leader's office: it settles a tie when a title confirms it
                confirmed = _confirms(c.roles, lead.role)
                c.roles.append((3, 1, 2 if confirmed else -1, f"{lead.role} of {lead.country}"))
            if c.single:
                key = self._key(c.e)
                src = known.get(key)
                leader = toks[c.s].leader is not None
                if src is None and not leader and not c.hon and not (
                    c.source == "pattern" and self._surname_like(c.e - 1) and _best(c.roles)[0] >= 3
                ) and c.source not in ("subject", "shape") and not self._regnal(c):
                    continue
                if src is not None:
                    c.roles.extend(src.roles)
            elif c.source == "shape" and not any(r[3] for r in c.roles):
                src = known.get(self._key(c.e))  # "Е. Сейітов" after "Асан Сейітов, елші": the same person
                if src is not None and src is not c:
                    c.roles.extend(src.roles)
            kept.append(c)
        # a short Cyrillic surname closing a given name and itself ("Валентина Ким", "Ольга Пак"): a key for the
        # repeats below, which take a short one alone only as the owner of what was said ("Кимнің сөзінше",
        # "по словам Пак") or beside a verb of saying
        for c in kept:
            if c.e - c.s == 2 and not c.single and toks[c.e - 1].script == "cy" and toks[c.e - 1].ment is None \
                    and self._capitalised_run(c, 2):
                key = self._key(c.e)
                if len(key) == 3 and key not in lex.stop and key not in lex.cap_stop:
                    known.setdefault(key, c)
        # repeats of known surnames elsewhere ("А. Сейітов" after "Асан Сейітов")
        covered = set()
        for c in kept:
            covered.update(range(c.s, c.e))
        if known:
            self._extend_for_repeats(known)
            toks = self.toks
            prefixes = {k[:3] for k in known}
            short = [k for k in known if len(k) < 3]  # "Хо" of "Пак Чжун Хо": its cased forms open with it
            # "Лэй" of "Ван Лэй": declined, its last letter changes ("Ван Лэя"), so its first two open the forms
            short += [k[:2] for k in known if len(k) == 3 and k.endswith("й")]
            prefixes.update(k for k in short if len(k) == 2)
            # the words opening with a known surname's first letters, found by searching the text for them
            # (a few searches in C) instead of visiting every token; then taken in token order, as before
            norm, word_at, extra_at = self.folded.norm, self.word_at, self.extra_at
            found: set[int] = set()
            for prefix in prefixes:
                q = norm.find(prefix)
                while q != -1:
                    for at in (word_at, extra_at):
                        i = at.get(q)
                        if i is not None:
                            found.add(i)
                    q = norm.find(prefix, q + 1)
            for i in sorted(found):
                t = toks[i]
                if t.k != "w" or (t.n[:3] not in prefixes and t.n[:2] not in short) or i in covered \
                        or i in self.hit_at:
                    continue
                key = self._match_known(i, known)
                if key is None:
                    self._split_compound_repeat(i, known, covered, kept)
                    continue
                src = known[key]
                whole = len(key) < 4 and not self._speech_near(i, i + 1) and not self._words_of(i)
                # a short syllable repeats a person only with the whole name before it, or as the subject of a verb
                # of saying ("Liu said", "Kim said") or the owner of what was said ("Кимнің сөзінше", "по словам Кима")
                s = i
                if s >= 2 and toks[s - 1].n == "." and self.initial_at(s - 2):
                    s -= 2
                else:
                    j = src.e - 2
                    while j >= src.s and s - 1 >= 0 and toks[s - 1].k == "w" and s - 1 not in covered and (
                            toks[s - 1].n == toks[j].n or _declined_alike(toks[s - 1], toks[j])):
                        s -= 1
                        j -= 1
                if whole and i - s != src.e - src.s - 1:
                    continue
                closed = s - 1 in covered and toks[s - 1].script == "cy" and toks[s - 1].n.endswith(SURNAME_OV) \
                    and not t.n.endswith(PATRONYMIC)  # "Әлия Сәрсенбаева Мағжанның": an -ov surname closed that name
                if (self._name_like(s - 1) and not closed) or (self._name_like(i + 1) and not self._surname_like(i)
                                              and not (t.script == "ar" and self._al(i))):
                    continue  # part of another full name (a family name with ال never starts one)
                if t.script == "cy" and self.org_around(s, i + 1) and not self._oblique_repeat(i, key):
                    continue  # "Әуезов театры" after "Мұхтар Әуезов": the theatre named after him, not the man
                if s == i and src.e - src.s >= 2 and toks[src.s].n == t.n and t.script == "cy" \
                        and self.geo_follows(i):
                    continue  # "Алтай өлкесімен" after "Алтай Мусин": a given name that is also a place's name,
                    # said alone before a place's head noun (territory, region, mountain), is the place
                c = _Cand(s, i + 1, toks[s].s, toks[i].e, source="repeat")
                c.roles.extend(src.roles)
                kept.append(c)
                covered.update(range(s, i + 1))
        kept = _without_lone_subjects(kept, known, self._key)
        # "Korea's Seo" of "Korea's Seo Jun-young": a possessive inside a run of capitalised words ends what owns
        # it; no name holds one before its last word
        kept = [c for c in kept if not any(toks[x].n.endswith("'s") and toks[x].script == "la"
                                           for x in range(c.s, c.e - 1))]
        # overlaps: keep the longer span
        kept.sort(key=lambda c: (c.cs, -(c.ce - c.cs)))
        self._counterparts(kept)
        out: list[Entity] = []
        last_end = -1
        for c in kept:
            if c.cs < last_end:
                continue
            cs, ce, base = self.trim(c.s, c.e, c.cs, c.ce)
            if ce <= cs:
                continue
            if 0 < cs and ce < len(self.text) and self.text[cs - 1] in _OPEN_QUOTES and self.text[ce] in _CLOSE_QUOTES:
                continue  # «Нұр Жолы», "Silk Way": a name set in quotes whole is a programme's, a firm's, a post's
            role = _best(c.roles)[3] if c.roles else None
            out.append(Entity(type="person", text=self.text[cs:ce], canonical=base, start=cs, end=ce, role=role))
            last_end = c.ce
        return out

    def _lead_not_name(self, s: int, e: int) -> bool:
        """Latin and Cyrillic: the first of the capitalised words ``s..e`` (three or more) is not the name's, a word
        of the clause before it: before a known given name a capitalised word joins the name only if it has a
        surname's or a patronymic's shape (said surname first, "Ахмедов Алишер Y"); a place or a body in the
        genitive ("жительница Паркента X Y", "начальник управления Минобороны X Y") or a person noun opening the
        sentence ("Councillor X Y", "Gymnast X Y") is not. Kazakh: a name of a given name and a surname in
        -ұлы/-қызы said first has a surname before it only in that shape, so at the sentence's start a word of
        no such shape is a noun the start capitalises ("Шабандоз X Yұлы")."""
        toks, given = self.toks, self.lex.given_cap
        t = toks[s]
        if any(toks[x].k != "w" or not toks[x].cap for x in range(s, e)) or toks[s + 1].script != t.script \
                or s in self.figure_starts:
            return False  # (a known figure's name is whole: "Ходжи Ахмеда Ясави")
        if t.n in given or "-" in t.n or len(t.n) < 5 or t.leader is not None or t.ment is not None \
                or t.n.endswith(PATRONYMIC) or self._surname_shaped(t.n) or self._surname_like(s) \
                or self._shape_strong(s):
            return False
        last = toks[e - 1].n
        if self._clause_start(s) and self._person_noun_opening(s, e):
            return True
        if t.script == "cy" and toks[s + 1].n in given and not last.endswith(_RU_PATRONYMIC) \
                and t.n[-2:] != toks[s + 1].n[-2:]:
            return True  # (a Russian name said surname first ends in a patronymic, "Хегай Ольга Петровна"; a
            # first given name agrees in case with the second, "Мохаммадом Юсуфом X"; Latin copy: a given name
            # the lexicon does not know may stand first, "Rashid Saeed X")
        return self.kazakh and t.script == "cy" and self._clause_start(s) and last.endswith(_KK_PATRONYMIC) \
            and not self._shape_strong(s + 1) and not toks[s + 1].n.endswith(PATRONYMIC)

    def _repeat_after_noun(self, cands: list[_Cand]) -> None:
        """Cyrillic: a capitalised word and a surname opening a sentence ("Кейс Байтурсынова приобщён"), the
        surname that of a full name found before it with another given name ("Марат Байтурсынов"): the surname
        says that person again, in a case (his briefcase); the word before it, no given name the lexicon knows
        nor a surname's shape, is the noun the sentence opens with, not a second given name."""
        toks, given = self.toks, self.lex.given_cap
        full = [c for c in cands if c.e - c.s >= 2 and not c.single and toks[c.s].script == "cy"]
        if len(full) < 2:
            return
        for c in full:
            t = toks[c.s]
            if c.e - c.s != 2 or c.source != "shape" or not self._clause_start(c.s) or not t.cap \
                    or t.n in given or "-" in t.n or t.leader is not None or self._surname_shaped(t.n) \
                    or not self._shape_strong(c.e - 1):
                continue
            last = toks[c.e - 1]
            if any(o.cs < c.cs and last.n != toks[o.e - 1].n and last.n.startswith(toks[o.e - 1].n)
                   and _declined_alike(toks[o.e - 1], last) and toks[o.s].n != t.n
                   and not _declined_alike(toks[o.s], t) for o in full):
                c.s, c.cs, c.single = c.e - 1, toks[c.e - 1].s, True

    def _regnal(self, c: _Cand) -> bool:
        """A pope or a monarch is named by one name, his papal or regnal name, right after the title: "Pope
        Francis", "البابا فرنسيس", "King Charles" (in Arabic script a king's name names airports and streets too,
        "مطار الملك خالد", so only Latin and Cyrillic copy is read so for kings)."""
        if c.source != "pattern" or not c.roles:
            return False
        role = _base(_best(c.roles))
        return role == "pope" or (role == "king" and self.toks[c.s].script in ("la", "cy") and self.toks[c.s].cap)

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

    def _extend_for_repeats(self, known: dict[str, _Cand]) -> None:
        """Tokenise the places outside the windows where a known surname occurs again."""
        norm = self.folded.norm
        starts = [w[0] for w in self.windows]
        hits: list[tuple[int, int]] = []
        for key in known:  # a few keys: plain find beats compiling a fresh regex per article
            if not self.kazakh and key.endswith(("ой", "ей")) and len(key) >= 6 and "а" <= key[0] <= "я":
                key = key[:-2]  # "Мендосой": its nominative "Мендоса" is found by the stem
            elif not self.kazakh and key.endswith("й") and len(key) >= 3:
                key = key[:-1]  # "Лэй", "Андрей": declined as "Лэя", "Андрею", found by the stem
            elif not self.kazakh and key.endswith(("у", "ю", "е", "ы", "а")) and len(key) >= 5 and "а" <= key[0] <= "я":
                key = key[:-1]  # "Огаву", "Мендосу": a foreign name in -а first met in an oblique case ("Огаве");
                # "Назарзода": met in the nominative, it declines as a noun in -а ("по словам Назарзоды")
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
            self.toks.append(mark_tok("", end, "gap"))
            tokenize_into(self.toks, self.folded, a, b, self.extra_at)
        self._attach_mentions(lo, len(self.toks))

    def _known_given_names(self, merged: list[_Cand], known: dict[str, _Cand]) -> None:
        """Kazakh and Russian copy: the given name of a full name found in the article ("Серік Жұмабайұлы
        Оразбеков", "Жанель Турсынова") names the same person when said again alone, in any case ("Серікті",
        "Серікке", "Жанели"): Kazakh copy speaks of a man by his given name as often as by his surname (the
        patronymic in -ұлы/-қызы is no surname to key on), Russian copy of an artist or a private person. The
        given name opens a name of two or more capitalised words, none of them an initial."""
        toks = self.toks
        for c in merged:
            if c.single or c.e - c.s < 2 or toks[c.s].script != "cy" or not toks[c.s].cap:
                continue
            if self.lang == "ru" and c.e - c.s != 2:
                continue  # Russian: a given name and a surname only (a longer run may open with a place's case:
                # "Екатеринбурге X Y"; a patronymic's name is said with it)
            if toks[c.s + 1].n == "." or toks[c.s].leader is not None:
                continue  # an initial, or a head of state (the gazetteer's) is named by the surname
            key = self._key(c.s + 1)
            if len(key) < 4 or key in known or key in self.lex.stop or key in self.lex.cap_stop:
                continue
            known[key] = c

    def _oblique_repeat(self, i: int, key: str) -> bool:
        """Russian: the known surname at token ``i`` is said again in an oblique case ("по предложению Мамедовой"
        after "Гульшат Мамедова") and a lower-case word follows: a body named after a person keeps the name as
        first met ("Назарбаев университет"), so the noun after a declined one opens the next clause."""
        toks = self.toks
        t = toks[i]
        return not self.kazakh and t.script == "cy" and t.n != key and t.n.endswith(_RU_OBLIQUE_SURNAME) \
            and i + 1 < len(toks) and toks[i + 1].k == "w" and not toks[i + 1].cap

    def _short_declined(self, c: _Cand, key: str) -> bool:
        """A Cyrillic name of capitalised parts whose last is a short syllable in -й ("Ван Лэй"): Russian declines
        it ("Ван Лэя", "Ван Лэю"), so it is a key, repeated only with the whole name before it (as a syllabic one)."""
        return len(key) == 3 and key.endswith("й") and not self.kazakh and self.toks[c.e - 1].script == "cy" \
            and self._capitalised_run(c, 2)

    def _capitalised_run(self, c: _Cand, parts: int) -> bool:
        """The candidate is ``parts`` words or more, every one of them capitalised."""
        return c.e - c.s >= parts and all(self.toks[j].cap and self.toks[j].k == "w" for j in range(c.s, c.e))

    def _syllabic(self, c: _Cand) -> bool:
        """A name of three or more capitalised parts ending in a short syllable ("Пак Чжун Хо", "Nguyen Van
        An"): Korean, Chinese and Vietnamese names, whose last part is a surname key only with the whole name."""
        t = self.toks[c.e - 1]
        return t.script in ("la", "cy") and len(t.n) >= 2 and self._capitalised_run(c, 3)

    def _split_compound_repeat(self, i: int, known: dict[str, _Cand], covered: set[int], kept: list[_Cand]) -> None:
        """Persian: tokens ``i`` and ``i + 1`` are a known compound family name ("نیک‌خواه", "حسین‌پور") said again
        with a space for the joiner ("به گفته نیک خواه"): the person, unless another name word goes on around it."""
        toks, n = self.toks, len(self.toks)
        t = toks[i]
        if t.script != "ar" or i + 1 >= n or i + 1 in covered or i + 1 in self.hit_at:
            return
        u = toks[i + 1]
        if u.k != "w" or u.script != "ar":
            return
        src = known.get(t.n + u.n)
        if src is None or self._name_like(i - 1) or self._name_like(i + 2):
            return
        c = _Cand(i, i + 2, t.s, u.e, source="repeat")
        c.roles.extend(src.roles)
        kept.append(c)
        covered.update((i, i + 1))

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
            key = base_form([w], self.kazakh)[0]
            if key in known:
                return key
            if self.kazakh:  # "Хоның": a case ending on a stem too short to cut alone; "Серікті": on a given name,
                # which the surname endings (-ов, -ев, -ұлы) do not mark as a stem to cut
                for suf in KK_NAME_SUFFIXES:
                    if w.endswith(suf) and w[: -len(suf)] in known:
                        return w[: -len(suf)]
                # "Хейккиненге" after "Ласси Хейккиненді": the name first met in a case the key kept (an
                # accusative is not cut from a foreign stem, it ends many Kazakh names), now in another case
                for stem in [w] + [w[: -len(suf)] for suf in KK_NAME_SUFFIXES if w.endswith(suf)]:
                    if len(stem) >= 4:
                        for suf in KK_NAME_SUFFIXES:
                            if stem + suf != w and stem + suf in known:
                                return stem + suf
            for suf in RU_NAME_INFLECTIONS:
                if w.endswith(suf) and w[: -len(suf)] in known:
                    return w[: -len(suf)]
                if w.endswith(suf) and w[: -len(suf)] + "а" in known and not self.kazakh:
                    # first met in the genitive ("Фаридуна Саидова", "Мерта Йылдыза": the key keeps the -а, a
                    # woman's nominative too), now in another case ("Саидову", "Мертом")
                    return w[: -len(suf)] + "а"
            if w.endswith(("и", "ью", "ем")) and not self.kazakh:  # "Жанели": a name in -ь ("Жанель") declined
                stem = w[:-2] if w.endswith(("ью", "ем")) else w[:-1]
                if stem + "ь" in known:
                    return stem + "ь"
            if w.endswith(("а", "я")) and not self.kazakh:
                # a foreign name in -а/-я, first met declined ("Мендосой", "Рицци" aside), now in the nominative
                for oblique in _RU_A_OBLIQUE[w[-1]]:
                    if w[:-1] + oblique in known:
                        return w[:-1] + oblique
            if not self.kazakh and len(w) >= 5:
                # a foreign name in -а/-я met in one oblique case ("Такэси Огаву") and now in another ("Огаве")
                for endings in _RU_A_OBLIQUE.values():
                    cut = next((x for x in endings if w.endswith(x)), None)
                    if cut is not None:
                        got = next((w[: -len(cut)] + x for x in endings if x != cut and w[: -len(cut)] + x in known),
                                   None)
                        if got is not None:
                            return got
            for ending, nominative in _RU_ADJECTIVAL_CASES:  # "Пашковским" is "Пашковский" declined
                if w.endswith(ending) and w[: -len(ending)] + nominative in known:
                    return w[: -len(ending)] + nominative
            if w.endswith(("я", "ю", "е", "ем")) and len(w) >= 3:  # "Лэя", "Андрея": a name ending in -й declined
                stem = w[:-2] if w.endswith("ем") else w[:-1]
                if stem + "й" in known:
                    return stem + "й"
            if w.endswith(("ем", "ём", "ю", "я", "ей")) and w.rstrip("емёюяй")[-1:] in _RU_SOFT_STEMS:
                stem = w[: -2] if w.endswith(("ем", "ём", "ей")) else w[:-1]
                if stem in known:  # "Калниньшем", "Калниньшу": a name ending in a hushing or soft consonant
                    return stem
        return None


def _confirms(roles: list[tuple[int, int, int, str | None]], office: str) -> bool:
    """One of the titles found with a name is ``office`` (with or without its country)."""
    for r in roles:
        if r[3] and _base(r) == office:
            return True
    return False


def _without_lone_subjects(kept: list[_Cand], known: dict[str, _Cand], key: Callable[[int], str]) -> list[_Cand]:
    """Drop the lone words opening a clause that got no title and are no surname known from a full name."""
    return [c for c in kept if not (c.source == "subject" and c.single and not any(r[3] for r in c.roles)
                                    and key(c.e) not in known)]


def _base(r: tuple[int, int, int, str | None]) -> str:
    """The office without its country: "minister of foreign affairs of Egypt" -> "minister of foreign affairs"."""
    role = r[3] or ""
    return role.rsplit(" of ", 1)[0] if r[1] else role


def _best(roles: list[tuple[int, int, int, str | None]]) -> tuple[int, int, int, str | None]:
    """The role a name gets: the strongest title; one naming its country; the title before the name."""
    if not roles:
        return (0, 0, 0, None)
    best = roles[0]
    if len(roles) == 1:  # most names have one title
        return best
    # max() with a key function, written out: no call per role (repeats carry many roles); the first of
    # equal ones is kept, as max() keeps it
    top = (best[0], best[3] is not None, best[1], best[2])
    for r in roles:
        key = (r[0], r[3] is not None, r[1], r[2])
        if key > top:
            best, top = r, key
    return best


_WORD_AFTER = re.compile(r"[\s\-\u2013\u2014\"'\u00ab\u00bb]*([^\W\d_][\w'\-]*)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\-]*)[\s\u00a0]+$")


def named_place(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (a person's name the gazetteer knows, say) is part of the name of an organisation or
    place: "Назарбаев Университеті", "Nazarbayev University", "улица Тоқаева", "جامعة الملك ...", "خیابان ...".
    """
    lex = role_lexicon()
    latin = text[start:end].isascii()
    pos = end
    for _ in range(4 if latin else 1):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        word = m.group(1)
        if stem_match(normalize(word), lex.org_cap):
            return True
        if not word[:1].isupper():
            break
        pos = m.end()
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = normalize(m.group(1))
    if word in _LIST_AND and not latin:
        # "на пересечении Аль-Фараби и Назарбаева", "улицы Абая и Назарбаева": the last of two names after one
        # place noun is a place too; step back over the first name (up to three capitalised words)
        pos = m.start()
        for _ in range(3):
            m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
            if m is None or not m.group(1)[:1].isupper():
                break
            pos = m.start()
        if m is None or m.group(1)[:1].isupper() or pos == start:
            return False
        word = normalize(m.group(1))
    if stem_match(word, lex.org_before) or word in lex.org_ar:
        return True
    return any(bare in lex.org_ar for _, bare in proclitics(word))


def find_people(text: str, lang: str | None = None, mentions: list[Mention] | None = None) -> list[Entity]:
    """People named in ``text`` with their roles; offsets index ``text`` (``text[start:end] == name``).

    ``lang`` (ar, fa, kk, ru, en or None) only refines Kazakh case endings: every script's patterns run
    on every text. ``mentions`` (from :func:`monitor.gazetteer.find_mentions` of the same text; found here
    when not given) stop names at countries and places and give titles their country ("ambassador of
    Kazakhstan").
    """
    sc = scan(fold(text), lang)
    return people_in_scan(sc, gazetteer_mentions(sc) if mentions is None else mentions)


def people_in_scan(sc: Scan, found: list[Mention]) -> list[Entity]:
    """:func:`find_people` of an article already scanned, with the gazetteer mentions of that scan."""
    if not sc.text.strip():
        return []
    return _Doc(sc.folding, sc.lang, found).run()
