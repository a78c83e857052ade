"""People in the shapes batch 30's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: a private collector named by the noun
for him; a known given name whose first letter reads as a glued particle ("كامران", "بهروز") still opening a name; a
ministry (a body, no place) having no proper name of its own before its official's; a name in another script than
the copy's (a firm's Latin name in Cyrillic copy) being no person; a body's name going on past its "and"; a weekday
after a title opening the clause's predicate, no name; an Arabic compound preposition ("في ظل") being no name; an
Arabic rank word after إن/أن being a noun ("the team") unless a given name follows.
"""

from __future__ import annotations

import pytest

from .people_probe import people, roles

# -- kind 1: a private collector ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Thirty pieces were lent by Orhan Demirel, a collector who has bought textiles for decades.", "en",
     "Orhan Demirel"),
    ("Отыз туындыны коллекционер Мурат Демирел берді.", "kk", "Мурат Демирел"),
    ("Часть работ предоставил коллекционер Мурат Демирел.", "ru", "Мурат Демирел"),
])
def test_a_collector_is_named(text: str, lang: str, name: str) -> None:
    assert roles(text, lang) == {name: "collector"}


def test_a_collector_with_no_name_names_no_one() -> None:
    assert people("The museum bought the rug from a private collector in Almaty last year.", "en") == []


# -- kind 2: a given name whose first letter reads as a glued particle ---------------------------------------------


def test_a_given_name_opening_like_a_particle_is_found_after_an_adjective() -> None:
    text = "وقال المحلل الاقتصادي بهروز نيكنام إن الأسعار ارتفعت."
    assert roles(text, "ar") == {"بهروز نيكنام": "expert"}


def test_a_preposition_glued_to_a_noun_still_opens_no_name() -> None:
    assert people("وقال المحلل الاقتصادي كمصدر مطلع إن الأسعار ارتفعت.", "ar") == []


# -- kind 3: a ministry has no proper name before its official's --------------------------------------------------


def test_the_name_after_a_ministry_is_the_officials_whole() -> None:
    assert people("– сказал генеральный директор министерства Кэндзи Мацуда.", "ru") == ["Кэндзи Мацуда"]


def test_a_provinces_own_name_still_stands_before_its_governors() -> None:
    assert people("Губернатор провинции Анталья Мурат Демирел открыл форум.", "ru") == ["Мурат Демирел"]


# -- kind 4: a name in another script than the copy's is a firm's -------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("Қазақстандық Tau Textile киім желісі фабрика салады.", "kk"),
    ("Турецкий производитель Anadolu Tekstil подписал меморандум.", "ru"),
])
def test_a_latin_name_after_a_nationality_in_cyrillic_copy_is_no_person(text: str, lang: str) -> None:
    assert people(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Қазақстандық Мурат Демирел фабрика салады.", "kk", "Мурат Демирел"),
    ("Японский астроном Кэндзи Мацуда рассказал о находке.", "ru", "Кэндзи Мацуда"),
    ("– сказал глава сети Tau Style Тимур Сабитов.", "ru", "Тимур Сабитов"),
])
def test_a_cyrillic_name_is_found_and_a_firms_latin_name_stays_out_of_it(text: str, lang: str, name: str) -> None:
    assert people(text, lang) == [name]


# -- kind 5: a body's name goes on past its "and" -----------------------------------------------------------------


def test_the_words_after_and_in_a_bodys_name_are_no_person() -> None:
    text = ("Ayten Karim, deputy chair of Kazakhstan's Committee for Sanitary and Epidemiological Control, signed "
            "a protocol.")
    assert people(text, "en") == ["Ayten Karim"]


def test_the_holder_after_a_portfolio_joined_by_and_is_found() -> None:
    text = "Union Minister of Mines and Fertilizers Vikram Sethi held a meeting on Wednesday."
    assert people(text, "en") == ["Vikram Sethi"]


# -- kind 6: a weekday after a title opens the predicate ----------------------------------------------------------


def test_a_place_after_a_weekday_after_a_title_is_no_name() -> None:
    text = ("Аргентина мен Чилидің сыртқы істер министрлері дүйсенбі күні Оңтүстік Патагония мұз алқабындағы "
            "шекара туралы келісті.")
    assert people(text, "kk") == []


def test_a_name_right_after_the_title_and_before_the_weekday_is_found() -> None:
    text = "Аргентинаның сыртқы істер министрі Мартин Эчегарай дүйсенбі күні мәлімдеме жасады."
    assert people(text, "kk") == ["Мартин Эчегарай"]


# -- kind 7: an Arabic compound preposition is no name ------------------------------------------------------------


def test_the_noun_of_a_compound_preposition_is_no_name_before_a_title() -> None:
    assert people("ويضم الدوري لاعبين من آسيا الوسطى، في ظل قاعدة اللاعب الآسيوي.", "ar") == []


def test_a_name_before_the_same_title_is_still_found() -> None:
    text = "وكان جاسور تولاغانوف اللاعب الأوزبكي قد انضم إلى النادي."
    assert roles(text, "ar") == {"جاسور تولاغانوف": "athlete of Uzbekistan"}


# -- kind 8: an Arabic rank word after إن/أن is a noun -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "وقالت الباحثة هند الكبيسي إن الفريق قارن جينومات 120 ناقة.",
    "وقالت الباحثة إن الفريق قارن جينومات 120 ناقة.",
])
def test_the_team_after_inna_is_no_rank(text: str) -> None:
    assert "قارن جينومات" not in people(text, "ar")


def test_a_rank_after_inna_before_a_given_name_is_still_a_rank() -> None:
    text = "وقال المتحدث إن الفريق خالد المنصوري وصل إلى المدينة."
    assert roles(text, "ar") == {"خالد المنصوري": "general"}
