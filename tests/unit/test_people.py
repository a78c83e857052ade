"""People and roles found by patterns (monitor.people).

No person's name is written here: the seed checks read the seed files at run time and assert on what stands
around the spans (the titles), and the dev set is sentences we composed (tests/data/people_dev.jsonl).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from monitor.model import Entity
from monitor.normalize import normalize, tokenize
from monitor.people import find_people, names

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "people_dev.jsonl"
LANG = {"000": "ar", "001": "ar", "002": "kk", "003": "ar", "004": "fa"}


def seed(prefix: str) -> str:
    [path] = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def run(prefix: str) -> tuple[str, list[Entity]]:
    text = seed(prefix)
    return text, find_people(text, LANG[prefix])


def by_role(found: list[Entity], role: str) -> list[Entity]:
    return [e for e in found if e.role == role]


def before(text: str, e: Entity, n: int = 40) -> str:
    return text[max(e.start - n, 0):e.start]


def after(text: str, e: Entity, n: int = 40) -> str:
    return text[e.end:e.end + n]


# ------------------------------------------------------------------------------------------------ contract


@pytest.mark.parametrize("prefix", sorted(LANG))
def test_seed_spans_slice_the_original_text_and_hold_names_only(prefix: str) -> None:
    text, found = run(prefix)
    assert found
    for e in found:
        assert e.type == "person"
        assert text[e.start:e.end] == e.text
        assert e.text == e.text.strip() and "\n" in text and "\n" not in e.text
        assert not any(p in e.text for p in "،,:;؛()\"«»")  # "." only in initials (Е. X)
        assert 1 <= len(e.text.split()) <= 5


def test_empty_and_title_only_texts_give_nobody() -> None:
    assert find_people("", "ar") == []
    assert find_people("   \n", None) == []
    assert find_people("السفير", "ar") == []
    assert find_people("The ambassador said the embassy would open next year.", "en") == []


# ------------------------------------------------------------------------------------------------ the seeds


def test_seed_000_governor_ambassador_and_embassy_staff() -> None:
    text, found = run("000")
    governors = by_role(found, "governor")
    assert len(governors) >= 3
    assert all(after(text, e).startswith(" محافظ القليوبية") for e in governors)
    ambassadors = by_role(found, "ambassador of Kazakhstan")
    assert len(ambassadors) >= 5
    assert len({e.text for e in ambassadors}) == 1
    assert all(before(text, e).endswith("السفير ") for e in ambassadors)
    assert all(after(text, e).startswith(" سفير جمهورية كازاخستان") for e in ambassadors)
    [first_secretary] = by_role(found, "first secretary")
    assert before(text, first_secretary).endswith("السكرتير الأول ")
    [assistant] = by_role(found, "assistant to the ambassador")
    assert before(text, assistant).endswith("ومساعد السفير ")
    [secretary_general] = by_role(found, "secretary general")
    assert before(text, secretary_general).endswith("اللواء ")
    assert len(secretary_general.text.split()) == 4  # a "... الدين" compound stays inside the name
    presidents = [e for e in found if e.role and e.role.startswith("president")]
    assert presidents and all(before(text, e).endswith("فخامة الرئيس ") for e in presidents)


def test_seed_001_governor_both_sides_of_the_title_and_ambassador_after_honorific() -> None:
    text, found = run("001")
    governors = by_role(found, "governor")
    assert len(governors) == 2
    assert after(text, governors[0]).startswith(" محافظ الأقصر")
    assert before(text, governors[1]).endswith("محافظ الأقصر المستشار ")
    [ambassador] = by_role(found, "ambassador of Azerbaijan")
    assert before(text, ambassador).endswith("لدى مصر، الدكتور ")
    assert after(text, ambassador).startswith("،")
    [adviser] = by_role(found, "military adviser")
    assert before(text, adviser).endswith("والعميد ")
    assert not any(e.role is None for e in found)


def test_seed_002_kazakh_titles_initials_and_case_endings() -> None:
    text, found = run("002")
    ambassadors = by_role(found, "ambassador of Kazakhstan")
    assert len(ambassadors) == 3
    assert sum(before(text, e).endswith("Қазақстан елшісі ") for e in ambassadors) == 2
    assert any(e.text.startswith(e.text[0] + ". ") for e in ambassadors)  # "Е. X" found as the same person
    governors = by_role(found, "governor")
    assert len(governors) == 2 and all(before(text, e).endswith("губернаторы ") for e in governors)
    commissioners = by_role(found, "commissioner")
    assert len(commissioners) == 2 and all(before(text, e).endswith("комиссары ") for e in commissioners)
    [consul] = [e for e in found if e.role and e.role.startswith("honorary consul")]
    assert before(text, consul).endswith("Құрметті консулы ")
    assert consul.role == "honorary consul of Kazakhstan"  # ҚР before the title
    # the span keeps the dative ending as written; the canonical name is the base form without it
    assert consul.text.endswith("қа") and after(text, consul).startswith(" ")
    assert consul.canonical == consul.text[:-2]


def test_seed_003_visiting_president_and_repeats_of_the_surname() -> None:
    text, found = run("003")
    guests = by_role(found, "president of Kyrgyzstan")
    assert len(guests) >= 4
    full = max(guests, key=lambda e: len(e.text))
    assert len(full.text.split()) == 2
    assert after(text, full).startswith(" رئيس جمهورية قرغيزستان")
    assert all(e.text == full.text.split()[-1] for e in guests if e is not full)
    hosts = [e for e in found if e.role and e.role.startswith("president") and e not in guests]
    assert len(hosts) >= 3


def test_seed_004_persian_subject_linked_to_the_untitled_role() -> None:
    text, found = run("004")
    ambassadors = by_role(found, "ambassador of Kazakhstan")
    assert len(ambassadors) == 2
    assert before(text, ambassadors[0]).endswith("؛ ")
    assert ambassadors[1].text == ambassadors[0].text.split()[-1]
    [governor] = by_role(found, "governor")
    assert after(text, governor).startswith(" در پایان تاکید کرد")


def test_no_seed_person_is_listed_in_code_or_data() -> None:
    """People come from patterns: no name the seeds yield (heads of state aside) is in our code or data."""
    sources = [*sorted((ROOT / "monitor" / "people").glob("*.py")),
               *sorted((ROOT / "monitor" / "data").glob("people_*"))]
    raw = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    words, flat = set(tokenize(raw)), normalize(raw)
    grammar = names.AR_JOIN_NEXT | names.AR_JOIN_PREV  # عبد, بن, الدين: how names are built, not names
    for prefix in LANG:
        _, found = run(prefix)
        for e in found:
            if e.role and e.role.startswith(("president", "prime minister")):
                continue
            assert normalize(e.text) not in flat, f"{e.text!r} from seed {prefix} appears in people code/data"
            for part in tokenize(e.text):
                if len(part) >= 4 and part not in grammar:
                    assert part not in words, f"{part!r} from seed {prefix} appears in people code/data"


# ------------------------------------------------------------------------------------------------ dev set


def _dev() -> list[dict]:
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_dev_set_is_ours_and_covers_five_languages() -> None:
    items = _dev()
    assert len(items) >= 100
    langs = Counter(it["lang"] for it in items)
    assert set(langs) == {"ar", "fa", "kk", "ru", "en"} and min(langs.values()) >= 15
    assert sum(1 for it in items if not it["people"]) >= 15  # negatives: titles without names, sport...


def test_dev_set_precision_recall_and_roles() -> None:
    tp = fp = fn = role_ok = 0
    per_lang: Counter[str] = Counter()
    per_lang_total: Counter[str] = Counter()
    for it in _dev():
        found = find_people(it["text"], it["lang"])
        for e in found:
            assert it["text"][e.start:e.end] == e.text
        got = {e.text: e.role for e in found}
        want = {p["text"]: p["role"] for p in it["people"]}
        for name, role in want.items():
            per_lang_total[it["lang"]] += 1
            if name in got:
                tp += 1
                per_lang[it["lang"]] += 1
                role_ok += got[name] == role
            else:
                fn += 1
        fp += sum(1 for name in got if name not in want)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    assert precision >= 0.95, (tp, fp, fn)
    assert recall >= 0.9, (tp, fp, fn)
    assert role_ok / tp >= 0.9
    for lang, total in per_lang_total.items():
        assert per_lang[lang] / total >= 0.8, lang


@pytest.mark.parametrize(
    ("text", "lang", "name", "role"),
    [
        ("وزير الخارجية سامي فهمي يستقبل وفدا.", "ar", "سامي فهمي", "minister of foreign affairs"),
        ("قال عبد الرحمن نور الدين، محافظ المنيا، إن", "ar", "عبد الرحمن نور الدين", "governor"),
        ("آقای بهرام کاظمی استاندار یزد گفت", "fa", "بهرام کاظمی", "governor"),
        ("Аким города Даурен Сапаров встретился с гостями.", "ru", "Даурен Сапаров", "akim"),
        ("Governor Maria Lopez welcomed the envoy.", "en", "Maria Lopez", "governor"),
    ],
)
def test_names_never_seen_before(text: str, lang: str, name: str, role: str) -> None:
    found = find_people(text, lang)
    assert [(e.text, e.role) for e in found] == [(name, role)]


def test_works_without_gazetteer_mentions() -> None:
    text = "استقبل السفير كمال حسن فهمي، سفير مصر، الوفد."
    found = find_people(text, "ar", mentions=[])
    assert [e.text for e in found] == ["كمال حسن فهمي"]
    assert found[0].role == "ambassador"  # no country without the gazetteer


# ------------------------------------------------------------------------------------------------ offsets


def test_offsets_survive_diacritics_zwnj_and_tatweel() -> None:
    text = "اسْتقبل السَّفِيرُ كمـال حسن فهمي، سفير مصر.\nسفیر قزاقستان، علی\u200cرضا نوری‌زاده، گفت"
    found = find_people(text, None, mentions=[])
    assert [e.text for e in found] == ["كمـال حسن فهمي", "علی\u200cرضا نوری‌زاده"]
    for e in found:
        assert text[e.start:e.end] == e.text


def test_random_text_never_breaks_the_contract() -> None:
    """Any slice of any text in any language: no exception, spans slice the text, no blank names."""
    rng = random.Random(11)
    sources = [seed(p) for p in LANG] + [it["text"] for it in _dev()]
    words = " ".join(sources).split()
    for _ in range(150):
        if rng.random() < 0.5:
            src = rng.choice(sources)
            a = rng.randint(0, len(src))
            text = src[a:a + rng.randint(0, 500)]
        else:
            text = rng.choice([" ", "\n", "، ", "\u200c"]).join(rng.choice(words) for _ in range(rng.randint(0, 50)))
        for lang in (None, "ar", "fa", "kk", "ru", "en"):
            for e in find_people(text, lang):
                assert text[e.start:e.end] == e.text and e.text.strip() == e.text and e.text


def test_surname_repeat_is_not_taken_from_another_full_name() -> None:
    text = "استقبل المحافظ أحمد راشد الوفد.\nوقال راشد إن الزيارة مهمة.\nوشارك راشد الغنوشي في اللقاء."
    found = find_people(text, "ar", mentions=[])
    # the third sentence's "راشد" is no repeat of the governor: it opens a full name of its own (a given name and
    # a nisba), found as that whole name
    assert [(e.text, e.role) for e in found] == [("أحمد راشد", "governor"), ("راشد", "governor"),
                                                 ("راشد الغنوشي", None)]


def test_persian_subject_takes_a_title_of_its_kind_or_none() -> None:
    # a local name after a foreign envoy's untitled mention: no role rather than "ambassador"
    text = "سفیر قزاقستان از همکاری خبر داد.\nمحمدی در پایان تاکید کرد که روابط خوب است."
    found = find_people(text, "fa")
    assert [e.text for e in found] == []  # a lone local surname with no matching title is dropped
    text = "استاندار زنجان از همکاری خبر داد.\nمحمدی در پایان تاکید کرد که روابط خوب است."
    assert [(e.text, e.role) for e in find_people(text, "fa")] == [("محمدی", "governor")]


def test_country_stem_inside_a_name_is_not_a_country() -> None:
    """A gazetteer stem match that leaves no inflection ("Дания" in "Данияр") does not cut the name."""

    class M:  # a mention as the gazetteer reports one
        def __init__(self, kind: str, canonical: str, start: int, end: int) -> None:
            self.kind, self.canonical, self.country, self.start, self.end = kind, canonical, canonical, start, end

    text = "Первый секретарь посольства Узбекистана Данияр Касымов выступил."
    mentions = [M("country", "Uzbekistan", 28, 38), M("country", "Denmark", 40, 45)]
    found = find_people(text, "ru", mentions=mentions)
    assert [(e.text, e.role) for e in found] == [("Данияр Касымов", "first secretary of Uzbekistan")]
