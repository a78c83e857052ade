"""People in the shapes held-out batches 11 and 12 showed, by kind (tests/data/real/*11_*, *12_*).

Every text is written for this file with invented names. A reader relies on: a noun with a possessive pronoun
after a preposition ("في خطابه المسائي": in his evening speech) and its definite adjective staying no person,
while a titled name before it and a given name written with ه after a title stay people.
"""

from __future__ import annotations

import pytest

from .people_probe import people

# -- Arabic: a possessed noun and its adjective are no family name ------------------------------------------
# (the kind is Arabic's: Persian writes the possessive as -ش/-ِ, Kazakh and Russian as words or endings of
# their own, none of which a name's shape takes for a given name and a nisba)


@pytest.mark.parametrize(("text", "name", "noun"), [
    ("وقال وزير الخارجية الكيني موسى كيبيتو في حديثه الصحفي إن بلاده تدعم الاتفاق.", "موسى كيبيتو",
     "حديثه الصحفي"),
    ("وقال الرئيس الأوزبكي شوكت ميرضيائيف في خطابه السنوي إن الإصلاحات مستمرة.", "شوكت ميرضيائيف",
     "خطابه السنوي"),
    ("وأكدت وزيرة الثقافة الكينية ماريا أوتينو في كلمتها الافتتاحية أن المهرجان ناجح.", "ماريا أوتينو",
     "كلمتها الافتتاحية"),
    ("وقال مدير الميناء الكازاخي بولات سيريكوف بحديثه الأسبوعي إن الشحن تضاعف.", "بولات سيريكوف",
     "بحديثه الأسبوعي"),
])
def test_ar_possessed_noun_and_adjective_is_no_person(text: str, name: str, noun: str) -> None:
    found = people(text, "ar")
    assert name in found
    assert not any(noun in p or p in noun for p in found)


def test_ar_given_name_written_with_ha_after_a_title_stays_a_person() -> None:
    """A given name whose feminine ending is written ه (no preposition before it) is still a name."""
    assert "فاطمه الكعبي" in people("وقالت المديرة العامة للهيئة فاطمه الكعبي إن الخطة جاهزة.", "ar")
