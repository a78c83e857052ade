"""Dates: timezone-aware everywhere, day bounds for filters, and the date a page shows in its own text.

Why a module of its own: a date comes from four places (the feed item, the page's metadata, the dateline
the reader sees, and, last, the time we fetched the page), in three calendars (Gregorian, Solar Hijri,
Hijri) and two digit sets; and every store, the CLI and the API must compare them the same way. A naive
datetime or a day stored as text and compared with an aware timestamp is how ``--since 2025-11-10`` used to
drop the articles of 2025-11-10.

Calendars: the Solar Hijri (Jalali) conversion is the standard 33-year-cycle arithmetic (exact for the
years news is written in); the Hijri conversion uses ``hijridate`` (the Umm al-Qura tables Saudi and Gulf
outlets date by; an arithmetic Islamic calendar is off by a day or two against them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from monitor.normalize import normalize

#: Where an article's ``published`` came from, best first (``Article.date_source``).
DATE_SOURCES = ("feed", "record", "metadata", "dateline", "fetched")

# A feed or a page a few hours ahead of us is a time-zone slip; more than a day ahead is a wrong date.
FUTURE_SLACK = timedelta(days=1)
# A dateline older than this is a date the article talks about, not the day it was written.
OLDEST_DATELINE = datetime(1995, 1, 1, tzinfo=UTC)


def aware(value: datetime) -> datetime:
    """``value`` in UTC; a naive value is taken to be UTC already (a day-only date is that day)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def sortable(value: datetime) -> str:
    """Fixed-width UTC text (``2025-11-10T00:00:00.000000Z``): compares as text in the same order as time,
    which ISO strings with mixed offsets or missing microseconds do not."""
    return aware(value).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def day_of(value: datetime | None) -> str | None:
    """The UTC calendar day of ``value`` (what facets, the timeline and day filters use)."""
    return aware(value).date().isoformat() if value is not None else None


def parse_bound(value: str, *, end: bool) -> datetime:
    """A ``--since``/``--until`` value: a day (``2025-11-10``) covers that whole day, so ``since`` is its
    first instant and ``until`` the first instant of the next day (an exclusive bound); a timestamp is exact.
    Raises ``ValueError`` with a readable message."""
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        day = date.fromisoformat(text)
        start = datetime.combine(day, time.min, tzinfo=UTC)
        return start + timedelta(days=1) if end else start
    try:
        return aware(datetime.fromisoformat(text))
    except ValueError:
        raise ValueError(
            f"not a date: {value!r} (expected a day such as 2025-11-10 or 2025-11-10T08:00+03:00)"
        ) from None


def day_bounds(since: date | None, until: date | None) -> tuple[datetime | None, datetime | None]:
    """Inclusive days to ``[start, end)`` instants in UTC."""
    start = datetime.combine(since, time.min, tzinfo=UTC) if since else None
    end = datetime.combine(until, time.min, tzinfo=UTC) + timedelta(days=1) if until and until < date.max else None
    return start, end


def not_future(value: datetime | None, now: datetime | None = None) -> datetime | None:
    """``value`` unless it lies more than a day ahead of ``now`` (a wrong date is worse than none)."""
    if value is None:
        return None
    now = now or datetime.now(UTC)
    return None if aware(value) > aware(now) + FUTURE_SLACK else aware(value)


def choose(
    candidates: Iterable[tuple[datetime | None, str]], now: datetime | None = None
) -> tuple[datetime | None, str | None]:
    """The first candidate ``(date, source)`` that exists and is not in the future."""
    for value, source in candidates:
        kept = not_future(value, now)
        if kept is not None:
            return kept, source
    return None, None


# --------------------------------------------------------------------------------------- calendars


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    """Solar Hijri (Jalali) date to Gregorian: the standard arithmetic conversion (33-year cycles).

    Written out (a dozen lines of integer arithmetic) rather than adding jdatetime or persiantools for it."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        raise ValueError(f"no such Jalali date {jy}-{jm}-{jd}")
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    month_days = [31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 1
    for length in month_days:
        if gd <= length:
            break
        gd -= length
        gm += 1
    if gm > 12:
        raise ValueError(f"no such Jalali date {jy - 1595}-{jm}-{jd}")
    return gy, gm, gd


def hijri_to_gregorian(hy: int, hm: int, hd: int) -> tuple[int, int, int]:
    """Hijri (Umm al-Qura) date to Gregorian; ``ValueError`` outside the tables or for a day that is not."""
    from hijridate import Hijri

    try:
        g = Hijri(hy, hm, hd).to_gregorian()
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"no such Hijri date {hy}-{hm}-{hd}: {exc}") from exc
    return g.year, g.month, g.day


# --------------------------------------------------------------------------------------- datelines

# Month names as writers spell them, by calendar. They are folded with the same normalize() as the text,
# so hamza, ya/kaf and case variants need not be listed. Russian in the genitive (how a date is written),
# Kazakh in the nominative (22 қазан 2025) and the locative (22 қазанда).
_GREGORIAN: dict[int, tuple[str, ...]] = {
    1: ("january", "jan", "يناير", "كانون الثاني", "جانفي", "ژانویه", "ژانویه", "января", "январь", "қаңтар"),
    2: ("february", "feb", "فبراير", "شباط", "فيفري", "فوریه", "февраля", "февраль", "ақпан"),
    3: ("march", "mar", "مارس", "آذار", "марта", "март", "наурыз"),
    4: ("april", "apr", "أبريل", "ابريل", "نيسان", "أفريل", "افريل", "آوریل", "апреля", "апрель", "сәуір"),
    5: ("may", "مايو", "أيار", "ماي", "مه", "мая", "май", "мамыр"),
    6: ("june", "jun", "يونيو", "يونيه", "حزيران", "جوان", "ژوئن", "июня", "июнь", "маусым"),
    7: ("july", "jul", "يوليو", "يوليه", "تموز", "جويلية", "ژوئیه", "июля", "июль", "шілде"),
    8: ("august", "aug", "أغسطس", "آب", "أوت", "اوت", "августа", "август", "тамыз"),
    9: ("september", "sep", "sept", "سبتمبر", "أيلول", "سپتامبر", "сентября", "сентябрь", "қыркүйек"),
    10: ("october", "oct", "أكتوبر", "تشرين الأول", "اکتبر", "октября", "октябрь", "қазан"),
    11: ("november", "nov", "نوفمبر", "تشرين الثاني", "نوامبر", "ноября", "ноябрь", "қараша"),
    12: ("december", "dec", "ديسمبر", "كانون الأول", "دسامبر", "декабря", "декабрь", "желтоқсан"),
}
_JALALI: dict[int, tuple[str, ...]] = {
    1: ("فروردین",), 2: ("اردیبهشت",), 3: ("خرداد",), 4: ("تیر",), 5: ("مرداد", "امرداد"), 6: ("شهریور",),
    7: ("مهر",), 8: ("آبان",), 9: ("آذر",), 10: ("دی",), 11: ("بهمن",), 12: ("اسفند",),
}
_HIJRI: dict[int, tuple[str, ...]] = {
    1: ("محرم",), 2: ("صفر",), 3: ("ربيع الأول", "ربيع الاول", "ربیع الاول"),
    4: ("ربيع الآخر", "ربيع الثاني", "ربیع الثانی"), 5: ("جمادى الأولى", "جمادى الأول", "جمادی الاولی"),
    6: ("جمادى الآخرة", "جمادى الثانية", "جمادی الثانیه"), 7: ("رجب",), 8: ("شعبان",), 9: ("رمضان",),
    10: ("شوال",), 11: ("ذو القعدة", "ذي القعدة", "ذیقعده"), 12: ("ذو الحجة", "ذي الحجة", "ذیحجه"),
}
# "آذار" (Levantine March) and "آذر" (the Jalali month) fold apart; "مارس" is March in Arabic and Persian.


@dataclass(frozen=True)
class _Month:
    calendar: str  # gregorian | jalali | hijri
    number: int


def _month_table() -> dict[str, _Month]:
    table: dict[str, _Month] = {}
    for calendar, names in (("gregorian", _GREGORIAN), ("jalali", _JALALI), ("hijri", _HIJRI)):
        for number, spellings in names.items():
            for spelling in spellings:
                table.setdefault(" ".join(normalize(spelling).split()), _Month(calendar, number))
    return table


_MONTHS = _month_table()
_MONTH_RE = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
# Arabic and Persian prefixes on a month name (و, ب) and Kazakh/Russian suffixes (қазанда, 2025 жылғы).
_L = r"(?<![^\W\d_])"  # no letter right before
_R = r"(?![^\W\d_])"  # no letter right after
_DAY_MONTH_YEAR = re.compile(
    rf"{_L}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s*(?:ی|ام)?\s+(?:[وب]\s*)?(?P<m>{_MONTH_RE})(?:да|де|та|те)?\.?,?\s+(?P<y>\d{{4}}){_R}"
)
_MONTH_DAY_YEAR = re.compile(rf"{_L}(?P<m>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_R}")
_YEAR_DAY_MONTH = re.compile(  # Kazakh: 2025 жылғы 22 қазан
    rf"{_L}(?P<y>\d{{4}})\s*(?:жылғы|жыл|ж\.)\s+(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH_RE})(?:да|де|та|те)?{_R}"
)
_NUMERIC_YMD = re.compile(r"(?<![\d/.\-])(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?![\d/\-]|\.\d)")
_NUMERIC_DMY = re.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?![\d/\-]|\.\d)")
_HIJRI_MARK = re.compile(r"^\s*(?:ه\.?\s*ق|هـ|ه\b|ق\b|AH\b)", re.IGNORECASE)


def _gregorian(y: int, m: int, d: int) -> datetime | None:
    try:
        return datetime(y, m, d, tzinfo=UTC)
    except ValueError:
        return None


def _convert(calendar: str, y: int, m: int, d: int) -> datetime | None:
    try:
        if calendar == "jalali":
            return _gregorian(*jalali_to_gregorian(y, m, d))
        if calendar == "hijri":
            return _gregorian(*hijri_to_gregorian(y, m, d))
    except ValueError:
        return None
    return _gregorian(y, m, d)


def _numeric(y: int, m: int, d: int, hijri_marked: bool, now: datetime) -> list[datetime]:
    """A numeric date's readings: Gregorian for 19xx/20xx; for 13xx/14xx the Solar Hijri year (Iranian
    sites) or the Hijri year (Arab sites; marked هـ), whichever is not in the future."""
    if 1900 <= y <= 2100:
        found = _gregorian(y, m, d)
        return [found] if found else []
    if not 1300 <= y <= 1500:
        return []
    order = ("hijri", "jalali") if hijri_marked else ("jalali", "hijri")
    return [v for cal in order if (v := _convert(cal, y, m, d)) is not None]


def _plausible(value: datetime | None, now: datetime) -> bool:
    return value is not None and OLDEST_DATELINE <= value <= aware(now) + FUTURE_SLACK


def find_dateline(text: str, now: datetime | None = None, window: int = 800) -> datetime | None:
    """The first date written in the first ``window`` characters of ``text`` (title, dateline, lead), in any
    of ar, fa, kk, ru, en, in the Gregorian, Solar Hijri or Hijri calendar, Western or Eastern digits; as
    that day at 00:00 UTC. Never a date in the future, nor one before 1995 (a date the story talks about)."""
    now = now or datetime.now(UTC)
    head = " ".join(normalize(text[:window]).split())
    found: list[tuple[int, datetime]] = []
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_DAY_MONTH):
        for m in pattern.finditer(head):
            month = _MONTHS.get(m.group("m"))
            if month is None:
                continue
            value = _convert(month.calendar, int(m.group("y")), month.number, int(m.group("d")))
            if _plausible(value, now):
                found.append((m.start(), value))  # type: ignore[arg-type]
                break
    for pattern in (_NUMERIC_YMD, _NUMERIC_DMY):
        for m in pattern.finditer(head):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            readings = _numeric(y, mo, d, bool(_HIJRI_MARK.match(head[m.end():])), now)
            if pattern is _NUMERIC_DMY and mo > 12 and d <= 12:  # 10/22/2025: month first (English)
                readings = _numeric(y, d, mo, False, now)
            value = next((v for v in readings if _plausible(v, now)), None)
            if value is not None:
                found.append((m.start(), value))
                break
    if not found:
        return None
    return min(found, key=lambda f: f[0])[1]
