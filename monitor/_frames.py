"""The frames of :func:`monitor.relevance.assess_scan`: cues that put sentences, or a whole story, out of diplomacy.

A sentence about a match, a fair, a consular service, an impostor's fraud, an envoy watching a concert; a story
whose headline frames it (sport, tourism), one state serving its own people, a fraud named in the lead, an
obituary, a history or a home story (an appointment, an address, an inspection). Each kind is a row of
:data:`FRAMES`: its cues, what lifts it, how far it reaches. Why a module of its own: the rows and their predicates
are what a new kind of frame touches; the rest of relevance does not change for one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING

from monitor._digest import MONTHS, WEEKDAYS, whole
from monitor.gazetteer import Entry, Hit, Scan
from monitor.lexicon import lexicon
from monitor.normalize import normalize, word_set
from monitor.parties import IN_WORDS, PARTY_READINGS, at_most_words, joined

if TYPE_CHECKING:
    from monitor.relevance import _Facts

ARTICLE_FRAMES = frozenset({"sport", "tourism", "culture", "science", "religion"})
# Pupils and their schools: a headline about them frames the story like an article frame, unless the lead reports a
# diplomatic event or two states act in the headline or lead ("A and B will launch an exchange of pupils": the
# states arrange it, not the schools).
SCHOOL_FRAMES = frozenset({"school"})
# A school, university or clinic the headline calls private ("private universities agree on student
# exchange", "Частные вузы ... договорились", "жеке университет ... келісімге қол қойды"): the bodies' own exchange,
# however their cities name two states, unless the states arrange it (as a school story, :func:`_states_arrange`).
# Headline only: a private clinic named further down is where a minister or an envoy may well act.
PRIVATE_BODY_FRAMES = frozenset({"private_body"})
# A ministry or an embassy serving its own citizens (consular registration, travel advice) is one state's
# business even in the words of diplomacy: this frame holds against strong concepts, unless offices of two
# states act in the sentence.
OWN_STATE_FRAMES = frozenset({"consular"})
# A fair or an exhibition: its exhibitors, publishers and pavilions come from many countries; in a sentence about
# one, a country is no party unless offices of two states act there ("the ministers met on the sidelines of the
# fair"). Unlike sport, tourism and culture, a headline about a fair does not frame the whole story.
# Banks and companies signing their memoranda at a forum are the same: a deal between firms, not states.
SHOW_FRAMES = frozenset({"fair", "business"})
# Someone posing as a diplomat or a consul, named in the headline or the lead: a fraud (his "embassy", "reception"
# and "memorandum" are the props of the crime) frames the whole story, strong words too, unless officials of two
# states act in one of its sentences.
# A drama, a series or a novel about diplomats, named in the headline or the lead, frames the story the same way:
# its embassy, its visits and its receptions are invented.
# Students simulating diplomacy (a Model UN, a mock summit, a role play) frame it the same way: its "ambassadors" and
# "delegations" are roles, no office of a state.
IMPOSTOR_FRAMES = frozenset({"impostor", "fiction", "simulation"})
# Cues that frame from the headline or the lead only (a drama or a simulation names itself there).
LEAD_IMPOSTORS = frozenset({"fiction", "simulation"})
# An arrest or vandalism in the headline: a crime story; an embassy named in it is where it happened, unless officials
# of two states act in one of its sentences (the host's ministry meets the envoy about the attack).
# A court, the police or a sentence in the headline is a crime story too: a ruling on a state's extradition request is
# a judicial act, the two states' treaty it recalls no contact, unless officials of two states act in one sentence.
# A hotel counting its guests, bookings and rates, in the headline: a business story; the summits, delegations and
# embassies it names are its bookings. Only the headline frames (a sentence about talks held at a hotel is talks).
HEADLINE_ONLY_FRAMES = frozenset({"hotel"})
CRIME_FRAMES = frozenset({"arrest", "crime"}) | HEADLINE_ONLY_FRAMES
# An interview (its headline or byline): a portrait of the one interviewed unless it reports an act between states.
INTERVIEW_FRAMES = frozenset({"interview"})
# A headline about one state's own affairs told to its people: its officials appointed (the appointee's career
# abroad recalled) or its leader's address to the nation (foreign policy named in passing). Like an obituary, it
# makes the story's contacts background, unless the lead reports a strong event outside the cue's own sentence.
HOME_STORIES = {"appointment": "one state's staffing", "address": "a leader's address to his nation",
                "inspection": "an official's inspection at home"}
# A column's rubric opening its headline ("OPINION:", "МНЕНИЕ |"): like an obituary, its contacts are background.
# A press review named in the headline ("what the papers say", "обзор прессы"): quoted opinions, background too.
HEADLINE_FRAMES = frozenset({"obituary", "opinion", "press_review"}) | HOME_STORIES.keys()
# An analysis's rubric opening its headline ("Analysis:", "تحلیل |", "Талдау:"): the writer's reading, background like a
# column's argument, unless the headline itself reports a contact now (a close reading of news).
ANALYSIS = "analysis"
# A history explainer names itself in the headline ("a short history", "хронология", "қысқаша тарихы", "تاریخچه"):
# the story of the past, unless the headline itself reports a contact now.
CHRONICLE = "chronicle"
# Reference copy names itself in the headline too: a country profile, "N things to know", tips before a trip; its
# relations and embassies are facts about the country, unless the headline reports a contact now.
# A history rubric standing first in the headline ("Рубрика «История».", "History |", "Тарих:"): the past told,
# unless the headline reports a contact now (a dateline's rubric and an old date opening the lead: _history_lead).
HISTORY_RUBRIC = "history_rubric"
EXPLAINERS = frozenset({CHRONICLE, "profile", ANALYSIS, HISTORY_RUBRIC})

# Whose officials an office named alone belongs to, by the article's language: Persian copy is mostly
# Iranian, Kazakh copy Kazakh; elsewhere the country the article names most.
HOME_BY_LANGUAGE = {"fa": "Iran", "kk": "Kazakhstan"}

@cache
def strong_ids() -> frozenset[str]:
    return frozenset(c.id for c in lexicon().concepts.values() if c.strong)

@cache
def citizen_word_keys() -> frozenset[str]:
    """The words for a state's citizens (migrants, pilgrims ...), some of which are also group cues."""
    return frozenset(s.key for s in lexicon().cues.get("citizens", ()))

WORDS = re.compile(r"[^\W_]+")
DATELINE_WORDS = 6  # a dateline or byline is short: a place, a date, an agency, a name


def dateline_short(text: str, a: int = 0, b: int | None = None) -> bool:
    """text[a:b] has no more words (:data:`WORDS`) than a dateline or a byline (:data:`DATELINE_WORDS`). Told after
    that many words: a headline's words are not all listed to find it is longer (relevance reads its first line)."""
    return at_most_words(DATELINE_WORDS).fullmatch(text, a, len(text) if b is None else b) is not None

# The state's envoys and foreign ministry: serving its own people abroad (citizens, pilgrims, students, ethnic kin)
# they act alone; diplomacy needs an official of a second state.
OWN_PEOPLE_OFFICES = frozenset({"ambassador", "embassy", "consul", "foreign_minister"})
# Contact between officials: where a second country is a party in such a sentence, its officials take part.
# A tuple, in this order, so that the contact a reason names is the same in every process (a set's order
# follows the process's string hashing).
CONTACTS = ("meeting", "talks", "reception", "discussion", "phone_call", "agreement", "memorandum",
            "joint_commission", "credentials", "official_visit", "handover")
# People meeting: with an organisation's delegation, an unnamed office of the home state is the other side (an
# organisation's agreement or memorandum may be among its members: "ЕАЭО келісімі")
MEETINGS = ("meeting", "talks", "reception", "discussion", "phone_call", "official_visit")
# A delegation met, or handed something (prisoners handed over to its ministry's delegation): received by the home
RECEIVED_OR_HANDED = (*MEETINGS, "handover")
# A state does not cooperate or keep relations with its own citizens: these words name a second side.
SIDES = ("cooperation", "relations")
GOVERNS = 2  # words between a contact and the people it is held with ("встречи с гражданами", "met Kazakh students")


def _own_people(sc: Scan, by: dict[tuple[str, str], list[Hit]], gaz: list[Hit], lead_sents: set[int]) -> Hit | None:
    """The first word in the headline or lead that names a state's own people as those served: its citizens,
    migrants, pilgrims or compatriots (a citizens cue), its citizens by the state's adjective
    ("қазақстандықтар", "Kazakhstanis"), its students ("students from Kazakhstan"), or its ethnic kin abroad (a
    people read as a people: "этнических казахов", "шетелде тұратын қазақтардың")."""
    found: list[Hit] = []
    # (the cues from the lexicon hits' index, ``by``: the earliest is taken below, so their order is no matter)
    for key in ("citizens", "group", "private"):
        for h in by.get(("cue", key), ()):
            if h.sent not in lead_sents or (key != "citizens" and h.entry.surface.key not in citizen_word_keys()):
                continue
            if not _given_name(sc, h):  # "Азамат Тыналиев": a word for citizens that is a given name, capitalised
                found.append(h)
    for h in gaz:
        if h.sent not in lead_sents:
            continue
        kin = h.suppressed == "ethnic-group" or (h.entry.kind == "trap" and h.entry.trap == "ethnic-minority")
        if kin or (h.reading == "private" and h.why == "citizens") or h.reading == "origin" or _national(sc, h):
            found.append(h)
    return min(found, key=lambda h: h.start, default=None)


# One person of a state's people, named by the state's adjective beside a noun of a working or travelling
# individual ("a stranded Kyrgyz worker", "кыргызский мигрант", "қырғыз жұмысшысы", "کارگر قرقیز", "عامل قرغيزي"): the
# national a consulate or embassy serves, as "citizens" names them (English, Russian and Kazakh put the adjective
# before its noun, Persian and Arabic after it).
_NATIONAL_NOUNS = word_set((
    "worker labourer laborer migrant student pilgrim citizen national trucker driver seaman sailor "
    "рабочий рабочего рабочему рабочим мигрант мигранта мигранту мигрантом студент студента студенту паломник "
    "паломника гражданин гражданина гражданину гражданка гражданки водитель водителя дальнобойщик "
    "дальнобойщика моряк моряка жұмысшы жұмысшысы жұмысшыға жұмысшыны мигранты студенті азамат азаматы "
    "азаматына жүргізуші жүргізушісі کارگر کارگری دانشجو دانشجوی زائر راننده شهروند تبعه "
    "عامل العامل عاملا طالب الطالب مواطن المواطن حاج الحاج سائق السائق بحار البحار").split())


def _national(sc: Scan, h: Hit) -> bool:
    """A people's adjective or name read as no party, right beside a noun of one working or travelling person
    (see :data:`_NATIONAL_NOUNS`)."""
    if h.entry.kind != "country" or h.reading not in ("ethnonym", "name"):
        return False
    norm = sc.norm
    if h.entry.script == "arabic":
        before = WORDS.findall(norm, max(0, h.tstart - 20), h.tstart)
        return bool(before) and before[-1] in _NATIONAL_NOUNS
    after = WORDS.match(norm, h.tend + 1) if norm[h.tend : h.tend + 1] == " " else None
    return after is not None and after.group() in _NATIONAL_NOUNS


_NEXT_WORD = re.compile(r"[^\W_]*[ \t]+(\w)")  # the rest of a word, then the first letter of the next


# Cues that frame only standing first on their line: a column's or an analysis's rubric, a column's note on its writer
# (its note on the writer's personal view holds in the story's last paragraph too, after the writer's name, in a
# sentence with no word of diplomacy: "X gives his own view in this column"; "the writer is known for a book" inside a
# news paragraph is no note).
COLUMN_NOTE = "column_note"
COLUMN_VIEW = "column_view"
COLUMN_NOTES = frozenset({COLUMN_NOTE, COLUMN_VIEW})
LINE_FIRST = frozenset({"opinion", ANALYSIS, HISTORY_RUBRIC}) | COLUMN_NOTES
# Cues that frame from the lead's first sentence too, not only the headline: "N years ago" (a history feature opens
# with it), a press review's own lead ("we have collected what the foreign press wrote", "نستعرض ما كتبته صحف") and a
# life told from its start ("Рахимов родился в 1942 году": an obituary or a portrait whose headline an excerpt lost,
# unless that sentence reports a contact).
BIOGRAPHY = "biography"
# A book of memoirs launched (in the headline or the lead's first sentence, that sentence reporting no contact): the
# story is the book; the credentials and meetings it recalls are the past, unless the headline reports a contact now.
MEMOIR = "memoir"
LEAD_TOO = frozenset({"history", "press_review", BIOGRAPHY, MEMOIR})

# "N years ago" tells history when N is large: a decade or more ("30 years ago", "отыз жыл бұрын", "سی و پنج سال
# پیش"), or "many". A few years ago is recent background ("the commission, stopped three years ago, resumes"), and
# with no number at all the words mean "last year" ("مدت مشابه سال قبل": the same period last year). Arabic "عاما"
# (singular accusative) follows only numbers from eleven, so its cue holds whatever stands before it.
_TENS = word_set((
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred hundreds thousand thousands many "
    "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать "
    "девятнадцать двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто сто сотни много "
    "многих десятки десятков тысяча тысячи тысячу тысяч сотен "
    "он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан жүз мың көп талай "
    "ده یازده دوازده سیزده چهارده پانزده شانزده هفده هجده نوزده بیست سی چهل پنجاه شصت هفتاد هشتاد نود صد "
    "هزار سال‌ها سالها چندین دهها ده‌ها").split())
# Persian writes a tens-and-units number as one word too ("سی‌وچهار", its joiner folded away)
_FA_TENS = ("بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد")
_SMALL = word_set((
    "one two three four five six seven eight nine a few several couple "
    "один одного два двух три трёх трех четыре четырёх пять шесть семь восемь девять несколько пару "
    "бір екі үш төрт бес алты жеті сегіз тоғыз бірнеше "
    "یک دو سه چهار پنج شش هفت هشت نه چند").split())
_NEEDS_NUMBER = frozenset({"fa", "ru", "kk", "en"})


def _long_ago(norm: str, h: Hit, lang: str) -> bool:
    """A history cue that counts a decade or more back (see :data:`_TENS`): the number before "years ago", the
    tens before a unit ("тридцать пять", "سی و پنج"), or a cue of decades itself."""
    if lang not in _NEEDS_NUMBER or WORDS.match(norm, h.tstart).group() in _DECADES:
        return True
    before = WORDS.findall(norm, max(0, h.tstart - 40), h.tstart)[-3:]
    while before and before[-1] in ("و", "and", "и"):
        before.pop()
    if not before:
        return False
    last = before[-1]
    if last.isdigit():
        return int(last) >= 10
    if last in _TENS or (lang == "fa" and any(last.startswith(t + "و") for t in _FA_TENS)):
        return True
    if last in _SMALL and len(before) >= 2:
        prev = [w for w in before[:-1] if w not in ("و", "and", "и")]
        return bool(prev) and (prev[-1] in _TENS or (prev[-1].isdigit() and int(prev[-1]) >= 10))
    return False


# A speaker's words in the lead ("'we see cubs where ten years ago there were snares,' said a ranger", «там, где
# десять лет назад стояли капканы», "«он жыл бұрын ...»", «قبل عشر سنوات ...», «ده سال پیش ...»): a comparison with
# the past made in a story of now, no history lead (quotation marks fold to '"'; „ opens a German-style quote).
_QUOTES = ('"', "„")


def _quoted(norm: str, h: Hit) -> bool:
    """The hit stands inside quotation marks opened on its own line (an odd count of quote marks before it)."""
    line = norm[norm.rfind("\n", 0, h.start) + 1 : h.start]
    return sum(line.count(q) for q in _QUOTES) % 2 == 1


_DECADES = word_set(("decades", "десятилетия", "دهه", "عقود", "онжылдық"))
_HEADLINE_OR_EXPLAINER = HEADLINE_FRAMES | EXPLAINERS  # (once: a set made per lexicon hit cost 0.3 µs each)
_RETROSPECTIVE_CUES = _HEADLINE_OR_EXPLAINER | LEAD_TOO | COLUMN_NOTES  # the cue keys _retrospective may return


def _last_paragraph(norm: str, h: Hit, end: int) -> bool:
    """The hit stands in the story's last paragraph: no other line with words after its own (up to ``end``, where a
    "related news" tail begins)."""
    nl = norm.find("\n", h.end, end)
    return nl < 0 or WORDS.search(norm, nl, end) is None


def _has_event(lex: list[Hit], sent: int) -> bool:
    """A word of diplomacy in the sentence: a note on a column's writer names none ("the minister said the paper's
    article gives its writer's view and the agreement is balanced" is news)."""
    return any(h.sent == sent and h.entry.kind == "concept" for h in lex)


def _has_contact(lex: list[Hit], sent: int) -> bool:
    """A contact word in the sentence (credentials presented, talks held): news, whatever life it recalls."""
    return any(h.sent == sent and h.entry.kind == "concept" and h.entry.key in CONTACTS for h in lex)


def _retrospective(norm: str, lex: list[Hit], title_sents: set[int], first_para: int, lang: str = "",
                   end: int | None = None) -> Hit | None:
    """The cue that tells a story in the past, or None: an obituary word in the headline (a diplomat's posts and
    meetings recalled), an appointment in the headline (one state staffing its own offices: the appointee's career
    abroad is recalled, "signed a decree" is no agreement), a leader's address to his nation (its foreign-policy
    lines are named in passing), a column's or an analysis's rubric opening the headline, or its note on the writer
    opening a line anywhere or standing in the last paragraph (the writer's argument), a press review named in the
    headline or the lead's first sentence, or a history cue ("N years ago", "N years after") there (events of decades
    ago told as history)."""
    first_lead = min((h.sent for h in lex if h.para == first_para), default=-1)
    end = len(norm) if end is None else end
    for h in lex:
        e = h.entry
        if (e.key in LINE_FIRST and WORDS.search(norm, norm.rfind("\n", 0, h.start) + 1, h.tstart)
                and not (e.key == COLUMN_VIEW and _last_paragraph(norm, h, end) and not _has_event(lex, h.sent))):
            continue  # a rubric stands first ("OPINION: ..."); "Public Opinion" inside a headline is none
        if e.kind == "cue" and ((e.key in _HEADLINE_OR_EXPLAINER and h.sent in title_sents)
                                or (e.key in LEAD_TOO and (h.sent in title_sents or h.sent == first_lead)
                                    and (e.key != "history" or (_long_ago(norm, h, lang)
                                                                and (h.sent in title_sents or not _quoted(norm, h))))
                                    and (e.key not in (BIOGRAPHY, MEMOIR) or not _has_contact(lex, h.sent)))
                                or e.key in COLUMN_NOTES):
            return h
    return None



def _given_name(sc: Scan, h: Hit) -> bool:
    """A cue written with a capital inside a sentence and followed by another capitalised word is a name
    (Cyrillic and Latin script only: Arabic and Persian have no capitals)."""
    word = sc.surface(h)
    if not word[:1].isupper() or sc.norm[max(0, h.tstart - 2) : h.tstart].strip()[-1:] in ("", ".", "!", "?", "\n"):
        return False
    nxt = _NEXT_WORD.match(sc.text, h.oend)
    return bool(nxt) and nxt.group(1).isupper()


def _people_surface(sc: Scan, h: Hit) -> str:
    """How the people served are named: the cue that read a country as their origin or as citizens, else the hit."""
    return h.why if h.reading in ("origin", "private") and h.why and h.why != "citizens" else sc.surface(h)


# Relations or cooperation "with more than 180 countries" ("с более чем 180 странами", "180-нен астам
# елмен", "مع أكثر من 180 دولة", "با بیش از ۱۸۰ کشور"): a tally of the state's ties, no second side acting.
_COUNTED = re.compile(r"\d+\s*(?:countries|states|nations|стран\w*|государств\w*|ел\w*|دولة|دول|بلدا|بلدان|کشور\w*)")
_COUNTED_SPAN = 40  # characters after the relations word where the count may stand ("diplomatic relations with")


def _counted_states(norm: str, h: Hit) -> bool:
    """The relations or cooperation word ``h`` is held with a count of states (see above), in its clause."""
    after = re.split(r"[.;:!?()\n،,]", norm[h.tend : h.tend + _COUNTED_SPAN], maxsplit=1)[0]
    before = re.split(r"[.;:!?()\n،,]", norm[max(0, h.tstart - _COUNTED_SPAN) : h.tstart])[-1]
    return _COUNTED.search(after) is not None or _COUNTED.search(before) is not None


def _second_state(sc: Scan, mentions: list[tuple[Hit, float]], concept_hits: dict[str, list[Hit]],
                  foreign_sents: set[int], parties: dict[int, set[str]], own: Hit, home: str | None) -> str | None:
    """What shows an official of a second state acting in a story about one state's own people, or None: offices
    of two states, a counterpart or "the two countries", an international organisation as a party, cooperation or
    relations (a second side), a contact with the head of a region or city ("the consul general met the
    governor"), or a contact sentence with a party other than the acting state (a contact held with the people
    served does not count: "организуют встречи с гражданами")."""
    # (the host named as where the mission is, "посольство Узбекистана в Турецкой Республике", "посольство Германии в
    # Бишкеке оказывает консульскую помощь", acts in nothing, whatever office word stands beside it; Arabic and
    # Persian name a ministry "in" its own country, "وزارة الخارجية في كازاخستان", so an office there keeps acting)
    own_in = (sc.lang or "")[:2] in ("ar", "fa")
    acting = {h.entry.country for h, _ in mentions
              if (h.reading == "office" and own_in)
              or (h.reading in ("office", "state") and not hosted(sc, h, mentions))}
    if len(acting) > 1:
        return "offices of " + ", ".join(sorted(acting))
    if foreign_sents:
        return "a counterpart or two countries"
    # an organisation acts where it meets the state (a union's treaty named as the migrants' legal basis does not)
    met = {h.sent for cid in MEETINGS for h in concept_hits.get(cid, ())}
    orgs = sorted({p for s, ps in parties.items() if s in met for p in ps if p.startswith("org:")})
    if orgs:
        return orgs[0][4:]
    for cid in () if _audience_at_home(sc, own, concept_hits) else SIDES:
        sides = [h for h in concept_hits.get(cid, ()) if not _counted_states(sc.norm, h)]
        if sides:
            return f"'{sc.surface(sides[0])}' (a second side)"
    acting = acting or ({home} if home else set())
    people = [h.start for h in sc.lex if h.entry.kind == "cue" and h.entry.key in ("citizens", "group", "private")]
    people += [h.start for h in sc.gaz if h.suppressed == "ethnic-group" or h.reading in ("private", "origin")]
    heads = {h.sent: h for h in sc.lex if h.entry.kind == "cue" and h.entry.key == "local_head"}
    for cid in CONTACTS:
        for c in concept_hits.get(cid, ()):
            if c.sent in heads:  # "the consul general met the governor of the region": the host's official
                return f"'{sc.surface(c)}' with '{sc.surface(heads[c.sent])}'"
            others = {h.entry.country for h, _ in mentions
                      if h.sent == c.sent and h.reading in PARTY_READINGS and h.entry.country not in acting
                      and not hosted(sc, h, mentions)}
            if not others:
                continue
            after = sc.norm[c.tend : c.tend + 80]
            reach = c.tend + sum(len(w) + 1 for w in WORDS.findall(after)[: GOVERNS + 1])
            if any(c.tend <= p <= reach for p in people):
                continue  # the contact is held with the people served
            return f"'{sc.surface(c)}' with {', '.join(sorted(others))}"
    return None

# Students as the people served: the words for them (each language's stem; a cue of citizens and of private
# people alike in data/lexicon.yaml).
_STUDENTS = tuple(normalize(w) for w in ("student", "студент", "دانشجو", "طلاب", "الطلاب", "طالب"))


def _audience_at_home(sc: Scan, own: Hit, concept_hits: dict[str, list[Hit]]) -> bool:
    """The people served are students and no envoy of the state acts (no ambassador, embassy or consul): a ministry's
    official lecturing students at home, or a seminar for them, whose talk reviews relations with many states and
    names the cooperation it wants ("مهم‌ترین حوزه همکاری آینده", "the main field of future cooperation"). The
    side words are the talk's topic, no second side; an envoy's students abroad still meet the host's side."""
    return sc.norm[own.start : own.end].startswith(_STUDENTS) and not any(
        concept_hits.get(cid) for cid in SPECTATOR_OFFICES)


# the Kazakh locative, and the adjective made of it: "Өзбекстанда", in Uzbekistan; "Корея Республикасындағы елшілік",
# the embassy in the Republic of Korea
_KK_IN = frozenset({"да", "де", "та", "те", "нда", "нде", "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі"})


def hosted(sc: Scan, h: Hit, mentions: list[tuple[Hit, float]]) -> bool:
    """The country heads, or stands in, a list after "in" (في, در, в, in; Arabic bi- written onto it; the Kazakh
    locative ending): where the state's own missions or people are ("its missions in Saudi Arabia, Kuwait and the
    Emirates"), a host, not a second state acting."""
    same = sorted((m for m, _ in mentions if m.sent == h.sent and m.start <= h.start), key=lambda m: m.start)
    head = h
    for prev in reversed(same[:-1] if same and same[-1] is h else same):
        if joined(sc.norm, prev, head) != "and":
            break
        head = prev
    if (sc.lang or "").startswith("kk"):
        # Kazakh says "in" with a case ending ("Өзбекстанда"), written on a list's last name only: "Қазақстан мен
        # Өзбекстандағы жобалар" places both
        tail = h
        for m in sorted((m for m, _ in mentions if m.sent == h.sent and m.start > h.start), key=lambda m: m.start):
            if joined(sc.norm, tail, m) != "and":
                break
            tail = m
        if sc.norm[tail.end : tail.tend] in _KK_IN:
            return True
    before = sc.norm[max(0, head.tstart - 12) : head.tstart].split()
    if sc.norm[head.tstart : head.start] in ("ب", "بال"):
        return True
    return bool(before) and before[-1] in IN_WORDS

# An envoy's own words: an ambassador, an embassy, a consul (his credentials are a contact with the host)
SPECTATOR_OFFICES = frozenset({"ambassador", "embassy", "consul"})
# ...and the words for an envoy or a diplomat in general ("the Kazakh envoy welcomes the wrestlers"), a spectator too
SPECTATORS = SPECTATOR_OFFICES | {"diplomacy"}
# Offices that are officials, people who act at an event ("diplomatic", of relations, names none)
OFFICIALS = SPECTATOR_OFFICES | {"foreign_minister", "delegation"}
# What an envoy watches: a match, a concert, a festival. (Tourism is no spectacle: an embassy briefing tour
# operators promotes its country to the host's trade, its own work.)
SPECTACLES = frozenset({"sport", "culture"})
# A rite: a liturgy, a mosque's prayers, a bishops' conference. An envoy who only attends one is a spectator too; one
# who visits a religious body or meets its head calls on a host institution (his visit or meeting is his act).
RITES = frozenset({"religion"})
VISITS = ("visit", "official_visit", "working_visit")

# --- the frames: a cue that puts sentences, or the whole story, out of diplomacy. One rule per kind, in this order:
# a later rule sees what the earlier ones framed (a headline's sport frame spreads only if a sentence rule framed
# the headline), and where two claim a sentence the first holds unless the later one replaces it.


@dataclass(frozen=True, slots=True)
class _FrameRule:
    """One kind of frame. ``cues`` gives the sentences with its cue and the cue (a story rule: the one cue from the
    headline or lead, by its sentence, or nothing); ``lifts`` says what keeps that sentence, or the story,
    diplomacy (false: nothing; a string says what, for the reason); a sentence rule frames the cue's sentence, a
    story rule the sentences ``reach`` gives. Why a table: six mechanisms grew with the same shape (a cue, a
    reach, a lift); a new kind of frame is a row and at most a small predicate."""

    kind: str  # what the framed sentences are about (the reasons name the cue itself)
    cues: Callable[[_Facts], dict[int, Hit]]
    lifts: Callable[[_Facts, int, Hit], str | bool]
    reach: Callable[[_Facts, Hit], Iterable[int]] | None = None  # None: the cue's own sentence only
    replaces: bool = False  # it frames a sentence another rule framed before (else the first frame holds)
    past: bool = False  # what it frames is background: told in the past, not news now
    says: Callable[[_Facts, Hit, str | bool], str | None] | None = None  # its reason, given what lifted it


# The frames a contact between two states' bodies (relevance._read_contacts) does not lift: a crook's props, an
# interview's portrait, an employer's advert, a stamp; and what an obituary, a memoir or a home story tells (told in
# the past: only a history feature's lead gives way to a contact told as news).
_TOLD = "told in the past"
_CONTACTS_HELD = frozenset({"impostor", "interview", "a job advertisement", "a postal issue"})
# A story its headline, rubric or lead frames whole (sport, tourism, culture, science) lifts its frame by its own
# reading of two sides (:func:`_lead_event_or_two_sides_sign`): there only a contact whose body named alone is surely
# the home's (the language's, an in-scope capital's dateline) lifts it; an outlet's or the lead's place may leave
# that body the other state's own (a tourism story's tax authority consulting a neighbour's, batch 38 b_shifted_topic)
_CONTACTS_SURE = frozenset({"a story of sport, tourism, culture ...",
                            "an item of sport, tourism, culture ... by its rubric",
                            "a story of sport, tourism, culture ... by its lead"})


def frame(st: _Facts) -> None:
    """Sentences (or the whole story) that a cue frames as no diplomacy, by the rules of :data:`FRAMES`."""
    framed: dict[int, Hit] = {}
    told: dict[int, Hit] = {}
    st.framed, st.told = framed, told
    for rule in FRAMES:
        for s, cue in rule.cues(st).items():
            lifted = rule.lifts(st, s, cue)
            if rule.says is not None and (reason := rule.says(st, cue, lifted)) is not None:
                st.reasons.append(reason)
            if lifted:
                continue
            reach = rule.reach(st, cue) if rule.reach is not None else (s,)
            if rule.kind not in _CONTACTS_HELD and (rule.kind != _TOLD or cue.entry.key.startswith("history")):
                reach = set(reach) - (st.sure_contacts if rule.kind in _CONTACTS_SURE else st.contacts.keys())
            if rule.reach is not None and not whole(st.items, cue.para, cue.start):
                reach = _same_item(st, cue, reach)
            if rule.reach is not None and not rule.replaces:
                reach = set(reach) - _shifted_away(st, cue)
            for t in reach:
                if rule.replaces:
                    framed[t] = cue
                else:
                    framed.setdefault(t, cue)
                if rule.past:
                    told[t] = cue


# A paragraph that opens by turning to another matter ("وعلى صعيد آخر", "في سياق آخر", "Separately,", "In other news",
# "В другой новости", "در خبری دیگر"): what follows is no part of the story the headline or lead frames.
_SHIFT = re.compile("|".join(re.escape(normalize(w)) for w in (
    "على صعيد آخر", "وعلى صعيد آخر", "في سياق آخر", "وفي سياق آخر", "في سياق منفصل", "وفي سياق منفصل",
    "في شأن آخر", "وفي شأن آخر", "separately,", "in other news", "in a separate development",
    "в другой новости", "в другом сообщении", "در خبری دیگر", "در خبر دیگری")))


def _shifted_away(st: _Facts, cue: Hit) -> set[int]:
    """The sentences of the paragraphs after the cue's that open turning to another matter (see :data:`_SHIFT`)."""
    norm, ends = st.sc.norm, st.sc.ends
    out: set[int] = set()
    at = norm.find("\n")
    while at >= 0:
        start = at + 1
        while start < len(norm) and norm[start] in " \t\n":
            start += 1
        if _SHIFT.match(norm, start) and start > cue.end:
            end = norm.find("\n", start)
            end = len(norm) if end < 0 else end
            out.update(range(bisect_right(ends, start), bisect_right(ends, end - 1) + 1))
        at = norm.find("\n", start) if start < len(norm) else -1
    return out


def _same_item(st: _Facts, cue: Hit, reach: Iterable[int]) -> set[int]:
    """A story rule's cue inside a digest's item frames that item only (a drama at the theatre in the culture item,
    the police in the city item): the other items are other stories (monitor/_digest.py)."""
    items, item = st.items, st.items.of(cue.para)
    own = {h.sent for h in st.hits if items.of(h.para) == item}
    return own.intersection(reach)


def _one(cue: Hit | None) -> dict[int, Hit]:
    """A story rule's cue as :attr:`_FrameRule.cues` gives it."""
    return {} if cue is None else {cue.sent: cue}


def _every_sentence(st: _Facts, cue: Hit) -> set[int]:
    """The whole story: one state's business or a fraud holds in every sentence, strong words too."""
    return st.sents


def _states_act_together(st: _Facts, s: int, cue: Hit) -> bool:
    """Offices of two named states act in the sentence, or a named state's office with a second side the words name
    ("the foreign ministers of Kazakhstan and the UAE signed an agreement abolishing consular legalisation between the
    two countries"), or beside an envoy of another signing an instrument, or a named state's envoy in a contact with
    the head of the host's region or city ("the consul general met the governor about the legalisation of
    documents"): the service is what two states agree on, not one
    state's to its citizens."""
    if _two_sides(st, s, counterpart=True):
        return True
    if s in st.concept_sents(INSTRUMENTS) and _envoy_signs(st, s):
        return True  # a named state's office and an envoy of another signing (:func:`_signed_with_envoy`)
    if home_organ_contact(st, s):
        return True
    return bool(st.acting[s]) and s in st.local_heads and s in st.concept_sents(CONTACTS)


def _event_or_two_states(st: _Facts, s: int, cue: Hit) -> bool:
    """A strong concept in the sentence (an ambassador at the match), or offices of two named states acting there, or
    a named state's counterpart signing an instrument with someone ("the sports minister and his Uzbek counterpart
    signed a memorandum on football": the home's minister and another state's; a team that "meets its Kyrgyz
    counterpart" signs nothing), or an organisation's team consulting the state (:func:`_organisation_consults`)."""
    if s in st.strong_sents or _delegation_signs_at(st, s):
        return True
    if cue.entry.key in POLICE_CONTEXTS:
        if _bodies_agree(st, s):
            return True
    elif _two_sides(st, s):
        return True
    if s not in st.office_sents and s not in st.loose_offices and _organisation_consults(st, s):
        return True
    # or a state's office signing with a counterpart, the home's organ or an international organisation
    # (offices of two states signing are lifted above: by _bodies_agree too, the instrument being its contact and
    # its outcome)
    if _bodies_meet_and_agree(st, s):
        return True
    return s in st.concept_sents(INSTRUMENTS) and _two_sides(st, s, counterpart=True, home_organ=True,
                                                             organisation=True)


def _bodies_meet_and_agree(st: _Facts, s: int) -> bool:
    """A meeting in the sentence whose sides agree there (the verb, "توافق کرده‌اند", not an instrument's noun):
    offices of two named states, or, in copy whose language has a home (Persian, Kazakh), the home's body named alone
    with no state of its own ("سازمان سینمایی و وزارت فرهنگ تاجیکستان در دیدار ... توافق کرده‌اند", in a festival's
    story) beside one other state's office. What they agree on (a film, a match) is their field, not a frame:
    reported or told, it is the two states' contact. (Copy with no language's home may name the other state's own
    body alone: a tourism story's tax authority agreeing with a neighbour's stays framed, batch 38 b_shifted_topic.)"""
    return (s in st.concept_sents(MEETINGS) and any(h.sent == s for h in st.by_key.get(("cue", "agreed"), ()))
            and _two_sides(st, s, home_body=True))


def _organisation_consults(st: _Facts, s: int) -> bool:
    """An international organisation named in a sentence that holds talks or a meeting (its mission concluding
    consultations in a capital), with a state's office or authorities acting in the next sentence of its paragraph
    ("the mission met the central bank's chairman and officials of the finance ministry"): the organisation's
    contact with the state, whatever prices or currency the story is about. The mission's talks with no state body
    named (a survey of markets) stay the story's."""
    if s not in st.concept_sents(MEETINGS) or not any(
            g.sent == s and g.entry.kind == "organization" for g in st.gaz):
        return False
    para = next(h.para for h in st.hits if h.sent == s)
    nxt = s + 1
    return (any(h.sent == nxt and h.para == para for h in st.hits)
            and nxt in st.concept_sents(CONTACTS)
            and (nxt in st.loose_offices or nxt in st.weak_offices or bool(st.acting.get(nxt))))


SIGNED_AFTER = 2  # sentences after a meeting where the sides' signing (or agreeing) may stand

# A police or court word in the sentence ("the anti-narcotics police", "پلیس", "полиции"): two states' bodies
# meeting there lift its frame only when the meeting has an outcome (:func:`_bodies_agree`).
POLICE_CONTEXTS = frozenset({"crime"})


def _bodies_agree(st: _Facts, s: int) -> bool:
    """In a sentence a police or court word frames, two sides' bodies hold a contact with an outcome: offices
    of two named states, or the home's organ named alone beside one other state's office (:func:`_home_organ_signs`:
    the anti-narcotics police chief "met the head of Tajikistan's drug control agency"), meet, talk or sign there, and
    the sides agree or sign there or in the next sentences of its paragraph ("the two sides agreed to post liaison
    officers"). Why an outcome: police bodies only talking over a seizure's routes are its investigation's account (a
    report on couriers caught, batch 31's a_talks_then_sign); what they agree is a contact of their states."""
    if not _two_sides(st, s, home_organ=True):
        return False
    contact = next((h for cid in CONTACTS for h in st.concept_hits.get(cid, ()) if h.sent == s), None)
    return contact is not None and _signed_after(st, s, (contact.para,), agreed=True)


def _two_sides(st: _Facts, t: int, *, counterpart: bool = False, home_organ: bool = False, home_body: bool = False,
               organisation: bool = False) -> bool:
    """Two sides act in sentence ``t``: offices of two named states always; the rules that lift a frame by two sides
    signing, agreeing or meeting differ only in which second side beside one named state's office they also take
    (the caller knows what the sentence does: signs, meets, or anything):

    - ``counterpart``: a counterpart or "the two countries" (:attr:`_Facts.foreign_sents`);
    - ``home_organ``: the home's organ named alone (:func:`_home_organ_signs`);
    - ``home_body``: in copy whose language has a home (Persian, Kazakh), a body named with no state of its own, the
      home's ("معاون سازمان ثبت احوال کشور"), beside one other state's office;
    - ``organisation``: an international organisation beside a state's office or organ (:func:`_organisation_signs`,
      where no named state's office need act)."""
    acting = st.acting.get(t, ())
    if len(acting) >= 2 or (counterpart and acting and t in st.foreign_sents):
        return True
    if home_organ and _home_organ_signs(st, t):
        return True
    if home_body and len(acting) == 1 and t in st.weak_offices:
        home = HOME_BY_LANGUAGE.get((st.sc.lang or "")[:2])
        if home is not None and home not in acting:
            return True
    return organisation and _organisation_signs(st, t)


def _signed_after(st: _Facts, s: int, paras: Container[int] | None, after: int = SIGNED_AFTER,
                  agreed: bool = False) -> bool:
    """An instrument signed in sentence ``s`` or the ``after`` sentences next to it (with ``agreed``, the sides'
    "agreed" too), in one of ``paras`` (None: in any paragraph): the outcome of a contact held in ``s``."""
    outcome = [h for cid in INSTRUMENTS for h in st.concept_hits.get(cid, ())]
    if agreed:
        outcome += st.by_key.get(("cue", "agreed"), ())
    return any(s <= h.sent <= s + after and (paras is None or h.para in paras) for h in outcome)


def _home_organ_signs(st: _Facts, s: int) -> bool:
    """An organ of the home state named alone (Persian copy is Iranian, Kazakh copy Kazakh: "سازمان اسناد و کتابخانه
    ملی", "Ұлттық архив") beside one other named state's office, in a sentence that signs an instrument: two states
    act ("researchers welcome that the national archives and Tajikistan's national archive signed a programme").
    Copy with no language's home (English, Russian, Arabic) names its own body alone first, before the other state's
    office ("the chairman of the Mine Action Agency met the director of Croatia's Civil Protection Directorate and the
    two signed an agreement on training deminers' teams"): the body acting first is the story's own, not the named
    state's, and two states act whatever sport or culture word the sentence holds."""
    if s not in st.loose_offices or len(st.acting[s]) != 1:
        return False
    home = HOME_BY_LANGUAGE.get((st.sc.lang or "")[:2])
    if home is not None:
        return home not in st.acting[s]
    named = [h.start for h, _ in st.mentions if h.sent == s and h.reading == "office"]
    return bool(named) and st.loose_offices[s].start < min(named)


INSTRUMENTS = ("agreement", "memorandum")  # what two states' officials sign


def home_organ_contact(st: _Facts, s: int) -> bool:
    """The home's organ named alone in contact with one other named state's office in the sentence (Kazakh
    copy: "СІМ консулдық қызмет департаменті ... Түрікменстан СІМ-нің консулдық басқармасымен консулдық консультациялар
    өткізді"): two states' offices consulting, whatever family or citizens the visas they discuss will serve
    (:func:`_home_organ_signs` reads who acts; the contact word is the talks, a meeting or a signing). Only copy whose
    language has a home: elsewhere the office named first may be the named state's own ("МИД добавило, что
    посольства Казахстана ... проводят консультации для желающих переехать")."""
    if HOME_BY_LANGUAGE.get((st.sc.lang or "")[:2]) is None or not _home_organ_signs(st, s):
        return False
    return s in st.concept_sents(CONTACTS)


def _organisation_signs(st: _Facts, s: int) -> bool:
    """An international organisation named in a sentence that signs an instrument, beside a state's office or organ
    (a food security committee and the FAO, a hydromet agency and the WMO, a deputy minister and the EU
    Delegation): the organisation is the state's second side, whatever field (a school, a herd, an avalanche) the
    instrument serves. The caller knows the sentence signs."""
    return (s in st.office_sents or s in st.loose_offices or bool(st.acting.get(s))) and any(
        g.sent == s and g.entry.kind == "organization" for g in st.gaz)


def _two_bodies_sign(st: _Facts) -> bool:
    """Two sides' bodies sign an instrument somewhere in the story: offices of two named states, or the
    home's organ named alone beside another state's office (:func:`_home_organ_signs`: "the under-secretary of the
    transport ministry and Kazakhstan's deputy minister of digital development signed an agreement on a joint
    issue"), or, in copy whose language has a home (Persian, Kazakh), a body named with no state of its own, the
    home's ("معاون سازمان ثبت احوال کشور"), beside one other state's office. The field the story is about (a stamp
    album, a child born abroad) is where the two states meet, not what frames them out."""
    return any(_two_sides(st, t, home_organ=True, home_body=True) for t in st.concept_sents(INSTRUMENTS))


def _spectacle(st: _Facts) -> dict[int, Hit]:
    """An envoy's sentences in a story that a sport or culture word frames somewhere, each by the first such word."""
    story = next((h for _, h in sorted(st.contexts.items()) if h.entry.key in SPECTACLES), None)
    if story is None:
        return {}
    return {h.sent: story for cid in SPECTATORS for h in st.concept_hits.get(cid, ())}


def _rite(st: _Facts) -> dict[int, Hit]:
    """An envoy's sentences in a story that a religion word frames somewhere, each by the first such word."""
    story = next((h for _, h in sorted(st.contexts.items()) if h.entry.key in RITES), None)
    if story is None:
        return {}
    return {h.sent: story for cid in SPECTATORS for h in st.concept_hits.get(cid, ())}


def _envoy_acts_or_visits(st: _Facts, s: int, cue: Hit) -> bool:
    """The envoy acts (:func:`_envoy_acts`), or visits: a call on a religious body is his act, attending its rite
    is not."""
    return _envoy_acts(st, s, cue) or s in st.concept_sents(VISITS)


def _envoy_acts(st: _Facts, s: int, cue: Hit) -> bool:
    """The envoy holds a contact in the sentence (meets, talks, receives, presents credentials), another strong
    office acts there (a minister, named with his state or without), or an official of the host is there with him
    (a governor; an envoy's own office named loose, "guests from a number of embassies", is none). A contact
    held with the spectacle's own people (the team, its delegation, athletes and coaches, a troupe) is the envoy
    greeting his country's athletes or artists: no host official, no contact."""
    concept_hits = st.concept_hits
    strong = strong_ids()
    if (any(h.sent == s for cid, hs in concept_hits.items() if cid not in SPECTATORS and cid in strong
            for h in hs)
            or s in st.local_heads
            or (s in st.loose_offices and st.loose_offices[s].entry.key not in SPECTATOR_OFFICES
                and not _federation_head(st, st.loose_offices[s]))
            or any(h.sent == s and h.entry.kind == "cue" and h.entry.key == "state" and not _federation_head(st, h)
                   for h in st.lex)):
        return True
    return (any(h.sent == s for cid in CONTACTS for h in concept_hits.get(cid, ()))
            and not any(h.sent == s and _squad(h) for h in st.lex))


def _federation_head(st: _Facts, head: Hit) -> bool:
    """A state word ("president", "رئيس", "председатель") that heads a sport's federation: the body right
    after it ("رئيس الاتحاد", "president of the federation"), or right before it in Kazakh ("федерациясының
    президенті"). A country's name that is a federation ("Российской Федерации", "الاتحاد الروسي") is no such body."""
    norm, kk = st.sc.norm, (st.sc.lang or "").startswith("kk")
    countries = [(h.start, h.end) for h, _ in st.mentions if h.sent == head.sent]
    for f in st.lex:
        if f.sent != head.sent or f.entry.kind != "cue" or f.entry.key != "federation":
            continue
        if any(a < f.end and f.start < b for a, b in countries):
            continue
        a, b = (f.tend, head.tstart) if kk else (head.tend, f.tstart)
        words = WORDS.findall(norm, a, b) if 0 <= b - a and not re.search(r"[.,;:!?]", norm[a:b]) else None
        # right beside (a genitive, an idafa, an ezafe, one word between), or English "of the (Hungarian football)"
        if words is not None and (len(words) <= 1 or (words[0] == "of" and len(words) <= 4)):
            return True
    return False


def _squad(h: Hit) -> bool:
    """A word for a team's or a troupe's people: a sport or culture word, a squad cue ("أعضاء البعثة", "کاروان"), or
    a delegation of no named state (a named one, "the Uzbek delegation", is a state's)."""
    e = h.entry
    return ((e.kind == "context" and e.key in SPECTACLES) or (e.kind == "cue" and e.key == "squad")
            or (e.kind == "concept" and e.key == "delegation" and h.reading != "attached"))


def _show_met(st: _Facts, s: int, cue: Hit) -> bool:
    """Two states' offices meet at the fair (the home's minister or governor counts, his state not named), or a
    strong concept is in the sentence."""
    unnamed = s in st.loose_offices or s in st.local_heads
    return len(st.acting[s]) + unnamed > 1 or s in st.strong_sents


def _headline_frame(st: _Facts) -> dict[int, Hit]:
    """The frame of the headline's first framed sentence, if it is an article frame (sport, tourism ...)."""
    framed = st.framed
    title_frame = next((framed[s] for s in sorted(st.title_sents) if s in framed), None)
    return _one(title_frame if title_frame is not None and title_frame.entry.key in ARTICLE_FRAMES else None)


# A digest's rubric that names a topic ("Sport.", "Спорт:", "Мәдениет.", "الرياضة:", "ورزش.") is its item's headline:
# the item is about a match, a trip, a show or a find, as a story under such a headline is (the word alone in a
# sentence, "cooperation in sport", is a topic diplomats discuss, no frame).
RUBRIC_FRAMES = {normalize(w): key for key, words in {
    "sport": "sport sports спорт спорттық الرياضة رياضة الرياضي ورزش ورزشی",
    "culture": "culture arts культура мәдениет өнер الثقافة ثقافة فرهنگ هنر",
    "tourism": "tourism travel туризм السياحة سياحة گردشگری",
    "science": "science наука ғылым العلوم علوم دانش"}.items() for w in words.split()}


def _rubric_frames(st: _Facts) -> dict[int, Hit]:
    """Each digest item whose rubric names a topic (see :data:`RUBRIC_FRAMES`), by the item's first sentence with a
    hit: a cue made at the rubric, the topic's frame."""
    found: dict[int, Hit] = {}
    labels = st.items.labels
    if not labels:
        return found
    offsets, hits = st.sc.offsets, st.hits
    for line, label, a, b in labels:
        key = RUBRIC_FRAMES.get(label)
        if key is None:
            continue
        anchor = min((h for h in hits if h.para == line), key=lambda h: h.start, default=None)
        if anchor is None or anchor.sent in found:
            continue
        entry = Entry("context", key, lexicon().contexts[key][0], "latin", "context", 0.0)
        found[anchor.sent] = Hit(a, b, a, b, offsets[a], offsets[b], entry, sent=anchor.sent, para=line)
    return found


def _item_event_or_two_states(st: _Facts, s: int, cue: Hit) -> bool:
    """A sentence of the rubric's item reports diplomacy as a sentence frame reads it (:func:`_event_or_two_states`:
    an ambassador at the match, two states' sports ministers signing)."""
    items, item = st.items, st.items.of(cue.para)
    return any(_event_or_two_states(st, t, cue) for t in {h.sent for h in st.hits if items.of(h.para) == item})


def _lead_frame(st: _Facts) -> dict[int, Hit]:
    """The frame of the lead's first sentence, if it is an article frame and the headline above it has no frame, no
    strong word of diplomacy and no office of a state: a headline that names only the sides and a weak word ("Al-Wasl
    host Uzbekistan's Navbahor", "الوحدة يستقبل بونيودكور الأوزبكي") reads in the sense its lead gives it (the group
    stage of a competition: the clubs' "delegation", the "meeting" and its referees from third countries are the
    match's)."""
    framed, title_sents = st.framed, st.title_sents
    if not framed or any(s in framed or s in st.strong_sents or s in st.office_sents for s in title_sents):
        return {}  # (most stories: no sentence framed at all)
    first_para = st.first_para
    lead = sorted({h.sent for h in st.hits if h.para == first_para and h.sent not in title_sents})
    if len(lead) > 1 and lead[1] not in st.office_sents and _dateline_sentence(st, lead[0]):
        # "DUSHANBE, Dec. 7 (Asia-Plus)." ends as a sentence: the lead's first is the next, unless a named
        # state's office acts in it (its minister signing on a cosmodrome: no scientists' find)
        lead = lead[1:]
    first = lead[0] if lead else None
    cue = framed.get(first) if first is not None else None
    return _one(cue if cue is not None and cue.entry.key in ARTICLE_FRAMES else None)


def _dateline_sentence(st: _Facts, s: int) -> bool:
    """Sentence ``s`` is a dateline standing as a sentence of its own ("DUSHANBE, Dec. 7 (Asia-Plus).", "АСТАНА, 7
    декабря."): it names only places (no lexicon word of any kind) in a few words, so the lead's first sentence, whose
    frame a headline with none takes, is the one after it."""
    if any(h.sent == s for h in st.sc.lex):
        return False
    ends = st.sc.ends
    a, b = ends[s - 1] if s > 0 else 0, ends[s] if s < len(ends) else len(st.sc.norm)
    return dateline_short(st.sc.norm, a, b)


def _lead_event_or_office(st: _Facts, s: int, cue: Hit) -> bool:
    """The lead reports a diplomatic event (:func:`_lead_event`), or an office of a state acts in a sentence that no
    frame claims (the labour ministers who signed the agreement, a worker's "team" in the lead being no sport):
    a match between clubs names no minister outside its sport sentences."""
    framed = st.framed
    return _lead_event(st, s, cue) or any(t in st.office_sents and t not in framed for t in st.sents)


def _school_headline(st: _Facts) -> dict[int, Hit]:
    """The school frame of the headline's first framed sentence, if that sentence's frame is a school's."""
    framed = st.framed
    title_frame = next((framed[s] for s in sorted(st.title_sents) if s in framed), None)
    return _one(title_frame if title_frame is not None and title_frame.entry.key in SCHOOL_FRAMES else None)


def _states_arrange(st: _Facts, s: int, cue: Hit) -> bool:
    """The lead reports a diplomatic event, offices of two states act in the headline or the lead, two bodies (two
    states' offices, or one and an international organisation) sign an instrument anywhere, or the headline
    names two states by their names ("A and B to launch an exchange of pupils"; two cities are the schools'): the
    states arrange the pupils' exchange, not their schools."""
    if _lead_event(st, s, cue) or any(len(st.acting[t]) >= 2 for t in st.title_sents | st.lead_sents):
        return True
    # two bodies signing an instrument anywhere in the story: a state's office (its deputy finance minister)
    # and an international organisation (the EU Delegation), or offices of two states: a financing agreement for
    # the schools is the states' and the organisation's, no school's business
    signed = st.concept_sents(INSTRUMENTS)
    if any(_two_sides(st, t, organisation=True) for t in signed):
        return True
    # or the home's organ named alone beside another state's office, the two signing (Kazakh copy: "Оқу-ағарту
    # вице-министрі ... пен Қырғызстанның білім министрінің орынбасары ... хаттамаға қол қойды"): the two ministries
    # agree how the pupils' certificates count, the states' business (:func:`_home_organ_signs`)
    if any(_home_organ_signs(st, t) for t in signed):
        return True
    # another state's delegation met or hosted and signing with the home's body there or just after (a joint
    # drill's protocol signed by the emergency agencies in a story of a school rebuilt): the states' contact
    if _foreign_delegation_signs(st):
        return True
    named = {h.entry.country for h, _ in st.mentions
             if h.sent in st.title_sents and h.entry.kind == "country" and h.entry.via == "name"}
    return len(named) >= 2


def _private_body_headline(st: _Facts) -> dict[int, Hit]:
    """The first private school, university or clinic named in the headline (:data:`PRIVATE_BODY_FRAMES`)."""
    title_sents, by = st.title_sents, st.by_key
    return _one(min((h for key in PRIVATE_BODY_FRAMES for h in by.get(("context", key), ()) if h.sent in title_sents),
                    key=attrgetter("start"), default=None))


# A first line this long is a lead paragraph, not a headline (an excerpt with no title): headlines run to a dozen words
LEAD_WORDS = 25


def _lead_event(st: _Facts, s: int, cue: Hit) -> bool:
    """The lead paragraph reports a diplomatic event (the mayor who went to sign a twinning announces a joint
    tour: the tour is what the contact is about). Where the first line is itself the lead (an excerpt with no
    headline), that line is the lead: the paragraph after it is the story's second ("the delegation arrived for the
    championship" and then "it was welcomed by the embassy's representative")."""
    first_para, strong_sents, title_end = st.first_para, st.strong_sents, st.title_end
    if len(WORDS.findall(st.sc.norm, 0, title_end)) >= LEAD_WORDS:
        return any(t in strong_sents for t in st.title_sents if t != s)
    return any(h.para == first_para and h.sent in strong_sents for h in st.lex if h.start >= title_end)


def _lead_event_or_two_sides_sign(st: _Facts, s: int, cue: Hit) -> bool:
    """The lead reports a diplomatic event (:func:`_lead_event`), or offices of two named states act together in a
    sentence of the opening two paragraphs that no frame word of its own claims ("the programme was signed for the
    Omani side by the ministry's under-secretary and for the Uzbek side by the deputy head of the tourism
    committee"): two states' bodies signing are a contact whatever their field (tourism, sport, culture); a
    match's sides stand in sentences about the match, and troupes from a list of states ("from Kyrgyzstan, Uzbekistan,
    Turkey and Russia's Republic of ...") are guests, not two sides."""
    if _lead_event(st, s, cue):
        return True
    paras = sorted({h.para for h in st.hits if h.para >= st.first_para})[:2]
    contexts, acting = st.contexts, st.acting
    signed = st.concept_sents(INSTRUMENTS)
    # (a frame word in the sentence is the signatories' field, "the tourism committee", where they sign)
    if any(h.para in paras and len(acting.get(h.sent, ())) == 2 and (h.sent not in contexts or h.sent in signed)
           for h in st.hits):
        return True
    # offices of two named states signing an instrument together, anywhere in the story ("the exhibition is held
    # under a memorandum the culture ministries of A and B signed in Budapest"), or the home's body named alone
    # signing with another state's (:func:`_two_bodies_sign`: "the sport ministry and Turkmenistan's state sport
    # committee signed an agreement" in a story of a team's camp; Russian or English copy's own cinema department,
    # named first, and the other state's film centre), or a state's office and an international organisation ("the
    # committee for food security and the FAO signed a project" in a vaccination story): the state's contact with
    # its second side, whatever field the headline gives
    if _two_bodies_sign(st) or any(_two_sides(st, t, organisation=True) for t in signed):
        return True
    # offices of two named states holding talks or a meeting, anywhere in the story, with an instrument signed in that
    # sentence or the next ("on the sidelines of the tournament the sport minister of A held talks with B's vice
    # minister. The two signed a memorandum"): the ministers' contact, not the match, whatever paragraph it is in
    if any(_bodies_meet_and_agree(st, t) for t in st.concept_sents(MEETINGS)):
        return True  # (or agreeing in that very sentence, the home's body named alone one side)
    return any(_two_sides(st, t) and _signed_after(st, t, None, after=1) for t in st.concept_sents(MEETINGS))


def _no_event(st: _Facts, cue: Hit) -> set[int]:
    """Every sentence without a strong concept: those keep their own reading (a sentence rule may frame them)."""
    return st.sents - st.strong_sents


def _served(st: _Facts) -> dict[int, Hit]:
    """The people a state serves, named in the headline or lead: a consular phrase there (a state's citizens and a
    verb of advice, consular registration), or, where the state's envoys or foreign ministry act, its own people
    named in the headline (when the headline is the envoy's own act) or in the opening paragraphs."""
    own_state, lead_sents, concept_hits = st.own_state, st.lead_sents, st.concept_hits
    served = next((own_state[s] for s in sorted(own_state) if s in lead_sents), None)
    if served is None and concept_hits.keys() & OWN_PEOPLE_OFFICES:
        sc, by, hits, title_sents, first_para = st.sc, st.by_key, st.hits, st.title_sents, st.first_para
        # a headline about an envoy's or the ministry's own act (a consulate opens, an ambassador visits) is
        # about that act unless it names the people served too
        title_office = any(h.sent in title_sents for cid in OWN_PEOPLE_OFFICES for h in concept_hits.get(cid, ()))
        # a lead that reports the event ("an evening was held at the consulate") names whom it was for in the
        # paragraph after it ("members of the centre and students attended"): the lead and that paragraph
        second_para = min((h.para for h in hits if h.para > first_para), default=-1)
        opening = lead_sents | {h.sent for h in hits if h.para == second_para}
        served = _own_people(sc, by, st.gaz, title_sents if title_office else opening)
        if served is None and title_office:
            # a headline about the envoy's own event (an evening, a celebration) and, in the opening paragraphs,
            # the people it was for taking part in it ("Kazakh students and the community attended")
            present = st.concept_sents(("participation",)) & opening
            served = _own_people(sc, by, st.gaz, present)
    return _one(served)


def _second_state_acts(st: _Facts, s: int, served: Hit) -> str | bool:
    """What shows an official of a second state acting (see :func:`_second_state`), said in the reason; False if
    nothing does. Whose the unnamed offices are: the language's home, else the country the story names most."""
    sc, evidence = st.sc, st.evidence
    home_guess = HOME_BY_LANGUAGE.get((sc.lang or "")[:2]) or max(evidence, key=evidence.get, default=None)
    second = _second_state(sc, st.mentions, st.concept_hits, st.foreign_sents, st.parties, served, home_guess)
    if second is None and _envoy_with_host(st):
        return "the envoy acts together with the host's officials"
    if second is None and (signed := _signed_with_envoy(st)) is not None:
        return f"'{sc.surface(signed)}' signed by a state's office and an envoy"
    if second is None and (t := next((t for t in sorted(st.acting) if home_organ_contact(st, t)), None)) is not None:
        return f"the home's '{sc.surface(st.loose_offices[t])}' in contact with {next(iter(st.acting[t]))}'s office"
    return second or False


def _signed_with_envoy(st: _Facts) -> Hit | None:
    """An instrument (an agreement, a protocol, a memorandum) signed in a sentence where a named state's office acts
    and an envoy named with no state of the acting one stands ("the foreign minister of Kyrgyzstan and the ambassador
    of the Netherlands signed the protocol on joining the Apostille Convention"): an envoy signs for the state he
    represents, with another; the signing word, or None."""
    return next((h for cid in INSTRUMENTS for h in st.concept_hits.get(cid, ()) if _envoy_signs(st, h.sent)), None)


def _envoy_signs(st: _Facts, s: int) -> bool:
    """A named state's office acts in the sentence beside an envoy named with no state of its own (see
    :func:`_signed_with_envoy`)."""
    loose = st.loose_offices
    return bool(st.acting[s]) and s in loose and loose[s].entry.key in SPECTATOR_OFFICES


def _says_served(st: _Facts, served: Hit, second: str | bool) -> str:
    """Said either way: the people served are named, and whether a second state lifts the frame."""
    who = _people_surface(st.sc, served)
    if not second:
        return (f"one state's business: people served ('{who}') in the headline or lead, by its own "
                "offices; no official of a second state acts")
    return f"people served ('{who}') in the lead, but a second state acts: {second}"


def _headline_and_two_paragraphs(st: _Facts) -> set[int]:
    """The sentences of the headline and of the two paragraphs after it (a dateline may stand alone as the first):
    where a story's impostor or interview cue frames it."""
    hits, title_end = st.hits, st.title_end
    opening_paras = sorted({h.para for h in hits if h.start >= title_end})[:2]
    return st.title_sents | {h.sent for h in hits if h.para in opening_paras}


def _impostor(st: _Facts) -> dict[int, Hit]:
    """The first impostor cue in the headline and the two paragraphs after it; a fiction cue only in the headline or
    the lead (a drama names itself there; a series named further down is what a memorandum signed in the lead is
    about: "co-production of series")."""
    impostors = st.impostors
    if not impostors:
        return {}
    opening_sents, lead_sents = _headline_and_two_paragraphs(st), st.lead_sents
    return _one(next((h for s, h in sorted(impostors.items())
                      if s in (lead_sents if h.entry.key in LEAD_IMPOSTORS else opening_sents)), None))


def _crime_headline(st: _Facts) -> dict[int, Hit]:
    """The first arrest, vandalism or hotel cue in the headline (in the lead, a crime may be what two states
    discuss, and a hotel where they meet)."""
    title_sents, by = st.title_sents, st.by_key
    # (from the index: the first in text order of the few such cues, where a pass went over every hit)
    return _one(min((h for key in CRIME_FRAMES for h in by.get(("context", key), ()) if h.sent in title_sents),
                    key=attrgetter("start"), default=None))


def _interview(st: _Facts) -> dict[int, Hit]:
    """The first interview cue in the headline or the two paragraphs after it (the byline: "Беседовала ...")."""
    cues = [h for key in INTERVIEW_FRAMES for h in st.by_key.get(("context", key), ())]
    if not cues:
        return {}  # (most stories have none: the opening is not worked out for them)
    opening = _headline_and_two_paragraphs(st)
    return _one(min((h for h in cues if h.sent in opening), key=attrgetter("start"), default=None))


def _interview_reports(st: _Facts, s: int, cue: Hit) -> str | bool:
    """A contact (a meeting, talks, an agreement ...) told in a sentence where a state acts or a second side is
    named (a counterpart, "the two countries"): the interview reports an act between states ("we will sign the visa
    agreement next month"); a meeting with no state ("no official meetings, only a tent"), "relations are good" and
    the envoy's own title ("Turkmenistan's ambassador to Kazakhstan", two states) are none."""
    acting, foreign = st.acting, st.foreign_sents
    for cid in CONTACTS:
        for h in st.concept_hits.get(cid, ()):
            t = h.sent
            if t not in st.title_sents and (acting[t] or t in foreign):
                return f"'{st.sc.surface(h)}'"
    return False


def _says_interview(st: _Facts, cue: Hit, lifted: str | bool) -> str:
    """Said either way: an interview, and what it reports between states if anything."""
    if lifted:
        return f"an interview ('{st.sc.surface(cue)}') that reports an act between states: {lifted}"
    return (f"a portrait: an interview ('{st.sc.surface(cue)}') that reports no act between states "
            "(no contact with a state or a second side)")


def _two_states_act_anywhere(st: _Facts, s: int, cue: Hit) -> bool:
    """Officials of two states acting in one sentence of the story, or one state's official with his counterpart
    ("the Kazakh minister met his Kyrgyz counterpart"): a real contact beside the fraud, the fiction or the crime."""
    return any(_two_sides(st, t, counterpart=True) for t in st.sents)


def _impostor_lifted(st: _Facts, s: int, cue: Hit) -> bool:
    """Officials of two states act in one sentence (:func:`_two_states_act_anywhere`); in a simulation (a Model UN, a
    role play), only ministers or a state's organs (a minister, a ministry, a president: not the envoys and
    delegations the game is played with), in a sentence that names no role played, no student or pupil and no
    simulation: "the delegations of Kazakhstan and Uzbekistan negotiated", students "in the role of" envoys, are the
    game; "the foreign ministers of A and B held talks before the session opened" is a contact."""
    if cue.entry.key == "fiction":
        # a series or a film's story whose makers' state bodies sign with another state's (the home's broadcaster,
        # named alone, and another state's television committee agree a co-production): a contact beside the fiction;
        # so is their agreeing at a meeting, told by the verb (:func:`_bodies_meet_and_agree`)
        return (_two_states_act_anywhere(st, s, cue) or _two_bodies_sign(st)
                or any(_bodies_meet_and_agree(st, t) for t in st.concept_sents(MEETINGS)))
    if cue.entry.key != "simulation":
        return _two_states_act_anywhere(st, s, cue)
    game, organs = set(), set()
    for h in st.lex:
        e = h.entry
        if (e.kind == "cue" and e.key in ("role", "private")) or (e.kind == "context" and e.key in ("simulation",
                                                                                                   "school")):
            game.add(h.sent)
        elif (e.kind == "cue" and e.key == "state") or (e.kind == "concept" and e.key == "foreign_minister"):
            organs.add(h.sent)
    return any(_two_sides(st, t, counterpart=True) for t in organs - game)


def _says_impostor(st: _Facts, cue: Hit, lifted: str | bool) -> str | None:
    """Said only when the fraud frames the story."""
    if lifted:
        return None
    if cue.entry.key in HEADLINE_ONLY_FRAMES:
        return f"a business story: '{st.sc.surface(cue)}' in the headline (no two states act)"
    if cue.entry.key in CRIME_FRAMES:
        return f"a crime story: '{st.sc.surface(cue)}' in the headline (no two states act)"
    if cue.entry.key == "fiction":
        return f"a fiction: '{st.sc.surface(cue)}' in the headline or lead (no two states act)"
    if cue.entry.key == "simulation":
        return (f"a simulation: '{st.sc.surface(cue)}' in the headline or lead (its envoys and delegations are roles "
                "played; no two states act)")
    return f"an impostor's fraud: '{st.sc.surface(cue)}' in the headline or lead (no two states act)"


def _told_in_past(st: _Facts) -> dict[int, Hit]:
    """An obituary, a column, a home story or a history cue in the headline or lead (:func:`_retrospective`), or a
    chronicle by its shape (:func:`_year_chronicle`)."""
    sc = st.sc
    end = sc.tail_start if sc.tail_start >= 0 else len(sc.norm)
    # (the cues it returns, looked up in the index first: most stories have none, and it walks every hit)
    cued = any(("cue", key) in st.by_key for key in _RETROSPECTIVE_CUES)
    return _one((_retrospective(sc.norm, st.lex, st.title_sents, st.first_para, (sc.lang or "")[:2], end)
                 if cued else None) or _year_chronicle(st) or _history_lead(st))


# A paragraph that opens with a year ("1941 жыл.", "1991 год —", "In 1992,", "عام 1992", "سال ۱۹۹۲"; digits folded)
_YEAR_OPENS = re.compile(r"[ \t]*(?:(?:in|в|عام|في عام|سال|در سال)[ \t]+)?((?:1[0-9]|20)[0-9][0-9])\b")
CHRONICLE_YEARS = 3  # paragraphs opening with a year, at least half of them: a chronicle ("this day in history")


def _year_chronicle(st: _Facts) -> Hit | None:
    """A chronicle by its shape, its rubric lost with the headline: most paragraphs open with a year ("1941 жыл. ...",
    "1949 жыл. ...", "1992 жыл. ..."), the past events of a date or a history told year by year. A cue made at the
    first such year, a chronicle's (a history explainer, background unless the headline reports a contact now)."""
    norm = st.sc.norm
    years: list[tuple[int, int]] = []
    paragraphs = pos = 0
    for line in norm.split("\n"):  # each line's start tried once (a MULTILINE search tries every character)
        if line and not line.isspace():
            paragraphs += 1
            if (m := _YEAR_OPENS.match(line)) is not None:
                years.append((pos + m.start(1), pos + m.end(1)))
        pos += len(line) + 1
    if len(years) < CHRONICLE_YEARS or 2 * len(years) < paragraphs:
        return None
    start, end = years[0]
    anchor = next((h for h in st.lex + st.gaz if h.start >= start), None)
    if anchor is None:
        return None
    offsets = st.sc.offsets
    entry = Entry("cue", CHRONICLE, lexicon().cues[CHRONICLE][0], "latin", "cue", 0.0)
    return Hit(start, end, start, end, offsets[start], offsets[end], entry, sent=anchor.sent, para=anchor.para)


# A history lead: the story's first sentences (an excerpt's, its headline "35 years ago" or "History" lost) open with
# a date of long ago ("8 декабря 1991 года в ...", "In September 1404", "در روزهای پایانی آذر ۱۳۷۰", "1991 жылы"), or
# name a century ("XVIII ғасырдың ортасы", "в XVIII веке", "in the 18th century", "في القرن الثامن عشر"). The article's
# own date is not known: a year is old by the years the text itself names (a year ten or more later named after it),
# or by the states' history (a year up to 1991, before the five states' independence, had no diplomacy of theirs;
# in Persian the solar year 1370 and before). The contacts it tells are the past, unless a contact of the story is
# dated now (a weekday, "today", "yesterday" in its sentence: "on Monday the ministers met to mark the date").
HISTORY_LEAD = "history_lead"
INDEPENDENCE = 1991  # the year the five states became independent (a date up to it is before their own diplomacy)
INDEPENDENCE_SOLAR = 1370  # the same year in the Persian solar calendar
OLD_YEARS = 10  # a year this many years before another the text names is history
_DATE_WORDS = 6  # words of a sentence's opening (after a dateline's dash) where its date stands
_YEAR = re.compile(r"(?<![\d.,])(1[0-9]{3}|20[0-9]{2})(?![\d.,]\d)")
_YEAR_WORD = re.compile(r"[ \t]*(?:года|году|год|г\.|гг|жылы|жылғы|жыл|жылдың|жылдары|سال|عام|م\b|,|،)")
_YEAR_BEFORE = word_set((
    "in on since of в во с от عام سنة في در سال از").split()) | MONTHS
_OPENING_DASH = re.compile(r"[ \t][-–—][ \t]")
_ROMAN = re.compile(r"\b([xvi]{1,6})[ \t]*(?:век|веке|века|веков|ғасыр\w*|century)\b")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_CENTURY = re.compile(r"\b\d{1,2}(?:th|st|nd|rd|-?м|-?го)?[ \t]+(?:century|centuries|веке|века|век|ғасыр\w*)\b|"
                      r"\b(?:القرن|قرن|سده)[ \t]+(?:"
                      + "|".join(normalize(w) for w in (
                          "التاسع عشر", "الثامن عشر", "السابع عشر", "السادس عشر", "الخامس عشر", "الرابع عشر",
                          "الماضي", "نوزدهم", "هجدهم", "هیجدهم", "هفدهم", "شانزدهم", "پانزدهم", "چهاردهم", "گذشته"))
                      + r")\b")
# A word each match of _CENTURY or _ROMAN holds (century, centuries; век, веке, века, веков; ғасыр; القرن, قرن; سده)
_CENTURY_KEYS = ("centur", "век", "ғасыр", "قرن", "سده")
# A dateline's rubric of history: "Egemen Qazaqstan | Тарих | 7 желтоқсан", "Lenta | История", "تاریخ |" (a short
# first line, the rubric between separators)
_HISTORY_RUBRIC = re.compile(r"[^\n]{0,40}?(?:^|[|/•][ \t]*)(" + "|".join(normalize(w) for w in (
    "тарих", "история", "history", "تاریخ", "تاريخ", "التاريخ")) + r")[ \t]*(?:[|/•]|$)", re.MULTILINE)
# (Kazakh says "on Tuesday" with the locative ending on the day: сейсенбіде, жұмада; "today's", "yesterday's" too)
_NOW = word_set((
    "today yesterday tonight сегодня вчера бүгін бүгінгі кеше кешегі اليوم واليوم أمس وأمس امروز دیروز "
    "дүйсенбіде сейсенбіде сәрсенбіде бейсенбіде жұмада сенбіде жексенбіде").split()) | WEEKDAYS


def _old_year(year: int, lang: str, years: Iterable[int]) -> bool:
    """A year of history: up to the states' independence (a Persian solar year up to theirs), or ten years and more
    before another year the text names."""
    if lang == "fa" and 1300 <= year < 1500:
        return year <= INDEPENDENCE_SOLAR or any(y - year >= OLD_YEARS for y in years if 1300 <= y < 1500)
    return year <= INDEPENDENCE or any(y - year >= OLD_YEARS for y in years)


# A date that qualifies a noun of things kept (documents, letters, manuscripts, photographs, maps OF the 1920s)
# dates the objects, not the story: "XVIII–XIX ғасырлардағы хандардың хаттары", "1920–1930 жылдардағы құжаттар"
# (Kazakh puts the date first, in its attributive form -дағы/-дегі/-тағы/-тегі/-ғы/-гі), "документы XIX века",
# "письма 1930 года", "وثائق القرن التاسع عشر", "اسناد قرن نوزدهم", "letters of the 19th century" (the noun first, a
# preposition or article between). An archive that shows them and signs a memorandum now tells news.
_KEPT_THINGS = tuple(normalize(w) for w in (
    "құжат хаттар хаттың хаты қолжазба фотосурет фотоқұжат сурет карта кітап газет мұрағат жәдігер экспонат дерек "
    "документ письм писем рукопис фотограф снимк снимок карт книг газет архив экспонат артефакт монет "
    "document letter manuscript photo map book newspaper archive record artefact artifact coin footage "
    "وثایق وثیقه رسایل رساله مخطوط صور خرایط خریطه کتب صحف ارشیف سجلات "
    "اسناد سند نامه دستنوشته نسخه نسخ عکس نقشه کتاب روزنامه ارشیو").split())
_KEPT_PREFIXES = ("وال", "ال", "و", "بال")
_KK_ATTRIBUTIVE = re.compile(r"(?:да|де|та|те)?(?:ғы|гі|қы|кі)$")
_KEPT_BEFORE = 3  # words before a date where the noun it qualifies stands ("documents from the", "وثائق")
_KEPT_AFTER = 4  # words after a Kazakh attributive date ("ғасырлардағы қазақ хандарының хаттары")


def _kept_thing(word: str) -> bool:
    """A noun of things kept in an archive or a museum (any of its forms; Arabic with its article)."""
    if word.startswith(_KEPT_THINGS):
        return True
    return any(word.startswith(p) and word[len(p):].startswith(_KEPT_THINGS) for p in _KEPT_PREFIXES)


def _dates_objects(norm: str, start: int, end: int, a: int, b: int, lang: str) -> bool:
    """The date at norm[start:end] qualifies a noun of things kept (see :data:`_KEPT_THINGS`)."""
    if lang == "kk":
        date_words = WORDS.findall(norm, start, end)
        after = list(WORDS.finditer(norm, end, b))
        last = date_words[-1] if date_words and not date_words[-1].isdigit() else (after[0].group() if after else "")
        if _KK_ATTRIBUTIVE.search(last) is None:
            return False
        return any(_kept_thing(w.group()) for w in after[:_KEPT_AFTER])
    before = WORDS.findall(norm, a, start)[-_KEPT_BEFORE:]
    return any(_kept_thing(w) for w in before)


def _opening_date(norm: str, a: int, b: int, lang: str, years: Iterable[int]) -> tuple[int, int] | None:
    """The old date that opens the sentence norm[a:b] (among its first words, after a dateline's dash), or a
    century it names: its span. A date of the things the story shows (:data:`_KEPT_THINGS`) is none."""
    sentence = norm[a:b]
    if any(k in sentence for k in _CENTURY_KEYS):  # (a C scan rules out most sentences before the two patterns)
        for m in _CENTURY.finditer(norm, a, b):
            if not _dates_objects(norm, m.start(), m.end(), a, b, lang):
                return m.start(), m.end()
        for m in _ROMAN.finditer(norm, a, b):
            if _roman(m.group(1)) <= 20 and not _dates_objects(norm, m.start(), m.end(), a, b, lang):
                return m.start(), m.end()
    words = list(islice(WORDS.finditer(norm, a, b), 2 * _DATE_WORDS))  # (the opening's words only)
    if not words:
        return None
    head_end = words[min(len(words), 2 * _DATE_WORDS) - 1].end()
    dashes = [d.end() for d in _OPENING_DASH.finditer(norm, a, head_end)]
    start = dashes[-1] if dashes else a
    return _old_year_among([w for w in words if w.start() >= start][:_DATE_WORDS], norm, a, b, lang, years)


def _old_year_among(words: list[re.Match[str]], norm: str, a: int, b: int, lang: str,
                    years: Iterable[int]) -> tuple[int, int] | None:
    """The first of ``words`` (of the sentence norm[a:b]) that is an old year written as a date ("in 1858", "1858
    жылы", "سال ۱۸۵۸") and dates no kept thing: its span. Shared by the opening's date and a telling's date."""
    for i, w in enumerate(words):
        if not _YEAR.fullmatch(w.group()):
            continue
        before = words[i - 1].group() if i else ""
        if before not in _YEAR_BEFORE and _YEAR_WORD.match(norm, w.end()) is None:
            continue
        if _old_year(int(w.group()), lang, years) and not _dates_objects(norm, w.start(), w.end(), a, b, lang):
            return w.start(), w.end()
    return None


# A lecture, a talk or an exhibition about a past mission in the lead ("an open lecture on the mission the
# government sent to Khiva in 1858", "a talk on the embassy of 1858", "1858 жылы жіберілген елшілік туралы дәріс",
# "محاضرة عن بعثة عام 1858", "سخنرانی درباره هیئت سال ۱۸۵۸"): an old year anywhere in the telling's sentence (before
# its noun in Kazakh, whose relative clause comes first) dates what is told, the story is history (the lecture is
# today's, the contacts it tells are not). Without such a noun a year inside the sentence may date a memorial the
# ministers visit now: the opening's date alone counts then.
# (prefixes of the nouns' forms; English "talk" whole, "talks" being negotiations)
_TELLINGS = tuple(normalize(w) for w in (
    "lecture exhibition documentary лекци выставк документальн дәріс лекция көрме деректі "
    "محاضر المحاضر معرض المعرض وثائقي سخنرانی نمایشگاه").split())
_TELLING_WORDS = word_set(("talk",))
_TELLING_KEYS = _TELLINGS + tuple(_TELLING_WORDS)


def _told_date(norm: str, a: int, b: int, lang: str, years: Iterable[int]) -> tuple[int, int] | None:
    """An old year in the sentence norm[a:b] that names a telling's noun (see :data:`_TELLINGS`): its span."""
    sentence = norm[a:b]
    if not any(k in sentence for k in _TELLING_KEYS):  # (a C scan: a word can begin with none of them)
        return None
    words = list(WORDS.finditer(norm, a, b))
    if not any(w.group().startswith(_TELLINGS) or w.group() in _TELLING_WORDS for w in words):
        return None
    return _old_year_among(words, norm, a, b, lang, years)


def _roman(numeral: str) -> int:
    """A Roman numeral's value (I to XX: the centuries of history; 0 when it is none)."""
    values = [_ROMAN_VALUES[c] for c in numeral]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if 0 < total else 0


def _history_lead(st: _Facts) -> Hit | None:
    """A history lead (see :data:`HISTORY_LEAD`): the first two sentences of the first line, or the first of the
    next line, open with an old date or name a century. A cue made at the date (a history explainer's)."""
    sc = st.sc
    norm = sc.norm
    lang = (sc.lang or "")[:2]
    ends = sc.ends
    lines = _first_lines(norm, ends)
    if not lines:
        return None
    if (rubric := _HISTORY_RUBRIC.match(norm, ends[lines[0] - 1] if lines[0] else 0, ends[lines[0]])) is not None:
        return _cue_at(sc, rubric.start(1), rubric.end(1), lines[0], 0)
    first = lines[0]
    candidates = [first, first + 1] if first + 1 < len(ends) and norm[ends[first] - 1] != "\n" else [first]
    if len(lines) > 1:
        candidates.append(lines[1])
    years = _Years(norm)
    for s in candidates:
        a = ends[s - 1] if s else 0
        span = _opening_date(norm, a, ends[s], lang, years) or _told_date(norm, a, ends[s], lang, years)
        if span is None:
            continue
        return _cue_at(sc, span[0], span[1], s, sum(1 for e in ends[:s] if norm[e - 1] == "\n"))
    return None


def _first_lines(norm: str, ends: list[int]) -> list[int]:
    """The first sentences of the text's first two lines that hold a word (the history lead reads no further)."""
    lines: list[int] = []
    for i, e in enumerate(ends):
        if (i == 0 or norm[ends[i - 1] - 1] == "\n") and WORDS.search(norm, ends[i - 1] if i else 0, e):
            lines.append(i)
            if len(lines) == 2:
                break
    return lines


class _Years:
    """The years a text names, read from it only when an opening's date asks how old it is (most leads have none)."""

    def __init__(self, norm: str) -> None:
        self._norm = norm
        self._years: list[int] | None = None

    def __iter__(self) -> Iterator[int]:
        if self._years is None:
            self._years = [int(m.group()) for m in _YEAR.finditer(self._norm)]
        return iter(self._years)


def _cue_at(sc: Scan, start: int, end: int, sent: int, para: int) -> Hit:
    """A history lead's cue at norm[start:end]."""
    entry = Entry("cue", HISTORY_LEAD, lexicon().cues[CHRONICLE][0], "latin", "cue", 0.0)
    return Hit(start, end, start, end, sc.offsets[start], sc.offsets[end], entry, sent=sent, para=para)


def _contact_now(st: _Facts) -> bool:
    """A contact of the story dated now: a weekday, "today" or "yesterday" in its sentence."""
    norm, ends = st.sc.norm, st.sc.ends
    sents = st.concept_sents(CONTACTS)
    for s in sents:
        if s < len(ends) and any(w in _NOW for w in WORDS.findall(norm, ends[s - 1] if s else 0, ends[s])):
            return True
    return False


# (Gregorian, and the solar and lunar Hijri years Persian and Arabic copy date by: 13xx, 14xx)
_BIRTH_YEAR = re.compile(r"(?<![\d۰-۹])(?:1[3489]|20|۱[۳۴۸۹]|۲۰)[\d۰-۹]{2}(?![\d۰-۹])")


def _dated_birth(st: _Facts, cue: Hit) -> bool:
    """The birth cue's sentence names a year ("born in 1944 in Namangan"): a life told, whose signings are its
    career; a birth months ago ("seven months ago in a Baku hospital") opens a case of now."""
    ends = st.sc.ends
    a = ends[cue.sent - 1] if cue.sent > 0 else 0
    b = ends[cue.sent] if cue.sent < len(ends) else len(st.sc.norm)
    return _BIRTH_YEAR.search(st.sc.norm, a, b) is not None


def _home_story_news(st: _Facts, s: int, cue: Hit) -> bool:
    """A home story whose lead reports a strong event outside the appointment's own sentence: "X appointed
    ambassador to Qatar" and, in the lead, his credentials presented: the contact is news; a lead that names the
    appointee's post in the appointment's own sentence ("a former ambassador among the new governors") is not (an
    address names no post: its own sentence may report the contact). An obituary or history is never news."""
    if cue.entry.key == HISTORY_LEAD:
        return _contact_now(st)
    if cue.entry.key in EXPLAINERS or (cue.entry.key in LEAD_TOO and cue.sent not in st.title_sents):
        # "a short history" is background unless its headline reports a contact now; so is a press review or a
        # history feature that says so in its lead ("we have collected ...", "thirty years ago ..."): a headline, or
        # an excerpt's first paragraph, reporting a contact now is news that recalls the past or quotes the press
        # (an analysis reads the news of its headline: a visit or a summit there is a contact now too)
        events = CONTACTS + VISITS + ("summit",) if cue.entry.key == ANALYSIS else CONTACTS
        return any(h.sent in st.title_sents for cid in events for h in st.concept_hits.get(cid, ()))
    if cue.entry.key == BIOGRAPHY and cue.sent in st.lead_sents and not _dated_birth(st, cue) and _two_bodies_sign(st):
        # a story that opens with someone's birth ("she was born seven months ago in a Baku hospital") and
        # reports two states' bodies signing on what it showed (exchanging civil records): the lead is the case the
        # signing serves, a feature's opening, not a life told in the past
        return True
    if cue.entry.key not in HOME_STORIES:
        return False
    if cue.entry.key == "inspection" and cue.sent in st.foreign_sents:
        return True  # "екі ел бір әдістемемен тексеріп көреді": two countries checking together, no inspection at home
    if cue.entry.key == "appointment" and _appointee_received(st, cue.sent):
        return True
    lex, first_para, strong_sents, title_end = st.lex, st.first_para, st.strong_sents, st.title_end
    appointing = {h.sent for h in lex if h.entry.kind == "cue" and h.entry.key == "appointment"}
    # an act, not an office named alone: "the former ambassador was recalled" beside the decree reports no contact
    concepts = lexicon().concepts
    acts = {h.sent for cid, hs in st.concept_hits.items() if concepts[cid].role != "strong" for h in hs}
    return any(h.para == first_para and h.sent in strong_sents and h.sent in acts and h.sent not in appointing
               for h in lex if h.start >= title_end)


# Receiving someone, or his credentials or letter of appointment: what an appointment word beside it tells is who
# came (a newly appointed envoy or UN coordinator), no staffing of the receiving state's own.
RECEIVED = ("reception", "credentials")


def _appointee_received(st: _Facts, s: int) -> bool:
    """The appointment's own sentence reports a reception (or credentials presented) and names a second side, an
    organisation or the offices of two states ("the foreign minister received the newly appointed UN resident
    coordinator, who presented her letter of appointment", "принял новоназначенного посла ..., вручившего копию
    верительных грамот", "رونوشت حکم انتصاب خود را تقدیم کرد"): the appointee is the other side's, his reception a
    contact, not the state's own staffing."""
    second = len(st.acting.get(s, ())) >= 2 or any(p.startswith("org:") for p in st.parties.get(s, ()))
    return second and any(h.sent == s for cid in RECEIVED for h in st.concept_hits.get(cid, ()))


def _but_messages(st: _Facts, cue: Hit) -> set[int]:
    """Every sentence but a message sent now (condolences from a state). Condolences to the bereaved (the family,
    the relatives) mourn a person: told with the rest, no contact between states. A press review's item that reports
    two states' officials meeting (:func:`_reported_contacts`) is news: its paragraph is no background."""
    bereaved = {h.sent for h in st.by_key.get(("cue", "bereaved"), ())}
    reach = st.sents - {h.sent for h in st.concept_hits.get("message", ()) if h.sent not in bereaved}
    if cue.entry.key == "press_review" and (news := _reported_contacts(st)):
        reach -= {h.sent for h in st.hits if h.para in news}
    return reach


def _reported_contacts(st: _Facts) -> set[int]:
    """The paragraphs of a press review (a digest of what the papers say) whose item reports a contact now: a contact
    word in a sentence where offices of two named states act, or one state's office with its counterpart ("the
    papers report that the energy ministers of A and B agreed a schedule in Dushanbe"). The other items (a column
    quoted, the traffic at a border post in a neighbour's paper) stay the papers' business: a country named there is
    no party of that item's contact."""
    hits = st.concept_hits
    return {h.para for cid in CONTACTS for h in hits.get(cid, ()) if _two_sides(st, h.sent, counterpart=True)}


def _says_past(st: _Facts, cue: Hit, lifted: str | bool) -> str | None:
    """Said only when the story is framed, in the words of its kind (a home story, a column, a story of the past)."""
    if lifted:
        return None
    if cue.entry.key in HOME_STORIES:
        return (f"{HOME_STORIES[cue.entry.key]}: '{st.sc.surface(cue)}' in the headline (what it "
                "recalls or names in passing is background)")
    if cue.entry.key == "opinion":
        return (f"a column: '{st.sc.surface(cue)}' opens the headline (the contacts it names are the writer's "
                "argument, not news)")
    if cue.entry.key in COLUMN_NOTES:
        return (f"a column: its note on the writer ('{st.sc.surface(cue)}') (the contacts it names are the writer's "
                "argument, not news)")
    if cue.entry.key == "press_review" and _reported_contacts(st):
        return (f"a press review: '{st.sc.surface(cue)}' in the headline or lead (the papers' opinions it quotes are "
                "no contact; its item where officials of two states meet is news)")
    if cue.entry.key == "press_review":
        return (f"a press review: '{st.sc.surface(cue)}' in the headline or lead (the papers' opinions it quotes are "
                "no contact)")
    if cue.entry.key == ANALYSIS:
        return (f"an analysis: '{st.sc.surface(cue)}' opens the headline (the writer's reading; the headline reports "
                "no contact now)")
    if cue.entry.key == "profile":
        return (f"reference copy about a country: '{st.sc.surface(cue)}' in the headline (its relations, embassies "
                "and visas are facts about it; the headline reports no contact now)")
    if cue.entry.key == HISTORY_LEAD:
        return (f"a history lead: '{st.sc.surface(cue)}' opens the story (the treaties and talks it tells are the "
                "past; no contact of it is dated now)")
    if cue.entry.key == HISTORY_RUBRIC:
        return (f"a history rubric: '{st.sc.surface(cue)}' in the headline (the embassies and talks it tells are the "
                "past; the headline reports no contact now)")
    if cue.entry.key == MEMOIR:
        return (f"a book of memoirs: '{st.sc.surface(cue)}' in the headline or lead (the posts, credentials and "
                "meetings it recalls are the past; no contact is reported now)")
    if cue.entry.key == CHRONICLE and st.sc.surface(cue).isdigit():
        return (f"a chronicle: its paragraphs open with years ('{st.sc.surface(cue)}' ...) (the treaties and talks it "
                "tells are the past; the headline reports no contact now)")
    if cue.entry.key == CHRONICLE:
        return (f"a history explainer: '{st.sc.surface(cue)}' in the headline (the treaties and talks it tells are "
                "the past; the headline reports no contact now)")
    return f"told in the past: '{st.sc.surface(cue)}' ({cue.entry.key}) in the headline or lead"


def _cue_sents(st: _Facts, key: str) -> dict[int, Hit]:
    """The first hit of a cue of the lexicon's ``cues`` section in each sentence."""
    found: dict[int, Hit] = {}
    for h in st.by_key.get(("cue", key), ()):  # (the index: no pass over every hit per cue asked for)
        found.setdefault(h.sent, h)
    return found


def _envoy_with_host(st: _Facts) -> bool:
    """A named state's envoy (its consul, ambassador or embassy) acts together with the host's officials in one
    sentence: the consul visiting detainees with representatives of the region's prosecutors, the ambassador with
    the authorities. Consular protection done with the host's organs is a contact. The host's officials are named
    without a state, as officials, representatives or authorities, or as the head of a region or city (an unnamed
    ministry is mostly the envoy's own: "the foreign ministry added that its consulates hold consultations");
    "together with" or a contact joins them to the envoy (the police that "said the incident had nothing to do with
    the embassy" act alone)."""
    joint = _cue_sents(st, "jointly").keys() | st.concept_sents(CONTACTS)
    envoy = st.concept_sents(SPECTATOR_OFFICES)
    weak = st.weak_offices
    return any(st.acting[s] and (s in st.local_heads or (s in weak and not _of_people(st, weak[s])))
               for s in st.envoy_sents & envoy & joint)


# The people whose representatives these are, right beside them: "представителями диаспоры", "диаспорасының
# өкілдерімен", "ممثلي الجالية", "representatives of the community" (the group and private cues)
_PEOPLE_CUES = frozenset({"group", "private", "citizens"})


def _of_people(st: _Facts, official: Hit) -> bool:
    """The officials or representatives are a people's, a community's or a company's (a group or private cue right
    before or after them, "of the" between), not the host state's."""
    norm = st.sc.norm
    for h in st.lex:
        if h.sent != official.sent or h.entry.kind != "cue" or h.entry.key not in _PEOPLE_CUES:
            continue
        a, b = (official.tend, h.tstart) if h.tstart >= official.tend else (h.tend, official.tstart)
        if 0 <= b - a and len(WORDS.findall(norm, a, b)) <= GOVERNS and not re.search(r"[.,;:!?]", norm[a:b]):
            return True
    return False


def _crime_lifted(st: _Facts, s: int, cue: Hit) -> bool:
    """Officials of two states act in one sentence (:func:`_two_states_act_anywhere`), or a state's envoy acts with
    the host's officials (:func:`_envoy_with_host`), or a foreign state's body is received and signs
    (:func:`_foreign_delegation_signs`), or two sides' bodies sign an instrument (:func:`_two_bodies_sign`:
    the home's supreme court named alone and another state's, in a story that a court in the headline frames)."""
    return (_two_states_act_anywhere(st, s, cue) or _envoy_with_host(st) or _foreign_delegation_signs(st)
            or _two_bodies_sign(st))


def _foreign_delegation_signs(st: _Facts) -> bool:
    """A delegation of another state's body (its court, its prosecutor's office), named with its state, received or
    met in a sentence, and an instrument signed in that sentence or the next ("the chairman of the Supreme Court
    received a delegation of the Court of Cassation of the Republic of Turkey. The sides signed a memorandum"): two
    states' bodies acting together, a contact beside the court's own cases. A delegation of the home's own courts
    (its regions') signing is the state's own business."""
    return any(_delegation_signs_at(st, t) for t in st.sents)


def _delegation_signs_at(st: _Facts, t: int) -> bool:
    """In sentence ``t``, a delegation of a named state's body other than the home's received, met or handed something,
    and an instrument signed there or in the next sentence (:func:`_foreign_delegation_signs`); the court words in it
    (the Court of Cassation) name the bodies, no crime."""
    hits = st.concept_hits
    paras = {h.para for h in hits.get("delegation", ()) if h.sent == t}
    # the instrument may come two sentences on in the meeting's paragraph: "The sides discussed ... .
    # Following the talks, a protocol was signed" (the talks' own account between them)
    # or handed something there (sentenced prisoners handed over to its justice ministry's delegation, the
    # act of the handover signed): the home's bodies hand over, the named state's receive
    # or an office named alone, the home's, in the delegation's sentence ("the deputy minister of emergency
    # situations and the agency's vice-president, leading a Turkish delegation of rescuers, watched the drill"):
    # the home's office with it is its host, met or not by a word of meeting
    met = t in st.concept_sents(RECEIVED_OR_HANDED) or t in st.loose_offices
    if not (paras and met and _signed_after(st, t, paras)):
        return False
    home = HOME_BY_LANGUAGE.get((st.sc.lang or "")[:2]) or max(st.evidence, key=lambda c: st.evidence[c],
                                                                 default=None)
    return bool(st.acting.get(t, set()) - {home})


def _job_advert(st: _Facts) -> dict[int, Hit]:
    """The first hiring cue (a job vacancy, "is hiring", "seeks a driver", "آگهی استخدام") in the headline or lead.
    A word with a second sense (a vacant place: a job or a seat in a reading room) counts only when a word of a
    job's own (a salary, applicants, requirements, a CV) is somewhere in the story: an advertisement names them."""
    hiring = _cue_sents(st, "hiring")
    if st.by_key.get(("cue", "job")):
        for s, h in _cue_sents(st, "vacancy").items():
            hiring.setdefault(s, h)
    return _one(next((hiring[s] for s in sorted(hiring) if s in st.lead_sents), None))


def _says_job_advert(st: _Facts, cue: Hit, lifted: str | bool) -> str | None:
    """Said only when the advertisement frames the story."""
    if lifted:
        return None
    return (f"a job advertisement: '{st.sc.surface(cue)}' in the headline or lead (one employer's staffing, an "
            "embassy's too; no two states act)")


def _postal_issue(st: _Facts) -> dict[int, Hit]:
    """A stamp named in the headline, the post or philately anywhere in the story (a brand, "марка", needs the
    post beside it): a postal issue."""
    stamps = _cue_sents(st, "stamp")
    cue = next((stamps[s] for s in sorted(stamps) if s in st.title_sents), None)
    return _one(cue if cue is not None and _cue_sents(st, "postal") else None)


def _two_offices_act(st: _Facts, s: int, cue: Hit) -> bool:
    """Offices of two named states in a sentence that names officials (a minister, an ambassador, a delegation):
    officials of both states act at the launch ("the ambassador and the deputy foreign minister unveiled the
    stamp"); two states named as the diplomatic relations a stamp marks are not."""
    officials = {h.sent for h in st.lex if (h.entry.kind == "concept" and h.entry.key in OFFICIALS)
                 or (h.entry.kind == "cue" and h.entry.key == "state")}
    offices: dict[int, set[str]] = defaultdict(set)
    for h, _ in st.mentions:
        if h.reading == "office" and h.sent in officials:
            offices[h.sent].add(h.entry.country)
    return any(len(cs) >= 2 for cs in offices.values()) or _two_bodies_sign(st)


def _says_postal(st: _Facts, cue: Hit, lifted: str | bool) -> str | None:
    """Said only when the postal issue frames the story."""
    if lifted:
        return None
    return (f"a postal issue: '{st.sc.surface(cue)}' in the headline (a stamp marking relations is no contact; no "
            "officials of two states act at it)")


FRAMES: tuple[_FrameRule, ...] = (
    # a sentence about a match, a trip or a festival: only a state's offices make its countries parties there
    _FrameRule("sport, tourism, culture, science ...", lambda st: st.contexts, _event_or_two_states),
    # a ministry or an embassy serving its own citizens: holds against strong concepts, not against two states
    _FrameRule("consular", lambda st: st.own_state, _states_act_together, replaces=True),
    # an envoy who only attends a match, a concert or a community's celebration is a spectator; two states'
    # envoys (or their staff and families) only attending together are spectators too ("the families of the Uzbek
    # and Kazakh embassies' staff attended the festival": the embassies name the states they serve)
    _FrameRule("an envoy as a spectator", _spectacle, _envoy_acts),
    # an envoy who only attends a liturgy or a mosque's prayers is a spectator; visiting a religious body is his call
    _FrameRule("an envoy at a rite", _rite, _envoy_acts_or_visits),
    # a fair's exhibitors and pavilions come from many countries
    _FrameRule("fair", lambda st: st.shows, _show_met),
    # a headline about a match, a trip or a festival frames the whole story
    _FrameRule("a story of sport, tourism, culture ...", _headline_frame, _lead_event_or_two_sides_sign,
               reach=_no_event),
    # a digest's rubric naming a topic frames its item (a race under "Sport.")
    _FrameRule("an item of sport, tourism, culture ... by its rubric", _rubric_frames, _item_event_or_two_states,
               reach=_no_event),
    # a headline with no frame and no word of diplomacy takes its lead's frame
    _FrameRule("a story of sport, tourism, culture ... by its lead", _lead_frame, _lead_event_or_office,
               reach=_no_event),
    # a headline about pupils: their schools' exchange, unless the states arrange it
    _FrameRule("a school story", _school_headline, _states_arrange, reach=_no_event),
    # a headline about private schools, universities or clinics: their own exchange, unless the states arrange it
    _FrameRule("a private body's story", _private_body_headline, _states_arrange, reach=_no_event),
    # one state's business: a state serving its own people (citizens advised or evacuated, students, pilgrims,
    # ethnic kin), the host country named only as where they are, unless an official of a second state acts
    # somewhere in the story (the consul meets the host's minister)
    _FrameRule("one state's business", _served, _second_state_acts, reach=_every_sentence, says=_says_served),
    # someone posing as a diplomat: his "embassy", "reception" and "memorandum" are the props of the crime
    _FrameRule("impostor", _impostor, _impostor_lifted, reach=_every_sentence, replaces=True,
               says=_says_impostor),
    # an interview that reports no act between states: a portrait of the envoy (his hobbies, food, family)
    _FrameRule("interview", _interview, _interview_reports, reach=_every_sentence, replaces=True,
               says=_says_interview),
    # an arrest or vandalism in the headline: the embassy it names is where it happened; a hotel counting its guests:
    # the summits and delegations it names are its bookings
    _FrameRule("crime", _crime_headline, _crime_lifted, reach=_every_sentence, replaces=True,
               says=_says_impostor),
    # a job advertisement (an embassy seeks a driver): one employer's staffing
    _FrameRule("a job advertisement", _job_advert, _two_states_act_anywhere, reach=_every_sentence, replaces=True,
               says=_says_job_advert),
    # a postage stamp for an anniversary of relations: a postal issue, unless officials of two states launch it
    _FrameRule("a postal issue", _postal_issue, _two_offices_act, reach=_every_sentence, replaces=True,
               says=_says_postal),
    # an obituary, a history feature, an appointment, an address, an inspection: the posts, meetings and signings
    # it tells are background
    _FrameRule("told in the past", _told_in_past, _home_story_news, reach=_but_messages, replaces=True, past=True,
               says=_says_past),
)
