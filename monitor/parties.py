"""In which capacity a country is named: as a state taking part, or as a people, a team, a market, a list.

Why: a country counts for relevance when its state takes part — its officials, institutions, embassy or
government, its capital standing for the state, the country as the place visited. Copy names countries in
many other capacities: a people or a diaspora ("the Kazakh community of Bayan-Ölgii", "Turkmen of Iraq",
"ترکمن صحرا"), a team ("сборная Узбекистана"), a market ("grain exports to China"), a background list
("member states Kazakhstan, Kyrgyzstan, ..."), a route ("Китай — Кыргызстан — Узбекистан"). The word beside
the name tells which, in every language this project reads: an office precedes its country in Arabic and
Persian (سفير كازاخستان, وزیر خارجه ازبکستان), follows it or governs its genitive in Kazakh, Russian and
English (Қазақстан елшісі, посол Казахстана, the Kazakh foreign minister). So each country mention takes
the reading of the nearest cue word within a few words in its sentence (``cues`` in data/lexicon.yaml,
plus the offices among the concepts: ambassador, embassy, delegation ...).

Readings (``Hit.reading``; ``Hit.why`` holds the deciding word, for the reasons relevance gives):

* ``office`` — beside an office of the state (president, minister, ambassador ...) or a head of state: a
  party, even in a sport or culture story.
* ``state`` — beside a weaker mark of the state (its side, authorities, delegation, capital, republic), or a
  parliament named by its own name (Jogorku Kenesh, Oliy Majlis, Mazhilis).
* ``name`` — the state's name, adjective or capital with no cue: a party unless its sentence is framed as
  sport, tourism, culture ... (decided by :mod:`monitor.relevance`).
* ``place`` — a city or province of the country: the place where something happens.
* ``ethnonym`` — a people's name with no cue ("Kazakh", "узбек"): weak evidence, not a party.
* ``ethnic`` — a people, minority, diaspora, militia, or an ethnonym tied to another country ("Turkmen of
  Iraq", "Моңғолиядағы қазақтар"): not the state at all; the mention is suppressed.
* ``private`` — a team, company, investors, tourists; ``trade`` — a market or a source of goods;
  ``listed`` — a member in a background list, a stop on a route, a guest in a list of invited envoys.

One sense per discourse: where a people is named as a people and its state is never named, every other
mention of that people's name is the people too ("the Turkmen delegation" of an Iraqi Turkmen party).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

from monitor.lexicon import lexicon
from monitor.normalize import normalize, word_set

if TYPE_CHECKING:
    from monitor.gazetteer import Hit, Scan

LEFT_WINDOW, RIGHT_WINDOW, MEMBER_WINDOW = 3, 2, 5  # words between a cue and the name it governs
PARTY_READINGS = frozenset({"office", "state", "name", "place"})
_WORD = re.compile(r"[^\W_]+")
# (alternatives are one list too: "via the grid of Afghanistan or Turkmenistan", "из Казахстана или Узбекистана")
_JOINER = re.compile(r"^\s*(?:,\s*(?:and\s+|и\s+|және\s+|و\s*)?"
                     r"|(?:and|&|и|және|мен|ва|va|hamda|та|те|و|or|или|немесе|یا|او)\s+)$")
_QUOTES_OPEN, _QUOTES_CLOSE = "\"'«“", "\"'»”"
_ANY_QUOTE = re.compile("[\"'«»“”]")
_DASH = re.compile(r"^\s*-\s*$")
_FRAME_ACTORS = frozenset({"sport", "tourism", "culture"})  # a team, tourists, artists: private actors
_CUE_READING = {
    "state": "office", "state_weak": "state", "group": "ethnic", "private": "private", "trade": "trade",
    "member": "listed", "route": "route", "via": "route", "border": "route", "format": "format", "origin": "origin",
    "publish": "private",  # "Өзбекстанда шығаруға": where a book is published, no party
    "accord": "format",  # "the Ashgabat Agreement", "موافقت‌نامه عشق‌آباد": a name, as a format
    "role": "private",  # "в роли Таджикистана", "Тәжікстанды ойнаған": a part in a game
    # "citizens of Kyrgyzstan and Uzbekistan" among the people an embassy helped: where the people are from (a
    # sentence that reports an act keeps them parties: "the agreement raises the quota for citizens of X",
    # monitor/relevance.py)
    "citizens": "private",
    # a bank its country's adjective names ("казахстанский банк"): a lender, a firm (:func:`_nearest_cue`)
    "lender": "private",
}
# A format is named after the place right beside it ("Astana format", "صيغة أستانا", "Астанинский формат"; Arabic
# and Persian may put one noun of the idafa between: "صيغة محادثات أستانا"); a preposition of passage governs
# the name it stands beside ("via Iran", "через Иран", "Түрікменстан арқылы").
# A place at a border is named the same way ("at the border with Uzbekistan", "در مرز ترکمنستان").
# A bank is a lender beside its country's adjective, or one word between ("a Kazakh commercial bank", "بنك تجاري
# كازاخستاني").
_ADJACENT = {"format": (0, 1), "accord": (0, 0), "role": (0, 0), "via": (0, 0), "border": (0, 0), "origin": (0, 1),
             "lender": (1, 1)}  # cue class -> (window in Latin/Cyrillic, in Arabic script); people "arriving from" a
# country ("кандасов, прибывающих из Монголии", "القادمين من") name its origin
# The nouns of the agreement concept (not its verbs) that name an agreement after a city: "the Ashgabat Agreement",
# "موافقت‌نامه عشق‌آباد", "اتفاقية عشق آباد", "Ашхабад келісімі" (with the possessive ending), "Ашхабадское
# соглашение" (folded text: Arabic ة and ي are written ه and ی).
_ACCORD = re.compile(r"(?:agreement|accord|treaty|protocol|(?:ال)?اتفاقیه|(?:ال)?معاهده|موافقت ?نامه|پیمان|"
                     r"соглашени(?:е|я|ю|и|ем)|договор(?:а|е|у|ом)?|келісімі(?:н|не|нде|нің|мен)?)")
_THROUGH = frozenset({"through", "via", "across"})
_TOWARDS = frozenset({"to", "towards", "toward"})  # where a route leads on to: its end, no party
_TRADE_WITH = frozenset({"with", "to", "from"})  # English trade words govern their market by these
# Kazakh genitive endings: "Қазақстан Республикасының Сауда және интеграция вице-министрі" governs an office
# across the whole name of the ministry, however long (the office takes the possessive ending).
_KK_GENITIVE = frozenset({"ның", "нің", "дың", "дің", "тың", "тің"})
# ...but the locative adjective ("Анкарадағы елшілік", "Мәскеудегі консулдық") places an office in a city or
# country: the host, not the office's state.
_KK_LOCATIVE = ("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі")
_KK_ACCUSATIVE = frozenset({"ды", "ді", "ны", "ні", "ты", "ті"})  # "Тәжікстанды": the accusative case
KK_IN = frozenset({"да", "де", "та", "те", "нда", "нде"})  # the plain locative case: "Бішкекте", "Астанада"
_KK_FROM = ("нан", "нен", "дан", "ден", "тан", "тен")  # "Республикасынан", "облысынан": from the republic, region
# ...and so does the name in the nominative before an office with the possessive ending ("Қазақстан Республикасы
# Өнеркәсіп және инфрақұрылымдық даму вице-министрі", "министрлігі", "басшысы").
_KK_POSSESSIVE = re.compile(r"^(?:л[іы][гк])?(?:[ыі]|с[ыі])")
# A compound name of a ministry between an office and its country, joined by a conjunction: "وزير الصناعة
# والتنمية البنيوية في ...", "معاون وزیر صنعت و توسعه زیرساخت قزاقستان", "министр промышленности и
# инфраструктурного развития Республики Казахстан", "Minister of Industry and Infrastructure Development of".
_CONJUNCTIONS = frozenset({"and", "и", "و", "және"})
GENITIVE_WINDOW = 6
CITIZENS_OF = "citizens: "  # the why of a country read as the origin of citizens ("граждан Кыргызстана")
# Plural and collective forms of a people's name: the people, not an adjective of the state.
_RU_NOUN_ENDINGS = ("и", "ы", "ов", "ам", "ами", "ах", "а", "у", "ом", "е")
_KK_PLURAL = re.compile(r"^(?:тар|тер|лар|лер|дар|дер)")
_FA_PLURAL = ("ها", "های", "هایی", "ان")


@cache
def _role_concepts() -> dict[str, str]:
    return {cid: c.role for cid, c in lexicon().concepts.items() if c.role}


@cache
def _cue_classes() -> dict[str, dict[str, str]]:
    """The cue class (state | state_weak | group | private | trade | member ...) of a lexicon hit, by its entry's
    kind and key: the cues named in :data:`_CUE_READING`, the concepts with a role (an office of the state is
    "state", another role "state_weak"), the frames whose actors are private. Looked up, not worked out per hit."""
    concepts = {cid: "state" if role == "strong" else "state_weak" for cid, role in _role_concepts().items()}
    return {"cue": {key: key for key in _CUE_READING}, "concept": concepts,
            "context": {key: "private" for key in _FRAME_ACTORS}}


_NO_CLASS: dict[str, str] = {}

# What :func:`read` does with a lexicon hit, by its entry's kind and key: (the list it joins, its cue class, an
# action of its sentence, a barrier to ethnocultural lists). Worked out once per entry (:func:`_lex_plan`), where
# the conditions tested per hit cost a tenth of :func:`read` on a diplomatic article (some fifty hits each).
_MEMBERS, _CLOSERS, _OPENERS, _CUES, _ETHNOCULTURAL, _VENUES, _JOINT = range(7)
_Plan = tuple[int, str | None, bool, bool]
_PLANS: dict[str, dict[str, _Plan | None]] = {}


def _lex_plan(kind: str, key: str) -> _Plan | None:
    """The plan of a lexicon hit of this kind and key (see :data:`_PLANS`), None where :func:`read` ignores it."""
    cls = _cue_classes().get(kind, _NO_CLASS).get(key)
    slot = -1
    if cls == "member":
        slot = _MEMBERS
    elif kind == "cue" and key == "etc":
        slot = _CLOSERS
    elif kind == "cue" and key == "including":
        slot = _OPENERS
    elif cls is not None:
        slot = _CUES
    elif kind == "cue" and key == "ethnocultural":
        slot = _ETHNOCULTURAL
    elif kind == "cue" and key == "venue":
        slot = _VENUES
    elif kind == "cue" and key in ("joint", "jointly"):
        slot = _JOINT
    action = (kind == "concept" and key not in _role_concepts() and key not in _NOT_ACTS) or (
        kind == "cue" and key == "agreed")
    blocking = kind == "concept" or cls in ("state", "state_weak")
    plan = (slot, cls, action, blocking)
    return None if plan == (-1, None, False, False) else plan


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per kind of barrier
class _Barrier:
    """Punctuation that separates a cue from the name it would govern: any of these characters, and with
    ``spaced_dash`` a dash with white space on both sides."""

    chars: str
    spaced_dash: bool

    @property
    def pattern(self) -> re.Pattern[str]:
        """The barrier as a regex: a search between two offsets (pos, endpos) finds one standing wholly there."""
        return _barrier_pattern(self)


@cache
def _barrier_pattern(barrier: _Barrier) -> re.Pattern[str]:
    chars = "[" + re.escape(barrier.chars) + "]"
    return re.compile(chars + r"|\s-(?=\s)" if barrier.spaced_dash else chars)


_BARRIER = _Barrier(".!?;:()[]\"|\n,", True)
_SOFT_BARRIER = _Barrier(".!?;:()[]|\n", False)  # a list of members may follow its cue after a comma


def _positions(text: str, chars: str) -> list[int]:
    """Where any of ``chars`` stands in ``text``, by str.find per character: faster than a regex over a character
    class, which tests every character of the text."""
    out: list[int] = []
    find = text.find
    for ch in chars:
        i = find(ch)
        while i >= 0:
            out.append(i)
            i = find(ch, i + 1)
    return out


_SEARCHED = 12  # gaps searched with a regex before the barriers of the text are indexed (see _Gaps)


@cache
def at_most_words(n: int) -> re.Pattern[str]:
    """Matches a stretch of at most ``n`` words of :data:`_WORD` (possessive: whole words, no backtracking)."""
    return re.compile(r"[\W_]*+(?:[^\W_]++[\W_]*+){0," + str(n) + "}+")


class _Gaps:
    """The words between two offsets of one text, or None where punctuation separates them.

    Why an index: :func:`read` asks for some 60 gaps per diplomatic article, mostly across the same clauses, and a
    regex search for punctuation over the text between two offsets walked them again each time. Here each
    kind of barrier is found once per article (when first asked for), and whether one stands wholly between
    two offsets is a bisection: spans are sorted by start, and their ends never decrease (one character, or a
    spaced dash whose last space may begin the next). An article of a feed, mostly out of scope, asks for a few
    gaps only: the first :data:`_SEARCHED` are searched with the barrier's regex (the same answer), which costs
    less than finding every barrier of the text."""

    def __init__(self, norm: str) -> None:
        self.norm = norm
        self._spans: dict[_Barrier, tuple[list[int], list[int]]] = {}
        self._asked = 0

    def words(self, a: int, b: int, barrier: _Barrier = _BARRIER, limit: int | None = None) -> list[str] | None:
        """The words between offsets a and b (a word cut by a or b counts), or None across a barrier, or with
        ``limit`` when more words than that stand between (for a caller that looks no further)."""
        if b < a:
            return None
        spans = self._spans.get(barrier)
        if spans is None and self._asked < _SEARCHED:
            self._asked += 1
            if barrier.pattern.search(self.norm, a, b) is not None:
                return None
        else:
            if spans is None:
                spans = self._spans[barrier] = self._find(barrier)
            starts, ends = spans
            i = bisect_left(starts, a)
            if i < len(starts) and ends[i] <= b:
                return None
        # a long stretch is mostly too many words: a possessive regex says so after `limit` + 1 of them, where
        # listing them all would walk the whole clause (a short one is listed at once: the check would cost more)
        if limit is not None and b - a > 8 * limit and at_most_words(limit).fullmatch(self.norm, a, b) is None:
            return None
        return _WORD.findall(self.norm, a, b)

    def _find(self, barrier: _Barrier) -> tuple[list[int], list[int]]:
        """Every span of the barrier in the text: (starts, ends)."""
        norm = self.norm
        find = norm.find
        starts = _positions(norm, barrier.chars)
        dashes: list[tuple[int, int]] = []
        if barrier.spaced_dash:
            i = find("-", 1)
            while i >= 0:
                if norm[i - 1].isspace() and norm[i + 1 : i + 2].isspace():  # str.isspace is the regex's \s
                    dashes.append((i - 1, i + 2))
                i = find("-", i + 1)
        if not dashes:
            starts.sort()
            return starts, [i + 1 for i in starts]
        spans = sorted([(i, i + 1) for i in starts] + dashes)
        return [s for s, _ in spans], [e for _, e in spans]


def _joined(norm: str, prev: Hit, h: Hit, text: str = "") -> str:
    """How two neighbouring mentions are joined: "and" (a comma or a conjunction: a list), "dash", "juxtaposed"
    (nothing between: "مباحثات طاجيكية عمانية", "Iraqi Turkmen") or "" (not joined)."""
    if h.tstart < prev.tend or prev.sent != h.sent:
        return ""
    between = norm[prev.tend : h.tstart]
    if _DASH.match(between) or (text and text[prev.oend : h.ostart].strip() == "\u0640"):
        return "dash"  # Persian sets a kashida between spaces as a dash ("قزاقستان ـ ترکمنستان"); folding drops it
    if h.entry.script == "arabic" and norm[h.tstart : h.start].startswith("و") and not between.strip(" ,"):
        return "and"  # the conjunction written onto the word: "روسيا وكازاخستان"
    if _JOINER.match(between):
        return "and"
    return "juxtaposed" if not between.strip() else ""


joined = _joined  # (relevance: mentions joined into one list)


def _groups(norm: str, hits: list[Hit], text: str = "") -> list[tuple[list[Hit], bool]]:
    """Country mentions grouped into enumerations ("Kazakhstan, Kyrgyzstan and Uzbekistan") and dash
    chains ("Китай — Кыргызстан — Узбекистан", "казахстанско-узбекские"); (members, joined by dashes)."""
    groups: list[tuple[list[Hit], bool]] = []
    for h in hits:
        if groups:
            last, dashed = groups[-1]
            prev = last[-1]
            if h.entry.country != prev.entry.country:
                how = _joined(norm, prev, h, text)
                if how == "dash" and (dashed or len(last) == 1):
                    last.append(h)
                    groups[-1] = (last, True)
                    continue
                if how == "and" and not dashed:
                    last.append(h)
                    continue
        groups.append(([h], False))
    return groups


def _sides(h: Hit, lang: str) -> tuple[bool, bool]:
    """On which sides of a country name the word that governs it may stand, by language: Arabic and Persian
    put the noun first (سفير كازاخستان, الرئيس الأوزبكي), Kazakh puts it last (Қазақстан елшісі), Russian
    either (посол Казахстана, казахская делегация), English either, the left only through "of"/"to"
    ("ambassador of Kazakhstan", "the Kazakh ambassador")."""
    script = h.entry.script
    if script == "arabic":
        return True, False
    if script == "cyrillic":
        return lang != "kk", True
    return True, True


_OF = frozenset({"of", "to"})
# "the national grid company in Uzbekistan", "الشركة الوطنية لشبكات الكهرباء في أوزبكستان": a company, its
# students or investors placed in a country by "in" are located there, whatever name stands between
_IN_WORDS = word_set(("in", "في", "در", "в", "во"))
IN_WORDS = _IN_WORDS  # (relevance: a list after "in" is where a state's missions or people are)
# An office governs its country directly (genitive, ezafe, idafa); a preposition between them makes the
# country a destination or a host instead.
_PREPOSITIONS = word_set(  # folded as the text is: في -> فی, إلى -> الی
    "به در از با برای تا في الى إلى من مع لدى على عن بين نحو в во на с со из к по от для при о об у между".split()
)


# Words that end a name's phrase before a cue on its right: a conjunction or a preposition starts another one.
_RIGHT_BREAKS = _PREPOSITIONS | _CONJUNCTIONS | word_set(("or", "или", "немесе", "یا", "أو"))


# A home office and its field before "in" (وزير السياحة في كازاخستان, وزارات الخارجية في ..., وزیر آموزش در
# تاجیکستان): Arabic and Persian name a country's own minister so, the office sitting in its own state, where a
# mission "in" a country (an ambassador, an embassy) is abroad by definition.
HOME_OFFICE_WORDS = 3  # the field (one or two words: السياحة, امور خارجه) and "in"


_AT_PLACE = re.compile(r"(?<![^\W_])(?:в|во|in|at)\s+$")  # "in" right before a place (Russian, English)


def _home_office_in(c: Hit, words: list[str], lang: str, starts: list[int] | tuple, first: Hit) -> bool:
    """The office cue ``c`` is the country's own, "in" between them (see :data:`HOME_OFFICE_WORDS`); nothing
    named between (وزير الخارجية الكويتي في طاجيكستان is the Kuwaiti minister, visiting)."""
    home = c.entry.key == "state" if c.entry.kind == "cue" else c.entry.key == "foreign_minister"
    # or a compound ministry's name before "in", its fields joined by "and" ("نائب وزير التنمية الرقمية
    # والابتكار في كازاخستان", "معاون وزیر صنعت و معدن در قزاقستان"): one office, as the genitive reads it
    fields = len(words) <= HOME_OFFICE_WORDS or (len(words) <= GENITIVE_WINDOW and _ministry_name(words[:-1]))
    return (lang in ("ar", "fa") and home
            and fields and words[-1] in _IN_WORDS
            and not _PREPOSITIONS.intersection(words[:-1]) and not _hit_between(starts, c.tend, first.tstart))


_NISBA = ("ی", "ي")  # the Persian and Arabic adjective ending on a country's name ("قزاقستانی", "كازاخستاني")


def _adjective(norm: str, h: Hit) -> bool:
    """The mention is its country's adjective: "казахстанский", "Kazakh", "қазақстандық", or a name with the Arabic
    or Persian nisba ending ("بانک قزاقستانی", "بنك كازاخستاني")."""
    return h.entry.via in ("adjective", "ethnonym") or (h.entry.script == "arabic" and norm[h.end : h.tend] in _NISBA)


def _nearest_cue(gaps: _Gaps, group: list[Hit], cues: list[tuple[Hit, str]] | tuple, lang: str,
                 starts: list[int] | tuple = (), named: list[int] | tuple = ()) -> tuple[Hit, str, int] | None:
    """The cue nearest to a group of mentions in its sentence: (hit, class, words between). ``starts``: where
    every gazetteer and lexicon hit begins (a compound ministry name between an office and its country is
    plain words: no other country, office or event inside it); ``named``: where every country mention begins."""
    if not cues:
        return None
    norm = gaps.norm
    first, last = group[0], group[-1]
    left, right = _sides(first, lang)
    latin = first.entry.script == "latin"
    people = False  # (a loop, not any() over a generator: most groups are one name, and this runs per group)
    for h in group:
        if h.entry.via == "ethnonym":
            people = True
            break
    # the Kazakh genitive ending, or the English possessive ("Kazakhstan's digital development minister": its office,
    # a field of two or three words between, as "Қазақстанның цифрлық даму министрі")
    genitive = (norm[last.end : last.tend] in _KK_GENITIVE if lang == "kk"
                else lang == "en" and norm.startswith("'s ", last.tend))
    best: tuple[int, int, Hit, str] | None = None
    office: dict[int, tuple[int, Hit, str]] = {}  # side -> nearest office within reach
    for c, cls in cues:
        if c.sent != first.sent or (cls == "group" and not people):
            continue
        if cls == "lender" and not any(_adjective(norm, h) for h in group) and not (
                lang == "kk" and norm[last.end : last.tend].endswith(_KK_LOCATIVE)):
            # "the bank of Uzbekistan", "банк Узбекистана": maybe the state's own, shortened; but the Kazakh
            # locative adjective places a firm ("Бішкектегі банк", "Бішкектегі өндірушімен": a bank, a maker in
            # Bishkek), as "in" does
            continue
        if cls == "publish" and not (lang == "kk" and norm[last.end : last.tend] in KK_IN):
            continue  # (the Kazakh locative: "Өзбекстанда шығаруға", to publish in Uzbekistan)
        if cls == "role" and lang == "kk" and norm.startswith("ойна", c.tstart) and (
                norm[last.end : last.tend] not in _KK_ACCUSATIVE):
            continue  # "Тәжікстанды ойнаған" (played Tajikistan's part), not "Қазақстан ойнады" (a team played)
        if cls == "accord" and not all(h.entry.kind == "place" and h.tstart == h.start and (
                h.end == h.tend or norm.endswith("ск", h.start, h.end)) for h in group):
            # named after a city in its plain form or by its adjective ("Ашхабадское соглашение"), not "Астанада
            # келісім" (in Astana)
            continue
        if c.end <= first.tstart:
            if not left:
                continue
            words = gaps.words(c.tend, first.tstart, limit=GENITIVE_WINDOW)  # (no window is wider)
            if words is None:
                continue
            gap, side = len(words), 0
            located = cls == "private" and 0 < gap <= GENITIVE_WINDOW and words[-1] in _IN_WORDS
            if gap > (GENITIVE_WINDOW if cls == "state" or located else LEFT_WINDOW):
                continue
            if gap > LEFT_WINDOW and not located and (
                    not _ministry_name(words) or _hit_between(starts, c.tend, first.tstart)):
                continue
            if latin:
                words = [w for w in words if w != "the"]
                if cls == "route" and (not words or words[-1] in _THROUGH or words[-1] in _TOWARDS):
                    pass  # "routes through Iran", "the corridor via Aktau", "onward connections towards Kyrgyzstan"
                elif cls == "trade" and words and words[-1] in _TRADE_WITH:
                    pass  # "trade in goods with Kazakhstan", "exports to China", "imports from Russia": a market
                elif cls not in ("via", "border", "origin", "role") and (
                        not words or words[-1] not in _OF) and not located:
                    continue
            elif cls in ("state", "state_weak") and _PREPOSITIONS.intersection(words) and not _home_office_in(
                    c, words, lang, starts, first):
                continue  # "سفر نخست‌وزیر پاکستان به دوشنبه", "посол Турции в Казахстане": a destination, a host
            elif cls in ("state", "state_weak") and lang == "ar" \
                    and norm[first.tstart : first.start].endswith(("ب", "بال")):
                continue  # "سفارة أوزبكستان بالقاهرة": the preposition bi- (in) written onto the name, a host
        elif c.start >= last.tend:
            if not right:
                continue
            words = gaps.words(last.tend, c.tstart, limit=GENITIVE_WINDOW)
            if words is None:
                continue
            gap, side = len(words), 1
            breaks = _RIGHT_BREAKS.intersection(words)
            possessive = lang == "kk" and not norm[last.end : last.tend] and _KK_POSSESSIVE.match(norm[c.end : c.tend])
            # (the office's own possessive ending, "министрлігі", "министрі": the country's, named before it)
            owned = lang == "kk" and not norm[last.end : last.tend] and norm[c.tstart : c.tend].endswith(("і", "ы"))
            if breaks and not (cls == "state" and (genitive or owned) and breaks <= _CONJUNCTIONS
                               and not _hit_between(starts, last.tend, c.tstart)):
                # (a compound ministry's name after its country, "Қазақстан Республикасы Мәдениет және ақпарат
                # министрлігі", "Kazakhstan's Culture and Information Ministry", is one office: plain words between)
                continue  # "the embassy in Moscow and the consulates", "в Сеуле или в консульский отдел"
            if lang in ("ru", "en") and cls in ("state", "state_weak") and _AT_PLACE.search(
                    norm, max(0, first.tstart - 4), first.tstart):
                # "В Анкаре заместитель председателя ... службы", "In Ankara, the deputy head of the service": a
                # place after "in" is where the office acts, never its genitive (Russian governs its country after
                # the office, "служба Турции", with no preposition)
                continue
            if lang == "kk" and cls in ("state", "state_weak") and (
                    norm[last.end : last.tend].endswith(_KK_LOCATIVE) or norm[last.end : last.tend] in KK_IN):
                # "Анкарадағы елшілік": the embassy in Ankara, a host (as "посол в Турции"); "Бішкекте Бас
                # прокурордың орынбасары ... кездесті": the city in the locative is where the meeting is
                continue
            if lang == "kk" and cls == "state_weak" and norm[c.tstart : c.tend].endswith(_KK_FROM) and any(
                    o.sent == c.sent and 0 <= o.tstart - c.tend <= 1 for o, ocls in cues if ocls == "origin"):
                # "Өзбекстанның Қарақалпақстан Республикасынан көшіп келген қандастар": the republic in the
                # ablative before "moved here" is where people come from, the country its genitive names an origin
                if best is None or (gap, side) < best[:2]:
                    best = (gap, side, c, "origin")
                continue
            compound = bool(breaks) and cls == "state" and owned  # (passed the breaks above: a compound name)
            window = (GENITIVE_WINDOW if (genitive or possessive or compound) and cls in ("state", "state_weak")
                      else RIGHT_WINDOW)
            if gap > window or (gap > RIGHT_WINDOW and _hit_between(starts, last.tend, c.tstart)):
                continue
        else:
            continue
        if cls in _ADJACENT and gap > _ADJACENT[cls][first.entry.script == "arabic"] and not (
                cls == "origin" and side == 1 and genitive and words and words[-1].endswith(_KK_FROM)):
            continue  # (but "Түрікменстанның Балқан облысынан көшіп келген": from the country's region)
        if cls == "state" and (side not in office or gap < office[side][0]):
            office[side] = (gap, c, cls)
        if best is None or (gap, side) < best[:2]:
            best = (gap, side, c, cls)
    if best is not None and best[3] in ("private", "lender", "trade", "state_weak") and best[1] in office:
        # "وزیر کشاورزی قزاقستان", "Minister of Agriculture of Kazakhstan": the nearer word completes the office;
        # "Әзербайжан Республикасы Энергетика министрінің": the republic's minister
        gap, c, cls = office[best[1]]
        a, b = (c.tend, first.tstart) if best[1] == 0 else (last.tend, c.tstart)
        if not _hit_between(named, a, b):  # (not across another country: "وزير الرياضة السعودي ونظيره الأوزبكي",
            return c, cls, gap  # the Saudi minister and his Uzbek counterpart)
    return None if best is None else (best[2], best[3], best[0])


def _hit_between(starts: list[int] | tuple, a: int, b: int) -> bool:
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _ministry_name(words: list[str]) -> bool:
    """Words between an office and its country that read as the compound name of a ministry: joined by a
    conjunction (alone or written onto the next word, "والتنمية"), no verb of saying in a short chain."""
    return any(w in _CONJUNCTIONS or (w.startswith("و") and len(w) > 3 and w[1:3] == "ال") for w in words)


_IN_WORDS = word_set(("in", "в", "во", "در", "في", "فى"))


def _member_cue(gaps: _Gaps, group: list[Hit], members: list[Hit], orgs: list[Hit]) -> tuple[Hit, int] | None:
    """A member word ("member states", "الدول الأعضاء", "whose members include") or an organisation
    ("ЕАЭО елдері – Армения, Беларусь, ...") just before a list: the list is the organisation's membership."""
    first = group[0]
    best: tuple[Hit, int] | None = None
    for c, window in [(m, MEMBER_WINDOW) for m in members] + [(o, 3) for o in orgs if len(group) >= 3]:
        if c.sent == first.sent and c.end <= first.tstart:
            words = gaps.words(c.tend, first.tstart, _SOFT_BARRIER)
            if words is not None and len(words) <= window and (best is None or len(words) < best[1]):
                if window == 3 and words and words[-1] in _IN_WORDS:
                    continue  # "UNESCO's national commissions in A, B and C": each country's own body, no membership
                best = (c, len(words))
    return best


def _people_form(sc: Scan, h: Hit, adjective: bool = False) -> bool:
    """A plural or collective form of a people's name: "Kazakhs", "казахи", "қазақтар", "ازبک‌ها", "الأوزبك";
    with ``adjective``, the citizens named by the state's adjective: "Kazakhstanis", "қазақстандықтар",
    "قزاقستانی‌ها", "الكازاخستانيين"."""
    norm = sc.norm
    suffix = norm[h.end : h.tend]
    script = h.entry.script
    if adjective:
        if script == "latin":
            return h.entry.via == "adjective" and norm[h.start : h.tend].endswith("is")
        if script == "cyrillic":
            return h.entry.via == "adjective" and bool(_KK_PLURAL.match(suffix))
        return suffix in ("یها", "یهای", "یان", "ییان", "یین", "یون", "ییها") or (
            h.entry.via == "adjective" and suffix in _FA_PLURAL)
    if script == "latin":
        return h.entry.surface.text.endswith("s")
    if script == "cyrillic":
        return bool(_KK_PLURAL.match(suffix)) or suffix in _RU_NOUN_ENDINGS
    token = norm[h.tstart : h.tend]
    if suffix in _FA_PLURAL:
        return True
    # Arabic: a people's name without its nisba ending (الأوزبك, التركمان, طاجيك) is the people
    return (sc.lang or "")[:2] == "ar" and not token.endswith(("ی", "یه"))


# Being present is no act between states: "observers from A, B, C and the OSCE were also present", "guests from A, B
# and C attended" list who came, like a list of invited envoys, unless an act of diplomacy is told in the sentence.
ATTENDANCE = frozenset({"participation"})
# Concepts no act of a sentence: who attended, and "trilateral", which counts the sides of a meeting told elsewhere
# ("previously, trilateral meetings ... with the presence of A, B and C were held": A, B and C stay a list)
_NOT_ACTS = ATTENDANCE | {"trilateral"}


# A team word ("team", "команда", "فريق", "تیم") beside an international organisation's name, before it or after it,
# one word at most between ("an IMF staff team", "команда МВФ", "فريق صندوق النقد الدولي", "تیم بانک جهانی"): the
# organisation's mission or experts, no sport (Kazakh copy says "тобы", no sport word).
_TEAM_WORDS = word_set("team teams команда команды команде команду командой فريق الفريق "
                        "فريقا فريقاً تیم تیمی".split())
_ORG_TEAM_GAP = 1
_TEAM_GAP_PUNCTUATION = re.compile(r"[^\w\s\u200c-]")


# A team of researchers: a team word with the scholars or the dig it is made of right after it ("a team of
# archaeologists", "команда археологов", "فريق تنقيب", "فريق من أربعة باحثين", "تیم کاوش", "تیم باستان‌شناسی"), or,
# in English, right before it ("an excavation team", "a research team"): no sport. Once the text names one, its other
# team words are that team ("رئيسة الفريق", "the team's head"), save in a sentence with another sport word ("the
# football team"). Kazakh copy says "тобы", no sport word.
_RESEARCH_STEMS = tuple(normalize(w) for w in (
    "archaeolog", "archeolog", "excavat", "research", "scientist", "restorer", "geolog", "palaeontolog",
    "paleontolog", "historian", "expedition", "dig", "археолог", "раскоп", "исследовател", "учён", "учен",
    "реставратор", "геолог", "палеонтолог", "историк", "экспедиц", "تنقيب", "التنقيب", "أثري", "الأثري", "آثار",
    "الآثار", "علماء", "العلماء", "باحث", "الباحث", "مرمم", "المرمم", "حفري", "الحفري", "بحثي", "البحثي",
    "کاوش", "باستان", "پژوهش", "محقق", "دانشمند", "مرمت"))
_RESEARCH_AFTER = 3  # words after the team word where its make-up may stand ("فريق من أربعة باحثين")


def _research_team(norm: str, h: Hit) -> bool:
    """The team word ``h`` names a team of researchers (see :data:`_RESEARCH_STEMS`)."""
    after = _TEAM_GAP_PUNCTUATION.split(norm[h.tend : h.tend + 60], 1)[0]
    if any(w.startswith(_RESEARCH_STEMS) for w in _WORD.findall(after)[:_RESEARCH_AFTER]):
        return True
    before = _TEAM_GAP_PUNCTUATION.split(norm[max(0, h.tstart - 30) : h.tstart])[-1]
    words = _WORD.findall(before)
    return bool(words) and h.entry.script == "latin" and words[-1].startswith(_RESEARCH_STEMS)


def organisation_teams(norm: str, gaz: list[Hit], lex: list[Hit]) -> set[int]:
    """The starts of the sport hits that are a team word beside an organisation (see :data:`_TEAM_WORDS`), or a team
    of researchers (see :data:`_RESEARCH_STEMS`)."""
    sport = [h for h in lex if h.entry.kind == "context" and h.entry.key == "sport"]
    teams = [h for h in sport if norm[h.tstart:h.tend] in _TEAM_WORDS]
    if any(_research_team(norm, h) for h in teams):
        # (a team word in a sentence with another sport word stays sport: "the football team of Jordan")
        other = {h.sent for h in sport if norm[h.tstart:h.tend] not in _TEAM_WORDS}
        return {h.start for h in teams if h.sent not in other or _research_team(norm, h)}
    orgs = [g for g in gaz if g.entry.kind == "organization"]
    if not orgs:
        return set()
    out: set[int] = set()
    for h in lex:
        if h.entry.kind != "context" or h.entry.key != "sport" or norm[h.tstart:h.tend] not in _TEAM_WORDS:
            continue
        for g in orgs:
            if g.sent != h.sent:
                continue
            a, e = (g.tend, h.tstart) if g.start < h.start else (h.tend, g.tstart)
            if e < a or _TEAM_GAP_PUNCTUATION.search(norm, a, e):
                continue
            if len(_WORD.findall(norm, a, e)) <= _ORG_TEAM_GAP:
                out.add(h.start)
                break
    return out


def read(sc: Scan) -> None:
    """Give every country mention of a located scan its reading (see the module docstring)."""
    norm = sc.norm
    mentions = [
        h for h in sc.gaz
        if h.suppressed is None and h.entry.kind in ("country", "place", "person") and h.entry.country
    ]
    if not mentions:
        return
    cues: dict[int, list[tuple[Hit, str]]] = {}  # by sentence
    members: list[Hit] = []
    closers: list[Hit] = []
    openers: list[Hit] = []
    actions: dict[int, list[Hit]] = {}
    format_sents: set[int] = set()
    ethnocultural: list[Hit] = []
    venues: list[Hit] = []
    blocking: list[int] = []  # where an office or an event stands (no ethnocultural list reaches across one)
    joint: list[Hit] = []
    lists = (members, closers, openers, None, ethnocultural, venues, joint)
    org_teams = organisation_teams(norm, sc.gaz, sc.lex)
    for h in sc.lex:  # (one pass, one plan per hit, for every step below)
        e = h.entry
        if h.start in org_teams:
            continue  # an organisation's team: its mission, no sport's people
        by_key = _PLANS.get(e.kind)
        if by_key is None:
            by_key = _PLANS[e.kind] = {}
        if e.key in by_key:
            plan = by_key[e.key]
        else:
            plan = by_key[e.key] = _lex_plan(e.kind, e.key)
        if plan is None:
            continue
        slot, cls, action, block = plan
        if e.kind == "concept" and e.key == "agreement" and _ACCORD.fullmatch(norm, h.tstart, h.tend):
            cues.setdefault(h.sent, []).append((h, "accord"))  # the noun, not the verb: "Ashgabat signed" acts
        if slot == _CUES:
            cues.setdefault(h.sent, []).append((h, cls))  # type: ignore[arg-type]  # (a cue has a class)
            if cls == "format":
                format_sents.add(h.sent)
        elif slot >= 0:
            lists[slot].append(h)  # type: ignore[union-attr]  # (every slot but _CUES is a list)
        if action:
            actions.setdefault(h.sent, []).append(h)
        if block:
            blocking.append(h.start)
    orgs = [h for h in sc.gaz if h.entry.kind == "organization"]
    lang = (sc.lang or "")[:2]
    starts = sorted([h.start for h in sc.gaz + sc.lex if h.entry.kind != "trap"])
    named = [h.start for h in mentions]  # (in text order, as the scan gives them)
    gaps = _Gaps(norm)
    groups = _groups(norm, mentions, sc.text)
    for group, dashed in groups:
        cue = _nearest_cue(gaps, group, cues.get(group[0].sent, ()), lang, starts, named)
        if cue is not None and cue[1] == "border" and len(group) >= 2:
            cue = None  # "на границе Кыргызстана и Таджикистана": the two states' border, theirs
        member = _member_cue(gaps, group, members, orgs) if len(group) >= 2 else None
        listed = None
        if dashed and len(group) >= 3:
            listed = "route"
        elif member is not None and (cue is None or member[1] <= cue[2]):
            listed = sc.surface(member[0])
        elif len(group) >= 2 and (_closed_by(gaps, group, closers) or _opened_by(gaps, group, openers)):
            listed = "examples"  # "OPEC+ members Saudi Arabia, Russia, Kazakhstan and other countries"
        elif (len(group) >= 3 and group[0].sent not in actions and (cue is None or cue[0].entry.kind == "concept")
              and not (joint and _joint_subject(norm, group, joint))):
            # "ambassadors of A, B and C were invited", "citizens live in A, B and C": a list, no event
            listed = f"guests: {sc.surface(cue[0])}" if cue else "background list"
        # Only a people's name takes its reading from a pair after an event (_read_one): the words between are
        # counted for the groups that hold one, not for every group.
        pair = False
        for h in group:
            if h.entry.via == "ethnonym":
                pair = _pair_after_event(gaps, group, actions.get(group[0].sent, ()))
                break
        for h in group:
            _read_one(sc, gaps, h, group, dashed, cue, listed, pair)
        if cue is not None:
            for h in group:  # (a loop, not any() over a generator: this runs per group)
                if h.reading in ("office", "state"):
                    cue[0].reading = "attached"  # this office is the named country's (relevance looks for loose ones)
                    break
    _format_venues(mentions, format_sents)
    _gapped_sides(sc.norm, mentions)
    _route_stops(sc.norm, mentions, sorted(h.start for h in sc.lex if h.entry.kind == "concept"))
    _passed_through(sc.norm, mentions, lang)
    _located_stops(sc.norm, mentions)
    _precedents(sc, mentions)
    if venues:
        _named_venues(sc, gaps, groups, venues, mentions)
    _ethnocultural(sc, gaps, mentions, ethnocultural, sorted(blocking))
    _one_sense_per_discourse(sc, mentions)
    _animals_named(sc, mentions)


# A side whose noun is dropped after a dash: "Таджикскую часть комиссии возглавил X, узбекскую — Y" (the Uzbek part:
# Russian leaves out the noun and the verb it shares with the clause before and marks the gap with a dash). The
# adjective with nothing but a dash after it takes the reading of the state's side named before it in its sentence.
_GAP_DASH = re.compile(r"\s*[-—–]\s")  # (the normalised text writes every dash as "-")
_SIDE_READINGS = ("office", "state")


def _gapped_sides(norm: str, mentions: list[Hit]) -> None:
    """A people's adjective before a dash that stands for the noun of a side read before it (see :data:`_GAP_DASH`)
    reads as that side: a state."""
    for i, h in enumerate(mentions):
        if h.reading != "ethnonym" or not _GAP_DASH.match(norm, h.tend):
            continue
        for p in mentions[:i]:
            if (p.sent == h.sent and p.reading in _SIDE_READINGS and p.entry.country != h.entry.country
                    and p.entry.via in ("adjective", "ethnonym") and "," in norm[p.tend : h.tstart]):
                h.reading, h.why = "state", "a side, its noun dropped"
                break


# A route's stops listed with a sea, a region or a pass between them: "the Middle Corridor through Kazakhstan, the
# Caspian Sea and Azerbaijan", "عبر الممر الذي يمر بكازاخستان وبحر قزوين وأذربيجان", "через Казахстан, Каспийское море
# и Азербайджан", "Қазақстан, Каспий теңізі және Әзербайжан арқылы", "از طریق قزاقستان، دریای خزر و آذربایجان". The
# place between breaks the enumeration (it names no country), yet the stops after it (Kazakh: before it, the
# postposition last) are the same route's: a way through, not a party. Only a short list gap (a joiner at both ends,
# a few words, no office or event between) carries the reading; a state acting later in the sentence keeps its own.
_STOP_GAP_WORDS = 4
_STOP_JOINERS = word_set(("and", "и", "және", "мен", "ва", "و"))


def _stop_gap(norm: str, a: Hit, b: Hit, concepts: list[int]) -> bool:
    """The text between mentions ``a`` and ``b`` (one sentence) is a list's gap with a place or two in it."""
    if a.sent != b.sent or b.tstart <= a.tend or _hit_between(concepts, a.tend, b.tstart):
        return False
    between = norm[a.tend : b.tstart]
    words = _WORD.findall(between)
    if not words or len(words) > _STOP_GAP_WORDS or any(ch in between for ch in ".;:!?()«»\""):
        return False
    opens = between.lstrip().startswith(",") or words[0] in _STOP_JOINERS or (
        words[0].startswith("و") and len(words[0]) > 2)
    closes = between.rstrip().endswith((",", "،")) or words[-1] in _STOP_JOINERS or norm[b.tstart : b.start] == "و"
    return opens and closes


def _route_stops(norm: str, mentions: list[Hit], concepts: list[int]) -> None:
    """Names read as bare names next to a stop of a route, a list's gap with a place in it between them, read as
    stops of that route (see :data:`_STOP_GAP_WORDS`)."""
    for order in (mentions, mentions[::-1]):
        for a, b in pairwise(order):
            if a.reading == "route" and b.reading in ("name", "place") and b.entry.country != a.entry.country:
                first, second = (a, b) if a.start < b.start else (b, a)
                if _stop_gap(norm, first, second, concepts):
                    b.reading, b.why = "route", a.why


# A way that passes a country told by a verb of passage after the name, the source preposition before it:
# Persian "از" right before and "می‌گذرد", "عبور می‌کند" right after ("کریدوری که از جمهوری آذربایجان می‌گذرد"). Both
# ends must touch the name: "سی سال از برقراری روابط ... می‌گذرد" (thirty years have passed since ...) names no way.
# English, Russian and Arabic put their preposition of passage before the name ("through", "через", "عبر") and Kazakh
# its postposition after it ("арқылы"): the via cue reads them.
_FA_FROM = normalize("از") + " "
_FA_PASS = tuple(normalize(w) for w in (
    "می‌گذرد", "می‌گذرند", "می‌گذشت", "گذشته است", "عبور می‌کند", "عبور می‌کنند", "عبور کرده", "عبور خواهد کرد"))


def _passed_through(norm: str, mentions: list[Hit], lang: str) -> None:
    """Bare names a Persian verb of passage governs (see :data:`_FA_PASS`) read as stops of a route."""
    if lang != "fa":
        return
    for h in mentions:
        if (h.reading in ("name", "place") and norm[: h.tstart].endswith(_FA_FROM)
                and norm[h.tend :].lstrip().startswith(_FA_PASS)):
            h.reading, h.why = "route", "passed through"


# A stop of a route located by its country right beside it: "across the river from Termez in Uzbekistan", "напротив
# узбекского Термеза", "өзбек Термезінің қарсысындағы", "قبالة ترمذ الأوزبكية": the country names where the place lies,
# the same place, no side. Nothing between but "in" or a comma.
_LOCATING = re.compile(r"^\s*(?:,\s*|(?:in|в|во|در|في)\s+)?$")
# ...or by the network the line joins there, only its way's words between: "reach Uzbekistan's network through
# Termez", "через Термез к железным дорогам Узбекистана", "Термез арқылы Өзбекстанның теміржол желісіне", "عبر ترمذ إلى
# شبكة السكك الحديدية في أوزبكستان", "از طریق ترمذ به شبکه راه‌آهن ازبکستان": the country owns the rails the stop
# leads onto, where the line goes, no side. No verb may stand between ("Uzbekistan builds a road through Termez").
_LINE_GAP = word_set((
    "s", "its", "the", "of", "through", "via", "to", "towards", "toward", "into", "onto", "network", "networks",
    "railway", "railways", "rail", "line", "lines", "grid", "system", "через", "к", "ко", "до", "в", "во", "сеть",
    "сети", "сетью", "сетям", "железным", "железной", "железных", "железную", "дорогам", "дороге", "дорогой",
    "дорог", "железнодорожной", "железнодорожную", "железнодорожным", "магистрали", "магистралям", "системе",
    "арқылы", "теміржол", "темір", "жолдарына", "жолына", "желісіне", "желісі", "желілеріне", "жүйесіне", "عبر",
    "إلى", "شبكة", "شبكات", "السكك", "سكك", "الحديدية", "في", "از", "طریق", "به", "تا", "شبکه", "راه‌آهن", "ریلی",
    "خطوط"))
_LINE_GAP_WORDS = 5


def _line_gap(between: str) -> bool:
    """Only the words of a line's way between a stop and its country (see :data:`_LINE_GAP`)."""
    words = _WORD.findall(between)
    return (0 < len(words) <= _LINE_GAP_WORDS and not any(ch in between for ch in ",.;:!?()«»\"")
            and all(w in _LINE_GAP for w in words))


def _located_stops(norm: str, mentions: list[Hit]) -> None:
    """A bare name or people's adjective beside a stop of a route read as a stop (see :data:`_LOCATING`) that lies in
    the same country is read as that stop."""
    for a, b in pairwise(mentions):
        if a.sent != b.sent or a.entry.country != b.entry.country or b.tstart < a.tend:
            continue
        between = norm[a.tend : b.tstart]
        if not _LOCATING.match(between) and not _line_gap(between):
            continue
        for stop, other in ((a, b), (b, a)):
            if stop.reading == "route" and other.reading in ("name", "place", "ethnonym"):
                other.reading, other.why = "route", stop.why
                break


# A precedent in a ranking: "the second Central Asian state to join the convention after Kazakhstan", "вторым после
# Казахстана", "دومین کشور ... پس از قزاقستان", "ثاني دولة ... بعد كازاخستان", "Қазақстаннан кейінгі екінші": the
# country that did it before is named to rank the one that does it now, not as a side of its act. "After" right
# before the name (Kazakh: the ablative and "кейін" right after it), an ordinal earlier in its clause (Kazakh: anywhere
# in it); "following the example of" needs none.
_AFTER_WORDS = {lang: tuple(normalize(w) + " " for w in ws) for lang, ws in {
    "en": ("after",), "ru": ("после",), "ar": ("بعد",), "fa": ("پس از", "بعد از")}.items()}
_ORDINALS = word_set((
    "second third fourth fifth sixth seventh eighth ninth tenth "
    "второй второго второе вторая вторым второму вторую третий третьей третьим третьего третье третья четвертым "
    "четвёртым четвертой четвёртой пятым пятой "
    "ثاني الثاني ثانية الثانية ثالث الثالث ثالثة الثالثة رابع الرابع رابعة الرابعة خامس الخامس "
    "دومین دوم سومین سوم چهارمین چهارم پنجمین "
    "екінші үшінші төртінші бесінші екіншісі үшіншісі").split())
_PRECEDENT_BEFORE = tuple(normalize(p) + " " for p in (
    "following the example of", "вслед за", "по примеру", "على غرار", "به پیروی از", "به تبعیت از"))
_KK_ABLATIVE = frozenset({"нан", "нен", "дан", "ден", "тан", "тен"})
_KK_AFTER = normalize("кейін")
_CLAUSE_END = re.compile(r"[.!?;\n]")
PRECEDENT_SPAN = 120  # characters before "after" where the ordinal of the ranking stands


def _precedents(sc: Scan, mentions: list[Hit]) -> None:
    """A country named as the precedent of a ranking (see :data:`_AFTER_WORDS`) is listed, not a party (an office
    of it beside it keeps its reading: "after Kazakhstan's president" is someone acting). Read from the few
    characters before each name, the clause only where they end in a word of the ranking."""
    norm, lang = sc.norm, (sc.lang or "")[:2]
    kk = lang == "kk"
    ends = _AFTER_WORDS.get(lang, ()) + _PRECEDENT_BEFORE
    for h in mentions:
        if h.reading not in ("name", "place", "state"):
            continue
        why = None
        if kk:
            if norm[h.end : h.tend] in _KK_ABLATIVE and norm.startswith(_KK_AFTER, h.tend + 1):
                if not _ORDINALS.isdisjoint(_WORD.findall(_clause(norm, h.tstart, h.tend + 60))):
                    why = "a precedent in a ranking"
        else:
            before = norm[max(0, h.tstart - 28) : h.tstart]
            if not before.endswith(ends):
                continue
            if before.endswith(_PRECEDENT_BEFORE):
                why = "a precedent: the example followed"
            else:
                at = h.tstart - next(len(e) for e in ends if before.endswith(e))
                clause = _clause(norm, max(0, at - PRECEDENT_SPAN), at, keep_end=True)
                if not _ORDINALS.isdisjoint(_WORD.findall(clause)):
                    why = "a precedent in a ranking"
        if why is not None:
            h.reading, h.why = "listed", why


def _joint_subject(norm: str, group: list[Hit], joint: list[Hit]) -> bool:
    """States named together at the head of a sentence (its first words, a headline's too) with a joint act or
    object after them in it: "Iran, Tajikistan and Uzbekistan take a joint file to UNESCO", "Казахстан, Кыргызстан
    и Узбекистан проведут совместные ...". They are the sentence's subject, acting together, not a background
    list (which follows a verb or a preposition: "citizens live in A, B and C")."""
    first, last = group[0], group[-1]
    head = norm[max(0, first.tstart - 2) : first.tstart]
    if first.tstart > 0 and head.strip(" ") and not head.rstrip(" ").endswith(("\n", ".", "!", "?")):
        return False
    return any(j.sent == last.sent and j.start >= last.tend for j in joint)


def _clause(norm: str, a: int, b: int, keep_end: bool = False) -> str:
    """``norm[a:b]`` cut at a clause's end: the part after the last one (``keep_end``), or before the first."""
    part = norm[a:b]
    ends = list(_CLAUSE_END.finditer(part))
    if not ends:
        return part
    return part[ends[-1].end() :] if keep_end else part[: ends[0].start()]


def _closed_by(gaps: _Gaps, group: list[Hit], closers: list[Hit]) -> bool:
    """A list that ends "and other countries", "и другие", "وغيرها", "و سایر کشورها": examples of a kind."""
    last = group[-1]
    for c in closers:
        if c.sent == last.sent and c.start >= last.tend:
            words = gaps.words(last.tend, c.tstart, _SOFT_BARRIER)
            if words is not None and len(words) <= 1:
                return True
    return False


def _opened_by(gaps: _Gaps, group: list[Hit], openers: list[Hit]) -> bool:
    """A list after "including (those of)", "в том числе", "соның ішінде", "بما في ذلك", "از جمله": examples
    of a larger number ("swap agreements with more than 40 central banks, including those of A and B")."""
    first = group[0]
    for c in openers:
        if c.sent == first.sent and c.end <= first.tstart:
            words = gaps.words(c.tend, first.tstart, _SOFT_BARRIER)
            if words is not None and len(words) <= 2:
                return True
    return False


def _format_venues(mentions: list[Hit], format_sents: set[int]) -> None:
    """A sentence that names a format after a place tells the format's story ("the Astana format was launched
    in 2017 in the Kazakh capital"), and so does a later sentence that speaks of the format by its common noun
    ("ويُعرف المسار باسم العاصمة الكازاخية", the process is named after the Kazakh capital): the place's state is
    named there as the format's venue, not as a party, unless an office of that state acts in it."""
    named = {h.entry.country for h in mentions if h.reading == "format"}
    if not named:
        return
    for h in mentions:
        if h.entry.country in named and h.sent in format_sents and h.reading in ("state", "name", "place"):
            h.reading, h.why = "format", "the format's venue"


VENUE_WINDOW = 5  # words between a venue noun and the cities it names ("в качестве площадок ... назывались Женева")


def _named_venues(sc: Scan, gaps: _Gaps, groups: list[tuple[list[Hit], bool]], venues: list[Hit],
                  mentions: list[Hit]) -> None:
    """Cities named as venues ("Istanbul, Riyadh and Astana were named as venues of the talks", "келіссөз орны
    ретінде ... Астана", "в качестве площадок назывались Женева и Абу-Даби"): where talks were, are or might be
    held, not their states taking part. Cities only (a capital too): a state named as a venue is the state; and
    an office of the city's state acting in the sentence keeps it a party (the host's minister opening them).

    A venue noun may close one sentence and the cities open the next ("There is no venue yet. Istanbul and Geneva
    were discussed, even Astana ..."): the next sentence's first cities, within the same window of its start,
    are the candidates; and a list goes on past a verb ("Istanbul, Geneva, some even recalled Astana"): a city
    within the window after a city read as a venue in its sentence is one too."""
    breaks: list[int] | None = None
    chain: tuple[int, int] = (-1, -1)  # the sentence and end of the last group read as venues
    for group, _ in sorted(groups, key=lambda g: g[0][0].tstart):
        first, last = group[0], group[-1]
        near = False
        for c in venues:
            if c.sent == first.sent - 1:  # the noun in the sentence before: words from this sentence's start
                if breaks is None:
                    breaks = sc.ends  # (the breaks the hits are numbered by)
                a, b = breaks[first.sent - 1] if first.sent - 1 < len(breaks) else first.tstart, first.tstart
            elif c.sent == first.sent:
                a, b = (c.tend, first.tstart) if c.tend <= first.tstart else (last.tend, c.tstart)
            else:
                continue
            words = gaps.words(a, b, _SOFT_BARRIER, limit=VENUE_WINDOW) if a <= b else None
            if words is not None and len(words) <= VENUE_WINDOW:
                near = True
                break
        if not near and chain[0] == first.sent:
            words = gaps.words(chain[1], first.tstart, _SOFT_BARRIER, limit=VENUE_WINDOW)
            near = words is not None and len(words) <= VENUE_WINDOW
        if not near:
            continue
        acting = {m.entry.country for m in mentions if m.sent == first.sent and m.reading == "office"}
        for h in group:
            if h.entry.kind == "place" and h.reading in ("name", "place") and h.entry.country not in acting:
                h.reading, h.why = "venue", "a city named as a venue"
                chain = (first.sent, last.tend)


def _pair_after_event(gaps: _Gaps, group: list[Hit], events: list[Hit] | tuple) -> bool:
    """Two adjectives of two states side by side right after an event noun: "مباحثات طاجيكية عمانية",
    "العلاقات المصرية الكازاخستانية" (Tajik-Omani talks)."""
    b = group[0].tstart
    # The words and barriers between an event and the group only add up as the event stands further left, so
    # the nearest event before the group decides for all of them.
    a = -1
    for e in events:
        if a < e.tend <= b:
            a = e.tend
    if a < 0:
        return False
    words = gaps.words(a, b, limit=1)
    return words is not None and len(words) <= 1


def _read_one(sc: Scan, gaps: _Gaps, h: Hit, group: list[Hit], dashed: bool, cue: tuple[Hit, str, int] | None,
              listed: str | None, pair: bool) -> None:
    e = h.entry
    if e.kind == "person":
        h.reading, h.why = "office", e.role or "leader"
        return
    if e.via == "institution":  # a parliament named by its own name: the state, not one of its office-holders
        h.reading, h.why = "state", "a state body's name" if e.surface.text == "(state body)" else "parliament"
        return
    if listed is not None:
        h.reading, h.why = "listed", listed
        return
    if cue is not None and cue[1] == "format":  # before quotes: «صيغة أستانا» is a format in quotes
        h.reading, h.why = "format", sc.surface(cue[0])
        return
    if _quoted(sc, h):
        h.reading, h.why = "private", "a name in quotes"  # «Фергана», a newspaper; "Kazakhstan" Airways
        return
    ethnonym = e.via == "ethnonym"
    two_states = len(group) == 2 and dashed  # "Kazakh-Chinese", "казахстанско-узбекские"
    if ethnonym and not two_states:
        other = _other_country(sc, gaps, h, pair)
        if other is not None and (cue is None or other[1] <= cue[2]):
            h.reading, h.why = "ethnic", f"of {other[0]}"
            return
    if e.via in ("adjective", "name") and _people_form(sc, h, adjective=True):
        h.reading, h.why = "private", "citizens"  # "қазақстандықтар", "Kazakhstanis", "الكازاخستانيين"
        return
    if _seat(sc.norm, h):
        h.reading, h.why = "private", "a company's seat"
        return
    if cue is not None:
        h.reading, h.why = _CUE_READING[cue[1]], (CITIZENS_OF if cue[1] == "citizens" else "") + sc.surface(cue[0])
        return
    if ethnonym:
        if two_states or pair:
            h.reading, h.why = "name", "pair"
        elif _people_form(sc, h):
            h.reading, h.why = "ethnic", "people"
        else:
            h.reading = "ethnonym"
        return
    h.reading = "place" if e.kind == "place" and e.via != "capital" else "name"


# Where a company has its seat ("a Saudi-based developer", "базирующаяся в Дубае компания", "شركة مقرها في
# الرياض", "شرکتی با مقر در دبی", "штаб-пәтері Дубайда орналасқан"): the country is the company's address, not a
# state acting, whatever official signs with the company.
_SEAT_AFTER = re.compile(r"^-?based\b")
_BASED = ("based", "-based")
_SEAT_BEFORE = tuple(normalize(p) for p in (
    "based in", "headquartered in", "базирующаяся в", "базирующейся в", "базирующейся во", "базирующаяся во",
    "базирующийся в", "базирующегося в", "базирующаяся", "со штаб-квартирой в", "со штаб-квартирой во",
    "штаб-квартира которой находится в", "зарегистрированная в", "зарегистрированной в",
    "штаб-пәтері", "مقرها في", "ومقرها في", "مقرها", "ومقرها", "مقره في", "ومقره في", "التي تتخذ من",
    "الذي يتخذ من", "با مقر در", "با مقر", "مستقر در", "به مرکزیت", "مقر آن در",
))


def _seat(norm: str, h: Hit) -> bool:
    """The name is a company's seat: "-based" written after it, or a seat phrase right before it (white space
    between: the phrase ends the 40 characters before the name once their white space is stripped, one C call
    where a regex of the phrases tried each of them at each of the 40 positions)."""
    if norm.startswith(_BASED, h.end) and _SEAT_AFTER.match(norm[h.end : h.end + 8]):  # (a C call rules most out)
        return True
    return norm[max(0, h.tstart - 40) : h.tstart].rstrip().endswith(_SEAT_BEFORE)


def _other_country(sc: Scan, gaps: _Gaps, h: Hit, pair: bool) -> tuple[str, int] | None:
    """Another country right beside a people's name ("Iraqi Turkmen", "Turkmen of Iraq", "تركمان العراق",
    "Моңғолиядағы қазақтар", "казахи Монголии"): the people of that country."""
    gaz = sc.gaz
    i = next(k for k in range(len(gaz)) if gaz[k] is h)
    best: tuple[str, int] | None = None
    for j in (i - 1, i + 1):
        if 0 <= j < len(gaz):
            o = gaz[j]
            if o.suppressed or o.entry.kind not in ("country", "place") or not o.entry.country:
                continue
            if o.entry.country == h.entry.country or o.sent != h.sent:
                continue
            how = _joined(sc.norm, o, h, sc.text) if j < i else _joined(sc.norm, h, o, sc.text)
            if how in ("and", "dash") or (how == "juxtaposed" and pair):
                continue
            a, b = (o.tend, h.tstart) if j < i else (h.tend, o.tstart)
            words = gaps.words(a, b)
            if words is not None and len(words) <= 1 and (best is None or len(words) < best[1]):
                best = (sc.surface(o), len(words))
    return best



def _quoted(sc: Scan, h: Hit) -> bool:
    """A mention wrapped in quotes with at most a word beside it names a newspaper, company or festival."""
    text = sc.text
    # (pos/endpos: the same answer as searching the two slices, without making them for the many unquoted names)
    if not _ANY_QUOTE.search(text, max(0, h.ostart - 12), h.ostart) or not _ANY_QUOTE.search(text, h.oend, h.oend + 12):
        return False
    before = text[max(0, h.ostart - 12) : h.ostart]
    after = text[h.oend : h.oend + 12]
    i = max(before.rfind(q) for q in _QUOTES_OPEN)
    j = min((after.find(q) for q in _QUOTES_CLOSE if after.find(q) >= 0), default=-1)
    if i < 0 or j < 0:
        return False
    return len(_WORD.findall(before[i + 1 :])) + len(_WORD.findall(after[:j])) <= 1


ETHNOCULTURAL_WINDOW = 12  # words of a list of peoples' adjectives before the noun they qualify


def _ethnocultural(sc: Scan, gaps: _Gaps, mentions: list[Hit], cues: list[Hit], blocking: list[int]) -> None:
    """Peoples' adjectives that qualify an ethnocultural centre or association ("узбекского, уйгурского,
    азербайджанского и других этнокультурных центров", "Uzbek and Azerbaijani ethnocultural associations",
    "өзбек, әзербайжан этномәдени бірлестіктері"): the peoples living in the country, not their states. The
    adjectives may form a list with peoples that have no state of their own; only commas, conjunctions and
    words (no office, no event, no full stop) stand between them and the noun (Arabic script: the noun
    first)."""
    if not cues:
        return
    for h in mentions:
        if h.entry.via not in ("adjective", "ethnonym") or h.reading == "office":
            continue
        for c in cues:
            if c.sent != h.sent:
                continue
            a, b = (h.tend, c.tstart) if h.entry.script != "arabic" else (c.tend, h.tstart)
            words = gaps.words(a, b, _SOFT_BARRIER)
            if words is None or len(words) > ETHNOCULTURAL_WINDOW or _hit_between(blocking, a, b):
                continue
            h.reading, h.why = "ethnic", f"ethnocultural: {sc.surface(c)}"
            break


# A horse named like a city or a country ("Samarkand, a three-year-old colt", "the colt Samarkand", "жеребец
# Самарканд", "Самарқанд атты айғыр", "الحصان سمرقند", "اسب سمرقند"): the name in apposition to the animal's noun is the
# animal's, and so is every other mention of the same name in the text (one sense per discourse): no place, no state.
# A people's adjective after the noun names a breed ("اسب ترکمن", "Akhal-Teke"), read as it was.
_HORSE = ("colt|filly|mare|gelding|stallion|racehorse|horse|жеребец|жеребца|жеребцом|кобыла|кобылы|мерин|мерина|"
          "скакун|скакуна|айғыр|айғыры|бие|биесі|тұлпар|тұлпары|жүйрік|сәйгүлік|الحصان|حصان|الفرس|اسب")
_HORSE_BEFORE = re.compile(r"(?<!\w)(?:" + _HORSE + r")\s+$")
_HORSE_AFTER = re.compile(r"^\s*(?:,\s*(?:an?\s+)?(?:[\w-]+\s+){0,2}|(?:атты|есімді|деген)\s+(?:[\w-]+\s+)?)(?:"
                          + _HORSE + r")(?!\w)")


def _animals_named(sc: Scan, mentions: list[Hit]) -> None:
    """Names of horses (see :data:`_HORSE`) and every mention that repeats them are no place: suppressed."""
    norm = sc.norm
    names = {norm[h.start : h.end] for h in mentions
             if h.entry.via not in ("adjective", "ethnonym")  # ("اسب ترکمن", the Turkmen horse: a breed, a people's)
             and (_HORSE_BEFORE.search(norm, max(0, h.tstart - 20), h.tstart)
                  or _HORSE_AFTER.match(norm[h.tend : h.tend + 60]))}
    for h in mentions:
        if names and norm[h.start : h.end] in names and h.suppressed is None:
            h.reading, h.why = "private", "a horse so named"
            h.suppressed = "animal-name"


def _one_sense_per_discourse(sc: Scan, mentions: list[Hit]) -> None:
    """A people named as a people, its state never named: its other names in the text are the people too."""
    ethnic: dict[str, str] = {}
    for h in sc.gaz:
        if h.entry.kind == "trap" and h.entry.trap == "ethnic-minority":
            for c in h.entry.trap_countries:
                ethnic.setdefault(c, sc.surface(h))
    for h in mentions:
        if h.reading == "ethnic":
            ethnic.setdefault(h.entry.country, sc.surface(h))
    if not ethnic:
        return
    cultural = {h.entry.country for h in mentions if h.reading == "ethnic" and h.why.startswith("ethnocultural")}
    named = {
        h.entry.country for h in mentions
        if h.entry.via in ("name", "abbreviation", "capital", "adjective", "leader", "institution")
        and h.reading not in ("listed", "ethnic")
        and not (h.entry.kind == "trap")
        and not (h.entry.country in cultural and h.entry.via == "adjective" and h.reading != "office")
    }
    for h in mentions:
        c = h.entry.country
        # (a people's adjective, where that people's ethnocultural centre is the story: "представители
        # азербайджанского центра" are the centre's)
        people_word = h.entry.via == "ethnonym" or (c in cultural and h.entry.via == "adjective")
        if c in ethnic and c not in named and people_word and h.reading in ("ethnonym", "state", "name", "private"):
            h.reading, h.why = "ethnic", f"people, as '{ethnic[c]}'"
    for h in mentions:
        if h.reading == "ethnic" and h.suppressed is None:
            h.suppressed = "ethnic-group"
