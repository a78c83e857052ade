"""People in the shapes batch 28's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: a title set off by a comma after a
full name describing that name, its nouns no second name (Arabic, Persian); a definite noun right after an
indefinite title kept out of the name after it; a plural person noun naming no one before it; a body's acronym and
its unit after a title being no person; a person noun with its place in the genitive before a Russian name of either
gender; the Turkmen and Uzbek city head (хяким, хоким) as a title; a Persian name closed by an apposition before a
verb of saying (a family name that is a common noun too, "سادات" inside a woman's name, the present "می‌گوید");
an English sentence-opening name closed by an indefinite description before "said"; a photographer as an artist's
title; an Arabic woman's kunya (أم + a given name), not the "or" of a question; a name after "عن طريق" ("by way
of"), a preposition, not a road's name.
"""

from __future__ import annotations

import pytest

from .people_probe import people

# -- kind 1: a title in apposition after a full name describes it; its complement is no name ----------------------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("وقال كريم الحداد، محلل أسواق السلع، إن الطلب عاد بقوة.", "ar", ["كريم الحداد"]),
    ("بهروز کامرانی، کارشناس مسائل خلیج فارس، می‌گوید تکرار این بند معنادار است.", "fa", ["بهروز کامرانی"]),
])
def test_the_nouns_after_an_apposed_title_are_its_complement(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


def test_a_name_after_a_title_with_no_name_before_it_is_still_found() -> None:
    assert people("وقال محلل الأسواق كريم الحداد إن الطلب عاد بقوة.", "ar") == ["كريم الحداد"]


# -- kind 2: an indefinite title in a construct with a definite noun, then the name ------------------------------


def test_the_definite_noun_after_an_indefinite_title_stays_out_of_the_name() -> None:
    text = "وقال خبير الأرصاد سامي الشاكر إن درجات الحرارة ستنخفض."
    assert people(text, "ar") == ["سامي الشاكر"]


def test_a_definite_title_and_its_adjective_name_no_one() -> None:
    assert people("وقال خبير الأرصاد الجوية إن درجات الحرارة ستنخفض.", "ar") == []


# -- kind 3: a plural person noun names no one before it -------------------------------------------------------------


def test_the_nouns_before_a_plural_person_noun_are_no_name() -> None:
    assert people("واتفق الجانبان على تسهيل إجراءات دخول رجال الأعمال والسياح.", "ar") == []


def test_a_businessman_in_the_singular_still_names_the_man_after_it() -> None:
    assert people("وقال رجل الأعمال خالد الدوسري إن الاستثمار سيتضاعف.", "ar") == ["خالد الدوسري"]


# -- kind 4: a body's acronym and its unit after a title -------------------------------------------------------------


def test_an_acronym_and_its_unit_after_a_title_are_no_person() -> None:
    text = "The agency received a delegation led by Marta Quill, head of the OECD Anti-Corruption Division."
    assert people(text, "en") == ["Marta Quill"]


def test_a_name_after_the_acronym_and_a_title_is_still_found() -> None:
    assert people("The visit was led by the OECD envoy Marta Quill, officials said.", "en") == ["Marta Quill"]


# -- kind 5: a Russian person noun and its place in the genitive, then a name of either gender ----------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Жительница посёлка Ирина Залесская пожаловалась, что автобус ходит редко.", ["Ирина Залесская"]),
    ("Хяким города Бердымурат Оразов проверил готовность ёлки.", ["Бердымурат Оразов"]),
    ("Хоким области Шухрат Ражабов открыл новый мост.", ["Шухрат Ражабов"]),
])
def test_a_person_noun_and_its_place_then_a_name_is_the_holder(text: str, who: list[str]) -> None:
    assert people(text, "ru") == who


def test_a_street_named_after_a_woman_in_the_genitive_is_no_person() -> None:
    assert people("Новый сквер открыли на улице Лидии Залесской в центре города.", "ru") == []


# -- kind 6: a Persian name closed by an apposition before a verb of saying ------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("امید کلانتری، مدیرعامل باشگاه، گفت: «مذاکرات ادامه دارد.»", ["امید کلانتری"]),
    ("مهرناز خسروی، دبیر جشنواره، گفت امسال آثار زیادی رسید.", ["مهرناز خسروی"]),
    ("فرخنده سادات میرلوحی، نسخه‌شناس، می‌گوید: «این نسخه‌ها ارزشمندند.»", ["فرخنده سادات میرلوحی"]),
])
def test_a_name_closed_by_an_apposition_before_a_verb_of_saying_is_found(text: str, who: list[str]) -> None:
    assert people(text, "fa") == who


@pytest.mark.parametrize("text", [
    "امید مردم، به گفته کارشناسان، افزایش یافته است.",
    "بازار تهران، مرکز تجارت کشور، گفت‌وگو را آغاز کرد.",
])
def test_a_clause_opening_noun_and_an_apposition_name_no_one(text: str) -> None:
    assert people(text, "fa") == []


# -- kind 7: an English sentence-opening name, an indefinite description, "said" -----------------------------------


def test_a_name_opening_a_sentence_and_described_before_said_is_found() -> None:
    text = "Freight costs fell.\n\nWei Ling Tan, a partner at the Singapore fund, said demand is strong."
    assert people(text, "en") == ["Wei Ling Tan"]


@pytest.mark.parametrize("text", [
    "Prices rose. Golden Valley Holdings, a firm based in Almaty, said demand was weak.",
    "Prices rose. On Monday, a spokesman for the bank, said demand was weak.",
])
def test_a_body_or_a_date_described_before_said_is_no_person(text: str) -> None:
    assert people(text, "en") == []


# -- kind 8: a photographer is a title -----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("افتتح معرض للمصورة الفرنسية كلير دوبون، ويضم أربعين صورة. وقالت دوبون إنها أمضت سنوات.", "ar",
     ["كلير دوبون", "دوبون"]),
    ("The exhibition by French photographer Claire Dupont opens today.", "en", ["Claire Dupont"]),
    ("Выставку фотографа Ирины Залесской открыли в музее.", "ru", ["Ирины Залесской"]),
])
def test_a_photographer_names_the_person_after_the_word(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


def test_a_photographer_with_no_name_is_no_person() -> None:
    assert people("وقال المصور إن الصور التقطت في الصباح.", "ar") == []


# -- kind 9: an Arabic woman's kunya -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("القاهرة: تقف أم خالد منذ السابعة صباحاً أمام مخبز.", ["أم خالد"]),
    ("وقالت أم يوسف إن الأسعار ارتفعت.", ["أم يوسف"]),
])
def test_mother_of_and_a_given_name_is_a_woman(text: str, who: list[str]) -> None:
    assert people(text, "ar") == who


@pytest.mark.parametrize("text", [
    "هل يختار المدرب الفريق الأول أم خالد في المباراة المقبلة؟",
    "سواء فاز الفريق أم خسر فالنتيجة واحدة.",
])
def test_or_in_a_question_is_no_mother(text: str) -> None:
    assert not [p for p in people(text, "ar") if p.startswith("أم")]


# -- kind 10: "عن طريق" ("by way of") is a preposition, not a road named after the person ---------------------------


def test_a_name_after_by_way_of_is_found() -> None:
    text = "وسجل المنتخب ثلاثة أهداف، أحدها عن طريق دونيور رحمتوف الذي اختير أفضل لاعب في المباراة."
    assert people(text, "ar") == ["دونيور رحمتوف"]


def test_a_road_named_after_someone_is_no_person() -> None:
    assert people("وأغلقت الشرطة طريق نورماتوف بسبب الثلوج.", "ar") == []
