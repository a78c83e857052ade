"""People in the shapes batch 24's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: the place of a dateline that stands on
a line of its own ("بیرجند – ایسنا") being no one's surname; an explanation opened by "یعنی" (that is) naming no one;
a place before a place noun in Kazakh ("Газа секторы") ending a name; a title in construct after an institution's
noun ("مطار الأمير X", "университет имени академика X") naming the patron, not a person in the story; a hyphenated
given name ("Жан-Пьер", "Anna-Maria") opening a name as either of its parts would.
"""

from __future__ import annotations

import pytest

from .people_probe import people

# -- kind 1: Arabic script: the place of a dateline on a line of its own is no surname ------------------------------


@pytest.mark.parametrize("text", [
    "بیرجند – ایسنا\n\nمعاون درمان دانشگاه علوم پزشکی بیرجند از افتتاح دو درمانگاه تازه خبر داد.",
    "بیرجند - ایرنا\n\nمعاون درمان دانشگاه علوم پزشکی بیرجند از افتتاح دو درمانگاه تازه خبر داد.",
])
def test_the_place_of_a_dateline_line_ends_a_titles_complement_with_no_name(text: str) -> None:
    assert people(text, "fa") == []


def test_a_name_after_the_datelines_place_in_a_complement_is_found_whole() -> None:
    text = "مأدبا – بترا\n\nوحضر اللقاء رئيس غرفة تجارة مأدبا سامر العبادي وعدد من التجار."
    assert people(text, "ar") == ["سامر العبادي"]


# -- kind 2: Persian: "یعنی" (that is) opens an explanation, not a name --------------------------------------------


@pytest.mark.parametrize("text", [
    "رئیس انجمن گفت سفیران صلح، یعنی جوانان داوطلب شهر، فردا به مدارس می‌روند.",
    "به گفته او سفیران سلامت، مانند داوطلبان محلی، خانه‌به‌خانه می‌روند.",
])
def test_an_explanation_after_a_figurative_title_names_no_one(text: str) -> None:
    assert people(text, "fa") == []


def test_a_name_set_off_by_commas_after_a_title_is_still_found() -> None:
    assert people("سفیر ژاپن، کنجی تاناکا، گفت همکاری‌ها ادامه دارد.", "fa") == ["کنجی تاناکا"]


# -- kind 3: Kazakh: a place before "секторы" (sector) ends the name before it --------------------------------------


def test_a_place_before_its_sector_noun_is_no_part_of_a_name() -> None:
    text = "Өкіл Ерлан Сапаров Газа секторына гуманитарлық көмек жіберілетінін айтты."
    assert people(text, "kk") == ["Ерлан Сапаров"]


def test_a_surname_before_a_verb_stays_in_the_name() -> None:
    assert people("Өкіл Ерлан Сапаров көмек жіберілетінін айтты.", "kk") == ["Ерлан Сапаров"]


# -- kind 4: a title in construct after an institution's noun names its patron --------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("وصلت الطائرة إلى مطار الأمير سالم بن راشد الدولي مساء أمس.", "ar"),
    ("ويتلقى المصاب العلاج في مستشفى الملك فيصل بن خالد التخصصي.", "ar"),
    ("Он окончил университет имени профессора Серикбая Жаксыбекова в Караганде.", "ru"),
    ("Выставка прошла в музее имени академика К. Ержанова.", "ru"),
])
def test_the_patron_of_an_airport_a_hospital_or_a_university_is_no_person_in_the_story(text: str, lang: str) -> None:
    assert people(text, lang) == []


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("واستقبل الأمير سالم بن راشد الوفد في مكتبه.", "ar", ["سالم بن راشد"]),
    ("وقال مدير المطار سامر العبادي إن الرحلات منتظمة.", "ar", ["سامر العبادي"]),
    ("وقال مدير مستشفى الملك سالم التخصصي الدكتور سامر العبادي إن الحالات مستقرة.", "ar", ["سامر العبادي"]),
    ("وقال سامي بن خالد الحربي إن الحالات مستقرة.", "ar", ["سامي بن خالد الحربي"]),
    ("В совещании участвовал директор театра имени Касыма Ержанова Ерлан Сапаров.", "ru", ["Ерлан Сапаров"]),
])
def test_the_holder_of_a_title_beside_a_named_place_is_still_found(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


# -- kind 5: a hyphenated given name opens a name with no title ------------------------------------------------------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("В переговорах участвовал Жан-Пьер Дюран, сообщил МИД.", "ru", ["Жан-Пьер Дюран"]),
    ("Выставку открыли при участии Анны-Марии Лефевр.", "ru", ["Анны-Марии Лефевр"]),
    ("The talks were attended by Jean-Pierre Durand and Anna-Maria Lefevre.", "en",
     ["Jean-Pierre Durand", "Anna-Maria Lefevre"]),
    ("Жан-Пьер Дюран министрмен кездесті, деп хабарлады агенттік.", "kk", ["Жан-Пьер Дюран"]),
])
def test_a_hyphenated_given_name_opens_a_name(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


@pytest.mark.parametrize(("text", "lang"), [
    ("Компания Мария-Люкс открыла новый магазин в Алматы.", "ru"),
    ("The Anna-Karenina Ballet opened its season in Astana.", "en"),
])
def test_a_hyphenated_word_with_one_given_name_is_no_name(text: str, lang: str) -> None:
    assert people(text, lang) == []


# -- kind 6: Russian: a foreign surname in -а met in one oblique case, repeated alone in another --------------------


@pytest.mark.parametrize(("text", "who"), [
    ("Министр принял посла Японии Кэнта Мацуду. В завершение встречи Мацуде пожелали успехов.",
     ["Кэнта Мацуду", "Мацуде"]),
    ("Боксёр победил мексиканца Хуана Карлоса Рамосу. Однако Рамоса дважды поднимался.",
     ["Хуана Карлоса Рамосу", "Рамоса"]),
])
def test_a_surname_in_a_repeated_in_another_case_is_the_same_person(text: str, who: list[str]) -> None:
    assert people(text, "ru") == who


def test_a_longer_word_on_the_surnames_stem_is_no_repeat() -> None:
    text = "Министр принял посла Японии Кэнта Мацуду. Позже в зале Мацудами назвали всю делегацию."
    assert people(text, "ru") == ["Кэнта Мацуду"]


# -- kind 7: a Chinese name is said again by its first word, the family name ----------------------------------------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("The chairman of the corporation, Gao Jianwei, spoke first. Gao said his company was ready.", "en",
     ["Gao Jianwei", "Gao"]),
    ("The consul general, Deng Lei, opened the forum. Deng also presented a new visa centre.", "en",
     ["Deng Lei", "Deng"]),
    ("Генконсул Дэн Лэй выступил на форуме. Дэн заявил, что визовый центр откроется.", "ru", ["Дэн Лэй", "Дэн"]),
])
def test_a_chinese_family_name_alone_repeats_the_person(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


def test_a_western_given_name_alone_is_no_repeat_of_a_full_name() -> None:
    text = "Ambassador Daniel Morgan arrived on Monday. Daniel Street was closed for the visit."
    assert people(text, "en") == ["Daniel Morgan"]


# -- kind 8: Arabic names with no office title: lists of ranks, honorific-born name parts, lists after a given name ---


def test_a_rank_glued_to_and_opens_the_next_item_not_a_rank_after_a_place() -> None:
    text = "وحضر اللقاء كل من الدكتور سامي الحربي والدكتورة رانيا العبادي من قطاع العلاقات الثقافية."
    assert people(text, "ar") == ["سامي الحربي", "رانيا العبادي"]


def test_a_rank_after_a_two_word_place_still_opens_the_holders_name() -> None:
    assert people("والتقى محافظ البحر الأحمر اللواء سامر العبادي بالوفد.", "ar") == ["سامر العبادي"]


def test_an_honorific_between_a_given_name_and_a_family_name_is_part_of_the_name() -> None:
    assert "الحربي" not in people("وشارك في الاجتماع النائب وائل السيد الحربي وعدد من المسؤولين.", "ar")


def test_an_honorific_before_a_given_name_still_opens_it() -> None:
    assert people("واستقبل الوزير السيد سامر العبادي في مكتبه.", "ar") == ["سامر العبادي"]


@pytest.mark.parametrize(("text", "who"), [
    ("وسيضم الوفد الفنانين عمر الحياري ورنا الصمادي وزيد الخوالدة، إضافة إلى فرقة المركز الوطني.",
     ["عمر الحياري", "رنا الصمادي", "زيد الخوالدة"]),
    ("وحضر الأمسية عمر الحياري وهند الصمادي، وقدمت الفرقة عرضا.", ["عمر الحياري", "هند الصمادي"]),
])
def test_the_names_listed_after_a_name_a_given_name_tells_are_people(text: str, who: list[str]) -> None:
    assert people(text, "ar") == who


def test_a_construct_phrase_after_a_name_in_a_list_is_no_name() -> None:
    assert people("وتابع عمر الحياري وصول الأسرى إلى المطار.", "ar") == ["عمر الحياري"]


def test_a_name_after_a_definite_complement_is_closed_by_an_object_with_tanween() -> None:
    text = "استقبل رئيس مجلس الأعيان الأردني سامر العبادي وفداً برلمانياً في عمّان."
    assert people(text, "ar") == ["سامر العبادي"]


def test_a_name_after_a_definite_complement_going_on_with_a_word_is_not_taken() -> None:
    assert people("استقبل رئيس مجلس الأعيان الأردني سامر العبادي منزل الوفد.", "ar") == []


# -- kind 9: Russian and Kazakh: a general's rank a hyphen joins to "генерал" is a title ------------------------------


@pytest.mark.parametrize(("text", "lang", "who"), [
    ("Миссию ООН возглавляет генерал-майор Патрик Дюбуа. Ротацию планируют на апрель.", "ru", ["Патрик Дюбуа"]),
    ("Награду вручили генерал-лейтенанту Серику Жумабаеву в Астане.", "ru", ["Серику Жумабаеву"]),
    ("Миссияны генерал-майор Патрик Дюбуа басқарады.", "kk", ["Патрик Дюбуа"]),
])
def test_a_hyphenated_generals_rank_before_a_name_is_a_title(text: str, lang: str, who: list[str]) -> None:
    assert people(text, lang) == who


def test_a_generals_rank_with_no_name_after_it_names_no_one() -> None:
    assert people("Звание генерал-майора присвоено впервые за десять лет.", "ru") == []
