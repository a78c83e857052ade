"""The page in real headless Chromium (Debian's ``chromium`` driven by Playwright) against a served instance.

Types a query in Arabic script, clicks a country facet and an entity chip, creates an alert, replays an
article and watches it arrive in the live feed. Screenshots go to ``test-artifacts/`` (git-ignored).
Skips, saying why, when /usr/bin/chromium or the playwright package is absent; install lines are in the
developers' notes (``apt-get install -y chromium``, ``pip install playwright``; never ``playwright install``).
"""

from __future__ import annotations

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
    pg.wait_for_selector("#chart svg rect")  # the chart of articles per day by country drew
    bars = pg.locator("#chart svg rect[data-country='Kazakhstan']")
    assert bars.count() == 2  # Kazakhstan: 2025-10-23 and 2025-10-24 (the Persian seed is not replayed yet)
    pg.locator("#q").press_sequentially("كازاخستان", delay=30)  # typed: the live search runs as one types
    pg.wait_for_selector("#results li")
    pg.wait_for_function("document.querySelector('#status').textContent.includes('found')")
    first = pg.locator("#results li").first
    assert "القليوبية" in first.locator("h3").inner_text()
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
    pg.locator("#results li h3 button").first.focus()
    pg.keyboard.press("Enter")
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
