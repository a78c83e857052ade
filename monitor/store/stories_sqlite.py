"""Story members in the embedded SQLite file (the same ``monitor.sqlite`` as the articles).

One row per report: its story, its publication time as fixed-width UTC text (so ranges compare as text),
its in-scope parties, its signature and the reasons of its assignment. A story is the set of rows with its
id; its title, languages and entities are computed from them (:class:`monitor.stories.Story`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

from monitor.dates import sortable
from monitor.store.sqlite import connect
from monitor.stories.assign import Assignment, Member, Move
from monitor.stories.book import Story
from monitor.stories.signature import Signature

_SCHEMA = """
CREATE TABLE IF NOT EXISTS story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    at TEXT NOT NULL,
    home TEXT NOT NULL,
    signature TEXT NOT NULL,
    reasons TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS story_members_at ON story_members (at);
CREATE INDEX IF NOT EXISTS story_members_story ON story_members (story_id);
"""

_CHUNK = 400  # bound parameters per statement


class SqliteStories:
    """:class:`monitor.stories.service.StoryStore` on SQLite. Thread-safe like the article store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = connect(path)
        self._lock = threading.Lock()
        self._conn.executescript(_SCHEMA)

    def assigned(self, article_ids: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for chunk in _chunks(list(article_ids)):
            rows = self._conn.execute(
                f"SELECT article_id, story_id FROM story_members WHERE article_id IN ({_marks(chunk)})", chunk
            )
            out.update({r["article_id"]: r["story_id"] for r in rows})
        return out

    def members_near(self, countries: Iterable[str], start: datetime, end: datetime) -> list[Member]:
        wanted = set(countries)
        rows = self._conn.execute(
            "SELECT story_id, home, signature FROM story_members WHERE at >= ? AND at <= ?",
            (sortable(start), sortable(end)),
        ).fetchall()
        rows = [r for r in rows if wanted & set(json.loads(r["home"]))]
        sizes = self._sizes({r["story_id"] for r in rows})
        return [Member(r["story_id"], Signature.from_json(json.loads(r["signature"])), sizes[r["story_id"]])
                for r in rows]

    def _sizes(self, story_ids: set[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for chunk in _chunks(sorted(story_ids)):
            rows = self._conn.execute(
                f"SELECT story_id, count(*) AS n FROM story_members WHERE story_id IN ({_marks(chunk)})"
                " GROUP BY story_id", chunk,
            )
            out.update({r["story_id"]: r["n"] for r in rows})
        return out

    def save(self, added: Sequence[tuple[Signature, Assignment]], moves: Sequence[Move]) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT INTO story_members (article_id, story_id, at, home, signature, reasons)"
                    " VALUES (?,?,?,?,?,?) ON CONFLICT(article_id) DO NOTHING",
                    [(sig.article_id, d.story_id, sortable(sig.when), json.dumps(sorted(sig.home)),
                      json.dumps(sig.as_json(), ensure_ascii=False), json.dumps(d.reasons, ensure_ascii=False))
                     for sig, d in added],
                )
                self._conn.executemany(
                    "UPDATE story_members SET story_id = ?, reasons = ? WHERE article_id = ? AND story_id = ?",
                    [(m.to_story, json.dumps(m.reasons, ensure_ascii=False), m.article_id, m.from_story)
                     for m in moves],
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def _stories(self, story_ids: Iterable[str]) -> dict[str, Story]:
        stories: dict[str, Story] = {}
        for chunk in _chunks(sorted(set(story_ids))):
            rows = self._conn.execute(
                f"SELECT story_id, signature FROM story_members WHERE story_id IN ({_marks(chunk)})", chunk
            )
            for r in rows:
                stories.setdefault(r["story_id"], Story(r["story_id"])).add(
                    Signature.from_json(json.loads(r["signature"]))
                )
        return stories

    def story(self, story_id: str) -> Story | None:
        return self._stories([story_id]).get(story_id)

    def stories_of(self, article_ids: Sequence[str]) -> dict[str, Story]:
        of = self.assigned(article_ids)
        stories = self._stories(of.values())
        return {aid: stories[sid] for aid, sid in of.items() if sid in stories}

    def stories_between(self, start: datetime, end: datetime) -> list[Story]:
        rows = self._conn.execute(
            "SELECT DISTINCT story_id FROM story_members WHERE at >= ? AND at < ?", (sortable(start), sortable(end))
        )
        stories = self._stories(r["story_id"] for r in rows)
        return sorted(stories.values(), key=lambda s: (s.first, s.id))

    def reasons(self, article_id: str) -> list[str]:
        row = self._conn.execute("SELECT reasons FROM story_members WHERE article_id = ?", (article_id,)).fetchone()
        return json.loads(row["reasons"]) if row else []

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(DISTINCT story_id) FROM story_members").fetchone()[0])

    def close(self) -> None:
        self._conn.close()


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _marks(items: Sequence[object]) -> str:
    return ",".join("?" * len(items))

