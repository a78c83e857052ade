"""State bodies read by their grammar, not listed by name: an organisational head noun marked as the state's.

Why: every new batch of copy brings a state agency the ``state`` cues (data/lexicon.yaml) did not list — a forensic
centre, a revenue committee, a standards agency, a financial-intelligence service, a state broadcaster. Their
names share one shape in every language this project reads: a HEAD noun of organisation (agency, service,
committee, authority, bureau, inspectorate, centre, institute, fund, chamber, court, broadcaster ...) MARKED as
the state's by

* a state qualifier in the phrase: state, national, federal, republican, central, government(al), public
  ("State Financial Intelligence Service", "Национальное агентство по ...", "Мемлекеттік кірістер комитеті",
  "الهيئة الاتحادية للضرائب", "سازمان ملی استاندارد");
* belonging to a ministry, the cabinet, the government or the president ("under the Ministry of", "при
  Правительстве", "Үкімет жанындағы", "التابعة لوزارة", "وابسته به وزارت");
* a country right before or after it in the same noun phrase ("Kazakhstan's Revenue Committee", "the Uzbek
  Agency for Technical Regulation", "Агентство по стандартизации Таджикистана", "هيئة الضرائب القرغيزية").

A phrase with a private marker (company, LLC, JSC, private, association, union, federation, club, foundation
...) is none, nor a school, hospital, museum, theatre or university (the ``institution`` cue), nor a people's
centre (the ``ethnocultural`` cue). Each phrase found is added to the scan as a ``state`` cue hit over its span
(:func:`add`), which :mod:`monitor.parties` reads as it reads a listed office: a country beside it is a party,
the body alone is the home's organ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from monitor.lexicon import Surface
from monitor.normalize import normalize

if TYPE_CHECKING:
    from monitor.gazetteer import Entry, Hit


def _alt(words: str) -> str:
    """A regex alternation of the normalised forms of space-separated words (``*`` ends a stem), longest first."""
    forms = []
    for w in words.split():
        stem = w.endswith("*")
        key = normalize(w.rstrip("*"))
        forms.append(re.escape(key) + (r"[^\W_]*" if stem else ""))
    return "(?:" + "|".join(sorted(set(forms), key=len, reverse=True)) + ")"


# Heads, qualifiers, belonging and private markers, by language. Russian and Kazakh heads are stems (their case
# endings follow); Arabic and Persian heads take their article or ezafe as the folding leaves them.
_HEADS = {
    "en": "agency agencies service services committee committees authority authorities bureau bureaus "
    "inspectorate inspectorates directorate directorates administration office centre center institute fund "
    "commission chamber court courts department survey broadcaster broadcasting corporation library academy "
    "exchange enterprise",
    "ru": "агентств* служб* комитет* инспекци* управлени* бюро центр центра центру центром центре центры центров "
    "институт* фонд фонда фонду фондом фонде палат* суд суда суду судом суде суды судов прокуратур* "
    "телерадиокомпани* департамент* дирекци* директорат* администраци* комисси* библиотек* академия академии "
    "академию академией академий бирж* предприяти* корпораци*",
    "kk": "агенттіг* агенттік қызмет* комитет* инспекция* басқарма* бюро* орталығ* институт* қор қоры* қорын* "
    "сот соты* сотын* департамент* палата* кітапхана* дирекция* директорат* академиясы* биржа* кәсіпорн* "
    "кәсіпорын* корпорация*",  # (орталық alone is "central": a qualifier)
    "ar": "هيئة الهيئة وكالة الوكالة مصلحة المصلحة جهاز الجهاز مكتب المكتب مركز المركز معهد المعهد صندوق الصندوق "
    "دائرة الدائرة إدارة الإدارة محكمة المحكمة نيابة النيابة مؤسسة المؤسسة سلطة السلطة لجنة اللجنة مكتبة المكتبة "
    "مديرية المديرية أكاديمية الأكاديمية بورصة البورصة",
    "fa": "سازمان اداره آژانس ستاد مرکز موسسه مؤسسه صندوق دفتر دادگاه دادستانی کمیته کمیتهٔ صداوسیما انستیتو کتابخانه "
    "فرهنگستان آکادمی بورس شرکت",
}
_QUALIFIERS = {
    "en": "state national federal republican central government governmental public general state-owned",
    "ru": "государственн* национальн* республиканск* федеральн* центральн* правительственн* генеральн* главн*",
    "kk": "мемлекеттік ұлттық республикалық орталық үкіметтік",
    "ar": "الوطني الوطنية الاتحادي الاتحادية الحكومي الحكومية العام العامة المركزي المركزية",
    "fa": "ملی دولتی کشور کل",
}
# belonging to a ministry, the government, the president: after the head (Kazakh before it)
_BELONGING = {
    "en": r"(?:under|of|at) the (?:ministry|cabinet|government|president|presidential administration)",
    "ru": r"(?:при(?![^\W_])|подведомственн\w*)",
    "kk": r"(?:министрлігі|үкіметі|президенті)\w*\s+жанындағы",
    "ar": "(?:"
    + normalize("التابع")
    + r"\w*|"
    + normalize("تابع")
    + r"\w*)\s+(?:ل|ال)?"
    + "(?:"
    + "|".join(normalize(w) for w in ("وزارة", "لوزارة", "مجلس", "لمجلس", "الحكومة", "للحكومة", "رئاسة", "لرئاسة"))
    + ")",
    "fa": normalize("وابسته به") + r"\s+(?:" + "|".join(normalize(w) for w in ("وزارت", "دولت", "ریاست")) + ")",
}
_PRIVATE = {
    "en": "company companies llc jsc ltd inc plc private association associations union unions federation club "
    "ngo foundation firm firms bank banks hospital school university museum theatre theater college commerce "
    "olympic paralympic crescent cross news press cultural diaspora community research scientific science medical "
    "travel",
    "ru": "компани* ооо оао зао ао тоо частн* ассоциаци* союз* федераци* клуб* банк* больниц* школ* университет* "
    "музе* театр* колледж* фирм* холдинг* торгов* торгово-промышленн* олимпийск* паралимпийск* "
    "полумесяц* креста информационн* культурн* диаспор* общин* научн* исследовательск* исследовани* медицинск* "
    "туристическ* турагентств*",
    "kk": "компания* жшс ақ тоо жеке қауымдастығ* одағ* федерация* клуб* банк* аурухана* мектеп* университет* "
    "мұражай* театр* сауда-өнеркәсіп* олимпиада* олимпиялық* ақпарат* мәдени* диаспора* ғылыми* зерттеу* медициналық* "
    "туристік* саяхат*",
    "ar": "شركة الشركة شركات الخاصة الخاص خاصة جمعية الجمعية اتحاد الاتحاد نادي النادي بنك البنك مصرف المصرف "
    "مستشفى مدرسة جامعة الجامعة متحف مسرح التجارة الأولمبية الأولمبي الهلال الصليب الأنباء أنباء "
    "الثقافي الثقافية الجالية البحوث للبحوث الأبحاث العلمي العلمية الطبي الطبية سفر السفر للسفر سياحة سياحية",
    "fa": "شرکت شرکتهای خصوصی انجمن اتحادیه فدراسیون باشگاه بانک بیمارستان مدرسه دانشگاه موزه تئاتر بازرگانی "
    "المپیک هلال فرهنگی تحقیقات تحقیقاتی پژوهشی پزشکی علمی مسافرتی",
}
# Heads that are also common words of place, stock or management ("в центре Казахстана", "алтын қоры", "جهاز",
# a device; "مرکز کشور", the country's centre): a body only with a qualifier or its ministry, never by a country
# alone. So is a library: a city's or a school's as often as the state's ("Ұлттық академиялық кітапхана", the
# national one, is the state's institution, as the listed national libraries are).
_WEAK_HEADS = {
    "en": "centre center institute fund library",
    "ru": "центр* фонд* управлени* администраци* институт* библиотек*",
    "kk": "орталығ* қор* қызмет* институт* кітапхана*",
    "ar": "مركز* المركز* جهاز الجهاز صندوق الصندوق مكتب المكتب معهد المعهد مكتبة المكتبة",
    "fa": "مرکز صندوق دفتر موسسه مؤسسه کتابخانه",
}
# Qualifiers of rank that mark a body only right beside its head ("Генеральная дирекция", "General Directorate",
# "اداره کل"): a word or two off they rank a person ("генеральный директор агентства", "главный врач центра").
_RANK = {"en": "general", "ru": "генеральн* главн*", "kk": "", "ar": "", "fa": "کل"}
# Heads of trade, an exchange or an enterprise, that are the state's only when marked as the state's property
# (state, government(al), state-owned): "the State Commodity Exchange", "государственное предприятие",
# "мемлекеттік кәсіпорын", "البورصة الحكومية", "شرکت دولتی". A national, public or central one, or one by its
# country alone, is a firm ("the National Stock Exchange", "Центральная биржа", "Kazakhstan's exchange"), and so is
# one with a private marker (a joint-stock company, an LLC): a firm's word as a head ("شرکت") counts only so marked.
_OWNED_HEADS = {
    "en": "exchange enterprise",
    "ru": "бирж* предприяти* корпораци*",
    "kk": "биржа* кәсіпорн* кәсіпорын* корпорация*",
    "ar": "بورصة البورصة",
    "fa": "بورس شرکت",
}
_OWNED = {
    "en": "state state-owned government governmental",
    "ru": "государственн* правительственн*",
    "kk": "мемлекеттік үкіметтік",
    "ar": "الحكومي الحكومية",
    "fa": "دولتی",
}
# An academy is the state's as an academy of sciences (every state of the region and most others keep one: "Академия
# наук Таджикистана", "Моңғолия ғылым академиясы", "الأكاديمية الوطنية للعلوم", "فرهنگستان علوم"); any other (of
# football, of dance, of arts) is a school, a body only with a qualifier or its ministry, as a weak head.
_ACADEMIES = {
    "en": "academy",
    "ru": "академия академии академию академией академий",
    "kk": "академиясы*",
    "ar": "أكاديمية الأكاديمية",
    "fa": "فرهنگستان آکادمی",
}
_SCIENCES = {"en": "sciences", "ru": "наук", "kk": "ғылым", "ar": "العلوم للعلوم", "fa": "علوم"}
# Heads that name the state's body by themselves (the state broadcaster of Iran, "Voice and Vision").
_INHERENT = {"fa": "صداوسیما"}
# A preposition of place between a head and a country: an office IN the country ("مكتب الأمم المتحدة في كازاخستان",
# "the Centre in Kazakhstan"), not the country's.
_IN = {"en": "in at to from with", "ru": "в во на из для с со", "kk": "", "ar": "في إلى من مع لدى", "fa": "در به از با"}
_WITH = frozenset(normalize(w) for w in ("with", "с", "со", "مع", "با"))
_GENITIVE_GAP = 4  # words between a head and its country or qualifier in one noun phrase
_ASIA = re.compile(r"\s+(?:asia|азия|азиатск|азиялық|آسیا|آسيا)")  # "Central Asia": a region, no qualifier


@cache
def _patterns(lang: str) -> tuple:
    """(head, qualifier, private, belonging) patterns of a language, over normalised text."""
    word_end = r"(?![^\W_])"
    clitics = "(?:[\u0648\u0641\u0628\u0644]{0,2})" if lang == "ar" else ""  # و ف ب ل before an Arabic noun
    head = re.compile(r"(?<![^\W_])" + clitics + _alt(_HEADS[lang]) + word_end)
    qual = re.compile(r"(?<![^\W_])" + _alt(_QUALIFIERS[lang]) + word_end)
    private = re.compile(r"(?<![^\W_])" + _alt(_PRIVATE[lang]) + word_end)
    belonging = re.compile(r"\s*" + _BELONGING[lang]) if lang in _BELONGING else None  # (matched at a position)
    weak = (
        re.compile(r"(?:[\u0648\u0641\u0628\u0644]{0,2})" * (lang == "ar") + _alt(_WEAK_HEADS[lang]))
        if _WEAK_HEADS[lang]
        else None
    )
    inherent = re.compile(_alt(_INHERENT[lang])) if lang in _INHERENT else None
    prep = frozenset(normalize(w) for w in _IN[lang].split())
    rank = re.compile(_alt(_RANK[lang])) if _RANK[lang] else None
    owned_head = re.compile(r"(?:[\u0648\u0641\u0628\u0644]{0,2})" * (lang == "ar") + _alt(_OWNED_HEADS[lang]))
    owned = re.compile(_alt(_OWNED[lang]))
    academy = re.compile(r"(?:[\u0648\u0641\u0628\u0644]{0,2})" * (lang == "ar") + _alt(_ACADEMIES[lang]))
    sciences = re.compile(_alt(_SCIENCES[lang]))
    # the heads' literal forms (a stem's without its ending), none that starts with another: every head match has one
    # at its start (after Arabic clitics), found by str.find far faster than re tries the head pattern at each position
    keys = sorted({normalize(w.rstrip("*")) for w in _HEADS[lang].split()}, key=len)
    literals: list[str] = []
    for k in keys:
        if not any(k.startswith(x) for x in literals):
            literals.append(k)
    marks = (rank, owned_head, owned, academy, sciences)
    return head, qual, private, belonging, weak, inherent, prep, marks, tuple(literals)


def head_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The pattern of a language's head nouns (agency, committee, directorate ...), or None for a language the grammar
    does not read: the contact rule of :mod:`monitor.relevance` finds a body named back by its head noun alone."""
    return _patterns(lang)[0] if lang in _HEADS else None


def _heads(head: re.Pattern[str], literals: tuple[str, ...], back: int, norm: str) -> Iterator[re.Match[str]]:
    """The matches of ``head.finditer(norm)``, found by jumping to each head's literal form (``back``: the most
    characters a match may start before it, Arabic clitics) and trying ``head`` only there."""
    starts: set[int] = set()
    for k in literals:
        i = norm.find(k)
        while i >= 0:
            starts.add(i)
            i = norm.find(k, i + 1)
    pos = 0
    for q in sorted(starts):
        if q < pos:
            continue
        for p in range(max(pos, q - back), q + 1):
            m = head.match(norm, p)
            if m is not None:
                yield m
                pos = m.end()
                break
        else:
            pos = q + 1


_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_STOP = re.compile(r"[.,;:!?()\[\]«»\"“”\n]")


def _phrase_words(norm: str, a: int, b: int) -> list[re.Match[str]]:
    """The words of norm[a:b] up to the first punctuation that ends a noun phrase."""
    stop = _STOP.search(norm, a, b)
    return list(_WORDS.finditer(norm, a, stop.start() if stop else b))


def find(
    text: str,
    norm: str,
    offsets: list[int],
    lang: str | None,
    countries: list[tuple[int, int]],
    capitals: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[tuple[int, int, str]]:
    """State-body phrases in a normalised text: (start, end, why) spans. ``countries`` are the (start, end) spans
    of the country names and adjectives the gazetteer found (a country beside a head marks it as the state's);
    ``capitals``, of the capitals' names (one inside a body's name, before its qualifier, is the body's state)."""
    lang2 = (lang or "")[:2]
    if lang2 not in _HEADS:
        return []
    head_re, qual_re, private_re, belonging_re, weak_re, inherent_re, prep, marks, literal_re = _patterns(lang2)
    rank_re, owned_head_re, owned_re, academy_re, sciences_re = marks
    found: list[tuple[int, int, str]] = []
    for m in _heads(head_re, literal_re, 2 if lang2 == "ar" else 0, norm):
        hs, he = m.start(), m.end()
        if lang2 == "en" and not text[offsets[hs]].isupper():
            continue  # English names its state bodies as proper names: "the State Tax Service", not "a service"
        a0 = max(0, hs - 80)
        for stop in _STOP.finditer(norm, a0, hs):  # back to the last stop before the head
            a0 = stop.end()
        before = _phrase_words(norm, a0, hs)
        # (the words before the head back to the last stop; in Arabic and Persian the noun phrase runs on after)
        before = before[-_GENITIVE_GAP:] if before else []
        after = _phrase_words(norm, he, min(len(norm), he + 120))[: _GENITIVE_GAP + 1]
        span_a, span_b = hs, he
        why = "inherent" if inherent_re is not None and inherent_re.fullmatch(m.group()) else ""
        weak = weak_re is not None and weak_re.fullmatch(m.group()) is not None
        owned_head = owned_head_re.fullmatch(m.group()) is not None
        if academy_re.fullmatch(m.group()):
            # an academy of sciences ("Академия наук", "ғылым академиясы", "الأكاديمية الوطنية للعلوم"); else a school
            near = before[-1:] if lang2 == "kk" else after[:3]
            weak = not any(sciences_re.fullmatch(w.group()) for w in near)
        weak = weak or owned_head
        qual_word = ""
        window = (before + after) if lang2 in ("en", "ru", "kk") else after
        if why:
            pass
        elif lang2 in ("en", "ru", "kk"):
            # the qualifier stands in the words before the head (English capitalised, all in the name)
            for i, w in enumerate(reversed(before)):
                if (
                    qual_re.fullmatch(w.group())
                    and (lang2 != "en" or text[offsets[w.start()]].isupper())
                    and not _ASIA.match(norm, w.end())
                ):
                    if i and rank_re is not None and rank_re.fullmatch(w.group()):
                        continue  # "генеральный директор агентства": a person's rank, not the body's
                    why, span_a, qual_word = "qualifier", w.start(), w.group()
                    break
                if lang2 == "en" and not text[offsets[w.start()]].isupper() and w.group() not in ("of", "for", "and"):
                    break
        else:
            for i, w in enumerate(after[:_GENITIVE_GAP]):
                if qual_re.fullmatch(w.group()):
                    if i and rank_re is not None and rank_re.fullmatch(w.group()):
                        continue  # (a rank right after its head only: "اداره کل")
                    if not (lang2 == "fa" and weak and w.group() == "کشور"):  # "مرکز کشور": the country's centre
                        why, span_b, qual_word = "qualifier", w.end(), w.group()
                    break
                if w.group() in prep:
                    break
        if not why and belonging_re is not None:
            bm = belonging_re.match(norm, he, min(len(norm), he + 200))
            if bm is None and lang2 in ("en", "ru", "ar", "fa"):
                # the body's field between ("Agency for Standards under the Ministry", "دائرة الضرائب التابعة لوزارة")
                for w in after[:_GENITIVE_GAP]:
                    bm = belonging_re.match(norm, w.end(), min(len(norm), w.end() + 200))
                    if bm is not None:
                        break
            if bm is not None:
                why, span_b = "belonging", bm.end()
        if not why and lang2 == "kk" and before:
            kb = re.search(
                r"(?:министрлігі|үкіметі|президенті)\w*\s+жанындағы(?:\s+[^\W_]+){0,3}\s*$", norm[max(0, hs - 120) : hs]
            )
            if kb is not None:
                why, span_a = "belonging", max(0, hs - 120) + kb.start()
        if not why and not weak:
            # a country right beside the head in the same noun phrase, no preposition of place between
            lo = before[0].start() if before and lang2 in ("en", "ru", "kk") else hs
            # (Kazakh puts its country before the head, in the genitive: a country after it is another noun's)
            hi = after[min(len(after), _GENITIVE_GAP) - 1].end() if after and lang2 != "kk" else he
            for cs, ce in countries:
                if lo <= cs and ce <= hi + 1 and not (hs <= cs < he):
                    a, b = (ce, hs) if cs < hs else (he, cs)
                    if not prep.intersection(_WORDS.findall(norm, a, b)):
                        why = "country"
                        if cs > he:  # the body's field runs to its country: the cue ends right before it
                            # (before the English "of" that governs it: "the Academy of Sciences | of Mongolia")
                            field = [w for w in after if w.end() <= cs]
                            while lang2 == "en" and field and field[-1].group() in ("of", "the"):
                                field.pop()
                            span_b = max([w.end() for w in field] or [he])
                        else:  # the body's name starts right after its country ("the Uzbek Civil Aviation Authority")
                            span_a = min([w.start() for w in before if w.start() >= ce] or [hs])
                        break
        if not why and lang2 == "ru" and not weak and text[offsets[hs]].isupper() and before:
            # Russian writes a common noun in lower case: a head capitalised inside its sentence is the first word of
            # a body's own name ("директор Службы антимонопольного регулирования", "Агентства по делам госслужбы"),
            # a state's where no private marker stands in it
            why = "name"
        if owned_head and not (why == "belonging" or (why == "qualifier" and owned_re.fullmatch(qual_word))):
            continue  # an exchange, an enterprise: the state's only as its property
        if not why:
            continue
        if why == "qualifier" and lang2 in ("ar", "fa"):
            # a country or its capital inside the name, before its qualifier ("مؤسسة مترو طشقند الحكومية"): the body's
            # state in the idafa, as after it; the cue ends right before it
            inside = [cs for cs, _ce in (*countries, *capitals) if he <= cs < span_b]
            if inside:
                span_b = max([w.end() for w in after if w.end() <= min(inside)] or [he])
        if why in ("qualifier", "inherent") and lang2 != "kk" and after:
            # the body's field after its qualifier runs to its country ("ستاد ملی مبارزه با دوپینگ قزاقستان"): the
            # cue reaches the word before the country, as a listed name would
            # ("with" here is the field's "fight with": "مبارزه با دوپینگ", "борьбы с коррупцией")
            hi = after[min(len(after), _GENITIVE_GAP + 2) - 1].end()
            for cs, _ce in countries:
                if (
                    span_b < cs <= hi + 1
                    and not (prep - _WITH).intersection(_WORDS.findall(norm, span_b, cs))
                    and not _another_body(norm, span_b, cs, head_re)
                ):
                    span_b = max([w.end() for w in after if w.end() <= cs] or [span_b])
                    break
        phrase = [w.group() for w in window]
        if any(private_re.fullmatch(w) for w in phrase[: _GENITIVE_GAP + 1]) or (
            private_re.fullmatch(m.group()) and not owned_head  # ("شرکت دولتی": a firm's word, marked the state's)
        ):
            continue
        found.append((span_a, span_b, why))
    return found


_AND = frozenset(normalize(w) for w in ("and", "и", "және", "و"))


def _another_body(norm: str, a: int, b: int, head_re: re.Pattern[str]) -> bool:
    """After "and" between a body and a country another body's head stands ("Государственной регистрационной службы
    и заместитель начальника управления МВД Турции"): the country is that body's, the first one's field ends at
    "and" (fields joined by "and", "по делам госслужбы и противодействию коррупции Казахстана", name no head)."""
    words = list(_WORDS.finditer(norm, a, b))
    at = next((w.end() for w in words if w.group() in _AND), None)
    return at is not None and head_re.search(norm, at, b) is not None


@cache
def _entry(script: str) -> Entry:
    from monitor.gazetteer import Entry

    return Entry("cue", "state", Surface("(state body)", False, 0, None, None), script, "grammar", 0.0)


def add(text: str, norm: str, offsets: list[int], lang: str | None, gaz: list[Hit], lex: list[Hit]) -> list[Hit]:
    """The lexicon hits with a ``state`` cue hit over each state-body phrase :func:`find` reads (a ``state_weak``
    cue inside its span, "agency", gives way to it). Listed state cues stand: a phrase over one adds nothing."""
    from monitor.gazetteer import Hit

    countries = [(h.start, h.end) for h in gaz if h.entry.kind == "country" and h.suppressed is None]
    capitals = [(h.start, h.end) for h in gaz if h.entry.via == "capital" and h.suppressed is None]
    spans = find(text, norm, offsets, lang, countries, capitals)
    if not spans:
        return lex
    script = "latin" if (lang or "")[:2] == "en" else "arabic" if (lang or "")[:2] in ("ar", "fa") else "cyrillic"
    added: list[Hit] = []
    for a, b, _why in spans:
        inside = [h for h in lex if a < h.end and h.start < b and h.entry.kind == "cue"]
        if any(h.entry.key == "state" for h in inside):
            continue  # a listed office already
        # the head word's span: the cue stands where the body's noun is, as a listed office does
        added.append(Hit(a, b, a, b, offsets[a], offsets[b - 1] + 1, _entry(script)))
    if not added:
        return lex
    drop = {
        id(h)
        for h in lex
        for g in added
        if g.start < h.end and h.start < g.end and h.entry.kind == "cue" and h.entry.key == "state_weak"
    }
    out = [h for h in lex if id(h) not in drop] + added
    out.sort(key=lambda h: h.start)
    return out


# A state body's short name compounded from its country's prefix and its field: "Узстандарт", "Таджикстандарт",
# "Казгидромет", "Кыргызпатент", "Tajikstandard", "Россельхознадзор". The prefix names the state, the field a
# standards, hydromet or patent body or an inspectorate ("-надзор", supervision, after the supervised field:
# "Роспотребнадзор", "Ростехнадзор"); a firm's compound, "Казмунайгаз", "Узавто", takes a field of trade: none of these.
_PREFIXES = {
    "Kazakhstan": ("каз", "kaz"),
    "Kyrgyzstan": ("кыргыз", "kyrgyz"),
    "Tajikistan": ("таджик", "tajik"),
    "Turkmenistan": ("туркмен", "turkmen"),
    "Uzbekistan": ("уз", "uz"),
    "Russia": ("рос", "ros"),
}
_FIELDS = ("стандарт", "гидромет", "патент", "standard", "hydromet", "patent", "надзор", "nadzor")
_INSPECTORATES = ("надзор", "nadzor")  # the supervised field stands between prefix and "надзор": "Рос-сельхоз-надзор"
_COMPOUND = re.compile(
    r"(?<![^\W_])("
    + "|".join(p for ps in _PREFIXES.values() for p in ps)
    + ")("
    + "|".join(f"[^\\W_]{{0,10}}{f}" if f in _INSPECTORATES else f for f in _FIELDS)
    + r")[^\W_]{0,6}(?![^\W_])"
)
_BY_PREFIX = {p: c for c, ps in _PREFIXES.items() for p in ps}


@cache
def _compound_entry(country: str, script: str) -> Entry:
    from monitor.gazetteer import Entry

    return Entry(
        "country", country, Surface("(state body)", True, 1, None, None), script, "institution", 0.9, country=country
    )


def compounds(text: str, norm: str, offsets: list[int], gaz: list[Hit]) -> list[Hit]:
    """The gazetteer hits with a country hit over each compound short name of a state body (:data:`_COMPOUND`),
    written with its capital ("Узстандарт"): the state itself acting, as a parliament named by its own name."""
    if not any(f in norm for f in _FIELDS):
        return gaz
    from monitor.gazetteer import Hit

    added = []
    for m in _COMPOUND.finditer(norm):
        a, b = m.start(), m.end()
        if not text[offsets[a]].isupper() or any(h.start < b and a < h.end for h in gaz):
            continue
        script = "latin" if m.group(1).isascii() else "cyrillic"
        added.append(Hit(a, b, a, b, offsets[a], offsets[b - 1] + 1, _compound_entry(_BY_PREFIX[m.group(1)], script)))
    if not added:
        return gaz
    return sorted(gaz + added, key=lambda h: h.start)


# Kazakh copy's region, city or district head ("облыс әкімі", "облыс әкімдігі", "қала әкімі", "аудан әкімі"): an akim
# is an office of Kazakhstan (Kazakh copy's home), named without its state as the home's offices are.
_AKIM = re.compile(
    r"(?<![^\W_])(?:облыс|облысы|облысының|облыстың|облыстық|қала|қаласы|қаласының|аудан|ауданы|ауданының)"
    r"\s+(әкім[^\W_]*)"
)


def akims(text: str, norm: str, offsets: list[int], lang: str | None, gaz: list[Hit]) -> list[Hit]:
    """The gazetteer hits with a Kazakhstan hit over each akim of a region, city or district in Kazakh copy
    (:data:`_AKIM`): the home's office, its state named by it where the copy names no place of the state it knows
    (a twinning signed by the region's akim with a foreign province's governor)."""
    if (lang or "")[:2] != "kk" or "әкім" not in norm:
        return gaz
    from monitor.gazetteer import Hit

    added = []
    for m in _AKIM.finditer(norm):
        a, b = m.start(1), m.end(1)
        if any(h.start < b and a < h.end for h in gaz):
            continue
        added.append(Hit(a, b, a, b, offsets[a], offsets[b - 1] + 1, _compound_entry("Kazakhstan", "cyrillic")))
    if not added:
        return gaz
    return sorted(gaz + added, key=lambda h: h.start)


# A body named first with its state and then by its own name alone ("انستیتو پاستور ایران ... انستیتو پاستور",
# "the Revenue Committee of Kyrgyzstan ... the Revenue Committee"): the same body, as a person named again is the
# same person, so its state acts where it acts again. Its name is the words of the phrase without the country, two at
# least (a head noun alone, "the agency", may be any body's).
_REPEAT_GAP = 4  # characters between a body's name and its country ("'s", a space, an ezafe)


def repeats(text: str, norm: str, offsets: list[int], lang: str | None, gaz: list[Hit]) -> list[Hit]:
    """The gazetteer hits with a country hit over each later naming, alone, of a body :func:`find` read beside its
    country (see above)."""
    countries = [h for h in gaz if h.entry.kind == "country" and h.suppressed is None and h.entry.country]
    if not countries:
        return gaz
    spans = find(text, norm, offsets, lang, [(h.start, h.end) for h in countries])
    bodies = []
    for a, b, why in spans:
        if why != "country" or len(_WORDS.findall(norm, a, b)) < 2:
            continue
        beside = [h for h in countries if 0 <= h.start - b <= _REPEAT_GAP or 0 <= a - h.end <= _REPEAT_GAP]
        if len({h.entry.country for h in beside}) == 1:
            bodies.append((a, b, beside[0].entry.country))
    if not bodies:
        return gaz
    from monitor.gazetteer import Hit

    added: list[Hit] = []
    script = "latin" if (lang or "")[:2] == "en" else "arabic" if (lang or "")[:2] in ("ar", "fa") else "cyrillic"
    for a, b, country in bodies:
        name = re.compile(r"(?<![^\W_])" + re.escape(norm[a:b]) + r"(?![^\W_])")
        for m in name.finditer(norm, b):
            s, e = m.start(), m.end()
            if any(h.start < e + _REPEAT_GAP and s < h.end for h in gaz + added):
                continue  # named with a state again (read there) or inside another name
            added.append(Hit(s, e, s, e, offsets[s], offsets[e - 1] + 1, _compound_entry(country, script)))
    if not added:
        return gaz
    return sorted(gaz + added, key=lambda h: h.start)
