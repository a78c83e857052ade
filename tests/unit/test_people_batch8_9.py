"""People in the shapes held-out batches 8 and 9 showed, by kind (tests/data/real/relevance{8,9}_*, feedday{8,9}_*).

Every text is written for this file with invented names. A reader relies on: the people of ordinary copy (sport,
weather, science, culture) being found by the occupation written beside them, as officials are by their titles,
in every language; and on the words around them (a club after "the", a Persian superlative, the clause before a
Persian name, a club after "قادمًا من") staying no person.
"""

from __future__ import annotations

import pytest

from monitor.entities import tag_entities


def people(text: str, lang: str) -> list[str]:
    return [text[e.start : e.end] for e in tag_entities(text, lang) if e.type == "person"]


def roles(text: str, lang: str) -> dict[str, str | None]:
    return {text[e.start : e.end]: e.role for e in tag_entities(text, lang) if e.type == "person"}


# --- kind: an occupation of sport, science or a profession stands beside the name as a title does ---------
@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        ("وأكد مدرب المنتخب سامي فواز العتيبي جاهزية اللاعبين للمباراة.", "ar", "سامي فواز العتيبي", "coach"),
        ("وحلّ الرامي الأردني بسام خليل النمري في المركز الثالث.", "ar", "بسام خليل النمري", "athlete"),
        ("وقال المتنبئ الجوي هاني سعد الرفاعي إن الكتلة الباردة تتراجع.", "ar", "هاني سعد الرفاعي", "expert"),
        ("آرمان صدری‌نیا، سرمربی تیم ملی، در نشست خبری گفت: تیم آماده است.", "fa", "آرمان صدری‌نیا", "coach"),
        ("ژوزه مارینو، سرمربی باشگاه، گفت: بازی سختی داشتیم.", "fa", "ژوزه مارینو", "coach"),
        ("Клубтың бас бапкері Дәурен Серікбаев ойыншылардың дайындығын жоғары бағалады.", "kk",
         "Дәурен Серікбаев", "coach"),
        ("Клуб бразилиялық жартылай қорғаушы Рикардо Мендеспен келісімшарт жасасты.", "kk", "Рикардо Мендеспен",
         "athlete"),
        ("Главный тренер сборной Тимур Аскаров назвал состав на матч.", "ru", "Тимур Аскаров", "coach"),
        ("Синоптик Алия Жумабаева предупредила о снегопаде.", "ru", "Алия Жумабаева", "expert"),
        ("The club's head coach Tomas Varga said the squad was ready.", "en", "Tomas Varga", "coach"),
        ("Kazakh boxer Arman Tulegenov stopped his opponent in the ninth round.", "en", "Arman Tulegenov",
         "athlete"),
    ],
)
def test_an_occupation_beside_a_name_marks_the_person_in_every_language(text: str, lang: str, name: str,
                                                                       role: str) -> None:
    got = roles(text, lang)
    assert name in got, got
    assert (got[name] or "").startswith(role), got


def test_a_team_after_a_coach_of_the_is_no_person() -> None:
    text = 'Head coach of the Golden Eagles said the team needed tough opponents. "We are ready," he said.'
    assert not any("Golden" in g or "Eagles" in g for g in people(text, "en")), people(text, "en")


def test_a_persian_superlative_before_an_occupation_is_no_person() -> None:
    text = "بهزاد کریمی با ۱۴ امتیاز امتیازآورترین بازیکن زمین بود. کریمی پس از بازی گفت: حریف سختی بود."
    got = people(text, "fa")
    assert "بهزاد کریمی" in got, got
    assert not any("امتیاز" in g for g in got), got


def test_a_persian_name_before_its_title_is_the_given_and_family_name_not_the_clause() -> None:
    text = ("برای جانشینی نام بهرام سپهری‌پور، سرمربی سابق تیم، مطرح است. "
            "گفته می‌شود محمد جواد رحیمی‌نیا، سرمربی تیم جوانان، هم گزینه است.")
    got = people(text, "fa")
    assert "بهرام سپهری‌پور" in got, got
    assert "محمد جواد رحیمی‌نیا" in got, got
    assert not any("جانشینی" in g for g in got), got


def test_a_club_after_an_accusative_adverb_is_not_the_players_namesake() -> None:
    text = "أعلن النادي تعاقده مع لاعب الوسط الأوزبكي رستم عليموف قادمًا من سوغديانا الجيزاخي، بعقد لموسمين."
    got = people(text, "ar")
    assert "رستم عليموف" in got, got
    assert not any("الجيزاخي" in g for g in got), got


# --- kind (Arabic only: the other languages glue no object pronoun to a verb in news copy): a verb carrying
# its object pronoun ("ترأسها", "وحضرها") is a verb, neither a name nor a word that may follow one -----------
def test_a_verb_with_its_object_pronoun_is_no_name_and_closes_the_name_before_it() -> None:
    text = ("أقر المجلس، في جلسة صباحية ترأسها رئيس المجلس مازن عادل القضاة وحضرها رئيس الوزراء، "
            "مشروع القانون.")
    got = people(text, "ar")
    assert "مازن عادل القضاة" in got, got
    assert not any("ترأسها" in g or "صباحية" in g for g in got), got


def test_a_feminine_name_folded_like_a_verb_with_a_pronoun_is_still_a_name() -> None:
    text = "وأشارت مديرة قسم التخطيط في الوزارة، سلمى جمعة الراوي، إلى أن الخطة جاهزة."
    assert "سلمى جمعة الراوي" in people(text, "ar"), people(text, "ar")


# --- kind (Arabic only: the proclitic ف is Arabic's): a given name whose first letter reads as the conjunction ف
# on an imperfect verb ("ف" + "يصل") is a name right after a title and before a family name -------------------
@pytest.mark.parametrize("title", ["السفير", "الدكتور", "المهندس"])
def test_a_given_name_that_reads_as_a_conjunction_and_a_verb_is_a_name_after_a_title(title: str) -> None:
    text = f"وقال {title} فيصل ناصر الدوسري إن المشروع يسير وفق الخطة."
    assert "فيصل ناصر الدوسري" in people(text, "ar"), people(text, "ar")


def test_a_conjunction_and_a_verb_with_no_title_before_stays_a_verb() -> None:
    text = "وينتظر الوفد وصول الوزراء، فيصل الوفد إلى العاصمة مساء الخميس."
    assert not any("فيصل" in g for g in people(text, "ar")), people(text, "ar")
