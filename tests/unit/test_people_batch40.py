"""People in batch 40: a second-form Arabic verbal noun in a construct, an English or Russian abstract noun, a
Persian force's or army's name, the Arabic house after a preposition and the Kazakh road's possessive are no
person; the Arabic commissioner (مفوض) is a title, a Persian given name (or one that is a word first) before a
family name the text says again alone is a person, and a Persian compound family name said again with a space for
the joiner, or joined after one written with a space, is the same person."""

from monitor.people import find_people


def _texts(text: str, lang: str) -> list[str]:
    return [e.text for e in find_people(text, lang)]


def test_a_second_form_verbal_noun_in_a_construct_is_no_name() -> None:
    text = "وأوضح مدير مشروع تحسين المراعي في الهيئة أن الأمطار تأخرت هذا العام."
    assert not _texts(text, "ar")
    # a given name of that shape right after its title or a definite complement stays a name
    assert _texts("وقالت مديرة البرنامج تغريد الخطيب إن العمل بدأ.", "ar") == ["تغريد الخطيب"]


def test_an_abstract_noun_is_no_name_word() -> None:
    text = (
        "Aziza Rahimova, spokeswoman for the State Committee for Forest Management, Hunting and Fisheries, said "
        "the ban would hold."
    )
    assert _texts(text, "en") == ["Aziza Rahimova"]


def test_a_persian_force_and_army_are_bodies() -> None:
    text = (
        "مانور نیروی هوایی سپاه از بامداد دیروز در جزیره کیش آغاز شد. نیروی هوایی سپاه همچنین اعلام کرد "
        "پروازها تا جمعه ادامه دارد."
    )
    assert not _texts(text, "fa")


def test_the_arabic_house_after_a_preposition_is_no_name() -> None:
    text = "وذهبت جائزة أفضل ديوان مترجم لدار نشر لبنانية عن ترجمة لقصائد إسبانية."
    assert not _texts(text, "ar")


def test_the_kazakh_road_in_the_possessive_is_no_name() -> None:
    text = "Ремонт дороги к посту «Сарыагаш – Алтын Жолы» завершат к июлю."
    assert not _texts(text, "ru")


def test_the_arabic_commissioner_is_a_title() -> None:
    text = "وقال مفوض الطاقة في سلطة المنطقة الاقتصادية سامر الهباهبة إن الطلب ارتفع."
    assert "سامر الهباهبة" in _texts(text, "ar")


def test_a_persian_family_name_said_again_alone_makes_the_person() -> None:
    text = (
        "گل دوم دیدار را امید کوهساری در دقیقه ۷۰ با ضربه پا به ثمر رساند. کوهساری که از ابتدا در زمین بود، "
        "بهترین بازیکن شد."
    )
    got = _texts(text, "fa")
    assert "امید کوهساری" in got and "کوهساری" in got
    text = (
        "جایزه داستان کوتاه امسال به مجموعه «کوچه» نوشته مریم آذرمهر رسید.\n\nآذرمهر در سخنانی کوتاه گفت: کتاب را "
        "در ده سال نوشتم."
    )
    got = _texts(text, "fa")
    assert "مریم آذرمهر" in got and "آذرمهر" in got
    # a common word after "امید" (hope) said again is no family name
    assert not _texts("امید فراوان داریم که کار پیش برود. فراوان بودن آب مهم است.", "fa")


def test_a_persian_compound_family_name_said_again_with_a_space_for_the_joiner() -> None:
    text = (
        "تهران – ایرنا – رئیس مرکز تحقیقات زعفران کشور از سفر هیئتی از افغانستان خبر داد. به گفته سیمین "
        "مهرآور، نشست دو طرف دیروز برگزار شد.\n\nمهرآور افزود: دو طرف صورتجلسه‌ای امضا کردند."
    )
    got = _texts(text.replace("مهرآور", "خوش\u200cخواه", 1).replace("مهرآور", "خوش خواه"), "fa")
    assert "خوش خواه" in got
    text = (
        "سردار بهرام کریم پور افزود: قاچاقچیان از اختلاف قیمت سود می‌برند.\n\nکریم\u200cپور همچنین گفت: نشست "
        "مرزی برگزار شد."
    )
    assert "کریم\u200cپور" in _texts(text, "fa")
