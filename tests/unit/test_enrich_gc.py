"""enrich_many pauses the cyclic garbage collector for each chunk (a speed measure, see monitor/enrich.py) and
leaves it as it found it: enabled after a batch, after a failing one, and still disabled when the caller had
disabled it."""

from __future__ import annotations

import gc

import pytest

from monitor import enrich as enrich_module
from monitor.enrich import enrich_many
from monitor.model import Article

TEXT = "Kazakhstan and Uzbekistan signed an agreement on water.\nThe ministers met in Tashkent."


def test_collector_paused_during_a_chunk_and_enabled_after(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = enrich_module._enrich_chunk

    def chunk(*args):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(enrich_module, "_enrich_chunk", chunk)
    assert gc.isenabled()
    out = enrich_many([Article(id="a", text=TEXT), Article(id="b", text=TEXT)])
    assert [a.id for a in out] == ["a", "b"]
    assert seen == [False]
    assert gc.isenabled()


def test_collector_enabled_again_after_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def chunk(*args):  # type: ignore[no-untyped-def]
        raise RuntimeError("bug in a stage")

    monkeypatch.setattr(enrich_module, "_enrich_chunk", chunk)
    with pytest.raises(RuntimeError):
        enrich_many([Article(id="a", text=TEXT)])
    assert gc.isenabled()


def test_collector_left_disabled_when_the_caller_disabled_it() -> None:
    gc.disable()
    try:
        enrich_many([Article(id="a", text=TEXT)])
        assert not gc.isenabled()
    finally:
        gc.enable()
