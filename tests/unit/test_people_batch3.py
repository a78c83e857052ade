"""People in the shapes held-out batch 3 showed (tests/data/real/relevance3_*), in every language where they occur.

Every text is written for this file with invented names (heads of state aside). A reader relies on: every
person of a list after a plural title with no portfolio between ("وزیران X، Y و Z") being tagged; a name set
off by commas after a title's long complement ("رئیس سازمان توسعه تجارت، X Y، ..."); a given name that is
also a place's name (Nursultan, نورسلطان) or that holds a country's name after the Arabic article (الچین,
Elchin) read as part of a person's name, not as the place.
"""

from __future__ import annotations

import pytest

from monitor.entities import tag_entities

from .people_probe import people


def places(text: str, lang: str) -> list[str]:
    return [e.canonical for e in tag_entities(text, lang) if e.type in ("place", "country")]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("تهران - وزیران بهرام سلیمانی، کیوان رستگار و مهسا نیک‌نام روز دوشنبه با هیئت ازبک دیدار کردند.", "fa",
         ["بهرام سلیمانی", "کیوان رستگار", "مهسا نیک‌نام"]),
        ("وشارك الوزراء حمد العنزي وفيصل المطيري وسارة الحربي في الاجتماع مع الوفد الكازاخي.", "ar",
         ["حمد العنزي", "فيصل المطيري", "سارة الحربي"]),
    ],
)
def test_a_plural_title_lists_its_people_right_after_it(text: str, lang: str, want: list[str]) -> None:
    got = people(text, lang)
    assert all(w in got for w in want), got


def test_a_plural_title_with_a_portfolio_and_no_list_names_nobody() -> None:
    assert people("وزیران امور خارجه ایران و ترکیه روز دوشنبه در آنکارا دیدار کردند.", "fa") == []


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("هیئت ترکمن با رئیس سازمان توسعه تجارت، امید فرهمند، دیدار کرد.", "fa", "امید فرهمند"),
        ("رئیس مرکز مطالعات سیاسی و بین‌المللی، سیدرضا کاویانی، در همایش گفت: همکاری مهم است.", "fa",
         "سیدرضا کاویانی"),
    ],
)
def test_a_name_set_off_by_commas_after_a_long_complement(text: str, lang: str, want: str) -> None:
    assert want in people(text, lang)


def test_a_comma_clause_after_a_title_is_no_name() -> None:
    assert people("وزیر امور خارجه، در این دیدار، بر همکاری تاکید کرد.", "fa") == []


@pytest.mark.parametrize(
    ("text", "lang", "name", "place"),
    [
        ("نورسلطان ژاکسیبکوف سفیر قزاقستان در تهران با وزیر راه دیدار کرد.", "fa", "نورسلطان ژاکسیبکوف", "Astana"),
        ("الچین قلی‌زاده معاون وزیر امور خارجه جمهوری آذربایجان با همتای ایرانی گفت‌وگو کرد.", "fa",
         "الچین قلی‌زاده", "China"),
    ],
)
def test_a_given_name_spelled_like_a_place_is_the_person(text: str, lang: str, name: str, place: str) -> None:
    assert any(name in p for p in people(text, lang)), people(text, lang)
    assert place not in places(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "trap"),
    [
        ("The president congratulated the emir on the upcoming Eid al-Adha holiday.", "en", "Eid al-Adha"),
        ("Envoys presented their credentials at Rashtrapati Bhavan on Friday.", "en", "Rashtrapati Bhavan"),
        ("وأقام السلطان مأدبة غداء رسمية تكريماً للرئيس الضيف والوفد المرافق له.", "ar", "مأدبة غداء"),
        ("وبحث الوزير مع نائب رئيس الوزراء مشاريع البنية التحتية في الإقليم.", "ar", "مشاريع البنية"),
        ("حضر اللقاء وزير الخارجية وشؤون المغتربين ومدير المكتب.", "ar", "شؤون المغتربين"),
        ("گفت‌وگوی تلفنی معاونان وزیران خارجه ایران و ترکمنستان درباره مرز", "fa", "گفت‌وگوی تلفنی"),
    ],
)
def test_feasts_buildings_and_event_nouns_are_not_people(text: str, lang: str, trap: str) -> None:
    assert not any(trap in p or p in trap for p in people(text, lang)), people(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Грамоты вручили послы Томаш Вишневский (Польша), Хуан Карлос Медина (Испания) и Жоау Пинту Соареш "
         "(Португалия).", "ru", ["Томаш Вишневский", "Хуан Карлос Медина", "Жоау Пинту Соареш"]),
        ("Credentials were presented by ambassadors Tomasz Wisniewski (Poland), Juan Carlos Medina (Spain) and "
         "Joao Pinto Soares (Portugal).", "en", ["Tomasz Wisniewski", "Juan Carlos Medina", "Joao Pinto Soares"]),
    ],
)
def test_list_items_each_followed_by_a_country_in_parentheses(text: str, lang: str, want: list[str]) -> None:
    got = people(text, lang)
    assert all(w in got for w in want), got


@pytest.mark.parametrize(
    ("text", "repeat"),
    [
        ("Делегацию возглавил посол Томаш Вишневский. С послом Вишневским обсуждены авиарейсы.", "Вишневским"),
        ("Переговоры провел госсекретарь Андрис Озолиньш. Между министром и Озолиньшем подписан план.",
         "Озолиньшем"),
    ],
)
def test_a_known_surname_declined_as_an_adjective_or_a_soft_stem(text: str, repeat: str) -> None:
    assert repeat in people(text, "ru")


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Делегацияны сыртқы істер министрлігінің канцлері Мартин Ыйгус басқарды.", "kk", "Мартин Ыйгус"),
        ("Делегацию возглавил канцлер МИД Эстонии Мартин Ыйгус.", "ru", "Мартин Ыйгус"),
        ("The delegation was led by the foreign ministry's chancellor, Martin Oigus.", "en", "Martin Oigus"),
    ],
)
def test_a_chancellor_is_a_title(text: str, lang: str, want: str) -> None:
    assert want in people(text, lang)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("تلقى وزير الخارجية بدر سالم الهاجري اتصالاً هاتفياً مساء اليوم من نظيره الأوزبكي.", "بدر سالم الهاجري"),
        ("وأشارت مديرة قسم العلاقات الخارجية في الوزارة، نور جمعة العبيدي، إلى أهمية التعاون.", "نور جمعة العبيدي"),
    ],
)
def test_arabic_names_spelled_like_persian_function_words(text: str, want: str) -> None:
    # "بدر" is Badr, not ب + the Persian "در"; "جمعة" is a given name in Arabic, Friday in Persian
    assert want in people(text, "ar")


def test_persian_friday_is_still_no_name() -> None:
    assert people("نشست دو هیئت روز جمعه در تهران برگزار شد.", "fa") == []


def test_arabic_name_after_a_definite_construct_chain() -> None:
    # "رئيس مجلس إدارة الشركة الوطنية" ends on definite words; the indefinite name after it is the holder's
    assert "سعيد راشد المري" in people("وأكد رئيس مجلس إدارة الشركة الوطنية سعيد راشد المري أن العقد مهم.", "ar")
    assert people("وقال رئيس الحكومة الليبية عقد اجتماعا مع الوفد.", "ar") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("پریسا نوروزی نخستین زن ایرانی است که به سمت رایزن فرهنگی در دوشنبه منصوب شده است.", "پریسا نوروزی"),
        ("کیوان حیدری گزارشی از وضعیت تجارت مرزی با ترکمنستان ارائه داد.", "کیوان حیدری"),
        ("غلامحسین‌ رحیمی از روز شنبه به عنوان رایزن بازرگانی در تاشکند فعالیت خود را آغاز کرد.", "رحیمی"),
        ("در این نشست، فرزانه کریمی از آمادگی اتاق بازرگانی برای همکاری خبر داد.", "فرزانه کریمی"),
    ],
)
def test_a_persian_clause_opening_with_a_given_name_opens_with_a_person(text: str, want: str) -> None:
    assert any(want in p for p in people(text, "fa")), people(text, "fa")


@pytest.mark.parametrize(
    "text",
    [
        "امید بزرگ ما توسعه روابط دو کشور است.",
        "حسن همجواری دو کشور اهمیت زیادی دارد.",
        "شیرین‌ترین خبر سال افتتاح راه‌آهن بود.",
        "پیمان امنیت جمعی نشست خود را در مسکو برگزار کرد.",
        "کسری بودجه دولت امسال افزایش یافت.",
    ],
)
def test_common_words_spelled_like_given_names_open_no_name(text: str) -> None:
    assert people(text, "fa") == []


@pytest.mark.parametrize(
    ("text", "lang", "place", "person"),
    [
        ("Бас консулы Айдар Сейітов Башқұртстан Республикасының Премьер-министрі Ринат Ғалиевпен кездесті.", "kk",
         "Башқұртстан", "Айдар Сейітов"),
        ("Елші Нұрлан Әбілов Ховд аймағының басшысымен кездесті.", "kk", "Ховд", "Нұрлан Әбілов"),
        ("Генконсул Айдар Сеитов встретился с премьер-министром Республики Башкортостан.", "ru", "Башкортостан",
         "Айдар Сеитов"),
        ("Қазақстанның Қазандағы Бас консулы Башқұртстан Премьер-министрімен кездесті.", "kk", "Башқұртстан", None),
    ],
)
def test_a_place_right_after_a_title_is_no_person(text: str, lang: str, place: str, person: str | None) -> None:
    got = people(text, lang)
    assert not any(place in p for p in got), got
    if person:
        assert person in got, got


@pytest.mark.parametrize(
    ("text", "trap"),
    [
        ("تلقى الوزير اتصالاً هاتفياً من نظيره، جرى خلاله استعراض العلاقات الثنائية.", "استعراض"),
        ("جلالة الملك يتسلم أوراق اعتماد عدد من السفراء الجدد", "يتسلم"),
        ("وتأتي هذه الزيارة ضمن جولة يجريها السفير في عدد من الدول.", "يجريها"),
    ],
)
def test_arabic_verbs_and_verbal_nouns_are_no_names(text: str, trap: str) -> None:
    assert not any(trap in p for p in people(text, "ar")), people(text, "ar")


def test_central_asian_names_opening_with_ya_stay_names() -> None:
    got = people("استقبل وزير الطاقة يرلان سيتقالييف والسفير أكمل يولداشيف وفد الشركة.", "ar")
    assert "يرلان سيتقالييف" in got, got


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("وشارك في اللقاء كل من: عادل الكعبي، وسعاد المهيري، وحمدان النعيمي.", "ar",
         ["عادل الكعبي", "سعاد المهيري", "حمدان النعيمي"]),
        ("والتقى الوفد عدداً من رجال الأعمال، هم: ماجد العتيبي ونورة السبيعي.", "ar", ["ماجد العتيبي", "نورة السبيعي"]),
    ],
)
def test_a_list_of_people_introduced_without_a_title(text: str, lang: str, want: list[str]) -> None:
    got = people(text, lang)
    assert all(w in got for w in want), got


def test_an_introduced_list_of_bodies_names_nobody() -> None:
    assert people("ووقع الاتفاقية كل من الوزارة والهيئة العامة للاستثمار.", "ar") == []
