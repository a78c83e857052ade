"""People in the shapes batch 16's sets got wrong, by kind (issue 10, people).

Every text is written for this file with invented names. A reader relies on: the reporter named under the
headline ("القاهرة - X Y", "تحرير: X Y", "خبرنگار ایسنا، X Y") being a person while an outlet named there is not;
a Russian or European given name as Arabic and Persian copy spell it marking a person with no title beside it.
"""

from __future__ import annotations

import pytest

from .people_probe import people

# -- the dateline under the headline: the place, a dash and the reporter's name ------------------------------
# (a given name opens the name, so an outlet's name there is no person; the place need not be in the gazetteer)


@pytest.mark.parametrize(("text", "person"), [
    ("البنك يثبت أسعار الفائدة\n\nالقاهرة - نادية الحسيني\n\nقررت لجنة السياسة النقدية الإبقاء على الأسعار.",
     "نادية الحسيني"),
    ("وصول قافلة مساعدات جديدة\n\nغزة - هالة أبو ريدة\n\nدخلت اليوم عشرات الشاحنات إلى القطاع.", "هالة أبو ريدة"),
    ("سباق خطوط الأنابيب في آسيا\n\nموسكو - كريم الدباغ\n\nمع تراجع الصادرات تتجه الأنظار شرقا.", "كريم الدباغ"),
    ("توقيع مذكرة للتعاون في النقل\n\nعمان 6 كانون الأول (بترا) - رائد الطراونة\n\nوقعت الوزارة اليوم مذكرة.",
     "رائد الطراونة"),
    ("افتتاح معرض للكتاب\n\nالرباط - سعيد بنعلي\n\nافتتح اليوم معرض دولي للكتاب.", "سعيد بنعلي"),
    ("تراجع أسعار القمح\n\nنواكشوط 3 مارس - مها ولد أحمد\n\nتراجعت أسعار القمح في الأسواق.", "مها ولد أحمد"),
])
def test_the_reporter_under_an_arabic_headline_is_a_person(text: str, person: str) -> None:
    assert person in people(text, "ar")


@pytest.mark.parametrize(("text", "lang"), [
    ("تطورات المشهد السياسي\n\nبغداد - شفق نيوز\n\nأعلنت الحكومة اليوم عن خطة جديدة.", "ar"),
    ("تطورات المشهد السياسي\n\nالقاهرة - بوابة الأهرام\n\nأعلنت الحكومة اليوم عن خطة جديدة.", "ar"),
    ("جولة في الأسواق\n\nدمشق - تقرير مصور\n\nتشهد الأسواق حركة نشطة.", "ar"),
    ("تطورات منطقه\n\nدوشنبه - آسیا پلاس\n\nدولت امروز برنامه تازه‌ای اعلام کرد.", "fa"),
    ("تطورات المشهد\n\nبيروت - الشرق الأوسط\n\nأعلنت الحكومة اليوم عن خطة جديدة.", "ar"),
])
def test_an_outlet_under_the_headline_is_no_person(text: str, lang: str) -> None:
    assert people(text, lang) == []


def test_a_dash_line_deep_in_the_text_is_not_a_dateline() -> None:
    text = ("عنوان الخبر\n\nفقرة أولى من الخبر.\n\nفقرة ثانية من الخبر.\n\nفقرة ثالثة.\n\nالنتائج - كريم جدا\n\n"
            "وانتهى الاجتماع.")
    assert people(text, "ar") == []


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("وتعترف الجمعية العامة بالحياد الدائم للبلاد.\n\nتحرير: منى الزعبي", "ar", "منى الزعبي"),
    ("وانتهى الاجتماع بتوقيع اتفاق.\n\nتحریر: لیلا کاظمی", "fa", "لیلا کاظمی"),
    ("رایزنی سفیر با معاون وزیر\n\nآستانه - خبرنگار ایسنا، پریا نوروزی\n\nسفیر ایران با معاون وزیر دیدار کرد.", "fa",
     "پریا نوروزی"),
    ("دیدار وزیران\n\nخبرنگار ایرنا، بهزاد صدری\n\nوزیران دو کشور دیدار کردند.", "fa", "بهزاد صدری"),
    ("لقاء الوزيرين\n\nمراسل الجزيرة، سامر العتوم\n\nالتقى الوزيران اليوم.", "ar", "سامر العتوم"),
])
def test_the_reporter_of_a_byline_is_a_person(text: str, lang: str, person: str) -> None:
    assert person in people(text, lang)


# -- a foreign given name as Arabic and Persian copy spell it, and the family name after it --------------------


@pytest.mark.parametrize(("text", "lang", "person"), [
    ("واستقبل الوزير المديرة الإقليمية للمنظمة في أوروبا وآسيا الوسطى كلوديا مارتينيز في مقر الوزارة.", "ar",
     "كلوديا مارتينيز"),
    ("وأكد الخبير الروسي في شؤون الطاقة أليكسي كوزنيتسوف أن الأسعار سترتفع.", "ar", "أليكسي كوزنيتسوف"),
    ("وشارك في الندوة الباحث الألماني ينس هارتمان من جامعة برلين.", "ar", "ينس هارتمان"),
    ("وقالت الخبيرة في شؤون المناخ إيرينا سوكولوفا للصحفيين إن الوضع خطير.", "ar", "إيرينا سوكولوفا"),
    ("ونقلت الوكالة عن الدبلوماسي الفرنسي فرانسوا لوبران أن المحادثات كانت مثمرة.", "ar", "فرانسوا لوبران"),
    ("الکسی پتروف، تحلیلگر مسائل روسیه، به خبرنگار ما گفت: دو طرف به توافق نزدیک‌اند.", "fa", "الکسی پتروف"),
    ("به گفته کلودیا فرناندز، نماینده این سازمان در منطقه، برنامه ادامه دارد.", "fa", "کلودیا فرناندز"),
    ("ماریا کوالسکا، مدیر این پروژه، از پیشرفت کار خبر داد.", "fa", "ماریا کوالسکا"),
    ("در این نشست یوهان لیندبرگ کارشناس سوئدی آب سخنرانی کرد.", "fa", "یوهان لیندبرگ"),
])
def test_a_foreign_given_name_in_arabic_script_opens_a_name(text: str, lang: str, person: str) -> None:
    assert person in people(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("وقالت الحكومة إن ماريا في القائمة.", "ar"),  # a given name alone: no family name after it
    ("زار الوفد جامعة فلاديمير الحكومية.", "ar"),  # a place named after a person
    ("ایوان خانه در تابستان خنک است.", "fa"),  # ایوان "porch": no given name in Persian copy
    ("او جان خود را برای کشورش داد.", "fa"),  # جان "soul"
])
def test_a_foreign_given_name_without_a_family_name_or_a_word_spelled_alike_is_no_person(text: str,
                                                                                           lang: str) -> None:
    assert people(text, lang) == []
