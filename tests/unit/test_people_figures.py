"""Historical figures named alone are people; places named after them are not (issue 10, people).

Every text is written for this file. An analyst searching for a poet, scholar or ruler of the past ("Navoi
anniversary", "Abai's birthday") relies on: the figure being found however the copy writes it (alone, in a case, with
an epithet or given name, in any of the five languages), and a district, street, theatre, university or mausoleum
named after the figure not being reported as a person.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.normalize import fold
from monitor.people.lexicon import role_lexicon

from .people_probe import people

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.mark.parametrize(("text", "lang", "name"), [
    # named alone, in a case
    ("Семейде Абайдың туған күніне арналған кеш өтті.", "kk", "Абайдың"),
    ("Жастар кеше Әуезовтің романдарын оқыды.", "kk", "Әуезовтің"),
    ("Студенты читали стихи Абая на двух языках.", "ru", "Абая"),
    ("В Ташкенте отметили юбилей Алишера Навои.", "ru", "Алишера Навои"),
    ("Памятник Амиру Темуру отреставрировали к празднику.", "ru", "Амиру Темуру"),
    ("Students read the poems of Navoi in Uzbek and Kazakh.", "en", "Navoi"),
    ("Ulugh Beg built an observatory in Samarkand.", "en", "Ulugh Beg"),
    ("Students of medicine still read Avicenna's works.", "en", "Avicenna"),
    ("در این برنامه شعر رودکی با همراهی تار اجرا شد.", "fa", "رودکی"),
    ("وقال الباحث إن البيروني قاس محيط الأرض.", "ar", "البيروني"),
    ("وناقش المؤتمر إرث ابن سينا في الطب.", "ar", "ابن سينا"),
    # with an epithet
    ("Хакім Абай шығармалары үш тілге аударылды.", "kk", "Хакім Абай"),
    ("Қожа Ахмет Ясауи хикметтері жаңа кітапқа енді.", "kk", "Қожа Ахмет Ясауи"),
    ("Конференция посвящена наследию Ходжи Ахмеда Ясави.", "ru", "Ходжи Ахмеда Ясави"),
    ("The poems of Qoja Ahmet Yasawi were read aloud.", "en", "Qoja Ahmet Yasawi"),
    ("Amir Timur is remembered as a founder of cities.", "en", "Amir Timur"),
])
def test_a_figure_named_alone_is_a_person(text: str, lang: str, name: str) -> None:
    assert name in people(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    # word-like names need a noun of poetry or a fellow figure; Persian "جامی" beside "شعر رودکی و"
    ("با شعر رودکی و جامی بزرگ شده‌ایم.", "fa"),
])
def test_a_word_like_name_beside_another_figure_is_a_person(text: str, lang: str) -> None:
    assert {"رودکی", "جامی"} <= set(people(text, lang))


@pytest.mark.parametrize(("text", "lang"), [
    ("هیئت از ناحیه رودکی دیدن کرد.", "fa"),
    ("دانشجویان در دانشگاه بیرونی جمع شدند.", "fa"),
    ("The delegation visited Navoi region on Monday.", "en"),
    ("The concert was held at the Alisher Navoi theatre.", "en"),
    ("A hotel will be built near the mausoleum of Khoja Ahmed Yasawi.", "en"),
    ("The plant opened in the Navoi free economic zone.", "en"),
    ("Концерт прошёл в театре имени Алишера Навои.", "ru"),
    ("Ливень парализовал движение на проспектах Амира Темура и Абая.", "ru"),
    ("Әуезов театры жаңа маусымды ашты.", "kk"),
    ("Ол Абай атындағы университетте сабақ береді.", "kk"),
    ("Қарағанды, Абай және Жетісу облыстарынан кәсіпкерлер келді.", "kk"),
    ("Туристер Қожа Ахмет Ясауи кесенесіне барды.", "kk"),
    ("Жүргізушілерге жолда абай болу ұсынылады.", "kk"),
    ("AKTOBE. Abai.kz – Депутат үкіметке сауал жолдады.", "kk"),
])
def test_a_place_named_after_a_figure_is_no_person(text: str, lang: str) -> None:
    found = people(text, lang)
    figure = re.compile(r"رودکی|بیرونی|Navoi|Навои|Yasawi|Ясауи|Әуезов|Абай|Abai|Темура|Абая")
    assert not [f for f in found if figure.search(f)]


# The poets one seed names (004: "فارابی، فردوسی، سعدی، حافظ، خیام و مولانا"), by any of their names and scripts: the
# data rule keeps every person a seed names out of the lexicons, whatever name the entry gives him.
_SEED_POETS = ("فارابی", "فارابي", "فردوسی", "فردوسي", "سعدی", "سعدي", "حافظ", "خیام", "خيام", "مولانا", "مولوی",
               "رومی", "رومي", "الرومي", "Farabi", "Ferdowsi", "Firdausi", "Saadi", "Sadi", "Hafez", "Hafiz",
               "Khayyam", "Rumi", "Mawlana", "Mevlana", "Фараби", "Фирдоуси", "Саади", "Хафиз", "Хайям", "Хайяма",
               "Руми", "Мавлана", "Әл-Фараби")


def test_no_poet_a_seed_names_is_a_figure_by_any_name() -> None:
    lex = role_lexicon()
    words = {w for found in lex.figures.values() for ws, _ in found for w in ws}
    assert len(words) > 100
    banned = {fold(name).norm for name in _SEED_POETS}
    assert sorted(words & banned) == []


def test_no_person_the_seeds_name_is_a_figure() -> None:
    """The lexicon holds no name of a person from the seeds, in any script (the project's data rule)."""
    seeds = [fold(p.read_text(encoding="utf-8")).norm for p in sorted(SEEDS.glob("*.txt"))]
    assert seeds
    lex = role_lexicon()
    names = [" ".join(words) for found in lex.figures.values() for words, _ in found]
    assert len(names) > 100
    hits = [(name, i) for name in names for i, seed in enumerate(seeds)
            if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", seed)]
    assert hits == []
