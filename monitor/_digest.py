"""Copy made of small items: a digest of short news and a week-ahead agenda.

A digest ("Главное за день: коротко", "In brief", "موجز الأخبار", "خلاصه اخبار", "Күн жаңалықтары: қысқаша") is a
list of small stories, each opened by its own rubric or place ("Ауа райы.", "Алматы.", "Diplomacy:") or by a bullet
or a number; an agenda is the same list opened by days ("Monday: ...", "Среда: ..."). Each item is a story of its
own: a cue of one item (a drama at the theatre, the police checking lorries) does not frame the others, and the
countries of an item that reports no diplomacy are no parties to the one that does. Why a module of its own: the
shape is read from the lines alone, before and apart from the frames that use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.normalize import word_set

# A line that opens an item: a bullet or a number, or a rubric of one to three words ending in a full stop or a colon
# with the item's text after it ("алматы. с понедельника ...", "ауа райы. алдағы ...", "tuesday: uzbekistan's ...").
_BULLET = re.compile(r"[ \t]*(?:[•·▪►●■◆*]|\d{1,2}[.)])[ \t]+\S")  # (its marks: _BULLETS)
_RUBRIC = re.compile(r"[ \t]*([^\W\d_]+(?:[ \t-][^\W\d_]+){0,2})[ \t]*[.:][ \t]+(?![«\"“„'])\S")  # (not a quote)
_BULLETS = frozenset("•·▪►●■◆*")
_LABEL_CHARS = 48  # a rubric's stop or colon stands within the line's first characters (three words, a date)
DIGEST_ITEMS = 3  # items (two thirds of the text's lines) make a digest; a dateline or a Q&A's two labels do not

# Days and dates that label an agenda's items (the days' names in five languages, a month's name after a number)
WEEKDAYS = word_set((
    "monday tuesday wednesday thursday friday saturday sunday weekend "
    "понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье выходные "
    "дүйсенбі сейсенбі сәрсенбі бейсенбі жұма сенбі жексенбі "
    "الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد "
    "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه").split())
_MONTHS = word_set((
    "january february march april may june july august september october november december "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан "
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند").split())
MONTHS = _MONTHS  # (the months' names, as the history lead reads a date: monitor/_frames.py)
# A wire round-up opens each item with its dateline, a place or a rubric in capitals and a dash ("GAZA — ...",
# "KYIV — ...", "MARKETS — ...", "АЛМАТЫ — ..."): its items are as a digest's. Capitals are read from the original text
# (the folded one is lower case); a script with no capitals (Arabic, Persian) opens every dateline so and is left out.
_DATELINE = re.compile(r"[ \t]*([^\W\d_]+(?:[ \t][^\W\d_]+){0,2})[ \t]+[-–—][ \t]+\S")
_DATE_LABEL = re.compile(r"[ \t]*\d{1,2}[ \t]+([^\W\d_]+)[ \t]*[.:][ \t]+(?![«\"“„'])\S")
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Items:
    """The lines that open a digest's or an agenda's items (line numbers, as ``Hit.para`` counts them), and those
    of them that a day or a date opens (an agenda's day holds several scheduled items, one a sentence)."""

    starts: tuple[int, ...]
    days: frozenset[int]
    label_end: int = -1  # where the first line's rubric ends, if it opens an item: a cue in it names the whole list
    # each rubric's line, its words and its span in the text ("sport", where "Sport." opens its item): the item's
    # headline, whose topic frames the item as a headline frames a story
    labels: tuple[tuple[int, str, int, int], ...] = ()

    def of(self, para: int) -> int:
        """The item a line belongs to (the line that opens it), or -1 before the first (the digest's headline)."""
        found = -1
        for start in self.starts:
            if start > para:
                break
            found = start
        return found


NONE = Items((), frozenset())


def whole(items: Items, para: int, start: int) -> bool:
    """A cue before the end of the first line's rubric ("Press review: ...", "Official name: ...", "Спорт: коротко")
    names the whole list, not its first item; a cue outside every item (a headline above them) too."""
    return items.of(para) < 0 or (para == 0 and start < items.label_end)


def _capitals(label: str) -> bool:
    """A dateline's label in capitals, in a script that has them ("GAZA", "АЛМАТЫ")."""
    return label.isupper()


def items(norm: str, text: str | None = None) -> Items:
    """The items of a digest or an agenda, read from the lines: at least :data:`DIGEST_ITEMS` lines opened by
    rubrics, each its own (a conversation's speakers, "Q:" and "A:", come back: turns of one talk), or by bullets or
    numbers with nothing but a headline before them (a list after a lead paragraph is the points of its one story:
    a summit's outcomes), or by datelines in capitals and a dash (a wire's round-up; read from ``text``, the original
    of ``norm`` line for line, when given); and such lines at least two thirds of the text's lines after its first
    (an article's dateline, photo credit and advertiser's note are three lines of many)."""
    rubrics: dict[int, str] = {}
    spans: dict[int, tuple[int, int]] = {}  # a rubric's span within its line
    label_end = -1
    bullets: list[int] = []
    days: set[int] = set()
    seen: set[str] = set()
    repeated = False
    split = norm.split("\n")
    originals = text.split("\n") if text is not None else None
    if originals is not None and len(originals) != len(split):
        originals = None  # (folding keeps the lines; a text that is not norm's original gives no datelines)
    datelines: list[int] = []
    lines = [i for i, line in enumerate(split) if line and not line.isspace()]
    body = len(lines) - 1
    # lines after the first that may be no item (a lead above an agenda): a third of them; most texts, whose
    # paragraphs are no items, are known after a few
    misses = body - (2 * body + 2) // 3
    for i in lines:
        line = split[i]
        first = line.lstrip(" \t")[:1]
        m = None
        if (first in _BULLETS or first.isdigit()) and _BULLET.match(line):
            bullets.append(i)
            continue
        if line.find(".", 0, _LABEL_CHARS) >= 0 or line.find(":", 0, _LABEL_CHARS) >= 0:
            m = _RUBRIC.match(line) or _DATE_LABEL.match(line)  # (most lines have no stop so early: a paragraph)
        if m is None and originals is not None and (m := _DATELINE.match(originals[i])) is not None:
            if i > 0 and _capitals(m.group(1)):
                datelines.append(i)
                continue
            m = None
        if m is None:
            misses -= i > 0
            if misses < 0:
                return NONE
            continue
        label = m.group(1)
        repeated |= label in seen
        seen.add(label)
        rubrics[i] = label
        spans[i] = m.span(1)
        if i == 0:
            label_end = m.end(1)
        if not WEEKDAYS.isdisjoint(_WORD.findall(label)) or (m.re is _DATE_LABEL and label in _MONTHS):
            days.add(i)
    if not repeated and len(rubrics) >= DIGEST_ITEMS and 3 * sum(1 for i in rubrics if i > 0) >= 2 * body:
        starts = [0]  # each line's offset in the text (a digest has few lines)
        for line in split[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        labels = tuple((i, rubrics[i], starts[i] + a, starts[i] + b) for i, (a, b) in sorted(spans.items()))
        return Items(tuple(sorted(rubrics)), frozenset(days), label_end, labels)
    if len(datelines) >= DIGEST_ITEMS and 3 * len(datelines) >= 2 * body:
        return Items(tuple(datelines), frozenset())
    if len(bullets) >= DIGEST_ITEMS and bullets[0] in lines[:2] and 3 * sum(1 for i in bullets if i > 0) >= 2 * body:
        return Items(tuple(bullets), frozenset())
    return NONE
