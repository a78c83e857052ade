"""The main job as a user runs it: the `monitor` command with no servers (embedded pipeline, SQLite)."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
MONITOR = [sys.executable, "-m", "monitor.cli"]


def run(data_dir: Path, *args: str, check: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONITOR_")}
    env.update({"MONITOR_DATA_DIR": str(data_dir), "COLUMNS": "200", "MONITOR_DELIVERY_ALLOW": "127.0.0.1"})
    proc = subprocess.run(
        [*MONITOR, *args], env=env, capture_output=True, text=True, input=stdin, timeout=300, cwd=REPO
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"monitor {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def search_ids(data_dir: Path, *args: str) -> list[str]:
    return [hit["id"] for hit in json.loads(run(data_dir, "search", *args, "--json").stdout)]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Alerts added first, then the seeds replayed, as the README's main command does."""
    data = tmp_path_factory.mktemp("embedded")
    run(data, "alerts", "add", "kz-envoys", "ambassador AND country:Kazakhstan")
    run(data, "alerts", "add", "azerbaijan", "country:Azerbaijan")
    first = run(data, "replay", str(SEEDS))
    ids = {}
    for path in SEED_FILES:
        lines = path.read_text(encoding="utf-8").splitlines()
        title = next(line.strip() for line in lines if line.strip())
        classify = run(data, "classify", stdin=json.dumps({"id": path.name, "title": title,
                                                           "text": "\n".join(lines[1:])}) + "\n")
        ids[path.name] = json.loads(classify.stdout)
    second = run(data, "replay", str(SEEDS))
    return {"data": data, "first": first.stdout, "second": second.stdout, "classified": ids}


def test_replay_reports_all_five_seeds_relevant(seeded: dict) -> None:
    assert "read 5, relevant 5, stored 5" in seeded["first"]


def test_seed_languages_and_countries(seeded: dict) -> None:
    classified = seeded["classified"]
    langs = [classified[p.name]["lang"] for p in SEED_FILES]
    assert langs == ["ar", "ar", "kk", "ar", "fa"]
    expected = ["Kazakhstan", "Azerbaijan", "Kazakhstan", "Kyrgyzstan", "Kazakhstan"]
    for path, country in zip(SEED_FILES, expected, strict=True):
        out = classified[path.name]
        assert out["relevant"] is True
        assert out["countries"][0] == country, (path.name, out["countries"])


def test_search_kazakhstan_finds_the_three_kazakhstan_seeds_in_any_script(seeded: dict) -> None:
    data = seeded["data"]
    english = set(search_ids(data, "Kazakhstan"))
    assert len(english) == 3
    for query in ("كازاخستان", "قزاقستان", "Қазақстан", "Казахстан", "country:Kazakhstan", "KAZAKHSTAN"):
        assert set(search_ids(data, query)) == english, query


def test_search_filters_and_json_shape(seeded: dict) -> None:
    data = seeded["data"]
    hits = json.loads(run(data, "search", "Kazakhstan", "--lang", "fa", "--json").stdout)
    assert len(hits) == 1
    # The API's hit fields (GET /api/search), so scripts read one shape.
    assert set(hits[0]) == {"id", "title", "lang", "countries", "score", "snippet", "url", "source", "published",
                            "date_source", "cluster", "entities"}
    assert hits[0]["published"].startswith("2025-10-22") and hits[0]["date_source"] == "dateline"
    assert {"type": "country", "canonical": "Kazakhstan"}.items() <= hits[0]["entities"][0].items() or any(
        e["canonical"] == "Kazakhstan" for e in hits[0]["entities"])
    assert hits[0]["lang"] == "fa" and "Kazakhstan" in hits[0]["countries"]
    assert "<mark>" in hits[0]["snippet"]
    assert len(search_ids(data, "Kazakhstan", "--country", "Azerbaijan")) == 0
    assert len(search_ids(data, "سفير", "--country", "Azerbaijan")) == 1


def test_alerts_fire_once_per_matching_seed_and_not_again(seeded: dict) -> None:
    first, second = seeded["first"], seeded["second"]
    assert "alerts fired 4" in first  # 3 Kazakhstan seeds + 1 Azerbaijan seed
    assert "alerts fired 0" in second and "stored 0" in second
    tail = run(seeded["data"], "alerts", "tail", "--json").stdout.splitlines()
    fired = [json.loads(line) for line in tail]
    assert sorted(f["alert"] for f in fired) == ["azerbaijan", "kz-envoys", "kz-envoys", "kz-envoys"]
    assert {f["lang"] for f in fired if f["alert"] == "kz-envoys"} == {"ar", "kk", "fa"}
    listing = json.loads(run(seeded["data"], "alerts", "list", "--json").stdout)
    assert {a["name"]: a["fired"] for a in listing} == {"azerbaijan": 1, "kz-envoys": 3}


def test_people_are_tagged_with_roles(seeded: dict) -> None:
    for path in SEED_FILES:
        people = [e for e in seeded["classified"][path.name]["entities"] if e["type"] == "person"]
        assert any(p.get("role") for p in people), path.name


def test_bad_query_is_refused_with_position(seeded: dict) -> None:
    proc = run(seeded["data"], "alerts", "add", "broken", '(ambassador OR "visit', check=False)
    assert proc.returncode == 2
    assert "position" in proc.stderr
    names = [a["name"] for a in json.loads(run(seeded["data"], "alerts", "list", "--json").stdout)]
    assert "broken" not in names


def test_bad_input_is_reported_counted_and_kept(tmp_path: Path) -> None:
    data = tmp_path / "data"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "empty.txt").write_bytes(b"")
    (inbox / "binary.txt").write_bytes(bytes(range(256)) * 4)
    cp1256 = "سفير جمهورية أوزبكستان يزور محافظ الإسكندرية\nبحث السفير مع المحافظ سبل التعاون وتوقيع مذكرة تفاهم."
    (inbox / "legacy.txt").write_bytes(cp1256.encode("cp1256"))
    with (inbox / "huge.txt").open("wb") as fh:
        fh.write(b"title\n" + b"x" * (20 * 1024 * 1024))
    (inbox / "mixed.jsonl").write_text(
        '{"id": "ok1", "title": "t", "text": "Ambassador of Uzbekistan visited Cairo for talks."}\n'
        "{broken json\n"
        '{"id": "no-text"}\n'
        '["not", "an", "object"]\n',
        encoding="utf-8",
    )
    proc = run(data, "replay", str(inbox), check=False)
    assert proc.returncode == 1, "a replay with rejected items must not exit 0"
    out = proc.stdout + proc.stderr
    assert "read 8" in proc.stdout and "rejected 6" in proc.stdout
    for name in ("empty.txt", "binary.txt", "huge.txt", "mixed.jsonl:2", "mixed.jsonl:3", "mixed.jsonl:4"):
        assert out.count(name) == 1, (name, out)  # named once, not twice (console line + log line)
    rejects = [json.loads(line) for line in (data / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rejects) == 6
    assert all(r["reason"] for r in rejects)
    kept = [r for r in rejects if r.get("kept")]
    assert kept and all(Path(r["kept"]).exists() for r in kept)
    # The Windows-1256 file was decoded, not rejected.
    assert search_ids(data, "أوزبكستان", "--all")


class _Receiver(BaseHTTPRequestHandler):
    received: list = []
    fail_first = 0

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        cls = type(self)
        if cls.fail_first > 0:
            cls.fail_first -= 1
            self.send_response(500)
            self.end_headers()
            return
        cls.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_webhook_gets_one_signed_post_per_match_after_retries(tmp_path: Path) -> None:
    _Receiver.received = []
    _Receiver.fail_first = 1
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/hook"
        run(tmp_path, "alerts", "add", "hook", "country:Kazakhstan", "--webhook", url, "--secret", "s3cret")
        run(tmp_path, "replay", str(SEEDS))
        run(tmp_path, "replay", str(SEEDS))
    finally:
        server.shutdown()
    assert len(_Receiver.received) == 3
    for headers, body in _Receiver.received:
        ts = headers["X-Monitor-Timestamp"]
        expected = "sha256=" + hmac.new(b"s3cret", ts.encode() + b"." + body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(headers["X-Monitor-Signature"], expected)
        payload = json.loads(body)
        assert payload["alert"] == "hook" and "Kazakhstan" in payload["article"]["countries"]
    assert len({json.loads(b)["article"]["id"] for _, b in _Receiver.received}) == 3
