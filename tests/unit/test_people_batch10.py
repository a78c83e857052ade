"""People in the shapes held-out batch 10 showed, by kind (tests/data/real/relevance10_*, feedday10_*).

Every text is written for this file with invented names. A reader relies on: a name found after an abbreviated
honorific ("د.", "Dr.", "д-р") as after the written-out one, with or without a space after its full stop and
after an office and its complement too.
"""

from __future__ import annotations

import pytest

from monitor.entities import tag_entities


def people(text: str, lang: str) -> list[str]:
    return [text[e.start : e.end] for e in tag_entities(text, lang) if e.type == "person"]


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
