"""People in the shapes batch 13's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: a preposition opening a sentence
and the name of an island or a strait staying no person, and a holder's name after a place that is named
already being found whatever its shape.
"""

from __future__ import annotations

import pytest

from .people_probe import people

# -- a preposition is a closed class: it never opens a name -------------------------------------------------
# (Russian and English write it before the noun, capitalised when it opens a sentence; Kazakh puts postpositions
# after the noun in lower case; Arabic and Persian script has no capitals)


@pytest.mark.parametrize(("text", "lang"), [
    ("Нефть подорожала. Через Малаккский пролив проходит четверть морской торговли.", "ru"),
    ("Нефть подорожала. Вдоль Каспийского побережья Мирзоев не ездил.", "ru"),
    ("Oil prices rose. Through Malacca Strait passes a quarter of the sea trade.", "en"),
    ("Oil prices rose. Despite Warner Mills closing, exports held.", "en"),
])
def test_a_sentence_opening_preposition_is_no_given_name(text: str, lang: str) -> None:
    assert not any(p.split()[0] in ("Через", "Вдоль", "Through", "Despite") for p in people(text, lang))


# -- a capitalised word before a noun of land or water is the place's name ----------------------------------
# (Kazakh: "X аралы", "X бұғазы"; Russian: "X пролив", "остров X" is the place noun before; English: "X Strait",
# "X Island"; Arabic and Persian put the noun first, "جزيرة X", "تنگه X", and find no name without a capital)


@pytest.mark.parametrize(("text", "lang", "name", "place"), [
    ("Президент Бекзат Оразалин Борнео аралында болған су тасқынына байланысты көңіл айтты.", "kk",
     "Бекзат Оразалин", "Борнео"),
    ("Министр Айдар Қасымбеков Сулавеси аралындағы жұмысшыларға көмек жіберді.", "kk", "Айдар Қасымбеков",
     "Сулавеси"),
    ("Танкер прошёл Малаккский пролив, сообщил капитан Игорь Сенцов.", "ru", "Игорь Сенцов", "Малаккский"),
    ("The tanker crossed the Malacca Strait on Monday, captain Ivan Dorsky said.", "en", "Ivan Dorsky", "Malacca"),
    ("Minister Layla Osmani visited Sumba Island on Monday.", "en", "Layla Osmani", "Sumba"),
])
def test_a_word_before_a_noun_of_land_or_water_is_a_place(text: str, lang: str, name: str, place: str) -> None:
    found = people(text, lang)
    assert name in found
    assert not any(place in p for p in found)


def test_ar_fa_a_strait_named_after_its_noun_is_no_person() -> None:
    assert people("وتمر عبر مضيق ملقا ربع تجارة النفط البحرية.", "ar") == []
    assert people("یک چهارم تجارت دریایی نفت از تنگه مالاکا می‌گذرد.", "fa") == []


# -- a place named by its own adjective leaves the capitalised words after it to the holder -----------------
# ("губернатор провинции Анталья X Y": the place noun's name follows it; "аким Туркестанской области X Y": the
# adjective before it names the place, so a given name and a surname of any shape follow. Kazakh and English
# put the title after the place ("облысының әкімі X Y", "Region Governor X Y"); Arabic and Persian read the
# place as a complement of the title)


@pytest.mark.parametrize(("text", "name"), [
    ("Аким Северо-Казахстанской области Ержан Кайырбай провел совещание.", "Ержан Кайырбай"),
    ("Губернатор Ферганской области Шухрат Абдурахмон посетил район.", "Шухрат Абдурахмон"),
    ("Губернатор провинции Анталья Мехмет Озтюрк провел совещание.", "Мехмет Озтюрк"),
    ("Встреча с губернатором афганской провинции Балх Мохаммадом Кадыри прошла в Термезе.", "Мохаммадом Кадыри"),
])
def test_ru_holder_after_a_named_place(text: str, name: str) -> None:
    assert name in people(text, "ru")


@pytest.mark.parametrize(("text", "lang", "name"), [
    ("Түркістан облысының әкімі Ержан Қайырбай кеңес өткізді.", "kk", "Ержан Қайырбай"),
    ("Turkestan Region Governor Yerzhan Kairbay held a meeting.", "en", "Yerzhan Kairbay"),
])
def test_kk_en_holder_after_a_title_that_follows_its_place(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)
