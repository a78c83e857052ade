"""The people finder's fast forms find exactly what the plain definitions they replace find.

Some steps of the finder are written for speed (C-level string searches instead of a regex tried at every
character); these tests hold each one to the definition it stands for, on many generated strings made of
the characters that matter to it, so a later edit cannot change what the finder sees.
"""

import random
import re

from monitor.people.finder import _list_intros

# the definition: what introduces a list of people with no title
_LIST_INTRO_RE = re.compile(r"کل من|(?<![^\W\d_])(?:و?هم|و?منهم|و?بینهم)\s*:|از جمله")


def test_list_intros_are_the_regex_matches() -> None:
    rng = random.Random(5)
    alphabet = list("کل منهموبیازجله:_1x\u00a0\u2003\n²٣a")
    samples = ["هم: X", "وهم :", "کل منهم: X", "اوهم:", "xهم:", " منهم:", "ومنهم\n:", "از جمله", "1هم:"]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(30_000)]
    for s in samples:
        assert _list_intros(s) == [m.span() for m in _LIST_INTRO_RE.finditer(s)], s
