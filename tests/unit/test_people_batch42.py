"""People in batch 42: more common Arabic given names, men's and women's, that are no common words open a name
with a nisba or a theophoric name after them ("X الZي", "X عبد الZ"); a compound given name written in two words,
a name and "of the faith" ("X الدين"), is one given name before the family name. A Kyrgyz patronymic written
apart ("uulu", "кызы") makes the capitalised word before it the father's name, whatever its shape. Italian given
names in Cyrillic and German and Nordic ones in Arabic script open a foreign name with no surname ending. Kazakh
declines only the last word of a name: an -ov surname with a case ending glued on closes the name."""

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


def test_a_kyrgyz_patronymic_makes_the_word_before_it_a_surname() -> None:
    text = "Temirlan Asylbek uulu, a student from Osh, won the gold medal at the regional chess olympiad on Sunday."
    assert _texts(text, "en") == ["Temirlan Asylbek uulu"]
    text = "Темирлан Асылбек уулу, студент из Оша, выиграл золотую медаль на региональной шахматной олимпиаде."
    assert _texts(text, "ru") == ["Темирлан Асылбек уулу"]


def test_an_italian_given_name_in_cyrillic() -> None:
    text = (
        "Новую постановку оперы «Аида» подготовил Массимо Коларуссо. Коларуссо работает с театром третий сезон."
    )
    got = _texts(text, "ru")
    assert "Массимо Коларуссо" in got and "Коларуссо" in got
    text = "Көрмені италиялық балетмейстер Фабио Бенедетти ашты, ол Алматыда екінші рет болып отыр."
    assert "Фабио Бенедетти" in _texts(text, "kk")


def test_a_nordic_given_name_in_arabic_script() -> None:
    text = "وأحرز مهاجمه النرويجي ماركوس هولمبرغ هدف الفوز في الدقيقة الأخيرة من اللقاء."
    assert _texts(text, "ar") == ["ماركوس هولمبرغ"]


def test_a_kazakh_surname_with_a_case_ending_closes_the_name() -> None:
    text = (
        "Бейсенбі күні облыс әкімінің орынбасары Ерлан Сыздықовпен Шарын шатқалында туристік маршрут ашылды, "
        "іс-шараға жергілікті кәсіпкерлер қатысты."
    )
    got = _texts(text, "kk")
    assert got and all("Шарын" not in g for g in got)
