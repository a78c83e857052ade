"""People without a title right beside them (issue 10, kind 5), in the five languages.

Every text here is written for this file with invented names (heads of state aside); none is taken from a
seed, the people set or any outlet. Each test states what a reader of the monitor relies on: a person named
in a list, at a sentence start, in an oblique case, ... is tagged, with the span as written; and the
organisations, streets and months beside such names are not.
"""

from __future__ import annotations

import pytest

from monitor.entities import tag_entities
from monitor.people import find_people

from .people_probe import names, people

# ------------------------------------------------------------------------------------------------ lists


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("وشارك في الاجتماع الوزراء كريم صابر وهالة منصور وعادل يوسف الشمري، وناقشوا خطة النقل.", "ar",
         ["كريم صابر", "هالة منصور", "عادل يوسف الشمري"]),
        ("در این نشست وزیران کشاورزی بهزاد کرمانی و تیمور سلیماناف حضور داشتند.", "fa",
         ["بهزاد کرمانی", "تیمور سلیماناф".replace("ф", "ف")]),
        ("Жиынға депутаттар Нұрлан Серікбаев, Гаухар Әлімова және Ержан Досов қатысты.", "kk",
         ["Нұрлан Серікбаев", "Гаухар Әлімова", "Ержан Досов"]),
        ("В обсуждении участвовали министры Олег Дремов, Фарид Касымов и Мария Лебедева.", "ru",
         ["Олег Дремов", "Фарид Касымов", "Мария Лебедева"]),
        ("The talks were attended by ministers Pavel Orlik, Sanjar Tulenov and Dana Kimova.", "en",
         ["Pavel Orlik", "Sanjar Tulenov", "Dana Kimova"]),
    ],
)
def test_names_after_one_shared_plural_title_are_all_people(text: str, lang: str, want: list[str]) -> None:
    found = find_people(text, lang)
    assert [e.text for e in found] == want
    assert len({e.role for e in found}) == 1 and found[0].role  # the list shares the title's role


def test_a_list_item_must_look_like_a_name() -> None:
    text = "The ministers Pavel Orlik and officials of the customs service met on Monday."
    assert names(text, "en") == ["Pavel Orlik"]
    text = "وحضر الوزير كريم صابر والوفد المرافق له."
    assert names(text, "ar") == ["كريم صابر"]


# ------------------------------------------------------------------------------------------------ traps


@pytest.mark.parametrize(
    ("text", "lang", "trap"),
    [
        ("Конференция прошла в Назарбаев Университете, сообщил ректор.", "ru", "Назарбаев"),
        ("The forum opened at Nazarbayev University in Astana.", "en", "Nazarbayev"),
        ("Офис находится на улице Жумабекова в центре города, заявил посол Канат Бекенов.", "ru", "Жумабекова"),
        ("Делегация посетила мечеть Хазрет-Бекова и музей.", "ru", "Хазрет-Бекова"),
        ("Кездесу Әл-Фараби атындағы университетте өтті, деді елші Бақыт Жанаев.", "kk", "Әл-Фараби"),
        ("The delegation visited the Tulenov Eurasian State University on Friday.", "en", "Tulenov"),
        ("وزار الوفد قلعة صلاح الدين وجامعة عبد الله الجابري في المدينة.", "ar", "صلاح الدين"),
        ("وزار الوفد قلعة صلاح الدين وجامعة عبد الله الجابري في المدينة.", "ar", "عبد الله الجابري"),
        ("هیئت از دانشگاه بهمن‌یار کرمانی و خیابان ولی‌الله رضوانی دیدن کرد.", "fa", "رضوانی"),
    ],
)
def test_organisations_and_places_named_after_people_are_not_people(text: str, lang: str, trap: str) -> None:
    at = text.index(trap)
    assert not any(e.start < at + len(trap) and at < e.end for e in tag_entities(text, lang) if e.type == "person")


def test_an_adjective_after_a_definite_noun_is_not_a_title() -> None:
    """"عميد السلك الدبلوماسي": the diplomatic corps' dean, not a diplomat named "عميد السلك"."""
    assert names("وقال عميد السلك الدبلوماسي إن اللقاء كان مثمرا.", "ar") == []


def test_the_post_noun_between_a_name_and_its_title() -> None:
    found = find_people("ويتولى سامر خليل منصب الأمين العام للاتحاد منذ عامين.", "ar")
    assert [(e.text, e.role) for e in found] == [("سامر خليل", "secretary general")]


# ------------------------------------------------------------------------------------------------ oblique cases


@pytest.mark.parametrize(
    ("text", "lang", "span", "base"),
    [
        ("Министр встретился с послом Ирана Бахманом Курбановым в четверг.", "ru", "Бахманом Курбановым",
         "Бахман Курбанов"),
        ("Губернатор провёл переговоры с министром Лейлой Сарсеновой.", "ru", "Лейлой Сарсеновой",
         "Лейла Сарсенова"),
        ("Елші Тимур Оспановқа Мысыр тарапының хатын табыс етті.", "kk", "Тимур Оспановқа", "Тимур Оспанов"),
        ("Елші Дина Әлиеваның сапары туралы айтты.", "kk", "Дина Әлиеваның", "Дина Әлиева"),
    ],
)
def test_oblique_case_keeps_its_ending_and_gives_the_base_form(text: str, lang: str, span: str, base: str) -> None:
    [e] = find_people(text, lang)
    assert (e.text, e.canonical) == (span, base)
    assert text[e.start:e.end] == span


def test_a_leader_in_an_oblique_case_is_tagged_with_its_ending() -> None:
    text = "Тоқаевтың сапары кезінде екі ел келісімге қол қойды."
    [e] = [e for e in tag_entities(text, "kk") if e.type == "person"]
    assert e.text == "Тоқаевтың" and e.canonical and "тың" not in e.canonical


# ------------------------------------------------------------------------------------- names told by their shape


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a title with a long complement before the name
        ("На встрече присутствовал глава Агентства по развитию туризма Рустам Халимов.", "ru", ["Рустам Халимов"]),
        ("Azerbaijani Minister of Culture and Tourism Elnur Gasimov opened the fair.", "en", ["Elnur Gasimov"]),
        # a name opening a sentence, with no title anywhere
        ("Нурбол Жакенов поддержал идею создания консорциума.", "ru", ["Нурбол Жакенов"]),
        ("Сәуле Мұхамеджанова жобаның екінші кезеңі туралы айтты.", "kk", ["Сәуле Мұхамеджанова"]),
        # a patronymic between the given name and the surname
        ("С приветствием выступил Канат Мукашевич Ильясов.", "ru", ["Канат Мукашевич Ильясов"]),
        ("Жиынды Асылбек Бейсенұлы ашты.", "kk", ["Асылбек Бейсенұлы"]),
        # initials and a surname
        ("В совещании участвовали Б. Т. Ахметова и Д. Сейткали.", "ru", ["Б. Т. Ахметова", "Д. Сейткали"]),
        ("The report was presented by K. Omarov of the customs service.", "en", ["K. Omarov"]),
    ],
)
def test_names_without_a_title_beside_them(text: str, lang: str, want: list[str]) -> None:
    assert names(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ('"We are ready," Tursunov said after the meeting.', "en", ["Tursunov"]),
        ("«Мы готовы к этому», — заявил Абдукаримов журналистам.", "ru", ["Абдукаримов"]),
        ("«Біз дайынбыз», – деді Сейтқазиев.", "kk", ["Сейтқазиев"]),
    ],
)
def test_a_lone_surname_next_to_a_verb_of_saying(text: str, lang: str, want: list[str]) -> None:
    assert names(text, lang) == want


def test_a_surname_said_once_with_a_title_is_the_same_person_later() -> None:
    text = ("Посол Казахстана Арман Бекбаев провёл встречу в МИД. Бекбаеву вручили приглашение на форум.\n"
            "Бекбаев напомнил о росте товарооборота.")
    found = find_people(text, "ru")
    assert [e.text for e in found] == ["Арман Бекбаев", "Бекбаеву", "Бекбаев"]
    assert {e.role for e in found} == {"ambassador of Kazakhstan"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Berlin and Kremlin officials spoke on Monday.", "en"),
        ("В Ростове открылась выставка, сообщил Минтранс.", "ru"),
        ("Заседание прошло в Морском порту Актау в среду.", "ru"),
        ("Жиын Абай даңғылындағы Офицерлер үйінде өтті.", "kk"),
        ("The Samarkand State Medical University and the Halyk Bank signed a memorandum.", "en"),
        ("The Tashkent Investment Forum opens on Thursday in March.", "en"),
    ],
)
def test_capitalised_places_months_and_organisations_are_not_people(text: str, lang: str) -> None:
    assert names(text, lang) == []


# ------------------------------------------------------------------------------------------------ Arabic script


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a Central-Asian surname after a title with a long complement, and later alone after a verb
        ("وحضر اللقاء السفير الطاجيكي غير المقيم لدى المملكة داوود نظروف. وقال نظروف إن بلاده مستعدة للتعاون.",
         "ar", ["داوود نظروف", "نظروف"]),
        # a nasab chain opening the text with no title
        ("فهد بن سالم بن عبد الرحمن آل ثامر تولى رئاسة مجلس الأعمال المشترك.", "ar",
         ["فهد بن سالم بن عبد الرحمن آل ثامر"]),
        # a family name after a long title, said again later alone
        ("وقال المتحدث باسم وزارة الزراعة عماد حسين الكعبي إن الموسم جيد. وأضاف الكعبي أن التصدير سيبدأ.", "ar",
         ["عماد حسين الكعبي", "الكعبي"]),
        # Persian compound surnames, with and without ZWNJ, after a long complement
        ("در این نشست معاون هماهنگی امور عمرانی استانداری بهروز تقی\u200cپور حضور داشت.", "fa",
         ["بهروز تقی\u200cپور"]),
        ("مدیرکل گمرک استان ناصر قلی\u200cزاده و رئیس اتاق بازرگانی کرمان عبدالحمید فتحی\u200cنیا نیز حضور داشتند.",
         "fa", ["ناصر قلی\u200cزاده", "عبدالحمید فتحی\u200cنیا"]),
        # a Central-Asian name in Persian with no title, repeated at a sentence start
        ("سفیر جدید در دیدار با گلناز ساتیبالدیوا گفت که روابط گسترش می\u200cیابد. "
         "ساتیبالدیوا نیز گفت: آماده\u200cایم.", "fa", ["گلناز ساتیبالدیوا", "ساتیبالدیوا"]),
        # "headed by X"
        ("هیئتی به ریاست کامران شریفی\u200cنیا وارد تاشکند شد.", "fa", ["کامران شریفی\u200cنیا"]),
    ],
)
def test_arabic_script_names_without_a_title_beside_them(text: str, lang: str, want: list[str]) -> None:
    assert names(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وناقش الجانبان في فصل الصيف سبل تطوير الممر الدولي.", "ar"),
        ("جمعت القمة قادة دول الخليج في الرياض.", "ar"),
        ("این طرح در بهار سال آینده در دانشگاه فردوسی اجرا خواهد شد.", "fa"),
        ("هیئت از فرهنگسرای نیاوران و آرامگاه سعدی دیدن کرد.", "fa"),
        ("افراد زیادی در این سفر به دنیا آمده\u200cاند.", "fa"),
    ],
)
def test_arabic_script_common_words_are_not_names(text: str, lang: str) -> None:
    assert names(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # a complement the title's patterns do not know, then the name
        ("Pakistan's Minister for Railways Tariq Anwar and the envoy inspected the line.", "en", ["Tariq Anwar"]),
        ("Выступил представитель Исламского банка развития Ахмед Салих.", "ru", ["Ахмед Салих"]),
        ("Губернатор провинции Анталья Хасан Кара встретился с делегацией.", "ru", ["Хасан Кара"]),
        ("Министр и глава КТЖ Нурлан Сабитов обсудили маршрут.", "ru", ["Нурлан Сабитов"]),
        # an Arab name in Latin or Cyrillic letters: the article of the family name, "son of"
        ("The talks were chaired by Saeed bin Rashid Al-Nuaimi on Sunday.", "en", ["Saeed bin Rashid Al-Nuaimi"]),
        ("Переговоры провёл Халид бин Салем аль-Каттан.", "ru", ["Халид бин Салем аль-Каттан"]),
    ],
)
def test_names_after_a_complement_and_arab_names_in_latin_and_cyrillic(text: str, lang: str, want: list[str]) -> None:
    assert names(text, lang) == want


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Делегация посетила Казахский национальный университет имени аль-Фараби.", "ru"),
        ("Рейс прибыл в аэропорт имени Гейдара Алиева в Баку.", "ru"),
        ("Представители Объединённых Арабских Эмиратов прибыли в среду.", "ru"),
        ("The ministers of the Organization of Turkic States met in Baku.", "en"),
        ("The ambassador visited the Al-Farabi Kazakh National University.", "en"),
    ],
)
def test_named_after_people_and_adjective_runs_are_not_people(text: str, lang: str) -> None:
    assert people(text, lang) == []


# ------------------------------------------------------------------------------------------------ leaders in passing


@pytest.mark.parametrize(
    ("text", "lang", "leader"),
    [
        ("وجاءت الاتفاقية بعد الزيارة التي قام بها توكاييف إلى القاهرة العام الماضي.", "ar", "توكاييف"),
        ("این توافق پس از سفر توکایف به تهران حاصل شد.", "fa", "توکایف"),
        ("Келісім Тоқаевтың Каирге сапарынан кейін жасалды.", "kk", "Тоқаевтың"),
        ("Соглашение было достигнуто после визита Токаева в Каир.", "ru", "Токаева"),
        ("The deal followed Tokayev's visit to Cairo last year.", "en", "Tokayev"),
    ],
)
def test_a_leader_named_in_passing_is_a_person(text: str, lang: str, leader: str) -> None:
    assert leader in people(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Жиынға облыс әкімінің орынбасары Ғ. Сейітқызы қатысты.", "kk", ["Ғ. Сейітқызы"]),
        ("The envoy, Marat Nurlanovich Seitov, presented his credentials.", "en", ["Marat Nurlanovich Seitov"]),
    ],
)
def test_initials_and_patronymics_in_kazakh_and_english(text: str, lang: str, want: list[str]) -> None:
    assert names(text, lang) == want


def test_a_surname_repeated_after_a_sentence_ending_in_another_name() -> None:
    text = ("Deputy governor A. Karimov and the head of the department, N. Rashidova, met the guests. "
            "Karimov presented the plans.")
    assert names(text, "en") == ["A. Karimov", "N. Rashidova", "Karimov"]


def test_vice_chairman_in_persian() -> None:
    found = find_people("در این نشست حسین\u200cعلی کریمی نایب\u200cرئیس اتاق بازرگانی گفت که تجارت رشد کرد.", "fa")
    assert [(e.text, e.role) for e in found] == [("حسین\u200cعلی کریمی", "vice chairman")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وأكد الوزيران أهمية البناء على نتائج الزيارة.", "ar"),  # a plural title names people in a list only
        ("عقد مجلس الوزراء اجتماعه الأسبوعي في القصر.", "ar"),  # the cabinet, not "the ministers"
        ("وقال إن الدبلوماسية البرلمانية تشكل رافدا مهما للعلاقات.", "ar"),  # an adjective, not a title
        ("وأكد حرص الوزارة على تقديم أفضل الخدمات لضيوف المعرض متى توفرت الظروف.", "ar"),  # plurals in -وف
        ("وناقش الجانبان تنظيم بعثة تجارية وعقد لقاءات ثنائية.", "ar"),  # nouns and their adjectives
        ("به گزارش خبرنگار سیاسی ایرنا، نشست دو کشور برگزار شد.", "fa"),  # a news agency's byline
    ],
)
def test_arabic_script_noun_phrases_after_titles_are_not_people(text: str, lang: str) -> None:
    assert names(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        # the first item of a list found from the ones after it
        ("شاعران ایرانی مهسا کریمی، سعید باقری\u200cپور و احمد کاویانی در این جشنواره شعر خواندند.", "fa",
         ["مهسا کریمی", "سعید باقری\u200cپور", "احمد کاویانی"]),
        # a profession as the title, and a family name with the article repeated before its object
        ("وأوضح أن رجل الأعمال البحريني جاسم عبد الله الخياط سيفتتح مصنعا. ونقل الخياط تحيات الغرفة.", "ar",
         ["جاسم عبد الله الخياط", "الخياط"]),
    ],
)
def test_lists_found_backwards_and_professions(text: str, lang: str, want: list[str]) -> None:
    assert names(text, lang) == want
