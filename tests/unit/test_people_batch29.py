"""People in the shapes batch 29's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: a plural (dual) title's object being no
list of names; a military rank naming only the words after it ("الفريق" after a noun is the team); a ministry's
"affairs of" going on into the word after it, and the nouns of armed violence never being a name; a state body that
is no ministry ("... Administration") being no person; an -ov surname closing a Cyrillic name (the next word is the
next phrase's); the inner nouns of an Arabic construct chain after a title; Persian compound given names
("محمد" + a name); the Kazakh words for an actress and other artists; English short given names and the "Abd"
compounds written as one word.
"""

from __future__ import annotations

import pytest

from .people_probe import people, roles

# -- kind 1: a plural title's object is no list of names -------------------------------------------------------------


def test_the_object_of_a_dual_title_is_no_name() -> None:
    text = "وفي ختام الاجتماع وقّع الوزيران محضر الدورة، واتفقا على عقد الدورة المقبلة في العاصمة."
    assert people(text, "ar") == []


def test_a_dual_title_still_names_the_list_after_it() -> None:
    text = "وأكد الوزيران سامي الشاكر وخالد الدوسري أهمية التعاون."
    assert people(text, "ar") == ["سامي الشاكر", "خالد الدوسري"]


# -- kind 2: a military rank names only the words after it ---------------------------------------------------------


def test_the_team_after_a_noun_is_no_rank() -> None:
    assert people("رغم برودة الطقس، ورفع أنصار الفريق الضيف أعلام بلادهم.", "ar") == []


def test_a_rank_before_a_name_still_names_it() -> None:
    assert roles("واستقبل رئيس الأركان الفريق سامي الشاكر الوفد.", "ar") == {"سامي الشاكر": "general"}


# -- kind 3: a ministry's "affairs of" and the nouns of armed violence ----------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("سخنگوی وزارت امور خارجه حمله هوایی به اردوگاه را محکوم کرد.", "fa"),
    ("وزیر امور خارجه حمله هوایی را محکوم کرد.", "fa"),
    ("وأدان المتحدث باسم الوزارة القصف الجوي على المخيم.", "ar"),
])
def test_the_attack_a_spokesman_condemns_is_no_name(text: str, lang: str) -> None:
    assert people(text, lang) == []


def test_the_name_after_the_whole_ministry_is_found() -> None:
    assert people("سخنگوی وزارت امور خارجه بهروز کامرانی گفت.", "fa") == ["بهروز کامرانی"]


# -- kind 4: a state body that is no ministry -----------------------------------------------------------------------


def test_an_administration_is_no_person() -> None:
    text = "Li Wenqiang, deputy head of China's National Forestry and Grassland Administration, signed a memorandum."
    assert people(text, "en") == ["Li Wenqiang"]


def test_a_name_before_a_body_of_a_single_word_is_still_found() -> None:
    assert people("Lena Morrow, head of the Forestry Administration, said.", "en") == ["Lena Morrow"]


# -- kind 5: an -ov surname closes a Cyrillic name ------------------------------------------------------------------


def test_the_river_after_an_ov_surname_is_not_the_name() -> None:
    text = "Өзбекстан экология министрінің орынбасары Ойбек Сапаров Сырдарияның учаскесіне шабақ жіберді."
    assert people(text, "kk") == ["Ойбек Сапаров"]


def test_a_patronymic_after_an_ov_surname_stays_in_the_name() -> None:
    assert people("Министр Иван Петров Сергеевич прибыл в Астану.", "ru") == ["Иван Петров Сергеевич"]


# -- kind 6: the inner nouns of an Arabic construct chain after a title -------------------------------------------


def test_a_name_after_a_chain_of_two_nouns_is_the_heads() -> None:
    text = "وقّع رئيس ديوان المحاسبة سمير الحداد في العاصمة اليوم مذكرة تعاون."
    assert roles(text, "ar") == {"سمير الحداد": "head"}


def test_a_chain_with_its_adjective_and_no_name_names_no_one() -> None:
    assert people("وقال رئيس ديوان المحاسبة الأردني إن المذكرة مهمة.", "ar") == []


# -- kind 7: Persian compound given names ----------------------------------------------------------------------------


def test_a_compound_given_name_opens_a_persons_name() -> None:
    text = "محمدصادق کامرانی، یکی از طراحان استیضاح، در نطق پیش از دستور گفت: «طرح هنوز نرسیده است.»"
    assert people(text, "fa") == ["محمدصادق کامرانی"]


def test_the_word_for_good_before_a_noun_is_no_given_name() -> None:
    assert people("دو کشور بر حسن همجواری و احترام متقابل تاکید کردند.", "fa") == []


# -- kind 8: the Kazakh words for an actress and other artists ----------------------------------------------------


def test_an_actress_names_the_woman_after_her_nationality() -> None:
    assert roles("Түрік актрисасы Элиф Ерсой көшірмесін таныстырды.", "kk") == {"Элиф Ерсой": "artist"}


def test_the_actress_in_the_genitive_alone_names_no_one() -> None:
    assert people("Актрисаның айтуынша, фильм сәтті шықты.", "kk") == []


# -- kind 9: English short given names and the "Abd" compounds ----------------------------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Rob Kellerman, the explorer's vice-president for development, said samples showed gold.", ["Rob Kellerman"]),
    ("The film follows Abdulrashid Tursun, an elder who settles disputes over pastures.", ["Abdulrashid Tursun"]),
])
def test_a_short_or_compound_given_name_opens_a_name(text: str, who: list[str]) -> None:
    assert people(text, "en") == who


def test_a_body_named_with_an_abd_compound_is_no_person() -> None:
    assert people("The Abdulrashid Foundation said the price rose.", "en") == []
