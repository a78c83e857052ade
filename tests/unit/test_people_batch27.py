"""People in the shapes batch 27's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: an indefinite person noun with a
nationality adjective after a title describing someone unnamed; an Arabic construct or prepositional phrase that a
title's complement runs on into being no name; a Persian compound verb's noun before its (negated) light verb being
no name; a message noun before a Persian title, and a desk's name before a dash, being no holder of the title; a
name after a Persian honorific that is never a common noun being found whatever stands after it; a full Kazakh name
right after a title being its holder even before a fund's or a school's noun; a critic and a founder being titles.
"""

from __future__ import annotations

import pytest

from .people_probe import people

# -- kind 1: an indefinite person noun and a nationality adjective describe someone unnamed (Arabic) ----------------


def test_an_indefinite_person_noun_and_a_nationality_after_a_title_name_no_one() -> None:
    assert people("وكانت لجنة التحكيم برئاسة مخرج مكسيكي قد شاهدت عشرة أفلام.", "ar") == []


def test_the_definite_person_noun_and_nationality_still_lead_to_the_name() -> None:
    text = "وكانت لجنة التحكيم برئاسة المخرج المكسيكي خوان لوبيز قد شاهدت عشرة أفلام."
    assert people(text, "ar") == ["خوان لوبيز"]


# -- kind 2: the complement runs on into a construct or a prepositional phrase (Arabic) -----------------------------


@pytest.mark.parametrize("text", [
    "وقال العميد خالد سعيد، مدير إدارة مكافحة الاحتيال، إن العصابة سقطت. وأضاف سعيد أن التحقيق مستمر.",
    "ويطالب نواب في مجلس الأمة بخطة طويلة الأمد لتوطين المهنة.",
])
def test_a_construct_after_the_complement_is_no_name(text: str) -> None:
    assert all("الاحتيال" not in p and "بخطة" not in p for p in people(text, "ar"))


def test_the_holder_before_the_construct_is_still_found() -> None:
    text = "وقال العميد خالد سعيد، مدير إدارة مكافحة الاحتيال، إن العصابة سقطت. وأضاف سعيد أن التحقيق مستمر."
    assert people(text, "ar") == ["خالد سعيد", "سعيد"]


def test_a_name_after_a_title_and_its_complement_is_still_found() -> None:
    text = "وقال مدير إدارة الجوازات سالم ناصر الكعبي إن الخدمة متاحة."
    assert people(text, "ar") == ["سالم ناصر الكعبي"]


# -- kind 3: a Persian compound verb's noun and its light verb ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "وزارت خارجه هنوز به سخنان سخنگوی دولت واکنشی نشان نداده است.",
    "سخنگوی دولت هنوز به این گزارش پاسخی نداده است.",
])
def test_a_compound_verb_after_a_title_is_no_name(text: str) -> None:
    assert people(text, "fa") == []


def test_a_name_before_a_verb_of_saying_after_a_title_is_still_found() -> None:
    assert people("سخنگوی وزارت خارجه علی رضایی گفت مذاکرات ادامه دارد.", "fa") == ["علی رضایی"]


# -- kind 4: a message noun before a Persian title, a desk's name before a dash ------------------------------------


@pytest.mark.parametrize("text", [
    "رئیس کمیته گردشگری پیش از این نیز پیام تبریک رئیس‌جمهور کشورش را منتشر کرد.",
    "گروه سلامت – رئیس مرکز مدیریت بیماری‌های واگیر گفت موارد افزایش یافته است.",
])
def test_a_message_or_a_desk_before_a_title_is_no_holder(text: str) -> None:
    assert people(text, "fa") == []


def test_a_full_name_opening_the_copy_before_a_dash_and_a_title_is_still_found() -> None:
    text = "علی رضایی – رئیس مرکز مدیریت بیماری‌ها گفت موارد افزایش یافته است."
    assert people(text, "fa") == ["علی رضایی"]


# -- kind 5: after an honorific that is never a common noun, two words are a name (Persian) ----------------------


@pytest.mark.parametrize(("text", "who"), [
    ("حجت‌الاسلام یاشار ملکوتی عضو ستاد استهلال گفت ارتفاع ماه کم است. ملکوتی افزود گروه‌ها مستقر هستند.",
     ["یاشار ملکوتی", "ملکوتی"]),
    ("آقای تورج رضایی عضو هیئت مدیره گفت جلسه برگزار شد.", ["تورج رضایی"]),
])
def test_a_name_after_a_pure_honorific_is_found_before_a_member_noun(text: str, who: list[str]) -> None:
    assert people(text, "fa") == who


def test_a_professor_of_a_university_is_no_name() -> None:
    assert people("استاد دانشگاه تهران گفت ارتفاع ماه کم است.", "fa") == []


# -- kind 6: a full Kazakh name right after a title is its holder, even before an institution's noun ---------------


def test_a_full_name_after_a_title_before_a_fund_is_the_holder() -> None:
    text = "Басқарма басшысы Марат Сұлтанбеков тұрақтандыру қорынан ұн берілетінін айтты."
    assert people(text, "kk") == ["Марат Сұлтанбеков"]


def test_a_name_before_a_school_noun_with_no_title_is_the_schools() -> None:
    assert people("Нұрлан Сейтқали зияткерлік мектебінде оқиды.", "kk") == []


# -- kind 7: a critic and a founder are titles -------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The deal was signed by PayNova founder Mert Kaya at a conference. Kaya said the service is ready.", "en",
     ["Mert Kaya", "Kaya"]),
    ("Как отметил основатель компании Игорь Лапин, сервис готов.", "ru", ["Игорь Лапин"]),
    ("وقال الناقد هشام فؤاد إن الفيلم جميل.", "ar", ["هشام فؤاد"]),
])
def test_a_founder_or_a_critic_names_the_person_after_the_title(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


def test_a_founding_document_names_no_one() -> None:
    assert people("The founder members met in the capital on Monday.", "en") == []
