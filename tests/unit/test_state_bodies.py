"""State bodies read by their grammar (monitor/state_bodies.py): a head noun of organisation marked as the state's."""

from __future__ import annotations

import pytest

from monitor.gazetteer import scan
from monitor.normalize import fold


def _bodies(text: str, lang: str) -> list[str]:
    sc = scan(fold(text), lang)
    return [sc.surface(h) for h in sc.lex if h.entry.via == "grammar"]


def _reading(text: str, lang: str, country: str) -> str:
    sc = scan(fold(text), lang)
    return next(h.reading for h in sc.gaz if h.entry.kind == "country" and h.entry.country == country)


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        # a state qualifier
        ("en", "The State Financial Intelligence Service held talks.", "State Financial Intelligence Service"),
        ("en", "The National Nuclear Safety Authority signed it.", "National Nuclear Safety Authority"),
        ("ru", "Национальный статистический комитет подписал меморандум.", "Национальный статистический комитет"),
        ("ru", "представители Республиканской палаты аудиторов", "Республиканской палаты"),
        ("kk", "Ұлттық статистика бюросы меморандумға қол қойды.", "Ұлттық статистика бюросы"),
        ("ar", "وقّعت الهيئة الاتحادية للضرائب مذكرة.", "الهيئة الاتحادية"),
        ("ar", "أعلنت مصلحة الإحصاء الحكومية أن", "مصلحة الإحصاء الحكومية"),
        ("fa", "دفتر ملی آمار گزارش داد.", "دفتر ملی"),
        ("fa", "صداوسیما و شبکه خبر", "صداوسیما"),
        # its ministry or government
        ("ru", "Служба архивов при Правительстве заявила", "Служба архивов при"),
        ("ar", "دائرة الإحصاء التابعة لمجلس الوزراء", "دائرة الإحصاء التابعة لمجلس"),
        # its country beside it
        ("ru", "директор Агентства по стандартизации Таджикистана", "Агентства по стандартизации"),
        ("en", "the Uzbek Civil Aviation Authority", "Civil Aviation Authority"),
    ],
)
def test_state_bodies(lang: str, text: str, body: str) -> None:
    assert body in _bodies(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "a travel agency in Almaty"),  # lower case: no proper name
        ("en", "the National Tour Operators Association"),  # a private marker
        ("en", "Kazakhstan's Institute of Water Problems"),  # an institute by its country alone: a research body
        ("ru", "в центре Казахстана"),  # a place, no body
        ("ru", "Национальная ассоциация туроператоров"),
        ("ru", "Национального научного кардиохирургического центра"),  # a research hospital
        ("kk", "Орталық Азия елдері"),  # Central Asia: a region
        ("kk", "Қазақстанның алтын-валюта қоры"),  # reserves, no fund
        ("ar", "مكتب الأمم المتحدة في كازاخستان"),  # an office in the country, not the country's
        ("ar", "40 جهازاً جديداً"),  # devices
        ("ar", "اللجنة الأولمبية الوطنية"),  # an Olympic committee: sport, no state
        ("fa", "در مرکز کشور"),  # the country's centre
        ("fa", "شرکت ملی نفت"),  # a company
    ],
)
def test_not_state_bodies(lang: str, text: str) -> None:
    assert _bodies(text, lang) == []


def test_country_beside_a_body_is_its_office() -> None:
    assert _reading("Kyrgyzstan's State Financial Intelligence Service held talks", "en", "Kyrgyzstan") == "office"
    assert _reading("Агентство по стандартизации Таджикистана подписало", "ru", "Tajikistan") == "office"


def test_compound_short_name_is_the_state() -> None:
    assert _reading("генеральный директор Узстандарта заявил", "ru", "Uzbekistan") == "state"
    assert _reading("the director of Kyrgyzpatent said", "en", "Kyrgyzstan") == "state"
    sc = scan(fold("директор компании Казмунайгаз"), "ru")
    assert not [h for h in sc.gaz if h.entry.kind == "country"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Agency's agencies; servicemen of the Service, xoffice office-holders and the Office."),
        ("ru", "Центр центральный, агентства и судовой суд; фондфонд фонда"),
        ("ar", "وللهيئة والهيئة فالمركز بالمركزية ولجنة اللجنة لالمكتب"),
        ("fa", "سازمان‌ها سازمان ملی و کمیته کمیتهٔ صداوسیما"),
        ("kk", "агенттігі қоры қор сотының бюросы"),
        ("en", ""),
    ],
)
def test_heads_are_the_head_pattern_matches(lang: str, text: str) -> None:
    from monitor import state_bodies
    from monitor.normalize import normalize

    norm = normalize(text)
    pats = state_bodies._patterns(lang)
    got = [m.span() for m in state_bodies._heads(pats[0], pats[-1], 2 if lang == "ar" else 0, norm)]
    assert got == [m.span() for m in pats[0].finditer(norm)]
