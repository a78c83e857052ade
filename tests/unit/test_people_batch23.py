"""People in the shapes batch 23's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: the words after a prepositional
phrase that follows a spokesman's name ("في مؤتمر صحفي أسبوعي", at a weekly press conference) naming no one;
a preposition glued to the word after a definite noun ("المنتخب الوطني لكرة القدم", the national football team)
opening that noun's complement, not a counterpart's name; a head of state's surname in a list of street names
after one place noun ("на пересечении Абая и Назарбаева", at the crossing of Abai and Nazarbayev streets)
naming the street.
"""

from __future__ import annotations

import pytest

from .people_probe import people, roles

# -- kind 1: Arabic: a prepositional phrase after the holder's name is not a second name before إن -----------------


@pytest.mark.parametrize("text", [
    "وقال المتحدث باسم وزارة الخارجية الأردنية سامر الحديدي في مؤتمر صحفي أسبوعي إن عمّان «متفائلة».",
    "وقال المتحدث باسم الحكومة سامر الحديدي خلال لقاء تلفزيوني مسائي إن المفاوضات مستمرة.",
])
def test_the_words_after_a_preposition_before_inna_name_no_one(text: str) -> None:
    assert people(text, "ar") == ["سامر الحديدي"]


def test_a_name_before_inna_after_a_complement_with_a_preposition_is_still_found() -> None:
    assert people("وقال مدير الإغاثة في المنظمة كريم الناصري إن المساعدات وصلت.", "ar") == ["كريم الناصري"]


# -- kind 2: Arabic: "X لـY نظيره": a preposition glued after a definite noun opens its complement ----------------


@pytest.mark.parametrize("text", [
    "ويلتقي المنتخب الوطني لكرة السلة نظيره الكازاخي مساء الجمعة في الدوحة.",
    "ويلتقي فريق الاتحاد لكرة اليد نظيره الأوزبكي في الدور الثاني.",
])
def test_a_team_for_a_sport_before_counterpart_is_no_person(text: str) -> None:
    assert people(text, "ar") == []


@pytest.mark.parametrize(("text", "who"), [
    ("والتقى لطفي الحسيني نظيره الكازاخي في الدوحة.", ["لطفي الحسيني"]),
    ("وزار الوزير بلال الحسن نظيره الكازاخي في أستانا.", ["بلال الحسن"]),
])
def test_a_name_that_starts_with_the_letter_of_a_preposition_is_still_a_counterpart(text: str, who: list[str]) -> None:
    assert people(text, "ar") == who


# -- kind 3: Russian: the second of two street names after one place noun -------------------------------------------


@pytest.mark.parametrize("text", [
    "Утром на пересечении улиц Абая и Назарбаева столкнулись два автобуса.",
    "На перекрёстке Сейфуллина и Назарбаева открыли новый светофор.",
])
def test_a_head_of_state_in_a_list_of_streets_is_the_street(text: str) -> None:
    assert people(text, "ru") == []


def test_two_leaders_joined_by_and_are_still_people() -> None:
    assert people("Встреча Токаева и Назарбаева прошла в Акорде.", "ru") == ["Токаева", "Назарбаева"]


@pytest.mark.parametrize(("text", "who"), [
    ("يترأس الجانب الأوزبكي في أعمال اللجنة بختيار نور محمدوف نائب رئيس الوزراء.", "بختيار نور محمدوف"),
    ("ويشارك في الاجتماع الوزير لطفي الحسيني نظير الوزير الكازاخي.", "لطفي الحسيني"),
])
def test_a_name_after_a_definite_noun_keeps_its_first_letter(text: str, who: str) -> None:
    assert who in people(text, "ar")


# -- kind 4: Persian: a place's name after its head noun; a weak title right after a full name ---------------------


@pytest.mark.parametrize("text", [
    "فرماندار ایالت سانتا کاتارینا وضعیت اضطراری اعلام کرد.",
    "فرماندار ایالت تگزاس جنوبی دیروز وضعیت اضطراری اعلام کرد.",
])
def test_the_words_after_a_state_noun_are_the_states_name(text: str) -> None:
    assert people(text, "fa") == []


@pytest.mark.parametrize("text", [
    "مریم احمدی نویسنده اصلی کتاب گفت: «آب کم شده است».",
    "مریم احمدی نویسنده اصلی مقاله گفت: «آب کم شده است».",
])
def test_a_weak_title_after_a_full_name_has_no_second_holder(text: str) -> None:
    assert people(text, "fa") == ["مریم احمدی"]


def test_a_strong_title_between_two_names_keeps_both() -> None:
    assert people("علی رضایی وزیر امور خارجه محمد جواد ظریف را دید.", "fa") == ["علی رضایی", "محمد جواد ظریف"]


# -- kind 5: Russian: a foreign name in an oblique case after a long complement, opened by a known given name -------


@pytest.mark.parametrize(("text", "who"), [
    ("Состоялись переговоры с председателем Конституционного суда Турецкой Республики Хасаном Нури Озтюрком.",
     "Хасаном Нури Озтюрком"),
    ("Министр принял главу региональной делегации Красного Креста Кристофа Бертрана-Леруа, сообщили в ведомстве.",
     "Кристофа Бертрана-Леруа"),
])
def test_a_turkish_or_french_given_name_in_an_oblique_case_opens_a_name(text: str, who: str) -> None:
    assert people(text, "ru") == [who]


def test_a_place_that_begins_like_a_given_name_stays_a_place() -> None:
    assert people("Гуманитарные грузы снова идут через пункт Керем Шалом.", "ru") == []


# -- kind 6: a player's position is his title (goalkeeper, defender) ------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("وسجل المدافع كريم الحداد هدف التعادل في الدقيقة الأخيرة.", "ar", "كريم الحداد"),
    ("ويعتمد المدرب على الحارس سامي الزعبي الذي قدم مباراة كبيرة.", "ar", "سامي الزعبي"),
    ("Голкипер Артём Лукин сохранил ворота в неприкосновенности.", "ru", "Артём Лукин"),
    ("The defender Tomas Kral scored in the final minute.", "en", "Tomas Kral"),
])
def test_a_players_position_before_a_name_is_a_title(text: str, lang: str, who: str) -> None:
    assert people(text, lang) == [who]


# -- kind 7: Arabic "بقيادة X" (led by X) names the one at the head -------------------------------------------------


def test_led_by_names_the_leader() -> None:
    assert people("وأعلن حزب المعارضة بقيادة سامي الحداد أنه سيطعن في النتائج.", "ar") == ["سامي الحداد"]


@pytest.mark.parametrize("text", [
    "وشاركت قوات التحالف بقيادة الولايات المتحدة في العملية.",
    "وانطلقت المباراة بقيادة الحكم الدولي في موعدها.",
])
def test_led_by_a_state_or_a_noun_names_no_one(text: str) -> None:
    assert people(text, "ar") == []


# -- kind 8: the muftiate (мүфтият, муфтият) is a body: a capitalised run that opens with it names no one -----------


@pytest.mark.parametrize(("text", "lang"), [
    ("Мүфтият әл-Азһар түлектерімен кездесті\n\nБас мүфти жас имамдарды қабылдады.", "kk"),
    ("Мүфтият әл-Азһарды бітірген жас имамдарды қабылдады\n\nКеше Астанада кездесу өтті.", "kk"),
    ("Муфтият аль-Азхара направил делегацию в Каир.", "ru"),
])
def test_the_muftiate_is_no_person(text: str, lang: str) -> None:
    assert people(text, lang) == []


# -- kind 9: Arabic "الفريق" (the team, or a general's rank) before a verb of observing is the team ----------------


@pytest.mark.parametrize("text", [
    "وقالت الباحثة إن الفريق رصد ارتفاعا في درجات الحرارة خلال الصيف.",
    "وأوضح أن الفريق لاحظ تراجعا في منسوب المياه.",
])
def test_the_team_that_observed_something_is_no_general(text: str) -> None:
    assert people(text, "ar") == []


# -- kind 10: the region's historical figures: the Mughal founder, the Tajik classic, Transoxiana's theologians -----


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The exhibition shows gardens of the kind described by Babur in his memoirs.", "en", "Babur"),
    ("The museum marked the birthday of Sadriddin Ayni with a reading of his prose.", "en", "Sadriddin Ayni"),
    ("شب شعر به یاد صدرالدین عینی در دوشنبه برگزار شد.", "fa", "صدرالدین عینی"),
])
def test_a_historical_figure_of_the_region_is_a_person(text: str, lang: str, who: str) -> None:
    assert people(text, lang) == [who]


def test_a_place_named_after_a_figure_is_no_person() -> None:
    assert people("The Babur region received new buses.", "en") == []


# -- kind 11: English "official" before a name is its title ("Israeli official X Y said") ------------------------


def test_an_official_before_a_name_is_a_title() -> None:
    assert roles_of("Israeli official Dana Levy said the talks were slow.") == {"Dana Levy": "official"}


def test_official_as_an_adjective_names_no_one() -> None:
    text = "The official Twitter account of the ministry posted. An official Kazakh delegation arrived."
    assert people(text, "en") == []


def roles_of(text: str) -> dict[str, str | None]:
    return roles(text, "en")


# -- kind 12: Arabic dateline byline: "(agency)- X Y" closing the first line names the reporter --------------------


@pytest.mark.parametrize("name", ["رهف أبو زيد", "غيث أبو حمدة", "ورد المعايطة"])
def test_a_reporter_after_the_agency_in_a_dateline_is_a_person(name: str) -> None:
    text = f"إربد 3 آذار (بترا)- {name}\n\nبحث وزير الزراعة، اليوم، مع سفير كازاخستان سبل التعاون."
    assert people(text, "ar") == [name]


def test_a_dateline_whose_text_goes_on_after_the_dash_names_no_reporter() -> None:
    text = "إربد 3 آذار (بترا)- بحث وزير الزراعة، اليوم، مع سفير كازاخستان سبل التعاون."
    assert people(text, "ar") == []


# -- kind 4: English: a Korean name with a hyphenated given name, in either order -----------------------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Hwang Hyeon-seok, a cardiologist from Busan, led the first operation.", ["Hwang Hyeon-seok"]),
    ("The software was written by geneticist Yun Kyung-min of Daegu.", ["Yun Kyung-min"]),
    ("Co-author Mi-rae Jeon, a botanist from Incheon, said the survey would go on.", ["Mi-rae Jeon"]),
    ("The talks were led by engineer Dong-hyun Kwak, who flew in from Seoul.", ["Dong-hyun Kwak"]),
])
def test_a_korean_name_with_a_hyphenated_given_name_is_found_in_either_order(text: str, who: list[str]) -> None:
    assert people(text, "en") == who


@pytest.mark.parametrize("text", [
    "The Co-op Bank opened a branch in Almaty.",
    "The Hi-Tech Park hosted the forum.",
    "Visitors can use the free Wi-Fi Zone at the terminal.",
])
def test_a_hyphenated_word_before_a_short_capitalised_word_is_no_korean_name(text: str) -> None:
    assert people(text, "en") == []


# -- kind 5: a nationality from a country name two countries share ("Korea, Republic of") marks a person -----------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("وقدمت الخبيرة الكورية هان مي-را عرضا عن المدفوعات الرقمية.", "ar", ["هان مي-را"]),
    ("وأشاد المدرب الكوري جونغ تاي-سيك بأداء اللاعبين في المباراة.", "ar", ["جونغ تاي-سيك"]),
])
def test_a_korean_nisba_before_a_name_marks_a_person(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


def test_the_korean_nationality_words_are_derived_in_every_language() -> None:
    from monitor.people.nationality import nationality_words

    words = nationality_words()
    assert {"الكوري", "الكورية", "کره\u200cای", "кореялық", "korean"} <= words
