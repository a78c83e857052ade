"""The lexicon's surface syntax: a stem mark ``*`` ends a term's last word only.

The automaton matches whole normalised keys, so a ``*`` inside a term ("платёжн* компани*") was kept as a
literal star and the term never matched anything: twenty terms of the lexicon were dead that way, unseen.
The loader now refuses such a spec, and the terms list their inflected forms instead.
"""

from __future__ import annotations

import pytest

from monitor.enrich import enrich
from monitor.lexicon import lexicon, parse_surface
from monitor.model import Article


@pytest.mark.parametrize("spec", ["платёжн* компани*", "эвакуаци* граждан*", "سلم* المساعدات", "ski* resort"])
def test_a_stem_mark_inside_a_term_is_refused_with_the_reason(spec: str) -> None:
    with pytest.raises(ValueError, match="stem mark inside"):
        parse_surface(spec)


def test_a_stem_mark_at_the_end_still_parses() -> None:
    surface = parse_surface("платёжная компани*@ru")
    assert (surface.text, surface.stem, surface.lang) == ("платёжная компани", True, "ru")


def test_every_term_of_the_shipped_lexicon_loads() -> None:
    fresh = lexicon.__wrapped__()  # built anew from the data file, the process's cached copy untouched
    assert fresh.concepts and fresh.contexts


def _judge(text: str) -> Article:
    return enrich(Article(id="t", text=text))


def test_an_impostor_in_a_past_participle_is_no_consul_ru() -> None:
    a = _judge("Женщина, выдававшая себя за консула Узбекистана, обманула жителей Шымкента на 3 млн тенге. "
               "Посольство Узбекистана заявило, что такого сотрудника у него нет.")
    assert not a.relevant
    assert any("выдававшая себя" in r for r in a.reasons)


def test_a_payment_company_inflected_is_a_firm_ru() -> None:
    a = _judge("Платёжная компания из Казахстана и банк из Узбекистана подписали меморандум о сотрудничестве "
               "в Ташкенте.")
    assert not a.relevant


def test_an_evacuation_of_citizens_with_a_second_state_acting_stays_in_scope_ru() -> None:
    a = _judge("МИД Казахстана сообщил об эвакуации граждан из Ливана. Посол Казахстана в Иордании встретился "
               "с министром иностранных дел Иордании.")
    assert a.relevant and "Kazakhstan" in a.countries
