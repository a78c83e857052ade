"""The embedded store: articles with their enrichment in SQLite, searchable through FTS5.

The FTS table holds our own normalised text (not the raw text), so documents, queries and alerts are folded
by one function; and one ``tags`` column of canonical tags, so a query in one language finds articles in
another. Writes are idempotent by article id.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from monitor.dates import aware, day_of, sortable
from monitor.highlight import match_spans, snippet
from monitor.mentions import mention_tags
from monitor.model import Article
from monitor.normalize import normalize
from monitor.query import (
    ALL_TOKEN,
    Node,
    QueryError,
    fts_tag_token,
    highlight_terms,
    positive_terms,
    to_fts5,
)
from monitor.rejects import RejectsFile
from monitor.settings import private_file
from monitor.store.base import Hit, SearchRequest, SearchResult, Stats, WriteResult, complete_names, filter_node
from monitor.store.sqlite_columns import columns_for, match_rowids
from monitor.tags import entity_tags

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    url TEXT, source TEXT, title TEXT NOT NULL, text TEXT NOT NULL,
    published TEXT, fetched TEXT, day TEXT,
    lang TEXT, lang_score REAL, relevant INTEGER NOT NULL, score REAL,
    countries TEXT NOT NULL, entities TEXT NOT NULL, reasons TEXT NOT NULL, tags TEXT NOT NULL,
    cluster TEXT, content_hash TEXT NOT NULL, stored_at TEXT NOT NULL,
    at TEXT, date_source TEXT, seq INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS articles_day ON articles(day);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    body, tags, tokenize = "unicode61 remove_diacritics 0 tokenchars '_'"
);
"""


def connect(path: Path) -> sqlite3.Connection:
    """A connection tuned for one writer and concurrent readers (WAL), shared by the embedded stores."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    private_file(path)  # 0600: the registry in it holds alert secrets and webhook URLs
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


def _content_hash(article: Article) -> str:
    payload = article.model_dump_json(exclude={"fetched"})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# Columns added since the first release: (name, type). Opening an older file adds and fills them.
_ADDED_COLUMNS = (("at", "TEXT"), ("date_source", "TEXT"), ("seq", "INTEGER NOT NULL DEFAULT 0"))


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring a store written by an older version up to date: ``at`` (the publication time as fixed-width UTC
    text, what date filters compare) and ``day`` recomputed from it. Before, ``day`` fell back to the fetch time
    and filters compared ISO strings with mixed offsets, so a day-only date dropped out of its own day."""
    have = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    missing = [(name, kind) for name, kind in _ADDED_COLUMNS if name not in have]
    if missing:
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name, kind in missing:
                conn.execute(f"ALTER TABLE articles ADD COLUMN {name} {kind}")
            rows = conn.execute("SELECT rowid, published FROM articles").fetchall()
            for row in rows:
                published = _parse_stored(row["published"])
                conn.execute("UPDATE articles SET at = ?, day = ?, seq = rowid WHERE rowid = ?",
                             (sortable(published) if published else None, day_of(published), row["rowid"]))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    conn.execute("CREATE INDEX IF NOT EXISTS articles_at ON articles(at)")
    conn.execute("CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq)")


def _parse_stored(value: str | None) -> datetime | None:
    return aware(datetime.fromisoformat(value)) if value else None


def row_to_article(row: sqlite3.Row) -> Article:
    return Article(
        id=row["id"],
        url=row["url"],
        source=row["source"],
        title=row["title"],
        text=row["text"],
        published=row["published"],
        fetched=row["fetched"],
        lang=row["lang"],
        lang_score=row["lang_score"] or 0.0,
        relevant=bool(row["relevant"]),
        score=row["score"] or 0.0,
        countries=json.loads(row["countries"]),
        entities=json.loads(row["entities"]),
        reasons=json.loads(row["reasons"]),
        tags=json.loads(row["tags"]),
        cluster=row["cluster"],
        date_source=row["date_source"],
    )


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def decode_cursor(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        kind, value = base64.urlsafe_b64decode(cursor.encode()).decode().split(":", 1)
        if kind != "o" or int(value) < 0:
            raise ValueError
        return int(value)
    except (ValueError, UnicodeDecodeError) as exc:
        raise QueryError("invalid cursor", 0, cursor) from exc


def body_weight(node: Node) -> float:
    """0 when every word of the query names a concept or a canonical entity: such a query is scored by the
    mentions of what it names, in any language and script, so an Arabic article ranks for "ambassador" as an
    English one does (its own spelling of the word counts once, as a mention). Otherwise words count too."""
    terms = positive_terms(node)
    return 0.0 if all(t.tags for t in terms) else 1.0


#: Past this many matches, relevance ranks the newest this many (see :meth:`SqliteStore._ranked`).
RANK_WINDOW = 50_000


class SqliteStore:
    """Articles in SQLite with FTS5 search. Thread-safe for the embedded pipeline and the API."""

    def __init__(self, path: Path, rejects: RejectsFile | None = None) -> None:
        self.path = path
        self.rejects = rejects
        self._conn = connect(path)
        self._lock = threading.Lock()
        self._conn.executescript(_SCHEMA)
        _migrate(self._conn)
        self._seq = 0
        self._columns = columns_for(path)

    # -- writes -----------------------------------------------------------------------------------

    def upsert_articles(self, articles: Sequence[Article]) -> WriteResult:
        result = WriteResult()
        now = datetime.now(UTC).isoformat()
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                # Every written row gets the next write number: readers load what changed since their last look.
                self._seq = int(self._conn.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
                for article in articles:
                    try:
                        self._upsert_one(article, now, result)
                    except (sqlite3.Error, ValueError, TypeError) as exc:
                        self._reject(article, f"{type(exc).__name__}: {exc}", result)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return result

    def _reject(self, article: Article, reason: str, result: WriteResult) -> None:
        """A document SQLite refused: reported in the result and kept in the rejects file with its bytes."""
        result.failed.append((article.id, reason))
        if self.rejects is not None:
            self.rejects.add(f"article {article.id}", f"store write failed: {reason}",
                             article.model_dump_json().encode("utf-8", "backslashreplace"), stage="store")

    def refresh(self) -> None:
        """Writes are visible as soon as they are committed: nothing to do."""

    def _upsert_one(self, article: Article, now: str, result: WriteResult) -> None:
        digest = _content_hash(article)
        row = self._conn.execute("SELECT rowid, content_hash FROM articles WHERE id = ?", (article.id,)).fetchone()
        if row is not None and row["content_hash"] == digest:
            result.unchanged += 1
            return
        values = (
            article.url, article.source, article.title, article.text,
            article.published.isoformat() if article.published else None,
            article.fetched.isoformat() if article.fetched else None,
            day_of(article.published), article.lang, article.lang_score, int(article.relevant), article.score,
            json.dumps(article.countries, ensure_ascii=False),
            json.dumps([e.model_dump(exclude_none=True) for e in article.entities], ensure_ascii=False),
            json.dumps(article.reasons, ensure_ascii=False), json.dumps(article.tags, ensure_ascii=False),
            article.cluster, digest, now,
            sortable(article.published) if article.published else None, article.date_source,
            self._seq + 1,
        )
        self._seq += 1
        if row is None:
            cur = self._conn.execute(
                "INSERT INTO articles (url, source, title, text, published, fetched, day, lang, lang_score, relevant,"
                " score, countries, entities, reasons, tags, cluster, content_hash, stored_at, at, date_source, seq,"
                " id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, article.id),
            )
            rowid = cur.lastrowid
        else:
            rowid = row["rowid"]
            self._conn.execute(
                "UPDATE articles SET url=?, source=?, title=?, text=?, published=?, fetched=?, day=?, lang=?,"
                " lang_score=?, relevant=?, score=?, countries=?, entities=?, reasons=?, tags=?, cluster=?,"
                " content_hash=?, stored_at=?, at=?, date_source=?, seq=? WHERE id=?",
                (*values, article.id),
            )
            self._conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (rowid,))
        # Each tag once per mention, so BM25 ranks an article found through a concept or a canonical entity
        # (an Arabic article for "ambassador") by how much it is about it, as it ranks words.
        tags = " ".join([ALL_TOKEN, *(fts_tag_token(t) for t in mention_tags(article))])
        self._conn.execute(
            "INSERT INTO articles_fts (rowid, body, tags) VALUES (?, ?, ?)",
            (rowid, normalize(article.full_text), tags),
        )
        result.written += 1

    # -- reads ------------------------------------------------------------------------------------

    def get_article(self, article_id: str) -> Article | None:
        row = self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row_to_article(row) if row else None

    def get_articles(self, article_ids: Sequence[str]) -> dict[str, Article]:
        out: dict[str, Article] = {}
        ids = list(dict.fromkeys(article_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._conn.execute(f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            out.update((r["id"], row_to_article(r)) for r in rows)
        return out

    def for_thread(self) -> SqliteStore:
        """A new connection: SQLite in WAL mode lets each thread read with its own, beside the writer."""
        return SqliteStore(self.path, self.rejects)

    def count(self, relevant_only: bool = False) -> int:
        sql = "SELECT count(*) FROM articles" + (" WHERE relevant = 1" if relevant_only else "")
        return int(self._conn.execute(sql).fetchone()[0])

    def iter_articles(self, relevant_only: bool = True, batch: int = 500,
                      newest_first: bool = False) -> Iterator[Article]:
        """All stored articles, oldest first, or newest first (a bounded dry run of an alert sees the latest).

        Reads through a connection of its own (WAL: never blocks writers), so a long scan does not hold
        this store's connection while searches and writes go on."""
        last = 2**63 - 1 if newest_first else 0
        where = "relevant = 1 AND " if relevant_only else ""
        step, order = ("<", "DESC") if newest_first else (">", "ASC")
        conn = connect(self.path)
        try:
            while True:
                rows = conn.execute(
                    f"SELECT rowid, * FROM articles WHERE {where} rowid {step} ? ORDER BY rowid {order} LIMIT ?",
                    (last, batch),
                ).fetchall()
                if not rows:
                    return
                for row in rows:
                    yield row_to_article(row)
                last = rows[-1]["rowid"]
        finally:
            conn.close()

    def stats(self, since: datetime | None = None, until: datetime | None = None,
              relevant_only: bool = True) -> Stats:
        """One GROUP BY over (day, lang, countries), in a read connection of its own."""
        where = ["day IS NOT NULL"]
        params: list[object] = []
        if relevant_only:
            where.append("relevant = 1")
        if since:
            where.append("day >= ?")
            params.append(since.date().isoformat())
        if until:
            where.append("day < ?")
            params.append(until.date().isoformat())
        conn = connect(self.path)
        try:
            rows = conn.execute(
                "SELECT day, lang, countries, count(*) AS n FROM articles WHERE " + " AND ".join(where)
                + " GROUP BY day, lang, countries",
                params,
            ).fetchall()
        finally:
            conn.close()
        stats = Stats()
        for row in rows:
            stats.add(row["day"], row["lang"], json.loads(row["countries"]), int(row["n"]))
        stats.days = sorted(stats.total)
        return stats

    def search(self, request: SearchRequest) -> SearchResult:
        """Matches from FTS5 as one array of rowids; filters, the total and the facets from the in-memory
        columns; the page ranked by FTS5's BM25 (or newest first) and read from the table once."""
        node = complete_names(filter_node(request), self)
        match = to_fts5(node)
        offset = decode_cursor(request.cursor)
        limit = max(1, min(request.limit, 500))
        columns = self._columns
        try:
            columns.refresh(self._conn)
            found = columns.keep(match_rowids(self._conn, match), request.relevant_only, request.since,
                                 request.until)
            if request.sort == "newest":
                page = [(int(r), 0.0) for r in columns.newest(found, offset, offset + limit + 1)]
            else:
                page = self._ranked(match, found, offset + limit + 1, body_weight(node))[offset:]
        except sqlite3.OperationalError as exc:  # a translation bug must not look like "no results"
            raise QueryError(f"search failed: {exc}", 0, request.query) from exc
        facets = columns.facets(found) if request.facets else {}
        rows = {}
        if page:
            wanted = [r for r, _ in page[:limit]]
            rows = {row["rowid"]: row for row in self._conn.execute(
                f"SELECT rowid, * FROM articles WHERE rowid IN ({','.join('?' * len(wanted))})", wanted)}
        terms = highlight_terms(node)
        hits = []
        for rowid, score in page[:limit]:
            row = rows.get(rowid)
            if row is None:  # rewritten since the match: it is on the next search
                continue
            article = row_to_article(row)
            tag_map = {i: entity_tags(e) for i, e in enumerate(article.entities)}
            spans = match_spans(article, terms, tag_map)
            hits.append(
                Hit(
                    id=article.id, title=article.title, lang=article.lang, countries=article.countries,
                    score=score, snippet=snippet(article, spans), url=article.url,
                    source=article.source, published=article.published, date_source=article.date_source,
                    entities=article.entities, cluster=article.cluster,
                )
            )
        next_cursor = encode_cursor(offset + limit) if len(page) > limit else None
        return SearchResult(hits=hits, total=len(found), facets=facets, next_cursor=next_cursor)

    def _ranked(self, match: str, found: np.ndarray, wanted: int, words: float = 1.0) -> list[tuple[int, float]]:
        """The first ``wanted`` of ``found`` by BM25 over words (weight ``words``) and tag mentions, ties newest
        first.

        FTS5 scores a match in about a microsecond. Up to :data:`RANK_WINDOW` matches every one is scored; past
        that, the newest :data:`RANK_WINDOW` (by rowid, the order they were stored in) are, so a query that
        matches a third of a million articles still answers in time: relevance among the latest."""
        if not len(found) or wanted <= 0:
            return []
        keep = np.zeros(int(found.max()) + 1, dtype=bool)
        keep[found] = True
        window = np.sort(found)[-RANK_WINDOW:]
        low = int(window[0])
        batch = max(wanted * 2, 64)
        while True:
            rows = self._conn.execute(
                "SELECT rowid, bm25(articles_fts, ?, 1.0) FROM articles_fts WHERE articles_fts MATCH ?"
                " AND rowid >= ? ORDER BY 2, rowid DESC LIMIT ?", (words, match, low, batch)).fetchall()
            kept = [(int(r), -float(score)) for r, score in rows if r < len(keep) and keep[r]]
            if len(kept) >= wanted or len(rows) < batch:
                return kept[:wanted]
            batch *= 4  # filters dropped many of the best: look further down the ranking

    def tags_starting(self, prefix: str, limit: int = 10) -> list[tuple[str, int]]:
        """From FTS5's own vocabulary of the tags column (a range scan of the index, no article read)."""
        self._conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.articles_vocab USING fts5vocab(main, articles_fts, 'row')")
        token = fts_tag_token(prefix)
        rows = self._conn.execute(
            "SELECT term, doc FROM temp.articles_vocab WHERE term >= ? AND term < ? ORDER BY doc DESC LIMIT ?",
            (token, token + "\U0010ffff", max(1, limit * 5)),
        ).fetchall()
        wanted = {fts_tag_token(t): t for t in self._tags_named([r[0] for r in rows])}
        return [(wanted[r[0]], int(r[1])) for r in rows if r[0] in wanted][:limit]

    def _tags_named(self, tokens_: list[str]) -> list[str]:
        """The tags behind FTS5 tag tokens (``t_name_кыстафин`` -> ``name:кыстафин``), read from the articles
        that carry them (the token folds ``:`` and ``-`` away)."""
        out: list[str] = []
        for token in tokens_:
            row = self._conn.execute(
                "SELECT a.tags FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                " WHERE articles_fts MATCH ? LIMIT 1", (f'tags : "{token}"',)).fetchone()
            if row:
                out += [t for t in json.loads(row[0]) if fts_tag_token(t) == token][:1]
        return out

    def close(self) -> None:
        self._conn.close()
