"""The ``monitor`` command line. Thin: every command delegates to the core or an adapter."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from datetime import datetime
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


# ------------------------------------------------------------------------------------------------ replay


@app.command()
def replay(
    paths: Annotated[list[Path], typer.Argument(help="Files (first line title, rest body), folders, or .jsonl files.")],
    rate: Annotated[float | None, typer.Option(help="Articles per second (default: as fast as possible).")] = None,
    batch: Annotated[int, typer.Option(help="Articles per pipeline batch.")] = 50,
) -> None:
    """Feed saved articles through the pipeline (idempotent: replaying twice stores and alerts once)."""
    from monitor.pipeline import Summary, open_sink
    from monitor.rejects import RejectsFile
    from monitor.replay import Reject, read_items

    settings = _settings()
    settings.ensure_data_dir()
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
                    rejects.add(item.item, item.reason, item.raw)
                    err.print(f"[yellow]rejected[/yellow] {item.item}: {item.reason}")
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
            + (f", webhooks delivered {total.delivered}, failed {total.delivery_failed}"
               if total.delivered or total.delivery_failed else "")
        )
        if len(shown) <= _LIST_LIMIT:
            _print_articles(settings, shown)
        for alert, article_id in total.fired:
            console.print(f"  alert [bold]{alert}[/bold] fired for {article_id}")
    if total.rejected:
        console.print(f"rejected items are kept in {rejects.path}")


_LIST_LIMIT = 50


def _print_articles(settings: Settings, ids: list[str]) -> None:
    """A table of the replayed articles with their enrichment (for small replays such as the seeds)."""
    from monitor.store import open_store

    store = open_store(settings)
    table = Table("id", "lang", "relevant", "score", "countries", "title")
    try:
        for article_id in dict.fromkeys(ids):
            article = store.get_article(article_id)
            if article is None:
                continue
            table.add_row(article.id[:12], article.lang or "?", "yes" if article.relevant else "no",
                          f"{article.score:.2f}", ", ".join(article.countries[:4]), article.title[:60])
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
    stream = sys.stdin.buffer if file == "-" else open(file, "rb")  # noqa: SIM115
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


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words, "phrases", AND/OR/NOT, country:, lang:, source:, entity:')],
    lang: Annotated[str | None, typer.Option(help="Only this language (ar, fa, kk, ru, en...).")] = None,
    country: Annotated[str | None, typer.Option(help="Only articles about this country (any language).")] = None,
    since: Annotated[str | None, typer.Option(help="Only articles published on or after this day (2025-11-10).")]
    = None,
    until: Annotated[str | None, typer.Option(help="Only articles published on or before this day.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print a JSON array of hits.")] = False,
    include_irrelevant: Annotated[bool, typer.Option("--all", help="Also articles judged out of scope.")] = False,
) -> None:
    """Search the stored articles; ranked hits with highlighted snippets."""
    import html

    from monitor.store import open_store
    from monitor.store.base import SearchRequest

    settings = _settings()
    start, end = _bound(since, end=False), _bound(until, end=True)
    if start and end and end <= start:
        raise typer.BadParameter("--until is before --since")
    request = SearchRequest(query=query, lang=lang, country=country, since=start, until=end, limit=limit,
                            relevant_only=not include_irrelevant)
    try:
        store = open_store(settings)
    except Exception as exc:  # engine unreachable or refused: one clear line, not a traceback
        err.print(f"[red]error:[/red] cannot open the store: {exc}")
        raise typer.Exit(2) from exc
    try:
        result = store.search(request)
    except QueryError as exc:
        err.print(f"[red]query error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except Exception as exc:
        err.print(f"[red]error:[/red] search failed: {type(exc).__name__}: {exc}")
        raise typer.Exit(1) from exc
    finally:
        store.close()
    if as_json:
        print(json.dumps([h.as_json() for h in result.hits], ensure_ascii=False, indent=1))
        return
    console.print(f"{result.total} match(es)")
    for hit in result.hits:
        console.print(f"[bold]{hit.title}[/bold]  [dim]{hit.lang} {', '.join(hit.countries)}  {hit.id}[/dim]")
        text = html.unescape(_MARK.sub(lambda m: f"\x00{m.group(1)}\x01", hit.snippet))
        console.print("  " + text.replace("[", "\\[").replace("\x00", "[reverse]").replace("\x01", "[/reverse]"))
        if hit.url:
            console.print(f"  {hit.url}")


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
    digest: Annotated[str | None, typer.Option(help="hourly or daily: one message per period.")] = None,
) -> None:
    """Add (or replace) a keyword alert; it fires once per matching relevant article."""
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
    try:
        registry.add(Alert(name=name, query=query, webhook=webhook, secret=secret, email=email, owner=owner,
                           digest=digest))
    except QueryError as exc:
        err.print(f"[red]query error:[/red] {exc}")
        raise typer.Exit(2) from exc
    except ValueError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    console.print(f"alert [bold]{name}[/bold] added: {query}")


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
def alerts_test(query: str, limit: Annotated[int, typer.Option()] = 20) -> None:
    """Dry-run an alert (by name) or a query over the stored articles: what would it have caught? (fires nothing)"""
    from monitor.alerts.dryrun import dry_run
    from monitor.store import open_store

    settings = _settings()
    existing = _registry().get(query)
    if existing is not None:
        console.print(f"alert [bold]{existing.name}[/bold]: {existing.query}")
        query = existing.query
    try:
        store = open_store(settings)
    except Exception as exc:  # engine unreachable or refused: one clear line, not a traceback
        err.print(f"[red]error:[/red] cannot open the store: {exc}")
        raise typer.Exit(2) from exc
    try:
        found = dry_run(store, query, limit=limit)
    except QueryError as exc:
        err.print(f"[red]query error:[/red] {exc}")
        raise typer.Exit(2) from exc
    finally:
        store.close()
    for article in found.matches:
        console.print(f"{article.id}  {article.lang}  {', '.join(article.countries)}  {article.title[:90]}")
    console.print(f"{found.count} stored article(s) would have fired")


@alerts_app.command("tail")
def alerts_tail(
    follow: Annotated[bool, typer.Option("--follow", "-f", help="Keep waiting for new alerts.")] = False,
    limit: Annotated[int, typer.Option()] = 20,
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
    count = registry.requeue_failed(alert)
    delivered, failed = deliver_pending(registry, retries=settings.webhook_retries, timeout=settings.webhook_timeout_s,
                                        smtp=SmtpConfig.from_settings(settings), policy=delivery_policy(settings))
    console.print(f"re-sent {count}: delivered {delivered}, failed {failed}")


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
    """Per topic and consumer group: end offsets and lag; counts of relevant, indexed, alerted, dead-lettered."""
    from monitor.bus import BusError, format_status, status_report

    try:
        report = status_report(_settings())
    except BusError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from exc
    print(json.dumps(report, indent=2) if as_json else format_status(report))


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
) -> None:
    """Poll the news feeds, extract new articles and send them into the pipeline (runs until stopped)."""
    from monitor.crawler import CrawlerDependencyError
    from monitor.crawler import crawl as run_crawl
    from monitor.crawler.feeds import FeedListError

    try:
        summary = run_crawl(_settings(), feeds, once=once)
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
