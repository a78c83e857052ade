"""States named by their institutions and their cities, and news-agency tags that are no places.

Short texts written for these tests (invented names for everyone who is not a head of state or government):
a parliament named by its own name stands for its state abroad but not at home; a twinning that names one
in-scope city is contact between two states; a council of heads of government is a summit; the tag of a news
agency between slashes is not the place it is spelled like; Russian declines every word of a leader's name.
"""

from __future__ import annotations

import pytest

from monitor.gazetteer import find_mentions
from monitor.relevance import assess


@pytest.mark.parametrize("lang, text, country", [
    ("ru", "Делегация Жогорку Кенеша в Аммане\nДелегация Жогорку Кенеша во главе с вице-спикером Айгуль "
           "Токтосуновой находится с визитом в Иордании и провела встречу с председателем палаты депутатов.",
     "Kyrgyzstan"),
    ("en", "Oliy Majlis delegation in Cairo\nA delegation of the Oliy Majlis led by deputy speaker Bakhrom "
           "Yusupov held talks with the speaker of Egypt's House of Representatives in Cairo on Monday.",
     "Uzbekistan"),
    ("ar", "وفد من جوغوركو كينيش في عمّان\nاستقبل رئيس مجلس النواب الأردني وفدا من البرلمان جوغوركو كينيش برئاسة "
           "نائبة رئيس البرلمان، وبحث الجانبان التعاون البرلماني.", "Kyrgyzstan"),
    ("ru", "Делегация Милли Меджлиса в Ташкенте\nДелегация Милли Меджлиса провела переговоры с "
           "руководством Олий Мажлиса в Ташкенте.", "Azerbaijan"),
])
def test_a_parliament_named_by_its_own_name_is_its_state_abroad(lang: str, text: str, country: str) -> None:
    r = assess(text, lang)
    assert r.relevant, r.reasons
    assert country in r.in_scope, r.reasons


def test_a_parliament_at_home_is_no_diplomacy() -> None:
    r = assess("Жогорку Кенеш принял закон о школах\nДепутаты Жогорку Кенеша заслушали отчет МИД о работе "
               "консульств и приняли в первом чтении закон о школьном образовании.", "ru")
    assert not r.relevant, r.reasons


def test_a_persian_phrase_with_the_words_of_a_parliament_name_is_no_parliament() -> None:
    r = assess("حضور وزیر امور خارجه در کمیسیون امنیت ملی مجلس\nوزیر امور خارجه در نشست کمیسیون امنیت ملی مجلس "
               "درباره مذاکرات و روابط خارجی گزارش داد.", "fa")
    assert "Azerbaijan" not in r.countries, r.reasons


@pytest.mark.parametrize("lang, text", [
    ("fa", "کاشان و سمرقند خواهرخوانده شدند\nسند خواهرخواندگی دو شهر تاریخی کاشان و سمرقند امروز با امضای "
           "شهردار کاشان و حاکم سمرقند به امضا رسید."),
    ("en", "Samarkand signs twinning memorandum\nSamarkand and the Spanish city of Toledo signed a twin-city "
           "memorandum on Tuesday, the city administration said."),
])
def test_a_twinning_that_names_one_in_scope_city_is_contact_between_states(lang: str, text: str) -> None:
    r = assess(text, lang)
    assert r.relevant and r.in_scope == ["Uzbekistan"], r.reasons


def test_a_tour_announced_by_a_mayor_who_came_for_a_twinning_is_no_tourism_story() -> None:
    r = assess("شهردار کاشان از سمرقند: تور مشترک شهرهای تاریخی راه‌اندازی می‌شود\nشهردار کاشان که برای امضای "
               "تفاهم‌نامه خواهرخواندگی به سمرقند سفر کرده، از طراحی یک تور گردشگری مشترک خبر داد.", "fa")
    assert r.relevant and r.in_scope == ["Uzbekistan"], r.reasons


@pytest.mark.parametrize("lang, text", [
    ("ru", "Главы правительств СНГ утвердили в Минске план\nСовет глав правительств СНГ на заседании в Минске "
           "утвердил план развития электронной торговли, сообщили в исполкоме Содружества. Заседание прошло в "
           "Душанбе в прошлый раз."),
    ("kk", "ТМД Үкімет басшылары кеңесі Ташкентте өтті\nТашкентте ТМД Үкімет басшылары кеңесінің отырысы өтіп, "
           "электрондық сауда жоспары бекітілді."),
])
def test_a_council_of_heads_of_government_is_a_summit(lang: str, text: str) -> None:
    r = assess(text, lang)
    assert "summit" in r.concepts, r.reasons


@pytest.mark.parametrize("text", ["باكو في 16 يونيو /قنا/ اجتمع وزير الدولة", "الدوحة / قنا / بحث الوزير"])
def test_a_news_agency_tag_between_slashes_is_no_place(text: str) -> None:
    assert "Qena" not in {m.canonical for m in find_mentions(text, "ar")}


def test_a_governorate_spelled_like_an_agency_is_still_a_place_outside_slashes() -> None:
    assert "Qena" in {m.canonical for m in find_mentions("محافظ قنا يستقبل وفدا", "ar")}


@pytest.mark.parametrize("text, leader", [
    ("Президент провел переговоры с эмиром Катара Тамимом бин Хамадом Аль Тани.", "Tamim bin Hamad Al Thani"),
    ("Президент поговорил по телефону с шейхом Мухаммедом бин Заидом.", "Mohamed bin Zayed"),
    ("Премьер-министр встретился с Кохиром Расулзодой.", "Kokhir Rasulzoda"),
])
def test_russian_declines_every_word_of_a_leaders_name(text: str, leader: str) -> None:
    assert leader in {m.canonical for m in find_mentions(text, "ru") if m.kind == "person"}


@pytest.mark.parametrize("lang, text", [
    ("ar", "سفير الدولة يزور إقليم قاراغندا\nأستانا /وام/ بحث سفير الدولة لدى جمهورية كازاخستان مع حاكم إقليم "
           "قاراغندا فرص الاستثمار في قطاع التعدين."),
    ("en", "Ambassador to Uzbekistan visits Fergana\nThe ambassador to Uzbekistan met the governor of the Fergana "
           "region on Friday to discuss textile investments."),
])
def test_an_envoy_accredited_to_a_named_state_is_another_states_envoy(lang: str, text: str) -> None:
    r = assess(text, lang)
    assert r.relevant, r.reasons


def test_a_russian_organisation_name_is_found_in_every_case() -> None:
    text = "В Ашхабаде прошел саммит Организации экономического сотрудничества и заседание Совещания по " \
           "взаимодействию и мерам доверия в Азии."
    found = {m.canonical for m in find_mentions(text, "ru") if m.kind == "organization"}
    assert {"Economic Cooperation Organization",
            "Conference on Interaction and Confidence-Building Measures in Asia"} <= found
