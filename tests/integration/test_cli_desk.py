"""The command line as a new user meets it: which store a command reads, an empty store, exit codes, user
errors without tracebacks, validated arguments, dates and sources in results, the API's fields in --json,
and exports. Each case is one that went wrong before (issue 13)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.integration.test_embedded_cli import SEEDS, run

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("desk")
    run(folder, "alerts", "add", "kz", "country:Kazakhstan")
    run(folder, "replay", str(SEEDS))
    return folder


def test_a_search_in_another_data_folder_says_the_store_is_empty_and_which(tmp_path: Path) -> None:
    proc = run(tmp_path / "elsewhere", "search", "Kazakhstan")
    assert "0 match(es)" in proc.stdout
    assert "the store is empty" in proc.stderr and str(tmp_path / "elsewhere" / "monitor.sqlite") in proc.stderr
    verbose = run(tmp_path / "elsewhere", "-v", "search", "Kazakhstan")
    assert "store: SQLite store" in verbose.stderr  # asked with -v: every command names its store


def test_status_works_without_kafka(data: Path) -> None:
    text = run(data, "status").stdout
    assert "runtime: embedded" in text and str(data / "monitor.sqlite") in text
    assert "articles: 5 (5 in scope)" in text and "newest: 2025-10-22" in text
    assert "alerts: 1 (0 paused); fired 3" in text and "rejects: 0" in text
    report = json.loads(run(data, "status", "--json").stdout)
    assert report["store"]["articles"] == 5 and report["alerts"]["fired"] == 3
    assert report["store"]["last_article"]["published"].startswith("2025-10-22")


def test_replay_of_a_missing_file_exits_non_zero_and_says_it_once(tmp_path: Path) -> None:
    proc = run(tmp_path, "replay", "/nope.txt", check=False)
    assert proc.returncode == 1
    assert (proc.stdout + proc.stderr).count("/nope.txt: no such file or folder") == 1
    status = run(tmp_path, "status").stdout
    assert "rejects: 1" in status and "/nope.txt (read): no such file or folder" in status


@pytest.mark.parametrize(("args", "words"), [
    (["classify", "/nope.jsonl"], "cannot read /nope.jsonl"),
    (["replay", "--rate", "-1", str(SEEDS)], "must be more than 0"),
    (["replay", "--batch", "0", str(SEEDS)], "--batch"),
    (["search", "x", "--since", "last week"], "not a date"),
    (["search", "x", "--since", "2025-11-10", "--until", "2025-11-01"], "--until is before --since"),
    (["search", "x", "--sort", "oldest"], "relevance or newest"),
    (["search", "x", "--lang", "xx"], "unknown language 'xx'"),
    (["search", "x", "--country", "Narnia"], "unknown country 'Narnia'"),
    (["search", "country:Narnia"], "did you mean"),
    (["search", "foo:bar"], "unknown field 'foo:'"),
    (["alerts", "test", "no-such-alert"], "no alert named 'no-such-alert'"),
    (["alerts", "tail", "--limit", "0"], "--limit"),
    (["export", "x", "--format", "xls"], "csv or jsonl"),
])
def test_user_errors_are_one_line_and_a_non_zero_exit(data: Path, args: list[str], words: str) -> None:
    proc = run(data, *args, check=False)
    assert proc.returncode in (1, 2), (args, proc.stdout, proc.stderr)
    assert words in proc.stderr, (args, proc.stderr)
    assert "Traceback" not in proc.stderr


def test_iso_codes_select_countries(data: Path) -> None:
    by_name = json.loads(run(data, "search", "*", "--country", "Kazakhstan", "--json").stdout)
    for code in ("KZ", "kz", "KAZ"):
        assert json.loads(run(data, "search", "*", "--country", code, "--json").stdout) == by_name, code
    assert len(by_name) == 3


def test_results_show_date_and_source(data: Path) -> None:
    text = run(data, "search", "lang:fa").stdout
    assert "2025-10-22 (dateline)" in text  # the date the Persian seed shows, and where it came from
    hits = json.loads(run(data, "search", "Kazakhstan", "--json", "--sort", "newest").stdout)
    assert hits[0]["published"].startswith("2025-10-22") and hits[-1]["published"] is None  # undated last
    assert all("source" in h and "entities" in h for h in hits)


def test_export_csv_and_jsonl(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "kz.csv"
    run(data, "export", "country:Kazakhstan", "--format", "csv", "--output", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 3 and all("Kazakhstan" in r["countries"] and r["text"] for r in rows)
    lines = run(data, "export", "country:Kazakhstan", "--format", "jsonl").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert {r["id"] for r in records} == {r["id"] for r in rows}
    assert all(r["reasons"] and r["lang"] in ("ar", "fa", "kk") for r in records)
