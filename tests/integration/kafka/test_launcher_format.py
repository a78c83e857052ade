"""The launcher formats KRaft storage for any generated cluster id, including the 1 in 64 that start with '-'."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from monitor.dev import kafka

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("cluster_id", ["-AbCdEfGhIjKlMnOpQrStUw", "AbCdEfGhIjKlMnOpQrStUw"])
def test_storage_formats_with_any_cluster_id(tmp_path: Path, cluster_id: str) -> None:
    kafka.ensure_jars()
    layout = kafka.layout_for(SimpleNamespace(data_dir=tmp_path))
    layout.config.parent.mkdir(parents=True, exist_ok=True)
    kafka._write_config(layout, kafka.free_port(), kafka.free_port(), 1)
    kafka._format_storage(layout, {"cluster_id": cluster_id})
    meta = (layout.storage / "meta.properties").read_text()
    assert f"cluster.id={cluster_id}" in meta
