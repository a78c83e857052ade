"""What a report of a diplomatic event says about the event, in a form that is the same in every language.

A story groups the reports of one event across Arabic, Persian, Kazakh, Russian and English without
translating them: the enrichment already gives canonical countries, places, organisations, heads of state
and government, roles ("ambassador of Kazakhstan", "governor") and event concepts, identical across
scripts. :func:`signature` keeps exactly those, plus a spelling-independent key for the people found by
patterns (their names stay in the article's script, so "Сейтқалиев", "سيتكالييف" and "Seitkaliyev" must be
brought to one key), and the lead: what the headline and first paragraph name, because a report states its
event first and its background after.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import cached_property, lru_cache
from typing import Any

from monitor.model import Article, Entity
from monitor.normalize import normalize

#: Characters of the title and body that count as the lead (the headline, the dateline and the first
#: sentences): wire copy puts the who, where and what there.
LEAD_CHARS = 420

#: Event concepts that tell one kind of event from another (a generic "meeting" or "cooperation" does not).
SPECIFIC_CONCEPTS = frozenset({
    "summit", "twinning", "credentials", "joint_commission", "memorandum", "phone_call", "embassy",
    "official_visit", "working_visit", "foreign_minister", "consul", "ambassador", "delegation",
})

#: Roles too vague to identify anyone ("an official", "the head", "his counterpart").
VAGUE_ROLES = frozenset({
    "official", "head", "chairman", "counterpart", "diplomat", "spokesperson", "member of parliament",
})


@dataclass(frozen=True)
class Signature:
    """The event-identifying features of one report (JSON-serialisable with :meth:`as_json`)."""

    article_id: str
    when: datetime  # publication time (fetch time when unknown), UTC
    lang: str | None = None
    source: str | None = None
    title: str = ""
    home: frozenset[str] = frozenset()  # in-scope countries that are parties of the report
    foreign: frozenset[str] = frozenset()  # the other parties
    mentioned: frozenset[str] = frozenset()  # every country named anywhere (parties or not)
    lead_countries: frozenset[str] = frozenset()
    leaders: frozenset[str] = frozenset()  # heads of state and government, canonical names
    names: frozenset[str] = frozenset()  # spelling-independent keys of people found by patterns
    roles: frozenset[str] = frozenset()  # canonical roles, "ambassador of Kazakhstan", "governor"
    places: frozenset[str] = frozenset()  # cities, provinces (capitals and regions apart)
    capitals: frozenset[str] = frozenset()  # capitals and regions (Central Asia, the Caspian): named everywhere
    lead_places: frozenset[str] = frozenset()  # places and capitals named in the lead
    orgs: frozenset[str] = frozenset()
    concepts: frozenset[str] = frozenset()  # specific event concepts only
    actors: frozenset[str] = frozenset()  # who the lead names: leader:<name>, name:<key>, role:<office>
    frame: str = "plain"  # what the lead says the meeting is: gathering, bilateral (at one, or alone), plain
    level: str = ""  # of a gathering: "leaders" (a summit), "ministers" (a council of ministers), "" (unsaid)
    display: dict[str, str] = field(default_factory=dict, compare=False)  # name key -> a surface form
    role_of: dict[str, str] = field(default_factory=dict, compare=False)  # name key or leader -> first role

    @property
    def parties(self) -> frozenset[str]:
        return self.home | self.foreign

    @cached_property
    def lead_people(self) -> tuple[frozenset[str], frozenset[str]]:
        """The heads of state and government and the name keys of the people the lead names."""
        return (frozenset(x[7:] for x in self.actors if x.startswith("leader:")),
                frozenset(x[5:] for x in self.actors if x.startswith("name:")))

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["when"] = self.when.isoformat()
        for key, value in out.items():
            if isinstance(value, frozenset):
                out[key] = sorted(value)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Signature:
        values: dict[str, Any] = {}
        for name in cls.__dataclass_fields__:
            if name not in data:
                continue
            value = data[name]
            if name == "when":
                value = datetime.fromisoformat(value)
            elif isinstance(value, list):
                value = frozenset(value)
            values[name] = value
        return cls(**values)


def signature(article: Article, in_scope: Sequence[str], now: datetime | None = None) -> Signature:
    """The signature of an enriched article. Its time is ``published``, else ``fetched``, else ``now``."""
    when = article.published or article.fetched or now or datetime.now(UTC)
    when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    scope = set(in_scope)
    lead_end = len(article.title) + 1 + LEAD_CHARS if article.title else LEAD_CHARS
    parties = set(article.countries)
    mentioned: set[str] = set()
    lead_countries: set[str] = set()
    leaders: set[str] = set()
    names: set[str] = set()
    display: dict[str, str] = {}
    role_of: dict[str, str] = {}
    roles: set[str] = set()
    places: set[str] = set()
    capitals: set[str] = set()
    lead_places: set[str] = set()
    orgs: set[str] = set()
    actors: set[str] = set()
    for e in article.entities:
        name = e.canonical or e.text
        in_lead = e.start < lead_end
        if e.type == "country":
            mentioned.add(name)
            if in_lead:
                lead_countries.add(name)
        elif e.type == "place":
            (capitals if _is_capital(e) else places).add(name)
            if in_lead:
                lead_places.add(name)
        elif e.type == "organization":
            orgs.add(name)
        elif e.type == "person":
            key = None
            leader = e.canonical in _leaders()
            if leader:  # a head of state or government from the gazetteer
                leaders.add(name)
            else:  # found by its title: the finder's base form of the name, in the article's script
                key = name_key(name, article.lang)
                if key:
                    names.add(key)
                    display.setdefault(key, name)
            if e.role and e.role not in VAGUE_ROLES:
                roles.add(e.role)
            who = name if leader else key
            if who and e.role and e.role not in VAGUE_ROLES:
                role_of.setdefault(who, e.role)
            if in_lead:
                if leader:
                    actors.add(f"leader:{name}")
                elif key:
                    actors.add(f"name:{key}")
                if e.role and e.role not in VAGUE_ROLES:
                    actors.add(f"role:{base_role(e.role)}")
    concepts = {t.split(":", 1)[1] for t in article.tags if t.startswith("concept:")} & SPECIFIC_CONCEPTS
    lead = normalize(article.full_text[:lead_end])
    lead_orgs = {e.canonical or e.text for e in article.entities if e.type == "organization" and e.start < lead_end}
    cued = cue_kinds(lead)
    frame = "plain"
    if cued & {"sideline", "bilateral"}:
        frame = "bilateral"
    elif "call" in cued:
        frame = "plain"  # a call joins two: "the heads of state discussed" are the two callers
    elif cued & {"ministerial", "gathering"} or (lead_orgs and len(lead_countries) >= 3):
        frame = "gathering"
    # a council of ministers names the summit it prepares; a summit report rarely names a council of ministers
    level = "" if frame != "gathering" else "ministers" if "ministerial" in cued else \
        "leaders" if "gathering" in cued else ""
    return Signature(
        article_id=article.id, when=when, lang=article.lang, source=article.source, title=article.title,
        home=frozenset(parties & scope), foreign=frozenset(parties - scope), mentioned=frozenset(mentioned),
        lead_countries=frozenset(lead_countries), leaders=frozenset(leaders), names=frozenset(names),
        roles=frozenset(roles), places=frozenset(places), capitals=frozenset(capitals),
        lead_places=frozenset(lead_places), orgs=frozenset(orgs), concepts=frozenset(concepts), frame=frame,
        level=level,
        actors=frozenset(actors), role_of=role_of,
        display=display,
    )


@dataclass(frozen=True)
class _CueIndex:
    """The cue phrases of ``data/story_cues.yaml`` as patterns over normalised text, by the first word they
    start with: one pass of ``heads`` finds the words where a phrase may start, and only the phrases of
    those words are tried there (the lead is short, the phrases many)."""

    heads: re.Pattern[str]
    by_head: dict[str, list[tuple[str, re.Pattern[str]]]]
    by_letter: dict[str, list[str]]  # first letter -> heads, longest first


@lru_cache(maxsize=1)
def _cues() -> _CueIndex:
    from monitor.lexicon import _load_yaml

    by_head: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for kind, by_lang in _load_yaml("story_cues.yaml").items():
        for form in sorted({" ".join(f.split()) for forms in by_lang.values() for f in forms}):
            head = normalize(form.split()[0].rstrip("*"))
            by_head.setdefault(head, []).append((kind, re.compile(cue_pattern(form))))
    ordered = sorted(by_head, key=len, reverse=True)
    by_letter: dict[str, list[str]] = {}
    for head in ordered:
        by_letter.setdefault(head[0], []).append(head)
    heads = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in ordered) + ")")
    return _CueIndex(heads, by_head, by_letter)


def cue_kinds(normalized_lead: str) -> set[str]:
    """The kinds of cue (sideline, bilateral, call, ministerial, gathering) a normalised lead contains."""
    index = _cues()
    found: set[str] = set()
    for m in index.heads.finditer(normalized_lead):
        pos = m.start()
        for head in index.by_letter[normalized_lead[pos]]:
            if normalized_lead.startswith(head, pos):
                for kind, pattern in index.by_head[head]:
                    if kind not in found and pattern.match(normalized_lead, pos):
                        found.add(kind)
    return found


#: "~" in a cue: up to four words of any kind in the same sentence between its words (an adjective, a name
#: of a format, "11-" before a noun): "ahead of the Central Asia plus Japan meeting".
_GAP = r"(?:[^\s.,;:!?]+?[\s-]+){0,4}"


def cue_pattern(form: str) -> str:
    """A cue phrase as a pattern over normalised text: words separated by white space, a word ending in
    "*" with any ending, "~" for up to four words between; a phrase ending in a whole word ends there."""
    out = ""
    words = form.split()
    for i, word in enumerate(words):
        if word == "~":
            out += _GAP
            continue
        out += re.escape(normalize(word[:-1])) + r"\w*" if word.endswith("*") else re.escape(normalize(word))
        if i + 1 < len(words):
            out += r"\s+"
    return out if form.endswith("*") else out + r"(?!\w)"


def _cued(kind: str, normalized_lead: str) -> bool:
    return kind in cue_kinds(normalized_lead)


_OF_COUNTRY = re.compile(r" of [A-Z][\w' -]*$")


def base_role(role: str) -> str:
    """The office without its country: "minister of foreign affairs of Uzbekistan" -> "minister of foreign
    affairs" (one report names the country, another does not)."""
    return _OF_COUNTRY.sub("", role)


def _is_capital(entity: Entity) -> bool:
    """Capitals and regions are named in most stories of their country (an embassy "in Cairo", "Central
    Asia"): they identify little."""
    return (entity.canonical or entity.text) in _capitals()


@dataclass(frozen=True)
class _Gazetteer:
    """What the signature and the score need of the gazetteer, read once."""

    leaders: dict[str, str]  # head of state or government -> country
    capitals: frozenset[str]  # capitals and regions
    regions: frozenset[str]


@lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    from monitor.lexicon import _load_yaml

    data = _load_yaml("gazetteer.yaml")
    places = data["places"]
    return _Gazetteer(
        leaders={p["c"]: p.get("country") or "" for p in data["leaders"]},
        capitals=frozenset(p["c"] for p in places if p.get("via") in ("capital", "region") or not p.get("country")),
        regions=frozenset(p["c"] for p in places if p.get("via") == "region"),
    )


def _leaders() -> dict[str, str]:
    """The heads of state and government the gazetteer lists (nobody else is listed), with their countries."""
    return _gazetteer().leaders


def leader_country(name: str) -> str:
    """The country of a head of state or government of the gazetteer's list ("" for anyone else)."""
    return _gazetteer().leaders.get(name, "")


def is_region(place: str) -> bool:
    """A region of several states (Central Asia, the Caspian): no host of anything."""
    return place in _gazetteer().regions


def _capitals() -> frozenset[str]:
    return _gazetteer().capitals


# ------------------------------------------------------------------------------------- names across scripts

# Every letter of the five languages' scripts (and Latin) to a consonant class; vowels, and letters that are
# vowels as often as consonants in Arabic script (alef, waw, ya), map to nothing. The classes are coarse on
# purpose: Arabic writes Kazakh "ж" with ج and Persian with ژ, has no "p", "v" or "ch", and writes "-ov" as
# "وف"; what survives every transcription is the order of the consonant classes.
_CLASSES = {
    "k": "kqgcxқкгғхقکگغخ",
    "h": "hһهحة",
    "j": "jжجژчچџ",
    "s": "sсصسثцщ",
    "z": "zзزذظض",
    "S": "шش",
    "p": "pbfvwпбфвپبفو",
    "t": "tтطت",
    "d": "dдد",
    "l": "lлل",
    "m": "mмم",
    "n": "nнңن",
    "r": "rрر",
}
_LETTER = {ch: cls for cls, letters in _CLASSES.items() for ch in letters}
# Latin digraphs to the Cyrillic letter of the same sound, which then maps like any letter.
_DIGRAPHS = (("dzh", "ж"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("dj", "ж"), ("kh", "х"), ("gh", "ғ"),
             ("ts", "ц"), ("дж", "ж"))
# Endings Kazakh puts on a name ("Шарифпен", "Тоқаевтың") and Russian case endings ("Сейткалиевым"); the
# short Russian endings (-а, -у, -е) only after a surname suffix, since "Нурзода" or "Резвани" do not decline.
_KAZAKH_ENDINGS = re.compile(r"(пен|мен|бен|ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|ды|ді|ты|ті|ны|ні|ға|на|не)$")
_RUSSIAN_ENDINGS = re.compile(r"(ым|ом|ем|ой|ей|ого|ому|ему)$")
_RUSSIAN_SHORT = re.compile(r"(?<=ов|ев|ин|ын)(а|у|е|ы|ой|ым)$")
_ARTICLE = re.compile(r"^(ال|وال|بال|لل)")
_WORD = re.compile(r"[\w'-]+")


@lru_cache(maxsize=65536)
def name_key(name: str, lang: str | None = None) -> str | None:
    """A spelling-independent key of a person's surname (the last word of the name), or None when it is too
    short to identify anyone (fewer than three consonants after folding)."""
    # a heh before a zero-width non-joiner ends a part of a compound ("خواجه‌اف"): a vowel, like a final one
    words = [w for w in _WORD.findall(normalize(name.replace("\u0647\u200c", "\u200c"))) if not w.endswith(".")]
    if not words:
        return None
    word = words[-1].split("-")[-1] if words[-1].count("-") and len(words[-1].split("-")[-1]) > 2 else words[-1]
    if _is_cyrillic(word):
        for ending in (_KAZAKH_ENDINGS if lang == "kk" else None, _RUSSIAN_SHORT, _RUSSIAN_ENDINGS):
            stem = ending.sub("", word) if ending is not None else word
            if stem != word and len(stem) >= 4:
                word = stem
                break
    elif _is_arabic(word):
        word = _ARTICLE.sub("", word) if len(word) > 4 else word
        word = word[:-1] if word.endswith("ه") else word  # a final heh is a vowel (-zadeh, -zoda)
        word = _waw_vowels(word)
    for digraph, letter in _DIGRAPHS:
        word = word.replace(digraph, letter)
    out = [_LETTER[ch] for ch in word if ch in _LETTER]
    collapsed = [c for i, c in enumerate(out) if i == 0 or c != out[i - 1]]
    if collapsed and collapsed[-1] == "h":  # a final -h is a vowel in Persian and Latin transcriptions
        collapsed.pop()
    # Russian and Kazakh write every h-sound of an Arabic or Persian name (ح, ه, خ) and the Latin h with one
    # letter, х: the h-class is the k-class everywhere but at the end ("Хариси", "الحارثي", "Farahmand")
    merged = ["k" if c == "h" else c for c in collapsed]
    key = "".join(c for i, c in enumerate(merged) if i == 0 or c != merged[i - 1])
    return key if len(key) >= 3 else None


_ALEFS = frozenset("\u0627\u0623\u0622\u0625")


def _waw_vowels(word: str) -> str:
    """Drop the waws of an Arabic-script word that write a vowel: between two consonant letters ("تورسون"
    Tursun), after an initial alef ("اوسپانوف" Ospanov), and the silent waw of "خوا" (khwā, "Khodja"); a waw
    beside a vowel letter or opening the word is "v" ("ولی", "نوایی") and stays a labial."""
    out = []
    for i, ch in enumerate(word):
        if ch == "\u0648" and 0 < i < len(word) - 1:
            prev, nxt = word[i - 1], word[i + 1]
            if (prev in _LETTER and prev != ch and nxt in _LETTER) or (i == 1 and prev in _ALEFS):
                continue
            if prev == "\u062e" and nxt in _ALEFS:
                continue
        out.append(ch)
    return "".join(out)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def names_of(signatures: Iterable[Signature]) -> dict[str, str]:
    """Name key -> the first surface form seen, over several signatures."""
    out: dict[str, str] = {}
    for s in signatures:
        for key, text in s.display.items():
            out.setdefault(key, text)
    return out


def same_names(a: frozenset[str], b: frozenset[str]) -> set[str]:
    """The name keys of ``a`` that match one of ``b``: equal, or equal but for one class letter (a waw read as
    a consonant, an alef-waw read as "o", a dropped letter: the transcriptions differ by about that much).

    One key is the other with one letter dropped (both at least three letters long); the keys with one letter
    dropped are computed once per key and per set, as a story scores each new report against every report of
    its window."""
    found = set(a & b)
    if len(found) == len(a) or not b:
        return found
    shorter_of_b = _deletions_of(b)
    for x in a - found:
        if x in shorter_of_b or not _deletions(x).isdisjoint(b):
            found.add(x)
    return found


@lru_cache(maxsize=65536)
def _deletions(key: str) -> frozenset[str]:
    """``key`` with one letter dropped, every way (none below three letters)."""
    if len(key) < 4:
        return frozenset()
    return frozenset(key[:i] + key[i + 1 :] for i in range(len(key)))


@lru_cache(maxsize=16384)
def _deletions_of(keys: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*(_deletions(k) for k in keys)) if keys else frozenset()
