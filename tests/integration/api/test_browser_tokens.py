"""The page in headless Chromium against a server in token mode: it asks for a token, then searches, lists
alerts (without other users' webhook URLs) and follows the live feed with the token it was given."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from monitor.api import create_app
from monitor.users import UserStore

from .conftest import ARTIFACTS, free_port, make_settings, replay, seed_articles

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed")
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


class _Server(uvicorn.Server):
    def install_signal_handlers(self) -> None:
        pass


@pytest.fixture(scope="module")
def token_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, object]]:
    settings = make_settings(tmp_path_factory.mktemp("api-browser-tokens"))
    articles = seed_articles()
    replay(settings, list(articles.values()))
    store = UserStore(settings.db_path)
    token = store.add("analyst", "editor")
    other = store.add("someone", "editor")
    store.close()
    app = create_app(settings)
    port = free_port()
    server = _Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline
        time.sleep(0.05)
    import httpx

    httpx.post(f"http://127.0.0.1:{port}/api/alerts", headers={"Authorization": f"Bearer {other}"}, timeout=10,
               json={"name": "someone-else", "query": "Kazakhstan", "webhook": "https://hooks.example.org/secret"})
    try:
        yield f"http://127.0.0.1:{port}", token, settings
    finally:
        server.should_exit = True
        thread.join(30)


def test_the_page_asks_for_a_token_then_works_with_it(token_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url, token, _settings = token_server
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(tmp_path / "profile"), executable_path=str(CHROMIUM),
                                                        headless=True, args=FLAGS)
        context.set_default_timeout(30_000)
        try:
            pg = context.new_page()
            errors: list[str] = []
            pg.on("pageerror", lambda exc: errors.append(str(exc)))
            pg.goto(url + "/")
            pg.locator("#q").fill("Kazakhstan")
            pg.locator("#q").press("Enter")
            pg.wait_for_function("document.querySelector('#query-error').textContent.includes('token')")
            pg.goto(url + "/#alerts")
            pg.wait_for_selector("#token-box:not([hidden])")
            pg.locator("#token").fill(token)
            pg.locator("#token-save").click()
            pg.wait_for_function("document.querySelector('#feed-state').textContent === 'live'")
            pg.wait_for_selector("#alert-rows tr[data-name='someone-else']")
            pg.goto(url + "/?q=Kazakhstan")  # the token stays for the session
            pg.wait_for_function("document.querySelector('#status').textContent.includes('found')")
            assert pg.locator("#results li").count() >= 3
            pg.screenshot(path=str(ARTIFACTS / "api-tokens-search.png"), full_page=True)
            assert not errors, errors
        finally:
            context.close()
