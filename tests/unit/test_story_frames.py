"""What tells one diplomatic event from another on a busy day: the counterpart, the frame of the meeting.

The reports here are short, written for these tests (invented names for everyone who is not a head of state
or government): one minister's two meetings of one day, a summit reported in several languages with each
report naming its own country's leader, and a bilateral meeting on the sidelines of that summit.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from monitor.enrich import enrich
from monitor.model import Article
from monitor.normalize import normalize
from monitor.stories import StoryBook, name_key
from monitor.stories.signature import _cued, cue_pattern


def _report(rid: str, when: str, title: str, text: str) -> Article:
    article = Article(id=rid, title=title, text=text, published=datetime.fromisoformat(when), source="test")
    return enrich(article, people_out_of_scope=False)


def _stories(reports: list[Article]) -> tuple[dict[str, str], StoryBook]:
    book = StoryBook()
    kept = [r for r in reports if r.relevant]
    assert len(kept) == len(reports), [r.id for r in reports if not r.relevant]
    return {r.id: book.assign(r).story_id for r in kept}, book


def test_one_ministers_two_meetings_of_the_day_with_other_counterparts_are_two_stories() -> None:
    reports = [
        _report("fm-1", "2026-09-08T11:00:00+03:30", "Kazakh foreign minister holds talks in Tehran",
                "TEHRAN — Kazakh Foreign Minister Yerlan Saparbekov met Iranian Foreign Minister Bahram "
                "Nikpur in Tehran on Tuesday. The ministers discussed the Caspian railway and grain exports."),
        _report("fm-2", "2026-09-08T15:00:00+05:00", "Сапарбеков провел переговоры с главой МИД Ирана",
                "Министр иностранных дел Казахстана Ерлан Сапарбеков в Тегеране провел переговоры с министром "
                "иностранных дел Ирана Бахрамом Никпуром. Стороны обсудили железную дорогу и поставки зерна."),
        _report("en-1", "2026-09-08T18:00:00+03:30", "Kazakh FM meets Iran's energy minister",
                "TEHRAN — Kazakh Foreign Minister Yerlan Saparbekov met Iranian Energy Minister Kourosh "
                "Ardalan in Tehran on Tuesday evening to discuss electricity swaps and a joint working group."),
        _report("en-2", "2026-09-08T21:00:00+05:00", "Сапарбеков встретился с министром энергетики Ирана",
                "Министр иностранных дел Казахстана Ерлан Сапарбеков в Тегеране встретился с министром энергетики "
                "Ирана Курошем Ардаланом. Обсуждались перетоки электроэнергии и создание рабочей группы."),
    ]
    stories, book = _stories(reports)
    assert stories["fm-1"] == stories["fm-2"]
    assert stories["en-1"] == stories["en-2"]
    assert stories["fm-1"] != stories["en-1"]
    why = " ".join(book.reasons_of("en-1") + book.reasons_of("en-2"))
    assert "the same official meets" in why


def test_a_summit_reported_in_each_country_with_its_own_leader_is_one_story() -> None:
    reports = [
        _report("s-kk", "2026-09-15T18:00:00+05:00", "Тоқаев ШЫҰ саммитінде сөз сөйледі",
                "Бішкек, 15 қыркүйек. Мемлекет басшысы Қасым-Жомарт Тоқаев Бішкекте өткен Шанхай ынтымақтастық "
                "ұйымына мүше мемлекеттер басшылары кеңесінің отырысына қатысты."),
        _report("s-fa", "2026-09-15T16:00:00+03:30", "پزشکیان در اجلاس سران شانگهای در بیشکک",
                "بیشکک - مسعود پزشکیان رئیس‌جمهور کشورمان در نشست سران سازمان همکاری شانگهای در بیشکک گفت "
                "اعضای سازمان باید همکاری اقتصادی را گسترش دهند."),
        _report("s-ru", "2026-09-15T14:00:00+06:00", "В Бишкеке прошел саммит ШОС",
                "В Бишкеке под председательством Президента Кыргызской Республики Садыра Жапарова прошло "
                "заседание Совета глав государств – членов Шанхайской организации сотрудничества."),
    ]
    stories, book = _stories(reports)
    assert len(set(stories.values())) == 1
    assert any(r.startswith("one gathering") for r in book.reasons_of("s-fa") + book.reasons_of("s-kk"))


def test_a_bilateral_meeting_on_the_sidelines_is_not_the_summit() -> None:
    summit = [
        _report("g-ru", "2026-09-15T14:00:00+06:00", "В Бишкеке прошел саммит ШОС",
                "В Бишкеке под председательством Президента Кыргызской Республики Садыра Жапарова прошло "
                "заседание Совета глав государств – членов Шанхайской организации сотрудничества. В нем приняли "
                "участие президент России Владимир Путин и председатель КНР Си Цзиньпин."),
        _report("g-en", "2026-09-15T19:00:00+06:00", "SCO leaders meet in Bishkek",
                "BISHKEK — Leaders of the Shanghai Cooperation Organisation met in Bishkek for their summit "
                "hosted by President Sadyr Japarov, with Vladimir Putin and Xi Jinping attending."),
    ]
    sideline = [
        _report("b-en", "2026-09-15T20:00:00+06:00", "Japarov meets Putin on SCO sidelines",
                "BISHKEK — President Sadyr Japarov met Russian President Vladimir Putin on the sidelines of the "
                "SCO summit and discussed labour migration and energy supplies."),
        _report("b-ru", "2026-09-15T21:00:00+06:00", "Жапаров и Путин встретились в Бишкеке",
                "Президент Садыр Жапаров в рамках саммита ШОС провел встречу с президентом России Владимиром "
                "Путиным. Обсуждались трудовая миграция и поставки энергоносителей."),
    ]
    stories, _book = _stories(summit + sideline)
    assert stories["g-ru"] == stories["g-en"]
    assert stories["b-en"] == stories["b-ru"]
    assert stories["g-ru"] != stories["b-en"]


@pytest.mark.parametrize("cue, text, kind", [
    ("в рамках ~ саммит*", "в рамках неформального саммита ОТГ", "sideline"),
    ("ahead of the ~ meeting", "ahead of the Central Asia plus Japan meeting", "sideline"),
    ("министрлер* ~ отырыс*", "министрлерінің 11-отырысына қатысты", "ministerial"),
    ("кеңес* аясында", "АӨСШК министрлер кеңесі аясында", "sideline"),
])
def test_a_cue_phrase_takes_endings_and_words_between(cue: str, text: str, kind: str) -> None:
    import re

    assert re.search(cue_pattern(cue), normalize(text))
    assert _cued(kind, normalize(text))


def test_a_cue_phrase_stays_in_its_sentence() -> None:
    assert not _cued("sideline", normalize("ahead of the visit. The meeting was long"))


@pytest.mark.parametrize("forms", [
    ("جاسور تورسونخواجه‌اف", "Жасур Турсунходжаев", "Jasur Tursunkhodjaev"),
    ("تمیرلان اوسپانوف", "تيمورلان أوسبانوف", "Темірлан Оспанов", "Ospanov"),
])
def test_a_waw_that_writes_a_vowel_is_no_consonant(forms: tuple[str, ...]) -> None:
    assert len({name_key(f) for f in forms}) == 1


def test_a_council_of_ministers_on_the_eve_of_a_summit_is_not_the_summit() -> None:
    reports = [
        _report("m-en", "2026-10-05T16:00:00+04:00", "OTS foreign ministers meet in Shusha",
                "SHUSHA — The Council of Foreign Ministers of the Organization of Turkic States met in Shusha on "
                "Monday and approved the draft declaration of the summit of heads of state."),
        _report("m-ru", "2026-10-05T19:00:00+06:00", "В Шуше прошло заседание Совета министров иностранных дел ОТГ",
                "Министры иностранных дел государств Организации тюркских государств провели в Шуше заседание "
                "Совета министров иностранных дел и согласовали проект декларации."),
        _report("s-en", "2026-10-06T15:00:00+04:00", "Shusha hosts summit of Organization of Turkic States",
                "SHUSHA — The summit of the Organization of Turkic States took place in Shusha under the "
                "chairmanship of President Ilham Aliyev, with Presidents Kassym-Jomart Tokayev and Sadyr Japarov."),
        _report("s-kk", "2026-10-06T18:00:00+05:00", "Тоқаев Түркі мемлекеттері ұйымының саммитіне қатысты",
                "Шуша, 6 қазан. Қасым-Жомарт Тоқаев Шуша қаласында өткен Түркі мемлекеттері ұйымы саммитіне "
                "қатысып, сөз сөйледі."),
    ]
    stories, _book = _stories(reports)
    assert stories["m-en"] == stories["m-ru"]
    assert stories["s-en"] == stories["s-kk"]
    assert stories["m-en"] != stories["s-en"]


def test_two_phone_calls_of_one_president_with_two_leaders_are_two_stories() -> None:
    reports = [
        _report("c-ru", "2026-11-10T19:00:00+05:00", "Президент Туркменистана поговорил с Эмиром Катара",
                "Президент Туркменистана Сердар Бердымухамедов провел телефонный разговор с Эмиром Катара шейхом "
                "Тамимом бин Хамадом Аль Тани. Главы государств обсудили поставки газа."),
        _report("c-en", "2026-11-10T20:00:00+03:00", "Amir receives phone call from Turkmen President",
                "Doha: Amir Sheikh Tamim bin Hamad Al Thani received a phone call from President of Turkmenistan "
                "Serdar Berdimuhamedov. They discussed gas supplies."),
        _report("d-ru", "2026-11-11T18:00:00+05:00", "Сердар Бердымухамедов и Эрдоган обсудили по телефону саммит",
                "Президент Туркменистана Сердар Бердымухамедов провел телефонный разговор с Президентом Турции "
                "Реджепом Тайипом Эрдоганом. Главы государств обсудили подготовку к саммиту Организации тюркских "
                "государств."),
    ]
    stories, _book = _stories(reports)
    assert stories["c-ru"] == stories["c-en"]
    assert stories["d-ru"] != stories["c-ru"]


def test_a_capital_in_a_dateline_is_not_another_venue() -> None:
    reports = [
        _report("v-kk", "2026-11-16T16:00:00+05:00", "Облыс әкімі Катар елшісін қабылдады",
                "Қостанай, 16 қараша. Қостанай облысының әкімі Болат Тұрсынбаев Катардың Қазақстандағы елшісі "
                "Халид әл-Марриді қабылдады. Кездесуде ауыл шаруашылығы өнімдерін экспорттау талқыланды."),
        _report("v-ar", "2026-11-17T10:00:00+03:00", "سفير قطر لدى كازاخستان يبحث التعاون الزراعي",
                "أستانا /قنا/ بحث سعادة السيد خالد المري سفير دولة قطر لدى جمهورية كازاخستان، مع بولات تورسينباييف "
                "حاكم الإقليم، فرص تصدير المنتجات الزراعية إلى قطر."),
    ]
    stories, book = _stories(reports)
    assert stories["v-kk"] == stories["v-ar"], book.reasons_of("v-ar")
