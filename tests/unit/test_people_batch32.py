"""People in batch 32's copy: institution nouns opening a sentence and "No." before a number are no name; an
Arabic apposition of "he is", a trader named by his trade, a Kyrgyz patronymic, the name after a Russian head's
body and a short surname said again as the owner of what was said are people."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_court_opening_a_sentence_is_no_given_name() -> None:
    kk = (
        "Аудандық сот бұрынғы әкім Б. Жақыповты 5 жылға сотталды. Прокурор айыпты мойындады.\n\n"
        "Сот Жақыповқа мемлекеттік қызметте жұмыс істеуге тыйым салды."
    )
    assert not any(t.startswith("Сот") for t in _texts(kk, "kk"))
    ru = (
        "Районный суд приговорил бывшего акима Б. Жакыпова к пяти годам.\n\n"
        "Суд Жакыпову запретил занимать должности на госслужбе. Прокуратура Жакыпову предъявила иск."
    )
    assert not any(t.startswith(("Суд", "Прокуратура")) for t in _texts(ru, "ru"))


def test_number_sign_and_a_numbered_institution_are_no_name() -> None:
    text = (
        "Marat Seitkali, director of Lyceum No. 12, said the school had two new laboratories. "
        "Gulnar Abenova, head of Ward No 4, said the beds were full."
    )
    got = _texts(text, "en")
    assert not any("No" in t.split() or "Lyceum" in t or "Ward" in t for t in got)
    assert "Marat Seitkali" in got
    # the Korean family name No before a given name stays a name
    assert "No Hyon Chol" in _texts("Defence Minister No Hyon Chol said the drills would go on.", "en")


def test_a_border_crossing_is_no_person_in_persian() -> None:
    text = "هلال احمر دو محموله کمک به مرز آستارا فرستاده که یکی از آنها هنوز تحویل نشده است."
    assert not any("مرز" in t for t in _texts(text, "fa"))


def test_under_the_auspices_of_an_office_is_no_name_in_arabic() -> None:
    text = "وانطلقت في جنيف جولة جديدة من المشاورات برعاية مكتب المبعوث الخاص، وتتناول ملف المعتقلين."
    assert not any("برعاية" in t or "مكتب" in t for t in _texts(text, "ar"))


def test_an_arabic_apposition_of_he_is_names_the_person() -> None:
    text = "وقال مسؤول محلي مطلع، هو كمال ناجي الزعبي، إن أعمال الصيانة ستنتهي الشهر المقبل."
    assert "كمال ناجي الزعبي" in _texts(text, "ar")
    woman = "وأكدت موظفة في البلدية، هي منى سالم الكردي، أن العمل مستمر."
    assert "منى سالم الكردي" in _texts(woman, "ar")
    # after a source described, a given name the lexicon does not know opens the name too
    source = "وقال مصدر حكومي مطلع، هو ثابت يونس العمري، إن الاتفاق سيوقع قريبا."
    assert "ثابت يونس العمري" in _texts(source, "ar")
    # an apposition with no given name and no person described before it names no one
    assert _texts("وهذا، هو أمر بالغ الأهمية، كما قال المراقبون.", "ar") == []


def test_a_trader_named_by_his_trade_in_arabic() -> None:
    text = "وقال تاجر الأقمشة رافيندر سينغال إن الطلب تراجع هذا الموسم بسبب ارتفاع الأسعار."
    assert "رافيندر سينغال" in _texts(text, "ar")


def test_a_kyrgyz_patronymic_first_name() -> None:
    text = "Her adviser, Temir uulu Azamat, said the appeal would be filed on Monday."
    assert "Temir uulu Azamat" in _texts(text, "en")
    ru = "Тренер команды Алмаз кызы Гульнара похвалила игроков."
    assert "Алмаз кызы Гульнара" in _texts(ru, "ru")


def test_the_name_after_a_russian_heads_body() -> None:
    text = (
        "Вчера глава регионального офиса ЮНИСЕФ Матиас Брёнстад подписал в Бишкеке меморандум о "
        "сотрудничестве с министерством образования."
    )
    assert "Матиас Брёнстад" in _texts(text, "ru")


def test_a_short_surname_said_again_as_the_owner_of_what_was_said() -> None:
    kk = "«Біз жаңа бағдарламаны бастадық», – деді орталық басшысы Алина Пак. Пактың сөзінше, жобаға жүз бала қатысады."
    assert "Пактың" in _texts(kk, "kk")
    ru = "Директор музея Ольга Пак открыла выставку. По словам Пак, выставка продлится месяц."
    assert _texts(ru, "ru").count("Пак") == 1


def test_father_frost_in_the_plural_is_no_person() -> None:
    text = "В субботу на площади пройдёт парад Дедов Морозов из всех районов города с шествием по проспекту."
    assert not any("Дед" in t for t in _texts(text, "ru"))


def test_a_figures_name_among_towns_such_as_is_a_place() -> None:
    text = "The subsidy will be extended to smaller towns such as Shakhtinsk and Abai next year, the akimat said."
    assert "Abai" not in _texts(text, "en")


def test_a_prosecutor_opening_a_kazakh_sentence_is_no_part_of_the_name() -> None:
    text = "Сот отырысы өтті. Прокурор Дана Сейітова сотталушының кінәсін дәлелдеді деп айтты."
    assert "Дана Сейітова" in _texts(text, "kk")
    assert not any(t.startswith("Прокурор") for t in _texts(text, "kk"))
