"""Export of search results: every matching article as CSV (spreadsheets) or JSON Lines (scripts).

One definition of the exported record for ``monitor export`` and ``GET /api/export``: the hit's fields (as
``monitor search --json`` and the API give them, snippet left out) plus the article's text and the reasons it
was kept. Pages are read with the store's cursor, so an export of any size holds one page in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import replace
from typing import IO, Any

from monitor.store.base import SearchRequest, Store

FORMATS = ("csv", "jsonl")
CSV_COLUMNS = ("id", "published", "date_source", "source", "lang", "countries", "title", "url", "score",
               "entities", "reasons", "text")
PAGE = 200


def records(store: Store, request: SearchRequest, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The matching articles, in the request's order, as export records."""
    request = replace(request, limit=PAGE, facets=False, cursor=None)
    sent = 0
    while True:
        result = store.search(request)
        articles = store.get_articles([h.id for h in result.hits])  # the texts of the page, in one read
        for hit in result.hits:
            if limit is not None and sent >= limit:
                return
            article = articles.get(hit.id)
            record = hit.as_json()
            record.pop("snippet", None)
            record["text"] = article.text if article else ""
            record["reasons"] = article.reasons if article else []
            yield record
            sent += 1
        if not result.next_cursor or not result.hits:
            return
        request = replace(request, cursor=result.next_cursor)


def csv_row(record: dict[str, Any]) -> list[str]:
    """Lists joined with "; " (entities as their canonical names), so each cell is one spreadsheet value."""
    out = []
    for column in CSV_COLUMNS:
        value = record.get(column)
        if column == "entities":
            value = "; ".join(str(e["canonical"]) for e in value or [])
        elif isinstance(value, list):
            value = "; ".join(str(v) for v in value)
        out.append("" if value is None else str(value))
    return out


def write_export(store: Store, request: SearchRequest, out: IO[str], fmt: str, limit: int | None = None) -> int:
    """Write the export to ``out``; returns how many articles were written."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    writer = csv.writer(out) if fmt == "csv" else None
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records(store, request, limit):
        if writer is not None:
            writer.writerow(csv_row(record))
        else:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count
