"""Is this a Central-Asia diplomatic story? A transparent score from gazetteer and lexicon hits.

The model (every term shows up in ``reasons``):

* parties: a country counts when its state takes part (:mod:`monitor.parties` reads each mention: beside
  an office of the state, the state's bare name or capital, its parliament by name (Jogorku Kenesh, Oliy
  Majlis), a city visited; not a people, a team, a market, a background list). A bare name in a sentence
  framed as sport, tourism, culture, prices, weather, disaster or crime (a frame word and no office of a
  state) is no party there; a headline so framed frames the story unless its lead paragraph reports a
  diplomatic event.
* diplomatic sentences: a sentence with a strong concept (ambassador, embassy, summit ...), or with two
  parties (countries or an international organisation), or with one party and a word that implies the
  other ("counterpart", "bilateral"), or with one foreign party and an office whose state is the
  article's home ("the minister paid a working visit to Beijing" in an Astana story), or with a twinning and
  one named city or province (the twinned city is another state's), or with an envoy accredited to a named
  state ("سفير الدولة لدى كازاخستان": someone else's envoy, abroad by definition). A sentence without
  parties continues the diplomacy of its paragraph (the title and the lead count as one). The "related
  news" tail of a page is other stories and is left out.
* event evidence ``D``: the weights of the distinct diplomatic concepts (ambassador 1.0, memorandum 1.0,
  visit 0.5, meeting 0.4 ...), a little more for repeats; weak concepts outside diplomatic sentences are
  damped (a "meeting" of two teams, an akim's working visit to a district).
* country evidence ``C``: for the best in-scope party, its mentions' weights (name 1.0, adjective 0.9,
  capital 0.8, city 0.5 ...; 1.5x in the title) counted fully in diplomatic sentences and in the title,
  half in their paragraph, a tenth elsewhere.

``score = (1 - e^(-2C)) * (1 - e^(-1.6D))``, plus a bonus when the title has both, less for traps that
concern an in-scope country; relevant when ``score >= THRESHOLD``. Each factor is monotone in its
evidence, so more evidence never lowers the score.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from operator import attrgetter

from monitor import state_bodies
from monitor._digest import NONE as NO_ITEMS
from monitor._digest import WEEKDAYS, Items
from monitor._digest import items as digest_items
from monitor._frames import (
    CONTACTS,
    HEADLINE_ONLY_FRAMES,
    HOME_BY_LANGUAGE,
    IMPOSTOR_FRAMES,
    INSTRUMENTS,
    MEETINGS,
    OWN_STATE_FRAMES,
    PRIVATE_BODY_FRAMES,
    RECEIVED_OR_HANDED,
    SHOW_FRAMES,
    SIDES,
    WORDS,
    citizen_word_keys,
    dateline_short,
    frame,
    home_organ_contact,
    hosted,
    strong_ids,
)
from monitor.gazetteer import DEFAULT_WEIGHT, Entry, Hit, Scan, hit_via_weight, scan
from monitor.lexicon import lexicon
from monitor.normalize import alternation, fold, normalize, word_set
from monitor.parties import (
    CITIZENS_OF,
    GENITIVE_WINDOW,
    IN_WORDS,
    KK_IN,
    PARTY_READINGS,
    at_most_words,
    joined,
    organisation_teams,
)
from monitor.settings import DEFAULT_IN_SCOPE
from monitor.tags import entity_tag, make_tag

THRESHOLD = 0.3
COUNTRY_MIN = 0.7  # evidence for a country to be listed as involved
TITLE_FACTOR = 1.5
NEAR_STRONG_FACTOR = 1.25
CONTEXT_DAMP = 0.3
DOMESTIC_DAMP = 0.25
TRAP_PENALTY = 0.6  # evidence subtracted from a country per trap that concerns it
SAME_SENTENCE, SAME_PARAGRAPH, SAME_ARTICLE = 1.0, 0.5, 0.1  # country evidence by distance to events
PARTY_MIN = 0.5  # evidence as a party for an in-scope country to be listed as taking part
ENVOYS = frozenset({"ambassador", "embassy", "consul", "credentials"})  # a headline of these frames the whole story
LISTING = {"listed": 0.3}  # a member of a background list names its country less than a mention does


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    countries: list[str]
    in_scope: list[str]
    concepts: list[str]
    reasons: list[str]
    tags: list[str]


@cache
def _foreign_ids() -> frozenset[str]:
    """Weak concepts that imply a second state themselves ("bilateral", "counterpart", "the two countries")."""
    return frozenset(c.id for c in lexicon().concepts.values() if c.foreign and not c.strong)


@cache
def _pair_ids() -> frozenset[str]:
    """Concepts that join two sides by definition (a twinning): naming one side is naming a contact."""
    return frozenset(c.id for c in lexicon().concepts.values() if c.pair)


@cache
def _office_ids() -> frozenset[str]:
    """Concepts naming an office of a state (ambassador, foreign minister): never sport or tourism."""
    return frozenset(c.id for c in lexicon().concepts.values() if c.role == "strong")


# Words that put an envoy in the state he is accredited to: "ambassador to", "سفير ... لدى", "посол в".
_HOST_WORDS = word_set(("to", "in", "لدى", "في", "در", "به", "نزد", "в", "во", "при"))


def _accredited(sc: Scan, concept_hits: dict[str, list[Hit]], mentions: list[tuple[Hit, float]]) -> set[int]:
    """Sentences with an envoy accredited to a named state ("سفير الدولة لدى جمهورية كازاخستان", "the
    ambassador to Kazakhstan"): the envoy is another state's, abroad by definition, even where the report
    comes from the envoy's own country and does not name it ("سفير الدولة", the State's ambassador)."""
    out: set[int] = set()
    for cid in ENVOYS:
        for h in concept_hits.get(cid, ()):
            if h.reading == "attached":
                continue
            for m, _ in mentions:
                if m.sent != h.sent or m.start < h.end or m.entry.kind != "country":
                    continue
                # at most four words between (checked without listing the words of a long clause), the host's last
                if at_most_words(4).fullmatch(sc.norm, h.tend, m.tstart) is None:
                    continue
                words = WORDS.findall(sc.norm, h.tend, m.tstart)  # (pos/endpos: the same words, no copy)
                if _HOST_WORDS.intersection(words[-2:]):
                    out.add(h.sent)
    return out


# the signing words of the agreement concept (folded prefixes): a decree is signed, an agreement is concluded
# (and Russian "согласовали", two sides agreeing a plan or a text: its plural verb concludes it as signing does)
_SIGNING = tuple(normalize(w) for w in ("signed", "signing", "подписа", "қол қой", "امضا", "توقيع", "التوقيع",
                                        "согласовали"))


def _drop_decree_signing(sc: Scan, by: dict[tuple[str, str], list[Hit]], concept_hits: dict[str, list[Hit]],
                         reasons: list[str]) -> None:
    """"Signed a decree", "Жарлыққа қол қойды", "فرمان ... را امضا کرد": one state's act, not an agreement; the
    signing word is no agreement where a decree is named in its sentence and no agreement noun is."""
    decrees = {h.sent: h for h in by.get(("cue", "decree"), ())}
    hits = concept_hits.get("agreement")
    if not decrees or not hits:
        return
    signing = [h for h in hits if h.sent in decrees and sc.norm[h.start : h.end].startswith(_SIGNING)]
    nouns = {h.sent for h in hits if not sc.norm[h.start : h.end].startswith(_SIGNING)}
    dropped = [h for h in signing if h.sent not in nouns]
    if not dropped:
        return
    concept_hits["agreement"] = [h for h in hits if h not in dropped]
    if not concept_hits["agreement"]:
        del concept_hits["agreement"]
    reasons.append(f"a decree signed, not an agreement: '{sc.surface(decrees[dropped[0].sent])}'")


# Presence words of the participation concept (folded prefixes): "حضور" (ar, and fa "حضور داشت"), "присутствовал"
# name who attended an event, or where a business is present (Kazakh "қатыс-" is taking part, no presence).
_PRESENCE = tuple(normalize(w) for w in ("حضور", "присутств"))
# The business sense, by where its words stand: the firm right after as the owner ("حضور الشركة"), its market after
# ("حضورها في السوق", "присутствовала на рынке") or before ("در بازار ازبکستان حضور داشت"), a verb growing it before
# ("ضاعفت شركات ... حضورها", "تعزيز حضورها"). A company's people who attended are named before, or after with a
# word between ("присутствовали руководители компаний"), and "بحضور" (in the presence of) is always attendance.
_AFTER = {"private": 0, "trade": 3}
_BEFORE = {"trade": 3, "expand": 4}
_BUSINESS = frozenset(_AFTER.keys() | _BEFORE.keys())  # (once: a set made per lexicon hit cost 0.3 µs each)
_CLAUSE_BREAK = re.compile(r"[^\w\s\u200c]")  # a comma, a dash: the word beside is in another clause
# English "talks" is the verb where "about" or a listener follows ("talks about carpets", "talks to children"):
# the negotiations are "talks on", "talks with", "talks between", "talks to end ...".
_TALKS_VERB = re.compile(r"[ \t]+(?:about\b|to[ \t]+(?:the|a|an|his|her|their|its|our|my|your|children|people|"
                         r"reporters|journalists|students|pupils|readers|visitors|listeners|fans|viewers|audiences)\b)")


# A figurative "ambassador" (of a brand, goodwill, a dish): the word it stands for right beside it, where the
# language puts what a noun is "of". Arabic, Persian and Russian put it right after (the idafa, the ezafe, the
# genitive: "سفيرة الطبق الآذري", "سفیر حسن نیت", "посол бренда"); Kazakh right before ("бренд елшісі"); English
# before ("brand ambassador") or after "of"/"for", with "the" and up to two adjectives between ("ambassador of Central
# Asian cuisine").
_FIGURE_AFTER = frozenset({"ar", "fa", "ru"})
_FIGURE_BEFORE = frozenset({"kk", "en"})
_FIGURE_LINKS = frozenset({"of", "for"})
_FIGURE_SPAN = 60  # characters looked at beside the ambassador word
_FIGURE_BREAK = re.compile(r"[.,;:!?()\n]")


def _clause_before(norm: str, at: int, span: int) -> str:
    """The words before ``at`` in its clause: at most ``span`` characters back, from the last clause break."""
    return _FIGURE_BREAK.split(norm[max(0, at - span) : at])[-1]


def _clause_after(norm: str, at: int, span: int) -> str:
    """The words after ``at`` in its clause: at most ``span`` characters on, to the next clause break."""
    return _FIGURE_BREAK.split(norm[at : at + span], 1)[0]
_FIGURE_QUOTES = "«\"'“„‘"  # opening quotes between the word it stands for and the ambassador word


@cache
def _figures() -> tuple[tuple[tuple[str, bool], ...], tuple[str, ...]]:
    """The figurative keys with their stem flags, and the keys alone: ``str.startswith`` on that tuple rules out in
    one C call nearly every place an ambassador word stands (it is called for every one, and most are envoys)."""
    figures = tuple((s.key, s.stem) for s in lexicon().figurative)
    return figures, tuple(key for key, _ in figures)


def _figure_at(words: list[str], whole: bool = False) -> bool:
    """The words (from the ambassador word on) begin with what a figurative ambassador stands for; with ``whole``,
    they are it (the words right before an ambassador word)."""
    text = " ".join(words)
    figures, keys = _figures()
    if not text.startswith(keys):
        return False
    for key, stem in figures:
        if whole and not stem and text != key:
            continue
        if text.startswith(key) and (stem or len(text) == len(key) or text[len(key)] == " "):
            return True
    return False


# Words that point back to the story's own event ("today's agreement", "اتفاق اليوم", "этот договор"): by where the
# language puts them, before the noun or after it.
_DEICTIC_BEFORE = {lang: tuple(normalize(w) for w in ws) for lang, ws in {
    "en": ("today", "this"), "ru": ("сегодняшн", "этот", "эта", "это", "этого", "этой", "данн"),
    "kk": ("бүгінгі", "бұл", "осы"), "fa": ("این",)}.items()}
# (Arabic puts its demonstrative before a noun too, "هذا اللقاء": read so for a meeting only, the agreements' rule
# above keeps its readings)
_MEETING_DEICTIC = {**_DEICTIC_BEFORE, "ar": tuple(normalize(w) for w in ("هذا", "هذه"))}
_DEICTIC_AFTER = {lang: tuple(normalize(w) for w in ws) for lang, ws in {
    "ar": ("اليوم", "هذا", "هذه"), "fa": ("امروز",)}.items()}


def _drop_anaphors(sc: Scan, concept_hits: dict[str, list[Hit]], reasons: list[str]) -> None:
    """A contact word that points back to a contact told earlier ("we have programmes with A and B, but today's
    agreement is the first of its kind") is that contact again, not a new one with the states of its own
    sentence: it is dropped where an earlier sentence already reports a contact."""
    lang, norm = (sc.lang or "")[:2], sc.norm
    first = min((h.sent for cid in ("agreement", "memorandum", "talks", "meeting") for h in concept_hits.get(cid, ())),
                default=None)
    if first is None:
        return
    for cid in ("agreement", "memorandum"):
        hits = concept_hits.get(cid)
        if not hits:
            continue
        def back(h: Hit) -> bool:
            if h.sent <= first:
                return False
            before = WORDS.findall(norm[max(0, h.tstart - 20) : h.tstart])
            if before[-2:-1] and before[-1] == "s" and norm[h.tstart - 3 : h.tstart - 2] in "'’":
                before.pop()  # "today's": the possessive's "s"
            after = WORDS.findall(norm[h.tend : h.tend + 20])
            return bool((lang in _DEICTIC_BEFORE and before and before[-1].startswith(_DEICTIC_BEFORE[lang]))
                        or (after and after[0] in _DEICTIC_AFTER.get(lang, ())))
        _drop_hits(sc, concept_hits, cid, [h for h in hits if back(h)], "points back to the contact told before",
                   reasons)


def _meeting_anaphors(sc: Scan, concept_hits: dict[str, list[Hit]]) -> dict[int, int]:
    """The sentences whose meeting points back to the one told before ("at this meeting", "پس از این دیدار", "осы
    кездесуде", "في هذا اللقاء"), each with the sentence of the last contact before it: that meeting again, diplomacy
    only where that one is (a governor's meeting with a town's elders, one of whom says his family moved to Kazakhstan,
    stays the governor's; the first secretary who spoke "after this meeting" with a neighbour's delegation is in it)."""
    meetings = concept_hits.get("meeting")
    if not meetings:
        return {}
    lang, norm = (sc.lang or "")[:2], sc.norm
    contacts = sorted({h.sent for cid in ("agreement", "memorandum", "talks", "meeting")
                       for h in concept_hits.get(cid, ())})
    found: dict[int, int] = {}
    for h in meetings:
        told = bisect_right(contacts, h.sent - 1)  # the contacts told in sentences before this one
        if not told:
            continue
        before = WORDS.findall(norm[max(0, h.tstart - 20) : h.tstart])
        if lang in _MEETING_DEICTIC and before and before[-1].startswith(_MEETING_DEICTIC[lang]):
            found[h.sent] = contacts[told - 1]
    return found


def _drop_hits(sc: Scan, concept_hits: dict[str, list[Hit]], cid: str, dropped: list[Hit], why: str,
               reasons: list[str]) -> None:
    """Take ``dropped`` out of a concept's hits (the concept goes when none is left) and say which word was read in
    another sense and why: the one way the sense steps remove an event word."""
    if not dropped:
        return
    kept = [h for h in concept_hits[cid] if h not in dropped]
    if kept:
        concept_hits[cid] = kept
    else:
        del concept_hits[cid]
    reasons.append(f"another sense: '{sc.surface(dropped[0])}' ({why})")


def _index(lex: list[Hit]) -> dict[tuple[str, str], list[Hit]]:
    """The lexicon hits by (kind, key), each list in text order. Why: a dozen rules each want the hits of one or two
    keys (the counterpart words, the ambassador words, a cue); one pass here replaces a filtering pass over every
    hit per rule (some 50 hits in a diplomatic article)."""
    by: dict[tuple[str, str], list[Hit]] = {}
    for h in lex:
        e = h.entry
        k = (e.kind, e.key)
        found = by.get(k)
        if found is None:
            by[k] = [h]
        else:
            found.append(h)
    return by


def _office_hits(by: dict[tuple[str, str], list[Hit]]) -> list[Hit]:
    """The hits of a state's office or organ: an office concept (a minister, an embassy) or a state cue; from the
    index (not in text order)."""
    out = [h for cid in _office_ids() for h in by.get(("concept", cid), ())]
    out += by.get(("cue", "state"), ())
    return out


def _bodies_counterparts(by: dict[tuple[str, str], list[Hit]], offices: set[int]) -> set[int]:
    """The starts of the counterpart words that follow a body that is no state in their sentence ("the hauliers'
    association met its Uzbek counterparts", "авиакомпания провела переговоры с коллегами из"): the same kind of
    body abroad, not a second state; a state's office in the sentence (``offices``: their sentences) keeps them
    counterparts of officials (a minister who toured a company's plant)."""
    counterparts = by.get(("concept", "counterpart"))
    if not counterparts:
        return set()
    bodies: dict[int, int] = {}  # (producers, investors, firms: no state; the first in each sentence)
    for key in ("body", "private"):
        for h in by.get(("cue", key), ()):
            if h.sent not in bodies or h.start < bodies[h.sent]:
                bodies[h.sent] = h.start
    return {h.start for h in counterparts if h.sent in bodies and bodies[h.sent] < h.start and h.sent not in offices}


# A dealer's counterparts are the banks and brokers across the trade ("our counterparts at the banks", "نظراؤنا في
# البنوك", "همتایان ما در بانک‌ها"): a market's side named right after the word (a link, up to two words), no state.
_MARKET_LINKS = word_set(("at", "in", "from", "of", "في", "من", "لدى", "در", "از"))
_POSSESSIVE_AFTER = word_set(("ما", "شما", "خود", "آنها"))
_MARKET_SIDES = tuple(normalize(w) for w in (
    "bank", "brokerage", "broker", "dealer", "trading desk", "fund", "البنوك", "بنوك", "المصارف", "مصارف",
    "شركات الوساطة", "بانک", "کارگزاری", "صرافی"))


def _market_counterparts(sc: Scan, by: dict[tuple[str, str], list[Hit]], offices: set[int]) -> set[int]:
    """The starts of the counterpart words a market's side follows in a sentence with no office of a state (see
    :data:`_MARKET_SIDES`; ``offices``: the sentences with one): a trader's counterparts, no official of another
    state."""
    found: set[int] = set()
    norm = sc.norm
    for h in by.get(("concept", "counterpart"), ()):
        after = norm[h.tend : h.tend + 40]
        after = after[: m.start()] if (m := _FIGURE_BREAK.search(after)) else after
        words = WORDS.findall(after)
        if words[:1] and words[0] in _POSSESSIVE_AFTER:  # Persian puts "our" after the noun ("همتایان ما")
            words = words[1:]
        if not words or words[0] not in _MARKET_LINKS:
            continue
        if not any(" ".join(words[i:i + 2]).startswith(_MARKET_SIDES) for i in (1, 2, 3)):
            continue
        if h.sent not in offices:
            found.add(h.start)
    return found


# Russian and Kazakh say "colleague" for an official's counterpart and for anyone's colleague (a scientist's, a
# doctor's, "our colleagues in Mongolia"): the word names another state's official only beside an office.
_COLLEAGUES = tuple(normalize(w) for w in ("коллег", "әріптес"))


def _plain_colleagues(sc: Scan, gaz: list[Hit], by: dict[tuple[str, str], list[Hit]], offices: set[int]) -> set[int]:
    """The starts of the Russian and Kazakh colleague words in a sentence with no office of a state (a minister, an
    embassy, a state's organ, a leader; ``offices``: the sentences of the lexicon's): a profession's colleagues
    ("коллеги Байкенова надеются", "Моңғолиядағы әріптестеріміз"), no counterpart of an official."""
    words = [h for h in by.get(("concept", "counterpart"), ()) if sc.norm.startswith(_COLLEAGUES, h.start)]
    if not words:
        return set()
    offices = offices | {h.sent for h in gaz if h.reading == "office"}
    # a state's adjective right before them, or "из" after, names the state whose colleagues they are ("наши
    # китайские коллеги" of border guards, "коллегами из Узбекистана"); a place they are in does not ("Ресейдегі")
    named = {h.tend for h in gaz if h.entry.kind == "country" and h.entry.via in ("adjective", "ethnonym")}
    norm = sc.norm
    return {h.start for h in words if h.sent not in offices and h.tstart - 1 not in named
            and not norm.startswith(" из ", h.tend) and " из" not in norm[h.start : h.end]}


# A state body named in full ("Жоғары аудиторлық палата", "Госагентство архитектуры и строительства", "the State
# Agency for Environmental Protection", "الهيئة العامة للموانئ", "سازمان حفاظت محیط زیست") and later by its head noun
# alone ("палата төрағасы", "директор агентства", "the agency's head", "رئيس الهيئة", "رئیس سازمان"): the same body,
# the home's own organ named alone, where the head noun acts in a later sentence. Russian's "гос-" compound is read by
# its noun ("госагентство": "агентство"); Arabic and Persian put the head first, the others last.
_HEAD_STEM = 5  # letters of the head noun compared (case endings and possessives after them)
_COMPOUND_STATE = normalize("гос")


def _body_head(sc: Scan, h: Hit) -> str:
    """The stem of the head noun of a state body's name (see above)."""
    words = WORDS.findall(sc.norm, h.start, h.end)
    if not words:
        return ""
    head = words[0] if (sc.lang or "")[:2] in ("ar", "fa") else words[-1]
    if head.startswith(_COMPOUND_STATE) and len(head) > len(_COMPOUND_STATE) + _HEAD_STEM:
        head = head[len(_COMPOUND_STATE):]
    return head[:_HEAD_STEM] if len(head) >= _HEAD_STEM else ""


def _home_attached(sc: Scan, h: Hit, home: str | None) -> bool:
    """A body named with its home state's place or name (Kazakh copy's "Астана қаласындағы Ұлттық академиялық
    кітапхана", Persian copy's "انستیتو پاستور ایران"), in copy whose language has a home: named again by its head
    noun alone it is the home's body still, as an office named alone there is."""
    if home is None:
        return False
    states = {g.entry.country for g in sc.gaz if g.sent == h.sent and g.reading in ("office", "state")}
    return states == {home}


def _body_anaphors(sc: Scan, lex: list[Hit], loose_offices: dict[int, Hit], office_sents: set[int],
                   event_sents: set[int]) -> None:
    """Adds to ``loose_offices`` the head noun that names again a state body named in full alone before (see above),
    in a later sentence with an event and no loose office of its own."""
    home = HOME_BY_LANGUAGE.get((sc.lang or "")[:2])
    named = [h for h in lex if h.entry.kind == "cue" and h.entry.key == "state"
             and (loose_offices.get(h.sent) is h if h.reading != "attached" else _home_attached(sc, h, home))]
    if not named:
        return
    # ("агентства": a weak office word; "кітапхана", the institution's noun, is a national library's own head)
    covered = [(h.start, h.end) for h in lex if h.entry.key not in ("state_weak", "institution")]
    norm = sc.norm
    for body in named:
        stem = _body_head(sc, body)
        if not stem:
            continue
        for m in re.finditer(r"\b" + re.escape(stem) + r"\w*", norm[body.end:]):
            at = body.end + m.start()
            s = bisect_right(sc.ends, at)
            if s in loose_offices or s not in event_sents or any(a <= at < b for a, b in covered):
                continue
            para = next((h.para for h in lex if h.sent == s), -1)
            loose_offices[s] = Hit(at, body.end + m.end(), at, body.end + m.end(), sc.offsets[at],
                                   sc.offsets[body.end + m.end()], body.entry, sent=s, para=para)
            office_sents.add(s)


# A former office-holder ("former envoys", "a former Uzbek deputy foreign minister", "who served as ambassador",
# "бывший посол", "экс-министр", "бұрынғы елші", "السفير الأوزبكي السابق", "سفیر پیشین"): a person speaking for
# himself, no state acting. English, Russian and Kazakh put the word before the office (adjectives may stand
# between), Arabic and Persian after it (a nationality adjective between); Arabic "في وقت سابق" is "earlier".
# A retired one is the same ("a retired ambassador", "посол в отставке", "отставкадағы елші", "السفير المتقاعد",
# "سفیر بازنشسته"): his memoir or lecture recalls his posting, no state acts through him now.
_FORMER_BEFORE = word_set(("former", "ex", "onetime", "one-time", "erstwhile", "served", "экс",
                                                  "бұрынғы", "retired", "отставкадағы", "зейнеткер"))
_FORMER_PREFIX = tuple(normalize(w) for w in ("бывш", "ex-", "экс-", "отставн"))  # бывший/бывшего..., "ex-foreign",
# "экс-министр", отставной/отставного
_FORMER_AFTER = tuple(normalize(w) for w in ("سابق", "السابق", "سابقة", "السابقة", "سابقون", "السابقون", "سابقين",
                                             "السابقين", "الأسبق", "اسبق", "پیشین", "سابقا", "سابقاً", "متقاعد",
                                             "المتقاعد", "متقاعدون", "المتقاعدون", "متقاعدين", "المتقاعدين",
                                             "بازنشسته"))
_FORMER_AFTER_RU = normalize(" в отставке")  # Russian puts the retirement after the office and its country's genitive
# ("посол Казахстана в отставке")
_NOT_FORMER = normalize("وقت")
_FORMER_SPAN = 40  # characters looked at beside the office word
_FORMER_WORDS = 3


def _former_offices(sc: Scan, offices: list[Hit]) -> set[int]:
    """Starts of the office words (``offices``: the :func:`_office_hits`) held no more (see above): told of a
    person, not of a state acting now."""
    out: set[int] = set()
    norm, lang = sc.norm, (sc.lang or "")[:2]
    for h in offices:
        if lang in ("ar", "fa"):
            after = _clause_after(norm, h.end, _FORMER_SPAN).split()[:_FORMER_WORDS - 1]
            if any(w in _FORMER_AFTER and (i == 0 or after[i - 1] != _NOT_FORMER) for i, w in enumerate(after)):
                out.add(h.start)
        else:
            before = _clause_before(norm, h.start, _FORMER_SPAN).split()[-_FORMER_WORDS:]
            after = _clause_after(norm, h.end, _FORMER_SPAN)
            held = norm.startswith(_FORMER_PREFIX, h.start) or (
                lang == "ru" and _FORMER_AFTER_RU in " ".join([""] + after.split()[:_FORMER_WORDS + 1]))
            if held or any(w in _FORMER_BEFORE or w.startswith(_FORMER_PREFIX) for w in before):
                out.add(h.start)
    if out:
        out |= _same_former(offices, out)
    return out


# A story whose only office-holder is a former envoy (a portrait of a retired ambassador, his memoir): once the text
# calls him former ("бұрынғы дипломат", "the retired ambassador"), its other envoy words that name no sending state
# ("he served as ambassador in Malaysia", "Малайзияда елші болып", "работал послом в Венгрии") are his past postings,
# as a figurative ambassador keeps his sense (:func:`_same_figure`). Any other office of a state in the story (a
# minister, an ambassador of a named state) leaves them as they are.
_ENVOY_WORDS = frozenset({"ambassador", "diplomacy", "consul"})


def _same_former(offices: list[Hit], former: set[int]) -> set[int]:
    """The starts of the envoy words of a story whose only office-holder is a former one (see above)."""
    envoys = []
    for h in offices:
        if h.entry.kind != "concept" or h.start in former:
            continue
        if h.entry.key not in _ENVOY_WORDS or h.reading == "attached":
            return set()
        envoys.append(h.start)
    return set(envoys)


def _figurative_envoys(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """The starts of the ambassador words that stand for a brand, goodwill or a dish, not a state's envoy: a cook
    called "the ambassador of the Azeri dish", a football star a "brand ambassador"."""
    norm, lang, found = sc.norm, (sc.lang or "")[:2], set()
    for h in by.get(("concept", "ambassador"), ()):
        after = norm[h.tend : h.tend + _FIGURE_SPAN]
        after = after[: m.start()] if (m := _FIGURE_BREAK.search(after)) else after
        words = WORDS.findall(after)
        if lang in _FIGURE_AFTER and words and _figure_at(words[:3]):
            found.add(h.start)
            continue
        if lang == "en" and words[:1] and words[0] in _FIGURE_LINKS:  # "ambassador of (the) (Kazakh) cuisine"
            rest = words[2:] if words[1:2] == ["the"] else words[1:]
            if any(_figure_at(rest[i : i + 3]) for i in range(3)):  # up to two adjectives ("Central Asian")
                found.add(h.start)
                continue
        before = norm[max(0, h.tstart - _FIGURE_SPAN) : h.tstart].rstrip(_FIGURE_QUOTES)  # «елшілері»: quoted, a figure
        if lang not in _FIGURE_BEFORE or before[-1:] not in (" ", "-"):
            continue
        before = before[m.end():] if (m := _last_match(_FIGURE_BREAK, before)) else before
        words = WORDS.findall(before)
        if any(_figure_at(words[-n:], whole=True) for n in (1, 2) if len(words) >= n):
            found.add(h.start)
    if found:
        found |= _same_figure(sc, by)
    return found


# An envoy's word used as a proper name: a dog, a horse, a ship or a brand called "Consul", "Ambassador", «Посол»,
# «Дипломат», "Елші" ("a German shepherd named Consul", "овчарка по кличке Консул", "Елші атты айғыр", "حصان يدعى
# السفير", "اسبی به نام سفیر"). The name is read where the language tells it: after a word of naming ("named",
# "по кличке", "يدعى", "به نام"; Kazakh puts "атты", "есімді" after it), right after an animal's or a vessel's noun
# in the scripts with capitals (there a capital marks the name; in Arabic and Persian a noun right before is the
# owner's genitive: "كلب السفير" is the ambassador's dog), or quoted alone with a capital («Консул»). Once the text
# so names something, the same word written with a capital inside a sentence and no name after it ("Консулу четыре
# года") is that name too; a capitalised title before a person's name ("Ambassador Smith") is not.
_NAME_KEYS = ("ambassador", "consul", "diplomacy")
_NAMING_BEFORE = {lang: word_set(ws) for lang, ws in {
    "en": ("named", "called", "dubbed", "nicknamed"),
    "ru": ("кличке", "кличкой", "кличка", "кличку", "прозвищу", "прозвищем", "прозвище", "зовут", "названием"),
    "kk": ("лақап", "аты", "есімі"),
    "ar": ("يدعى", "تدعى", "اسمه", "اسمها", "المسمى", "المسماة", "الملقب", "الملقبة", "يلقب", "تلقب"),
    "fa": ("موسوم", "نام", "لقب"),
}.items()}
_NAMING_AFTER = {"kk": word_set(("атты", "есімді", "лақапты"))}
_NAMED_BEINGS = {lang: word_set(ws) for lang, ws in {
    "en": ("dog", "horse", "stallion", "mare", "colt", "filly", "gelding", "racehorse", "cat", "puppy", "hound",
           "shepherd", "terrier", "retriever", "camel", "falcon", "parrot", "ship", "vessel", "yacht", "ferry",
           "tanker", "tug", "brand"),
    "ru": ("собака", "собаки", "собаку", "пес", "пса", "псу", "овчарка", "овчарки", "овчарку", "щенок", "щенка",
           "конь", "коня", "жеребец", "жеребца", "кобыла", "кобылы", "скакун", "скакуна", "кот", "кота", "кошка",
           "верблюд", "сокол", "беркут", "попугай", "судно", "теплоход", "теплохода", "яхта", "яхты", "паром",
           "парома", "танкер", "танкера", "бренд", "марка", "марки"),
    "kk": ("ит", "төбет", "күшік", "тазы", "айғыр", "бие", "сәйгүлік", "жүйрік", "тұлпар", "мысық", "түйе", "бүркіт",
           "сұңқар", "кеме", "паром", "бренд"),
}.items()}
_CAPITAL_NAMES = frozenset({"en", "ru", "kk"})
_SENTENCE_OPENERS = ".!?:;\n«\"“„'‘—–-("


def _office_names(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """The starts of the envoy words that are a proper name (see above), not an office."""
    lang = (sc.lang or "")[:2]
    hits = sorted((h for key in _NAME_KEYS for h in by.get(("concept", key), ())), key=attrgetter("start"))
    if not hits or lang not in _NAMING_BEFORE:
        return set()
    norm, text, capitals = sc.norm, sc.text, lang in _CAPITAL_NAMES

    def capital(h: Hit) -> bool:
        return text[h.ostart : h.ostart + 1].isupper()

    def inside(h: Hit) -> bool:  # neither a sentence's nor a quotation's first word
        before = text[max(0, h.ostart - 3) : h.ostart].rstrip(" \t")
        return bool(before) and before[-1] not in _SENTENCE_OPENERS

    def named(h: Hit) -> bool:
        if capitals and not capital(h):
            return False
        words = WORDS.findall(_clause_before(norm, h.tstart, _FIGURE_SPAN).rstrip(_FIGURE_QUOTES))
        if words and words[-1] in _NAMING_BEFORE[lang]:
            return lang != "fa" or words[-1] != "نام" or words[-2:-1] in (["به"], ["با"])
        if capitals and words and words[-1] in _NAMED_BEINGS.get(lang, ()):
            return True
        after = WORDS.findall(_clause_after(norm, h.tend, _FIGURE_SPAN))
        if after[:1] and after[0] in _NAMING_AFTER.get(lang, ()):
            return True
        # quoted alone: «Консул», "Ambassador" (a name, a title of a work), inside a sentence
        return (capitals and inside(h) and norm[h.tstart - 1 : h.tstart] in ("«", '"', "“")
                and norm[h.tend : h.tend + 1] in ("»", '"', "”"))

    found = {h.start for h in hits if named(h)}
    if not found or not capitals:
        return found
    keys = {h.entry.key for h in hits if h.start in found}
    for h in hits:
        if h.start in found or h.entry.key not in keys or not capital(h) or not inside(h):
            continue
        after = text[h.oend : h.oend + 40].lstrip(" ")
        before = WORDS.findall(text[max(0, h.ostart - 40) : h.ostart])[-1:]
        if after[:1].isupper() or (before and before[0][:1].isupper()):
            continue  # a title before a name ("Ambassador Smith") or after a capitalised word ("Полномочный Посол")
        found.add(h.start)
    return found


# An embassy named as a place: a building on a street, a landmark for a detour or a bus stop ("near the embassies",
# "outside the Russian embassy", "возле посольства", "напротив посольства Кыргызстана", "елшіліктерінің алдындағы
# аялдама", "елшілік орналасқан", "أمام السفارة", "بالقرب من السفارة", "مقابل سفارت", "نزدیکی سفارت"): where
# something is, no mission acting. English, Russian, Arabic and Persian put the word of place before the embassy (a
# link word, "с", "от", "من", may stand between; English an article and adjectives too); Kazakh puts its postposition,
# or the verb "located", after the embassy's genitive. (Russian "у" is left out: "у посольства нет данных" is the
# embassy's own; Persian "کنار": "در کنار سفارت" is "together with the embassy".)
_PLACE_BEFORE = {lang: word_set(ws) for lang, ws in {
    "en": ("near", "nearby", "outside", "opposite", "beside", "behind", "past", "front"),
    "ru": ("возле", "около", "рядом", "напротив", "перед", "вблизи", "близ", "мимо", "неподалеку", "неподалёку",
           "недалеко"),
    "ar": ("قرب", "بالقرب", "أمام", "امام", "مقابل", "بجوار", "خلف", "قبالة", "بمحاذاة", "محيط", "بمحيط"),
    "fa": ("نزدیک", "نزدیکی", "مقابل", "جلوی", "روبروی", "روبه‌روی", "پشت", "اطراف", "حوالی"),
}.items()}
_AND_AR = frozenset(normalize("وف"))  # "وبالقرب من", "فأمام": a word of place after "and"
_PLACE_LINKS = word_set(("the", "of", "to", "с", "со", "от", "من", "در"))
_PLACE_GAP = {"en": 3}  # English adjectives between ("outside the Russian embassy"); else only link words
_PLACE_AFTER_KK = word_set(("алдында", "алдындағы", "алдынан", "маңында", "маңындағы", "маңы", "қасында",
                            "қасындағы", "қарсысында", "қарсысындағы", "іргесінде", "іргесіндегі", "орналасқан"))
_PLACE_AFTER = {"en": word_set(("located", "situated")), "ru": ("располож",), "kk": _PLACE_AFTER_KK}


def _embassy_places(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """The starts of the embassy words that name a building as a place (see above), not a mission acting."""
    hits = by.get(("concept", "embassy"))
    lang = (sc.lang or "")[:2]
    if not hits:
        return set()
    norm, found = sc.norm, set()
    before_words, after_words = _PLACE_BEFORE.get(lang), _PLACE_AFTER.get(lang)
    for h in hits:
        if before_words:
            words = WORDS.findall(_clause_before(norm, h.tstart, _FIGURE_SPAN))[-(_PLACE_GAP.get(lang, 0) + 2):]
            for i in range(len(words) - 1, -1, -1):
                w = words[i][1:] if lang == "ar" and words[i][:1] in _AND_AR else words[i]
                if words[i] in before_words or w in before_words:
                    between = words[i + 1 :]
                    if lang in _PLACE_GAP or all(w in _PLACE_LINKS for w in between):
                        found.add(h.start)
                    break
        if after_words and h.start not in found:
            words = WORDS.findall(_clause_after(norm, h.tend, _FIGURE_SPAN))[:2]
            if lang == "ru":
                if any(w.startswith(after_words) for w in words):
                    found.add(h.start)
            elif words[:1] and words[0] in after_words or (lang == "en" and words[1:2] and words[1] in after_words):
                found.add(h.start)
    return found


# A figurative diplomacy: a noun of diplomacy qualified by what it stands for, as a figurative ambassador is
# (the same words: songs, sport, football, chess, cuisine, a brand): "song diplomacy", "футбольная дипломатия", "ән
# дипломатиясы", "دبلوماسية الأغنية", "دیپلماسی فوتبال". A singer's tour or a match billed so is no state's contact.
# English, Russian and Kazakh put the qualifier before the noun (Russian as an adjective), Arabic and Persian after.
# Whatever the qualifier, a noun of diplomacy the text quotes with it alone, a phrase of two or three words ('"giraffe
# diplomacy"', «винная дипломатия», «жылқы дипломатиясы», «دبلوماسية الزرافة», «دیپلماسی زرافه»), is the writer's or
# a speaker's coinage for a private deal or a show, as a quoted "delegation" is (:func:`_so_called`).
_COINAGE_WORDS = (2, 3)
_DIPLOMACY_NOUNS = {"en": ("diplomacy",), "ru": ("дипломати",), "kk": ("дипломатия",),
                    "ar": tuple(normalize(w) for w in ("دبلوماسية", "الدبلوماسية")), "fa": (normalize("دیپلماسی"),)}
_NOT_NOUN = tuple(normalize(w) for w in ("дипломатическ", "дипломатиялық", "дипломатичн"))


def _figurative_diplomacy(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """The starts of the diplomacy nouns that stand for songs, sport or a dish, not states' relations (see above)."""
    norm, lang, found = sc.norm, (sc.lang or "")[:2], set()
    nouns = _DIPLOMACY_NOUNS.get(lang)
    if not nouns:
        return found
    for h in by.get(("concept", "diplomacy"), ()):
        word = norm[h.tstart : h.tend]
        if word.startswith(_NOT_NOUN) or not (word.startswith(nouns) if lang in ("ru", "kk") else word in nouns):
            continue
        if _quoted_coinage(norm, h):
            found.add(h.start)
            continue
        if lang in _FIGURE_AFTER and lang != "ru":
            after = _clause_after(norm, h.tend, _FIGURE_SPAN)
            if _figure_at(WORDS.findall(after)[:3]):
                found.add(h.start)
            continue
        before = _FIGURE_BREAK.split(norm[max(0, h.tstart - _FIGURE_SPAN) : h.tstart].rstrip(_FIGURE_QUOTES))[-1]
        words = WORDS.findall(before)
        if any(_figure_at(words[-n:], whole=True) for n in (1, 2) if len(words) >= n):
            found.add(h.start)
    return found


def _quoted_coinage(norm: str, h: Hit) -> bool:
    """The diplomacy noun stands in quotes with one or two words more and nothing else (see above)."""
    opening = _last_match(_NAME_OPEN, norm, max(0, h.tstart - _FIGURE_SPAN), h.tstart)
    close = _NAME_CLOSE.search(norm, h.tend, h.tend + _FIGURE_SPAN)
    if opening is None or close is None or _CLAUSE_BREAK.search(norm, opening.end(), close.start()) is not None:
        return False
    return len(WORDS.findall(norm, opening.end(), close.start())) in _COINAGE_WORDS


# A mission's kin ("spouses of diplomats", "diplomats' wives", "жёны дипломатов", "семьи послов", "дипломаттардың
# жұбайлары", "زوجات الدبلوماسيين", "همسران دیپلمات‌ها"): private people at a charity bazaar or a club's fair, no
# state acting through them. English, Russian, Arabic and Persian put the kin noun first (English "of" between),
# English's possessive and Kazakh's genitive put it after.
_KIN = tuple(normalize(w) for w in (
    "spouse", "wife", "wives", "husband", "famil", "children", "жен", "супруг", "сем", "дет", "жұбай", "әйел",
    "отбасы", "балалар", "زوجات", "زوجة", "أزواج", "عقيلات", "عقيلة", "عائلات", "أسر", "همسر", "خانواده"))
_KIN_EXACT = word_set(("жены", "жен", "женам", "женами", "семьи", "семей", "семьям",
                                              "семьями", "дети", "детей", "детям", "детьми"))
_KIN_SHORT = tuple(normalize(w) for w in ("жен", "сем", "дет"))  # Russian stems that also begin other words
_KIN_WORDS = 2


def _is_kin(word: str) -> bool:
    """A kin noun of :data:`_KIN` (Russian short stems only in their case forms: "жен" is no "женщина")."""
    if word in _KIN_EXACT:
        return True
    return word.startswith(_KIN) and not word.startswith(_KIN_SHORT)


def _kin_of_envoys(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """The starts of the diplomat and ambassador words that name a mission's kin (see above), not its envoys."""
    norm, found = sc.norm, set()
    for h in (*by.get(("concept", "diplomacy"), ()), *by.get(("concept", "ambassador"), ())):
        before = _clause_before(norm, h.tstart, _FIGURE_SPAN)
        words = [w for w in WORDS.findall(before) if w not in ("of", "the", "foreign")][-_KIN_WORDS:]
        after = _clause_after(norm, h.tend, _FIGURE_SPAN)
        later = WORDS.findall(after)[:_KIN_WORDS]
        if later[:1] == ["s"]:  # "diplomats' spouses" (the apostrophe splits the word)
            later = later[1:]
        if any(_is_kin(w) for w in words) or any(_is_kin(w) for w in later[:1]):
            found.add(h.start)
    return found


# A word of diplomacy the text itself puts in quotation marks, alone («делегацияны», «екі ел» – екі ауыл, "the
# 'summit' of two families", «الوفد», «هیئت»): a so-called delegation or "two countries", the writer's figure for two
# families or villages; the same words elsewhere in the text keep that sense. A speaker's whole sentence in quotes
# («Екі ел бас қосты, ...») is no quoted word.
_SO_CALLED = frozenset({"bilateral", "delegation"})


def _so_called(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """The starts of the concept words of :data:`_SO_CALLED` that the text quotes alone somewhere (see above)."""
    norm, found = sc.norm, set()
    for key in _SO_CALLED:
        hits = by.get(("concept", key), ())
        quoted = {norm[h.start : h.end] for h in hits
                  if norm[h.tstart - 1 : h.tstart] == '"' and norm[h.tend : h.tend + 1] == '"'}
        found |= {h.start for h in hits if norm[h.start : h.end] in quoted}
    return found


def _same_figure(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """Once the text calls someone a figurative ambassador ("the tourism ambassadors", a project "Ambassador of
    the brand"), the word keeps that sense in every other mention that names no state ("the ambassadors will tour the
    regions", "Елшілер қатарында", "послы проекта"): the starts of the ambassador words with no country beside them
    ("attached") and none accredited after them ("the ambassador to Kazakhstan" is an envoy)."""
    norm = sc.norm
    countries = [h for h in sc.gaz if h.entry.kind == "country"]
    out: set[int] = set()
    for h in by.get(("concept", "ambassador"), ()):
        if h.reading == "attached":
            continue
        words = WORDS.findall(norm, h.tend, h.tend + 24)[:3]
        if _HOST_WORDS.intersection(words) and any(
                c.sent == h.sent and h.tend <= c.tstart <= h.tend + 40 for c in countries):
            continue
        out.add(h.start)
    return out


def _last_match(pattern: re.Pattern[str], text: str, a: int = 0, b: int | None = None) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[a:b]`` (a clause's last break: the words before a word stop there)."""
    return max(pattern.finditer(text, a, len(text) if b is None else b), key=lambda m: m.start(), default=None)


def _drop_other_senses(sc: Scan, by: dict[tuple[str, str], list[Hit]], offices: list[Hit],
                       concept_hits: dict[str, list[Hit]], reasons: list[str]) -> bool:
    """Words whose other sense is no event: a company's presence in a market ("ضاعفت حضورها في أوزبكستان",
    "присутствовала на рынке") is where it trades, English "talks about"/"talks to children" is someone
    speaking, a trade's summit is a conference of firms. The sense is read from the words beside it, so "his
    attending" and "held talks" stay events. True when a strong word (a summit) was dropped."""
    business = [h for key in _BUSINESS for h in by.get(("cue", key), ())]  # (any() over them: order is no matter)

    def owned(h: Hit, m: Hit) -> bool:
        if m.sent != h.sent:
            return False
        gap, (a, b) = ((_AFTER.get(m.entry.key), (h.tend, m.tstart)) if m.tstart >= h.tend
                       else (_BEFORE.get(m.entry.key), (m.tend, h.tstart)))
        return (gap is not None and a <= b and _CLAUSE_BREAK.search(sc.norm, a, b) is None
                and at_most_words(gap).fullmatch(sc.norm, a, b) is not None)

    def other(h: Hit) -> bool:
        word = sc.norm[h.start : h.end]
        if h.entry.key == "participation" and word.startswith(_PRESENCE) and sc.norm[h.tstart : h.start] != "ب":
            return any(owned(h, m) for m in business)
        return h.entry.key == "talks" and word == "talks" and _TALKS_VERB.match(sc.norm, h.end) is not None

    for cid in ("participation", "talks"):
        _drop_hits(sc, concept_hits, cid, [h for h in concept_hits.get(cid, ()) if other(h)], cid, reasons)
    _drop_press_credentials(sc, concept_hits, reasons)
    _drop_international_relations(sc, concept_hits, reasons)
    _drop_amounts_received(sc, offices, concept_hits, reasons)
    _drop_firms_deals(sc, by, concept_hits, reasons)
    twinned = _drop_institutions_twinning(sc, by, offices, concept_hits, reasons)
    sport = _drop_sport_summits(sc, by, offices, concept_hits, reasons)
    return _drop_trade_summits(sc, by, offices, concept_hits, reasons) or sport or twinned


# English "credentials" are also a press pass ("the election commission's press centre issues credentials to
# journalists"); the envoy's are "letters of credence" too, and the other languages have a word of their own for each
# ("верительные грамоты" against "аккредитация", "أوراق اعتماد" against "بطاقة اعتماد", "استوارنامه", "сенім
# грамоталары"). Bare "credentials" in a sentence that names the press and no envoy are the reporters' pass.
_PRESS = re.compile(r"\b(?:journalist|reporter|correspondent|press\b|media\b|blogger|photographer"
                    r"|camera ?(?:man|men|crew)|newsroom|accredit)")
_ENVOY_CONCEPTS = ("ambassador", "embassy", "consul")


def _drop_press_credentials(sc: Scan, concept_hits: dict[str, list[Hit]], reasons: list[str]) -> None:
    """Drop bare English "credentials" where their sentence names the press and no envoy (see :data:`_PRESS`)."""
    hits = concept_hits.get("credentials")
    if not hits or not (sc.lang or "").startswith("en"):
        return
    envoys = {h.sent for cid in _ENVOY_CONCEPTS for h in concept_hits.get(cid, ())}
    ends = sc.ends
    dropped = [h for h in hits if sc.norm[h.start : h.end] == "credentials" and h.sent not in envoys
               and _PRESS.search(sc.norm, ends[h.sent - 1] if h.sent else 0,
                                            ends[h.sent] if h.sent < len(ends) else len(sc.norm)) is not None]
    _drop_hits(sc, concept_hits, "credentials", dropped, "a press pass: credentials for reporters, no envoy's",
               reasons)


# "International relations" ("международных отношений", "халықаралық қатынастар", "العلاقات الدولية", "روابط
# بین‌الملل"): the field an institute, a faculty or an expert is named after, or the world's order; no relations of
# two states. English, Russian and Kazakh put the adjective before the noun, Arabic and Persian after.
_INTERNATIONAL_BEFORE = ("international", "международн", "халықаралық")
_INTERNATIONAL_AFTER = tuple(normalize(w) for w in ("الدولية", "الدولي", "بین‌الملل", "بین‌المللی", "بین الملل",
                                                     "بین المللی"))


def _drop_international_relations(sc: Scan, concept_hits: dict[str, list[Hit]], reasons: list[str]) -> None:
    """Drop the relations words qualified as international (see above)."""
    hits = concept_hits.get("relations")
    if not hits:
        return
    norm = sc.norm

    def international(h: Hit) -> bool:
        before = WORDS.findall(norm, max(0, h.tstart - 30), h.tstart)[-1:]
        if before and before[0].startswith(_INTERNATIONAL_BEFORE):
            return True
        return norm.startswith(_INTERNATIONAL_AFTER, h.tend + 1) and norm[h.tend : h.tend + 1] == " "

    _drop_hits(sc, concept_hits, "relations", [h for h in hits if international(h)],
               "international relations: a field or the world's order, no two states' ties", reasons)


# A twinning of schools, universities, clubs, theatres ("the gymnasium and a school from Busan became twins",
# "бауырлас мектептер", "توأمة بين مدرستين", "خواهرخواندگی دو دانشگاه"): the institutions' own, no twinning of cities
# or provinces. Its memorandum and its exchange are theirs too.
_INSTITUTION_DEALS = ("twinning", "memorandum", "agreement", "cooperation", "bilateral", "meeting")


def _drop_institutions_twinning(sc: Scan, by: dict[tuple[str, str], list[Hit]], offices: list[Hit],
                                concept_hits: dict[str, list[Hit]], reasons: list[str]) -> bool:
    """Drop a twinning, and the memorandum and contacts in its sentence, where the sentence names an institution
    (a school, a university, a theatre, a club, pupils ...) and no city or province, no office of a state or a city
    (a mayor, an akim) and no organisation: the institutions twinned. True when a twinning (strong) was dropped."""
    twins = concept_hits.get("twinning")
    if not twins:
        return False
    # (a theatre, a museum, a club, a lyceum, pupils: the culture, sport and school frames' words)
    institutions = [h for key in (("cue", "institution"), ("context", "culture"), ("context", "sport"),
                                  ("context", "school")) for h in by.get(key, ())]
    if not institutions:
        return False
    held = {h.sent for h in offices}
    for key in ("state", "local_head", "municipality"):
        held.update(h.sent for h in by.get(("cue", key), ()))
    held.update(h.sent for h in sc.gaz if h.reading == "office" or h.entry.kind == "organization")
    sides = {h.sent: h for h in institutions if h.sent not in held}
    found = {h.sent for h in twins if h.sent in sides}
    if not found:
        return False
    for cid in _INSTITUTION_DEALS:
        dropped = [h for h in concept_hits.get(cid, ()) if h.sent in found]
        if dropped:
            side = sc.surface(sides[dropped[0].sent])
            _drop_hits(sc, concept_hits, cid, dropped, f"an institution's {cid}: '{side}' is its side", reasons)
    return True


def _drop_sport_summits(sc: Scan, by: dict[tuple[str, str], list[Hit]], offices: list[Hit],
                        concept_hits: dict[str, list[Hit]], reasons: list[str]) -> bool:
    """The press calls a top fight or match a "summit" ("the summit of the heavyweight division", «саммит»
    тяжеловесов, Arabic "قمة" for the top match of a league): a summit word in a sentence a sport word frames, with no
    office of a state, no leader and no organisation in it, is the game's; heads of state meeting before a match keep
    theirs. A mountain's summit is its top ("the summit of the 7,000-metre peak", "قمة الجبل", climbers' "winter attempt
    on the summit"): a summit word in a sentence that names a mountain or its climbers is the same. True when one was
    dropped (a strong word)."""
    summits = concept_hits.get("summit")
    sport, mountains = by.get(("context", "sport"), ()), by.get(("cue", "mountain"), ())
    if not summits or not (sport or mountains):
        return False
    norm = sc.norm
    sport_sents = {h.sent for h in sport}
    # the mountain right after its summit word, the peak's height or name between ("the summit of the 7,010-metre
    # mountain", "قمة الجبل", "قمة جبل ..."): a mountain lake or resort where leaders meet is a setting, no top
    gap = at_most_words(_MOUNTAIN_GAP.get((sc.lang or "")[:2], 0))

    def top_of(h: Hit, m: Hit) -> bool:
        if m.sent != h.sent or m.tstart < h.tend or _MOUNTAIN_BREAK.search(norm, h.tend, m.tstart) is not None:
            return False
        between = norm[h.tend : m.tstart]
        return gap.fullmatch(between) is not None and (not between.strip() or _OF.match(between) is not None)

    sport_sents.update(h.sent for h in summits for m in mountains if top_of(h, m))
    if sport:
        # in a climbers' story a sentence naming a mountain names peaks: its summit words before a peak's own name
        # ("climbed the mountain ... and the summit of Lenin Peak", "تسلق جبل ... وقمة لينين") are tops too
        sport_sents.update(m.sent for m in mountains)
    held = {h.sent for h in offices}
    held.update(h.sent for h in sc.gaz if h.reading == "office" or h.entry.kind == "organization")
    # a summit word opening a quotation ("«Саммит соседей»", "dubbed the evening a \"summit of neighbours\"") is a
    # bill's name for the fight wherever the story's sport word stands (a real summit's name follows its word)
    dropped = [h for h in summits if (h.sent in sport_sents or norm[h.tstart - 1 : h.tstart] == '"')
               and h.sent not in held and norm[h.start : h.tend].startswith(_SUMMIT_WORDS)]  # (after a "و" too)
    peaks = {m.sent for m in mountains}
    if any(h.sent in peaks for h in dropped):
        # once the story calls a mountain's top its summit, its other summit words with no office of a state in
        # their sentence are tops too: the climber's next peak ("plans to climb the summit of ... next year"),
        # named by its own name with no mountain word beside it
        dropped += [h for h in summits if h not in dropped and h.sent not in held
                    and norm[h.start : h.tend].startswith(_SUMMIT_WORDS)]
    _drop_hits(sc, concept_hits, "summit", dropped,
               "a sport's or a mountain's summit: a top fight, a match, a peak; no meeting of states", reasons)
    if dropped and not held and not any(h.entry.kind == "person" for h in sc.gaz):
        # a fight's card with no state's office, leader or organisation anywhere: its talks are the camps' over the
        # bout, its delegation trainers and fans, a "diplomatic" answer a boxer's tact
        for cid in _SPORT_CONTACTS:
            _drop_hits(sc, concept_hits, cid, list(concept_hits.get(cid, ())), "a fight's camps, no state's", reasons)
    return bool(dropped)


# words between a summit word and its mountain: English "of" and the peak's height ("the summit of the 7,010-metre
# mountain"); Arabic puts the mountain right after (the idafa: "قمة الجبل", "قمة جبل خان تنغري")
_MOUNTAIN_GAP = {"en": 5}
_OF = re.compile(r"\s+of\b")
_MOUNTAIN_BREAK = re.compile(r"[;:!?()«»\"“”]|[,.،](?!\d)")  # a clause's break (not a height's "7,010")
_SPORT_CONTACTS = ("talks", "delegation", "diplomacy", "meeting", "visit", "cooperation", "bilateral", "participation")


# An agreement, a memorandum or a delegation whose side is a firm ("a supply agreement with a Japanese trading house",
# "соглашений с компаниями из Синьцзяна", "مذكرة تفاهم مع شركة", "قرارداد با شرکت‌های", "a delegation of the Uzbek
# lender", "делегацией из 30 частных компаний", "وفد من رجال الأعمال", "هیئتی از بازرگانان"): a deal between firms,
# a trip of businessmen, whoever signs or receives them (a company's seat is its address, not a state acting).
# The side follows a link word, or stands right after as a genitive (the idafa, the ezafe); Kazakh puts it before
# ("компаниялармен келісім", "кәсіпкерлер делегациясы").
_FIRM_DEALS = ("agreement", "memorandum", "delegation")
# A delegation "comprising" or "made up of" its members names them as its side too ("وفد يضم 40 رجل وسيدة أعمال",
# "a delegation comprising 40 entrepreneurs", "делегация в составе 40 предпринимателей", "هیئتی متشکل از بازرگانان").
_SIDE_LINKS = word_set((
    "with", "of", "from", "between", "с", "со", "из", "между", "от", "مع", "من", "بين", "با", "از", "بین",
    "comprising", "including", "составе", "يضم", "تضم", "ضم", "ضمّ", "متشکل", "شامل"))
_KK_WITH = ("мен", "пен", "бен")  # the Kazakh comitative glued to a noun: "with"
_KK_MAKEUP = word_set(("құрамында", "құрамындағы", "құрамына"))
_OBJECT_GAP = 3  # words of a signing verb's object or a deal's complement before the link ("a supply deal with")
_SIDE_PREFIX = word_set(("в", "made", "consisting", "composed"))  # "в составе", "made up of"
# a hyphen inside a word joins a compound ("Shymkent-based", "state-owned"): no clause's break
_CLAUSE_BREAK_COMPOUND = re.compile(r"(?!(?<=\w)-(?=\w))[^\w\s\u200c]")
# the languages whose genitive follows its noun with no link word (Russian case, the Arabic idafa, the Persian ezafe)
_GENITIVE_AFTER = frozenset({"ru", "ar", "fa"})
_SIDE_GAP = 3  # words between the link and the firm (an article, a number, adjectives: "a Japanese", "30 частных")
# Arabic and Persian put an adjective after the noun, before the link: a relational adjective, in -ی, -ي, -ية
# ("قرارداد تجاری با", "اتفاقية تجارية مع"); a noun there is the agreement's subject ("موافقتنامه حمایت از ...")
_ADJ_AFTER = {"ar": (normalize("ي"), normalize("ية")), "fa": (normalize("ی"),)}


def _drop_firms_deals(sc: Scan, by: dict[tuple[str, str], list[Hit]], concept_hits: dict[str, list[Hit]],
                      reasons: list[str]) -> None:
    """Drop the agreements, memoranda and delegations whose side is a firm (a private or body cue, see above)."""
    if not any(cid in concept_hits for cid in _FIRM_DEALS):
        return
    # (in text order: the first firm beside a deal names its side in the reason)
    # a firm named by its head noun (a retail chain, a maker, a bank: the lender cue) is a side too, unless it ends
    # the name of an organisation ("the Asian Development Bank")
    orgs = [g for g in sc.gaz if g.entry.kind == "organization"]
    firms = by.get(("cue", "private"), []) + by.get(("cue", "body"), [])
    firms += [f for f in by.get(("cue", "lender"), []) if not any(g.start <= f.start < g.end for g in orgs)]
    firms.sort(key=attrgetter("start"))
    if not firms:
        return
    norm, lang = sc.norm, (sc.lang or "")[:2]
    kk = lang == "kk"

    def firm_side(h: Hit) -> Hit | None:
        for f in firms:
            if f.sent != h.sent:
                continue
            if kk and f.tend <= h.tstart:
                a, b = f.tend, h.tstart
                gap = len(WORDS.findall(norm, a, b))
                if _CLAUSE_BREAK.search(norm, a, b) is None and (gap <= 1 or (
                        gap <= _OBJECT_GAP and norm[f.tstart : f.tend].endswith(_KK_WITH)
                        and not any(a <= g.start < b for g in sc.gaz))):
                    # (the firm in the comitative, "желісімен", governs the deal across its complement: "жеткізу
                    # туралы келісімге")
                    return f
            elif kk and f.tstart >= h.tend and _CLAUSE_BREAK.search(norm, h.tend, f.tstart) is None:
                # "делегация құрамында 40 кәсіпкер": the delegation's make-up told after it
                words = WORDS.findall(norm, h.tend, f.tstart)
                if words[:1] and words[0] in _KK_MAKEUP and len(words) <= _SIDE_GAP + 1:
                    return f
            elif not kk and f.tstart >= h.tend and _CLAUSE_BREAK_COMPOUND.search(norm, h.tend, f.tstart) is None:
                words = WORDS.findall(norm, h.tend, f.tstart)
                link = 0 if words[:1] and words[0] in _SIDE_LINKS else None
                if (link is None and h.entry.key == "delegation" and lang in _GENITIVE_AFTER
                        and len(words) < _SIDE_GAP and not _SIDE_LINKS.intersection(words)):
                    link = -1  # "делегация логистической компании", "هیئت شرکت", "وفد شركة": the firm's own
                if link is None and len(words) > 1 and words[0] in _SIDE_PREFIX and words[1] in _SIDE_LINKS | {"up"}:
                    link = 2 if words[1] == "up" else 1
                if (link is None and lang in _ADJ_AFTER and len(words) > 1 and words[1] in _SIDE_LINKS
                        and words[0].endswith(_ADJ_AFTER[lang])):
                    link = 1
                if link is None and words[:1]:
                    # the signing verb's object or the deal's complement between ("signed a supply deal with a
                    # retail chain", "соглашение о поставках с торговой сетью", "اتفاقية توريد مع"): a few words, no
                    # country or body named among them
                    link = next((i for i, w in enumerate(words[1 : _OBJECT_GAP + 1], 1) if w in _SIDE_LINKS), None)
                    if link is not None:
                        at = [m.start() for m in WORDS.finditer(norm, h.tend, f.tstart)][link]
                        if any(h.tend <= g.start < at for g in sc.gaz):
                            link = None
                if link is not None and len(words) <= link + _SIDE_GAP + 1:
                    return f
            elif lang in _ADJ_AFTER and f.tend <= h.tstart and _CLAUSE_BREAK.search(norm, f.tend, h.tstart) is None:
                # Persian and Arabic may tell the side before the deal ("با یک شرکت بازرگانی قرارداد ... امضا
                # کرد", "وقعت مع شركة ... اتفاقية"): a link word just before the firm, a few words to the deal
                before = WORDS.findall(norm, max(0, f.tstart - 30), f.tstart)[-2:]
                if (_SIDE_LINKS.intersection(before) and h.entry.key != "delegation"
                        and len(WORDS.findall(norm, f.tend, h.tstart)) <= _SIDE_GAP):
                    return f
        return None

    sides = {h.sent: f for cid in _FIRM_DEALS for h in concept_hits.get(cid, ()) if (f := firm_side(h)) is not None}
    # "the sides" acting in the next sentence ("Стороны подписали соглашение", "Тараптар ... келісімге қол қойды")
    # are the firms that sentence named: their deal too
    ends = sc.ends
    for s, f in list(sides.items()):
        if s + 1 < len(ends) and s + 1 not in sides and _SIDES_ACT.search(norm, max(0, ends[s] - 1), ends[s + 1]):
            sides[s + 1] = f
    # the sentence's other contact words are that deal's ("signed a supply agreement with a trading house", "held a
    # business meeting with a delegation of companies")
    for cid in _FIRM_DEALS + _FIRM_CONTACTS:
        dropped = [h for h in concept_hits.get(cid, ()) if h.sent in sides]
        if dropped:
            side = sc.surface(sides[dropped[0].sent])
            _drop_hits(sc, concept_hits, cid, dropped, f"a firm's {cid}: '{side}' is its side", reasons)


_FIRM_CONTACTS = ("meeting", "talks", "cooperation", "bilateral", "participation")  # ("firms from the two countries")


# A reception verb whose object is an amount ("Kyrgyzstan received $2.6 billion", "принял 9 млн туристов",
# "استقبلت 17 مليون زائر", "۵ میلیون گردشگر پذیرفت", "9 млн турист қабылдады"): money, visitors or goods counted in
# a report, no one received by an official. The object stands after the verb in English, Russian and Arabic (after
# the subject too in Arabic), before it in Persian and Kazakh. An amount is a number with a currency sign before it
# or a scale, a unit or a currency after it (a date's month is none: "принял 5 декабря делегацию" is a reception).
_AMOUNT_WORDS = {"en": 4, "ru": 4, "ar": 5}  # words after the verb where its object (its number) may stand
_AMOUNT_BEFORE = {"fa": 8, "kk": 8}  # words before it (its complements may stand between: "from A and B")
_SCALES = tuple(normalize(w) for w in (
    "billion", "million", "thousand", "trillion", "bn", "mln", "percent", "per cent", "dollars", "tonnes", "tons",
    "млрд", "млн", "тыс", "миллиард", "миллион", "тысяч", "процент", "долл", "тонн", "мың", "пайыз", "доллар",
    "тонна", "مليار", "مليون", "ملايين", "ألف", "آلاف", "الف", "بالمئة", "بالمائة", "دولار", "طن", "میلیارد",
    "میلیون", "هزار", "درصد", "دلار", "تن"))
_DIGIT = re.compile(r"\d")
_AMOUNT = re.compile(r"[$€£]\s?\d|\d[\d.,]*\s*(?:%|(\w+))")
# a count in thousands written with its separator ("60,000 doses", "12.500 тонн"): goods or money received, whatever
# the unit after it, never a guest received
_THOUSANDS = re.compile(r"\d{1,3}[,.]\d{3}(?!\d)")


def _drop_amounts_received(sc: Scan, offices: list[Hit], concept_hits: dict[str, list[Hit]],
                           reasons: list[str]) -> None:
    """Drop the reception words whose object is an amount (see :data:`_SCALES`), no office (``offices``: the
    :func:`_office_hits`) named between."""
    hits = concept_hits.get("reception")
    if not hits or _DIGIT.search(sc.norm) is None:
        return
    lang, norm = (sc.lang or "")[:2], sc.norm

    def counted(h: Hit) -> bool:
        if lang in _AMOUNT_BEFORE:
            words = list(WORDS.finditer(norm, max(0, h.tstart - 80), h.tstart))[-_AMOUNT_BEFORE[lang]:]
        else:
            words = list(WORDS.finditer(norm, h.tend, h.tend + 80))[: _AMOUNT_WORDS.get(lang, 4)]
        if not words:
            return False
        if lang in _AMOUNT_BEFORE:  # the object's clause: from the last break before the verb
            a, b = max(0, words[0].start() - 1), h.tstart
            a = m.end() if (m := _last_match(_CLAUSE_BREAK_AMOUNT, norm, a, b)) else a
        else:  # to the first break after it
            a, b = h.tend, words[-1].end()
            b = m.start() if (m := _CLAUSE_BREAK_AMOUNT.search(norm, a, b)) else b
        if any(a <= o.start < b for o in offices):
            return False
        for m in _AMOUNT.finditer(norm, a, b + 40):  # a number in the window, its unit may stand after it
            if m.start() >= b:
                break
            if m.group(1) is None or m.group(1).startswith(_SCALES) or _THOUSANDS.match(norm, m.start()):
                return True
        return False

    _drop_hits(sc, concept_hits, "reception", [h for h in hits if counted(h)],
               "an amount received: money, visitors or goods counted, no one received", reasons)


_CLAUSE_BREAK_AMOUNT = re.compile(r"[;:!?()\n]|,\s|\.\s|،")  # a clause ends (not a decimal point or comma)


# A summit named by a trade ("Central Asia Fintech Summit", "финтех-саммит", "Startup Summit", "قمة آسيا الوسطى
# للتكنولوجيا المالية", "اجلاس فین‌تک"): a conference of firms, not of states. English, Russian and Kazakh put the
# trade right before the summit word (an adjective, a compound with a hyphen) or its genitive right after ("саммит
# стартапов"); Arabic and Persian put it after (the idafa, the ezafe), a region's name may stand between.
_SUMMIT_WORDS = tuple(normalize(w) for w in ("summit", "саммит", "قمة", "القمة", "قمه", "اجلاس"))
_TRADE_AFTER = {"ar": 3, "fa": 3}  # words between the summit word and its trade after it (else 1)
_HYPHEN = re.compile(r"\s*-\s*")
# quotes the writer puts round the summit word, or the trade's, to doubt it (a fintech "summit", финтех-«саммит»,
# قمة "التكنولوجيا المالية"): the trade still names it
_QUOTE_MARKS = re.compile("[\"'«»“”„]")


# An event's own name in quotes whose words are capitalised and end in the summit word ("Pitch Summit", «Питч
# Саммит»): a brand a firm gives its event, as a trade's summit is. Names of summits of states name their region or
# their places ("Caspian Summit", «Центральная Азия – Китай»), so a quoted name with a place or an organisation in
# it is left alone, unless the story names no state's office, leader or organisation at all and its people are firms,
# exhibitors or a trade's (see :func:`_no_state_voice`): "«Central Asia Beauty Summit»", «Саммит красоты Центральной
# Азии», «Орталық Азия сұлулық саммиті», «قمة الجمال لآسيا الوسطى». There the name may open with the summit word too
# (Russian, Arabic and Persian put its genitive after it), and Arabic and Persian names need no capitals (they have
# none). English, Russian and Kazakh otherwise.
_NAME_OPEN = re.compile("[\"«“„]")
_NAME_CLOSE = re.compile("[\"»”“]")
_NAME_WORDS = 3  # words of the name before the summit word
_NAME_AFTER = 4  # words of the name after the summit word that opens it
_NO_CAPITALS = frozenset({"ar", "fa"})


def _quoted_summit_name(sc: Scan, h: Hit, free: bool = False) -> str | None:
    """The quoted name a summit word ends ("Pitch Summit"), or None; ``free``: the story names no state's voice
    (:func:`_no_state_voice`), so a name with a place in it, or opening with the summit word, is a brand too."""
    text, norm = sc.text, sc.norm
    capitals = (sc.lang or "")[:2] not in _NO_CAPITALS and not free
    if capitals and not sc.surface(h)[:1].isupper():
        return None
    if free and _NAME_OPEN.match(norm, h.tstart - 1):  # «Саммит красоты ...»: the summit word opens the name
        close = _NAME_CLOSE.search(norm, h.tend, h.tend + 80)
        if close is None or len(WORDS.findall(norm, h.tend, close.start())) > _NAME_AFTER or _CLAUSE_BREAK.search(
                norm, h.tend, close.start()) is not None:
            return None
        return text[sc.offsets[h.tstart] : sc.offsets[close.start() - 1] + 1]
    if not _NAME_CLOSE.match(norm, h.tend):
        return None
    opening = None
    for m in _NAME_OPEN.finditer(norm, max(0, h.tstart - 40), h.tstart):
        opening = m
    if opening is None:
        return None
    words = list(WORDS.finditer(norm, opening.end(), h.tstart))
    if not words or len(words) > _NAME_WORDS or _CLAUSE_BREAK.search(norm, opening.end(), h.tstart):
        return None
    if capitals and not all(text[sc.offsets[w.start()]].isupper() for w in words):
        return None
    if not free and ((sc.lang or "")[:2] in _NO_CAPITALS or any(opening.end() <= g.start < h.tstart for g in sc.gaz)):
        return None  # a place, a state or an organisation in the name: maybe their summit
    return text[sc.offsets[opening.end()] : h.oend]


# the people of an event that is no state's: firms, exhibitors, a trade
_FIRM_PEOPLE = (("cue", "private"), ("cue", "body"), ("cue", "industry"), ("context", "fair"), ("context", "business"))


def _no_state_voice(sc: Scan, by: dict[tuple[str, str], list[Hit]], offices: list[Hit],
                    concept_hits: dict[str, list[Hit]]) -> bool:
    """The story names no office of a state (a minister, an envoy, a ministry), no leader, no organisation and no
    heads of state, and names firms, exhibitors or a trade: its summit is theirs."""
    if offices or any(g.reading == "office" or g.entry.kind in ("organization", "person") for g in sc.gaz):
        return False
    if any(not sc.norm[h.tstart : h.tend].startswith(_SUMMIT_WORDS) for h in concept_hits.get("summit", ())):
        return False  # "heads of state", "главы государств": the summit word's own office-holders
    return any(by.get(key) for key in _FIRM_PEOPLE)


def _drop_trade_summits(sc: Scan, by: dict[tuple[str, str], list[Hit]], offices: list[Hit],
                        concept_hits: dict[str, list[Hit]], reasons: list[str]) -> bool:
    """A summit word that a trade names (the business frame's firms, or an industry cue, beside it) is a business
    conference; every other bare summit word of the story is that conference again ("next year's summit will be
    held in Tashkent"). "Heads of state" and the like stay: they are offices."""
    summits = [h for h in concept_hits.get("summit", ()) if sc.norm[h.tstart : h.tend].startswith(_SUMMIT_WORDS)]
    if not summits:
        return False
    free = _no_state_voice(sc, by, offices, concept_hits)
    brand = next((name for h in summits if (name := _quoted_summit_name(sc, h, free))), None)
    if brand is not None:
        _drop_hits(sc, concept_hits, "summit", summits,
                   f"an event's name in quotes: '{brand}', no summit of states", reasons)
        return True
    if free:  # (an excerpt may lose the event's quoted name with its headline: its people still tell it)
        people = min((h for key in _FIRM_PEOPLE for h in by.get(key, ())), key=attrgetter("start"))
        _drop_hits(sc, concept_hits, "summit", summits,
                   f"a summit of a trade's people ('{sc.surface(people)}'), no state's office: a business event",
                   reasons)
        return True
    # (in text order: the first trade that names a summit is the reason's)
    trades = sorted(by.get(("context", "business"), []) + by.get(("cue", "industry"), []), key=attrgetter("start"))
    if not trades:
        return False
    norm, after = sc.norm, _TRADE_AFTER.get((sc.lang or "")[:2], 1)

    def named(h: Hit, t: Hit) -> bool:
        if t.sent != h.sent:
            return False
        if t.tend <= h.tstart:  # the trade before: right beside, or joined by a hyphen
            gap = _QUOTE_MARKS.sub("", norm[t.tend : h.tstart])
            return not gap.strip() or _HYPHEN.fullmatch(gap) is not None
        return (t.tstart >= h.tend and _CLAUSE_BREAK.search(norm, h.tend, t.tstart) is None
                and at_most_words(after).fullmatch(norm, h.tend, t.tstart) is not None)

    owner = next(((h, t) for h in summits for t in trades if named(h, t)), None)
    if owner is None:
        return False
    _drop_hits(sc, concept_hits, "summit", summits,
               f"a trade's summit, a conference of firms: '{sc.surface(owner[1])}'", reasons)
    return True


# words between a title and its holder's surname: a first name, a patronymic ("Президент Касым-Жомарт Токаев")
TITLE_GAP = 3


def _leader_titles(sc: Scan, gaz: list[Hit], by: dict[tuple[str, str], list[Hit]]) -> dict[int, str]:
    """Office words that stand right before a head of state's or government's name are his title ("Мемлекет
    басшысы Қасым-Жомарт Тоқаев", "President Tokayev", "رئیس‌جمهور امامعلی رحمان"): his own office, named once
    more, not a second official beside him. Without this, "Head of State Tokayev received the Foreign Minister"
    reads as two offices, one of them unnamed (someone else's), when the minister is his own. By start offset."""
    leaders: list[Hit] | None = None  # made for the first loose office word (many texts have none)
    out: dict[int, str] = {}
    for h in by.get(("cue", "state"), ()):
        if h.reading == "attached":
            continue
        if leaders is None:
            leaders = [h for h in gaz if h.entry.kind == "person" and h.reading == "office" and h.entry.country]
        for p in leaders:
            if p.sent == h.sent and p.start >= h.end and len(WORDS.findall(sc.norm, h.tend, p.tstart)) <= TITLE_GAP:
                out[h.start] = p.entry.country
                break
    return out


def _foreign_home(sc: Scan, mentions: list[tuple[Hit, float]], loose_offices: dict[int, Hit],
                  lead_sents: set[int], home: str | None) -> str | None:
    """The state whose domestic news a story is, when that is not the language's home: the headline and lead
    name one state only, its office or leader acts there, and no unnamed office does (Persian copy on the
    Tajik president touring a province: "the government of the region" later on is Tajikistan's, not Iran's).
    An unnamed office in the lead keeps the language's home ("Rahmon received the minister" in Tehran's
    copy is Iran's minister). None otherwise."""
    if home is None or any(s in loose_offices and not _is_government(sc, loose_offices[s]) for s in lead_sents):
        return None
    named = {h.entry.country for h, _ in mentions if h.sent in lead_sents}
    acting = {h.entry.country for h, _ in mentions if h.sent in lead_sents and h.reading in ("office", "state")}
    if len(named) == 1 and acting == named and home not in named:
        return next(iter(named))
    return None


# The government as a whole ("the government will build 40 schools", "دولت ... خواهد ساخت"): in a story whose lead
# names one state's leader or office alone, that state's government, no counterpart received from the home state
_GOVERNMENT = tuple(normalize(w) for w in ("government", "cabinet", "حكومة", "الحكومة", "دولت", "حکومت",
                                          "правительств", "кабмин", "үкімет"))


def _is_government(sc: Scan, h: Hit) -> bool:
    word = sc.norm[h.start : h.end]
    return word.startswith(_GOVERNMENT) and word not in _GOVERNMENT_HEADS


_GOVERNMENT_HEADS = word_set(("دولت‌های", "دولتهای", "governments"))


def _opens_paragraph(norm: str, h: Hit) -> bool:
    """A cue standing first in its paragraph (a conjunction or a dateline dash may come before it)."""
    start = norm.rfind("\n", 0, h.start) + 1
    return len(WORDS.findall(norm[start : h.tstart])) <= 1


def assess(text: str, lang: str | None, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> Relevance:
    """Score ``text`` (title + "\\n" + body) for the in-scope countries' diplomacy, with reasons."""
    return assess_scan(scan(fold(text), lang), in_scope)


# A first line that is a byline or a dateline, not a headline: an excerpt or a wire item with no title opens with it
# ("By X", "كتب: X", "بقلم", "إعداد:", "Автор:", "نویسنده:", "الرياض - واس", "Алматы, 7 желтоқсан. Zakon.kz",
# "Egemen Qazaqstan | Тарих | 7 желтоқсан"). Then the lead after it stands where the headline would: the rules
# that read "the headline" read it.
_BYLINE = re.compile(r"(?:by|автор[ыа]?|авторы|беседовал[а]?|подготовил[а]?|كتب|كتبت|بقلم|إعداد|اعداد|"
                     r"نویسنده|گزارش|تهیه|айдарды жүргізетін|дайындаған)\b", re.IGNORECASE)
_DATELINE_MARK = re.compile(r"\s[-–—|]\s|:|,\s*\d|,\s*\w+\.?\s+\d|\.\s+\S")  # (", Dec 5": a wire's date)


def _title_end(sc: Scan) -> int:
    """Where the headline ends: the first line, or the line after it when the first is a byline or a dateline (short,
    no word of diplomacy in it, a byline's word first or the separators of place, date and agency)."""
    end = sc.title_end
    norm = sc.norm
    first = norm[:end].strip()
    if not first or end >= len(norm) or not dateline_short(first):
        return end
    if not (_BYLINE.match(first) or _DATELINE_MARK.search(first)):
        return end
    if any(h.start < end and h.entry.kind in ("concept", "context", "cue") for h in sc.lex):
        return end  # "Kazakhstan - China: talks" is a headline
    nxt = norm.find("\n", end + 1)
    while nxt >= 0 and not norm[end:nxt].strip():  # the lead after blank lines
        nxt = norm.find("\n", nxt + 1)
    return len(norm) if nxt < 0 else nxt


def assess_scan(sc: Scan, in_scope: Sequence[str] = DEFAULT_IN_SCOPE) -> Relevance:
    """:func:`assess` of an article already scanned (by :func:`monitor.enrich.enrich`, once per article).

    A linear pipeline: each step reads what the steps before it put in one :class:`_Facts` and adds its own;
    the reasons come out in the order the steps give them."""
    sc.locate()
    st = _Facts(sc, set(in_scope), _title_end(sc), [])
    _outside_tail(st)
    _read_cues(st)
    _read_mentions(st)
    _find_opening(st)
    _read_contacts(st)
    frame(st)
    _assign_parties(st)
    _apply_traps(st)
    _find_diplomacy(st)
    _weigh_events(st)
    _weigh_parties(st)
    return _verdict(st)


@dataclass(slots=True, eq=False)
class _Facts:
    """What the steps of :func:`assess_scan` have found in one article so far, by sentence (``Hit.sent``).

    Why one object: a dozen steps share some forty facts (which sentences have a strong concept, which an office
    with no country, which are framed ...); passed one by one they made one 400-line function. Each field is
    written by the step named in its comment and only read after it (an unset field is an error, not a default).
    """

    sc: Scan
    scope: set[str]
    title_end: int
    reasons: list[str]
    # _outside_tail: the hits before a "related news" tail, and their sentences
    gaz: list[Hit] = field(init=False)
    lex: list[Hit] = field(init=False)
    hits: list[Hit] = field(init=False)
    sents: set[int] = field(init=False)
    by_key: dict[tuple[str, str], list[Hit]] = field(init=False)  # the lexicon hits by (kind, key): see _index
    # _read_cues: concepts, frame cues and offices, by sentence
    concept_hits: dict[str, list[Hit]] = field(init=False)
    contexts: dict[int, Hit] = field(init=False)  # sport, tourism, culture ... (the article frames' cues)
    own_state: dict[int, Hit] = field(init=False)  # a state serving its own citizens (consular)
    shows: dict[int, Hit] = field(init=False)  # a fair or an exhibition
    impostors: dict[int, Hit] = field(init=False)  # someone posing as a diplomat
    strong_sents: set[int] = field(init=False)
    foreign_sents: set[int] = field(init=False)
    office_sents: set[int] = field(init=False)
    loose_offices: dict[int, Hit] = field(init=False)  # an office named with no country beside it ("the minister")
    weak_offices: dict[int, Hit] = field(init=False)  # an authority, agency or side named with no country beside it
    past_sents: dict[int, Hit] = field(init=False)
    opening_past: dict[int, Hit] = field(init=False)  # paragraphs that open with "Напомним", "Еске салайық", "يذكر أن"
    envoy_sents: set[int] = field(init=False)  # an ambassador, embassy or consul of a named state: abroad
    pair_sents: set[int] = field(init=False)  # a twinning: one city or province named is one side of two
    local_heads: set[int] = field(init=False)  # the head of a region or city (a host's official beside an envoy)
    former: set[tuple[int, str]] = field(init=False)  # (sentence, surface) of the offices held no more
    figures: set[tuple[int, str]] = field(init=False)  # (sentence, surface) of the figurative ambassadors
    # _read_mentions: country mentions, evidence for listing, the parties so far (organisations)
    evidence: dict[str, float] = field(init=False)
    mentions: list[tuple[Hit, float]] = field(init=False)
    first_surface: dict[str, str] = field(init=False)
    orgs: set[str] = field(init=False)
    places: set[str] = field(init=False)
    leaders: set[str] = field(init=False)
    trap_hits: list[Hit] = field(init=False)
    parties: dict[int, set[str]] = field(init=False)
    offices: dict[int, set[str]] = field(init=False)  # countries whose office or leader acts in a sentence
    acting: dict[int, set[str]] = field(init=False)  # countries whose office or state acts in a sentence
    # _find_opening: the headline's sentences, the first paragraph after it, the lead unit
    title_sents: set[int] = field(init=False)
    first_para: int = field(init=False)
    lead: int = field(init=False)
    lead_sents: set[int] = field(init=False)  # the headline and the first paragraph
    items: Items = field(init=False)  # a digest's or an agenda's items (monitor/_digest.py), or none
    # _read_contacts: contact sentences between two states' bodies: sentence -> (named side's state, home side's
    # state, the home side's body or word)
    contacts: dict[int, tuple[str, str | None, Hit | None]] = field(init=False)
    sure_contacts: set[int] = field(init=False)  # those whose home is the language's or an in-scope dateline's
    # frame (monitor._frames): sentences that are no diplomacy, by the cue that frames them
    framed: dict[int, Hit] = field(init=False)
    told: dict[int, Hit] = field(init=False)  # framed as told in the past (obituary, history, home story): background
    # _assign_parties
    event_sents: set[int] = field(init=False)
    host: str | None = field(init=False)  # a conference's host state, by its capital in the headline
    # _find_diplomacy
    unit: dict[int, int] = field(init=False)  # a sentence's paragraph (0: headline and lead)
    units: set[int] = field(init=False)  # the paragraphs with a diplomatic sentence
    diplomatic: dict[int, str] = field(init=False)
    anaphors: dict[int, int] = field(init=False)  # a meeting that points back: its sentence, the first contact's
    implied: dict[int, str] = field(init=False)
    implied_by: dict[int, Hit] = field(init=False)
    # _weigh_events
    d: float = field(init=False)
    # _weigh_parties
    near: dict[str, float] = field(init=False)
    party_scope: list[str] = field(init=False)
    score: float = field(init=False)
    relevant: bool = field(init=False)

    def concept_sents(self, cids: Iterable[str]) -> set[int]:
        """The sentences with a hit of any of the concepts ``cids`` (an instrument signed, a contact held, a meeting):
        what a dozen rules ask of :attr:`concept_hits`, in one expression."""
        hits = self.concept_hits
        return {h.sent for cid in cids for h in hits.get(cid, ())}


# The Arabic appointment verbs ("عيّن", "يعيّن": appointed, appoints), written unvocalised as the noun "عين" (an eye, a
# spring): a verb never carries the article, so with it ("العين المجردة", the naked eye; "بالعين") the word is the
# noun, no appointment.
_AR_VERBS = word_set(("عيّن", "يعين", "يعيّن"))
_AR_ARTICLE = normalize("ال")


def _article_on_verb(sc: Scan, h: Hit) -> bool:
    """An Arabic verb of a frame matched after the article: the noun it is written as, no verb."""
    return (h.entry.kind in ("context", "cue") and h.tstart < h.start and _AR_ARTICLE in sc.norm[h.tstart : h.start]
            and sc.norm[h.start : h.end] in _AR_VERBS)


def _outside_tail(st: _Facts) -> None:
    """The hits before a "related news" tail: the tail is other stories; an Arabic verb after the article is none."""
    sc = st.sc
    if sc.tail_start >= 0:
        line = sc.norm[sc.tail_start :].split("\n", 1)[0].strip()
        st.reasons.append(f"tail: from '{line[:40]}' on, other stories")
    tail = sc.tail_start
    st.gaz = [h for h in sc.gaz if h.start < tail] if tail >= 0 else list(sc.gaz)  # (as Scan.in_tail, inlined)
    st.lex = [h for h in sc.lex if h.start < tail] if tail >= 0 else list(sc.lex)
    if (sc.lang or "")[:2] == "ar":
        st.lex = [h for h in st.lex if not _article_on_verb(sc, h)]
    st.hits = st.gaz + st.lex
    st.sents = {h.sent for h in st.hits}
    st.by_key = _index(st.lex)


# "The sides discussed ..." opening the text, before any office or diplomatic word: the two sides of a contact its
# headline named ("Стороны обсудили", "Кездесуде тараптар ... келісті", "وبحث الجانبان", "طرفین درباره ...", "The
# sides agreed"), a second state implied as "the two countries" implies one. After a lead that named them (two
# mayors, two provinces, a chamber and its guests) the sides are those named, and the rules read them there.
_SIDES_OPENING = re.compile(
    r"(?:^|[.!?\n]\s*)(?P<sides>"
    r"(?:(?:during|at) the (?:meeting|talks|session),?\s+)?the (?:two )?sides\s+(?:also\s+)?"
    r"(?:discussed|agreed|exchanged|reviewed|considered|signed|approved|noted|confirmed)"
    r"|(?:в ходе (?:встречи|переговоров|беседы|заседания),?\s+)?стороны\s+(?:также\s+)?"
    r"(?:обсудил|договорил|утвердил|обменял|рассмотрел|согласовал|подписал|отметил|подтвердил|условил)"
    r"|(?:" + alternation(("кездесуде", "кездесу барысында", "келіссөзде", "келіссөздер барысында", "отырыста",
                           "жиында")) + r")\s+тараптар"
    r"|(?:و|خلال اللقاء\s+)?(?:" + alternation(("بحث", "ناقش", "اتفق", "تبادل", "استعرض", "أكد", "وقع", "أقر",
                                               "تناول")) + r")\s+" + alternation(("الجانبان",))
    + r"|(?:" + alternation(("در این دیدار", "در این نشست")) + r"\s+)?(?:" + alternation(("طرفین", "دو طرف"))
    + r")\s+(?:" + alternation(("در این دیدار", "در این نشست")) + r"\s+)?(?:"
    + alternation(("درباره", "در مورد", "پیرامون", "بر سر", "بر")) + r")\s)")


_SIDES_KEYS = tuple(normalize(w) for w in ("sides", "стороны", "тараптар", "الجانبان", "طرفین", "دو طرف"))


def _sides_opening(sc: Scan, lex: list[Hit]) -> int | None:
    """The sentence where "the sides" act first in the text, nothing of a state or of diplomacy named before
    (:data:`_SIDES_OPENING`), or None."""
    if not any(k in sc.norm for k in _SIDES_KEYS):  # (a C scan rules out most texts before the long pattern)
        return None
    m = _SIDES_OPENING.search(sc.norm)
    if m is None or 0 <= sc.tail_start <= m.start("sides"):
        return None
    at = m.start("sides")
    if any(h.start < at and (h.entry.kind == "concept" or (h.entry.kind == "cue" and h.entry.key in ("state",
                                                                                                      "state_weak")))
           for h in lex):
        return None
    return bisect_right(sc.ends, at)


# A body named after two states joined by a dash or side by side ("the Kyrgyz-Kazakh commission", "кыргызско-
# казахстанской рабочей группы", "қырғыз-қазақ комиссиясы", "لجنة قرغيزستان وكازاخستان", "کمیسیون ایران و
# ترکمنستان"): the two states' joint body, as "joint commission" says; the body's word right after the pair (Arabic
# and Persian: right before it), at most one word of its field between ("the Kyrgyz-Kazakh water commission").
JOINT_COMMISSION = "joint_commission"
_WORDS = re.compile(r"[^\W_]+")
PAIR_BODY_GAP = 1
_PAIR_JOINS = frozenset({"dash", "juxtaposed"})
_PAIR_JOINS_ARABIC = frozenset({"dash", "juxtaposed", "and"})
_GAP_PUNCTUATION = re.compile(r"[^\w\s\u200c-]")


def _paired_bodies(sc: Scan, gaz: list[Hit], by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """Where a body word (the ``pair_body`` cue) names two states' joint body (see :data:`PAIR_BODY_GAP`)."""
    bodies = by.get(("cue", "pair_body"))
    if not bodies:
        return set()
    norm = sc.norm
    ms = [h for h in gaz if h.entry.kind == "country" and h.entry.country and h.suppressed is None
          and h.reading in PARTY_READINGS]
    pairs = []
    for a, b in pairwise(ms):
        arabic = a.entry.script == "arabic"
        if a.entry.country != b.entry.country and a.sent == b.sent and joined(norm, a, b, sc.text) in (
                _PAIR_JOINS_ARABIC if arabic else _PAIR_JOINS):
            pairs.append((a, b, arabic))
    found: set[int] = set()
    for h in bodies:
        for a, b, arabic in pairs:
            x, y = (h.tend, a.tstart) if arabic else (b.tend, h.tstart)
            if h.sent == a.sent and x <= y and len(_WORDS.findall(norm, x, y)) <= PAIR_BODY_GAP \
                    and not _GAP_PUNCTUATION.search(norm, x, y):
                found.add(h.start)
    return found


# A treaty's entry into force dated by its year alone ("the treaty entered into force in 2019", "вступил в силу в 2019
# году", "2019 жылы күшіне енген", "دخلت حيز التنفيذ عام 2019", "در سال ۲۰۱۹ لازم‌الاجرا شد"): a fact recalled, the
# sentence background like "last year"; news of an entry into force names the day ("came into force on 1 March").
_IN_FORCE_YEAR = re.compile(
    r"(?:entered|came) into force in (?:19|20)\d\d\b"
    r"|вступ(?:ил|ила|ило|или) в силу в (?:19|20)\d\d год"
    r"|(?:19|20)\d\d жылы күшіне (?:енген|енді|енгені)"
    + "|" + normalize("حيز التنفيذ") + r" (?:" + normalize("في") + r" )?(?:(?:" + normalize("عام") + "|"
    + normalize("سنة") + r") )?(?:19|20)\d\d"
    + "|" + normalize("در سال") + r" (?:19|20|۱۹|۲۰)[\d۰-۹]{2} (?:" + normalize("لازم‌الاجرا") + "|"
    + normalize("لازم الاجرا") + ")")


_IN_FORCE_KEYS = tuple(normalize(w) for w in ("force", "силу", "күшіне", "التنفيذ", "لازم"))
# ...and a treaty's signing told in the passive or a participle and dated by its year alone ("the convention was
# signed in 2018 in Aktau", "конвенция была подписана в 2018 году", "в 2018 году в Актау была подписана", "2018 жылы
# Ақтауда қол қойылған", "الاتفاقية الموقعة عام 2018", "در سال ۲۰۱۸ در آکتائو ... امضا شد"): the instrument's history,
# recalled in a story about something else (a parliament's session on it), no signing now.
_YEAR = r"(?:19|20|۱۹|۲۰)[\d۰-۹]{2}"
_SIGNED_YEAR = re.compile(
    r"(?:was|were|had been|been) signed (?:[\w-]+ ){0,4}?in " + _YEAR + r"\b"
    r"|(?<!\w)подписан(?:а|о|ы|ная|ной|ное|ного|ную|ный|ные|ных)? (?:[\w-]+ ){0,8}?в " + _YEAR + r" год"
    r"|(?<!\w)в " + _YEAR + r" году (?:[\w-]+ ){0,6}?(?:был[аио]? )?подписан"
    + r"|" + _YEAR + " " + normalize("жылы") + r" (?:[\w-]+ ){0,8}?(?:" + normalize("қол қойылған") + "|"
    + normalize("қол қойған") + ")"
    + r"|(?:" + "|".join(normalize(w) for w in ("الموقعة", "الموقع", "التي وقعت", "الذي وقع", "التي تم توقيعها"))
    + r") (?:[\w-]+ ){0,3}?(?:(?:" + normalize("عام") + "|" + normalize("سنة") + "|" + normalize("في") + r") )"
    + _YEAR
    + "|" + normalize("در سال") + " " + _YEAR + r" (?:[^\s.!?;:]+ ){0,16}?(?:"  # (a list of signatories between)
    + "|".join(normalize(w) for w in ("امضا شد", "به امضا رسید", "امضا شده")) + ")")
_SIGNED_KEYS = tuple(normalize(w) for w in ("signed", "подписан", "қол қой", "الموقع", "وقع", "امضا"))
# Where a match can start, for each alternative of the two patterns in order: (a literal of it, the fixed distance
# from the match's start to the literal). Trying the pattern only there, leftmost first, finds exactly what finditer
# finds; finditer itself tried every alternative at every character (Python's re cannot skip ahead in them): some
# 20 µs per feed-day article and 70-100 per diplomatic one. A new alternative needs its anchors here (a unit test
# counts them).
_IN_FORCE_STARTS = ((("entered into force in ", 0), ("came into force in ", 0)), (("вступ", 0),),
                    ((" жылы күшіне ", 4),), ((normalize("حيز التنفيذ"), 0),), ((normalize("در سال"), 0),))
_SIGNED_STARTS = ((("signed ", 4), ("signed ", 5), ("signed ", 9), ("signed ", 6)), (("подписан", 0),),
                  ((" году ", 6),), ((" " + normalize("жылы") + " ", 4),),
                  tuple((normalize(w), 0) for w in ("الموقعة", "الموقع", "التي وقعت", "الذي وقع", "التي تم توقيعها")),
                  ((normalize("در سال"), 0),))


def _by_literal(starts: tuple[tuple[tuple[str, int], ...], ...]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """The anchors of :data:`_SIGNED_STARTS` or :data:`_IN_FORCE_STARTS` as (literal, its distances): one scan each."""
    backs: dict[str, set[int]] = defaultdict(set)
    for literal, back in (anchor for branch in starts for anchor in branch):
        backs[literal].add(back)
    return tuple((literal, tuple(sorted(b))) for literal, b in backs.items())


_IN_FORCE_AT = _by_literal(_IN_FORCE_STARTS)
_SIGNED_AT = _by_literal(_SIGNED_STARTS)


def _anchored_finditer(pattern: re.Pattern[str], anchors: tuple[tuple[str, tuple[int, ...]], ...],
                       norm: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(norm)``, the pattern tried only where ``anchors`` (:func:`_by_literal`) say a match can
    start (a C scan for each literal)."""
    at: set[int] = set()
    for literal, backs in anchors:
        i = norm.find(literal)
        while i >= 0:
            at.update(i - back for back in backs if back <= i)
            i = norm.find(literal, i + 1)
    end = 0
    for i in sorted(at):
        if i >= end and (m := pattern.match(norm, i)) is not None:
            end = m.end()
            yield m


def _in_force_years(sc: Scan) -> dict[int, Hit]:
    """The sentences that recall a treaty's entry into force or its signing by its year (see :data:`_IN_FORCE_YEAR`,
    :data:`_SIGNED_YEAR`), each with a past cue made at the phrase."""
    found: dict[int, Hit] = {}
    patterns = [(p, at) for p, keys, at in ((_IN_FORCE_YEAR, _IN_FORCE_KEYS, _IN_FORCE_AT),
                                           (_SIGNED_YEAR, _SIGNED_KEYS, _SIGNED_AT))
                if any(k in sc.norm for k in keys)]  # (a C scan rules out most texts)
    if not patterns:
        return found
    ends = sc.ends
    entry = Entry("cue", "past", lexicon().cues["past"][0], "latin", "cue", 0.0)
    for m in (m for p, at in patterns for m in _anchored_finditer(p, at, sc.norm)):
        a, b = m.start(), m.end()
        sent = bisect_right(ends, a)
        para = next((h.para for h in sc.lex if h.sent == sent), -1)
        found.setdefault(sent, Hit(a, b, a, b, sc.offsets[a], sc.offsets[b], entry, sent=sent, para=para))
    return found


# A state word heading a body that is no state ("رئيس جمعية الأسر", "president of the families' association", "президент
# ассоциации", "رئیس انجمن", "қауымдастық төрағасы", a company's or an organising committee's head): the body's head,
# no office of the home state (a committee of an evening's families is no government). The body's word right after
# the head (Kazakh: right before it), at most one word between, or English "of the" and two words.
_BODY_HEAD_GAP = 1
_OF_BODY = ("of", "the")


def _body_heads(sc: Scan, by: dict[tuple[str, str], list[Hit]]) -> set[int]:
    """The starts of the state words that head a body (see :data:`_BODY_HEAD_GAP`)."""
    bodies = by.get(("cue", "body"), ())
    if not bodies:
        return set()
    norm, kk, out = sc.norm, (sc.lang or "").startswith("kk"), set()
    for h in by.get(("cue", "state"), ()):
        for b in bodies:
            if b.sent != h.sent:
                continue
            a, e = (b.tend, h.tstart) if kk else (h.tend, b.tstart)
            if e < a or _GAP_PUNCTUATION.search(norm, a, e):
                continue
            words = _WORDS.findall(norm, a, e)
            if len(words) <= _BODY_HEAD_GAP or (words[0] == "of" and len(words) <= len(_OF_BODY) + 2):
                out.add(h.start)
                break
    return out


def _read_cues(st: _Facts) -> None:
    """Diplomatic concepts, frame cues and offices, by sentence (one pass over the lexicon hits)."""
    sc, lex, reasons = st.sc, st.lex, st.reasons
    strong, foreign = strong_ids(), _foreign_ids()
    concept_hits: dict[str, list[Hit]] = defaultdict(list)
    frames: dict[int, Hit] = {}
    own_state: dict[int, Hit] = {}
    strong_sents: set[int] = set()
    foreign_sents: set[int] = set()
    office_sents: set[int] = set()
    loose_offices: dict[int, Hit] = {}
    past_sents: dict[int, Hit] = {}
    opening_past: dict[int, Hit] = {}
    envoy_sents: set[int] = set()
    pair_sents: set[int] = set()
    citizens: dict[int, Hit] = {}  # a state's citizens named ...
    advice: set[int] = set()  # ... and a verb of advice: together, the consular frame
    shows: dict[int, Hit] = {}
    impostors: dict[int, Hit] = {}
    weak_offices: dict[int, Hit] = {}
    local_heads: set[int] = set()
    by = st.by_key
    titles = _leader_titles(sc, st.gaz, by)
    pair_ids, office_ids, citizen_keys = _pair_ids(), _office_ids(), citizen_word_keys()
    office_hits = _office_hits(by)
    office_hit_sents = {h.sent for h in office_hits}
    figurative = _figurative_envoys(sc, by)
    figurative_diplomacy = _figurative_diplomacy(sc, by)
    names = _office_names(sc, by)
    paired = _paired_bodies(sc, st.gaz, by)
    former = _former_offices(sc, office_hits)
    placed = _embassy_places(sc, by)
    body_heads = _body_heads(sc, by)
    bodies = _bodies_counterparts(by, office_hit_sents) | _market_counterparts(sc, by, office_hit_sents)
    org_teams = organisation_teams(sc.norm, st.gaz, lex)
    kin = _kin_of_envoys(sc, by)
    so_called = _so_called(sc, by)
    colleagues = (_plain_colleagues(sc, st.gaz, by, office_hit_sents) if (sc.lang or "")[:2] in ("ru", "kk")
                  else set())
    for h in lex:
        e = h.entry
        if e.kind == "concept" and h.start in figurative:
            reasons.append(f"another sense: '{sc.surface(h)}' (a figurative ambassador: of a brand, a dish ...)")
        elif e.kind == "concept" and h.start in names:
            reasons.append(f"another sense: '{sc.surface(h)}' (a name: an animal's, a ship's, a brand's, no office)")
        elif e.kind == "concept" and h.start in figurative_diplomacy:
            reasons.append(f"another sense: '{sc.surface(h)}' (a figurative diplomacy: of songs, sport, a dish ...)")
        elif e.kind == "concept" and h.start in former:
            reasons.append(f"another sense: '{sc.surface(h)}' (a former office-holder speaks for himself)")
        elif e.kind == "concept" and h.start in placed:
            reasons.append(f"another sense: '{sc.surface(h)}' (an embassy named as a place: a building, a landmark)")
        elif e.kind == "concept" and h.start in bodies:
            reasons.append(f"another sense: '{sc.surface(h)}' (counterparts of a body that is no state)")
        elif e.kind == "concept" and h.start in so_called:
            reasons.append(f"another sense: '{sc.surface(h)}' (quoted by the text: a so-called one, no state's)")
        elif e.kind == "concept" and h.start in kin:
            reasons.append(f"another sense: '{sc.surface(h)}' (a mission's kin: spouses or families, private people)")
        elif e.kind == "concept" and h.start in colleagues:
            reasons.append(f"another sense: '{sc.surface(h)}' (colleagues, no office of a state beside them)")
        elif e.kind == "concept":
            concept_hits[e.key].append(h)
            if e.key in strong:
                strong_sents.add(h.sent)
            if e.key in foreign:
                foreign_sents.add(h.sent)
            if e.key in pair_ids:
                pair_sents.add(h.sent)
            if e.key in office_ids:
                office_sents.add(h.sent)
                if h.reading != "attached":
                    loose_offices.setdefault(h.sent, h)
                elif e.key in ENVOYS:
                    envoy_sents.add(h.sent)
        elif e.kind == "context" and h.start in org_teams:
            reasons.append(f"another sense: '{sc.surface(h)}' (an organisation's team: its mission, no sport)")
        elif e.kind == "context" and e.key in OWN_STATE_FRAMES:
            own_state.setdefault(h.sent, h)
        elif e.kind == "context" and e.key in SHOW_FRAMES:
            shows.setdefault(h.sent, h)
        elif e.kind == "context" and e.key in IMPOSTOR_FRAMES:
            impostors.setdefault(h.sent, h)
        elif e.kind == "context" and e.key in HEADLINE_ONLY_FRAMES | PRIVATE_BODY_FRAMES:
            pass  # a hotel or a private body frames a story by its headline only (talks held at a hotel are talks)
        elif e.kind == "cue" and (e.key == "citizens" or (e.key == "group" and e.surface.key in citizen_keys)):
            citizens.setdefault(h.sent, h)  # (migrants are a group beside a people's name, and citizens too)
        elif e.kind == "cue" and e.key == "advice":
            advice.add(h.sent)
        elif e.kind == "context":
            frames.setdefault(h.sent, h)
        elif e.kind == "cue" and e.key == "state" and h.start in former:
            pass  # a former minister's title is no office of a state now
        elif e.kind == "cue" and e.key == "state" and h.start in body_heads:
            reasons.append(f"a body's head: '{sc.surface(h)}' heads an association, a company or a committee, no "
                           "office of a state")
        elif e.kind == "cue" and e.key == "state":
            office_sents.add(h.sent)
            if h.reading != "attached" and h.start in titles:
                reasons.append(f"own title: '{sc.surface(h)}' before the name of {titles[h.start]}'s leader")
            elif h.reading != "attached":
                loose_offices.setdefault(h.sent, h)
        elif e.kind == "cue" and e.key == "state_weak" and h.reading != "attached":
            weak_offices.setdefault(h.sent, h)
        elif e.kind == "cue" and e.key == "past":
            past_sents.setdefault(h.sent, h)
            if _opens_paragraph(sc.norm, h):
                opening_past.setdefault(h.para, h)
        elif e.kind == "cue" and e.key == "local_head":
            local_heads.add(h.sent)
        elif e.kind == "cue" and e.key == "pair_body" and h.start in paired:
            # "the Kyrgyz-Kazakh commission": the two states' joint body, weighed as the concept
            e = Entry("concept", JOINT_COMMISSION, e.surface, e.script, "concept",
                      lexicon().concepts[JOINT_COMMISSION].weight)
            concept_hits[JOINT_COMMISSION].append(Hit(h.start, h.end, h.tstart, h.tend, h.ostart, h.oend, e,
                                                      sent=h.sent, para=h.para))
            strong_sents.add(h.sent)

    for s, h in _in_force_years(sc).items():
        past_sents.setdefault(s, h)
    sides = _sides_opening(sc, lex)
    if sides is not None:
        foreign_sents.add(sides)
        reasons.append("the sides act in the opening sentence: two sides of a contact, named before the excerpt")
    _drop_decree_signing(sc, by, concept_hits, reasons)
    _drop_anaphors(sc, concept_hits, reasons)
    # a strong word dropped: its sentences are strong no more
    if _drop_other_senses(sc, by, office_hits, concept_hits, reasons):
        strong_sents = {h.sent for cid, hs in concept_hits.items() if cid in strong for h in hs}
        pair_sents = {h.sent for cid in pair_ids for h in concept_hits.get(cid, ())}
    for h in st.gaz:  # citizens named by their state's adjective: "қазақстандықтарға", "Kazakhstanis", "الكازاخستانيين"
        if h.reading == "private" and h.why == "citizens":
            citizens.setdefault(h.sent, h)
    for s, h in citizens.items():
        if s in advice:
            own_state.setdefault(s, h)
    st.concept_hits, st.contexts, st.own_state, st.shows, st.impostors = (
        concept_hits, frames, own_state, shows, impostors)
    st.strong_sents, st.foreign_sents, st.office_sents, st.pair_sents, st.envoy_sents = (
        strong_sents, foreign_sents, office_sents, pair_sents, envoy_sents)
    _body_anaphors(sc, lex, loose_offices, office_sents, {h.sent for hs in concept_hits.values() for h in hs})
    st.loose_offices, st.weak_offices, st.past_sents, st.opening_past, st.local_heads = (
        loose_offices, weak_offices, past_sents, opening_past, local_heads)
    st.former = _surfaces_only_in(sc, lex, former, ("concept", "cue"))
    st.figures = _surfaces_only_in(sc, lex, figurative, ("concept",))


def _surfaces_only_in(sc: Scan, lex: list[Hit], starts: set[int], kinds: tuple[str, ...]) -> set[tuple[int, str]]:
    """(sentence, surface) of the hits starting at ``starts`` (offices held no more, figurative ambassadors), less
    those another hit of ``kinds`` with the same surface holds in the sentence: a country's reading names its office
    by surface, so one held now with the same title in the sentence keeps it. Empty with no ``starts`` (most texts:
    no pass over every hit then)."""
    if not starts:
        return set()
    held = {(h.sent, sc.surface(h)) for h in lex if h.start not in starts and h.entry.kind in kinds}
    return {(h.sent, sc.surface(h)) for h in lex if h.start in starts} - held


def _read_mentions(st: _Facts) -> None:
    """Country mentions (evidence for listing each country), organisations, places, leaders and traps; the
    countries whose offices act in each sentence."""
    sc, reasons, title_end = st.sc, st.reasons, st.title_end
    evidence: dict[str, float] = defaultdict(float)
    mentions: list[tuple[Hit, float]] = []
    first_surface: dict[str, str] = {}
    orgs: set[str] = set()
    places: set[str] = set()
    leaders: set[str] = set()
    trap_hits: list[Hit] = []
    parties: dict[int, set[str]] = defaultdict(set)
    for h in st.gaz:
        e = h.entry
        if h.suppressed:
            reasons.append(f"trap:{h.suppressed} via '{sc.surface(h)}'" + (f" ({h.why})" if h.why else ""))
            continue
        if e.kind == "trap":
            trap_hits.append(h)
            continue
        if e.trap:
            trap_hits.append(h)
        if e.kind == "organization":
            orgs.add(e.key)
            parties[h.sent].add("org:" + e.key)
            continue
        if e.kind == "place":
            places.add(e.key)
        if e.kind == "person":
            leaders.add(e.key)
        if not e.country or e.weight <= 0:
            continue
        w = hit_via_weight(sc, h)[1]
        if h.reading in ("office", "state") and e.via == "ethnonym":
            w = max(w, DEFAULT_WEIGHT["adjective"])  # "the Kazakh foreign minister", "همتای ازبک"
        if h.start < title_end:
            w *= TITLE_FACTOR
        evidence[e.country] += w * LISTING.get(h.reading, 1.0)
        mentions.append((h, w))
        if e.country not in first_surface:
            first_surface[e.country] = sc.surface(h)
    st.office_sents |= {h.sent for h, _ in mentions if h.reading == "office"}
    st.envoy_sents |= _accredited(sc, st.concept_hits, mentions)
    acting: dict[int, set[str]] = defaultdict(set)
    for h, _ in mentions:
        if h.reading in ("office", "state"):
            acting[h.sent].add(h.entry.country)
    st.evidence, st.mentions, st.first_surface, st.trap_hits = evidence, mentions, first_surface, trap_hits
    st.orgs, st.places, st.leaders = orgs, places, leaders
    st.parties, st.offices, st.acting = parties, defaultdict(set), acting


def _find_opening(st: _Facts) -> None:
    """The headline's sentences, the first paragraph after it, the first paragraph after the first: one pass."""
    title_end = st.title_end
    title_sents: set[int] = set()
    first_para = lead = -1
    for h in st.hits:
        para = h.para
        if h.start < title_end:
            title_sents.add(h.sent)
        elif first_para < 0 or para < first_para:
            first_para = para
        if para > 0 and (lead < 0 or para < lead):
            lead = para
    if lead < 0:
        lead = 1
    st.title_sents, st.first_para, st.lead = title_sents, first_para, lead
    st.lead_sents = title_sents | {h.sent for h in st.hits if h.para == first_para}
    # (a text with no event word, or no in-scope country, is no diplomacy whatever its shape)
    scoped = st.concept_hits and any(h.entry.country in st.scope for h, _ in st.mentions)
    st.items = digest_items(st.sc.norm, st.sc.text) if scoped else NO_ITEMS


# A contact between two states' bodies (see :func:`_read_contacts`): the words that make the sides two, the dual or
# "two" ("the two sides signed", "обе стороны", "екі тарап", "ووقع الجانبان", "دو طرف توافق کردند"; a bare "the
# sides", "тараптар", may be a conflict's, told from afar), and the pronoun that joins the
# body named in the sentence before as a co-signatory ("он и заместитель министра ... Узбекистана подписали").
_TWO_SIDES = re.compile(
    r"(?<!\w)(?:the two sides|both sides|(?:обе|две) стороны|екі тарап\w*"
    r"|" + "|".join(normalize(w) for w in ("الجانبان", "الجانبين", "الطرفان", "الطرفين", "طرفین", "دو طرف"))
    + r")(?!\w)")
# a third person's pronoun (he, she), the subject of a contact whose antecedent is an official named before
_PRONOUN = re.compile(r"(?<!\w)(?:" + "|".join(normalize(w) for w in (
    "он", "она", "he", "she", "ол", "وی", "او", "هو", "هي")) + r")(?!\w)")
_PRONOUN_BACK = 2  # sentences back, in its paragraph, where the pronoun's antecedent is named
# the body nouns among the weak state words (an agency, an authority, an organisation, a department: a body named
# alone), not a side, an official, a republic or a capital
_BODY_NOUNS = tuple(normalize(w) for w in ("agency", "وكالة", "الوكالة", "هيئة", "الهيئة", "سازمان", "агентств",
                                           "агенттіг", "агенттік", "ведомств"))


_SIDE_AND = 2  # words after "and" where the second side's office stands ("и заместитель министра ...")
_KK_CHAIN = 8  # words of a Kazakh genitive chain naming a body, its state's name first
_SIDE_WITH = word_set(("with", "مع", "с", "со", "با", "мен", "бен", "пен"))


def _two_sided(st: _Facts, s: int, a: int, b: int) -> bool:
    """Between a body named alone (ending at ``a``) and a named state's body (at ``b``) the sentence passes from
    one side to the other: a contact word ("received a delegation of", "signed a memorandum with"), "with", or
    "and" before another office ("the deputy minister of textiles and the deputy minister of trade of Pakistan");
    else the state named after the body is its own ("the Committee for Youth and Sport under the Government of
    Tajikistan"). Kazakh glues its "with" to the name it governs ("орынбасары Н. Жақыпбековпен ... кездесті", the
    deputy met with ...): a long word in -мен/-бен/-пен there is "with" too."""
    if any(a <= h.start < b for cid in (*CONTACTS, "delegation") for h in st.concept_hits.get(cid, ())):
        return True
    words = list(_WORDS.finditer(st.sc.norm, a, b))
    if any(w.group() in _SIDE_WITH for w in words):
        return True
    if (st.sc.lang or "")[:2] == "kk":
        # (Kazakh puts the named body after its state's genitive and glues "with" to the chain's last noun:
        # "комитет Моңғолияның ... агенттігімен кездесті", "ол Ресейдің ... басшысының орынбасарымен": the chain's
        # words after ``b``, up to a comma or a full stop, count too)
        chain, end = [], b
        for w in _WORDS.finditer(st.sc.norm, b, min(len(st.sc.norm), b + 120)):
            if len(chain) >= _KK_CHAIN or any(c in ",.;:!?\n" for c in st.sc.norm[end : w.start()]):
                break
            chain.append(w)
            end = w.end()
            if w.group().endswith(_KK_WITH):
                break
        if any(w.group().endswith(_KK_WITH) and len(w.group()) > _BACK_STEM + 3 for w in words + chain):
            return True
    for i, w in enumerate(words):
        if w.group() in _AND and i + 1 < len(words):
            reach = words[min(len(words), i + 1 + _SIDE_AND) - 1].end()
            if any(w.end() <= h.start < reach and h.entry.kind == "cue" and h.entry.key == "state"
                   for h in st.by_key.get(("cue", "state"), ())):
                return True
    return False


def _home_side(st: _Facts, s: int, named_at: int) -> Hit | str | None:
    """The side of a contact in sentence ``s`` that is a body named alone: an office or a state body with no
    country beside it (a loose office, or a weak body noun: an agency, an authority), standing before the named
    state's body (``named_at``: the side that acts first is the story's own), or "the two sides" the sentence names,
    or a pronoun joined by "and" to the named body where the sentence before, in its paragraph, names a body alone.
    The hit (or the words) of that side, or None."""
    sc = st.sc
    loose = st.loose_offices.get(s)
    if loose is not None and loose.start < named_at and loose.entry.key not in ENVOYS | {"diplomacy"} \
            and not _is_government(sc, loose) and _two_sided(st, s, loose.end, named_at):
        return loose  # (an envoy named alone serves abroad; "the government" is the story's state's)
    weak = [h for h in st.by_key.get(("cue", "state_weak"), ()) if h.sent == s and h.reading != "attached"
            and h.start < named_at and sc.norm[h.start : h.end].startswith(_BODY_NOUNS)
            and _two_sided(st, s, h.end, named_at)]
    if weak:
        return weak[0]
    if (named_back := _body_named_back(st, s, named_at)) is not None:
        return named_back
    text = _sentence_text(sc, s)
    if s in st.concept_sents(("delegation",)) and (m := _TWO_SIDES.search(text)) is not None:
        return m.group()  # (a delegation received, then "the two sides" sign: its hosts are the other side)
    para = next((h.para for h in st.hits if h.sent == s), -1)
    for m in _PRONOUN.finditer(sc.norm, sc.ends[s - 1] if 0 < s <= len(sc.ends) else 0, named_at):
        # "[the committee's chairman said ...] He met the deputy head of Russia's agency": the pronoun stands for an
        # official of a body named alone in the sentences just before, in its paragraph
        antecedent = next((o for b in range(s - 1, s - 1 - _PRONOUN_BACK, -1) if (o := st.loose_offices.get(b))
                           is not None and o.para == para), None)
        if antecedent is not None and antecedent.entry.key not in ENVOYS | {"diplomacy"} \
                and not _is_government(sc, antecedent) and _two_sided(st, s, m.end(), named_at):
            return m.group()
    return _speaker_named_back(st, s, named_at)


_SPEAKER_NEAR = 6  # words either side of an office named alone where its holder's name stands


def _speaker_named_back(st: _Facts, s: int, named_at: int) -> str | None:
    """The subject opening sentence ``s``, a name told before beside an office named alone (a loose office of an
    earlier sentence, no country beside it), telling of a contact with the named state's body: "[Deputy head X of
    the roads agency said ...] X also told of talks in Bishkek with Kyrgyzstan's ministry", "[the committee's
    chairman Y said ...] Y met the head of Russia's agency". The official speaks for the home's body. The name's
    word (a case ending may differ: "Жайлауовтың" ... "Жайлауов"), or None."""
    sc = st.sc
    start = sc.ends[s - 1] if 0 < s <= len(sc.ends) else 0
    first = next(_WORDS.finditer(sc.norm, start, named_at), None)
    if first is None or len(first.group()) < _BODY_BACK_SHORTEST or any(
            h.start < first.end() and first.start() < h.end for h in st.lex):
        return None
    word = first.group()
    for b in range(s - 1, -1, -1):
        office = st.loose_offices.get(b)
        if office is None or office.entry.key in ENVOYS | {"diplomacy"} or _is_government(sc, office):
            continue
        b_start = sc.ends[b - 1] if b > 0 else 0
        before = list(_WORDS.finditer(sc.norm, b_start, office.start))[-_SPEAKER_NEAR:]
        after = list(_WORDS.finditer(sc.norm, office.end, sc.ends[b]))[:_SPEAKER_NEAR]
        for w in before + after:
            other = w.group()
            if not (other.startswith(word) and len(other) - len(word) <= _BODY_BACK_SUFFIX
                    or word.startswith(other) and len(word) - len(other) <= _BODY_BACK_SUFFIX
                    and len(other) >= _BODY_BACK_SHORTEST):
                continue
            if w.start() == b_start or sc.text[sc.offsets[w.start()]].lower() == sc.text[sc.offsets[w.start()]] \
                    != sc.text[sc.offsets[w.start()]].upper():
                continue  # (a name stands inside its sentence and, where the script has capitals, takes one)
            if _two_sided(st, s, first.end(), named_at):
                return word
    return None


_BODY_BACK_SHORTEST = 4  # letters of a body's head noun named back alone (not "وفد", a delegation)
_BODY_BACK_SUFFIX = 4  # letters a case ending adds to it ("архив" -> "архивімен", "архивом")


def _body_named_back(st: _Facts, s: int, named_at: int) -> Hit | None:
    """A state body named in full, alone (no country beside it), in an earlier sentence and by its head noun alone in
    sentence ``s``, before the named state's body and passing to it (:func:`_two_sided`): "the Archives and National
    Library" ... "the Archives signed a memorandum with the national archives administration of Azerbaijan"; "the
    State Revenue Committee" ... "комитет подписал с налоговой службой Таджикистана". The head nouns are those the
    state-body grammar reads in the name (:mod:`monitor.state_bodies`) and a noun joined to the name by "and" (two
    heads sharing one qualifier, "الأرشيف والمكتبة الوطنية"); a word the lexicon reads itself (an office, a
    ministry) is read as such. The word's span, as a hit of that body, or None."""
    sc, lang = st.sc, (st.sc.lang or "")[:2]
    head_re = state_bodies.head_pattern(lang)
    if head_re is None:
        return None
    heads: dict[str, Hit] = {}
    for h in st.by_key.get(("cue", "state"), ()):
        if h.sent >= s or h.reading == "attached" or _is_government(sc, h):
            continue
        for w in _WORDS.finditer(sc.norm, h.start, h.end):
            if head_re.fullmatch(w.group()):
                heads.setdefault(w.group(), h)
        before = list(_WORDS.finditer(sc.norm, max(0, h.start - 40), h.start))
        # (Arabic glues its "and" to the name: "الأرشيف والمكتبة", "و" a word of its own before the hit)
        if len(before) >= 2 and before[-1].group() in _AND and sc.norm[before[-2].end() : h.start].count("\n") == 0:
            heads.setdefault(before[-2].group(), h)
    if not heads:
        return None
    # (a joint body's noun, "комитет", "committee", reads itself only beside two states: alone it is the body's head)
    cues = [h for h in st.lex if h.sent == s and h.entry.key != "pair_body"]
    ends = sc.ends
    for w in _WORDS.finditer(sc.norm, ends[s - 1] if 0 < s <= len(ends) else 0, named_at):
        if w.start() >= named_at:
            break
        word = w.group()
        if len(word) < _BODY_BACK_SHORTEST or any(h.start < w.end() and w.start() < h.end for h in cues):
            continue
        body = next((b for n, b in heads.items() if len(n) >= _BODY_BACK_SHORTEST and (
            word.startswith(n) and len(word) - len(n) <= _BODY_BACK_SUFFIX
            or n.startswith(word) and len(n) - len(word) <= _BODY_BACK_SUFFIX)), None)
        if body is not None and _two_sided(st, s, w.end(), named_at):
            return Hit(w.start(), w.end(), w.start(), w.end(), sc.offsets[w.start()], sc.offsets[w.end() - 1] + 1,
                       body.entry, sent=s, para=body.para)
    return None


def _met_unnamed_home(st: _Facts, s: int, side: Hit, named_at: int) -> bool:
    """A body or office named alone, in a story whose home no language, dateline, outlet or place tells (a byline
    alone; no state named in the headline and lead: "In Tajikistan ... the ministry signed with a Tajik university"
    is Tajikistan's own, "Kyrgyzstan's Supreme Court ... its chairman received a delegation of Osh courts" its own
    courts'), receiving a delegation "from" the named state ("استقبل وفدا من وزارة ... في
    جمهورية قيرغيزستان") or meeting or signing "with" its body: the named state's counterpart, some other state's.
    Only a delegation or "with" between the two: a state's officials touring its own ministry name no such
    passage."""
    words = {w.group() for w in _WORDS.finditer(st.sc.norm, side.end, named_at)}
    return bool(words & _SIDE_WITH) or any(side.end <= h.start < named_at
                                           for h in st.concept_hits.get("delegation", ()))


# Words at most between an office and the country of the firm it serves ("vice-president of the Russian lender",
# "вице-президент российского банка", "Ресей банкінің вице-президенті", "نائب رئيس البنك الروسي")
_FIRM_GAP = 2


def _firm_officer(st: _Facts, side: Hit) -> bool:
    """An office named alone that heads a firm: a country mention read as a private body's (a bank, a lender, a
    company: the private markers of :mod:`monitor.state_bodies`) right after it (Kazakh: right before it), its
    own genitive, with no punctuation between. The firm's officer is no state's side of a contact."""
    sc = st.sc
    kk = (sc.lang or "").startswith("kk")
    for h, _ in st.mentions:
        if h.sent != side.sent or h.reading != "private":
            continue
        a, e = (h.tend, side.tstart) if kk else (side.tend, h.tstart)
        if a <= e and not _GAP_PUNCTUATION.search(sc.norm, a, e) and len(_WORDS.findall(sc.norm, a, e)) <= _FIRM_GAP:
            return True
    return False


def _read_contacts(st: _Facts) -> None:
    """CONTACT SENTENCES: a contact cue (a meeting, talks, a reception, a delegation, a signing or an instrument, in
    the lexicon's diplomatic concepts) whose two sides are bodies of two different states, one in scope: one state's
    body named with its state (an office, a body by the state-body grammar: :attr:`_Facts.acting` holds that state
    alone), the other a body named alone (:func:`_home_side`), the story's home's: its language's, its dateline's or
    its outlet's, else the state the story names most after the named one (a body named alone beside another
    state's body is not that state's). Such a sentence is the two states' contact whatever the story is about (a
    market report, a court's statistics, a restoration, a clinic's waiting list): the frames do not veto it
    (:func:`monitor._frames.frame`) and both states are its parties (:func:`_find_diplomacy`)."""
    contacts: dict[int, tuple[str, str | None, Hit | None]] = {}
    st.contacts = contacts
    st.sure_contacts = set()
    sure = False
    cues = st.concept_sents((*CONTACTS, "delegation"))
    if not cues:
        return
    home = None
    homes_read = False
    for s in sorted(cues):
        acting = st.acting.get(s)
        if not acting or len(acting) != 1:
            continue
        named = next(iter(acting))
        named_at = min(h.start for h, _ in st.mentions if h.sent == s and h.entry.country == named
                       and h.reading in ("office", "state"))
        side = _home_side(st, s, named_at)
        if side is None or isinstance(side, Hit) and _firm_officer(st, side):
            continue
        if not homes_read:
            home = (HOME_BY_LANGUAGE.get((st.sc.lang or "")[:2]) or _dateline_home(st, scoped=False)
                    or _outlet_dateline_home(st))
            # (Persian copy on the Tajik president's tour: its unnamed bodies are Tajikistan's, see _foreign_home)
            home = _foreign_home(st.sc, st.mentions, st.loose_offices, st.lead_sents, home) or home
            # (a home by the language or an in-scope capital's dateline is sure; an outlet's or the lead's place may
            # leave a body named alone the other state's own: see monitor._frames.frame)
            sure = home is not None and home == (HOME_BY_LANGUAGE.get((st.sc.lang or "")[:2]) or _dateline_home(st))
            homes_read = True
        own = home
        if own is None:
            # the state whose place (a capital, a town, a province) the headline and lead name most after the named
            # one (a body named alone beside another state's is not that state's): the story's place; a state the
            # opening names by its name alone (a market sold to, a route's transit) or only further down (a rival's
            # country) is no home (as :func:`_counterpart_home` reads a farmer's district)
            ev = st.evidence
            opening = {h.entry.country for h, _ in st.mentions
                       if h.sent in st.lead_sents and h.entry.via in _DATELINE_VIAS}
            own = max((c for c in ev if c != named and c in opening), key=lambda c: ev[c], default=None)
        if own is None and not any(h.sent in st.lead_sents for h, _ in st.mentions) and isinstance(side, Hit) \
                and named in st.scope \
                and _met_unnamed_home(st, s, side, named_at):
            contacts[s] = (named, None, side)
            st.reasons.append(f"contact: '{st.sc.surface(side)}', a body of a state the story does not name, with "
                              f"a body of {named}")
            continue
        if own is None or own == named or (own not in st.scope and named not in st.scope):
            continue
        contacts[s] = (named, own, side if isinstance(side, Hit) else None)
        if sure:
            st.sure_contacts.add(s)
        if not st.evidence.get(own) and own == home and (tag := _outlet_tag(st)) is not None \
                and _OUTLET_OF[tag] == own:
            # the home the agency's tag names, its dateline's town one the gazetteer lacks: the tag names the
            # state as a capital's dateline would
            st.evidence[own] = DEFAULT_WEIGHT["capital"]
            st.first_surface.setdefault(own, tag)
            st.reasons.append(f"home: {own}, whose agency '{tag}' tags the dateline")
        elif not st.evidence.get(own) and sure and isinstance(side, Hit) and named not in st.scope:
            # the home by its language or its capital's dateline, its body named alone facing the body of a state out
            # of scope ("the deputy minister signed a memorandum with Poland's mining authority" in Kazakh copy on a
            # mine drill whose towns the gazetteer lacks): that body names its state as the dateline of its capital
            # would, the one side in scope (beside a state in scope, the home unnamed stays unlisted)
            st.evidence[own] = DEFAULT_WEIGHT["capital"]
            st.first_surface.setdefault(own, st.sc.surface(side))
        what = st.sc.surface(side) if isinstance(side, Hit) else side
        st.reasons.append(f"contact: '{what}', a body of {own}, with a body of {named}")


def _assign_parties(st: _Facts) -> None:
    """The parties of each sentence: countries read as taking part there, unless a frame holds the sentence."""
    sc, mentions, framed, scope, reasons = st.sc, st.mentions, st.framed, st.scope, st.reasons
    parties, offices = st.parties, st.offices
    _absent_named(st)
    event_sents = {h.sent for hs in st.concept_hits.values() for h in hs}
    # an office named alone (ambassador, attaché, diplomat) is staff, not an act: "the three attachés live in
    # Tashkent; the Polish one is also accredited in Tajikistan" places them
    acts = {h.sent for cid, hs in st.concept_hits.items() if lexicon().concepts[cid].role != "strong" for h in hs}
    for h, _ in mentions:
        if h.reading == "private" and h.why.startswith(CITIZENS_OF) and h.sent in acts:
            # "подписали соглашение, по которому квота для граждан Узбекистана увеличится": the citizens' state is
            # the one the act is for; only beside an office named alone ("citizens of X asked the embassy for
            # help") are they people served, not their state
            h.reading, h.why = "name", ""
    for h, _ in mentions:
        if h.reading == "office" and (h.sent, h.why) in st.former:
            # "a former Uzbek deputy foreign minister", "وزير الخارجية القرغيزي الأسبق": the country of an office held
            # no more is that person's, not a state acting
            h.reading, h.why = "private", "a former office-holder"
        elif h.reading == "office" and (h.sent, h.why) in st.figures:
            # "Қазақстанның туризм елшісі", "Uzbekistan's brand ambassador": a country's figurative ambassador is a
            # blogger's or a star's title, no office of the state
            h.reading, h.why = "private", "a figurative ambassador"
    host, guests = None, _unnamed_meetings(st)
    for h, _ in mentions:
        if h.reading == "name" and h.sent not in acts and hosted(sc, h, mentions):
            if host is None and guests and _host_capital(st, h):
                host = h  # "the energy forum in Ashgabat": the host state, its officials met by the guests
                continue
            # "Belarus assembles trucks in Uzbekistan and Kazakhstan": where something is, in a sentence with no
            # event of its own, not a state acting
            h.reading, h.why = "origin", "located in"
        elif h.reading == "place" and _district_of(sc, h):
            # "Жамбыл облысының Қордай ауданында ... салып жатқан ЖШС", "в Кордайском районе Жамбылской области":
            # a region or a town that a district or a village lies in says where something is, not a state acting
            h.reading, h.why = "origin", "a district's region"
    _venues_of_others(st, event_sents)
    _hosting_cities(st, host.entry.country if host is not None else None)
    _pair_anaphor_subjects(st)
    _talk_subjects(st)
    _others_contact_background(st, event_sents)
    for h, _ in mentions:
        if h.reading in PARTY_READINGS and not (h.reading in ("name", "place") and h.sent in framed):
            parties[h.sent].add(h.entry.country)
            if h.reading == "office":
                offices[h.sent].add(h.entry.country)
        elif h.entry.country in scope and h.reading not in PARTY_READINGS | {""}:
            reasons.append(f"not a party: {h.entry.country} via '{sc.surface(h)}' ({h.reading}"
                           + (f": {h.why})" if h.why else ")"))
        elif h.entry.country in scope and h.sent in framed:
            reasons.append(f"not a party: {h.entry.country} via '{sc.surface(h)}' (in a {framed[h.sent].entry.key} "
                           f"story)")
    if host is not None:
        for s in guests:
            parties[s].add(host.entry.country)
        reasons.append(f"host: {host.entry.country}, whose capital '{sc.surface(host)}' the headline names as the "
                       f"venue and whose officials act, in the meetings held there")
    st.event_sents, st.host = event_sents, host.entry.country if host is not None else None


OTHERS_VENUE = "the venue of other states' event"


def _venues_of_others(st: _Facts, event_sents: set[int]) -> None:
    """The foreign ministers of two named states discuss a summit "expected to take place in Kazakhstan"
    ("пройдёт осенью в Казахстане", "күзде Қазақстанда өтеді"): a state named only "in" an event sentence with no
    office of its own, where offices of two other named states act in the story and it acts nowhere, is where the
    event will be (or was), not a party. A sentence left with no in-scope party reports no contact of its own (see
    :func:`_find_diplomacy`), nor does the member list after it; the last one's host named beside ("the previous one
    Azerbaijan hosted") is background by its past cue. The venue's own minister or its named side acting anywhere
    keeps it a party; so does a state named bare beside the venue ("the working group of A and B signed in Almaty")."""
    sc, mentions = st.sc, st.mentions
    offices: dict[int, set[str]] = defaultdict(set)
    for h, _ in mentions:
        if h.reading in ("office", "state"):
            offices[h.sent].add(h.entry.country)
    if not any(len(cs) >= 2 for cs in offices.values()):
        return
    acting = set().union(*offices.values())
    loose = st.loose_offices  # (diplomats as the source, "Diplomats in Budapest said", are no office acting)
    bare = [h for h, _ in mentions if h.reading in ("name", "place") and h.entry.country in st.scope
            and h.entry.country not in acting and h.sent in event_sents and h.sent not in offices
            and (h.sent not in loose or loose[h.sent].entry.key == "diplomacy")]
    for h in bare:
        if hosted(sc, h, mentions):
            h.reading, h.why = "venue", OTHERS_VENUE


# A city named as the host of a conference, by a verb of hosting beside it: the verb after the city ("COP29, which
# Baku hosted" read from the city: "Baku hosted", "باكو التي استضافت", "باکو میزبان آن بود", "Баку, который
# принимал", "Баку қабылдаған") or before it ("hosted by Baku", "الذي استضافته باكو", "به میزبانی باکو", "которую
# принимал Баку"). Verbs of hosting only: "held in" ("прошедшей в Бишкеке", "Бішкекте өткен") tells where a summit
# is as often as where one was, and a summit's host state takes part in it (Kazakh: see :data:`_KK_PAST`);
# "received" has other subjects, and Russian "принял" takes a decision too.
_HOST_AFTER = {lang: re.compile(pattern) for lang, pattern in {
    "en": r",?\s*(?:(?:which|that)\s+)?(?:(?:had|has|have)\s+)?host(?:ed|s)?\b",
    "ar": r"\s*(?:(?:" + normalize("التي") + "|" + normalize("الذي") + r")\s+)?(?:" + normalize("استضاف") + "|"
          + normalize("احتضن") + r")",
    "fa": r"\s*(?:که\s+)?میزبان",
    "ru": r",?\s*(?:котор\w+\s+)?принима(?:л|вш)",
    "kk": r"\s*қабылдаған\b"}.items()}
_HOST_BEFORE = {lang: re.compile(pattern) for lang, pattern in {
    "en": r"\bhosted\s+by\s+(?:the\s+city\s+of\s+)?$",
    "ar": r"(?:" + normalize("استضاف") + "|" + normalize("احتضن") + r")\w*\s+(?:(?:" + normalize("مدينة") + "|"
          + normalize("العاصمة") + r")\s+)?$",
    "fa": r"میزبانی\s+(?:شهر\s+)?$",
    "ru": r"\bпринима(?:л|вш)\w*\s+$"}.items()}
# Kazakh has no verb of hosting beside a city: "былтыр Бакуде өткен" (held in Baku last year) tells a past host only
# with a word of past time just before the city (last year, a year, earlier), not the summit held there now
_KK_HELD = re.compile(r"\s*(?:өткен|өткізілген)\b")
_KK_PAST = re.compile(r"(?:былтыр\w*|өткен\s+жыл\w*|\d{4}\s+жыл\w*|бұрын)\s+$")


def _hosting_cities(st: _Facts, host: str | None) -> None:
    """A city named as a conference's host (see :data:`_HOST_AFTER`) in a sentence where another state is named
    is where the conference was (or will be), not a party of the contact told beside it: "Kuwait and Oman
    coordinated before the next COP and followed up the pledges of the COP that Baku hosted". An office of the
    city's state acting anywhere in the story keeps it a party (its host state's minister opening the summit
    where two others meet), and so does ``host``, the conference's host state its headline names."""
    sc, mentions = st.sc, st.mentions
    lang = (sc.lang or "")[:2]
    after, before = _HOST_AFTER.get(lang), _HOST_BEFORE.get(lang)
    if after is None:
        return
    acting = {h.entry.country for h, _ in mentions if h.reading in ("office", "state")}
    norm = sc.norm
    for h, _ in mentions:
        if (h.entry.kind != "place" or h.reading not in ("name", "place") or h.entry.country not in st.scope
                or h.entry.country in acting or h.entry.country == host):
            continue
        if not any(m.sent == h.sent and m.entry.country != h.entry.country and m.reading in PARTY_READINGS
                   for m, _ in mentions):
            continue
        past_held = (lang == "kk" and norm[h.end : h.tend] in KK_IN and _KK_HELD.match(norm, h.tend)
                     and _KK_PAST.search(norm, max(0, h.tstart - 30), h.tstart))
        if (after.match(norm, h.tend) is None and (before is None or before.search(norm, max(0, h.tstart - 40),
                                                                                     h.tstart) is None)
                and not past_held):
            continue
        h.reading, h.why = "venue", "a city named as a conference's host"


# "The two countries" after a lead whose offices named the pair ("Seoul and Tokyo's deputy foreign ministers signed
# ... Deposits in Kazakhstan and Uzbekistan are in the two countries' sights", "екі ел Орталық Азия арқылы өтетін
# дәліздерге мүдделі ... Қазақстан мен Өзбекстан жайлы шешім болған жоқ", "البلدين", "دو کشور", "обе страны"): the
# anaphor refers back to that pair, and the countries its sentence (and the rest of its paragraph) names bare are
# what the pair talks about, invests in or passes through: a subject, no party. Only where nothing else of
# diplomacy stands between (no other event, no office or side): "the two countries will hold talks with Kazakhstan"
# is an event of its own.
_NOT_ANAPHORS = tuple(normalize(w) for w in ("bilateral", "ثنائ", "دوجانبه", "دو جانبه", "двусторонн", "екіжақты"))
_SUBJECT_EVENTS = frozenset({"bilateral"})


def _pair_anaphor_subjects(st: _Facts) -> None:
    """Bare names after "the two countries" that refer to another pair read as its subject (see
    :data:`_NOT_ANAPHORS`)."""
    sc = st.sc
    anaphors = [h for h in st.concept_hits.get("bilateral", ())
                if not sc.norm[h.start : h.end].startswith(_NOT_ANAPHORS)]
    if not anaphors:
        return
    busy = {h.sent for cid, hs in st.concept_hits.items() if cid not in _SUBJECT_EVENTS for h in hs}
    busy |= {h.sent for h in st.lex if h.entry.kind == "cue" and h.entry.key in ("state", "state_weak")}
    for a in anaphors:
        pair = {h.entry.country for h, _ in st.mentions if h.sent < a.sent and h.reading == "office"}
        if len(pair) < 2:
            continue
        for h, _ in st.mentions:
            if (h.para == a.para and h.sent >= a.sent and h.reading in ("name", "place")
                    and h.entry.country not in pair
                    and not any(s in busy for s in range(a.sent, h.sent + 1))):
                h.reading, h.why = "subject", "of the two countries named before"


# A third state as the subject of two others' talks: after offices of a pair of states acted (Iran's and Armenia's
# foreign ministers), a state named bare, no office of its own anywhere in the story, is what the pair talks about
# where a topic word governs it ("discussed the situation in Azerbaijan", "обсудили ситуацию вокруг Азербайджана",
# "درباره جمهوری آذربایجان", "بحثا الوضع في أذربيجان", "Әзербайжандағы жағдайды талқылады", "its main subject was
# Azerbaijan") or where "the (two) sides" of the pair act ("the two sides called for peace between Armenia and
# Azerbaijan"): a subject, no party. A topic preposition governs the name right after it (at most one word between:
# "درباره جمهوری", "the situation in"); a noun of the subject ("subject", "тема", "موضوع") three words on.
def _marker_words(*words: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(w).split()) for w in words)


_TOPIC_BEFORE = _marker_words(
    "about", "regarding", "concerning", "the situation in", "the situation around", "the situation with",
    "situation in", "situation around", "developments in", "developments around", "the question of", "the issue of",
    "о", "об", "обо", "относительно", "касательно", "ситуацию в", "ситуации в", "ситуацию вокруг", "ситуации вокруг",
    "ситуацию с", "ситуации с", "обстановку в", "обстановке в", "положение в", "положении в", "события в",
    "событиях в", "حول", "بشأن", "الوضع في", "الأوضاع في", "الوضع حول", "الوضع مع", "التطورات في", "تطورات",
    "مستجدات", "درباره", "دربارهٔ", "در باره", "در مورد", "در خصوص", "پیرامون", "وضعیت", "تحولات")
_TOPIC_NOUNS = _marker_words("subject", "topic", "тема", "темой", "темы", "тақырыбы", "тақырып", "موضوع", "الموضوع",
                             "محور")
_TOPIC_AFTER = _marker_words("туралы", "жөнінде", "жайлы", "төңірегіндегі", "төңірегінде", "айналасындағы",
                             "жағдайды", "жағдайы", "жағдайға", "жағдайын")
# (the sides as the subject that acts: Russian "стороны" opening a clause or after "обе", not "со стороны Азербайджана",
# on the part of Azerbaijan; Arabic in the nominative dual, not "بين الجانبين الأذربيجاني والإيراني", the sides named)
_SIDES_ACT = re.compile(r"(?:^|[.!?\n,:;])\s*(?:обе\s+)?стороны(?!\w)|" + alternation((
    "the two sides", "both sides", "the sides", "тараптар", "екі тарап", "الجانبان", "الطرفان", "دو طرف", "طرفین"),
    bounded=True))
# ...and a state said to be absent from the pair's meeting ("Baku was not present at the meeting", "не участвовал",
# "қатыспады", "لم يشارك", "حضور نداشت") is named as who was not there: no party either.
_ABSENT = re.compile(r"(?<!\w)(?:" + alternation((
    "was not present", "were not present", "did not attend", "did not take part", "was absent", "не участвовал",
    "не участвовала", "не участвовали", "не присутствовал", "не присутствовала", "не присутствовали", "отсутствовал",
    "қатыспады", "қатысқан жоқ", "қатыспаған", "لم يشارك", "لم تشارك", "لم يحضر", "لم تحضر", "غاب عن", "غابت عن",
    "حضور نداشت", "حضور نداشتند", "شرکت نکرد", "شرکت نداشت", "غایب بود")) + ")")
# A state named after a negated quantifier ("no official from the Republic of Azerbaijan took part", "никто из
# Азербайджана во встрече не участвовал", "لم يشارك أي مسؤول من"), or joined to one so named ("no officials from A or
# B"), is who was not there, whoever met: no party, and the rest of the clause the quantifier negates ("took part in
# the meeting") is no event. (Persian and Kazakh negate the verb itself, "حضور نداشت", "қатыспады": no attendance
# word is read there.)
_NO_ONE = {lang: word_set(ws) for lang, ws in {
    "en": ("no", "none", "nobody"), "ru": ("ни", "никто", "никого"), "ar": ("أي", "أحد")}.items()}
_NO_ONE_LINKS = {lang: word_set(ws) for lang, ws in {
    "en": ("from", "of"), "ru": ("из", "от"), "ar": ("من", "عن")}.items()}
_NO_ONE_JOINS = word_set(("", ",", "and", "or", "nor", "и", "или", "ни", "و", "أو"))
_NO_ONE_SKIP = frozenset({"the"})  # "no official from the Republic of ..."
_AR_NEGATION = word_set(("لم", "لا", "لن", "ولم", "ولا"))
_NO_ONE_WORDS = 4  # words between the quantifier and the name ("no senior official from")


def _negated_before(before: list[str], lang: str) -> bool:
    """The words before a name (in its clause) end in a negated quantifier and its link ("no official from")."""
    words = before[:]
    while words and words[-1] in _NO_ONE_SKIP:
        words.pop()
    links = _NO_ONE_LINKS.get(lang)
    if links is None:
        return False
    if words and words[-1] in links:
        words.pop()
    elif lang != "ru":  # Russian names the state in the genitive after its noun: "ни один представитель Азербайджана"
        return False
    window = words[-_NO_ONE_WORDS:]
    if not any(w in _NO_ONE[lang] for w in window):
        return False
    return lang != "ar" or any(w in _AR_NEGATION for w in words[-_NO_ONE_WORDS - 2 :])


def _absent_named(st: _Facts) -> None:
    """States named as absent by a negated quantifier (see :data:`_NO_ONE`)."""
    sc = st.sc
    lang = (sc.lang or "")[:2]
    if lang not in _NO_ONE:
        return
    negated: list[Hit] = []
    for h, _ in sorted(st.mentions, key=lambda m: m[0].start):
        if h.reading not in PARTY_READINGS:
            continue
        joined_to = negated and negated[-1].sent == h.sent and " ".join(
            w for w in sc.norm[negated[-1].end : h.tstart].split() if w not in _NO_ONE_SKIP) in _NO_ONE_JOINS
        if joined_to or _negated_before(_clause_before(sc.norm, h.tstart, 80).split(),
                                        lang):
            h.reading, h.why = "subject", "named as absent"
            negated.append(h)
    if not negated:
        return
    for cid in list(st.concept_hits):  # the rest of the clause: what the state named was absent from
        dropped = [c for c in st.concept_hits[cid] if any(
            c.sent == h.sent and c.start > h.end and not _FIGURE_BREAK.search(sc.norm[h.end : c.start])
            for h in negated)]
        _drop_hits(sc, st.concept_hits, cid, dropped, "negated: no one of the state named took part", st.reasons)


_TOPIC_GAP = 1
_TOPIC_NOUN_GAP = 3


def _topic_governs(norm: str, h: Hit, lang: str) -> bool:
    """A topic word governs the bare name ``h`` (see :data:`_TOPIC_BEFORE`)."""
    before = _clause_before(norm, h.tstart, 60).split()
    for n in range(1, 4):
        for gap in range(_TOPIC_GAP + 1):
            if len(before) >= n + gap and tuple(before[len(before) - n - gap : len(before) - gap]) in _TOPIC_BEFORE:
                return True
    if any((w,) in _TOPIC_NOUNS for w in before[-_TOPIC_NOUN_GAP - 1 :]):
        return True
    if lang == "kk":
        after = _clause_after(norm, h.tend, 40).split()  # (after the name's case ending)
        return bool(after) and (after[0],) in _TOPIC_AFTER
    return False


def _talk_subjects(st: _Facts) -> None:
    """Bare names of a third state that two others' talks are about read as their subject (see
    :data:`_TOPIC_BEFORE`)."""
    sc, mentions = st.sc, st.mentions
    offices = [(h.sent, h.entry.country) for h, _ in mentions if h.reading == "office"]
    lang = (sc.lang or "")[:2]
    # an office named without its state ("معاون وزیر امور خارجه" in an Iranian agency's copy, "the deputy
    # minister" under a dateline) is the home's: one side of the pair, the other named with its state
    home = HOME_BY_LANGUAGE.get(lang) or _dateline_home(st)
    if home is not None:
        offices += [(s, home) for s in st.loose_offices]
    acting = {c for _, c in offices}
    if len(acting) < 2:
        return
    ends = sc.ends
    for h, _ in mentions:
        if h.reading not in ("name", "place") or h.entry.country in acting:
            continue
        pair = {c for s, c in offices if s <= h.sent}
        if len(pair) < 2:
            continue
        sent = sc.norm[ends[h.sent - 1] if h.sent else 0 : ends[h.sent] if h.sent < len(ends) else len(sc.norm)]
        if _topic_governs(sc.norm, h, lang):
            h.reading, h.why = "subject", "of the talks of " + " and ".join(sorted(pair))
        elif _ABSENT.search(_clause_after(sc.norm, h.end, 60)):
            h.reading, h.why = "subject", "absent from the talks of " + " and ".join(sorted(pair))
        elif _SIDES_ACT.search(sent):
            h.reading, h.why = "subject", "of the sides " + " and ".join(sorted(pair)) + " named before"


# A state named only beside two other states' contact: "Georgia's and Armenia's prime ministers agreed on a bridge ...
# Georgia remains Armenia's transit route, while Azerbaijan and Turkey build a corridor", "Hungary and Bulgaria signed
# ... gas that starts at Azerbaijan's field", "Пәкістан мен Ауғанстан министрлері келіссөз жүргізді ... Қазақстан
# астығы осы жолмен жетуі мүмкін": where an event sentence has two other states as its parties, a state in scope that
# acts nowhere in the story (no office, no state body of its own) and is a party to no event sentence (told there as
# not a party: "Azerbaijan was not a party to the agreement") is named only in sentences with no event: its gas, its
# railway, a route through it, a neighbour, what experts say of it; the subject or background of the others'
# contact, no party. An excerpt that has lost the headline naming who met reads these as its lead's countries.
_NOT_PARTY = re.compile(r"(?<!\w)(?:" + alternation((
    "was not a party", "is not a party", "was not party", "is not party", "не является стороной", "не была стороной",
    "не был стороной", "не стала стороной", "не стал стороной", "тарабы емес", "тарап емес", "тарапы болған жоқ",
    "ليست طرفا", "ليس طرفا", "لم تكن طرفا", "لم يكن طرفا")) + r")|طرف(?:\s+\S+){0,2}\s+نبود")


# Words telling that the others' contact was the two's alone: "the agreement concerns only the two neighbours",
# "речь шла только о двустороннем сообщении", "тек екі елдің", "فقط بين البلدين", "فقط دو کشور". With the words of
# absence (:data:`_ABSENT`: "the Azerbaijani side did not take part", "центральноазиатские страны в переговорах не
# участвовали"), a sentence saying so names no party by its event word (see :func:`_others_contact_background`).
_ONLY_THE_TWO = re.compile(r"(?<!\w)(?:" + alternation((
    "only the two", "только двух", "только о двусторонн", "тек екі", "فقط بين البلدين", "فقط دو کشور")) + r")")


def _not_taking_part(text: str) -> bool:
    return _ABSENT.search(text) is not None or _ONLY_THE_TWO.search(text) is not None


def _others_contact_background(st: _Facts, event_sents: set[int]) -> None:
    """In-scope states named only beside two other states' contact read as its background (see
    :data:`_NOT_PARTY`)."""
    sc, mentions, scope = st.sc, st.mentions, st.scope
    framed = st.framed
    others: dict[int, set[str]] = defaultdict(set)  # the states out of scope named as parties, by sentence
    ours: set[int] = set()  # the sentences where a state in scope is named as a party
    for h, _ in mentions:
        if h.reading in PARTY_READINGS:
            (ours.add(h.sent) if h.entry.country in scope else others[h.sent].add(h.entry.country))
    pairs = sorted(s for s, cs in others.items() if len(cs) >= 2)
    sides = [s for s in pairs if s in event_sents and s not in framed]
    if not sides and pairs:
        # "the (two) sides", "the two countries" acting in an event sentence that names no state in scope, after a
        # headline that named them: theirs, when the story names two other states together elsewhere
        ends = sc.ends
        anaphors = {h.sent for h in st.concept_hits.get("bilateral", ())
                    if not sc.norm[h.start : h.end].startswith(_NOT_ANAPHORS)}
        sides = [pairs[0] for s in sorted(event_sents - framed.keys() - ours) if s in anaphors or _SIDES_ACT.search(
            sc.norm[ends[s - 1] if s else 0 : ends[s] if s < len(ends) else len(sc.norm)])][:1]
    if not sides:
        return
    pair = sorted(others[sides[0]])
    ends = sc.ends
    # (a sentence that tells who took no part, or that the contact is the two's alone, names no party by its event)
    apart = {s for s in event_sents if _not_taking_part(
        sc.norm[ends[s - 1] if s else 0 : ends[s] if s < len(ends) else len(sc.norm)])}
    keep = {h.entry.country for h, _ in mentions if h.reading in ("office", "state")
            and not _not_taking_part(_clause_after(sc.norm, h.end, 60))} | {
        h.entry.country for h, _ in mentions if h.reading in PARTY_READINGS and h.sent in event_sents - apart
        and h.sent not in framed and not _NOT_PARTY.search(_clause_after(sc.norm, h.end, 60))}
    for h, _ in mentions:
        if h.entry.country in scope and h.entry.country not in keep and (h.reading in ("name", "place") or (
                h.reading in ("office", "state") and _not_taking_part(_clause_after(sc.norm, h.end, 60)))):
            h.reading, h.why = "subject", "named beside the contact of " + " and ".join(pair)


# a district, a village or a settlement in the locative after a region or town in the genitive (Kazakh), or before it
# (Russian): where something lies
_KK_DISTRICT_AFTER = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?(?:ауданы|ауылы|кенті|селосы)(?:нда|ндағы)\b")
_KK_GENITIVE = ("ның", "нің", "дың", "дің", "тың", "тің")
_RU_DISTRICT_BEFORE = re.compile(
    r"\b(?:районе|районах|селе|поселке|посёлке|ауле|микрорайоне)[ \t]+(?:[^\W\d_]+[ \t]+)?$")


def _district_of(sc: Scan, h: Hit) -> bool:
    """A region or a town (no capital) in the genitive that a district or village in the locative follows
    ("облысының Қордай ауданында"), or that follows one ("в Кордайском районе Жамбылской области")."""
    norm = sc.norm
    if norm[h.tstart : h.tend].endswith(_KK_GENITIVE) and _KK_DISTRICT_AFTER.match(norm, h.tend):
        return True
    return _RU_DISTRICT_BEFORE.search(norm, max(0, h.tstart - 40), h.tstart) is not None


def _unnamed_meetings(st: _Facts) -> set[int]:
    """Sentences where an office named without its state meets someone and no country is named ("our deputy oil
    minister met Anayev on the sidelines of the forum"): held where the story is, with whom it names elsewhere."""
    loose = st.loose_offices
    named = {h.sent for h, _ in st.mentions}
    return {s for s in st.concept_sents(MEETINGS) if s in loose and s not in named}


def _host_capital(st: _Facts, h: Hit) -> bool:
    """A capital the headline names as where the story happens ("the second day of the Caspian energy forum in
    Ashgabat"), of a state whose office acts in the story (the deputy chairman of Turkmenistan's cabinet opening the
    day): the host state of a conference, a party to the meetings its guests hold there (a live blog's entries are
    one event's, the headline's venue theirs). A capital named for a place alone, its state acting nowhere, is none."""
    if h.start >= st.title_end or h.entry.via != "capital":
        return False
    country = h.entry.country
    return any(m.reading == "office" and m.entry.country == country for m, _ in st.mentions)


def _apply_traps(st: _Facts) -> None:
    """Each trap is a reason and lowers the evidence for the countries it concerns."""
    evidence = st.evidence
    for h in st.trap_hits:
        tid = h.entry.trap or h.entry.key
        st.reasons.append(f"trap:{tid} via '{st.sc.surface(h)}'")
        for country in h.entry.trap_countries:
            if country in evidence:
                evidence[country] = max(0.0, evidence[country] - TRAP_PENALTY)


# An agenda's item opens with its day and a colon ("Also Wednesday:", "Также в среду:", "Сондай-ақ сәрсенбі:",
# "الثلاثاء أيضا:", "همچنین دوشنبه:"): a listing of the week puts several items in one paragraph, each its own
# story, so an item opened inside a paragraph is a unit of its own (a central bank's rate decision listed after
# two states' consultations is no party to them).
_WEEKDAYS = WEEKDAYS
_LABEL_SPAN = 48  # characters before a colon where an item's label (its day and a few words) stands
_LABEL_START = re.compile(r"[.!?;۔] (?!.*[.!?;۔] )")  # the last sentence break before the colon, in its line
_LABEL_WORDS = re.compile(r"[^\W_]+(?:-[^\W_]+)?")


def _agenda_items(sc: Scan) -> dict[int, int]:
    """The sentences of an agenda item opened inside a paragraph, by sentence: a unit number of their own
    (negative, apart from the paragraphs'), from the item's day to the next such item or the paragraph's end.
    Read from the colons (few in a text): the label is the one to six words between a sentence break and one."""
    norm = sc.norm
    labels: list[int] = []
    at = norm.find(":")
    while at >= 0:
        before = norm[max(0, at - _LABEL_SPAN) : at]
        m = _LABEL_START.search(before)
        if m is not None and "\n" not in before[m.end() :]:  # (a label that opens its paragraph: a unit already)
            words = _LABEL_WORDS.findall(before, m.end())
            if 1 <= len(words) <= 6 and not _WEEKDAYS.isdisjoint(words):
                labels.append(at - len(before) + m.end())
        at = norm.find(":", at + 1)
    if not labels:
        return {}
    breaks = sc.ends  # (the breaks the hits are numbered by)
    items: dict[int, int] = {}
    for i, start in enumerate(labels):
        end = norm.find("\n", start)
        end = len(norm) if end < 0 else end
        if i + 1 < len(labels):
            end = min(end, labels[i + 1])
        first, last = bisect_right(breaks, start), bisect_right(breaks, end - 1)
        for s in range(first, last + 1):
            items[s] = -1 - first
    return items


def _item_units(st: _Facts, unit: dict[int, int]) -> None:
    """A digest's items are units of their own (its headline, before the first, is unit 0; the first item does not
    join it as a lead does); in an agenda's day, a sentence that names its own parties opens a new unit (the day
    lists several scheduled items: "Azerbaijan's central bank meets on rates. Israel and Hamas delegations ...")."""
    items, parties = st.items, st.parties
    sent_para = {h.sent: h.para for h in st.hits}
    current: dict[int, int] = {}
    for s in sorted(sent_para):
        start = items.of(sent_para[s])
        if start < 0:
            unit[s] = 0
        elif start in items.days and (start not in current or parties.get(s)):
            current[start] = unit[s] = -_ITEM_UNITS - s
        elif start in items.days:
            unit[s] = current[start]
        else:
            unit[s] = start + 1


_ITEM_UNITS = 1 << 20  # an agenda's sentence units, apart from the paragraphs' and the in-paragraph items'


def _domestic_pairs(st: _Facts) -> dict[int, str]:
    """Sentences where a word that implies a second side ("bilateral", "the two", "counterpart", "двусторонний",
    "екіжақты", "ثنائية", "دوجانبه") stands beside two or more places of one state and nothing else (no state's
    name, no other state's place, no organisation): "Almaty and Astana sign a bilateral memorandum", "the akimats
    of two regions". The two sides are the state's own cities or regions, no second state."""
    out: dict[int, str] = {}
    by_sent: dict[int, list[Hit]] = defaultdict(list)
    # a twinning implies its second side as "bilateral" does: two places of one state named beside it are
    # its two sides ("a district of Osh region and a district of Issyk-Kul region signed a twinning memorandum")
    implying = st.foreign_sents | st.pair_sents
    for h in st.gaz:
        if h.sent in implying and h.entry.kind in ("country", "place", "organization"):
            by_sent[h.sent].append(h)
    for s, hs in by_sent.items():
        if all(h.entry.kind == "place" for h in hs) and len({h.entry.country for h in hs}) == 1 \
                and len({h.entry.key for h in hs}) >= 2 and hs[0].entry.country:
            out[s] = f"{' and '.join(dict.fromkeys(h.entry.key for h in hs))}, places of {hs[0].entry.country}"
    return out


# A dateline after its capital: a wire's date (", Dec 7", ", 8 декабря"), a full stop ("АСТАНА. "), or a dash before
# the agency on a short line ("أستانا – قنا").
_DATELINE_DATE = re.compile(r",\s*(?:\d|\w+\.?\s+\d)")
_DATELINE_AFTER = re.compile(r"\s*(?:,|\.\s|[-–—]\s)")
DATELINE_LINES = 2  # the headline and the lead's first line: where a dateline stands
_DATELINE_VIAS = ("capital", "city", "province")  # a place a story is filed from: a capital, a town, a province's seat


def _dateline_home(st: _Facts, scoped: bool = True) -> str | None:
    """The in-scope state whose capital opens the story as its dateline ("BISHKEK, Dec 7 (AKIpress) - ...",
    "АСТАНА, 8 декабря."): the outlet's home, whose offices the copy names without their country (its minister
    "signed in Bern" with the Swiss State Secretary), though the foreign capital and its state be named more. A
    capital counts there when it stands first on one of the first lines, in capitals or before a wire's date, or on a
    short line of its own before a dash; None otherwise (English, Russian and Arabic copy; Persian and Kazakh copy
    have their language's home). Not ``scoped``: any state's capital (see :func:`_outlet_dateline_home`). (A town's
    dateline, "ФЕРГАНА.", is no outlet's home here: a regional firm's feature filed there names its state's offices
    too; its town still counts as the state's mention.)"""
    sc = st.sc
    text, lines = sc.text, 0
    for h in st.gaz:
        if h.entry.via != "capital" or not h.entry.country or (scoped and h.entry.country not in st.scope):
            continue
        line_start = text.rfind("\n", 0, h.ostart) + 1
        if text[line_start : h.ostart].strip():
            continue
        lines = text[:line_start].strip().count("\n") + 1 if text[:line_start].strip() else 0
        if lines >= DATELINE_LINES:
            return None
        line_end = text.find("\n", h.oend)
        line = text[h.ostart : len(text) if line_end < 0 else line_end]
        surface, after = sc.surface(h), text[h.oend : h.oend + 40]
        upper = surface.isupper() and len(surface) > 2
        short = dateline_short(line)
        if (upper and _DATELINE_AFTER.match(after)) or _DATELINE_DATE.match(after) or (
                short and re.match(r"\s*[-–—]\s", after)):
            return h.entry.country
    return None


# A contact's other side named back by its noun after "with" ("held talks with the mission", "с миссией", "مع البعثة",
# "با هیئت"; Kazakh puts "with" after it, "миссиясымен"): the noun's first letters, as the sentence before has them.
_BACK_STEM = 5
_BACK_SHORTEST = {"ar": 3, "fa": 4}  # (Arabic and Persian write short words: وفد, هیئت, بعثة less its article)
_BACK_ARTICLES = word_set(("the", "this", "that", "этой", "этим", "این"))
_BACK_WITH = word_set(("with", "مع", "с", "со", "با"))


def _sides_named_back(st: _Facts, home: str | None, unit: dict[int, int]) -> dict[int, tuple[str, str]]:
    """The sentences where the home's office, the one state acting, meets or talks "with" a noun ("the mission", "the
    delegation") that the sentence before, in its paragraph, names as the one other side's ("a visit by a mission of
    the Eurasian Group"): that side is the sentence's second party, named back by the noun alone. Sentence ->
    (that side, the noun)."""
    sc, lang = st.sc, (st.sc.lang or "")[:2]
    out: dict[int, tuple[str, str]] = {}
    if home is None:
        return out
    contacts = st.concept_sents((*MEETINGS, "talks"))
    for s in sorted(st.event_sents & contacts):
        if st.parties.get(s) != {home} or st.offices.get(s) != {home} or unit.get(s) != unit.get(s - 1):
            continue
        sides = (st.parties.get(s - 1) or set()) - {home}
        if len(sides) != 1:
            continue
        side = next(iter(sides))
        nouns = []
        words = WORDS.findall(_sentence_text(sc, s))
        for i, w in enumerate(words):
            j = i - 1
            while j >= 0 and words[j] in _BACK_ARTICLES:
                j -= 1
            if j >= 0 and words[j] in _BACK_WITH:
                nouns.append(w.removeprefix("ال") if lang == "ar" else w)
            elif lang == "kk" and w.endswith(_KK_WITH) and len(w) > _BACK_STEM + 3:
                nouns.append(w)
        prev = [w.removeprefix("ال") if lang == "ar" else w for w in WORDS.findall(_sentence_text(sc, s - 1))]
        shortest = _BACK_SHORTEST.get(lang, _BACK_STEM)
        named = next((n for n in nouns if len(n) >= shortest and any(
            p.startswith(n[:_BACK_STEM]) for p in prev)), None)
        if named is not None:
            out[s] = (side, named)
    return out


def _sentence_text(sc: Scan, s: int) -> str:
    """Sentence ``s``'s normalised text, by the breaks its hits are numbered by (:attr:`Scan.ends`)."""
    ends = sc.ends
    return sc.norm[ends[s - 1] if 0 < s <= len(ends) else 0 : ends[s] if s < len(ends) else len(sc.norm)]


# The news agencies and outlets of the six states, as they tag their copy's dateline ("БАКУ, 11 дек — Trend.",
# "BISHKEK, Dec 7 (AKIpress) -", "АСТАНА. КАЗИНФОРМ –", "ДУШАНБЕ /Азия-Плюс/"): the outlet's home, where its
# dateline's town may be one the gazetteer lacks. Written as the outlets write them, their case kept.
_OUTLETS = {
    "Kazakhstan": ("Kazinform", "KAZINFORM", "Казинформ", "КАЗИНФОРМ", "ҚазАқпарат", "ҚАЗАҚПАРАТ", "KazTAG",
                   "КазТАГ", "Tengrinews", "Interfax-Kazakhstan", "Интерфакс-Казахстан"),
    "Kyrgyzstan": ("AKIpress", "АКИpress", "АКИ-пресс", "Kabar", "KABAR", "Кабар", "КАБАР", "24.kg",
                   "Interfax-Kyrgyzstan", "Интерфакс-Кыргызстан"),
    "Tajikistan": ("Khovar", "KHOVAR", "Ховар", "ХОВАР", "Asia-Plus", "Азия-Плюс", "Avesta", "Авеста"),
    "Turkmenistan": ("TDH", "ТДХ", "Turkmenportal", "Туркменпортал"),
    "Uzbekistan": ("UzA", "УзА", "Dunyo", "Дунё", "Kun.uz", "Gazeta.uz", "Podrobno.uz", "Daryo", "Dunyo IA"),
    "Azerbaijan": ("Trend", "TREND", "Тренд", "APA", "АПА", "Azertac", "AZERTAC", "АЗЕРТАДЖ", "Азертадж",
                   "Report.az", "Interfax-Azerbaijan", "Интерфакс-Азербайджан",
                   "أذرتاج"),
}
_OUTLET_OF = {name: country for country, names in _OUTLETS.items() for name in names}
# the tag stands after the dateline's place or date (a word in capitals, a number), set off by a dash, a
# parenthesis, a slash or a full stop, and ends there
_OUTLET_TAG = re.compile(
    r"(?:^|[-–—(/.,]\s*)(" + "|".join(re.escape(n) for n in sorted(_OUTLET_OF, key=len, reverse=True))
    + r")(?=\s*(?:[-–—)/.,:]|$))", re.M)
_TAG_PLACE_OR_DATE = re.compile(r"\d|(?<!\w)[^\W\d_]{3,}(?!\w)")


def _outlet_tag(st: _Facts) -> str | None:
    """The agency's tag that follows the dateline on the headline's or the lead's first line (one of
    :data:`_OUTLETS`), or None."""
    lines = [line for line in st.sc.text[: st.title_end + 600].split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        for m in _OUTLET_TAG.finditer(line):
            before = line[: m.start(1)]
            marks = [w for w in _TAG_PLACE_OR_DATE.findall(before) if w.isdigit() or w.isupper()]
            if marks and dateline_short(before):
                return m.group(1)
    return None


def _outlet_tag_home(st: _Facts) -> str | None:
    """The state of the agency that tags the dateline (:func:`_outlet_tag`), or None."""
    tag = _outlet_tag(st)
    return _OUTLET_OF[tag] if tag is not None else None


def _outlet_dateline_home(st: _Facts) -> str | None:
    """The state, in scope or not, whose capital or town datelines copy with no language's home ("CAIRO -", "КАИР.",
    and in Arabic a capital or town and a dash opening the lead's line however long it runs, "القاهرة – سجلت ...",
    "الإسماعيلية – الأهرام –"): the outlet's, whose
    ministry the copy names alone where it receives another state's ministry's delegation, though the story name that
    other state more; else the state of the agency that tags the dateline (:func:`_outlet_tag_home`: "ШАМАХЫ, 11 дек
    — Trend.", its town one the gazetteer may lack). None for Persian and Kazakh copy (their language's home) or no
    such line."""
    sc = st.sc
    lang = (sc.lang or "")[:2]
    if lang in HOME_BY_LANGUAGE:
        return None
    if lang != "ar":
        return _dateline_home(st, scoped=False) or _outlet_tag_home(st)
    text = sc.text
    for h, _ in st.mentions:
        if h.entry.via not in _DATELINE_VIAS or not h.entry.country or h.para > st.first_para:
            continue
        line_start = text.rfind("\n", 0, h.ostart) + 1
        if not text[line_start : h.ostart].strip() and re.match(r"\s*[-–—]\s", text[h.oend : h.oend + 4]):
            return h.entry.country
    return _outlet_tag_home(st)


# "With" before the named side of a contact: the side that acts with a state's body is not that state.
_WITH = word_set(("with", "مع", "с", "со"))
_WITH_CONTACTS = CONTACTS + SIDES


def _counterpart_home(st: _Facts, s: int, ps: set[str], home: str | None) -> str | None:
    """The state of an unnamed office that acts "with" the one named state's body, where the story's home by its
    mentions (no language's home) is that very state: a feature on Uzbek cities in an Omani paper names Uzbekistan
    most, but its national records authority, named alone, signs "with the Uzbek archive agency". Then the unnamed
    side is the state whose office or organ the story names elsewhere (the most named such state, not the one
    signed with), or the one other state whose capital is the story's dateline (a Jordanian ministry
    signing in Tashkent "with the Uzbek labour-migration agency" in a story datelined Amman); None when it names none
    (a ministry meeting its own agency stays domestic)."""
    sc = st.sc
    if home is None or ps != {home} or (sc.lang or "")[:2] in HOME_BY_LANGUAGE or s not in st.loose_offices:
        return None
    if not any(h.sent == s for cid in _WITH_CONTACTS for h in st.concept_hits.get(cid, ())):
        return None
    loose = st.loose_offices[s]
    named = [h for h, _ in st.mentions if h.sent == s and h.entry.country == home and h.reading in ("office", "state")]
    if not named or loose.start > named[0].start:
        return None
    between = WORDS.findall(sc.norm[loose.end : named[0].start])
    placed = _counterpart_placed(st, s, between)
    # or "with" right before the named body's own word, its long name between it and the state's adjective
    # ("اتفاقية مع وكالة الهجرة الخارجية للعمالة الأوزبكية": with the Uzbek agency for external labour migration)
    body = max((h.start for h in st.lex if h.sent == s and h.entry.kind == "cue" and h.entry.key in _BODY_CUES
                and loose.end <= h.start < named[0].start), default=None)
    with_body = body is not None and bool(_WITH.intersection(WORDS.findall(sc.norm[loose.end : body])[-1:]))
    # or the two sides joined by "and" as the subjects of the signing ("заместитель председателя ... службы и
    # заместитель ... МВД Турции подписали протокол"): two signatories, so two states
    joined = s in st.concept_sents(INSTRUMENTS) and bool(_AND.intersection(between)) and any(
        sc.norm.startswith(_SIGNING, h.start) for h in st.concept_hits.get("agreement", ()) if h.sent == s)
    if not _WITH.intersection(between[-3:]) and not placed and not _with_named_counterpart(between) and not with_body \
            and not joined:
        return None  # the named body is no counterpart "with" (the office's own agency, its own republic)
    others = {h.entry.country for h, _ in st.mentions
              if h.sent != s and h.reading in ("office", "state") and h.entry.country not in ps and h.entry.country}
    if others:
        return max(others, key=lambda c: st.evidence[c])
    # no other state's office named: the one state whose place (a farmer's district, its town's dateline) the
    # headline and lead name is the unnamed office's, the story being that place's news of help from the counterpart;
    # a state named there by its name alone (a market sold to) is no home
    opening = {h.entry.country for h, _ in st.mentions
               if h.sent in st.lead_sents and h.reading == "place" and h.entry.country not in ps}
    if len(opening) == 1:
        return next(iter(opening))
    if placed:
        return _ANOTHER_STATE
    # or the one other state whose capital opens a line of the headline and lead as its dateline ("عمان –
    # بترا –", "AMMAN –"): the outlet's home, where the unnamed office that signs "with" the named body belongs
    dateline = {h.entry.country for h, _ in st.mentions if h.sent in st.lead_sents and h.entry.via == "capital"
                and not sc.text[sc.text.rfind("\n", 0, h.ostart) + 1 : h.ostart].strip()
                and h.entry.country and h.entry.country not in ps}
    if len(dateline) == 1:
        return next(iter(dateline))
    if joined:
        # two signatories and one other state named in the story (a driver's route from its capital): the unnamed
        # signatory's
        named_states = {h.entry.country for h, _ in st.mentions if h.entry.country and h.entry.country not in ps
                        and h.reading in ("name", "place", "state")}
        if len(named_states) == 1:
            return next(iter(named_states))
    return None


_AND = word_set(("and", "и", "و", "және"))
_COUNTERPART_NAME = 3  # words of a counterpart's name between "with" and his title ("with Mehmet Yildirim, deputy ...")


def _with_named_counterpart(between: list[str]) -> bool:
    """A counterpart named by his name and title between "with" and his state's body ("held talks in Ankara with <a
    name>, deputy director general of Türkiye's State Hydraulic Works"): "with" stands that far before the state (a
    name, a title, its "of"), no office word between being the unnamed office's own."""
    last_with = max((i for i, w in enumerate(between) if w in _WITH), default=-1)
    return last_with >= 0 and len(between) - last_with - 1 <= _COUNTERPART_NAME + _COUNTERPART_TITLE + 1


_BODY_CUES = ("state", "state_weak")  # the words a named state's body is called by (a ministry, an agency)
_ANOTHER_STATE = "another state"  # (the unnamed side of :func:`_counterpart_placed`, its state never named)
_COUNTERPART_TITLE = 3  # words from "with" to the counterpart's body (its title: "نائب رئيس لجنة")


def _counterpart_placed(st: _Facts, s: int, between: list[str]) -> bool:
    """Arabic copy (no language's home): an unnamed office signs an instrument "with" a counterpart whose
    title and body's long name run to "in" its state ("وقّع وكيل وزارة الحج ... مع نائب رئيس لجنة الشؤون الدينية ...
    في جمهورية طاجيكستان اتفاقية"): a body placed "in" a state is named so from outside it, so the unnamed office that
    signs with it is another state's, whether or not the story names that state (a pilgrims' story that never names
    the host's state). So is a body "affiliated to" its state's government, the state in the genitive of
    that government ("مع لجنة الشؤون الدينية التابعة لمجلس وزراء جمهورية أوزبكستان": with the committee under the
    Cabinet of Ministers of the Republic of Uzbekistan): the body is placed in its state's hierarchy from outside,
    as "in" places it."""
    if (st.sc.lang or "")[:2] != "ar" or not between:
        return False
    # the words that place the body: "in" its state, or "affiliated to" and its state's government (two words at most)
    place = next((i for i in range(len(between) - 1, len(between) - 2 - _AFFILIATED_TAIL, -1)
                  if i >= 0 and between[i] in _AFFILIATED), None)
    if between[-1] in IN_WORDS:
        place = len(between) - 1
    if place is None:
        return False
    if s not in st.concept_sents(INSTRUMENTS):
        return False
    last_with = max((i for i, w in enumerate(between) if w in _WITH), default=-1)
    # (the counterpart's title and its body's name between "with" and "in", read as an office of the state named)
    return last_with >= 0 and not IN_WORDS.intersection(between[last_with + 1 : place]) \
        and place - last_with - 1 <= GENITIVE_WINDOW + _COUNTERPART_TITLE


# "affiliated to" (Arabic), before the government its body is under; and the words of that government's
# name between it and the state ("لمجلس وزراء", "لحكومة")
_AFFILIATED = word_set(("التابعة", "التابع", "التابعين", "التابعتين"))
_AFFILIATED_TAIL = 2


def _lead_body_home(st: _Facts) -> str | None:
    """Copy with no language's home and no dateline whose headline and lead tell a state body named alone (the home's
    own: "the agency prepares new building norms", "Госагентство готовит нормы") and name one state only ("new
    buildings of Bishkek"): that state is the story's home, whatever state a later paragraph's trip names more (the
    agency's director in Minsk meeting Belarus's deputy minister is the home's body abroad). None otherwise."""
    norm = st.sc.norm
    lead = norm.find("\n", len(norm) - len(norm[st.title_end:].lstrip()))  # the end of the first paragraph after it
    lead = len(norm) if lead < 0 else lead

    def opening(h: Hit) -> bool:  # the headline and the first paragraph
        return h.start < lead

    if not any(opening(h) and not _is_government(st.sc, h) for h in st.loose_offices.values()):
        return None
    named = {h.entry.country for h, _ in st.mentions if opening(h)}
    return next(iter(named)) if len(named) == 1 else None


def _evidence_home(st: _Facts) -> str | None:
    """The story's home by its mentions: the state named most, leaving out a state the story names as a way
    through ("через территорию Казахстана", "via Iran", "Қазақстан арқылы", "از طریق ترکمنستان", "عبر إيران": a route's
    transit or stop, a border) and whose office acts nowhere in it: the land its goods cross is no side whose unnamed
    officials receive the delegation (an Orenburg governor's trains from Gansu run across Kazakhstan)."""
    evidence = st.evidence
    passed = {h.entry.country for h, _ in st.mentions if h.reading == "route"}
    if passed:
        passed -= {h.entry.country for h, _ in st.mentions if h.reading == "office"}
    return max((c for c in evidence if c not in passed), key=lambda c: evidence[c], default=None)


# A verb told in the future: Arabic "س" or "سوف" before the imperfect ("ستستقبل", "سيزور"; a noun of that shape ends in
# ة, folded to ه, or in ات: "سياسة", "سنوات"), "على أن" and the imperfect (an arrangement: "على أن يسافر وفد"); English
# "will"; Russian "будет", "будут"; Persian "خواهد", "خواهند".
_FUTURE_WORDS = word_set(("will", "будет", "будут", "سوف", "خواهد", "خواهند"))
_AR_FUTURE = re.compile(r"(?<![^\W_])[وف]?س[تين][^\W\d_]{3,}(?<![هی])(?<!ات)(?![^\W_])|"
                        + re.escape(normalize("على أن")) + r"\s+[يت]")


def _future_first(sc: Scan, s: int, cue: Hit) -> bool:
    """The sentence's main clause, before its past cue, is told in the future ("the camps will host 60 youths from
    Tajikistan this year under the programme signed last month"; "المعسكرات ستستقبل ... الذي وقعته الوزارة الشهر
    الماضي"): the past is the instrument's, the sentence's news is to come, no background."""
    a = sc.ends[s - 1] if s > 0 else 0
    before = sc.norm[a : cue.tstart]
    if _FUTURE_WORDS.intersection(WORDS.findall(before)):
        return True
    return (sc.lang or "")[:2] == "ar" and _AR_FUTURE.search(before) is not None


def _second_office(st: _Facts, s: int, met_sents: set[int]) -> bool:
    """The office named alone beside a state's named office in sentence ``s`` is a second side: not diplomats
    named alone where nobody meets ("Kyrgyzstan's foreign ministry denied cutting its diplomats' pay", "МИД
    опроверг слухи о зарплатах дипломатов", "СІМ дипломаттардың жалақысы"): a ministry's own staff, its domestic
    matter, no side; diplomats met or received are one."""
    return st.loose_offices[s].entry.key != "diplomacy" or s in met_sents


def _find_diplomacy(st: _Facts) -> None:
    """Which sentences report diplomacy, and why; which are background (told in the past)."""
    sc, mentions, reasons = st.sc, st.mentions, st.reasons
    hits, framed, parties, offices = st.hits, st.framed, st.parties, st.offices
    loose_offices, weak_offices, strong_sents = st.loose_offices, st.weak_offices, st.strong_sents
    event_sents, lead = st.event_sents, st.lead
    home = HOME_BY_LANGUAGE.get((sc.lang or "")[:2]) or _dateline_home(st)
    if home is None and (own := _lead_body_home(st)) is not None:
        reasons.append(f"home: {own}, the one state the headline and lead name beside a state body named alone")
        home = own
    home = home or _evidence_home(st)
    # (a conference's host is no home: its guests' unnamed offices are the outlet's, meeting the host's officials)
    dash = _outlet_dateline_home(st)
    abroad = _foreign_home(sc, mentions, loose_offices, st.lead_sents, home) if st.host is None else None
    if abroad is not None:
        reasons.append(f"home: {abroad}, whose offices alone the headline and lead name (its domestic news; "
                       f"unnamed offices are its own, not {home}'s)")
        home = abroad
    unit = {h.sent: 0 if h.para <= lead else h.para for h in hits}
    if st.items.starts:
        _item_units(st, unit)
    for s, item in _agenda_items(sc).items():
        if s in unit:
            unit[s] = item
    # "last year's summit in Baku" (a lead's past cue is its own news, "signed last year, ratified today"; so is a
    # digest item's first line's)
    leads: set[int] = set()  # (each item's first sentence with an event, its rubric apart)
    if st.items.starts:
        first: dict[int, int] = {}
        for h in hits:
            if h.para in st.items.starts and h.sent in event_sents:
                first[h.para] = min(first.get(h.para, h.sent), h.sent)
        leads = set(first.values())
    background = {s: h for s, h in st.past_sents.items() if unit.get(s, 0) != 0 and s not in leads
                  and not _future_first(sc, s, h)}
    for s, h in st.told.items():
        background.setdefault(s, h)
    if st.opening_past:
        opening_past = st.opening_past
        for h in hits:  # "Еске салайық, ... . Қазақстан да ... мүдделі.": the whole paragraph is background
            if h.para in opening_past and unit.get(h.sent, 0) != 0:
                background.setdefault(h.sent, opening_past[h.para])
    # a domestic pair's sentence names one state's own places as the two sides of its twinning or "bilateral" word:
    # that state is no party there, whatever second state the rest of the story names (an English town's French twin
    # beside a club's trip to two Uzbek cities)
    domestic = _domestic_pairs(st)
    for s in domestic:
        parties[s] = set()
    # an ambassador or a foreign ministry alone is one state's business (consular services for its citizens):
    # diplomacy needs a second state or an organisation somewhere in the story
    states = set().union(*(parties[s] for s in parties if s not in framed and s not in background))
    diplomatic: dict[int, str] = {}
    implied: dict[int, str] = {}
    implied_by: dict[int, Hit] = {}
    met_sents = st.concept_sents(MEETINGS)
    delegation_sents = st.concept_sents(("delegation",))
    received_sents = st.concept_sents(RECEIVED_OR_HANDED)  # (a delegation met, or handed something)
    signing_sents = {h.sent for h in st.concept_hits.get("agreement", ())
                     if sc.norm[h.start : h.end].startswith(_SIGNING)}  # (signed, told by the verb)
    signed_sents = st.concept_sents(INSTRUMENTS)
    # (or agreed, told by the verb, at a meeting: "... در دیدار ... توافق کرده‌اند", the sides' act as a signing is)
    agreed_sents = met_sents & {h.sent for h in st.by_key.get(("cue", "agreed"), ())}
    envoy_sents, pair_sents, foreign_sents = st.envoy_sents, st.pair_sents, st.foreign_sents
    for s in sorted(domestic):
        reasons.append(f"domestic pair: the two sides are {domestic[s]}, no second state")
    for s, (other, word) in _sides_named_back(st, home, unit).items():
        parties[s] = parties[s] | {other}
        reasons.append(f"named back: '{word}' the sentence before names as {other}'s, the home's office's other side")
    foreign_sents = foreign_sents - domestic.keys()
    pair_sents = pair_sents - domestic.keys()  # two districts of one state twinned: no other state's city
    anaphors = _meeting_anaphors(sc, st.concept_hits)
    # a sentence that names an in-scope state only as the venue of other states' event, none acting in it
    venues = {h.sent for h, _ in mentions if h.why == OTHERS_VENUE} - {
        s for s in parties if any(p in st.scope for p in parties[s])}
    for s in sorted(event_sents - background.keys()):
        if s in st.contacts and s not in framed:
            # two states' bodies in contact (:func:`_read_contacts`): both are its parties, the home's body named alone
            named, own, body = st.contacts[s]
            diplomatic[s] = "contact"
            if own in st.scope and own not in parties[s]:
                implied[s] = own
                implied_by[s] = body if body is not None else next(
                    h for cid in (*CONTACTS, "delegation") for h in st.concept_hits.get(cid, ()) if h.sent == s)
            continue
        if s in framed or s in venues:
            continue
        if s in anaphors and anaphors[s] not in diplomatic:
            # the meeting told before, held with no second state: the countries this sentence names are no parties
            # to it ("an elder said his family moved to Kazakhstan"); "the two countries" still names a second side
            if s in foreign_sents:
                diplomatic[s] = "implied second party"
            continue
        ps = {p for p in parties[s]}
        if s in strong_sents and (len(states) >= 2 or s in envoy_sents
                                  or (offices[s] and s in loose_offices and _second_office(st, s, met_sents))
                                  or (s in pair_sents and any(not p.startswith("org:") for p in ps))):
            diplomatic[s] = "strong"
        elif len(ps) >= 2:
            diplomatic[s] = "two parties"
            body = loose_offices.get(s) or weak_offices.get(s)
            if home and home not in ps and not offices[s] and body is not None and not _is_government(sc, body) \
                    and any(p.startswith("org:") for p in ps) and (s in met_sents or s in signing_sents):
                # "директор Службы ... провела в Москве консультации с ... Евразийской экономической комиссии": an
                # organisation met in its seat's city, no state's office named, by a body named alone: the body is
                # the home's, as where the organisation alone is named (the city is the venue, no side); not a
                # government, which is the place's ("Бейрутта жаңа үкімет Дүниежүзілік банкпен келіссөз")
                implied[s] = home
                implied_by[s] = body
        elif s in foreign_sents:
            diplomatic[s] = "implied second party"
        elif len(ps) == 1 and home and home not in ps and s in loose_offices and not offices[s] & ps \
                and not next(iter(ps)).startswith("org:") and loose_offices[s].entry.key not in ENVOYS | {"diplomacy"}:
            # "the minister paid a working visit to Beijing" in an Astana paper: the country is where the
            # office of the home state goes, not the office's own ("Mirziyoyev visited Karakalpakstan"); not envoys
            # or diplomats named alone (as :func:`_home_side` reads them): no home office travelling ("the envoys
            # and travellers who carried a poet's verses from Bukhara's court")
            diplomatic[s] = "foreign party"
            implied[s] = home
        elif len(ps) == 1 and (own := dash or home) and own not in ps and s in loose_offices and offices[s] == ps \
                and loose_offices[s].start < min(h.start for h, _ in mentions if h.sent == s and h.reading == "office"):
            # "وزیر فرهنگ ... با وزیر فرهنگ تاجیکستان دیدار کرد": copy names its own officials without their
            # country; an unnamed office that acts first, before an office of a named foreign state, is the home's
            # (or, in copy with no language's home, its dateline's: "CAIRO -", "القاهرة –", though the story name the
            # foreign state more)
            diplomatic[s] = "foreign party"
            implied[s] = own
        elif len(ps) == 1 and home and home not in ps and s in signed_sents | agreed_sents and s in weak_offices \
                and offices[s] == ps and st.acting.get(s) == ps and weak_offices[s].start < min(
                    h.start for h, _ in mentions if h.sent == s and h.reading == "office"):
            # "معاون سازمان ثبت احوال کشور و معاون وزیر دادگستری جمهوری آذربایجان ... پروتکلی امضا کردند":
            # a body named with no state ("the country's civil registration organisation", an agency, a service)
            # signing first, before a named foreign state's office, is the home's, as an unnamed office is
            diplomatic[s] = "foreign party"
            implied[s] = home
            implied_by[s] = weak_offices[s]
        elif (other := _counterpart_home(st, s, ps, home)) is not None:
            # "رئيس هيئة الوثائق ... وقّع ... برنامجاً للتعاون مع الوكالة الأوزبكية للأرشيف" in an Omani feature on
            # Uzbek cities: the state the story names most is the body signed "with", so the unnamed office is not
            # its; it is the state whose own body the story names elsewhere ("وتضم الهيئة العُمانية ...")
            diplomatic[s] = "two parties"
            if other in st.scope:
                implied[s] = other  # the unnamed side's state is a party there, named or not in the sentence
            reasons.append(f"unnamed side: '{sc.surface(loose_offices[s])}' acts with {next(iter(ps))}'s body, "
                           + (f"so it is {other}'s (its body named elsewhere, or its place or dateline in the "
                              "opening), not the most named state's"
                              if other != _ANOTHER_STATE else "placed in its state: another state's office"))
        elif len(ps) == 1 and home and next(iter(ps)).startswith("org:") and (s in met_sents or s in signing_sents) \
                and (s in loose_offices or s in weak_offices):
            # "the agency's director held talks with an IAEA delegation" in a Tashkent paper: an organisation
            # is one side of a contact, the home state's unnamed office the other; so when the two sign, told
            # by the verb ("the State Agency of Intellectual Property and WIPO signed a roadmap"): the body named
            # alone is the home's (an organisation's agreement in force, "ЕАЭО келісімі", is among its members)
            diplomatic[s] = "organisation and home"
            implied[s] = home
            implied_by[s] = loose_offices.get(s) or weak_offices[s]
        elif len(ps) == 1 and home and home not in ps and s in received_sents \
                and s in delegation_sents and (s in signed_sents or s + 1 in signed_sents) and st.acting.get(s) == ps:
            # "принял делегацию Кассационного суда Турецкой Республики. Стороны подписали меморандум": a named
            # state's body's delegation received and signing, the host the home's body (its court) named alone;
            # or handed something (sentenced prisoners, aid) with the act of the handover signed: the
            # home hands over, the named state's delegation receives
            diplomatic[s] = "foreign delegation and home"
            implied[s] = home
            implied_by[s] = next(h for cid in RECEIVED_OR_HANDED for h in st.concept_hits.get(cid, ()) if h.sent == s)
        elif len(ps) == 1 and dash and dash not in ps and s in received_sents and s in delegation_sents \
                and s in st.concept_sents(("reception",)) and st.acting.get(s) == ps:
            # "استقبل ... وفداً من وزارة النقل في كازاخستان" in copy datelined "الإسماعيلية –" (a town of Egypt): a
            # named state's body's delegation received where the story is filed is received by that state's body
            # (named alone, or by its head's name), not by its own state's: two states meet
            diplomatic[s] = "foreign delegation and dateline's state"
            if dash in st.scope:
                implied[s] = dash
                implied_by[s] = next(h for h in st.concept_hits["reception"] if h.sent == s)
        elif s in met_sents and not offices[s] and s not in loose_offices and len(offices.get(s + 1, ())) >= 2 \
                and ps <= offices[s + 1] \
                and unit.get(s + 1) == unit.get(s) and s + 1 not in framed and s + 1 not in background:
            # "A meeting in Mashhad last week may help. The deputy minister of A and the deputy head of B's
            # department agreed to run a joint survey": a meeting told with no office of its own (its venue's state
            # at most), whose sides the next sentence of its paragraph names as offices of two states, is theirs (a
            # feature's contact told late, after a shepherd's or a farmer's story)
            diplomatic[s] = "sides named next"
    if home is not None and home == HOME_BY_LANGUAGE.get((sc.lang or "")[:2]):
        for s in sorted(diplomatic.keys() - implied.keys()):
            if home not in parties[s] and s in loose_offices and home_organ_contact(st, s):
                # the home's ministry named alone consulting another state's: the home is the other side
                implied[s] = home
    _others_ministers(st, home, implied, implied_by)
    units = {unit[s] for s in diplomatic}
    for s in sorted(event_sents - background.keys() - venues):
        if s not in diplomatic and s not in framed and not parties[s] and unit.get(s) in units:
            diplomatic[s] = "continues"
    units = {unit[s] for s in diplomatic}
    if diplomatic:
        kinds = defaultdict(int)
        for why in diplomatic.values():
            kinds[why] += 1
        reasons.append("diplomacy: " + ", ".join(f"{k} x{n}" for k, n in kinds.items()))
    for s in sorted(background.keys() & event_sents):
        reasons.append(f"background: '{sc.surface(background[s])}'")
    st.unit, st.units, st.diplomatic, st.implied, st.implied_by = unit, units, diplomatic, implied, implied_by


def _others_ministers(st: _Facts, home: str | None, implied: dict[int, str], implied_by: dict[int, Hit]) -> None:
    """"The foreign ministers of Türkiye and Hungary discussed ... The ministers signed a plan" in an Astana
    paper: where an earlier sentence names offices of two states, neither the home, and the home's own office is
    named nowhere, an office named alone later ("the ministers", "Министрлер", "الوزيران", "وزیران") is theirs, not
    the home's; the home is no implied party beside it.

    Nor is the home implied beside an office named alone that another state's name qualifies, the grammar not having
    joined them across a list of portfolios ("Жапонияның экономика, сауда және өнеркәсіп министрінің орынбасары",
    "министр экономики, торговли и промышленности Японии", "وزير الاقتصاد والتجارة والصناعة الياباني"): a state
    other than the home named a few words from the office, read as no office of its own, while a third state acts in
    the sentence: two other states' officials meet there (:func:`_others_office`)."""
    if home is None or not implied:
        return
    for s in sorted(implied):
        if implied[s] == home and (other := _others_office(st, s, home, implied_by.get(s) or st.loose_offices.get(s))):
            who = implied_by.pop(s, None) or st.loose_offices[s]
            del implied[s]
            st.reasons.append(f"no implied party: '{st.sc.surface(who)}' is {other}'s (named beside it), "
                              f"not {home}'s")
    if not implied:
        return
    offices = st.offices
    if any(home in cs for cs in offices.values()):
        return
    pairs = [t for t, cs in offices.items() if len(cs - {home}) >= 2]
    first = min(pairs, default=None)
    for s in sorted(implied):
        if first is not None and first < s and implied[s] == home:
            who = implied_by.pop(s, None) or st.loose_offices[s]
            del implied[s]
            st.reasons.append(f"no implied party: '{st.sc.surface(who)}' is the offices of "
                              f"{', '.join(sorted(offices[first]))} named before, not {home}'s")


_OWN_OFFICE_GAP = 5  # words between an office and its state's name across a list of portfolios
_LIST_BREAK = re.compile(r"[^\w\s,\u200c-]")  # a clause's break, a list's comma being none


def _others_office(st: _Facts, s: int, home: str, who: Hit | None) -> str | None:
    """The state other than ``home`` whose name stands a few words from the office ``who`` in sentence ``s``, read as
    no office, while another state, not the home, acts in that sentence (see :func:`_others_ministers`)."""
    acting = st.acting.get(s) or set()
    if who is None or home in acting or not acting:
        return None
    norm = st.sc.norm
    for h, _ in st.mentions:
        c = h.entry.country
        if h.sent != s or h.entry.kind != "country" or c == home or h.reading == "office" or not acting - {c}:
            continue
        a, b = (h.tend, who.tstart) if h.tend <= who.tstart else (who.tend, h.tstart)
        if a <= b and len(WORDS.findall(norm, a, b)) <= _OWN_OFFICE_GAP and _LIST_BREAK.search(norm, a, b) is None:
            return c
    return None


def _weigh_events(st: _Facts) -> None:
    """Event evidence ``D``: the concepts' weights; weak concepts outside diplomatic sentences are damped."""
    sc, reasons, framed, diplomatic = st.sc, st.reasons, st.framed, st.diplomatic
    strong = strong_ids()
    event_sents = st.event_sents
    scope = st.scope
    scope_sents = {h.sent for h, _ in st.mentions if h.entry.country in scope}
    for s in sorted((event_sents | scope_sents) & set(framed)):
        reasons.append(f"trap:{framed[s].entry.key}-context via '{sc.surface(framed[s])}'")
    if event_sents and not diplomatic:
        reasons.append("domestic: no second country or organisation near the events")
    concept_weight: dict[str, float] = {}
    for cid, hs in st.concept_hits.items():
        best = 0.0
        for h in hs:
            w = h.entry.weight
            if h.sent not in diplomatic and (cid not in strong or h.sent not in framed):
                w *= CONTEXT_DAMP if h.sent in framed else DOMESTIC_DAMP
            best = max(best, w)
        concept_weight[cid] = best * (1 + 0.15 * math.log(len(hs)))
        reasons.append(f"event:{cid} via '{sc.surface(hs[0])}'")
    st.d = sum(concept_weight.values())


def _weigh_parties(st: _Facts) -> None:
    """Country evidence ``C``: how near each country is to the diplomacy, as a party; then the score."""
    sc, reasons, scope, evidence, title_end = st.sc, st.reasons, st.scope, st.evidence, st.title_end
    mentions, parties, diplomatic, unit, units = st.mentions, st.parties, st.diplomatic, st.unit, st.units
    near: dict[str, float] = defaultdict(float)
    closest: dict[str, float] = {}
    # The headline stands beside the diplomacy when it or its lead reports some, when an office named without its
    # state acts in some (the headline's state, whose minister "held a telephone conversation with Qatar's"; not
    # "diplomatic efforts", which name no office), or when its country is a party to some; a country in a
    # headline about something else (a drone strike, a market), the diplomacy being between others further
    # down, is as far from it as the rest of the lead.
    acting_parties = set().union(*(parties[s] for s in diplomatic))
    loose = st.loose_offices
    title_near = 0 in units or any(s in loose and loose[s].entry.key != "diplomacy" for s in diplomatic)
    named_states = {h.entry.country for h, _ in mentions if h.entry.kind == "country" and h.reading in PARTY_READINGS}
    for h, w in mentions:
        c = h.entry.country
        if c not in parties[h.sent] or not diplomatic:
            continue
        if h.sent in diplomatic or (h.start < title_end and (title_near or c in acting_parties)):
            f = SAME_SENTENCE
        elif unit.get(h.sent) in units:
            f = SAME_PARAGRAPH
        elif st.items.starts:
            continue  # a digest's item that reports no diplomacy is another story
        elif h.reading == "place" and c not in named_states:
            # a town or a region named outside the diplomacy's paragraphs, its state named nowhere as a state
            # ("conferences will be held in Kokshetau and Petropavl" after a history of the khanate's embassies):
            # where something else happens, no party
            continue
        else:
            f = SAME_ARTICLE
        near[c] += w * f
        closest[c] = max(closest.get(c, 0.0), f)
    for s, c in st.implied.items():
        near[c] += min(1.0, evidence[c])
        closest[c] = SAME_SENTENCE
        reasons.append(f"implied party: {c} (the article's home) beside "
                       f"'{sc.surface(st.implied_by.get(s) or st.loose_offices[s])}'")
    party_scope = sorted((c for c in near if c in scope and near[c] >= PARTY_MIN), key=lambda c: -near[c])
    c_ev = max((min(near[c], max(evidence[c], near[c])) for c in party_scope), default=0.0)
    if any(c in scope for c in closest):
        best = max(v for c, v in closest.items() if c in scope)
        reasons.append(f"proximity:{ {SAME_SENTENCE: 'sentence', SAME_PARAGRAPH: 'paragraph'}.get(best, 'article') }")
    score = (1 - math.exp(-2 * c_ev)) * (1 - math.exp(-1.6 * st.d))
    title_party = any(h.start < title_end and h.entry.country in party_scope for h, _ in mentions)
    title_event = any(h.start < title_end and h.sent in diplomatic for hs in st.concept_hits.values() for h in hs)
    if title_party and title_event:
        score += 0.15 * (1 - score)
        reasons.append("title: country and event")
    in_scope_traps = sum(1 for h in st.trap_hits if set(h.entry.trap_countries or ()) & scope)
    if in_scope_traps:
        score *= 0.85 ** min(in_scope_traps, 3)
    score = max(0.0, min(1.0, score))
    st.near, st.party_scope, st.score = near, party_scope, score
    st.relevant = bool(party_scope) and score >= THRESHOLD


def _verdict(st: _Facts) -> Relevance:
    """The countries involved, the reasons (the score first) and the tags."""
    reasons, scope, evidence, party_scope = st.reasons, st.scope, st.evidence, st.party_scope
    relevant, score = st.relevant, st.score
    named = [c for c, v in evidence.items() if v >= COUNTRY_MIN]
    others = sorted((c for c in named if c not in scope), key=lambda c: -evidence[c])
    if relevant:
        involved = party_scope
    else:
        involved = party_scope + sorted((c for c in named if c in scope and c not in party_scope),
                                        key=lambda c: -evidence[c])
    for c in involved:
        reasons.append(f"country:{c} via '{st.first_surface[c]}' (evidence {evidence[c]:.2f}, as a party "
                       f"{st.near.get(c, 0.0):.2f})")
    reasons.insert(0, f"score {score:.2f} {'>=' if relevant else '<'} {THRESHOLD}" if involved else
                   "no in-scope country")

    tags = [entity_tag("country", c) for c in involved + others]
    tags += [entity_tag("place", p) for p in sorted(st.places)]
    tags += [entity_tag("organization", o) for o in sorted(st.orgs)]
    tags += [entity_tag("person", p) for p in sorted(st.leaders)]
    tags += [make_tag("concept", c) for c in st.concept_hits]
    return Relevance(
        relevant=relevant,
        score=round(score, 4),
        countries=involved + others,
        in_scope=involved,
        concepts=list(st.concept_hits),
        reasons=list(dict.fromkeys(reasons)),
        tags=list(dict.fromkeys(tags)),
    )
