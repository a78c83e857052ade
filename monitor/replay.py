"""Reading saved articles for replay: text files (first line title, rest body), folders, JSON Lines.

Every input item becomes either an :class:`Article` or a :class:`Reject` with a reason; the reader never
raises on bad input, so one broken file cannot stop a run. Decoding: BOMs, then UTF-8, then detection with
charset-normalizer (legacy Arabic/Persian pages are often Windows-1256).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from charset_normalizer import from_bytes
from pydantic import TypeAdapter

from monitor import dates
from monitor.model import Article, article_id_for_content, article_id_for_url

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES


@dataclass
class Reject:
    """An input item that could not become an article; ``raw`` keeps its bytes for the rejects file."""

    item: str
    reason: str
    raw: bytes = b""


class DecodeError(ValueError):
    pass


def decode_bytes(raw: bytes) -> tuple[str, str]:
    """Decode text of unknown encoding; returns (text, encoding). Raises DecodeError for binary data."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" in raw[:4096]:
        raise DecodeError("binary data (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Arabic-script legacy encodings first: charset-normalizer alone sometimes prefers a Cyrillic code page
    # for short Windows-1256 text, which decodes without error into nonsense.
    for encoding in ("cp1256",):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_arabic_script(text):
            return text, encoding
    best = from_bytes(raw[:200_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("undecodable bytes: not UTF-8 and no known encoding fits")
    text = raw.decode(best.encoding, errors="replace")
    if _printable_share(text) < 0.85:
        raise DecodeError(f"binary or garbled data (best guess {best.encoding})")
    return text, best.encoding


def _mostly_arabic_script(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    arabic = sum("\u0600" <= ch <= "\u06ff" for ch in letters)
    return arabic / len(letters) > 0.6


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    good = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return good / len(text)


def article_from_text(text: str, *, source: str | None = None) -> Article:
    """A file's text as an article: the first non-empty line is the title, the rest is the body."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip() if lines else ""
    body = "\n".join(lines[1:]).strip()
    now = datetime.now(UTC)
    published, date_source = dates.choose([(dates.find_dateline(f"{title}\n{body}", now), "dateline")], now)
    return Article(
        id=article_id_for_content(title, body), source=source, title=title, text=body,
        published=published, date_source=date_source, fetched=now,
    )


def article_from_json(obj: object, item: str) -> Article:
    """A JSON object as an article: ``text`` (or ``body``) required; id from the URL or the content."""
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    text = obj.get("text", obj.get("body"))
    if not isinstance(text, str) or not text.strip():
        raise ValueError("missing or empty 'text'")
    title = obj.get("title") or ""
    if not isinstance(title, str):
        raise ValueError("'title' must be a string")
    url = obj.get("url")
    if url is not None and not isinstance(url, str):
        raise ValueError("'url' must be a string")
    given = obj.get("id")
    article_id = str(given) if given not in (None, "") else (
        article_id_for_url(url) if url else article_id_for_content(title, text)
    )
    given = obj.get("published")
    now = datetime.now(UTC)
    # The record's own date first (unless it lies in the future), then the dateline of its text. The fetch
    # time is no publication date for a replayed file: an undated record stays undated.
    try:
        stated = _DATETIME.validate_python(given) if given else None
    except ValueError:
        raise ValueError(f"'published' is not a date: {str(given)[:80]!r}") from None
    published, date_source = dates.choose(
        [(stated, "record"),
         (dates.find_dateline(f"{title}\n{text}", now), "dateline")], now)
    return Article(
        id=article_id, url=url, source=obj.get("source"), title=title, text=text,
        published=published, date_source=date_source, fetched=now,
    )


_DATETIME = TypeAdapter(datetime)


def _iter_files(paths: Iterable[Path]) -> Iterator[Path | Reject]:
    for path in paths:
        if path.is_dir():
            # In a folder only article files count (feeds.yaml and friends live beside the seeds).
            for child in sorted(path.rglob("*")):
                if child.is_file() and not child.name.startswith(".") and child.suffix.lower() in ARTICLE_SUFFIXES:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield Reject(str(path), "no such file or folder")


def read_items(paths: Iterable[Path], max_bytes: int) -> Iterator[Article | Reject]:
    """Every article (or reject) in ``paths``: files, folders (recursively) and ``.jsonl`` files."""
    for entry in _iter_files(paths):
        if isinstance(entry, Reject):
            yield entry
            continue
        name = str(entry)
        try:
            size = entry.stat().st_size
        except OSError as exc:
            yield Reject(name, f"cannot read: {exc}")
            continue
        if entry.suffix.lower() in JSONL_SUFFIXES:
            yield from _read_jsonl(entry, max_bytes)
            continue
        if size == 0:
            yield Reject(name, "empty file")
            continue
        if size > max_bytes:
            # Keep the first part in the rejects file; the original stays where it is.
            with entry.open("rb") as fh:
                head = fh.read(65536)
            yield Reject(name, f"file too large: {size} bytes (limit {max_bytes}; MONITOR_MAX_ARTICLE_BYTES)", head)
            continue
        raw = entry.read_bytes()
        try:
            text, _encoding = decode_bytes(raw)
        except (DecodeError, UnicodeDecodeError) as exc:
            yield Reject(name, str(exc), raw)
            continue
        if not text.strip():
            yield Reject(name, "file has no text (only whitespace)", raw)
            continue
        yield article_from_text(text, source=None)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Article | Reject]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            item = f"{path}:{lineno}"
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                yield Reject(item, f"line too large: {len(raw)} bytes (limit {max_bytes})", raw[:65536])
                continue
            try:
                text, _ = decode_bytes(raw)
                yield article_from_json(json.loads(text), item)
            except (ValueError, DecodeError, RecursionError) as exc:  # RecursionError: [[[[... nested too deeply
                yield Reject(item, f"invalid JSON line: {type(exc).__name__}: {exc}"[:500], raw)
