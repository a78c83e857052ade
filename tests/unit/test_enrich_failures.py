"""A bug in the enrichment core surfaces: the article is rejected with its reason, the rest of the batch goes on.

The core never swallows an error (a failing people finder does not quietly yield an article without people): its
batch function, ``enrich_many``, raises, or with ``return_exceptions`` hands the article's exception back in the
article's place while the rest of the batch goes on; both runtimes keep the failing article: the embedded pipeline
in ``rejects.jsonl``, the stream stage as a ``news.dlq`` letter.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from monitor import bus, entities
from monitor.enrich import enrich, enrich_many
from monitor.model import Article
from monitor.pipeline import EmbeddedPipeline
from monitor.settings import Settings
from streams import stages

POISON = "POISON-MARKER"


@pytest.fixture()
def broken_people_finder(monkeypatch: pytest.MonkeyPatch) -> None:
    real = entities.people_in_scan

    def finder(sc, found):  # type: ignore[no-untyped-def]
        if POISON in sc.text:
            raise RuntimeError("bug in the people finder")
        return real(sc, found)

    monkeypatch.setattr(entities, "people_in_scan", finder)


def articles() -> list[Article]:
    return [
        Article(id="good-1", title="Kazakh ambassador visits Cairo",
                text="Ambassador Erlan Sadykov met the governor of Giza to discuss cooperation."),
        Article(id="poison", title=POISON, text="Ambassador of Uzbekistan visited Cairo for talks."),
        Article(id="good-2", title="Uzbekistan and Egypt sign memorandum", text="The ministers met in Cairo."),
    ]


def test_embedded_pipeline_rejects_the_article_and_stores_the_rest(tmp_path: Path, broken_people_finder: None) -> None:
    pipeline = EmbeddedPipeline(Settings(data_dir=tmp_path))
    try:
        summary = pipeline.submit(articles())
        assert summary.rejected == 1 and summary.stored == 2
        assert pipeline.store.get_article("poison") is None
        stored = pipeline.store.get_article("good-1")
        assert stored is not None and any(e.type == "person" for e in stored.entities)
    finally:
        pipeline.close()
    rejects = [json.loads(line) for line in (tmp_path / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["item"], r["stage"]) for r in rejects] == [("poison", "enrich")]
    assert "bug in the people finder" in rejects[0]["reason"]
    kept = json.loads(Path(rejects[0]["kept"]).read_text(encoding="utf-8"))
    assert kept["id"] == "poison" and kept["title"] == POISON


def test_stream_enrich_stage_dead_letters_the_article_and_goes_on(broken_people_finder: None) -> None:
    messages = [
        stages.Message(value=bus.encode_article(a, "raw"), key=a.id.encode(), topic=bus.RAW, partition=0, offset=i)
        for i, a in enumerate(articles())
    ]
    result = stages.enrich_batch(messages, ("Kazakhstan", "Uzbekistan"))
    assert (result.ok, result.dead) == (2, 1)
    letters = [json.loads(o.value) for o in result.out if o.topic == bus.DLQ]
    assert len(letters) == 1 and letters[0]["stage"] == "enrich" and "bug in the people finder" in letters[0]["error"]
    assert base64.b64decode(letters[0]["original_b64"]) == messages[1].value
    enriched = {o.key for o in result.out if o.topic == bus.ENRICHED}
    assert enriched == {b"good-1", b"good-2"}


def test_enrich_many_hands_back_the_failure_in_its_place_and_enriches_the_rest(broken_people_finder: None) -> None:
    batch = articles()
    with pytest.raises(RuntimeError, match="bug in the people finder"):
        enrich_many(batch)
    results = enrich_many(batch, return_exceptions=True)
    assert isinstance(results[1], RuntimeError)
    assert results[0] == enrich(batch[0]) and results[2] == enrich(batch[2])


def test_a_failure_of_the_worker_itself_stops_the_stream_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    """A MemoryError or a missing module is no fault of one article: the batch is retried, not dead-lettered."""
    def out_of_memory(sc, found):  # type: ignore[no-untyped-def]
        raise MemoryError

    monkeypatch.setattr(entities, "people_in_scan", out_of_memory)
    messages = [stages.Message(value=bus.encode_article(a, "raw"), key=a.id.encode(), topic=bus.RAW, offset=i)
                for i, a in enumerate(articles())]
    with pytest.raises(MemoryError):
        stages.enrich_batch(messages, ("Kazakhstan", "Uzbekistan"))


def test_a_batch_is_enriched_exactly_as_one_article_at_a_time() -> None:
    """The stages run over a batch together (for the caches): each article's result is its own, in order."""
    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    batch = [Article(id=f"{path.stem}-{i}", text=path.read_text(encoding="utf-8")) for i in range(15) for path in seeds]
    batch += articles()[::2]
    assert len(batch) > 64  # more than one chunk of the stages
    assert enrich_many(batch, people_out_of_scope=False) == [enrich(a, people_out_of_scope=False) for a in batch]
