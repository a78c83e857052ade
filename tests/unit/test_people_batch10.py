"""People in the shapes held-out batch 10 showed, by kind (tests/data/real/relevance10_*, feedday10_*).

Every text is written for this file with invented names. A reader relies on: a name found after an abbreviated
honorific ("د.", "Dr.", "д-р") as after the written-out one, with or without a space after its full stop and
after an office and its complement too; the words after a title that are no name (an adverb with tanween, a
relative clause, a noun and its adjective, a competition or a squad in Persian) staying no person; a chess rank
written as adjectives ("الأستاذ الدولي الكبير", "international master") standing as a title in every language;
an Arabic name closing the subject of a verb of saying before إن; a religious title (مولوی, Mawlawi) before a
name; Persian compound names (a given name in one word, "محمدحسین"; a family name in -‌یار); the imam of a mosque
or a region named beside his office; a producer or musician beside the trade; a Kazakh locative adjective
(-дағы) closing a name; an Azerbaijani surname on Mammad- (ممدوف) read as a name, not a participle; the
displaced and refugees quoted by name; an Arabic noun and a verbal noun of the derived forms (أوراق اعتماد) no
name; a Kazakh given name spelled like a title word (Ғалым) inside a clause.
"""

from __future__ import annotations

import pytest

from .people_probe import people, roles


# --- kind: an abbreviated honorific (a letter and a full stop) before the name -------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("وقال د. سامر يوسف القحطاني إن النتائج مشجعة.", "ar", "سامر يوسف القحطاني"),
        ("وقالت رئيسة الفريق البحثي د. هالة ناصر الدوسري إن العينات كافية.", "ar", "هالة ناصر الدوسري"),
        ("استقبل وزير الصحة د.خالد فهد البنا وفداً من الأطباء.", "ar", "خالد فهد البنا"),
        ("The minister of health Dr. Arvid Kellner opened the clinic on Monday.", "en", "Arvid Kellner"),
        ("Министр здравоохранения д-р Аскар Нурболатов открыл клинику.", "ru", "Аскар Нурболатов"),
    ],
)
def test_name_after_an_abbreviated_honorific(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)


def test_a_lone_letter_with_a_full_stop_is_no_honorific_before_a_sentence() -> None:
    text = "ونصت الفقرة (د). وأكد المجلس أهمية القرار."
    assert people(text, "ar") == []


# --- kind: Arabic-script word runs after a title that are no name ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "not_name"),
    [
        # an accusative adverb with its tanween ends a name: what follows is the rest of the clause
        ("وسار الموكب في شارع الأمير سلطان مروراً بساحة العلم القديمة.", "ar", "مروراً"),
        ("سفیر ایران حسن یزدانی فوراً به تهران بازگشت.", "fa", "فورا"),
        # a relative pronoun after a title and its adjective opens a clause, its verb next
        ("وتخرج في المدرسة الأوزبكية التي أحرزت لقب البطولة مرتين.", "ar", "أحرزت"),
        # a definite noun and its feminine adjective are the object of a verb, not a family name
        ("وقالت الباحثة إن الفريق رصد حركة الرياح الموسمية فوق الخليج.", "ar", "رصد حركة الرياح"),
    ],
)
def test_word_runs_after_a_title_are_no_name(text: str, lang: str, not_name: str) -> None:
    assert not any(not_name in p for p in people(text, lang))


def test_a_family_name_before_the_verbs_object_and_its_adjective_stays_a_name() -> None:
    text = "وأحرز الرامي الأردني خالد سليم الزعبي الميدالية الفضية في البطولة."
    assert "خالد سليم الزعبي" in people(text, "ar")


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("وتوج اللاعب الأوزبكي رستم كاريموف بلقب البطولة.", "ar", "رستم كاريموف"),
        ("وتوج العداء الكازاخستاني دانيار سيتكالييف بلقب الماراثون.", "ar", "دانيار سيتكالييف"),
    ],
)
def test_a_central_asian_surname_ends_an_arabic_script_name(text: str, lang: str, name: str) -> None:
    assert people(text, lang) == [name]


# --- kind: a chess rank written as a phrase of adjectives stands as a title ---------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("وتوج الأستاذ الدولي الكبير الكازاخستاني نورلان سابيتوف بلقب البطولة.", "ar", "نورلان سابيتوف"),
        ("استاد بزرگ بین‌المللی آرش کیانفر قهرمان مسابقات شد.", "fa", "آرش کیانفر"),
        ("Халықаралық гроссмейстер Ерлан Жақсылықов турнирде жеңіске жетті.", "kk", "Ерлан Жақсылықов"),
        ("Международный гроссмейстер Ерлан Жаксылыков выиграл турнир.", "ru", "Ерлан Жаксылыков"),
        ("Grandmaster Yerlan Zhaksylykov won the tournament in Almaty.", "en", "Yerlan Zhaksylykov"),
    ],
)
def test_name_after_a_chess_rank(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)


def test_the_words_of_a_chess_rank_are_no_name() -> None:
    text = "وتوج الأستاذ الدولي الكبير الأوزبكي جاسور كريموف بلقب البطولة."
    found = people(text, "ar")
    assert "الكبير" not in found and "جاسور كريموف" in found


# --- kind: Persian nouns of competitions and squads after a title or a name are no name -------------------
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("سرپرست کاروان گفت: هیئت همراه تیم شامل ۲۴ نفر است.", []),
        ("شطرنج‌باز ایرانی آرش کیانفر قهرمان مسابقات شد.", ["آرش کیانفر"]),
        ("دونده ایرانی نگار صدری‌نیا قهرمان رقابت‌های آسیایی شد.", ["نگار صدری‌نیا"]),
    ],
)
def test_persian_competition_nouns_are_no_name(text: str, found: list[str]) -> None:
    assert people(text, "fa") == found


# --- kind (Arabic, verb-first): a verb of saying, its subject's title and complement, the name before إن -----
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال مدير العمليات في جمعية الإغاثة الطبية العربية سامر حمدان إن الفرق وصلت.", "سامر حمدان"),
        ("وأوضحت مديرة البرامج في مكتب الأمم المتحدة للطفولة بعمّان ريم عودة أن المساعدات تكفي.", "ريم عودة"),
    ],
)
def test_arabic_name_closing_the_subject_of_a_verb_of_saying(text: str, name: str) -> None:
    assert name in people(text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وقال وزير الخارجية إن الزيارة مهمة.",
        "وقال المدير التنفيذي للشركة القابضة إن الأرباح ارتفعت.",
        "وقال مدير الدفاع المدني في مدينة بئر السبع إن الفرق تعمل.",
    ],
)
def test_an_arabic_subject_with_no_name_before_inna_gives_no_person(text: str) -> None:
    assert people(text, "ar") == []


# --- kind: a religious title of Afghan and Persian copy (مولوی, Mawlawi) marks the name after it -------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("مولوی عبدالحکیم صدیقی‌یار معین وزارت تجارت به ازبکستان رفت.", "fa", "عبدالحکیم صدیقی‌یار"),
        ("Deputy minister Mawlawi Abdul Hakim Siddiqyar arrived in Tashkent.", "en", "Abdul Hakim Siddiqyar"),
        ("В Ташкент прибыл замминистра мавлави Абдулхаким Сиддикьяр.", "ru", "Абдулхаким Сиддикьяр"),
    ],
)
def test_name_after_a_religious_title(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)


def test_the_poet_molavi_named_with_another_is_no_title() -> None:
    assert people("دیوان مولوی و حافظ در نمایشگاه فروخته شد.", "fa") == []


# --- kind: Persian compound names: a given name written as one word, a family name's -یار after a ZWNJ -------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("محمدحسین کاظمی‌فر، پژوهشگر مسائل قفقاز، به خبرنگار ما گفت: گذرگاه مهم است.", "محمدحسین کاظمی‌فر"),
        ("غلامحسین نوروزی‌نیا، کارشناس انرژی، گفت: قیمت‌ها بالا می‌رود.", "غلامحسین نوروزی‌نیا"),
        ("عبدالرحیم رحمانی‌یار گفت: سفر مهم است.", "عبدالرحیم رحمانی‌یار"),
    ],
)
def test_persian_compound_names(text: str, name: str) -> None:
    assert name in people(text, "fa")


# --- kind: the imam of a mosque or a region is a religious office, as the mufti is -----------------------------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Облыстың бас имамы Нұрлан Сейітжан жұма намазын оқыды.", "kk", "Нұрлан Сейітжан"),
        ("Главный имам Нурлан Сеитжан прочитал проповедь.", "ru", "Нурлан Сеитжан"),
        ("The mosque's chief imam Nurlan Seitzhan led the prayer.", "en", "Nurlan Seitzhan"),
        ("رحیم کاظمی، امام جمعه شهر، گفت: مسجد آماده است.", "fa", "رحیم کاظمی"),
    ],
)
def test_name_beside_an_imam(text: str, lang: str, name: str) -> None:
    assert roles(text, lang).get(name) == "imam"


def test_a_scholar_called_imam_keeps_his_whole_name() -> None:
    assert "Imam al-Bukhari" in people("The centre shows the works of Imam al-Bukhari and other scholars.", "en")


# --- kind: makers of films and music (producer, musician) are named beside their trade, as artists are --------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("وضمت اللجنة المنتج الفرنسي جوليان ماريو والكاتبة هدى سالم.", "ar", "جوليان ماريو"),
        ("ژولین ماریو، تهیه‌کننده فرانسوی، عضو هیئت داوران شد.", "fa", "ژولین ماریو"),
        ("Қазылар алқасына француз продюсері Жюльен Марио кірді.", "kk", "Жюльен Марио"),
        ("В жюри вошел французский продюсер Жюльен Марио.", "ru", "Жюльен Марио"),
        ("Turkish oud player Emre Yalcin performed a programme of court music.", "en", "Emre Yalcin"),
    ],
)
def test_name_beside_a_producer_or_musician(text: str, lang: str, name: str) -> None:
    assert roles(text, lang).get(name) == "artist"


def test_arabic_product_is_no_producer() -> None:
    assert people("وارتفع سعر المنتج المحلي بنسبة خمسة في المئة.", "ar") == []


def test_a_kazakh_locative_adjective_after_a_name_is_the_place_not_the_name() -> None:
    text = "Жас домбырашы Әйгерім Нұрланқызы Венадағы концерт залында өнер көрсетті."
    assert "Әйгерім Нұрланқызы" in people(text, "kk")


# --- kind: Azerbaijani surnames built on Mammad- (ممدوف) have the letters of an Arabic participle (مفعول) ------
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("رشاد ممدوف نیز در این دیدار با استقبال از این تصمیم اظهار داشت: مسیر کوتاه می‌شود.", "fa", "رشاد ممدوف"),
        ("وأكد ممدوف أن الزيارة تفتح صفحة جديدة.", "ar", "ممدوف"),
    ],
)
def test_a_mammadov_surname_is_a_name(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)


def test_an_arabic_participle_in_waw_fa_stays_a_common_word() -> None:
    assert people("وأكد معروف أن الزيارة مهمة.", "ar") == []


# --- kind: the displaced and refugees quoted in ordinary copy are named beside that word, as residents are -----
@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("وروت النازحة هدى النجار، وهي أم لثلاثة أطفال، أنها قضت الليل واقفة.", "ar", "هدى النجار"),
        ("وقال اللاجئ سامر عيسى إن الخيام غرقت.", "ar", "سامر عيسى"),
        ("پناهجو احمد رحیمی گفت: چادرها را آب برد.", "fa", "احمد رحیمی"),
        ("Босқын Самир Иса шатырларды су басқанын айтты.", "kk", "Самир Иса"),
        ("Беженка Оксана Левчук рассказала, что дом разрушен.", "ru", "Оксана Левчук"),
        ("Refugee Samer Issa said the tents were flooded.", "en", "Samer Issa"),
    ],
)
def test_name_beside_a_displaced_person_or_refugee(text: str, lang: str, name: str) -> None:
    assert roles(text, lang).get(name) == "resident"


def test_the_displaced_as_a_group_name_no_one() -> None:
    assert people("وعاد النازحون إلى منازلهم في شمال القطاع.", "ar") == []


# --- kind (Arabic): a noun and a verbal noun of the derived forms before a title are no name -----------------
@pytest.mark.parametrize(
    "text",
    [
        "وتسلم وكيل الوزارة نسخة من أوراق اعتماد سفير جمهورية تشيلي المعينة.",
        "وقدم طلب انضمام سفير البلاد إلى المنظمة.",
    ],
)
def test_a_noun_and_its_verbal_noun_before_a_title_are_no_name(text: str) -> None:
    assert people(text, "ar") == []


def test_a_given_name_with_a_verbal_nouns_shape_stays_a_name() -> None:
    assert "ابتسام سالم النجار" in people("وقالت الوزيرة ابتسام سالم النجار إن الخطة جاهزة.", "ar")


# --- kind (Kazakh): a given name spelled like a weak title's word (Ғалым, "scientist") inside a clause --------
@pytest.mark.parametrize(
    "text",
    [
        "Қойылымның режиссері – Ғалым Тұрсынов.",
        "Спектакльді Ғалым Тұрсынов сахналады.",
    ],
)
def test_a_capitalised_title_word_inside_a_clause_before_a_surname_is_a_given_name(text: str) -> None:
    assert "Ғалым Тұрсынов" in people(text, "kk")


def test_the_same_word_in_lower_case_stays_a_title() -> None:
    assert roles("Жас ғалым Ерлан Сапаров жаңа әдіс ұсынды.", "kk").get("Ерлан Сапаров") == "expert"
