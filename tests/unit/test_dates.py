"""Dates: day filters that include their day, datelines in five languages and three calendars, none in the
future, and the source of every date kept."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.dates import choose, find_dateline, parse_bound
from monitor.model import Article
from monitor.replay import read_items
from monitor.store.base import SearchRequest
from monitor.store.sqlite import SqliteStore

OCT22 = datetime(2025, 10, 22, tzinfo=UTC)
NOW = datetime(2025, 12, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "۱۴۰۴/۰۷/۳۰ - سفیر قزاقستان در ایران",  # Solar Hijri, Persian digits, numeric
    "سه‌شنبه ۳۰ مهر ۱۴۰۴ - ۱۰:۲۰",  # Solar Hijri, month name
    "القاهرة في 22 أكتوبر 2025 - استقبل المحافظ",  # Arabic, Egyptian month name
    "القاهرة في ٢٢ تشرين الأول ٢٠٢٥",  # Arabic, Levantine month name, Arabic-Indic digits
    "الأربعاء 30 ربيع الآخر 1447 هـ",  # Hijri (Umm al-Qura)
    "Астана, 22 қазан 2025 ж. Қазақстан елшісі",  # Kazakh
    "2025 жылғы 22 қазанда",  # Kazakh, year first, locative
    "Москва, 22 октября 2025 года",  # Russian genitive
    "October 22, 2025 — The ambassador",  # English
    "22.10.2025 10:15",  # numeric day first
])
def test_the_date_a_page_shows_in_its_text(text: str) -> None:
    assert find_dateline(text, NOW) == OCT22


def test_no_dateline_in_the_future_nor_without_a_year() -> None:
    assert find_dateline("القاهرة في 22 أكتوبر 2030", NOW) is None
    assert find_dateline("اليوم الأربعاء 5 نوفمبر", NOW) is None  # no year: no guess
    assert find_dateline("signed on 12 May 1971 in Tashkent", NOW) is None  # a date the story talks about
    # A later date in the text does not win over the dateline at its top.
    assert find_dateline("22 October 2025. The treaty of 5 May 2019 ...", NOW) == OCT22


def test_feed_dates_in_the_future_give_way_to_the_next_source() -> None:
    ahead = NOW + timedelta(days=30)
    assert choose([(ahead, "feed"), (OCT22, "dateline"), (NOW, "fetched")], NOW) == (OCT22, "dateline")
    assert choose([(None, "feed"), (None, "dateline"), (NOW, "fetched")], NOW) == (NOW, "fetched")
    assert choose([(NOW + timedelta(hours=3), "feed")], NOW)[1] == "feed"  # a time-zone slip is kept


def test_a_day_only_date_is_aware_and_that_day() -> None:
    article = Article.model_validate({"id": "a", "published": "2025-11-10"})
    assert article.published == datetime(2025, 11, 10, tzinfo=UTC)
    assert article.published.tzinfo is not None
    shifted = Article.model_validate({"id": "b", "published": "2025-11-10T23:30:00-05:00"})
    assert shifted.published == datetime(2025, 11, 11, 4, 30, tzinfo=UTC)


def test_bounds_cover_whole_days() -> None:
    assert parse_bound("2025-11-10", end=False) == datetime(2025, 11, 10, tzinfo=UTC)
    assert parse_bound("2025-11-10", end=True) == datetime(2025, 11, 11, tzinfo=UTC)
    assert parse_bound("2025-11-10T08:00+03:00", end=False) == datetime(2025, 11, 10, 5, tzinfo=UTC)
    with pytest.raises(ValueError, match="not a date"):
        parse_bound("yesterday", end=False)


def _articles() -> list[Article]:
    # As a JSON line gives them: a day-only date, an aware time late on that day, and the day before.
    rows = [("d0", "2025-11-10"), ("d1", "2025-11-10T22:15:00+00:00"), ("d2", "2025-11-09T23:59:00+00:00"),
            ("d3", "2025-11-11T00:00:00+00:00"), ("d4", None)]
    return [Article.model_validate({"id": i, "title": "Kazakhstan ambassador", "text": "talks", "published": p,
                                    "relevant": True, "tags": ["country:kazakhstan"]}) for i, p in rows]


def test_since_includes_the_articles_of_that_day(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    store.upsert_articles(_articles())
    since = parse_bound("2025-11-10", end=False)
    found = {h.id for h in store.search(SearchRequest("ambassador", since=since, limit=50)).hits}
    assert found == {"d0", "d1", "d3"}  # d0 was dropped when day-only dates were compared as naive text
    day = store.search(SearchRequest("ambassador", since=since, until=parse_bound("2025-11-10", end=True)))
    assert {h.id for h in day.hits} == {"d0", "d1"}


def test_the_day_facet_counts_what_a_click_on_it_finds(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite")
    store.upsert_articles(_articles())
    facets = store.search(SearchRequest("ambassador", limit=50)).facets["day"]
    assert facets == {"2025-11-10": 2, "2025-11-09": 1, "2025-11-11": 1}  # the undated article has no day
    for day, count in facets.items():
        clicked = store.search(SearchRequest("ambassador", since=parse_bound(day, end=False),
                                             until=parse_bound(day, end=True), limit=50))
        assert clicked.total == count, day


def test_an_older_store_is_migrated(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite"
    store = SqliteStore(path)
    store.upsert_articles(_articles())
    store.close()
    conn = sqlite3.connect(path)  # as the previous version wrote it: no `at` column, naive text dates
    conn.execute("DROP INDEX articles_at")
    conn.execute("ALTER TABLE articles DROP COLUMN at")
    conn.execute("UPDATE articles SET published = '2025-11-10T00:00:00', day = NULL WHERE id = 'd0'")
    conn.commit()
    conn.close()
    store = SqliteStore(path)
    since = parse_bound("2025-11-10", end=False)
    assert "d0" in {h.id for h in store.search(SearchRequest("ambassador", since=since)).hits}
    assert store.search(SearchRequest("ambassador")).facets["day"]["2025-11-10"] == 2


def test_replay_keeps_where_each_date_came_from(tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text("سفیر قزاقستان در ایران\n۳۰ مهر ۱۴۰۴ - به گزارش خبرگزاری ...", encoding="utf-8")
    undated = tmp_path / "undated.txt"
    undated.write_text("Title\nNo date anywhere in this text.", encoding="utf-8")
    lines = tmp_path / "records.jsonl"
    lines.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "given", "text": "22 октября 2025 года", "published": "2025-10-20"},
        {"id": "future", "text": "Москва, 22 октября 2025 года", "published": "2999-01-01T00:00:00Z"},
    ]), encoding="utf-8")
    got = {a.title or a.id: a for a in read_items([dated, undated, lines], 1_000_000)}
    assert (got["سفیر قزاقستان در ایران"].published, got["سفیر قزاقستان در ایران"].date_source) == (OCT22, "dateline")
    assert got["Title"].published is None and got["Title"].date_source is None  # no fetch time as a date
    assert (got["given"].published, got["given"].date_source) == (datetime(2025, 10, 20, tzinfo=UTC), "record")
    assert (got["future"].published, got["future"].date_source) == (OCT22, "dateline")
