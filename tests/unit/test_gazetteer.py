"""The gazetteer finds countries, places, organisations and leaders in five languages, with exact offsets."""

from __future__ import annotations

import gettext
from pathlib import Path

import pycountry
import pytest

from monitor.gazetteer import (
    entity_names,
    find_mentions,
    term_tags,
)
from monitor.tags import make_tag

ROOT = Path(__file__).resolve().parents[2]


def countries(text: str, lang: str | None = None) -> list[str]:
    return [m.canonical for m in find_mentions(text, lang) if m.kind == "country"]


def check_offsets(text: str, lang: str | None = None) -> None:
    for m in find_mentions(text, lang):
        assert text[m.start : m.end] == m.surface
        assert m.surface.strip() == m.surface


@pytest.mark.parametrize(
    "text",
    [
        "Сапар барысында Қазақстанның елшісі сөз сөйледі.",  # Kazakh genitive
        "Делегация Казахстана прибыла в Каир.",  # Russian genitive
        "توسعه روابط با قزاقستان ادامه دارد.",  # Persian
        "وأكد السفير أن العلاقات المصرية الكازاخستانية متميزة.",  # Arabic nisba adjective with al-
        "محافظة أتيراو بكازاخستان",  # Arabic proclitic bi-
        "شرکت‌های قزاقستانی در نمایشگاه حضور داشتند",  # Persian adjective
        "Kazakhstan's foreign minister arrived.",
        "казахстанский бизнес растёт",  # adjective, lowercase
        "ҚР Құрметті консулы",  # abbreviation
        "Президент Тоқаевтың жарлығы",  # leader, inflected
    ],
)
def test_kazakhstan_found_in_every_script_and_inflection(text: str) -> None:
    assert "Kazakhstan" in [m.country for m in find_mentions(text)]
    check_offsets(text)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("رئيس جمهورية قرغيزستان", "Kyrgyzstan"),
        ("Кыргызская Республика и Киргизия", "Kyrgyzstan"),
        ("سفير دولة أذربيجان لدى مصر", "Azerbaijan"),
        ("سفیر جمهوری آذربایجان در تهران", "Azerbaijan"),
        ("Өзбекстанмен келісім", "Uzbekistan"),
        ("وزير الخارجية الأوزبكي", "Uzbekistan"),
        ("Делегация РУз прибыла", "Uzbekistan"),
        ("وفد طاجيكستان", "Tajikistan"),
        ("سفر به تاجیکستان", "Tajikistan"),
        ("Туркменистанның газы", "Turkmenistan"),
        ("ترکمنستان و ایران", "Turkmenistan"),
    ],
)
def test_in_scope_country_variants(text: str, country: str) -> None:
    assert country in [m.country for m in find_mentions(text)]
    check_offsets(text)


def test_capitals_and_leaders_point_to_their_country() -> None:
    ms = find_mentions("Talks in Astana between Mirziyoyev and Aliyev; later in Bishkek and Ashgabat.")
    got = {(m.kind, m.canonical, m.country) for m in ms}
    assert ("place", "Astana", "Kazakhstan") in got
    assert ("person", "Shavkat Mirziyoyev", "Uzbekistan") in got
    assert ("person", "Ilham Aliyev", "Azerbaijan") in got
    assert ("place", "Bishkek", "Kyrgyzstan") in got
    assert ("place", "Ashgabat", "Turkmenistan") in got


def test_case_rules_for_proper_names_and_abbreviations() -> None:
    assert "Turkey" in countries("Turkey and Kazakhstan signed a deal.")
    assert "Turkey" not in countries("we ate roast turkey for dinner")
    assert "Uzbekistan" not in [m.country for m in find_mentions("руз и рк в нижнем регистре")]
    assert "United States" not in countries("let us go")
    assert "United States" in countries("US sanctions")


def test_match_requires_token_boundary() -> None:
    # "Оман" inside "Романов", "Иран" inside "Тиран": a match must start at a token start
    assert countries("Романов читал роман") == []
    assert countries("Тиран") == []
    # a stem may take an ending, but not one longer than a case ending of a short name
    assert countries("Куба и Кубе") == ["Cuba", "Cuba"]
    assert countries("Кубань") == []


def test_arabic_clitics_glue_only_in_arabic() -> None:
    """Arabic glues "and", "like", "to", "the" to a name (وأوزبكستان, كاوش: like Osh); Persian writes them apart, so
    the same letters there are a word's own: کاوش (excavation) holds no Osh, only the old glued بـ joins a name."""
    places = lambda text, lang: [m.canonical for m in find_mentions(text, lang)]  # noqa: E731
    assert "Osh" not in places("تیم کاوش مشترک کار خود را آغاز کرد", "fa")
    assert "Osh" in places("مدينة كاوش في الجنوب", "ar")
    assert countries("سفر بازبکستان و دیدار با مقامات", "fa") == ["Uzbekistan"]
    assert countries("ووفد لأوزبكستان", "ar") == ["Uzbekistan"]


def test_iranian_azerbaijan_provinces_are_not_the_state() -> None:
    for text in ("سیل در آذربایجان شرقی", "استاندار آذربایجان غربی", "زلزال في محافظة أذربيجان الشرقية",
                 "Flooding in East Azerbaijan", "провинция Восточный Азербайджан"):
        ms = find_mentions(text)
        assert "Azerbaijan" not in [m.country for m in ms if m.kind == "country"], text
        assert any(m.kind == "place" and m.country == "Iran" for m in ms), text


def test_province_word_before_a_country_name_is_not_the_state() -> None:
    assert "Kyrgyzstan" not in countries("استان منگستائو با گلستان، استان قرقیزستان با مرکزی")


def test_language_restricted_forms() -> None:
    # دوشنبه is "Monday" in Persian but the capital of Tajikistan in Arabic
    assert [m.canonical for m in find_mentions("جلسه روز دوشنبه برگزار شد", "fa")] == []
    assert "Dushanbe" in [m.canonical for m in find_mentions("وصل الوزير إلى دوشنبه", "ar")]


def test_organisations_in_five_languages() -> None:
    for text in ("SCO summit", "саммит ШОС", "ШЫҰ саммиті", "قمة منظمة شنغهاي للتعاون", "اجلاس سازمان همکاری شانگهای"):
        assert "Shanghai Cooperation Organisation" in [m.canonical for m in find_mentions(text)], text
    assert "Commonwealth of Independent States" in [m.canonical for m in find_mentions("страны СНГ")]
    assert "Organization of Turkic States" in [m.canonical for m in find_mentions("Түркі мемлекеттері ұйымы")]


@pytest.mark.parametrize("alpha2", ["BR", "NG", "NO", "ID", "AR", "VN", "ET", "KE"])
@pytest.mark.parametrize("lang", ["ar", "fa", "kk", "ru"])
def test_every_country_from_pycountry_catalogues(alpha2: str, lang: str) -> None:
    c = pycountry.countries.get(alpha_2=alpha2)
    cat = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    name = cat.gettext(c.name).split(",")[0].split("،")[0].split("(")[0].strip()
    text = f"{name} "
    found = [m for m in find_mentions(text) if m.kind == "country"]
    assert found, (lang, name)
    check_offsets(text)


def test_offsets_survive_diacritics_and_zwnj() -> None:
    text = "سُبُل التعاون مع جمهوريّة كازاخستان\nهمکاری‌های قزاقستان"
    ms = find_mentions(text)
    assert [m.country for m in ms if m.kind == "country"] == ["Kazakhstan", "Kazakhstan"]
    check_offsets(text)


def test_seed_mentions_slice_to_their_surface() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        check_offsets(path.read_text(encoding="utf-8"))


def test_make_tag_and_term_tags() -> None:
    assert make_tag("country", "Kazakhstan") == "country:kazakhstan"
    assert make_tag("org", "Shanghai Cooperation Organisation") == "org:shanghai_cooperation_organisation"
    for term in ("قزاقستان", "Казахстана", "Kazakhstan", "كازاخستان", "Қазақстан"):
        assert term_tags(term) == ["country:kazakhstan"], term
    assert term_tags("Astana") == ["place:astana"]
    assert term_tags("astana") == ["place:astana"]
    for term in ("ambassador", "سفير", "سفیر", "посол", "елші"):
        assert term_tags(term) == ["concept:ambassador"], term
    assert term_tags("memorandum") == ["concept:memorandum"]
    assert term_tags("ШОС") == ["org:shanghai_cooperation_organisation"]
    assert term_tags("Tokayev") == ["entity:kassym-jomart_tokayev"]
    assert term_tags("zzzz unknown") == []
    assert term_tags("") == []


def test_entity_names_cover_all_scripts() -> None:
    names = entity_names()
    surfaces = {s for kind, canonical, s in names if kind == "country" and canonical == "Kazakhstan"}
    assert {"Kazakhstan", "Казахстан", "Қазақстан", "كازاخستان", "قزاقستان"} <= surfaces
    assert all(kind in {"country", "place", "organization", "person"} for kind, _, _ in names)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("سفير أوزباكستان", "Uzbekistan"),  # a long vowel added
        ("التجربة الاوزبيكستانية", "Uzbekistan"),
        ("وزير خارجية قيرقيزستان", "Kyrgyzstan"),
        ("همکاری با ازبکیستان", "Uzbekistan"),
        ("وزراء طاجكستان", "Tajikistan"),  # a long vowel dropped
        ("وفد قرغیزیستان", "Kyrgyzstan"),
        ("Озбекстаннын елшісі", "Uzbekistan"),  # Kazakh typed with Russian letters
        ("Тажикстан делегациясы", "Tajikistan"),
        ("Kyrgystan and Uzbekstan", "Kyrgyzstan"),  # a letter dropped
        ("Kyrgystan and Uzbekstan", "Uzbekistan"),
    ],
)
def test_spellings_nobody_listed_are_derived(text: str, country: str) -> None:
    assert country in countries(text), text
    check_offsets(text)


def test_pycountry_names_are_never_cut_to_a_shared_head() -> None:
    # "Korea, Democratic People's Republic of" in Persian is "کره، ..."; "کره" alone is butter or a sphere
    assert countries("کره زمین گرمتر شده است", "fa") == []
    assert countries("گرمایش کره", "fa") == []
    assert "North Korea" in countries("کره شمالی آزمایش موشکی انجام داد", "fa")


def test_arabic_ta_marbuta_is_not_a_persian_heh() -> None:
    assert countries("مباراة كرة القدم", "ar") == []
    assert "Syria" in countries("الأزمة في سورية", "ar")


def test_amman_and_oman_are_decided_by_context() -> None:
    def kinds(text: str) -> set[tuple[str, str]]:
        return {(m.kind, m.canonical) for m in find_mentions(text, "ar") if m.canonical in ("Oman", "Amman")}

    assert kinds("وصل الوزير إلى عمّان") == {("place", "Amman")}  # the shadda
    assert kinds("وصل إلى العاصمة الأردنية عمان لبحث التعاون مع الأردن") == {("place", "Amman")}
    assert kinds("سلطنة عمان تستضيف المحادثات") == {("country", "Oman")}
    assert kinds("وصل الوزير إلى عمان في زيارة رسمية") == {("country", "Oman")}


def test_arabic_nisba_after_a_given_name_is_a_family_name() -> None:
    assert countries("قالت الباحثة هدى المغربي إن المشروع مهم", "ar") == []
    assert countries("رئيس الوزراء محمد شياع السوداني", "ar") == []
    assert countries("التقى الوزير المغربي نظيره", "ar") == ["Morocco"]
    assert countries("التقى وزير الخارجية نظيره المغربي", "ar") == ["Morocco"]


def test_common_words_are_not_countries() -> None:
    assert countries("Самое главное — мир.", "ru") == []  # not Samoa
    assert countries("Қатарынан үшінші жыл жеңіске жетті.", "kk") == []  # "in a row", not Qatar
    assert countries("بعد صلاة المغرب", "ar") == []
    assert countries("او خانه را ترک کرد", "fa") == []
    assert countries("ایران بر مواضع خود مصر است", "fa") == ["Iran"]
    assert countries("Jordan Miles scored twice; coach Chad Wilson was pleased.", "en") == []
    assert countries("Jordan and Egypt sign an agreement", "en") == ["Jordan", "Egypt"]


def test_russian_adjectives_of_places_and_cases_of_republic_names() -> None:
    assert ("place", "Kazakhstan") in countries_and_places("Делегация Алматинской области посетила Нанкин", "ru")
    assert ("place", "Uzbekistan") in countries_and_places("хоким Андижанской области", "ru")
    assert "South Korea" in countries("встретился с послом Республики Корея", "ru")


def test_arabic_adjectives_without_the_article() -> None:
    assert "Saudi Arabia" in countries("صندوق استثماري سعودي", "ar")
    assert "United Arab Emirates" in countries("شركة إماراتية", "ar")


def test_persian_capitals_written_like_common_words() -> None:
    # Dushanbe / "Monday", Astana / "threshold": the place where the country is named and the word stands as one
    assert "Dushanbe" in places("نخست‌وزیر پاکستان امروز وارد دوشنبه شد و با رئیس‌جمهور تاجیکستان دیدار کرد.", "fa")
    assert "Dushanbe" not in places("نشست روز دوشنبه با حضور وزیر خارجه تاجیکستان برگزار شد.", "fa")
    assert "Astana" in places("وزیر به آستانه پایتخت قزاقستان سفر کرد.", "fa")
    assert "Astana" not in places("در آستانه فصل کشت، قزاقستان گندم صادر کرد.", "fa")


def countries_and_places(text: str, lang: str) -> set[tuple[str, str | None]]:
    return {(m.kind, m.country) for m in find_mentions(text, lang) if m.kind in ("country", "place")}


def places(text: str, lang: str) -> list[str]:
    return [m.canonical for m in find_mentions(text, lang) if m.kind == "place"]


def test_arabic_article_never_joins_a_word_with_persian_letters() -> None:
    # الچین is the Azerbaijani given name Elchin, not "the China": Arabic has no چ (nor پ ژ گ)
    assert "China" not in countries("الچین رستم‌اف معاون وزیر امور خارجه جمهوری آذربایجان گفت", "fa")
    assert countries("گفت‌وگوی الچین قلی‌زاده با سفیر چین", "fa") == ["China"]
    assert countries("وزير الخارجية الصيني", "ar") == ["China"]  # the article before Arabic letters stays


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("نورسلطان ژاکسیبکوف سفیر قزاقستان در تهران گفت", "fa"),
        ("Ambassador Nursultan Zhaksybekov said the talks went well", "en"),
        ("Балуан Нұрсұлтан Тоқтарбек алтын алды", "kk"),
        ("Чемпионом стал Нурсултан Ермеков из Караганды", "ru"),
    ],
)
def test_former_capital_name_before_a_family_name_is_a_person(text: str, lang: str) -> None:
    assert "Astana" not in [m.canonical for m in find_mentions(text, lang) if m.kind == "place"]


def test_former_capital_name_alone_is_still_the_city() -> None:
    assert "Astana" in [m.canonical for m in find_mentions("سفر به نورسلطان پایتخت قزاقستان", "fa")]
    assert "Astana" in [m.canonical for m in find_mentions("The summit was held in Nursultan in 2019.", "en")]


@pytest.mark.parametrize(
    ("text", "lang", "leader"),
    [
        ("Тоқаев Модиді Астанаға ресми сапармен келуге шақырды.", "kk", "Narendra Modi"),
        ("Моди прибыл в Астану.", "ru", "Narendra Modi"),
        ("Главу государства встретил президент ОАЭ шейх Мохаммед бен Заид Аль Нахайян.", "ru", "Mohamed bin Zayed"),
        ("Шейх Мұхаммед бин Заид Әл Нахаянның сәлемін жеткізді.", "kk", "Mohamed bin Zayed"),
        ("استقبل جلالة الملك عبدالله الثاني وزير الخارجية", "ar", "Abdullah II"),
        ("استقبل السلطان هيثم بن طارق رئيس طاجيكستان", "ar", "Haitham bin Tarik"),
        ("Султан Хайсам бен Тарик принял президента Таджикистана.", "ru", "Haitham bin Tarik"),
    ],
)
def test_heads_of_state_and_government_of_partners(text: str, lang: str, leader: str) -> None:
    assert leader in [m.canonical for m in find_mentions(text, lang) if m.kind == "person"]


def test_a_state_named_after_a_verb_or_by_its_full_name_is_no_family_name() -> None:
    # the nisba rule reads "هدى المغربي" as a family name; a verb ("زار", visited) is no given name, and
    # "المملكة العربية السعودية" is the state's full name
    assert countries("زار وزير الخارجية المملكة العربية السعودية أمس", "ar") == ["Saudi Arabia"]
    assert countries("زار السعودية وفد من رجال الأعمال", "ar") == ["Saudi Arabia"]
    assert countries("وقالت الباحثة هدى المغربي إن المشروع مهم", "ar") == []
    # a leader's family name alone is still the leader's, not his country's adjective
    assert countries("وكان في استقبال السوداني رئيس الوزراء. محمد شياع السوداني يصل إلى عمّان", "ar") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Данияр Сейітов пен Даниял Омаров кездесті.", "kk"),  # Дания
        ("Ираклий Церетели и Ирина Оманова выступили.", "ru"),  # Ирак, Оман
        ("Кубат Рахимов и Кубанычбек Алиев приехали с Кубани.", "ru"),  # Куба
        ("Арман Қырғызбаев пен Әлия Қазақбаева сөйледі.", "kk"),  # a surname on an ethnonym
        ("«Туркменгаз» и «Туркменпагта» открыли офисы в Түрікменабате.", "ru"),  # companies, a town
        ("Ол қазақша сөйлейді.", "kk"),  # in Kazakh: the language, not the state
    ],
)
def test_names_that_begin_with_a_country_are_not_the_country(text: str, lang: str) -> None:
    """A Cyrillic name's tail must be an inflection (case, plural, possessive, -лық, -ский), not any few letters."""
    assert countries(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        ("Президент Дании прибыл. Данией, Данию.", "ru", "Denmark"),
        ("Иракта, Ираққа, Ирактың өкілдері.", "kk", "Iraq"),
        ("Қазақстандықтарға, Қазақстанымыздың, Қазақстандағы.", "kk", "Kazakhstan"),
        ("Америка Құрама Штаттарында өтті.", "kk", "United States"),
        ("Казакстандагы жана Озбекстаннын.", "kk", "Kazakhstan"),  # typed without the Kazakh letters
        ("казахстанцев, казахстанка, казахстанско-китайский.", "ru", "Kazakhstan"),
        ("Делегация Кубы, на Кубе.", "ru", "Cuba"),
    ],
)
def test_inflected_country_names_are_still_found(text: str, lang: str, country: str) -> None:
    assert country in countries(text, lang)
