"""People in the shapes batch 22's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: a courtesy formula ("على حسن
الاستضافة", thanks for the kind hosting) and the preposition "وإلى" (and to, which folds to the spelling of
"والي", governor) naming no one; the Persian words of the environment in a body's name ("سازمان حفاظت محیط
زیست") and the adverbial "در همین حال" (meanwhile) before "دفتر رئیس‌جمهور" (the president's office) being no
name; a Kazakh given name that is also a place's ("Алтай") naming the place, not the person, when a place's head
noun follows it ("Алтай өлкесі").
"""

from __future__ import annotations

import pytest

from .people_probe import people

# -- kind 1: common words and places taken for people -----------------------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [
    ("أتوجه بالشكر إلى الحكومة المضيفة على حسن الاستضافة، وإلى الأمانة العامة على حسن التنظيم.", "ar"),
    ("وأعرب الوفد عن تقديره لحسن الاستقبال وكرم الضيافة، وإلى اللقاء في القمة المقبلة.", "ar"),
    ("وشكر المشاركون البلد المضيف على حسن الاستضافة وإلى المنظمين على جهودهم.", "ar"),
    ("رئیس سازمان حفاظت محیط زیست ایران روز دوشنبه در عشق‌آباد با وزیر کشاورزی دیدار کرد.", "fa"),
    ("معاون سازمان حفاظت محیط زیست استان مازندران گفت طرح پاکسازی ساحل ادامه دارد.", "fa"),
    ("در همین حال دفتر رئیس‌جمهور اعلام کرد که سفر هفته آینده انجام می‌شود.", "fa"),
])
def test_a_common_phrase_before_or_after_a_title_names_no_one(text: str, lang: str) -> None:
    assert people(text, lang) == []


def test_the_governor_is_still_found_after_a_name_in_arabic() -> None:
    found = people("وقال كريم الدوسري، والي الولاية، إن الطريق سيفتح قريباً.", "ar")
    assert "كريم الدوسري" in found


def test_the_office_of_a_named_person_still_names_the_person_in_persian() -> None:
    found = people("در همین حال، دفتر نادر کرمانی‌پور، نخست‌وزیر، اعلام کرد که جلسه برگزار شد.", "fa")
    assert "نادر کرمانی‌پور" in found


def test_a_persian_title_over_a_body_of_the_environment_still_names_its_holder() -> None:
    found = people("رئیس سازمان حفاظت محیط زیست، نادر کاظمی‌فر، روز دوشنبه گفت طرح ادامه دارد.", "fa")
    assert "نادر کاظمی‌فر" in found


def test_a_kazakh_given_name_before_a_place_head_noun_is_the_place() -> None:
    text = ("Облыс әкімі Сәкен Бекболатов Ресей консулын қабылдады.\n\nКездесуде тараптар Алтай өлкесімен және "
            "Новосібір облысымен шекаралық ынтымақтастықты талқылады.\n\nКездесуге облыс әкімінің орынбасары Алтай "
            "Жұмағұлов қатысып, жоспармен таныстырды.")
    found = people(text, "kk")
    assert "Алтай Жұмағұлов" in found
    assert "Алтай" not in found
