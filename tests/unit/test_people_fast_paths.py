"""The people finder's fast forms find exactly what the plain definitions they replace find.

Some steps of the finder are written for speed (C-level string searches instead of a regex tried at every
character); these tests hold each one to the definition it stands for, on many generated strings made of
the characters that matter to it, so a later edit cannot change what the finder sees.
"""

import random
import re

from monitor.people.finder import _clause_firsts, _list_intros

# the definition: what introduces a list of people with no title
_LIST_INTRO_RE = re.compile(r"کل من|(?<![^\W\d_])(?:و?هم|و?منهم|و?بینهم)\s*:|از جمله")


def test_list_intros_are_the_regex_matches() -> None:
    rng = random.Random(5)
    alphabet = list("کل منهموبیازجله:_1x\u00a0\u2003\n²٣a")
    samples = ["هم: X", "وهم :", "کل منهم: X", "اوهم:", "xهم:", " منهم:", "ومنهم\n:", "از جمله", "1هم:"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(30_000)]
    for s in samples:
        assert _list_intros(s) == [m.span() for m in _LIST_INTRO_RE.finditer(s)], s


def test_clause_firsts_are_the_one_pattern_matches() -> None:
    one = re.compile(r"(?:^|[.!?;:\n,]\s*)(?:در این (?:نشست|دیدار|مراسم|همایش|جلسه)\s*,?\s*)?([^\W\d_]+)\s*([^\W\d_]*)")
    rng = random.Random(6)
    alphabet = list("در این نشست,.:\nab1 ") + ["در این جلسه", "سید "]
    samples = ["", "سید علی گفت", ". در این نشست, X Y", "1. X"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(30_000)]

    def spans(matches: object) -> list[tuple[object, ...]]:
        return [(m.span(), m.span(1), m.group(1), m.group(2)) for m in matches]  # type: ignore[attr-defined]

    for s in samples:
        assert spans(_clause_firsts(s)) == spans(one.finditer(s)), s
