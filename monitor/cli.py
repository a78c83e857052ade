"""The ``monitor`` command line. Thin: every command delegates to the core or an adapter."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from monitor.query import QueryError
from monitor.settings import Settings, get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__ and "Central-Asia diplomacy news monitor.")
alerts_app = typer.Typer(no_args_is_help=True, help="Keyword alerts: add, list, remove, tail, test.")
dev_app = typer.Typer(no_args_is_help=True, help="Local Apache Kafka and OpenSearch for development and tests.")
users_app = typer.Typer(no_args_is_help=True, help="API users: add (prints the token once), list, remove.")
app.add_typer(alerts_app, name="alerts")
app.add_typer(dev_app, name="dev")
app.add_typer(users_app, name="users")

console = Console()
err = Console(stderr=True)


def _settings() -> Settings:
    return get_settings()


_VERBOSE = {"on": False}


def _say_store(settings: Settings) -> None:
    """With ``-v``, every command that reads or writes articles says which store (a new shell with another
    MONITOR_DATA_DIR reads another store, and "0 matches" alone does not say so)."""
    if _VERBOSE["on"]:
        from monitor.store import store_label

        err.print(f"store: {store_label(settings)}", highlight=False, markup=False, soft_wrap=True)


def _fail(message: str, code: int = 2) -> typer.Exit:
    """One clear line on stderr and the exit to raise (2: the user's input, 1: a failure while working)."""
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")] = False) -> None:
    """Central-Asia diplomacy news monitor: replay, classify, search, alerts, crawl, stream workers."""
    import os

    os.umask(0o077)  # everything this process writes (data folder, SQLite, rejects, tokens) is the user's only
    _setup_logging(verbose)
    _VERBOSE["on"] = verbose


# ------------------------------------------------------------------------------------------------ replay


@app.command()
def replay(
    paths: Annotated[list[Path], typer.Argument(help="Files (first line title, rest body), folders, or .jsonl files.")],
    rate: Annotated[float | None, typer.Option(help="Articles per second (default: as fast as possible).")] = None,
    batch: Annotated[int, typer.Option(min=1, max=10_000, help="Articles per pipeline batch.")] = 50,
) -> None:
    """Feed saved articles through the pipeline (idempotent: replaying twice stores and alerts once).

    Exits 1 when any item was rejected (named on stderr, kept in the rejects file) or a delivery failed."""
    from monitor.pipeline import Summary, open_sink
    from monitor.rejects import RejectsFile
    from monitor.replay import Reject, read_items

    if rate is not None and not rate > 0:
        raise typer.BadParameter(f"must be more than 0 articles per second, not {rate}", param_hint="--rate")
    settings = _settings()
    settings.ensure_data_dir()
    _say_store(settings)
    rejects = RejectsFile(settings.data_dir)
    try:
        sink = open_sink(settings, rate=rate)
    except Exception as exc:  # unreachable broker / engine: one clear line, not a traceback
        err.print(f"[red]error:[/red] cannot open the pipeline: {exc}")
        raise typer.Exit(2) from exc
    total = Summary()
    pending: list = []
    shown: list = []  # small replays list their articles: the seeds demo shows each decision
    embedded_rate = rate if not settings.kafka else None
    step = 1 if embedded_rate else max(1, batch)
    started = time.monotonic()
    with Progress(
        TextColumn("[bold]replay"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
        TimeElapsedColumn(), console=err, transient=False, disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task("", total=None)
        try:
            for item in read_items(paths, settings.max_article_bytes):
                if isinstance(item, Reject):
                    rejects.add(item.item, item.reason, item.raw, log_level=logging.DEBUG)  # named just below
                    err.print(f"[yellow]rejected[/yellow] {_escape(item.item)}: {_escape(item.reason)}",
                              highlight=False, soft_wrap=True)
                    total.rejected += 1
                    total.read += 1
                    continue
                pending.append(item)
                if len(shown) <= _LIST_LIMIT:
                    shown.append(item.id)
                if len(pending) >= step:
                    total = total + sink.submit(pending)
                    progress.update(task, advance=len(pending), description=f"relevant {total.relevant}")
                    pending = []
                    if embedded_rate:
                        due = started + total.read / embedded_rate
                        time.sleep(max(0.0, due - time.monotonic()))
            if pending:
                total = total + sink.submit(pending)
                progress.update(task, advance=len(pending))
        finally:
            try:
                sink.close()
            except Exception as exc:
                err.print(f"[red]error:[/red] {exc}")
                raise typer.Exit(1) from exc
    if settings.kafka:
        console.print(f"read {total.read}, sent to Kafka {total.sent}, rejected {total.rejected}")
    else:
        console.print(
            f"read {total.read}, relevant {total.relevant}, stored {total.stored}, unchanged {total.unchanged}, "
            f"rejected {total.rejected}, alerts fired {total.alerts_fired}"
            + (f", story updates held {total.alert_updates}" if total.alert_updates else "")
            + (f", webhooks delivered {total.delivered}, failed {total.delivery_failed}"
               if total.delivered or total.delivery_failed else "")
        )
        if total.stories_new or total.stories_joined:
            console.print(f"stories: {total.stories_new} new, {total.stories_joined} joined an earlier report's story")
        if len(shown) <= _LIST_LIMIT:
            _print_articles(settings, shown)
        for alert, article_id in total.fired:
            console.print(f"  alert [bold]{alert}[/bold] fired for {article_id}")
    if total.rejected:
        err.print(f"{total.rejected} item(s) rejected; they are kept in {rejects.path}", highlight=False)
    if total.delivery_failed:
        err.print(f"{total.delivery_failed} delivery(ies) failed: see `monitor alerts failed`", highlight=False)
    if total.rejected or total.delivery_failed:
        raise typer.Exit(1)


_LIST_LIMIT = 50


def _print_articles(settings: Settings, ids: list[str]) -> None:
    """A table of the replayed articles with their enrichment (for small replays such as the seeds)."""
    from monitor.store import open_store

    if not ids:
        return
    store = open_store(settings)
    table = Table("id", "lang", "relevant", "score", "date", "countries", "title")
    try:
        for article_id in dict.fromkeys(ids):
            article = store.get_article(article_id)
            if article is None:
                continue
            table.add_row(article.id[:12], article.lang or "?", "yes" if article.relevant else "no",
                          f"{article.score:.2f}", _date_label(article.published, article.date_source),
                          ", ".join(article.countries[:4]), article.title[:60])
    finally:
        store.close()
    console.print(table)


# ------------------------------------------------------------------------------------------------ classify


def classify_line(line: str, in_scope: tuple[str, ...]) -> dict[str, object]:
    """One ``classify`` input line to its output object (or an error object for that line)."""
    from monitor.enrich import enrich
    from monitor.model import Article, article_id_for_content

    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "error": f"invalid JSON: {exc}"}
    if not isinstance(obj, dict):
        return {"id": None, "error": "expected a JSON object"}
    raw_id = obj.get("id")
    text, title = obj.get("text"), obj.get("title") or ""
    if not isinstance(text, str):
        return {"id": raw_id, "error": "missing 'text' (a string)"}
    if not isinstance(title, str):
        return {"id": raw_id, "error": "'title' must be a string"}
    article_id = str(raw_id) if raw_id not in (None, "") else article_id_for_content(title, text)
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    article = enrich(Article(id=article_id, title=title, text=text, url=url), in_scope)
    return {
        "id": raw_id if raw_id is not None else article_id,
        "lang": article.lang,
        "lang_score": article.lang_score,
        "relevant": article.relevant,
        "score": article.score,
        "countries": article.countries,
        "entities": [e.model_dump(exclude_none=True) for e in article.entities],
        "reasons": article.reasons,
    }


@app.command()
def classify(
    file: Annotated[str, typer.Argument(help="JSON Lines file of {id, text, title?, url?}, or - for stdin.")] = "-",
) -> None:
    """Enrich JSON Lines: language, relevance, countries, entities, reasons; one output line per input line."""
    settings = _settings()
    try:
        stream = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115
    except OSError as exc:
        raise _fail(f"cannot read {file}: {exc.strerror or exc}") from None
    out = sys.stdout
    errors = 0
    try:
        for lineno, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                result: dict[str, object] = {"id": None, "error": f"line {lineno} is not UTF-8: {exc}"}
            else:
                try:
                    result = classify_line(line, settings.in_scope_countries)
                except Exception as exc:  # never lose the rest of the stream to one article
                    result = {"id": None, "error": f"line {lineno}: {type(exc).__name__}: {exc}"}
            if "error" in result:
                errors += 1
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            out.flush()
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    if errors:
        err.print(f"{errors} line(s) could not be classified (see their error objects)")
        raise typer.Exit(1)


# ------------------------------------------------------------------------------------------------ search


def _bound(value: str | None, *, end: bool) -> datetime | None:
    """``--since``/``--until``: a day covers the whole day (``--until 2025-11-10`` includes it)."""
    from monitor.dates import parse_bound

    if not value:
        return None
    try:
        return parse_bound(value, end=end)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc


_MARK = re.compile(r"<mark>(.*?)</mark>")


def _date_label(published: datetime | None, source: str | None) -> str:
    """``2025-10-22`` (and where the date came from unless a feed or metadata said it), or ``undated``."""
    if published is None:
        return "undated"
    day = published.date().isoformat()
    return f"{day} ({source})" if source in ("dateline", "fetched") else day


def _request(query: str, lang: str | None, country: str | None, source: str | None, since: str | None,
             until: str | None, limit: int, include_irrelevant: bool, sort: str):  # type: ignore[no-untyped-def]
    from monitor.store.base import SORTS, SearchRequest

    start, end = _bound(since, end=False), _bound(until, end=True)
    if start and end and end <= start:
        raise typer.BadParameter("--until is before --since")
    if sort not in SORTS:
        raise typer.BadParameter(f"choose {' or '.join(SORTS)}, not {sort!r}", param_hint="--sort")
    return SearchRequest(query=query, lang=lang, country=country, source=source, since=start, until=end,
                         limit=limit, relevant_only=not include_irrelevant, sort=sort)


def _open_store(settings: Settings):  # type: ignore[no-untyped-def]
    from monitor.store import open_store

    _say_store(settings)
    try:
        return open_store(settings)
    except Exception as exc:  # engine unreachable or refused: one clear line, not a traceback
        raise _fail(f"cannot open the store: {exc}") from exc


def _warn_if_empty(settings: Settings, store) -> None:  # type: ignore[no-untyped-def]
    from monitor.store import store_label

    if store.count() == 0:
        err.print(f"[yellow]warning:[/yellow] the store is empty: {store_label(settings)}. Replay or crawl "
                  "first, or set MONITOR_DATA_DIR / MONITOR_SEARCH_URL to the store you filled.",
                  highlight=False, soft_wrap=True)


Sort = Annotated[str, typer.Option(help="relevance, or newest (publication date, undated last).")]
Lang = Annotated[str | None, typer.Option(help="Only this language (ar, fa, kk, ru, en, or a name: Arabic).")]
Country = Annotated[str | None, typer.Option(help="Only articles about this country (any language, or ISO: UZ).")]
Source = Annotated[str | None, typer.Option(help="Only this outlet.")]
Since = Annotated[str | None, typer.Option(help="Published on or after this day (2025-11-10) or time.")]
Until = Annotated[str | None, typer.Option(help="Published on or before this day (the day included) or time.")]
All = Annotated[bool, typer.Option("--all", help="Also articles judged out of scope.")]


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND/OR/NOT, country:, lang:, source:, entity:; '
                                              "* for every article")],
    lang: Lang = None,
    country: Country = None,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    sort: Sort = "relevance",
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array of hits (the API's fields).")] = False,
    include_irrelevant: All = False,
    stories: Annotated[bool, typer.Option("--stories", help="Group the hits by story (one event, its reports "
                                                            "in every language).")] = False,
) -> None:
    """Search the stored articles; ranked hits with date, source and highlighted snippets."""
    import html

    settings = _settings()
    request = _request(query, lang, country, source, since, until, limit, include_irrelevant, sort)
    store = _open_store(settings)
    try:
        result = store.search(request)
        if result.total == 0:
            _warn_if_empty(settings, store)
        if stories:
            grouped = _stories_of(settings, store, result.hits)
    except QueryError as exc:
        err.print(f"[red]query error:[/red] {_escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    except Exception as exc:
        raise _fail(f"search failed: {type(exc).__name__}: {exc}", 1) from exc
    finally:
        store.close()
    if stories:
        _print_stories(grouped, as_json)
        return
    if as_json:
        print(json.dumps([h.as_json() for h in result.hits], ensure_ascii=False, indent=1))
        return
    console.print(f"{result.total} match(es)")
    for hit in result.hits:
        console.print(f"[bold]{_escape(hit.title)}[/bold]")
        meta = [_date_label(hit.published, hit.date_source), hit.source or "no source", hit.lang or "?",
                ", ".join(hit.countries), f"score {hit.score:.2f}", hit.id]
        console.print("  [dim]" + _escape("  ·  ".join(m for m in meta if m)) + "[/dim]")
        text = html.unescape(_MARK.sub(lambda m: f"\x00{m.group(1)}\x01", hit.snippet))
        console.print("  " + _escape(text).replace("\x00", "[reverse]").replace("\x01", "[/reverse]"))
        if hit.url:
            console.print(f"  {_escape(hit.url)}", highlight=False)


def _stories_of(settings: Settings, store: object, hits: list) -> list[dict]:
    from monitor.store import open_story_store
    from monitor.stories.view import stories_json

    story_store = open_story_store(settings)
    try:
        return stories_json(store, story_store, hits)  # type: ignore[arg-type]
    finally:
        story_store.close()


def _print_stories(stories: list[dict], as_json: bool) -> None:
    if as_json:
        print(json.dumps(stories, ensure_ascii=False, indent=1))
        return
    console.print(f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'}")
    for story in stories:
        console.print(f"[bold]{_escape(story['title'])}[/bold]")
        countries = ", ".join(e["name"] for e in story["entities"]["countries"][:4])
        console.print("  [dim]" + _escape(f"{story['summary']}  ·  {story['first'][:10]} – {story['last'][:10]}"
                                          f"  ·  {countries}  ·  {story['id']}") + "[/dim]")
        for report in story["reports"]:
            mark = "*" if report["matched"] else " "
            console.print(f"  {mark} {report['lang'] or '?'}  {_escape(report['title'][:90])}  "
                          f"[dim]{_escape(report['source'] or '')}[/dim]")


@app.command()
def briefing(
    day: Annotated[str | None, typer.Option(help="The day (2025-10-22, UTC); default: today.")] = None,
    country: Annotated[str | None, typer.Option(help="Only this in-scope country's stories.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, html or json.")] = "md",
    send: Annotated[bool, typer.Option("--send", help="Also send it to the subscribers of daily digests, each "
                                                      "the stories its alert matches (once per alert and day).")]
    = False,
    base_url: Annotated[str, typer.Option(help="Where the page is served, for the story links.")] = "",
) -> None:
    """The day's stories per in-scope country: counterparts, people and roles, reports per language, links."""
    from datetime import date as date_type

    from monitor.briefing import FORMATS, build_briefing, day_range, render_html, render_markdown
    from monitor.store import open_story_store

    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    try:
        chosen = date_type.fromisoformat(day) if day else datetime.now(UTC).date()
    except ValueError as exc:
        raise _fail(f"--day must be a day such as 2025-10-22, not {day!r}") from exc
    settings = _settings()
    store = _open_store(settings)
    stories = open_story_store(settings)
    try:
        todays = stories.stories_between(*day_range(chosen))
        data = build_briefing(todays, chosen, settings.in_scope_countries, store.get_article, country)
        if send:
            from monitor.alerts.briefing import queue_briefings
            from monitor.alerts.delivery import SmtpConfig, deliver_pending, delivery_policy

            registry = _registry()
            try:
                queued = queue_briefings(registry, todays, chosen, settings.in_scope_countries, store.get_article,
                                         base_url)
                delivered, failed = deliver_pending(
                    registry, retries=settings.webhook_retries, timeout=settings.webhook_timeout_s,
                    smtp=SmtpConfig.from_settings(settings), policy=delivery_policy(settings))
            finally:
                registry.close()
            err.print(f"briefing queued for {len(queued)} subscriber(s); delivered {delivered}, failed {failed}",
                      highlight=False)
    finally:
        stories.close()
        store.close()
    if fmt == "json":
        print(json.dumps(data, ensure_ascii=False, indent=1))
    elif fmt == "html":
        print(render_html(data, base_url))
    else:
        print(render_markdown(data, base_url), end="")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)


@app.command()
def export(
    query: Annotated[str, typer.Argument(help="The search query (as for search; * for every article).")],
    fmt: Annotated[str, typer.Option("--format", help="csv or jsonl.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (default: standard output).")]
    = None,
    lang: Lang = None,
    country: Country = None,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    sort: Sort = "newest",
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many articles (default: all).")] = None,
    include_irrelevant: All = False,
) -> None:
    """Every matching article, for spreadsheets (CSV) and scripts (JSON Lines): the search fields and the text."""
    from monitor.export import FORMATS, write_export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose {' or '.join(FORMATS)}, not {fmt!r}", param_hint="--format")
    settings = _settings()
    request = _request(query, lang, country, source, since, until, 100, include_irrelevant, sort)
    store = _open_store(settings)
    try:
        out = sys.stdout if output is None else output.open("w", encoding="utf-8", newline="")
        try:
            written = write_export(store, request, out, fmt, limit)
        finally:
            if output is not None:
                out.close()
    except QueryError as exc:
        err.print(f"[red]query error:[/red] {_escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror or exc}") from exc
    finally:
        store.close()
    err.print(f"exported {written} article(s)" + (f" to {output}" if output else ""), highlight=False)


# ------------------------------------------------------------------------------------------------ alerts


def _registry():  # type: ignore[no-untyped-def]
    from monitor.alerts.registry import open_registry

    return open_registry(_settings())


@alerts_app.command("add")
def alerts_add(
    name: str,
    query: str,
    webhook: Annotated[str | None, typer.Option(help="POST each match as JSON to this URL.")] = None,
    secret: Annotated[str | None, typer.Option(help="Sign webhook bodies with HMAC-SHA256 using this secret.")] = None,
    email: Annotated[str | None, typer.Option(help="E-mail address for matches.")] = None,
    owner: Annotated[str | None, typer.Option(help="Who owns this alert.")] = None,
    digest: Annotated[str | None, typer.Option(help="hourly or daily: one message per period (needs "
                                                    "--webhook or --email).")] = None,
    per: Annotated[str, typer.Option(help="article (every matching article fires) or story (a story's first "
                                          "matching report fires; its later reports come as one update per "
                                          "digest period).")] = "article",
    replace: Annotated[bool, typer.Option("--replace", help="Replace the alert of that name if there is one.")]
    = False,
) -> None:
    """Add a keyword alert (or, with --replace, change one); it fires once per matching relevant article."""
    from monitor.alerts.delivery import valid_email
    from monitor.alerts.registry import Alert

    if webhook and not re.fullmatch(r"https?://[^\s\x00-\x1f\x7f]+", webhook):
        err.print("[red]error:[/red] --webhook must be an http(s) URL")
        raise typer.Exit(2)
    if email is not None and not valid_email(email):
        err.print("[red]error:[/red] --email must be a plain address such as desk@example.org")
        raise typer.Exit(2)
    if webhook:
        from monitor.alerts.delivery import delivery_policy
        from monitor.crawler.safety import Refused

        try:
            delivery_policy(_settings()).check_static(webhook)
        except Refused as exc:
            err.print(f"[red]error:[/red] --webhook refused: {exc.reason}", highlight=False)
            raise typer.Exit(2) from exc
    registry = _registry()
    if not replace and registry.get(name) is not None:
        raise _fail(f"an alert named {name!r} exists already: add --replace to change it, or choose another name")
    try:
        registry.add(Alert(name=name, query=query, webhook=webhook, secret=secret, email=email, owner=owner,
                           digest=digest, per=per))
    except QueryError as exc:
        err.print(f"[red]query error:[/red] {_escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"alert [bold]{_escape(name)}[/bold] {'saved' if replace else 'added'}: {_escape(query)}")


@alerts_app.command("list")
def alerts_list(
    as_json: Annotated[bool, typer.Option("--json")] = False,
    owner: Annotated[str | None, typer.Option(help="Only this owner's alerts.")] = None,
) -> None:
    """List alerts with their owner, channel and counts (fired, delivered, failed)."""
    alerts = _registry().list(owner)
    if as_json:
        print(json.dumps([a.public() for a in alerts], ensure_ascii=False, indent=1))
        return
    table = Table("name", "query", "owner", "channel", "paused", "fired", "delivered", "failed")
    for a in alerts:
        channel = ", ".join(a.channels) + (f" ({a.digest})" if a.digest else "") or "feed only"
        table.add_row(a.name, a.query, a.owner or "", channel, "yes" if a.paused else "", str(a.fired),
                      str(a.delivered), str(a.failed))
    console.print(table)


@alerts_app.command("remove")
def alerts_remove(name: str) -> None:
    """Remove an alert."""
    if not _registry().remove(name):
        err.print(f"[red]error:[/red] no alert named {name!r}")
        raise typer.Exit(1)
    console.print(f"alert {name} removed")


@alerts_app.command("pause")
def alerts_pause(name: str) -> None:
    """Stop an alert from firing without removing it."""
    if not _registry().set_paused(name, True):
        err.print(f"[red]error:[/red] no alert named {name!r}")
        raise typer.Exit(1)


@alerts_app.command("resume")
def alerts_resume(name: str) -> None:
    """Let a paused alert fire again."""
    if not _registry().set_paused(name, False):
        err.print(f"[red]error:[/red] no alert named {name!r}")
        raise typer.Exit(1)


@alerts_app.command("test")
def alerts_test(
    name: Annotated[str | None, typer.Argument(help="The alert to dry-run.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Dry-run this query instead of an alert.")]
    = None,
    limit: Annotated[int, typer.Option(min=1, max=1000, help="Matches to list.")] = 20,
    days: Annotated[int | None, typer.Option(min=1, max=3650, help="Only articles of the last N days.")] = None,
) -> None:
    """Dry-run an alert, or a query (--query), over the stored articles: what would it have caught? (fires
    nothing)"""
    from monitor.alerts.dryrun import dry_run

    if (name is None) == (query is None):
        raise typer.BadParameter("give an alert NAME or --query 'QUERY' (one of them)")
    settings = _settings()
    if name is not None:
        existing = _registry().get(name)
        if existing is None:
            raise _fail(f"no alert named {name!r} (to dry-run a query: monitor alerts test --query '...')", 1)
        console.print(f"alert [bold]{_escape(existing.name)}[/bold]: {_escape(existing.query)}")
        query = existing.query
    assert query is not None
    store = _open_store(settings)
    try:
        found = dry_run(store, query, limit=limit, days=days)
    except QueryError as exc:
        err.print(f"[red]query error:[/red] {_escape(str(exc))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    for article in found.matches:
        console.print(f"{article.id}  {article.lang}  {', '.join(article.countries)}  {article.title[:90]}")
    console.print(f"{found.count} stored article(s) would have fired")


@alerts_app.command("tail")
def alerts_tail(
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Keep waiting for new alerts.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 20,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Print the latest fired alerts (and, with --follow, new ones as they fire)."""
    registry = _registry()
    seq = 0
    batch = registry.last_fired(limit)
    while True:
        for fired in batch:
            seq = max(seq, fired.seq)
            if as_json:
                print(json.dumps(fired.as_json(), ensure_ascii=False), flush=True)
            else:
                console.print(
                    f"{fired.fired_at[:19]}  [bold]{fired.alert}[/bold]  {fired.lang}  "
                    f"{', '.join(fired.countries)}  {fired.title or ''}  [dim]{fired.article_id}[/dim]"
                )
        if not follow:
            return
        time.sleep(1.0)
        batch = registry.fired_since(seq)


@alerts_app.command("failed")
def alerts_failed() -> None:
    """Deliveries that failed after all retries (kept, never dropped)."""
    for row in _registry().failed_deliveries():
        console.print(f"{row.id}  {row.alert}  {row.article_id}  {row.target}  attempts={row.attempts}  "
                      f"{row.last_error}", highlight=False, markup=False)


@alerts_app.command("resend")
def alerts_resend(alert: Annotated[str | None, typer.Argument()] = None) -> None:
    """Re-send failed deliveries (all, or one alert's)."""
    from monitor.alerts.delivery import SmtpConfig, deliver_pending, delivery_policy

    registry = _registry()
    settings = _settings()
    if alert is not None and registry.get(alert) is None:
        raise _fail(f"no alert named {alert!r}", 1)
    count = registry.requeue_failed(alert)
    delivered, failed = deliver_pending(registry, retries=settings.webhook_retries, timeout=settings.webhook_timeout_s,
                                        smtp=SmtpConfig.from_settings(settings), policy=delivery_policy(settings))
    console.print(f"re-sent {count} to each alert's current address: delivered {delivered}, failed {failed}")
    if failed:
        raise typer.Exit(1)


# ------------------------------------------------------------------------------------------------ streams


@app.command()
def worker(
    loglevel: Annotated[str, typer.Option(help="Worker log level (one line per batch at info).")] = "info",
) -> None:
    """Run the stream processors (faust-streaming) on MONITOR_KAFKA: enrich, index, alerts, deliver."""
    from monitor.bus import BusError
    from streams.worker import run

    try:
        run(_settings(), loglevel=loglevel)
    except BusError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc


@app.command()
def status(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Which runtime and store are in use; articles (the newest), alerts and deliveries, rejects; with Kafka,
    per topic and consumer group the end offsets and lag. Exits 1 when the store cannot be read."""
    from monitor.status import format_report, report

    found = report(_settings())
    print(json.dumps(found, indent=2, ensure_ascii=False) if as_json else format_report(found))
    if "error" in found["store"] or found.get("kafka_error"):
        raise typer.Exit(1)


# ------------------------------------------------------------------------------------------------ dev servers


_SERVICES = ("kafka", "search")


def _dev_module(service: str):  # type: ignore[no-untyped-def]
    if service == "kafka":
        from monitor.dev import kafka

        return kafka
    from monitor.dev import opensearch

    return opensearch


@dev_app.command("up")
def dev_up(
    services: Annotated[list[str] | None, typer.Argument(help="kafka and/or search (default: both).")] = None,
) -> None:
    """Start the local Apache Kafka broker and/or OpenSearch node from deploy/, wait until ready."""
    chosen = services or list(_SERVICES)
    for service in chosen:
        if service not in _SERVICES:
            err.print(f"[red]error:[/red] unknown service {service!r}: choose from {', '.join(_SERVICES)}")
            raise typer.Exit(2)
    settings = _settings()
    for service in chosen:
        try:
            env = _dev_module(service).start(settings)
        except Exception as exc:
            err.print(f"[red]error:[/red] {service} did not start: {exc}")
            raise typer.Exit(1) from exc
        for key, value in env.items():
            print(f"{key}={value}")


@dev_app.command("down")
def dev_down() -> None:
    """Stop what ``monitor dev up`` started."""
    settings = _settings()
    for service in _SERVICES:
        _dev_module(service).stop(settings)
    err.print("stopped")


@app.command()
def crawl(
    feeds: Annotated[Path | None, typer.Option(help="Feed list (default: seeds/feeds.yaml).")] = None,
    once: Annotated[bool, typer.Option("--once", help="Poll every feed once, print a summary, exit.")] = False,
    shard: Annotated[str | None, typer.Option(
        help="I/N: poll only this crawler's share of the feeds (each feed belongs to exactly one of N).")] = None,
) -> None:
    """Poll the news feeds, extract new articles and send them into the pipeline (runs until stopped)."""
    from monitor.crawler import CrawlerDependencyError
    from monitor.crawler import crawl as run_crawl
    from monitor.crawler.feeds import FeedListError, parse_shard

    try:
        part = parse_shard(shard) if shard else None
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    try:
        summary = run_crawl(_settings(), feeds, once=once, shard=part)
    except (FeedListError, CrawlerDependencyError) as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    except ImportError as exc:  # raised mid-crawl by a lazily imported library: fatal, named
        err.print(f"[red]error:[/red] the crawler stopped: a library is missing ({exc}); reinstall: pip install .",
                  highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc
    print(json.dumps(summary.as_dict(), ensure_ascii=False))


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535)] = 8000,
) -> None:
    """HTTP API (/api/, OpenAPI at /openapi.json, metrics at /metrics) and the web page at /."""
    from monitor.api import serve as run_server
    from monitor.api.app import ServeRefused

    try:
        run_server(_settings(), host=host, port=port,
                   announce=lambda line: err.print(line, highlight=False, soft_wrap=True, markup=False))
    except ServeRefused as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from exc


# ------------------------------------------------------------------------------------------------ users


def _users():  # type: ignore[no-untyped-def]
    from monitor.users import UserStore

    settings = _settings()
    settings.ensure_data_dir()
    return UserStore(settings.db_path)


@users_app.command("add")
def users_add(
    name: str,
    role: Annotated[str, typer.Option(help="reader (search, read), editor (own alerts) or admin (everything).")]
    = "reader",
) -> None:
    """Add an API user and print its token once (only its hash is kept: a lost token means remove and add)."""
    from monitor.users import UserError

    store = _users()
    try:
        token = store.add(name, role)
    except UserError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    finally:
        store.close()
    err.print(f"user {name} ({role}) added; the token is printed once on standard output:", highlight=False)
    print(token)


@users_app.command("list")
def users_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """List API users and their roles (tokens are never shown: only their hashes are kept)."""
    store = _users()
    try:
        users = store.list()
    finally:
        store.close()
    if as_json:
        print(json.dumps([{"name": u.name, "role": u.role, "created": u.created} for u in users], indent=1))
        return
    table = Table("name", "role", "created")
    for u in users:
        table.add_row(u.name, u.role, u.created)
    console.print(table)


@users_app.command("remove")
def users_remove(name: str) -> None:
    """Remove an API user: its token stops working at once."""
    store = _users()
    try:
        removed = store.remove(name)
    finally:
        store.close()
    if not removed:
        err.print(f"[red]error:[/red] no user named {name!r}", highlight=False)
        raise typer.Exit(1)
    console.print(f"user {name} removed")


if __name__ == "__main__":
    app()
