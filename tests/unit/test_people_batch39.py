"""People in batch 39: an Arabic noun with a plural possessive pronoun, a word in a construct before a plural
title, a body named after a martyr, a Persian office in -داری and a Kazakh noun in a case opening the sentence are
no person; the Kyrgyz "uulu" closing an apposition, a Russian name in -а declined, a known given name alone after
an occupation, a Kazakh name before "елінде", an age written "14 жастағы" with an adjective of origin, a
theophoric Arabic name, the byline "كتب X –", a foreign given name after an adjective and a Persian compound given
name written as one word make a person."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_noun_with_a_plural_possessive_pronoun_is_no_name() -> None:
    assert not _texts("وسيعقد وزراء المالية لقاءهم التشاوري في الدوحة مطلع الشهر المقبل.", "ar")


def test_a_word_before_a_plural_title_is_in_construct_with_it() -> None:
    assert not _texts("وصعد مؤشر مديري المشتريات في مصر إلى 51 نقطة الشهر الماضي.", "ar")


def test_a_body_named_after_a_martyr_is_no_person() -> None:
    text = "معاون درمان دانشگاه علوم پزشکی شهید صدوقی از افزایش مراجعه بیماران خبر داد."
    assert not any("پزشکی" in t for t in _texts(text, "fa"))


def test_a_persian_office_in_dari_opens_no_name() -> None:
    text = "هوا سرد است.\n\nفرمانداری دماوند اعلام کرد ۴۰ دستگاه ماشین‌آلات در محورها مستقرند."
    assert not _texts(text, "fa")


def test_a_kazakh_noun_in_a_case_opening_the_sentence_is_not_the_name() -> None:
    assert not any("Отырыста" in t for t in _texts("Отырыста Жақыпбеков баяндама жасады.", "kk"))


def test_the_kyrgyz_uulu_closes_an_apposition() -> None:
    text = "On Monday the head of the State Customs Service, Bakyt Asanbek uulu, met the delegation."
    assert "Bakyt Asanbek uulu" in _texts(text, "en")
    text = "В понедельник глава таможенной службы, Бакыт Асанбек уулу, встретил делегацию."
    assert "Бакыт Асанбек уулу" in _texts(text, "ru")


def test_a_russian_name_in_a_declined_is_said_again() -> None:
    filler = " ".join(["Склады в регионе заполнены, а экспорт сухофруктов снизился на треть."] * 5)
    text = (
        f"Глава агентства Фарид Султонзода подписал соглашение в Душанбе. {filler} По словам Султонзоды, "
        "правила вступят в силу весной."
    )
    assert "Султонзоды" in _texts(text, "ru")


def test_a_known_given_name_alone_after_an_occupation() -> None:
    text = "Водитель Фарход, работающий на маршруте десять лет, доволен новыми автобусами."
    assert "Фарход" in _texts(text, "ru")
    # a given name that opens a full name is the full name's
    assert _texts("Водитель Фарход Каримов доволен новыми автобусами.", "ru") == ["Фарход Каримов"]


def test_a_kazakh_name_before_elinde_is_a_person() -> None:
    text = "Университеттің бірінші курс студенті Дәулет Оразов елінде бұл күн көктемде тойланатынын айтты."
    assert "Дәулет Оразов" in _texts(text, "kk")
    # a country's name before "елінде" stays a place
    assert not _texts("Жапония елінде бұл күн көктемде тойланады.", "kk")


def test_an_age_written_apart_and_an_adjective_of_origin_before_the_name() -> None:
    assert "Әсем Тұрсынбай" in _texts("Жарыста 16 жастағы шымкенттік Әсем Тұрсынбай жеңімпаз атанды.", "kk")
    assert "Нұрлан" in _texts("Жарыста 12 жастағы Нұрлан үздік атанды.", "kk")


def test_a_theophoric_name_written_as_one_word_opens_a_name() -> None:
    assert "عبدالمحسن الشمري" in _texts("وتألق حارس الشباب عبدالمحسن الشمري في المباراة.", "ar")


def test_the_byline_katab_name_dash() -> None:
    text = "كتب مشعل سعد الفهد – أعلنت وزارة الكهرباء عن خطة صيانة جديدة."
    assert "مشعل سعد الفهد" in _texts(text, "ar")


def test_louise_a_common_given_name_after_an_adjective() -> None:
    text = "وقالت المتحدثة الأوروبية لويز مارتان للصحفيين إن المفاوضات ستستأنف قريبا."
    assert "لويز مارتان" in _texts(text, "ar")


def test_a_persian_compound_given_name_listed_whole() -> None:
    text = "محمدامین کریمی، مدیر گروه، گفت: «کار ساخت پل تا بهار تمام می‌شود.»"
    assert "محمدامین کریمی" in _texts(text, "fa")
