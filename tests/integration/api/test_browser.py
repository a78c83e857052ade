"""The page in real headless Chromium (Debian's ``chromium`` driven by Playwright) against a served instance.

Types a query in Arabic script, clicks a country facet and an entity chip, creates an alert, replays an
article and watches it arrive in the live feed. Screenshots go to ``test-artifacts/`` (git-ignored).
Skips, saying why, when /usr/bin/chromium or the playwright package is absent; install lines are in the
developers' notes (``apt-get install -y chromium``, ``pip install playwright``; never ``playwright install``).
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ARTIFACTS, PERSIAN_SEED, LiveServer, replay

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install -y chromium)"
)

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]
WAIT_MS = 30_000  # how long to wait for the page to show something (a bound, not a speed assertion)


@pytest.fixture(scope="module")
def page(live_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    ARTIFACTS.mkdir(exist_ok=True)
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh --user-data-dir
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=FLAGS,
            viewport={"width": 1280, "height": 1000}, locale="en-US",
        )
        context.set_default_timeout(WAIT_MS)
        try:
            pg = context.new_page()
            errors: list[str] = []
            pg.on("pageerror", lambda exc: errors.append(str(exc)))
            pg.goto(live_server.url + "/")
            yield pg
            assert not errors, f"JavaScript errors on the page: {errors}"
        finally:
            context.close()
    shutil.rmtree(profile, ignore_errors=True)


def shot(pg, name: str) -> None:  # type: ignore[no-untyped-def]
    pg.screenshot(path=str(ARTIFACTS / f"api-{name}.png"), full_page=True)


def test_search_in_arabic_script_with_facets_chips_and_chart(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    pg = page
    # The landing page lists the latest articles, newest first, with their timeline (the Persian seed is not
    # replayed yet): 2025-11-05, 2025-10-24 and 2025-10-23 (two articles).
    pg.wait_for_function("document.querySelector('#status').textContent.startsWith('Latest articles')")
    dates = [re.search(r"\d{4}-\d{2}-\d{2}", m).group(0)  # type: ignore[union-attr]
             for m in pg.locator("#results > li > .meta").all_inner_texts()]
    assert dates == ["2025-11-05", "2025-10-24", "2025-10-23", "2025-10-23"], dates
    pg.wait_for_selector("#chart svg rect")
    bars = {b.get_attribute("data-bucket"): b.get_attribute("data-count") for b in pg.locator("#chart svg rect").all()}
    assert bars == {"2025-10-23": "2", "2025-10-24": "1", "2025-11-05": "1"}
    pg.locator("#q").press_sequentially("كازاخستان", delay=30)  # typed: the live search runs as one types
    pg.wait_for_selector("#results li")
    pg.wait_for_function("document.querySelector('#status').textContent.includes('found')")
    # Ranked by the mentions of Kazakhstan in any language, so the Arabic article need not come first.
    first = pg.locator("#results li", has=pg.locator("h3", has_text="القليوبية")).first
    snippet = first.locator(".snippet")
    assert snippet.get_attribute("dir") == "auto"
    assert snippet.evaluate("e => e.matches(':dir(rtl)')"), "the Arabic snippet is not laid out right-to-left"
    assert snippet.locator("mark").count() >= 1
    titles = pg.locator("#results li h3").all_inner_texts()
    assert any("Қазақстан" in t for t in titles), titles  # the Kazakh article, found by the Arabic spelling
    kazakh = pg.locator("#results li .snippet[lang='kk']").first
    assert kazakh.evaluate("e => e.matches(':dir(ltr)')")
    shot(pg, "01-search-arabic")

    before = pg.locator("#results li").count()
    pg.locator("#facet-country button[data-value='Egypt']").click()
    pg.wait_for_selector("#facet-country button[data-value='Egypt'][aria-pressed='true']")
    pg.wait_for_function(f"document.querySelectorAll('#results li').length < {before}")
    metas = pg.locator("#results li .meta").all_inner_texts()
    assert metas and all("Egypt" in m for m in metas), metas
    assert "country: Egypt" in pg.locator("#active-filters").inner_text()
    shot(pg, "02-country-facet")

    pg.locator("#active-filters button").first.click()  # remove the country filter again
    pg.wait_for_function("document.querySelectorAll('#active-filters button').length === 0")
    chip = pg.locator("#results li .chip[data-type='place']").first
    place = chip.inner_text()
    chip.click()
    pg.wait_for_function(f"document.querySelector('#q').value.includes('place:\"{place}\"')")
    pg.wait_for_function("document.querySelector('#status').textContent.includes('found')")
    assert pg.locator("#results li").count() >= 1
    shot(pg, "03-entity-chip")


def test_labels_and_keyboard(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    """Every form field has a label; the query, a facet and the results work from the keyboard alone."""
    pg = page
    pg.goto(live_server.url + "/")
    unlabelled = pg.evaluate(
        "[...document.querySelectorAll('input, select, textarea')]"
        ".filter(e => !e.labels.length && !e.getAttribute('aria-label')).map(e => e.id)"
    )
    assert unlabelled == []
    pg.keyboard.press("Tab")  # the skip link comes first
    assert pg.evaluate("document.activeElement.className") == "skip"
    pg.locator("#q").focus()
    pg.keyboard.type("Қазақстан")
    pg.keyboard.press("Enter")
    pg.wait_for_function("document.querySelector('#status').textContent.includes('found')")
    pg.locator("#facet-lang button[data-value='kk']").focus()
    pg.keyboard.press("Enter")
    pg.wait_for_selector("#facet-lang button[data-value='kk'][aria-pressed='true']")
    pg.wait_for_function(
        "[...document.querySelectorAll('#results li .snippet')].every(e => e.lang === 'kk')"
    )
    assert pg.locator("#results li").count() >= 1
    pg.locator("#results li h3 button").first.press("Enter")  # focus the first result, Enter opens it
    pg.locator("#article-dialog").wait_for(state="visible")
    pg.keyboard.press("Escape")
    pg.locator("#article-dialog").wait_for(state="hidden")


def test_article_dialog_shows_entities_and_reasons(page) -> None:  # type: ignore[no-untyped-def]
    pg = page
    pg.locator("#results li h3 button").first.click()
    dialog = pg.locator("#article-dialog")
    dialog.wait_for(state="visible")
    assert pg.locator("#article-reasons li").count() >= 1
    assert pg.locator("#article-chips .chip").count() >= 1
    shot(pg, "04-article")
    pg.keyboard.press("Escape")
    dialog.wait_for(state="hidden")


def test_create_alert_and_watch_the_live_feed(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    pg = page
    pg.locator("#nav-alerts").click()
    pg.wait_for_selector("#view-alerts:not([hidden])")
    pg.wait_for_function("document.querySelector('#feed-state').textContent === 'live'")
    pg.fill("#alert-name", "kazakh-envoys-fa")
    pg.fill("#alert-query", "country:Kazakhstan AND lang:fa")
    pg.locator("#alert-test").click()  # dry run: the Persian article is not stored yet
    pg.wait_for_function("document.querySelector('#alert-test-result').textContent.includes('would have fired')")
    assert pg.locator("#alert-test-result").inner_text().startswith("0 stored articles")
    pg.locator("#alert-form button[type='submit']").click()
    row = pg.locator("#alert-rows tr[data-name='kazakh-envoys-fa']")
    row.wait_for()
    assert "active" in row.inner_text()
    assert pg.locator("#alert-error").is_hidden()

    # Replay the Persian seed through the embedded pipeline, as `monitor replay` would in another process.
    summary = replay(live_server.settings, [live_server.held_back[PERSIAN_SEED]])
    assert ("kazakh-envoys-fa", live_server.held_back[PERSIAN_SEED].id) in summary.fired
    item = pg.locator("#feed li[data-alert='kazakh-envoys-fa']")
    item.wait_for()
    assert "پخش زنده" in item.inner_text() and "Kazakhstan" in item.inner_text()  # title and countries
    feed_snippet = item.locator(".snippet[lang='fa']")
    assert "قزاقستان" in feed_snippet.inner_text()
    assert feed_snippet.evaluate("e => e.matches(':dir(rtl)')")
    pg.wait_for_function(
        "document.querySelector(\"#alert-rows tr[data-name='kazakh-envoys-fa'] td:nth-child(3)\").textContent === '1'"
    )
    shot(pg, "05-alert-fired")

    row.locator("button", has_text="Pause").click()
    pg.wait_for_function(
        "document.querySelector(\"#alert-rows tr[data-name='kazakh-envoys-fa']\").textContent.includes('paused')"
    )
    row.locator("button", has_text="Delete").click()
    pg.wait_for_selector("#alert-rows tr[data-name='kazakh-envoys-fa']", state="detached")
    shot(pg, "06-alert-deleted")


DOCS = Path(__file__).resolve().parents[3] / "docs" / "screenshots"


def doc_shot(pg, name: str, part: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """A screenshot kept with the documentation (docs/screenshots/): the window, or one ``part`` of the page."""
    DOCS.mkdir(parents=True, exist_ok=True)
    if part:
        pg.locator(part).screenshot(path=str(DOCS / f"{name}.png"))
    else:
        pg.screenshot(path=str(DOCS / f"{name}.png"), full_page=False)


def status_found(pg) -> None:  # type: ignore[no-untyped-def]
    pg.wait_for_function("document.querySelector('#status').textContent.includes('found')")


def test_the_search_lives_in_the_address_and_the_back_button_returns(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    pg = page
    pg.goto(live_server.url + "/?q=country%3AKazakhstan&sort=newest")
    status_found(pg)
    assert pg.locator("#q").input_value() == "country:Kazakhstan" and pg.locator("#sort").input_value() == "newest"
    first_ids = pg.locator("#results > li").evaluate_all("els => els.map(e => e.dataset.id)")
    dates = pg.locator("#results > li > .meta").all_inner_texts()
    assert [re.search(r"\d{4}-\d{2}-\d{2}", d).group(0) for d in dates] == sorted(  # type: ignore[union-attr]
        (re.search(r"\d{4}-\d{2}-\d{2}", d).group(0) for d in dates), reverse=True)  # type: ignore[union-attr]
    pg.locator("#facet-lang button[data-value='ar']").click()
    pg.wait_for_function("location.search.includes('lang=ar')")
    assert "q=country%3AKazakhstan" in pg.evaluate("location.search")
    pg.go_back()
    pg.wait_for_function("!location.search.includes('lang=ar')")
    pg.wait_for_function(f"[...document.querySelectorAll('#results > li')].map(e => e.dataset.id).join() === "
                         f"{first_ids!r}.join()")
    doc_shot(pg, "search-url-state")


def test_the_timeline_follows_the_filters_by_day_week_and_month(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    pg = page
    pg.goto(live_server.url + "/?q=%D8%B3%D9%81%D9%8A%D8%B1")  # سفير
    status_found(pg)
    pg.wait_for_selector("#chart svg rect")

    def counts() -> dict[str, int]:
        return {b.get_attribute("data-bucket"): int(b.get_attribute("data-count"))
                for b in pg.locator("#chart svg rect[data-series='these results']").all()}

    everything = counts()
    pg.locator("#facet-country button[data-value='Azerbaijan']").click()
    pg.wait_for_function("location.search.includes('country=Azerbaijan')")
    pg.wait_for_function(f"document.querySelectorAll('#chart svg rect').length < {len(everything)}")
    assert counts() == {"2025-10-23": 1}  # the one Azerbaijan article; the chart ignored filters before
    pg.locator("#active-filters button").first.click()
    pg.locator("#bucket").select_option("month")
    pg.wait_for_function("location.search.includes('bucket=month')")
    pg.wait_for_function("[...document.querySelectorAll('#chart svg rect')].every(r => r.dataset.bucket.length === 7)")
    months = counts()
    assert set(months) <= {"2025-10", "2025-11"} and sum(months.values()) == sum(everything.values())
    pg.locator("#compare").fill("Kazakhstan, Azerbaijan")
    pg.locator("#compare").press("Enter")
    pg.locator("#compare").dispatch_event("change")
    pg.wait_for_selector("#chart svg rect[data-series='Azerbaijan']")
    assert pg.locator("#chart svg rect[data-series='Kazakhstan']").count() >= 1
    doc_shot(pg, "timeline-compare", ".chart-box")


def test_article_and_entity_pages_have_addresses(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    pg = page
    kazakh = next(a for p, a in live_server_articles(live_server).items() if p == "002")
    pg.goto(live_server.url + f"/article/{kazakh.id}")
    pg.wait_for_function("document.querySelector('#page-article-title').textContent.includes('Қазақстан')")
    assert pg.locator("#view-article").is_visible() and not pg.locator("#view-search").is_visible()
    assert pg.locator("#page-article-reasons li").count() >= 1
    assert pg.locator("#page-article-chips .chip[data-type='person']", has_text="Ержан Қыстафин").count() == 1
    doc_shot(pg, "article-page")
    pg.locator("#page-article-chips .chip-box", has=pg.locator(".chip", has_text="Ержан Қыстафин")
               ).locator("a.entity-link").click()
    pg.wait_for_function("location.pathname.startsWith('/entity/person/')")
    pg.wait_for_function("document.querySelectorAll('#entity-articles li').length >= 1")
    assert "ambassador" in pg.locator("#entity-roles").inner_text()
    assert "Pakistan" in pg.locator("#entity-countries").inner_text()
    doc_shot(pg, "entity-page")
    pg.go_back()
    pg.wait_for_function("location.pathname.startsWith('/article/')")


def live_server_articles(live_server: LiveServer) -> dict:
    from .conftest import seed_articles

    return seed_articles()


def test_export_and_saved_searches(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    pg = page
    pg.goto(live_server.url + "/?q=country%3AKazakhstan")
    status_found(pg)
    total = int(pg.locator("#status").inner_text().split()[0])
    with pg.expect_download() as download:
        pg.locator("#export-csv").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == total and all("Kazakhstan" in r["countries"] and r["text"] for r in rows)
    pg.locator("#save-name").fill("kz desk")
    pg.locator("#save-search").click()
    pg.goto(live_server.url + "/")
    pg.wait_for_function("document.querySelector('#status').textContent.startsWith('Latest articles')")
    pg.locator("#saved a", has_text="kz desk").click()
    pg.wait_for_function("location.search.includes('country%3AKazakhstan')")
    status_found(pg)
    assert pg.locator("#q").input_value() == "country:Kazakhstan"
    doc_shot(pg, "saved-searches")


def test_api_docs_work_offline(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    pg = page
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(live_server.url) else None)
    pg.goto(live_server.url + "/docs")
    pg.wait_for_selector(".swagger-ui .opblock-summary-path")  # the operations rendered from /openapi.json
    assert pg.locator(".swagger-ui .opblock").count() >= 10
    assert outside == [], outside  # nothing from a CDN
    doc_shot(pg, "api-docs")


def test_near_duplicates_are_grouped_under_the_first_report(page, live_server: LiveServer) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from monitor.model import Article

    text = ("Посол Казахстана в Египте провёл переговоры с губернатором провинции Кальюбия о сотрудничестве "
            "городов-побратимов; стороны подписали меморандум о туризме.")
    copies = [Article(id=f"dup-{i}", title=f"Посол Казахстана и губернатор Кальюбии{' (обновлено)' * i}",
                      text=text, source=f"outlet-{i}", cluster="dup-0",
                      published=datetime(2025, 11, 20, 9 + i, tzinfo=UTC)) for i in range(3)]
    replay(live_server.settings, copies)
    pg = page
    pg.goto(live_server.url + "/?q=%D0%9A%D0%B0%D0%BB%D1%8C%D1%8E%D0%B1%D0%B8%D1%8F&sort=newest")  # Кальюбия
    status_found(pg)
    visible = pg.locator("#results > li:not([hidden])")
    assert visible.count() == 1
    toggle = visible.first.locator(".similar-toggle")
    assert toggle.inner_text() == "2 similar reports"
    toggle.click()
    pg.wait_for_function("document.querySelectorAll('#results > li:not([hidden])').length === 3")
    doc_shot(pg, "near-duplicates")
