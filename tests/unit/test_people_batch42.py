"""People in batch 42: more common Arabic given names, men's and women's, that are no common words open a name
with a nisba or a theophoric name after them ("X الZي", "X عبد الZ"); a compound given name written in two words,
a name and "of the faith" ("X الدين"), is one given name before the family name."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_womans_given_name_opens_a_name() -> None:
    text = "وقالت رولا الشمري إن مشروع قانون الإيجارات يحتاج إلى مراجعة قبل التصويت عليه في الجلسة المقبلة."
    assert _texts(text, "ar") == ["رولا الشمري"]
    text = "وأبدت العضو لبنى القحطاني تحفظها على بعض مواد المشروع، وطالبت بإحالته إلى اللجنة القانونية."
    assert _texts(text, "ar") == ["لبنى القحطاني"]
    text = "وقالت ريما عبد الستار، معلمة في مدرسة حكومية، إن الصفوف مكتظة منذ بداية العام."
    assert _texts(text, "ar") == ["ريما عبد الستار"]


def test_a_mans_given_name_opens_a_name() -> None:
    text = (
        "وقال رئيس النقابة في عمّان فراس الزعبي إن الأجور لم ترتفع منذ ثلاث سنوات. وأضاف الزعبي أن الحوار مع "
        "أصحاب العمل مستمر."
    )
    got = _texts(text, "ar")
    assert "فراس الزعبي" in got and "الزعبي" in got


def test_a_compound_given_name_with_al_din() -> None:
    text = "وأكد المتحدث عماد الدين الشهري أن المفاوضات ستستأنف مطلع الشهر المقبل في العاصمة."
    assert _texts(text, "ar") == ["عماد الدين الشهري"]
