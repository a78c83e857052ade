"""Multilingual gazetteer: countries, places, organisations and leaders in Arabic, Persian, Kazakh,
Russian and English, matched in one pass together with the diplomatic lexicon.

Why one automaton: classification, entity tagging and query expansion all need the same hits, and the
enrichment budget is about a millisecond per article. Every surface form (ours from ``data/*.yaml`` plus
pycountry's gettext catalogues for all other countries) is normalised with :func:`monitor.normalize.normalize`
and put in one pyahocorasick automaton; an article is normalised once, scanned once, and the hits are
checked for token boundaries (Arabic/Persian proclitics before, inflection after a *stem*), letter case
(``ҚР`` but not ``қр``; ``Turkey`` but not ``turkey``), article language (``دوشنبه`` is Dushanbe in
Arabic but "Monday" in Persian), then overlapping hits are resolved longest-first so that
"آذربایجان شرقی" (an Iranian province) swallows the "آذربایجان" inside it.
"""

from __future__ import annotations

import gettext
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from operator import itemgetter

import ahocorasick
import pycountry

from monitor import parties, state_bodies, variants
from monitor.lexicon import Surface, _load_yaml, lexicon, parse_surface
from monitor.normalize import Folding, fold, normalize, word_set
from monitor.tags import ENTITY_TAG_KIND, make_tag

# Evidence weight of a mention for its country, by how it names the country.
DEFAULT_WEIGHT = {
    "name": 1.0,
    "adjective": 0.9,
    "abbreviation": 0.9,
    "institution": 0.9,  # a parliament named by its own name: Jogorku Kenesh, Oliy Majlis, Mazhilis
    "ethnonym": 0.4,
    "leader": 1.0,
    "capital": 0.8,
    "city": 0.5,
    "province": 0.5,
    "region": 0.0,
}

NISBA_FACTOR = 0.6  # an Arabic-script nisba (المغربي, قزاقستانی) is also a family name: it weighs less

# Arabic/Persian clitics that may stand glued before a word (normalised: ك -> ک).
PROCLITICS = frozenset(
    normalize(p)
    for p in (
        "و ف ب ل ك ال وال فال بال كال لل ولل فلل وب ول وك فب فل وبال وكال فبال ولل".split()
    )
)
_PROCLITIC_ENDS = frozenset(p[-1] for p in PROCLITICS)  # the letter a proclitic leaves right before a word
# Persian writes its prepositions and "and" apart ("به ایران", "و ازبکستان"); only the old glued "بـ" ("بایران")
# joins a word. The Arabic clitics there are a word's own letters: کاوش (excavation) is no "like Osh".
PERSIAN_PROCLITICS = frozenset({normalize("ب")})
# Arabic/Persian endings a stem may take: nisba adjectives, plurals (Persian "‌هایی", plural and indefinite:
# "شرکت‌هایی از"), ta marbuta, pronouns, ezafe.
AR_SUFFIXES = frozenset(
    normalize(s)
    for s in (
        "ي ية يه يون يين يان ييان يا ها هاي هايي يها يهاي ىي يي ة ه ش شان مان تان ات يات يتان يتين ين ان هم هما "
        "كم نا اي ياي يش يمان ست"
    ).split()
)
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_PERSIAN_ONLY = re.compile("[\u067e\u0686\u0698\u06af]")  # پ چ ژ گ: letters Arabic words do not have
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _cyrillic_endings(russian_too: bool = True, plain_too: bool = True) -> re.Pattern[str]:
    """What may follow a Cyrillic name's stem in the same word: Russian case and adjective endings, and chains
    of Kazakh suffixes (plural, possessive, case, the -лық/-дағы derivations), also as typed without the Kazakh
    letters (Озбекстаннын, Казакстандагы).

    Why a grammar and not "any few letters": Central-Asian given names and surnames begin with country names
    (Данияр and Даниял with Дания, Ираклий with Ирак, Оманова with Оман, Кубат with Куба, Қырғызбаев), as do
    companies and towns (Туркменгаз, Түрікменабат); none of their tails is an inflection. The pattern is
    matched against the stem's last letter and the tail, because the Kazakh n-forms (-на, -нда, -ның after a
    possessive) only follow ы/і (Ұйымына, Штаттарында), and "Куба" + "н" is the Kuban, not Cuba."""
    ru_end = ("а|я|у|ю|е|и|ы|о|ой|ей|ом|ем|ам|ям|ах|ях|ами|ями|ов|ев|ий|ия|ию|ии|ией|ием|ого|его|ому|ему|ым|им|"
              "ых|их|ую|юю|ая|яя|ое|ее|ые|ие|ими|ыми")
    # Казахстан|а, иран|ские, казахстан|цы, азербайджан|ец, казах|стан|ка (a citizen), таджик|ско- (compounds)
    russian = f"(?:стан)?(?:(?:ск|цк|ц|станк|станц)(?:{ru_end})?|ец|{ru_end})|стан"
    plural = "лар|лер|дар|дер|тар|тер"
    # -лық: Қазақстандық, Иорданиялық; -дағы: Астанадағы (the one in Astana); -ша (in Kazakh) names the language
    derived = "лық|лік|дық|дік|тық|тік|дағы|дегі|тағы|тегі|шы|ші"
    possessive = "ымыз|іміз|ыңыз|іңіз|мыз|міз|ңыз|ңіз|ым|ім|ың|ің|сы|сі|ы|і|м|ң"
    case = ("ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|да|де|та|те|дан|ден|тан|тен|мен|бен|пен|"
            "дағы|дегі|тағы|тегі")
    after_possessive = "на|не|нда|нде|нан|нен|ның|нің|ны|ні|н|а|е|ндағы|ндегі|мен"
    kazakh = (f"(?:{derived})?(?:{plural})?(?:(?:{possessive})(?:{after_possessive}|{case})?|{case}"
              f"|(?<=[ыі])(?:{after_possessive}))?")
    plain = kazakh.translate(str.maketrans("әғқңөұүі", "агкноууи"))
    endings = ([russian] if russian_too else []) + [kazakh] + ([plain] if plain_too else [])
    return re.compile(f".(?:{'|'.join(endings)})")


# A Cyrillic name's stem and what follows it in its word: see :func:`_cyrillic_endings`.
CYRILLIC_INFLECTION = _cyrillic_endings()
# Russian copy inflects the Russian way, or writes a Kazakh ending with its Kazakh letters: a Kazakh ending typed
# without them ("Катар" + "ина") is no Kazakh word there but a given name, Катарина.
_RUSSIAN_COPY_INFLECTION = _cyrillic_endings(plain_too=False)
# A surname made of a place's name (Ташкентов): a city or a state has no genitive plural in the news, and a
# people's word written with Kazakh letters (Өзбек, Түрікмен) is Kazakh, which has no Russian genitive plural:
# "Өзбеков", "Түрікменов" are surnames (Kazakh letters: :data:`monitor.variants.KAZAKH_LETTERS`).
_SURNAME_ENDINGS = frozenset({"ов", "ев"})
# Endings no place's own name takes in Arabic script, after the adjective's or people's word they are plurals
# (الأوزبكيات, ایرانیان, تاجیک‌ها): "ات" makes مالیات (taxes) of Mali and المانات (the manats) of آلمان, "ان" and
# "ين" make بنيران (by fires) of Bonaire and پروان, پروین of Peru, the Persian plural "ها" makes قطره‌ای (drip, as
# in drip irrigation) of Qatar, and "ه" makes کویته (Quetta) of Kuwait.
_NAME_PLURALS = frozenset(normalize(s) for s in ("ات", "ان", "ين", "ین", "ها", "های", "هایی", "ه"))
_NAME_PLURAL_AT = normalize("ات")
_NISBA_END = frozenset(normalize(s) for s in ("ي", "ی"))  # a name ending so takes "ين" as its nisba's plural
_PLACE_NAME_VIAS = frozenset({"name", "capital", "city", "province"})
_NAME_JOINS = re.compile("[ -]")  # between the words of a place's name
# A name's nisba ends in ي (المجري, Hungarian); the same letters ending in ى are another word (المجرى, the course of a
# river, a channel), unless the copy writes every final ي as ى (the Egyptian hand: "فى", "الذى", "التى"), where the
# two are not told apart.
_ALIF_MAQSURA = "\u0649"
_FINAL_YA_AS_MAQSURA = re.compile(r"\b(?:فى|الذى|التى)\b")
_NAME_KINDS = frozenset({"country", "place", "organization", "person"})
# Words meaning "province" before a country name: "استان قرقیزستان" is a province, not the state.
PROVINCE_WORDS = frozenset(
    normalize(w)
    for w in ("استان", "استانهای", "استان‌های", "محافظة", "ولاية", "اقليم", "province", "провинция", "провинции")
)


@dataclass(frozen=True)
class Entry:
    """What one surface form stands for."""

    kind: str  # country | place | organization | person | trap | concept | context
    key: str  # canonical English name, or concept/context/trap id
    surface: Surface
    script: str  # arabic | cyrillic | latin
    via: str  # name | adjective | ethnonym | abbreviation | capital | city | province | leader | ...
    weight: float
    country: str | None = None
    qid: str | None = None
    role: str | None = None
    trap: str | None = None  # a place that is also a trap (Iran's Azerbaijan provinces)
    trap_countries: tuple[str, ...] = ()
    shadows: str | None = None  # a place whose presence makes this country's ambiguous bare name a region
    homograph: bool = False  # also a common word (Persian آستانه "threshold", دوشنبه "Monday"): context decides

    @property
    def tag(self) -> str | None:
        if self.kind == "concept":
            return make_tag("concept", self.key)
        kind = ENTITY_TAG_KIND.get(self.kind)
        return make_tag(kind, self.key) if kind else None


@dataclass(unsafe_hash=True, slots=True)
class Mention:
    """A gazetteer hit in the ORIGINAL text. Read-only by convention, hashed and compared by value.

    Not ``frozen``: a frozen dataclass sets each field through ``object.__setattr__``, five times the cost of a
    plain one, and an article makes some thirty of these on every enrichment."""

    kind: str
    canonical: str
    start: int
    end: int
    surface: str
    country: str | None
    qid: str | None
    via: str
    role: str | None = None
    weight: float = 1.0


@dataclass(slots=True)
class Hit:
    """A checked match: normalised span, token span, original span, and what it stands for."""

    start: int
    end: int
    tstart: int
    tend: int
    ostart: int
    oend: int
    entry: Entry
    suppressed: str | None = None  # trap id when a rule decided this is not the state
    sent: int = -1  # sentence and paragraph numbers, filled by Scan.locate()
    para: int = -1
    reading: str = ""  # in which capacity a country is named (monitor.parties): state, name, ethnic ...
    why: str = ""  # the word beside it that decided the reading


@dataclass
class Scan:
    """One article folded and scanned: what relevance, entity tagging and the people finder all read.

    Made once per article by :func:`monitor.enrich.enrich` and passed to each step as an argument."""

    folding: Folding
    lang: str | None
    gaz: list[Hit]
    lex: list[Hit]
    tail_start: int = -1  # where a "related news" tail begins (normalised offset); -1: no tail
    _located: bool = field(default=False, repr=False)
    _ends: list[int] | None = field(default=None, repr=False)
    # the folding's, copied as plain attributes (not properties): every step reads them in its loops
    text: str = field(init=False, repr=False)
    norm: str = field(init=False, repr=False)
    offsets: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.text, self.norm, self.offsets = self.folding.text, self.folding.norm, self.folding.offsets

    def surface(self, hit: Hit) -> str:
        return self.text[hit.ostart : hit.oend]

    def in_tail(self, hit: Hit) -> bool:
        """The hit is in the "related news" tail: other stories' headlines, not this article."""
        return 0 <= self.tail_start <= hit.start

    @property
    def ends(self) -> list[int]:
        """The end offsets of the article's sentences (:func:`sentence_ends`), found once per scan: the hits'
        numbering and the rules that read a sentence's words all count by them. Read only."""
        if self._ends is None:
            self._ends = sentence_ends(self.norm, self.text, self.offsets)
        return self._ends

    @property
    def title_end(self) -> int:
        i = self.norm.find("\n")
        return len(self.norm) if i < 0 else i

    def locate(self) -> None:
        """Number the sentence and paragraph of every hit: how many breaks end at or before it (a bisection
        in C per hit, instead of a walk in Python)."""
        if self._located:
            return
        norm = self.norm
        sentences = self.ends
        # every line break is a sentence break (and each of those breaks is one character): no second search
        paragraphs = [end for end in sentences if norm[end - 1] == "\n"]
        at = bisect_right
        for hits in (self.gaz, self.lex):
            for h in hits:
                start = h.start
                h.sent = at(sentences, start)
                h.para = at(paragraphs, start)
        self._located = True


# A stop before a space, a quote or the end, or a line break. Written as one character class first (the line
# break then tells itself by looking back), so the regex engine skips ahead to candidates instead of trying
# both alternatives at every character: half the time of "[.!?;۔](?=\s|$|[\"'])|\n", the same breaks.
_SENTENCE_BREAK = re.compile(r"[.!?;۔\n](?:(?<=\n)|(?=\s|$|[\"']))")
SENTENCE_BREAK = _SENTENCE_BREAK  # (the breaks of Scan.locate but for initials: count by Scan.ends instead)


def sentence_ends(norm: str, text: str = "", offsets: list[int] | None = None) -> list[int]:
    """The end offsets of :data:`SENTENCE_BREAK`'s matches in ``norm``, in order, less (given the original ``text``
    and its ``offsets``) the stops of initials (see :func:`_initial`).

    Why not the regex: its character class is tried at every character of the text, where ``str.find`` runs over
    it in C for each break character and only the stops it finds are checked here (half the time)."""
    out: list[int] = []
    find = norm.find
    n = len(norm)
    i = find("\n")
    while i >= 0:
        i += 1
        out.append(i)
        i = find("\n", i)
    for stop in ".!?;\u06d4":
        i = find(stop)
        while i >= 0:
            i += 1
            if (i == n or norm[i].isspace() or norm[i] in "\"'") and not (  # (\s, $ or a quote after it)
                    stop == "." and offsets and _initial(norm, text, offsets, i - 1)):
                out.append(i)
            i = find(stop, i)
    out.sort()
    return out


def _initial(norm: str, text: str, offsets: list[int], at: int) -> bool:
    """The stop at ``at`` ends an initial before a surname ("Н. Садырбеков", "Д. Есімқұлов", "A. Smith"): one capital
    letter standing as a word, a space, and a capitalised word. Copy names officials so, the office before ("deputy
    chairman of the service N. Surname and ... signed"): a sentence break there cuts the office off its contact.
    Arabic and Persian have no capitals, so no initials read here."""
    if at < 1 or not norm[at - 1].isalpha() or (at >= 2 and norm[at - 2].isalnum()) or at + 2 >= len(norm):
        return False
    if norm[at + 1] != " " or not norm[at + 2].isalpha():
        return False
    return text[offsets[at - 1]].isupper() and text[offsets[at + 2]].isupper()


def _script(text: str) -> str:
    if _ARABIC.search(text):
        return "arabic"
    if _CYRILLIC.search(text):
        return "cyrillic"
    return "latin"


def _entry(kind: str, key: str, spec: str, via: str, **kw) -> Entry:
    s = parse_surface(spec)
    weight = s.weight if s.weight is not None else kw.pop("default_weight", DEFAULT_WEIGHT.get(via, 0.0))
    kw.pop("default_weight", None)
    return Entry(kind, key, s, _script(s.text), via, weight, **kw)


# ----------------------------------------------------------------------------------------- building


def _pycountry_names() -> Iterable[tuple[str, str, str, str | None]]:
    """(iso, canonical, surface, lang) for every ISO 3166 country, from pycountry's catalogues.

    A catalogue name written inverted ("Korea, Democratic People's Republic of", "کره، جمهوری دموکراتیک
    خلق") is yielded whole; :func:`_clean` decides whether its head alone may stand for the country."""
    catalogues = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in ("ar", "fa", "kk", "ru")
    }
    for c in pycountry.countries:
        canonical = getattr(c, "common_name", None) or c.name.split(",")[0].split("(")[0].strip()
        english = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)]
        for name in filter(None, english):
            yield c.alpha_2, canonical, name, None
            for lang, cat in catalogues.items():
                translated = cat.gettext(name)
                if translated != name:
                    yield c.alpha_2, canonical, translated, lang


@cache
def _ambiguous_heads() -> frozenset[str]:
    """English heads of inverted ISO names shared by several countries ("Korea", "Congo", "Virgin Islands"):
    their translations cut at the comma would name one country with a word that names two, or a word
    ("کره": Korea, but also butter, a sphere, and the Arabic "كرة", ball) that is no name at all."""
    owners: dict[str, set[str]] = defaultdict(set)
    for c in pycountry.countries:
        if "," in c.name:
            owners[c.name.split(",")[0].strip()].add(c.alpha_2)
    return frozenset(head for head, isos in owners.items() if len(isos) > 1)


_RU_ENDINGS = {"ия": ("ии", "ию", "ией"), "а": ("ы", "е", "у", "ой"), "я": ("и", "е", "ю", "ей"),
               # Китай: Китая, Китаю, Китаем, Китае; Маврикий: Маврикия ... (names in -ей, such as the city
               # Семей, are left as they were: a resettlers' story in the feed-day set reads "поселились в Семее"
               # beside their origins as a second party, a weakness not yet fixed)
               "ий": ("ия", "ию", "ием", "ии"), "ай": ("ая", "аю", "аем", "ае")}
_RU_VOWELS = frozenset("аеёиоуыэюя")


def _russian_cases(e: Entry) -> list[str]:
    """Oblique cases of a capitalised one-word Russian name in -а/-я (Канада: Канады, Канаде ...; Расулзода:
    Расулзоды, Расулзодой) or in -й (Китай: Китая, Китаю ...), which a stem cannot reach because the final
    letter changes."""
    text = e.surface.text
    if e.script != "cyrillic" or e.surface.case != 1 or " " in text or len(text) < 4 or e.kind not in (
        "country", "place", "person"
    ):
        return []
    for ending, forms in _RU_ENDINGS.items():
        if text.endswith(ending):
            base = text[: -len(ending)]
            if base[-1:].lower() in _RU_VOWELS:  # Самоа, Никарагуа do not decline ("Самое" is "the most")
                return []
            return [base + f for f in forms]
    return []


def _clean(name: str, english: str | None = None) -> str | None:
    """The name without qualifiers, or None when only a fragment would be left.

    "Iran, Islamic Republic of" -> "Iran"; but a head shared by two countries ("Korea", "Congo") is no name
    of either, in English or in any catalogue's translation of it."""
    name = re.sub(r"\(.*?\)", "", name)
    parts = re.split(r"[,،]", name)
    if len(parts) > 1 and english is not None and english.split(",")[0].strip() in _ambiguous_heads():
        return None
    return " ".join(parts[0].split())


@cache
def _entries() -> tuple[dict[str, list[Entry]], frozenset[str]]:
    data = _load_yaml("gazetteer.yaml")
    by_key: dict[str, list[Entry]] = defaultdict(list)

    def add(e: Entry) -> None:
        key = e.surface.key.strip()
        if len(key) >= 2:
            by_key[key].append(e)
        for form in _russian_cases(e):
            by_key[normalize(form)].append(replace(e, surface=replace(e.surface, text=form, stem=False)))

    canonical_by_iso: dict[str, str] = {}
    qid_by_country: dict[str, str | None] = {}
    for c in data["countries"]:
        canonical_by_iso[c["iso"]] = c["canonical"]
        qid_by_country[c["canonical"]] = c.get("qid")
        for via in ("name", "adjective", "ethnonym", "abbreviation", "institution"):
            for spec in c.get(via) or ():
                add(_entry("country", c["canonical"], spec, via, country=c["canonical"], qid=c.get("qid")))
                sf = parse_surface(spec)
                for form in variants.russian_noun_phrase_cases(sf.text):  # "Республики Корея"
                    if normalize(form) not in by_key:
                        add(_entry("country", c["canonical"], form + ("*" if sf.stem else ""), via,
                                   country=c["canonical"], qid=c.get("qid")))
    # spellings nobody listed, derived from the listed names of the countries marked `variants`
    listed = set(by_key)
    for c in data["countries"]:
        if not c.get("variants"):
            continue
        for spec in c.get("name") or ():
            for form in _variant_forms(parse_surface(spec)):
                if normalize(form.text) not in listed:
                    add(Entry("country", c["canonical"], form, _script(form.text), "name", DEFAULT_WEIGHT["name"],
                              country=c["canonical"], qid=c.get("qid")))

    # pycountry: every other country, and more spellings of ours; ambiguous forms (Korea, Congo) dropped.
    ours = set(by_key)
    owners: dict[str, set[str]] = defaultdict(set)
    found: dict[str, tuple[str, str]] = {}
    for iso, canonical, name, _lang in _pycountry_names():
        if "(" in name:  # "Корея (Солтүстік)": without its qualifier the name would be wrong
            continue
        cut = _clean(name, pycountry.countries.get(alpha_2=iso).name)
        if cut is None:
            continue
        name = cut
        key = normalize(name)
        if len(key) < 3 or any(ch.isdigit() for ch in key) or key in ours:
            continue
        owners[key].add(iso)
        found[key] = (canonical_by_iso.get(iso, canonical), name)
    for key, (canonical, name) in found.items():
        if len(owners[key]) > 1:
            continue
        stem = "*" if _script(name) != "latin" else ""
        add(_entry("country", canonical, name + stem, "name", country=canonical, qid=qid_by_country.get(canonical)))

    derived = {c["canonical"] for c in data["countries"] if c.get("variants")}
    for p in data["places"]:
        for spec in p["s"]:
            add(
                _entry(
                    "place", p["c"], spec, p["via"], country=p.get("country"), qid=p.get("qid"), trap=p.get("trap"),
                    shadows=p.get("shadows"),
                )
            )
            if p.get("country") in derived:  # "Алматинская область", "ташкентский", "бакинский"
                for form in variants.russian_adjectives(parse_surface(spec).text):
                    if normalize(form) not in by_key:
                        add(_entry("place", p["c"], form + "*", p["via"], country=p.get("country"), qid=p.get("qid")))
    for h in data.get("homographs") or ():
        for spec in h["s"]:
            add(_entry("place", h["c"], spec, h["via"], country=h["country"], homograph=True))
    # yaml-listed Russian case forms (e.g. "Республики Казахстан*") may repeat derived ones: keep one
    # Arabic adjectives written without the article ("صندوق سعودي", "شركة إماراتية"): the nisba of a name
    for c in data["countries"]:
        for spec in c.get("name") or ():
            for form in variants.arabic_nisba(parse_surface(spec).text):
                if normalize(form) not in by_key:
                    add(_entry("country", c["canonical"], form + "*", "adjective", country=c["canonical"],
                               qid=c.get("qid"), default_weight=DEFAULT_WEIGHT["adjective"] * NISBA_FACTOR))
    for o in data["organizations"]:
        for spec in o["s"]:
            add(_entry("organization", o["c"], spec, "organization", qid=o.get("qid"), default_weight=0.0))
            sf = parse_surface(spec)
            forms = variants.russian_head_cases(sf.text.rstrip("*"))  # "Организации экономического ..."
            forms += variants.russian_adjective_head_cases(sf.text.rstrip("*"))  # "Всемирной организации ..."
            for form in forms:
                if normalize(form) not in by_key:
                    add(_entry("organization", o["c"], form + ("*" if sf.stem else ""), "organization",
                               qid=o.get("qid"), default_weight=0.0))
    for person in data["leaders"]:
        for spec in person["s"]:
            sf = parse_surface(spec)
            for form in [spec, *(f + ("*" if sf.stem else "") for f in variants.russian_name_cases(sf.text))]:
                if form != spec and normalize(form.rstrip("*")) in by_key:
                    continue
                add(
                    _entry(
                        "person", person["c"], form, "leader",
                        country=person.get("country"), qid=person.get("qid"), role=person.get("role"),
                    )
                )

    lex = lexicon()
    for concept in lex.concepts.values():
        for s in _with_li(concept.surfaces):
            w = s.weight if s.weight is not None else concept.weight
            add(Entry("concept", concept.id, s, _script(s.text), "concept", w))
    for cid, surfaces in lex.contexts.items():
        for s in _with_li(surfaces):
            add(Entry("context", cid, s, _script(s.text), "context", 1.0))
    for tid, (countries, surfaces) in lex.traps.items():
        for s in _with_li(surfaces):
            add(Entry("trap", tid, s, _script(s.text), "trap", 0.0, trap=tid, trap_countries=countries))
    for cid, surfaces in lex.cues.items():
        for s in _with_li(surfaces):
            add(Entry("cue", cid, s, _script(s.text), "cue", 0.0))
    for s in lex.tail:
        add(Entry("tail", "tail", s, _script(s.text), "tail", 0.0))

    # Language-restricted and case-restricted forms first: the most specific reading wins.
    for entries in by_key.values():
        entries.sort(key=lambda e: (e.surface.lang is None, e.surface.case == 0))
    block = word_set(data.get("block") or ())
    return dict(by_key), block


def _with_li(surfaces: Iterable[Surface]) -> list[Surface]:
    """The lexicon's surfaces, and for each Arabic term that begins with the article its form after the
    preposition li- ("للخدمات القنصلية", for the consular services; "للقاء", for the meeting).

    Why: li- before the article drops the article's alif (ل + ال is written لل, and ل + الل is written لل), so the
    term's own letters do not occur in the text and no proclitic can stand before them."""
    out: list[Surface] = []
    for s in surfaces:
        out.append(s)
        t = s.text
        if s.lang != "fa" and len(t) > 3 and t.startswith("ال") and _script(t) == "arabic":
            out.append(replace(s, text="ل" + (t[2:] if t[2] == "ل" else t[1:])))
    return out


def _variant_forms(surface: Surface) -> list[Surface]:
    """Surfaces for the spelling variants of one written name (see :mod:`monitor.variants`)."""
    text = surface.text
    script = _script(text)
    if script == "arabic":
        forms = variants.arabic_script(text)
    elif script == "cyrillic":
        forms = variants.cyrillic(text)
    else:
        forms = variants.latin(text)
    return [replace(surface, text=f) for f in sorted(forms)]


@dataclass(frozen=True)
class Homonym:
    """A city written like a country (see ``homonyms`` in data/gazetteer.yaml)."""

    key: str
    country: str
    place: Entry
    mark: str
    place_cues: tuple[str, ...]
    country_cues: tuple[str, ...]


@cache
def _homograph_context() -> dict[str, tuple[frozenset[str], frozenset[str], bool]]:
    """Words before and after a place name that is also a common word, which make it the place; with
    ``alone`` a word before is enough."""
    data = _load_yaml("gazetteer.yaml")
    return {
        h["c"]: (
            word_set(h.get("before") or ()),
            word_set(h.get("after") or ()),
            bool(h.get("alone")),
        )
        for h in data.get("homographs") or ()
    }


@cache
def _name_rules() -> tuple[tuple[Homonym, ...], frozenset[str]]:
    """City/country homonyms and the country names that are also English given names."""
    data = _load_yaml("gazetteer.yaml")
    homonyms = []
    for h in data.get("homonyms") or ():
        surface = parse_surface(h["surface"])
        place = Entry("place", h["place"], surface, _script(surface.text), h.get("via", "city"),
                      DEFAULT_WEIGHT.get(h.get("via", "city"), 0.5), country=h["place_country"])
        homonyms.append(Homonym(surface.key, h["country"], place, h.get("mark", ""),
                                tuple(normalize(c) for c in h.get("place_cues") or ()),
                                tuple(normalize(c) for c in h.get("country_cues") or ())))
    return tuple(homonyms), frozenset(data.get("personal_names") or ())


@cache
def _automaton() -> ahocorasick.Automaton:
    """One automaton over every surface key. Its value for a key holds what :func:`_matches` checks a match
    against, worked out here once (see :data:`_Key`): a 2 KB article meets about 130 matches and most pass,
    so the per-match work is what a scan costs."""
    by_key, block = _entries()
    automaton = ahocorasick.Automaton()
    for char in _NO_KEY_BEGINS:  # first in the root's list: see _trie_order
        automaton.add_word(char + _NEVER_FOLDED, None)
    for key in sorted(by_key, key=_trie_order(by_key)):
        entries = by_key[key]
        forms = tuple(_form(e, len(key)) for e in entries)
        blockable = any(key in b for b in block)  # a blocked token contains the key: no other key needs the look-up
        e, form_lang, _, _, _, _, _, case, _, guard, to_gaz = forms[0]
        plain = (e, to_gaz) if form_lang is None and not case and not guard and not blockable else None
        value: _Key = (
            len(key), entries[0].script == "arabic", _PERSIAN_ONLY.search(key) is not None, blockable, forms, plain
        )
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton


# Characters no key begins with that every text is full of: a space and a line break. A letter no folded text has
# (folding lowercases every letter): a key ending in it never matches.
_NO_KEY_BEGINS = (" ", "\n")
_NEVER_FOLDED = "A"


def _trie_order(keys: Iterable[str]) -> Callable[[str], list[int]]:
    """The order to add keys in: by their letters, the letters commonest in the keys first.

    Why: pyahocorasick finds a node's child by a linear search of the children in the order they were added, and
    in running text most characters are looked up at the root (after a mismatch), which has a child for each of
    some hundred first letters. Added in this order, every node lists its commonest letters first; a space or a
    line break, which begins no key, would be a search of every child and is given a key of its own that never
    matches (see :data:`_NO_KEY_BEGINS`), found at once. The keys and their values are the same in any order,
    and so are the matches: the automaton runs over a text in 15-20 % less time."""
    rank = {c: i for i, (c, _) in enumerate(Counter(c for key in keys for c in key).most_common())}
    return lambda key: [rank[c] for c in key]


# ----------------------------------------------------------------------------------------- scanning

# A checked match before it is kept: start, end, token start, token end, original start and end, entry.
_Span = tuple[int, int, int, int, int, int, Entry]
_GAZ_KINDS = frozenset({"country", "place", "organization", "person", "trap"})
_LEX_KINDS = frozenset({"concept", "context", "trap", "cue", "tail"})
# One entry of a key with the facts its checks read, as a flat tuple (unpacked in one step, no attribute look-ups):
# entry, language, stem, script, longest non-Arabic suffix, a Cyrillic name (its tail must be an inflection: see
# :data:`CYRILLIC_INFLECTION`), takes the tanween alif (a lexicon word), case,
# written form, guard (the letters the matched text must not have: ة where the form has ه or ۀ, ؤ where a person's
# name has و; see :func:`_matches`), goes to the gazetteer list.
_Form = tuple[Entry, "str | None", bool, str, int, bool, bool, int, str, str, bool]
# A key: its length, Arabic script (a proclitic may stand before it), has a letter Arabic words never have
# (پ چ ژ گ), is inside a blocked word, its forms (language- and case-restricted ones first), and (entry, goes to
# the gazetteer list) when its first form checks nothing but the token's bounds: a whole-token match is that form.
_Key = tuple[int, bool, bool, bool, tuple[_Form, ...], "tuple[Entry, bool] | None"]


def _form(e: Entry, length: int) -> _Form:
    sf = e.surface
    lexical = e.kind in _LEX_KINDS
    limit = (7 if length >= 5 or lexical else 3) if e.script == "cyrillic" else 3
    guard = "\u0629" if "\u0629" not in sf.text and ("\u0647" in sf.text or "\u06c0" in sf.text) else ""
    if e.kind == "person" and e.script == "arabic" and "\u0648" in sf.text and "\u0624" not in sf.text:
        guard += "\u0624"  # a person's name written with و: the text's ؤ makes another word
    inflected = e.script == "cyrillic" and e.kind in _NAME_KINDS
    return (e, sf.lang, sf.stem, e.script, limit, inflected, lexical, sf.case, sf.text, guard, e.kind in _GAZ_KINDS)


def _matches(folding: Folding, lang: str | None, ignore_case: bool) -> tuple[list[_Span], list[_Span]]:
    """Check every automaton match: token boundaries, proclitics, suffixes, case, language, block list.

    Returns the gazetteer and the lexicon matches as :data:`_Span` tuples: about one match in five overlaps a
    longer one and is dropped by :func:`_resolve`, so only the kept ones are made into objects. One loop for
    the whole text (no call per match) over the facts :func:`_automaton` stored with each key."""
    text, norm, offsets = folding.text, folding.norm, folding.offsets
    block = _entries()[1]
    n = len(norm)
    any_lang = lang == "*"
    lang2 = (lang or "")[:2]
    gaz: list[_Span] = []
    lex: list[_Span] = []
    token_end = _TOKEN_END.match
    for last, (length, arabic, persian_only, blockable, forms, plain) in _automaton().iter(norm):
        end = last + 1
        start = end - length
        # left boundary: token start, or after an Arabic-script proclitic
        tstart = start
        if start > 0 and norm[start - 1].isalnum():
            if not arabic or norm[start - 1] not in _PROCLITIC_ENDS:  # (most matches inside a word end here)
                continue
            while tstart > 0 and norm[tstart - 1].isalnum() and start - tstart <= 4:
                tstart -= 1
            if (tstart > 0 and norm[tstart - 1].isalnum()) or norm[tstart:start] not in (
                    PERSIAN_PROCLITICS if lang2 == "fa" else PROCLITICS):
                continue
            if persian_only and "ال" in norm[tstart:start]:
                continue  # the Arabic article never joins a word with پ چ ژ گ: الچین is the name Elchin, not China
        tend = end
        if end < n and norm[end].isalnum():
            tend = token_end(norm, end).end()
            suffix = norm[end:tend]
        elif plain is not None:  # a whole token, and a form that asks for nothing more (most matches)
            e, to_gaz = plain
            (gaz if to_gaz else lex).append((start, end, tstart, end, offsets[start], offsets[end - 1] + 1, e))
            continue
        else:
            suffix = ""
        ostart = oend = -1
        first_script = ""  # the script of the first form that passes, which decides the marbuta check
        for e, form_lang, stem, script, limit, inflected, lexical, case, written, guard, to_gaz in forms:
            if form_lang is not None and not any_lang and lang2 != form_lang:
                continue
            if suffix:
                if not stem:
                    continue
                if script == "arabic":
                    # the accusative tanween alif of a noun ("اجتماعاً", "وفداً") follows words, not names
                    if suffix not in AR_SUFFIXES and not (
                        suffix == "\u0627" and lexical and lang == "ar" and not _compound(norm, tstart, tend)
                    ):
                        continue
                    if e.via in _PLACE_NAME_VIAS and ((suffix in _NAME_PLURALS and not (
                            suffix != _NAME_PLURAL_AT and norm[end - 1] in _NISBA_END)) or (
                            lang2 == "ar" and "\u0626" in text[offsets[end]:offsets[tend - 1] + 1])):
                        continue  # a plural, or Arabic's hamza-seat adjective (الغنائي, lyrical: no Ghana)
                    if e.via in _PLACE_NAME_VIAS and tend - end == 1 and text[offsets[end]] == _ALIF_MAQSURA and (
                            not _FINAL_YA_AS_MAQSURA.search(text)):
                        continue  # المجرى (the course, a channel) is no Hungary: the nisba ends in ي
                elif len(suffix) > limit or (script == "cyrillic" and not _CYRILLIC.match(suffix)):
                    continue
                elif inflected and not (_RUSSIAN_COPY_INFLECTION if lang2 == "ru" else CYRILLIC_INFLECTION).fullmatch(
                        norm, end - 1, tend):
                    continue  # Данияр is a name, not Denmark
                elif inflected and suffix in _SURNAME_ENDINGS and (
                        e.via in _PLACE_NAME_VIAS or not variants.KAZAKH_LETTERS.isdisjoint(written.lower())):
                    continue
            if ostart < 0:
                ostart, oend = offsets[start], offsets[end - 1] + 1
                first_script = script
            if guard and first_script == "arabic" and any(ch in text[ostart:oend] for ch in guard):
                # folding merges ة and ه for search; the Arabic "كرة" (ball) is not the Persian "کره"; and ؤ and و:
                # مؤدي (leading to, a performer) and the Persian مؤدی (a payer) are no مودي (Modi)
                continue
            if case and not ignore_case:
                if case == 2:
                    if text[ostart:oend] != written:
                        continue
                else:
                    first = text[ostart]
                    if first.isalpha() and not first.isupper():
                        continue
            if blockable and norm[tstart:tend] in block:
                break
            (gaz if to_gaz else lex).append((start, end, tstart, tend, ostart, oend, e))
            break
    return gaz, lex


_TOKEN_END = re.compile(r"[^\W_]*")
_HYPHENS = frozenset("-\u2010\u2011")


def _compound(norm: str, tstart: int, tend: int) -> bool:
    """Whether the token is one part of a hyphenated compound ("كاسا-الشمال", a project's name).

    Why: the accusative tanween alif ("اجتماعاً") ends a noun in running text; a word that ends in alif and is
    joined by a hyphen to the next or the last word is a name whose letters only begin like a lexicon word
    (the cup, كأس, inside CASA)."""
    after = tend + 1 < len(norm) and norm[tend] in _HYPHENS and norm[tend + 1].isalnum()
    before = tstart > 1 and norm[tstart - 1] in _HYPHENS and norm[tstart - 2].isalnum()
    return after or before


def _resolve(hits: list[_Span]) -> list[Hit]:
    """Keep the longest of overlapping hits (then the earliest); return them in text order.

    Why by clusters: the greedy choice within a run of hits that overlap one another (directly or through
    others) never depends on hits outside it, and most hits overlap nothing: those are kept as they are,
    the few runs are resolved alone."""
    hits.sort(key=_start)  # ties (one start, two ends) overlap: they fall in one run whatever their order
    kept: list[Hit] = []
    i, size = 0, len(hits)
    while i < size:
        h = hits[i]
        reach = h[1]
        j = i + 1
        while j < size and hits[j][0] < reach:
            if hits[j][1] > reach:
                reach = hits[j][1]
            j += 1
        if j == i + 1:
            kept.append(Hit(*h))
        elif j == i + 2:  # two that overlap (the commonest run): the longer, or the earlier (as _longest_first)
            g = hits[i + 1]
            longer = g[1] - g[0] - (h[1] - h[0])
            kept.append(Hit(*(g if longer > 0 or (longer == 0 and g[0] < h[0]) else h)))
        else:
            run = sorted(hits[i:j], key=_longest_first)
            chosen = [run[0]]
            for c in run[1:]:
                for k in chosen:
                    if c[0] < k[1] and k[0] < c[1]:
                        break
                else:
                    chosen.append(c)
            chosen.sort()
            for c in chosen:
                kept.append(Hit(*c))
        i = j
    return kept


_start = itemgetter(0)


def _longest_first(h: _Span) -> tuple[int, int]:
    return h[0] - h[1], h[0]


def _is_strong(concept_id: str) -> bool:
    c = lexicon().concepts.get(concept_id)
    return bool(c and c.strong)


def _previous_token(norm: str, pos: int) -> str:
    i = pos
    while i > 0 and not norm[i - 1].isalnum():
        if norm[i - 1] == "\n":
            return ""
        i -= 1
    j = i
    while j > 0 and norm[j - 1].isalnum():
        j -= 1
    return norm[j:i]


def scan(folding: Folding, lang: str | None = None, ignore_case: bool = False) -> Scan:
    """Find every gazetteer and lexicon hit in a folded text (``lang`` "*" accepts every language's forms)."""
    text, norm, offsets = folding.text, folding.norm, folding.offsets
    found_gaz, found_lex = _matches(folding, lang, ignore_case)
    gaz = _resolve(found_gaz)
    lex = _resolve(found_lex)
    orgs = [h for h in gaz if h.entry.kind == "organization"]
    if orgs:  # "cooperation" inside "Shanghai Cooperation Organisation" is a name, not an event
        lex = [h for h in lex if not any(o.start <= h.start and h.end <= o.end for o in orgs)]
    # a state's office word inside a place's name of two words (Нур-Султан, نور سلطان: the capital's former name)
    # is a name, no sultan
    named = [h for h in gaz if h.entry.kind == "place" and _NAME_JOINS.search(norm, h.start, h.end)]
    if named:
        lex = [h for h in lex if not (h.entry.kind == "cue" and h.entry.key in ("state", "state_weak") and any(
            p.start <= h.start and h.end <= p.tend and (h.start, h.end) != (p.start, p.end) for p in named))]
    if any(w in norm for w in PROVINCE_WORDS):  # (a word before a name is in the text: most texts have none)
        for h in gaz:
            if h.entry.kind == "country" and h.entry.via == "name":
                if _previous_token(norm, h.tstart) in PROVINCE_WORDS:
                    h.suppressed = "province-named-like-country"
    if "/" in norm:
        _agency_tags(norm, gaz)
    # Persian «آذربایجان» alone is as often Iran's north-west as the state: with Tabriz or Urmia in the text
    # and no unambiguous name of the state, it is the region.
    shadowed = {h.entry.shadows for h in gaz if h.entry.shadows}
    if shadowed:
        shadowed -= {h.entry.country for h in gaz if h.entry.weight >= 0.8 and not h.entry.shadows}
        # ...but "سفیر آذربایجان": a region has no ambassador, consul or embassy
        titled = {lx.end for lx in lex if lx.entry.kind == "concept" and _is_strong(lx.entry.key)}
        for h in gaz:
            e = h.entry
            if e.kind == "country" and e.country in shadowed and e.weight < 1.0 and h.suppressed is None:
                if not any(h.tstart - gap in titled for gap in (1, 2)):
                    h.suppressed = "region-named-like-country"
    if any(h.entry.homograph for h in gaz):
        gaz = _homographs(norm, gaz)
    homonyms, personal = _name_rules()
    if homonyms:
        _resolve_homonyms(text, norm, gaz, homonyms)
    if "\u0627\u0644" in norm:  # "ال": Arabic nisba family names
        _nisba_surnames(text, norm, offsets, gaz, lex)
    if personal:
        _personal_names(text, gaz, lex, personal)
    given = _given_names()
    if given:
        _given_name_places(text, norm, gaz, given)
    family = _family_names()
    if family:
        _family_name_places(text, norm, gaz, lex, family)
    if any(h.entry.kind == "person" for h in gaz):
        _other_bearers(text, norm, offsets, gaz, lex)
    gaz = state_bodies.compounds(text, norm, offsets, gaz)  # "Узстандарт": a state's body by its short name
    gaz = state_bodies.akims(text, norm, offsets, lang, gaz)  # "облыс әкімі": Kazakh copy's home's office
    lex = state_bodies.add(text, norm, offsets, lang, gaz, lex)  # state bodies read by their grammar
    gaz = state_bodies.repeats(text, norm, offsets, lang, gaz)  # such a body named again alone: its state's
    sc = Scan(folding, lang, gaz, lex, _tail_start(norm, lex))
    sc.locate()
    parties.read(sc)
    return sc


_SLASH_BEFORE = re.compile(r"/[ \t]*$")
_SLASH_AFTER = re.compile(r"[ \t]*/")


def _agency_tags(norm: str, gaz: list[Hit]) -> None:
    """A word alone between slashes in a dateline is a news agency's tag ("باكو في 16 يونيو /قنا/", QNA;
    "/واس/", "/وام/", "/كونا/", "/بنا/", "/ТАСС/"), not a place that happens to be spelled like it (قنا is
    also Qena, an Egyptian governorate)."""
    for h in gaz:
        if h.entry.kind in ("place", "country") and _SLASH_BEFORE.search(norm, max(0, h.tstart - 3), h.tstart) \
                and _SLASH_AFTER.match(norm, h.tend):
            h.suppressed, h.why = "agency-tag", "between slashes"


_PUNCT_AFTER = re.compile(r"\s*(?:[,;.:!?]|$)", re.M)


def _homographs(norm: str, gaz: list[Hit]) -> list[Hit]:
    """Persian آستانه is Astana and دوشنبه is Dushanbe only where the text names the country and the word
    stands as a place: after به/در/از/شهر/پایتخت and before a verb of travel, پایتخت or a stop
    ("سفر به آستانه؛", "به آستانه پایتخت قزاقستان"), not "در آستانه فصل" (on the eve of) or "روز دوشنبه"."""
    named = {h.entry.country for h in gaz if not h.entry.homograph and h.suppressed is None and h.entry.country}
    context = _homograph_context()
    kept = []
    for h in gaz:
        if h.entry.homograph:
            before, after, alone = context.get(h.entry.key, (frozenset(), frozenset(), False))
            prev = _previous_token(norm, h.tstart)
            m = _NEXT_TOKEN.match(norm, h.tend)
            nxt = m.group(1) if m else ""
            stop = _PUNCT_AFTER.match(norm, h.tend) is not None
            placed = prev in _PLACE_BEFORE or nxt == "پایتخت" or (prev in before and (alone or stop or nxt in after))
            if h.entry.country not in named or not placed:
                continue
        kept.append(h)
    return kept


_PLACE_BEFORE = frozenset({"شهر", "پایتخت", "وارد", "عازم"})  # "city of", "capital", "arrived in", "headed to"
_NEXT_TOKEN = re.compile(r"[ \t]+([^\W_]+)")
_BULLETS = re.compile(r"^[\s\-*•·>»|\d.)]*$")


def _tail_start(norm: str, lex: list[Hit]) -> int:
    """Where the "related news" tail begins: a marker line ("Читайте также:", "اقرأ أيضاً", "Related news")
    after the title, alone on its line or followed by a colon or a dash; -1 when there is none."""
    for h in lex:
        if h.entry.kind != "tail":
            continue
        line = norm.rfind("\n", 0, h.start) + 1
        if line == 0 or not _BULLETS.match(norm[line : h.start]):
            continue
        end = norm.find("\n", h.end)
        rest = norm[h.end : len(norm) if end < 0 else end].strip()
        if not rest or rest[0] in ":-|>»":
            return line
    return -1


def _resolve_homonyms(text: str, norm: str, gaz: list[Hit], homonyms: tuple[Homonym, ...]) -> None:
    """عمّان is Amman and عمان alone is Oman, unless the text speaks of the city's country (and not of the
    other's): then it is the city."""
    for h in gaz:
        if h.entry.kind != "country" or h.tend != h.end or h.suppressed:
            continue
        for hom in homonyms:
            if h.entry.country != hom.country or norm[h.start : h.end] != hom.key:
                continue
            if hom.mark and hom.mark in text[h.ostart : h.oend]:
                h.entry, h.why = hom.place, f"written '{text[h.ostart:h.oend]}'"
            elif any(c in norm for c in hom.place_cues) and not any(c in norm for c in hom.country_cues):
                h.entry, h.why = hom.place, f"beside {hom.place.country}"


_PRONOUN_ENDINGS = ("\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0643\u0645", "\u0646\u0627")


def _nisba_surnames(text: str, norm: str, offsets: list[int], gaz: list[Hit], lex: list[Hit]) -> None:
    """An Arabic nisba (المغربي, السوداني, التركماني) after a word without the article is a family name
    ("هدى المغربي", "محمد شياع السوداني"): an adjective agrees with a definite noun ("الوزير المغربي",
    "وزير الخارجية المغربي", "نظيره المغربي"), a family name follows a given name. A verb or an event word
    the lexicon knows is no given name ("زار السعودية", visited Saudi Arabia), and a name of several words
    ("المملكة العربية السعودية") is the state's full name, not a nisba."""
    surnames: set[str] = set()
    lex_ends: set[int] | None = None  # where event words end: made for the first candidate
    for h in gaz:  # a leader's family name ("محمد شياع السوداني") is the family name alone too ("استقبال السوداني")
        if h.entry.kind == "person" and h.entry.script == "arabic":
            last = norm[h.tstart : h.tend].rsplit(" ", 1)[-1]
            if last.startswith("ال") and last.endswith(("ی", "یه")):
                surnames.add(last)
    for h in gaz:
        e = h.entry
        if e.kind != "country" or e.script != "arabic" or h.suppressed or e.via not in ("name", "ethnonym"):
            continue
        token = norm[h.tstart : h.tend]
        if not token.endswith(("ی", "یه")):  # (the commonest miss first)
            continue
        head = token[1:] if token[:1] in "وفبل" and token[1:3] == "ال" else token
        if not head.startswith("ال") or token.endswith("ستانی") or " " in token:
            continue
        prev = _previous_token(norm, h.tstart)
        if lex_ends is None:
            lex_ends = {lx.tend for lx in lex if lx.entry.kind == "concept"}
        if prev and norm.rfind(prev, 0, h.tstart) + len(prev) in lex_ends:
            continue
        if prev != "الله":  # "عبد الله المصري": a given name ends in the article's letters
            if not prev or not prev.isalpha() or prev.startswith(("ال", "وال", "بال", "فال", "لل", "کال")):
                continue
            # a noun with a possessive pronoun is definite: "نظيره", "بلادها" (but not a name in ة: "فاطمة")
            i = norm.rfind(prev, 0, h.tstart)
            if text[offsets[i] : offsets[i + len(prev) - 1] + 1].endswith(_PRONOUN_ENDINGS):
                continue
        h.suppressed, h.why = "surname", prev
        surnames.add(head)
    if surnames:  # one sense per text: the same family name opening a headline is the family name too
        for h in gaz:
            if h.suppressed is None and h.entry.kind == "country" and h.entry.script == "arabic":
                token = norm[h.tstart : h.tend]
                head = token[1:] if token[:1] in "وفبل" and token[1:3] == "ال" else token
                if head in surnames:
                    h.suppressed, h.why = "surname", "as above"


def _personal_names(text: str, gaz: list[Hit], lex: list[Hit], names: frozenset[str]) -> None:
    """English country names that are also given names, beside a capitalised word that is not a known name
    of anything: "Jordan Miles", "coach Chad Wilson", "Michael Jordan" are people."""
    starts: set[int] | None = None  # where hits begin and end: made for the first candidate (most texts have none)
    ends: set[int] = set()
    for h in gaz:
        if h.entry.kind != "country" or h.entry.script != "latin" or h.suppressed:
            continue
        if text[h.ostart : h.oend] not in names or _title_case_line(text, h.ostart):
            continue
        if starts is None:
            starts = {h.ostart for h in gaz} | {h.ostart for h in lex}
            ends = {h.oend for h in gaz} | {h.oend for h in lex}
        after = _CAP_AFTER.match(text, h.oend)
        if after and after.start(1) not in starts:
            h.suppressed, h.why = "personal-name", after.group(1)
            continue
        before = _CAP_BEFORE.search(text, 0, h.ostart)
        if before and before.end(1) not in ends and not _SENTENCE_START.search(text, 0, before.start(1)):
            h.suppressed, h.why = "personal-name", before.group(1)


@cache
def _given_names() -> frozenset[str]:
    """Place names written like a given name (``given_names`` in data/gazetteer.yaml), normalised."""
    return word_set(_load_yaml("gazetteer.yaml").get("given_names") or ())


_PREV_WORD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)*)[ \t\u200c]+$")  # (a hyphenated given name is one)
_HONORIFICS = word_set(("mr", "mrs", "ms", "mister", "господин", "госпожа", "г-н", "мырза", "آقای", "خانم", "جناب",
                        "السيد", "السيدة", "پرزیدنت"))
_APPOSITION = re.compile(r"[ \t]*[,،][ \t]*")  # a comma after a name: its office follows in apposition
_WORD = re.compile(r"[^\W_]+")


def _other_bearers(text: str, norm: str, offsets: list[int], gaz: list[Hit], lex: list[Hit]) -> None:
    """A leader's family name alone ("Aliyev", "علی‌یف") after a given name, the two introduced with an office in
    apposition that is no head of state's or government's ("رشاد علی‌یف، معاون وزیر ...", "Rashad Aliyev, deputy
    minister of ..."), is another bearer of the family name: a person, never evidence of a state. (Copy introduces a
    person so, his name and his office after a comma; the leader's own name stands with his own office, president
    or prime minister, or with no apposition at all.)"""
    starts = {lx.tstart for lx in lex} | {lx.start for lx in lex}
    offices = {lx.tstart: lx for lx in lex if lx.entry.kind == "cue" and lx.entry.key in ("state", "state_weak")}
    for h in gaz:
        if h.entry.kind != "person" or h.suppressed is not None or not norm[h.start : h.end].isalpha():
            continue  # (a surface of several words is the full name, or the family name with its title)
        m = _PREV_WORD.search(norm, max(0, h.tstart - 40), h.tstart)
        if m is None or len(m.group(1)) < 3 or m.start(1) in starts or m.group(1) in _HONORIFICS or any(
                g.start <= m.start(1) < g.end for g in gaz if g is not h):
            continue  # (no given name before: a title, an initial, an honorific, a place)
        if h.entry.script != "arabic" and not text[offsets[m.start(1)]].isupper():
            continue  # (Latin and Cyrillic capitalise a given name: "по словам Пезешкиана" has none)
        if any(lx.entry.kind == "cue" and lx.entry.key == "state" and 0 <= m.start(1) - lx.tend <= 40
               and len(_WORD.findall(norm, lx.tend, m.start(1))) <= 3 for lx in lex):
            continue  # a title before the name ("الرئيس التركي رجب طيب أردوغان"): the leader himself
        after = _APPOSITION.match(norm, h.tend)
        if after is None:
            continue
        # the office within the first two words after the comma ("معاون وزیر", "deputy minister", "министр")
        office = next((offices[w.start()] for w in list(_WORD.finditer(norm, after.end(), after.end() + 30))[:2]
                       if w.start() in offices), None)
        if office is None or norm[office.tstart : office.tend].startswith(_HEADS_OF_STATE) or (
                office.tstart < office.start and norm.startswith("\u0648", office.tstart)):
            # (an office with "and" written onto it, "والرئيس التونسي", opens a list's next item: no apposition)
            continue
        h.suppressed, h.why = "another-bearer", m.group(1)


# The offices a leader is named with: the family name with one of them in apposition may be the leader's own.
_HEADS_OF_STATE = tuple(normalize(w) for w in (
    "president", "prime minister", "premier", "head of state", "king", "emir", "президент", "премьер",
    "глава государства", "мемлекет басшы", "үкімет басшы", "رئيس", "الرئيس", "رئیس", "نخست", "پادشاه", "الملك",
    "أمير", "الأمير"))


# A Central-Asian or Russian family name in Arabic script ends in -of/-ev/-ova (ژاکسیبکوف, علی‌اف, نوروزاوا).
_AR_SURNAME = re.compile(r"(?:وف|اف|یف|ئف|ووا|اوا|یوا|وا)$")
_NEXT_WORD = re.compile(r"[ \t\u200c]+([^\W_]+)")


def _given_name_places(text: str, norm: str, gaz: list[Hit], given: frozenset[str]) -> None:
    """A place whose name is also a given name (Nursultan, Нұрсұлтан, نورسلطان: the former name of Astana and
    a common Kazakh name) is a person's name where a family name follows it: a capitalised word that names no
    place or country (Latin, Cyrillic), a word with a family-name ending (Arabic script), a leader's name."""
    kinds: dict[int, str] | None = None  # what starts where: made for the first candidate (most texts have none)
    for h in gaz:
        if h.entry.kind != "place" or h.suppressed or norm[h.tstart : h.tend] not in given:
            continue
        m = _NEXT_WORD.match(text, h.oend)
        if not m:
            continue
        if kinds is None:
            kinds = {h.ostart: h.entry.kind for h in gaz}
        word, kind = m.group(1), kinds.get(m.start(1))
        if kind in ("place", "country", "organization"):
            continue
        if kind == "person" or (word[0].isupper() and not _title_case_line(text, h.ostart)) \
                or (h.entry.script == "arabic" and _AR_SURNAME.search(normalize(word))):
            h.suppressed, h.why = "personal-name", word


@cache
def _family_names() -> frozenset[str]:
    """Place names written like a family name (``family_names`` in data/gazetteer.yaml), normalised."""
    return word_set(_load_yaml("gazetteer.yaml").get("family_names") or ())


_CAP_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")


def _family_name_places(text: str, norm: str, gaz: list[Hit], lex: list[Hit], family: frozenset[str]) -> None:
    """A town named like a family name (Турсунзаде, a poet's name) is a person's family name after a given name: a
    capitalised word that names nothing known and, opening a sentence, is a known given name ("Мирзо Турсунзаде",
    "Алишер Турсунзода"); "в Турсунзаде", "Город Турсунзаде" stay the town."""
    ends: set[int] | None = None  # where hits end: made for the first candidate (most texts have none)
    for h in gaz:
        if h.entry.kind != "place" or h.suppressed or norm[h.tstart : h.tend] not in family:
            continue
        before = _CAP_WORD_BEFORE.search(text, max(0, h.ostart - 40), h.ostart)
        if before is None or not before.group(1)[0].isupper() or _title_case_line(text, h.ostart):
            continue
        if ends is None:
            ends = {g.oend for g in gaz} | {lx.oend for lx in lex}
        if before.end(1) in ends:
            continue
        if _SENTENCE_START.search(text, 0, before.start(1)):
            # a sentence's first word is capitalised whatever it is: a known given name only ("Алишер Турсунзода")
            from monitor.people.lexicon import _norm, role_lexicon

            if _norm(before.group(1)) not in role_lexicon().given_cap:
                continue
        h.suppressed, h.why = "personal-name", before.group(1)


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in Title Case capitalises every word, so a capital says nothing about names there."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = re.findall(r"[A-Za-z]+", text[start : len(text) if end < 0 else end])
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_CAP_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
_CAP_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n—–-]\s*)$")


# ----------------------------------------------------------------------------------------- public API




def hit_via_weight(sc: Scan, h: Hit) -> tuple[str, float]:
    """How a hit names its country, and its evidence weight.

    An Arabic-script country name with a nisba ending (المغربي, قزاقستانی) is an adjective, and in Arabic
    also a common family name ("هدى المغربي"), so it weighs less than the name itself: alone it does not
    list a country, beside a diplomatic term or a second mention it does."""
    e = h.entry
    if e.via == "name" and e.script == "arabic" and h.tend > h.end and sc.norm[h.end] == "ی":
        return "adjective", e.weight * NISBA_FACTOR
    return e.via, e.weight


def _mention(sc: Scan, h: Hit) -> Mention:
    e = h.entry
    via, weight = hit_via_weight(sc, h)
    return Mention(
        e.kind, e.key, h.ostart, h.oend, sc.surface(h), e.country if e.kind != "organization" else None,
        e.qid, via, e.role, weight,
    )


def mentions(sc: Scan) -> list[Mention]:
    """Countries, places, organisations and leaders of a scan, with offsets into its text."""
    return [_mention(sc, h) for h in sc.gaz if h.entry.kind != "trap" and h.suppressed is None]


def find_mentions(text: str, lang: str | None = None) -> list[Mention]:
    """Countries, places, organisations and leaders named in ``text``, with offsets into ``text``."""
    return mentions(scan(fold(text), lang))


def term_tags(term: str) -> list[str]:
    """Tags a user's word or phrase stands for (any script, any inflection the gazetteer accepts).

    Only a single entity or concept covering the whole term counts: "Kazakhstan embassy" is a phrase
    to search for, not two tags to OR together."""
    norm = normalize(term).strip()
    if not norm:
        return []
    sc = scan(fold(term.strip()), "*", True)
    tags: list[str] = []
    for h in sc.gaz + sc.lex:
        if h.suppressed is None and h.tstart == 0 and h.tend == len(sc.norm.rstrip()):
            tag = h.entry.tag
            if tag and tag not in tags:
                tags.append(tag)
    return tags


@cache
def entity_names() -> list[tuple[str, str, str]]:
    """(kind, canonical, surface) of every named entity, for type-ahead suggestions."""
    by_key, _ = _entries()
    out: dict[tuple[str, str, str], None] = {}
    for entries in by_key.values():
        for e in entries:
            if e.kind in ("country", "place", "organization", "person"):
                out[(e.kind, e.key, e.surface.text)] = None
    return list(out)
