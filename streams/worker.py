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
    app = create_app(settings)
    worker = faust.Worker(app, loglevel=loglevel, quiet=True, redirect_stdouts=False)
    worker.execute_from_commandline()
