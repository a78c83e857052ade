"""The treaty-year patterns tried only at their anchors find exactly what ``finditer`` finds."""

import random
import re
import re._parser as sre_parse

import pytest

from monitor import relevance as R
from monitor.normalize import normalize

PATTERNS = [(R._IN_FORCE_YEAR, R._IN_FORCE_STARTS, R._IN_FORCE_AT), (R._SIGNED_YEAR, R._SIGNED_STARTS, R._SIGNED_AT)]

FRAGMENTS = [normalize(f) for f in (
    "entered into force in 2019", "came into force in 2001", "вступил в силу в 2019 году", "вступила в силу в 2020 год",
    "2019 жылы күшіне енген", "2019 жылы күшіне енді", "دخلت حيز التنفيذ عام 2019", "حيز التنفيذ في سنة 2019",
    "در سال ۲۰۱۹ لازم‌الاجرا شد", "در سال ۱۳۹۸ لازم الاجرا", "was signed in 2018",
    "had been signed last year in aktau in 2018",
    "were signed by the two in 1999", "been signed in 2020", "конвенция была подписана в 2018 году",
    "подписанный в 2018 году",
    "в 2018 году в актау была подписана", "в 2018 году подписан",
    "2018 жылы Ақтауда қол қойылған", "2018 жылы қол қойған",
    "الاتفاقية الموقعة عام 2018", "التي وقعت في 2018", "الذي وقع سنة 2018", "التي تم توقيعها عام 2018",
    "در سال ۲۰۱۸ در آکتائو امضا شد", "در سال 2018 به امضا رسید", "xwas signed in 2018", "designed in 2018",
    "signed in 2018", "в 2018 году", "2018 жылы", "the", "treaty", ",", ".", "\n", "2019", "году", "in", "signed",
)]


@pytest.mark.parametrize(("pattern", "starts", "at"), PATTERNS)
def test_every_alternative_has_its_anchors(pattern: re.Pattern[str], starts: tuple, at: tuple) -> None:
    # a new alternative of the pattern needs its anchors (the literal and its distance from the match's start)
    (kind, (_, branches)), = sre_parse.parse(pattern.pattern, pattern.flags).data
    assert kind is sre_parse.BRANCH
    assert len(branches) == len(starts)


@pytest.mark.parametrize(("pattern", "starts", "at"), PATTERNS)
def test_anchored_matches_are_finditers(pattern: re.Pattern[str], starts: tuple, at: tuple) -> None:
    rng = random.Random(7)
    texts = [" ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    texts += ["".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 8))) for _ in range(1500)]
    found = 0
    for text in texts:
        expected = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in R._anchored_finditer(pattern, at, text)] == expected, text
        found += len(expected)
    assert found > 1000
