"""People in batch 33's copy: an Arabic preposition glued to a noun opens a title's complement or makes the title
its object, a Persian title "خود" follows is a possessed noun, a firm after "director of" is no holder, a country's
name before a title ends the name before it, and an English portfolio, a region's possessive and a Persian
by-phrase no longer hide the name."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_glued_preposition_after_a_title_opens_its_complement_in_arabic() -> None:
    text = "وأوضح العقيد ماجد فهد الراشدي، نائب المدير العام لقطاع الموانئ، أن الحركة ارتفعت هذا العام."
    got = _texts(text, "ar")
    assert "ماجد فهد الراشدي" in got
    assert not any("لقطاع" in t for t in got)


def test_a_verbal_noun_with_a_glued_preposition_before_a_title_is_no_name() -> None:
    text = "المحكمة تقضي بحبس مدير جمعية خيرية ثلاث سنوات\n\nوقضت المحكمة أمس بحبس مدير جمعية خيرية ثلاث سنوات."
    assert not any("بحبس" in t for t in _texts(text, "ar"))


def test_a_title_its_subject_owns_is_no_apposition_in_persian() -> None:
    text = "تیم میزبان با شوت سرکش هافبک چپ خود به گل رسید، اما مهران توکلی، مدافع تیم مهمان، بازی را مساوی کرد."
    got = _texts(text, "fa")
    assert not any("شوت" in t for t in got)


def test_a_body_after_director_of_is_no_holder() -> None:
    text = (
        "A delegation of the transport firm Sarybel Cargo visited Mersin. "
        '"We need cold storage," said Nurlan Abishev, director of Sarybel Cargo.'
    )
    got = _texts(text, "en")
    assert "Nurlan Abishev" in got
    assert "Sarybel Cargo" not in got


def test_a_country_before_a_title_ends_the_name_before_it() -> None:
    text = "Құжатқа вице-министр Б. Сейтенов Корея министрінің орынбасары Пак Мин Сумен бірге қол қойды."
    got = _texts(text, "kk")
    assert "Б. Сейтенов" in got
    assert not any("Корея" in t for t in got)


def test_an_english_portfolio_of_lower_case_words_before_the_name() -> None:
    text = "Afghanistan's deputy minister of public works Abdul Karim Sharifi agreed to finish the canal survey by May."
    assert "Abdul Karim Sharifi" in _texts(text, "en")


def test_a_regions_possessive_is_no_pair_of_places() -> None:
    text = (
        "On Friday in Osh, Batken province's deputy governor Ravshan Toktogulov and Osh region's deputy akim "
        "Temirlan Usenov signed the road agreement."
    )
    got = _texts(text, "en")
    assert "Ravshan Toktogulov" in got


def test_a_persian_by_phrase_names_its_maker() -> None:
    text = "فیلم «شب‌های کویر» به کارگردانی ترانه صبوری که از شیراز آمده، جایزه گرفت."
    assert "ترانه صبوری" in _texts(text, "fa")
