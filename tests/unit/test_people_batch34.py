"""People in batches 34 and 35: a definite noun coordinated by و, a plural possessive, a Persian title its subject's
body owns, a Latin letter's full stop, a Kazakh possessed place in the dative, a figure closing a body's ezafe
chain, a counted noun after an honorific, a Persian superlative before a title and a body's bracketed acronym are no
names; indefinite and feminine titles, a Persian title in its indefinite form, a Kazakh attaché and a father's name
that is a word too between a given name and a nisba find the name."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def _roles(text: str, lang: str) -> dict[str, str | None]:
    return {e.text: e.role for e in find_people(text, lang)}


def test_a_definite_noun_coordinated_by_wa_is_no_family_name() -> None:
    text = "وأغلق المؤشر العام مرتفعاً بقيادة أسهم الاتصالات والعقارات في ختام تعاملات الأسبوع."
    assert not any("أسهم" in t for t in _texts(text, "ar"))
    text = "وقال إن الصلة تعود إلى عصر الإمام الغزالي والرازي اللذين نشرا العلم."
    assert "الغزالي" in _texts(text, "ar")  # a lone definite name is no noun phrase


def test_a_plural_possessive_ends_no_given_name() -> None:
    text = "الرياض – عقد وزراء الزراعة في الدول الأعضاء اجتماعهم السنوي أمس، وبحثوا الأمن الغذائي."
    assert not any("اجتماعهم" in t for t in _texts(text, "ar"))


def test_a_persian_title_its_subjects_body_owns_is_no_apposition() -> None:
    text = "مهاجم میزبان پس از ارسال بلند مدافع باشگاهش توپ را به تور دروازه چسباند و بازی را برد."
    assert not any("ارسال" in t for t in _texts(text, "fa"))
    text = "در طرف مقابل، کامران یوسفی سرمربی پیکان گفت تیمش بازی را باخته است."
    assert "کامران یوسفی" in _texts(text, "fa")  # the possessed noun must follow the title at once


def test_a_persian_superlative_before_a_title_is_no_name() -> None:
    text = "در این دیدار تیم مهمان با دو پاس گل بهترین هافبک میدان لقب گرفت و سه امتیاز را برد."
    assert not any("بهترین" in t for t in _texts(text, "fa"))


def test_a_latin_letters_full_stop_opens_no_cyrillic_name() -> None:
    text = "В области выявлено около двух тысяч случаев гепатита B. Треть заболевших узнала о диагнозе случайно."
    assert not any("Треть" in t for t in _texts(text, "ru"))


def test_a_kazakh_possessed_place_in_the_dative_is_no_name() -> None:
    text = "Сарапшының айтуынша, биыл Іле Алатауына жаңа бақылау камералары орнатылады."
    assert not any("Алатауына" in t for t in _texts(text, "kk"))


def test_a_figure_closing_a_bodys_ezafe_chain_names_the_body() -> None:
    text = "نمایندگان فرهنگستان با انستیتوی تاریخ و فرهنگ رودکی در دوشنبه دیدار کردند."
    assert "رودکی" not in _texts(text, "fa")


def test_a_noun_counted_after_a_numeral_is_no_name_after_an_honorific() -> None:
    text = "این بازیکن فصل گذشته با ۱۸ گل آقای گل لیگ برتر شد و حالا به تیم ملی دعوت شده است."
    assert "گل" not in _texts(text, "fa")


def test_a_bracketed_acronym_closes_a_bodys_name_after_a_complement() -> None:
    text = (
        "Officials held talks with Selim Kaya, deputy director general of Azerbaijan's State Melioration Works "
        "(AMW), and signed a plan."
    )
    got = _texts(text, "en")
    assert not any("Melioration" in t for t in got)
    assert "Selim Kaya" in got


def test_indefinite_and_feminine_arabic_titles_open_the_name() -> None:
    text = (
        "وقالت محللة أسواق المعادن سلمى راشد العبدلي إن الأسعار سترتفع، "
        "وقال سائق الحافلة فهد بن ناصر الدوسري إنه ينتظر."
    )
    got = _roles(text, "ar")
    assert got == {"سلمى راشد العبدلي": "expert", "فهد بن ناصر الدوسري": "worker"}


def test_a_feminine_worker_and_her_nationality_before_the_name() -> None:
    text = "وقالت العاملة المصرية نوال شريف إن ساعات العمل طويلة."
    assert _roles(text, "ar").get("نوال شريف") == "worker"


def test_a_persian_title_in_its_indefinite_form_describes_the_name_before_it() -> None:
    text = "در نمایشگاه صنایع دستی،\n\nنسرین کاظمی، بافنده‌ای از روستای قره‌چمن، گفت قیمت نخ دو برابر شده است."
    assert _roles(text, "fa").get("نسرین کاظمی") == "worker"


def test_a_kazakh_attache_in_the_possessive_opens_the_name() -> None:
    text = "Елшіліктің білім атташесі Марко Беллини студенттермен кездесу өтетінін айтты."
    assert _roles(text, "kk").get("Марко Беллини") == "attaché"


def test_a_fathers_name_that_is_a_word_too_before_a_nisba() -> None:
    text = "وتوجت نورة جميل الشمري بذهبية وزن 48 كغم بعد فوزها في النهائي."
    assert "نورة جميل الشمري" in _texts(text, "ar")
