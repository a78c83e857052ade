"""``monitor worker``: create the topics if needed and run the faust worker in the foreground."""

from __future__ import annotations

import logging

from monitor import bus
from monitor.settings import Settings

log = logging.getLogger("streams")


def run(settings: Settings, loglevel: str = "info") -> None:
    """Run the stream processors until stopped (SIGTERM/SIGINT stop them cleanly)."""
    import faust

    from streams.app import create_app

    if not settings.kafka:
        raise bus.BusError("MONITOR_KAFKA is not set: start a broker (`monitor dev up kafka`) and export it")
    bus.ensure_topics(settings.kafka, settings.partitions)
    settings.ensure_data_dir()
    # one line per batch is the worker's log; the clients' per-request lines are not
    for noisy in ("kafka", "opensearch", "elastic_transport", "httpx", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    warm_up(settings)
    app = create_app(settings)
    worker = faust.Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    worker.execute_from_commandline()


def warm_up(settings: Settings) -> None:
    """Load the language model, lexicons and automata before joining the group, so that the first batch a
    worker takes waits for them no longer than any other (they take a second or two to load)."""
    from monitor.enrich import enrich
    from monitor.model import Article

    text = "Посол Казахстана встретился с министром иностранных дел Узбекистана. سفير كازاخستان في القاهرة."
    enrich(Article(id="warm-up", title="Посол Казахстана", text=text), settings.in_scope_countries)
