"""The role lexicon: titles with their roles (``people_roles.yaml``) and the word lists that bound names
(``people_words.yaml``), loaded once, folded, Russian and Kazakh title forms inflected, and an Aho-Corasick
automaton over every title's first word that tells the finder where titles may stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from monitor.normalize import fold_char
from monitor.people.names import KK_CASES, KK_POSS, RU_ENDINGS
from monitor.people.nationality import nationality_words
from monitor.people.tokens import script_of

# The cues of the finder's windows, as the automaton reports them.
(CUE_TITLE, CUE_SPEECH, CUE_NASAB, CUE_SURNAME, CUE_GIVEN, CUE_GIVEN_AR, CUE_KIN, CUE_NATIONALITY,
 CUE_GIVEN_FOREIGN, CUE_GIVEN_CAP, CUE_FIGURE) = range(11)
# The openings of a given name built on "Abd" ("servant of") and one of God's names, written as one word in Latin
# and Cyrillic ("Abdulrashid", "Abdurakhmon", "Абдусалам", "Әбділда")
ABD_COMPOUND = ("abdul", "abdur", "abdus", "абдул", "абдур", "абдус", "әбділ", "әбдір")
# "X بن Y", "X bin Y": a nasab chain, a name with no title needed (spaces included: whole words)
NASAB_WORDS = (" بن ", " بنت ", " ابن ", " bin ", " bint ", " ibn ", " бин ", " бен ", " ибн ")
# What may follow a surname's ending: white space (every character re's \s matches) or punctuation.
SURNAME_END = tuple(chr(c) for c in range(0x3001) if chr(c).isspace() or chr(c) in ".,;:!?)\"'")


@dataclass(frozen=True)
class RoleDef:
    """One title: its canonical English role and how names and complements stand around it."""

    role: str | None
    strength: int = 3  # 1 honorific or rank, 2 weak or ambiguous title, 3 an office
    country: bool = False  # "ambassador of Kazakhstan" when the complement names a country
    complement: bool = False  # takes a genitive complement that is not the name ("محافظ القليوبية")
    dir: str = "both"  # fwd: name follows only; back: name precedes only
    title: bool = False  # may stand between an office and the name ("محافظ الأقصر المستشار X")
    plural: bool = False  # "the ministers": names follow it as a list, never stand before it
    nationality: bool = False  # "الكيني", "кениец", "Kenyan": a person's nationality (see monitor.people.nationality)
    # languages whose copy spells the same word with another use (Persian "عضو" heads an ezafe chain of the
    # body's words): the title is not looked for in their text
    not_in: frozenset[str] = frozenset()


_TOKEN_RE = re.compile(r"([^\W\d_]+(?:['\-][^\W\d_]+)*)|(\d+)|(\n\s*)|([^\w\s])")


def _norm(s: str) -> str:
    return "".join(fold_char(c) for c in s)


def _tokenize_phrase(s: str) -> tuple[str, ...]:
    return tuple(m.group(0).strip() or "\n" for m in _TOKEN_RE.finditer(_norm(s)))


def figure_key(word: str) -> str:
    """The cue of a historical figure's first word: a Cyrillic word cut to what its Russian cases keep ("Абай" ->
    "аба": "Абая", "Абаю"; "Сергий" -> "серг"), any other word as it is."""
    if script_of(word[0]) == "cy":
        for end in FIGURE_SOFT_CUTS:
            if word.endswith(end) and len(word) - len(end) >= 3:
                return word[: -len(end)]
    return word


def figure_forms(name: str) -> set[str]:
    """The ways copy writes one figure's name, derived from its one entry: Arabic-script words joined or not (Persian
    glues a compound name's parts with a ZWNJ, which folding drops: "الغ‌بیگ", "عبیدالله‌خان", "میرعلی"); in Latin
    and Cyrillic, the given names before the last word as the transcriptions of an Arabic name vary (the short
    vowel of its last syllable as е or а, its final д as т in Turkic: "Ахмед", "Ахмад", "Ахмет"; "Ahmed", "Ahmad",
    "Ahmet"). The cases are matched on the text (see :class:`monitor.people.finder._Doc`)."""
    words = name.split(" ")
    if script_of(name[0]) == "ar":
        forms = {words[0]}
        for w in words[1:]:
            forms = {f + sep + w for f in forms for sep in (" ", "")}
        return forms
    variants: list[set[str]] = []
    for i, w in enumerate(words):
        forms = {w}
        if i < len(words) - 1 and len(w) >= 4 and w[-1].lower() not in "aeiouyаеёиоуыэюяәөүұі":
            v = len(w) - 2
            swap = {"е": "а", "а": "е", "e": "a", "a": "e"}
            if w[v] in swap:
                forms.add(w[:v] + swap[w[v]] + w[v + 1:])
            forms |= {f[:-1] + {"д": "т", "d": "t"}[f[-1]] for f in forms if f[-1] in "дd"}
        variants.append(forms)
    out = {""}
    for forms in variants:
        out = {(o + " " + f).strip() for o in out for f in forms}
    return out


# a Cyrillic name's final letters that Russian cases replace ("Абай" -> "Абая", "Авиценна" -> "Авиценны")
FIGURE_SOFT_CUTS = ("ий", "й", "а", "я", "ь")


# Kazakh voices a word's final қ, к, п before an ending that opens with a vowel ("бастық" -> "бастығы", "серік" ->
# "серігі", "топ" -> "тобы"); words taken from Russian often keep it ("епископы"), so both forms are listed
_KK_VOICED = {"қ": "ғ", "к": "г", "п": "б"}
_KK_VOWELS = frozenset("аәеиоөұүыіэюя")


def _kk_join(stem: str, ending: str) -> str:
    """A Kazakh stem and an ending as written, the stem's last consonant voiced before a vowel."""
    if ending[:1] in _KK_VOWELS and stem[-1:] in _KK_VOICED:
        return stem[:-1] + _KK_VOICED[stem[-1]] + ending
    return stem + ending


# A head noun in -ь, -й, -а or -я drops that letter in its cases ("секретарь" -> "секретаря", "секретарём";
# "муфтий" -> "муфтия"; "журналистка" -> "журналистки", "журналисткой"); ё is folded to е
_RU_SOFT_ENDINGS = {
    "ь": ("ь", "я", "ю", "ем", "е", "и", "ей", "ям", "ями", "ях"),
    "й": ("й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях"),
    "а": ("а", "ы", "и", "е", "у", "ой", "ей", "ам", "ами", "ах"),
    "я": ("я", "и", "е", "ю", "ей", "ям", "ями", "ях"),
}


def _inflect(phrase: str) -> list[str]:
    """Expand a ``...|ru`` / ``...|kk`` phrase into its inflected forms (see the YAML header)."""
    if phrase.endswith("|ru"):
        words = phrase[:-3].split(" ")
        head = words[0]
        soft = _RU_SOFT_ENDINGS.get(head[-1])
        forms = [head + e for e in RU_ENDINGS] if soft is None else [head[:-1] + e for e in soft]
        return [" ".join([f, *words[1:]]) for f in forms]
    if phrase.endswith("|kk"):
        words = phrase[:-3].split(" ")
        return [" ".join([*words[:-1], last]) for p in KK_POSS for c in KK_CASES
                for last in {words[-1] + p + c, _kk_join(words[-1], p + c)}]  # (loans keep it too: "епископы")
    return [phrase]


# The plural endings a title's listed singular takes as written (no inflection marker): Persian -ان and -ها,
# English -s and -es, Arabic sound plurals -ون/-ين and their construct forms -و/-ي
_PLURAL_ENDINGS = {"fa": ("ان", "ها", "\u200cها"), "en": ("s", "es"), "ar": ("ون", "ين", "و", "ي")}


def _plurals(forms: dict[str, list[str]]) -> list[str]:
    """A role's forms that are plurals of another of its forms ("مدیران" of "مدیر", "directors" of "director",
    "المندوبون" of "المندوب"): a plural title names its people in a list after it, so it is told by its form
    rather than listed as a role of its own."""
    out: list[str] = []
    for lang, endings in _PLURAL_ENDINGS.items():
        listed = [f for f in forms.get(lang, ()) if "|" not in f and " " not in f]
        singles = set(listed)
        for f in listed:
            if any(f.endswith(e) and f[: -len(e)] in singles for e in endings):
                out.append(f)
    return out


def _gazetteer_adjectives() -> tuple[str, ...]:
    """The countries' adjectives the gazetteer lists ("الروسي*", "Russian"), bare of its match marks: pycountry's
    catalogue gives no one-word Arabic nisba for a country whose name is two words (روسيا الاتحادية)."""
    return tuple(
        re.split(r"[*^@=]", spec, maxsplit=1)[0]
        for c in _load_yaml("gazetteer.yaml")["countries"] for spec in c.get("adjective") or ()
    )


def _load_yaml(name: str) -> Any:
    text = resources.files("monitor").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present


def _flat(value: Any) -> list[str]:
    out: list[str] = []
    if isinstance(value, dict):
        for v in value.values():
            out.extend(_flat(v))
    elif isinstance(value, list):
        for v in value:
            out.extend(_flat(v))
    elif value is not None:
        out.append(str(value))
    return out


@dataclass
class RoleLexicon:
    # title phrases by their first word: one-word titles, and longer ones by their first two words (a Kazakh
    # title inflected on its last word has a thousand forms sharing a first word: "бас консулының ...")
    phrases: dict[str, RoleDef] = field(default_factory=dict)
    phrases2: dict[tuple[str, str], list[tuple[tuple[str, ...], RoleDef]]] = field(default_factory=dict)
    firsts: frozenset[str] = frozenset()
    stop: frozenset[str] = frozenset()
    stop_ar: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    cap_stop: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    premods: frozenset[str] = frozenset()
    geo_after: tuple[str, ...] = ()
    nisba_bare: frozenset[str] = frozenset()  # Arabic nationality adjectives without the article ("تركي")
    geo_head: re.Pattern[str] | None = None
    state: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    speech: list[tuple[str, ...]] = field(default_factory=list)
    adverbs: list[tuple[str, ...]] = field(default_factory=list)
    sur_latin: tuple[str, ...] = ()
    sur_cyr: tuple[str, ...] = ()
    sur_ar: tuple[str, ...] = ()
    sur_exceptions: frozenset[str] = frozenset()
    shape_strong: tuple[str, ...] = ()  # surname endings that make a capitalised word look like a surname
    shape_cases: tuple[str, ...] = ()  # case endings glued to such a surname
    speech_cap: frozenset[str] = frozenset()  # Latin/Cyrillic verbs of saying
    speech_ar: frozenset[str] = frozenset()  # Arabic verbs of saying (folded, bare of و/ف) before "title X إن"
    shape_end_re: re.Pattern[str] | None = None  # a surname's ending (and a case ending) at the end of a word
    fa_long: tuple[str, ...] = ()  # second parts of Persian compound surnames (-پور, -زاده ...)
    fa_short: tuple[str, ...] = ()  # the same, counted only after a ZWNJ (-فر, -نیا ...)
    zwnj_re: re.Pattern[str] | None = None  # a ZWNJ and a short second part of a Persian compound surname
    org_ar: frozenset[str] = frozenset()  # heads of organisation and place names, Arabic script (folded)
    given_fa: frozenset[str] = frozenset()  # common Persian given names (folded)
    given_fa_words: frozenset[str] = frozenset()  # Persian given names that are common words first (folded)
    given_ar: frozenset[str] = frozenset()  # common Arabic given names (folded), looked for in Arabic copy only
    given_ar_words: frozenset[str] = frozenset()  # Arabic given names that are common words too (bylines only)
    given_ar_women: frozenset[str] = frozenset()  # the women's of given_ar
    # foreign given names as Arabic and as Persian copy spells them (folded), each looked for in its own copy
    given_foreign: dict[str, frozenset[str]] = field(default_factory=dict)
    given_cap: frozenset[str] = frozenset()  # given names in Cyrillic (with their case forms) and Latin (folded)
    # historical figures of the region's cultures: the cue (an Arabic-script name whole, a Latin or Cyrillic one's
    # first word, Cyrillic cut to the stem its cases keep) -> the names it opens, longest first, each with whether
    # it is a word too and wants a noun of poetry or scholarship beside it; those nouns, and the nouns that make
    # the name a place's (folded; see the YAML)
    figures: dict[str, list[tuple[tuple[str, ...], bool]]] = field(default_factory=dict)
    figure_context: frozenset[str] = frozenset()
    figure_place_before: frozenset[str] = frozenset()
    figure_place_after: frozenset[str] = frozenset()
    figure_place_before_lone: frozenset[str] = frozenset()  # prepositions of direction before a lone name
    arabic_copy: bool = False  # the variant for Arabic copy (see arabic_role_lexicon)
    ya_names: frozenset[str] = frozenset()  # Arabic names opening with ي, the prefix of the imperfect verb
    org_cap: tuple[str, ...] = ()  # stems of organisation and place nouns, Latin and Cyrillic (folded)
    org_honorific_fa: frozenset[str] = frozenset()  # heads of org_ar that Persian copy reads as an honorific
    post_nouns: frozenset[str] = frozenset()  # "منصب": "the post of", between a name and its title
    affairs: frozenset[str] = frozenset()  # "امور", "شؤون": "the affairs of", a body's name goes on after it
    org_before: tuple[str, ...] = ()  # stems of place nouns standing before a place named after a person
    ac: Any = None  # Aho-Corasick over every cue of a window (see role_lexicon): (kind, length, order) per key
    # word decisions made with this lexicon's stop words, once per word (see NameScanner.ar_stop, ar_name_tok)
    ar_stop_cache: dict[str, bool] = field(default_factory=dict)
    ar_name_cache: dict[tuple[str, str], bool] = field(default_factory=dict)
    # a word's readings as a title's first word, with and without its proclitics (see _Doc._find_titles)
    title_forms: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    given_fa_cache: dict[str, bool] = field(default_factory=dict)  # see _Doc._given_fa


# the case endings a noun takes after the third person's possessive (-ы/-і, -сы/-сі): a pronominal н before the
# dative, accusative, locative, ablative and the locative adjective
_KK_POSS_CASES = "ның|нің|на|не|н|нда|нде|нан|нен|мен|ндағы|ндегі"
_KK_VOICED = {"қ": "ғ", "к": "г", "п": "б"}


_HUSHING = frozenset("гкхжшчщ")  # after these Russian writes -и, not -ы (Ольги), and -ей, not -ой (Саши)


def ru_given_forms(name: str) -> set[str]:
    """A Russian or foreign given name as Russian declines it: -а/-я names as nouns of the first declension (Анна,
    Анны, Анне, Анну, Анной; Мария, Марии, Марией), masculine ones in a consonant, -й or -ь as the second (Иван,
    Ивана, Ивану, Иваном; Сергей, Сергея; Игорь, Игоря); those ending in another vowel do not decline (Хосе,
    Антонио, Джузеппе)."""
    forms = {name}
    last, stem = name[-1], name[:-1]
    if last == "а":
        forms |= {stem + e for e in ("е", "у", "ою")}
        forms |= {stem + ("и" if stem[-1:] in _HUSHING else "ы"), stem + ("ей" if stem[-1:] in "жшчщц" else "ой")}
    elif last == "я":
        forms |= {stem + e for e in ("и", "ю", "ей")} | ({stem + "и"} if stem.endswith("и") else {stem + "е"})
    elif last in "йь":
        forms |= {stem + e for e in ("я", "ю", "ем", "е", "и")}
    elif last not in "аеёиоуыэюя":
        forms |= {name + e for e in ("а", "у", "ом", "е")}
    return forms


@lru_cache(maxsize=1)
def role_lexicon() -> RoleLexicon:
    roles = _load_yaml("people_roles.yaml")
    words = _load_yaml("people_words.yaml")
    lex = RoleLexicon()
    entries: dict[tuple[str, ...], RoleDef] = {}

    def add(form: str, rd: RoleDef) -> None:
        if form.startswith(("vice ", "Vice ")):
            add(form.replace(" ", "-", 1), rd)  # English writes "vice X" open or hyphenated: "Vice-Speaker X"
        for variant in _inflect(form):
            toks = _tokenize_phrase(variant)
            if toks:
                old = entries.get(toks)
                if old is None or (old.strength, old.role is not None) < (rd.strength, rd.role is not None):
                    entries[toks] = rd

    for spec in roles["roles"]:
        rd = RoleDef(
            role=spec["role"],
            strength=int(spec.get("strength", 3)),
            country=bool(spec.get("country", False)),
            complement=bool(spec.get("complement", False)),
            dir=str(spec.get("dir", "both")),
            title=bool(spec.get("title", False)),
            plural=bool(spec.get("plural", False)),
            not_in=frozenset(spec.get("not_in", ())),
        )
        for form in _flat(spec["forms"]):
            add(form, rd)
        if not rd.plural:
            many = replace(rd, plural=True)
            for form in _plurals(spec["forms"]):
                toks = _tokenize_phrase(form)
                if entries.get(toks) is rd:  # (listed with the singular's reading: the plural's replaces it)
                    entries[toks] = many
    honorific = RoleDef(role=None, strength=1, dir="fwd", title=True)
    for form in _flat(roles.get("honorifics")):
        add(form, honorific)
    nationality = RoleDef(role=None, strength=1, dir="fwd", title=True, nationality=True)  # "الكيني X", "Kenyan X"
    for form in nationality_words():
        add(form, nationality)
    post = RoleDef(role=None, strength=1, dir="back")
    for form in _flat(roles.get("post_honorifics")):
        add(form, post)
    for toks, rd in entries.items():
        if len(toks) == 1:
            lex.phrases[toks[0]] = rd
        else:
            lex.phrases2.setdefault((toks[0], toks[1]), []).append((toks, rd))
    for lst in lex.phrases2.values():
        lst.sort(key=lambda e: -len(e[0]))
    lex.firsts = frozenset(lex.phrases) | frozenset(a for a, _ in lex.phrases2)

    lex.stop_ar = frozenset(_norm(w) for w in _flat(words["stop_arabic_script"]))
    lex.stop = lex.stop_ar | frozenset(_norm(w) for w in _flat(words["stop_persian"]))
    lex.verbs = frozenset(_norm(w) for w in _flat(words["verbs_arabic_script"]))
    lex.cap_stop = frozenset(_norm(w) for w in _flat(words["cap_stop"]))
    lex.particles = frozenset(_norm(w) for w in words["particles"])
    lex.premods = frozenset(_norm(w) for w in _flat(words["premodifiers"]))
    lex.geo_after = tuple(_norm(w) for w in _flat(words["geo_after"]))
    # an indefinite nationality adjective describes a noun ("ناديان تركي وروسي": a Turkish and a Russian club);
    # the nisba of a family name takes the article
    lex.nisba_bare = frozenset(
        _norm(w[2:]) for w in (*nationality_words(), *_gazetteer_adjectives()) if w.startswith("ال"))
    geo = words["geo_after"]
    # a word names a place when such a noun follows as its head: Kazakh needs the possessive ending
    # ("Лахор қаласы"; "өңірдің" alone is "the region's"), Russian and English take the noun as it is
    # (a final қ, к, п is voiced before a vowel: "аймақ" -> "аймағы", "өлке" stays); the Kazakh word ends there
    # or in a case ending after the possessive ("ауданына", "қаласының"), so "көліктердің" is no "көлі"
    # (or in the plural before the possessive when two places share it: "Жетісай мен Мақтаарал аудандарына")
    kk_geo = {_norm(w) for w in geo["kk"]}
    kk_geo |= {w[:-1] + _KK_VOICED[w[-1]] for w in kk_geo if w[-1:] in _KK_VOICED}
    lex.geo_head = re.compile(
        "(?:" + "|".join(re.escape(w) for w in sorted(kk_geo)) + ")(?:сы|сі|(?:лар|лер|дар|дер|тар|тер)?(?:ы|і))(?:"
        + _KK_POSS_CASES + ")?$"
        + "|(?:" + "|".join(re.escape(_norm(w)) for w in geo["ru"] + geo["en"]) + ")"
    )
    lex.state = frozenset(_norm(w) for w in _flat(words["state_words"]))
    lex.preps = frozenset(_norm(w) for w in _flat(words["place_preps"]))
    lex.speech = sorted((_tokenize_phrase(p) for p in words["fa_speech"]), key=len, reverse=True)
    lex.adverbs = sorted((_tokenize_phrase(p) for p in words["fa_speech_adverbs"]), key=len, reverse=True)
    endings = words["surname_endings"]
    lex.sur_latin = tuple(endings["latin"])
    lex.sur_cyr = tuple(_norm(w) for w in endings["cyrillic"])
    lex.sur_ar = tuple(_norm(w) for w in endings["arabic"])
    parts = words["persian_surname_parts"]
    lex.fa_long = tuple(_norm(w) for w in parts["long"])
    lex.fa_short = tuple(w for w in parts["short"])  # matched on the original text, after its ZWNJ
    lex.zwnj_re = re.compile("\u200c(?:" + "|".join(sorted(lex.fa_short, key=len, reverse=True)) + r")(?![^\W\d_])")
    lex.sur_exceptions = frozenset(_norm(w) for w in words["surname_ending_exceptions"])
    org_ar = {_norm(w) for w in _flat(words["org_heads_arabic_script"])}
    org_ar |= {"ال" + w for w in org_ar if not w.startswith("ال")}
    lex.org_ar = frozenset(org_ar)
    # a body's noun that is a Persian honorific too ("استاد": a stadium in Arabic, a master in Persian)
    lex.org_honorific_fa = frozenset(org_ar & {_norm(w) for w in roles["honorifics"]["fa"]})
    lex.org_cap = tuple(sorted({_norm(w) for w in _flat(words["org_heads_cap"])}, key=len, reverse=True))
    lex.org_before = tuple(sorted({_norm(w) for w in _flat(words["org_before_cap"])}, key=len, reverse=True))
    lex.stop = lex.stop | lex.org_ar
    # (less the Persian stop words only: "علی" is Ali in Persian copy, "on" only in Arabic)
    lex.given_fa = frozenset(_norm(w) for w in _flat(words["given_names_persian"])) - (lex.stop - lex.stop_ar)
    lex.given_fa_words = frozenset(_norm(w) for w in words["given_names_persian_words"])
    lex.post_nouns = frozenset(_norm(w) for w in _flat(words["post_nouns"]))
    lex.affairs = frozenset(_norm(w) for w in _flat(words["affairs_nouns"]))
    lex.given_ar = frozenset(_norm(w) for w in _flat(words["given_names_arabic"]))
    lex.given_ar_women = frozenset(_norm(w) for w in _flat(words["given_names_arabic"]["women"]))
    lex.given_ar_words = frozenset(_norm(w) for w in _flat(words["given_names_arabic_also_words"]))
    lex.given_foreign = {lang: frozenset(_norm(w) for w in names) - lex.stop
                         for lang, names in words["given_names_foreign"].items()}
    cap = words["given_names_cap"]
    lex.given_cap = frozenset(_norm(f) for name in cap["cy"] for f in ru_given_forms(name)) | frozenset(
        _norm(name) for name in cap["la"])
    figures = words["historical_figures"]
    for also, names in ((False, figures["names"]), (True, figures["also_words"])):
        for form in sorted({f for name in names for f in figure_forms(name)}):
            phrase = _tokenize_phrase(_norm(form))
            key = " ".join(phrase) if script_of(phrase[0][0]) == "ar" else figure_key(phrase[0])
            lex.figures.setdefault(key, []).append((phrase, also))
    for found in lex.figures.values():
        found.sort(key=lambda f: -len(f[0]))
    lex.figure_context = frozenset(_norm(w) for w in figures["context"])
    lex.figure_place_before = frozenset(_norm(w) for w in figures["place_before"])
    lex.figure_place_after = frozenset(_norm(w) for w in figures["place_after"])
    lex.figure_place_before_lone = frozenset(_norm(w) for w in figures["place_before_lone"])
    shape = words["shape_endings"]
    lex.shape_strong = tuple(_norm(w) for w in shape["latin"] + shape["cyrillic"])
    lex.shape_cases = tuple(sorted({_norm(w) for w in shape["cyrillic_cases"]}, key=len, reverse=True))
    lex.speech_cap = frozenset(_norm(w) for w in _flat(words["speech_cap"]))
    lex.speech_ar = frozenset(_norm(w) for w in _flat(words["speech_arabic"]))
    every = sorted(shape["latin"] + shape["latin_weak"] + shape["cyrillic"] + shape["cyrillic_weak"], key=len,
                   reverse=True)
    cases = "|".join(re.escape(c) for c in lex.shape_cases)
    # the ending of a capitalised word (folded) that makes it look like a surname, a case ending after it
    lex.shape_end_re = re.compile("(?:" + "|".join(re.escape(_norm(e)) for e in every) + ")(?:" + cases + ")?$")
    # One automaton finds every cue the finder opens windows around, in one pass over the article: title
    # words (with Arabic proclitics), Persian speech verbs, nasab words, and Arabic-script surname endings
    # followed by the white space or punctuation that ends the word. A key may stand for several cues.
    cues: dict[str, list[tuple[int, int, int]]] = {}  # key -> (CUE_*, length of the cue, speech verb order)
    opens_pair = {a for a, _ in lex.phrases2}  # the first words of phrases of two words or more
    for first in lex.firsts:
        if len(first) < 2:
            if (first, ".") in lex.phrases2:  # "د.": a one-letter abbreviation is a cue with its full stop only
                cues.setdefault(first + ".", []).append((CUE_TITLE, 2, 0))
            continue
        rd = lex.phrases.get(first)
        # a nationality word ("kenyan", "الكيني") is a cue of its own: it opens a window only before a name, and
        # only bare (a proclitic on it, "والكيني", "بالكيني", makes it no word before a name)
        nationality = rd is not None and rd.nationality and first not in opens_pair
        keys = {first}
        if script_of(first[0]) == "ar" and not nationality:
            for p1 in ("", "و", "ف"):
                for p2 in ("", "ب", "ل", "ک"):
                    pre = p1 + p2
                    if pre:
                        keys.add(pre + (first[1:] if p2 == "ل" and first.startswith("ال") else first))
        kind = CUE_NATIONALITY if nationality else CUE_TITLE
        for key in keys:
            cues.setdefault(key, []).append((kind, len(key), 0))
    for order, phrase in enumerate(" ".join(p) for p in lex.speech):
        cues.setdefault(phrase, []).append((CUE_SPEECH, len(phrase), order))
    for word in NASAB_WORDS:
        cues.setdefault(word, []).append((CUE_NASAB, len(word), 0))
    for ending in set(lex.sur_ar + lex.fa_long):
        for after in SURNAME_END:
            cues.setdefault(ending + after, []).append((CUE_SURNAME, len(ending), 0))
    also_words = {_norm(w) for w in words["given_names_persian_also_words"]}
    for name in (lex.given_fa - also_words) | lex.given_fa_words:  # a known Persian given name (or one that is a
        # word first, taken only when the text says its family name again alone), a whole word, a space after it
        cues.setdefault(name + " ", []).append((CUE_GIVEN, len(name) + 1, 0))
    for name in lex.given_ar:  # written as one word or two ("عبدالله", "عبد الله"); a space after it, or the comma
        # that closes a kunya, a name of its own ("وتقول أم X، وهي ..."; see _Doc._ar_given_and_nisba)
        for form in {name, "عبد " + name[3:]} if name.startswith("عبد") else (name,):
            for after in (" ", "\u060c", ","):
                cues.setdefault(form + after, []).append((CUE_GIVEN_AR, len(form) + 1, 0))
    for prefix in ("عبدال", "عبد ال"):  # a theophoric name, "servant of" and a divine name ("عبدالإله"): a given
        # name by its form, listed or not (see _Doc._ar_abd)
        cues.setdefault(prefix, []).append((CUE_GIVEN_AR, len(prefix), 0))
    for name in lex.given_foreign["ar"] | lex.given_foreign["fa"]:  # a foreign given name, a whole word
        cues.setdefault(name + " ", []).append((CUE_GIVEN_FOREIGN, len(name) + 1, 0))
    for name in lex.given_cap:  # a given name in Cyrillic or Latin (its capital is tested on the text); before a
        # hyphen, the first part of a compound given name ("Anna-Liisa")
        cues.setdefault(name + " ", []).append((CUE_GIVEN_CAP, len(name) + 1, 0))
        cues.setdefault(name + "-", []).append((CUE_GIVEN_CAP, len(name) + 1, 0))
    for prefix in ABD_COMPOUND:  # "Abdulrashid", "Абдурахман": a given name built on "Abd", written as one word
        cues.setdefault(prefix, []).append((CUE_GIVEN_CAP, len(prefix), 0))
    for key in lex.figures:  # a historical figure's cue (Arabic script: with its proclitics too)
        keys = {key}
        if script_of(key[0]) == "ar":
            keys |= {p1 + p2 + (key[1:] if p2 == "ل" and key.startswith("ال") else key)
                     for p1 in ("", "و", "ف") for p2 in ("", "ب", "ل")}
        for k in keys:
            cues.setdefault(k, []).append((CUE_FIGURE, len(k), 0))
    for spec in words["kinship"].values():  # "her son ": a kinship noun and its possessor (see _Doc._windows)
        for possessor in spec["possessors"]:
            for noun in spec["nouns"]:
                key = _norm(possessor + " " + noun + " ")
                cues.setdefault(key, []).append((CUE_KIN, len(key), 0))
    ac = ahocorasick.Automaton()
    for key, found in cues.items():
        ac.add_word(key, tuple(found))
    ac.make_automaton()
    lex.ac = ac
    return lex


@lru_cache(maxsize=1)
def arabic_role_lexicon() -> RoleLexicon:
    """The lexicon for Arabic copy: the Persian stop words that are Arabic names are no stop words there
    ("جمعة" is a given name in Arabic and Friday in Persian; "بدر" is the name Badr, not ب + the Persian "در")."""
    lex = role_lexicon()
    persian_only = frozenset(_norm(w) for w in _load_yaml("people_words.yaml")["persian_only_stop"])
    ya_names = frozenset(_norm(w) for w in _load_yaml("people_words.yaml")["arabic_names_with_ya"])
    return replace(lex, stop=lex.stop - persian_only, ar_stop_cache={}, ar_name_cache={},
                   title_forms={}, given_fa_cache={}, arabic_copy=True,
                   ya_names=ya_names)
