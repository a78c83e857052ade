"""Feed parsing, page decoding and extraction, dates, canonical URLs, SimHash and scheduling."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.crawler.dedupe import bands, choose_canonical, hamming, simhash
from monitor.crawler.extract import decode_html, extract_page
from monitor.crawler.feeds import FeedListError, FeedRejected, load_feeds, parse_date, parse_feed
from monitor.crawler.schedule import failure_delay, next_interval

REPO = Path(__file__).resolve().parents[2]
SEED_AR = (REPO / "seeds" / "001_aa90fabbf7db6b57.txt").read_text(encoding="utf-8")


def test_the_shipped_feed_list_has_five_outlets_per_language() -> None:
    feeds = load_feeds(REPO / "seeds" / "feeds.yaml")
    by_lang: dict[str, set[str]] = {}
    for f in feeds:
        assert f.url.startswith("https://") and f.name
        by_lang.setdefault(f.lang or "", set()).add(f.name)
    for lang in ("ar", "fa", "kk"):
        assert len(by_lang[lang]) >= 5, lang
    assert len({f.key for f in feeds}) == len(feeds)


def test_feed_list_drops_repeated_urls_and_rejects_non_http(tmp_path: Path) -> None:
    p = tmp_path / "feeds.yaml"
    p.write_text("feeds:\n - {url: 'https://A.example/rss?utm_source=x', name: a}\n"
                 " - {url: 'https://a.example/rss', name: b}\n - https://b.example/feed\n")
    assert [f.name for f in load_feeds(p)] == ["a", "https://b.example/feed"]
    p.write_text("feeds:\n - {url: 'file:///etc/passwd'}\n")
    with pytest.raises(FeedListError):
        load_feeds(p)


RSS = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>
<item><title>خبر &amp; عاجل</title><link>/news/1</link><guid>g1</guid>
<description>&lt;p&gt;ملخص &lt;b&gt;الخبر&lt;/b&gt;&lt;/p&gt;</description>
<pubDate>Wed, 05 Nov 2025 12:30:00 +0300</pubDate></item>
<item><title>second</title><link>https://x.example/2</link></item>
</channel></rss>"""


def test_rss_entries_get_absolute_links_plain_text_and_utc_dates() -> None:
    parsed = parse_feed(RSS.encode(), {"content-type": "application/rss+xml"}, "https://x.example/rss")
    first, second = parsed.entries
    assert first.key.endswith("g1") and first.link == "https://x.example/news/1"
    assert first.title == "خبر & عاجل" and first.summary == "ملخص الخبر"
    assert first.published == datetime(2025, 11, 5, 9, 30, tzinfo=UTC)
    assert second.key == "https://x.example/2" and second.published is None


def test_a_body_that_names_a_file_is_not_opened_by_feedparser() -> None:
    with pytest.raises(FeedRejected):
        parse_feed(b"/etc/passwd")
    with pytest.raises(FeedRejected):
        parse_feed(b"   ")


def test_eastern_digits_and_solar_hijri_dates() -> None:
    assert parse_date("۲۰۲۵-۱۱-۰۵T۱۰:۰۰:۰۰+۰۳:۰۰") == datetime(2025, 11, 5, 7, 0, tzinfo=UTC)
    assert parse_date("٢٠٢٥/١١/٠٥") == datetime(2025, 11, 5, tzinfo=UTC)
    assert parse_date("۱۴۰۴-۰۸-۱۴") == datetime(2025, 11, 5, tzinfo=UTC)  # 14 Aban 1404
    assert parse_date("1403/01/01") == datetime(2024, 3, 20, tzinfo=UTC)  # Nowruz 1403
    assert parse_date("1402-12-29") == datetime(2024, 3, 19, tzinfo=UTC)
    assert parse_date("1404-13-01") is None


def _page(charset_meta: str | None, body: str) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    return f'<html lang="ar" dir="rtl"><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>'


def test_decoding_order_http_then_meta_then_detection() -> None:
    text = SEED_AR.split("\n")[0]
    cp = _page("windows-1256", text).encode("cp1256")
    assert decode_html(cp, "text/html")[1:] == ("cp1256", "meta")
    assert text in decode_html(cp, "text/html")[0]
    utf = _page("windows-1256", text).encode("utf-8")
    decoded, enc, how = decode_html(utf, "text/html; charset=UTF-8")  # HTTP wins over meta
    assert (enc, how) == ("utf-8", "http") and text in decoded
    lying = _page("utf-8", SEED_AR[:1500]).encode("cp1256")  # meta claims UTF-8: detect instead
    decoded, enc, how = decode_html(lying, None)
    assert how == "detected" and "محافظ" in decoded


def test_undeclared_windows_1256_is_detected() -> None:
    page = _page(None, SEED_AR[:3000]).encode("cp1256")
    decoded, enc, how = decode_html(page, "text/html")
    assert how == "detected"
    assert "التعاون" in decoded, enc


def test_extraction_drops_scripts_and_finds_metadata() -> None:
    paras = "".join(f"<p>{p}</p>" for p in SEED_AR.split("\n")[1:] if p.strip())
    html = (
        '<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان</title>'
        '<link rel="canonical" href="/a/1?x=1"><meta name="author" content="كاتب">'
        '<meta property="article:published_time" content="2025-11-05T09:30:00+03:00">'
        "<script>var stolen = document.cookie;</script></head><body><nav>menu</nav>"
        f"<article><h1>عنوان الخبر</h1>{paras}</article><footer>footer</footer></body></html>"
    )
    page = extract_page(html.encode(), "https://site.example/a/1?utm_source=x", "text/html; charset=utf-8")
    assert page is not None
    assert "document.cookie" not in page.text and "الأقصر" in page.text
    assert page.lang_hint == "ar" and page.canonical == "/a/1?x=1"
    assert page.published is not None and page.published.date() == datetime(2025, 11, 5).date()
    assert extract_page(b"<html><body></body></html>", "https://s.example/") is None


def test_canonical_link_is_preferred_only_on_the_same_site() -> None:
    final = "https://www.site.example/news/1?utm_source=rss"
    assert choose_canonical(final, "/news/1") == "https://www.site.example/news/1"
    assert choose_canonical(final, "https://site.example/news/1") == "https://site.example/news/1"
    assert choose_canonical(final, "https://other.example/news/1") == final  # cannot claim another outlet
    assert choose_canonical(final, "javascript:alert(1)") == final
    assert choose_canonical(final, None) == final


def test_simhash_groups_rewrites_and_separates_stories() -> None:
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    base = simhash(texts[1])
    rewrite = simhash("القاهرة (أ ش أ) - " + texts[1] + "\nجميع الحقوق محفوظة")
    assert base is not None and rewrite is not None
    assert hamming(base, rewrite) <= 6
    others = [simhash(t) for i, t in enumerate(texts) if i != 1]
    assert all(h is not None and hamming(base, h) > 12 for h in others)
    assert simhash("too short") is None


def test_bands_guarantee_candidates_within_distance() -> None:
    rng = random.Random(7)
    k = 6
    for _ in range(200):
        a = rng.getrandbits(64)
        b = a
        for bit in rng.sample(range(64), rng.randint(0, k)):
            b ^= 1 << bit
        assert set(bands(a, k)) & set(bands(b, k))


def test_adaptive_interval_stays_in_bounds() -> None:
    lo, hi = 600.0, 86400.0
    assert next_interval(3600, 1.0, lo, hi) == 1800
    assert next_interval(3600, None, lo, hi) == 5400
    assert next_interval(3600, 0.1, lo, hi) == 3600
    assert next_interval(700, 1.0, lo, hi) == lo and next_interval(80000, None, lo, hi) == hi
    value = 3600.0
    for _ in range(50):
        value = next_interval(value, None, lo, hi)
    assert value == hi


def test_failure_backoff_grows_and_respects_retry_after() -> None:
    rng = random.Random(1)
    delays = [failure_delay(n, 600, 86400, rng=rng) for n in range(1, 12)]
    assert delays[0] < delays[3] < delays[6] and max(delays) <= 86400
    assert failure_delay(1, 600, 86400, retry_after=7200, rng=rng) >= 7200
