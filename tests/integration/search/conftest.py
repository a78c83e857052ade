"""One real OpenSearch node for the whole test session, started and stopped by ``monitor.dev.opensearch``.

The node gets a free port and a data directory of its own under pytest's temporary directory, so a
developer's ``monitor dev up search`` on 9200 is never touched. Tests that need an empty store use the
``engine_store`` fixture, which drops the article indices first.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from monitor.dev import opensearch
from monitor.rejects import RejectsFile
from monitor.store.engine import EngineStore

pytestmark = pytest.mark.integration


@pytest.fixture(scope="session")
def search_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """URL of a running OpenSearch 2.19 node on 127.0.0.1 (started via the `monitor dev` launcher)."""
    data_dir = tmp_path_factory.mktemp("search-data")
    settings = SimpleNamespace(data_dir=data_dir, search_port=opensearch.free_port())
    env = opensearch.start(settings)
    try:
        yield env["MONITOR_SEARCH_URL"]
    finally:
        opensearch.stop(settings)
        assert not opensearch.is_running(settings)


@pytest.fixture
def engine_store(search_url: str, tmp_path: Path) -> Iterator[EngineStore]:
    """An empty store on the session node, writing rejects under this test's own data dir."""
    store = EngineStore(search_url, rejects=RejectsFile(tmp_path), refresh_on_write=True)
    store.drop_all()
    try:
        yield store
    finally:
        store.close()
