"""What a web server process imports before its first request (gunicorn's `post_worker_init`,
gunicorn.conf.py), so that the first officer to preview a report, or to name an organisation not
yet recorded, does not wait for it.

The papers' composer and writers (with python-docx and lxml) and the extractor's package are
imported late everywhere else, so that management commands and tests that never compose or
extract do not pay for them (bench/first_request.py measures the difference). Reading files is
not warmed here: it runs in background jobs and the sandbox's fork server, which warms itself
(`sandbox_warmup`).
"""

from __future__ import annotations

import importlib
import time

MODULES = (
    "boardwork.papers.compose",  # the compose page's preview composes in the request
    "boardwork.papers.readiness",
    "boardwork.papers.writers",  # the preview's HTML; the DOCX writer (python-docx, lxml) with it
    "boardwork.papers.extract",  # the shipped gazetteer, for organisations named on a form
)


# What a background-job worker (`boardwork db_worker`) runs beyond the web's: the jobs, the
# import's services (matching, the bulk resolver), the report rendering service and the
# sandbox's caller side.
WORKER_MODULES = (
    "boardwork.papers.jobs",
    "boardwork.papers.services",
    "boardwork.papers.services.rendering",
    "boardwork.papers.untrusted",
    "boardwork.papers.orgmatch",
)


def warm() -> float:
    """Import `MODULES` and build the shipped gazetteer; returns the CPU seconds it took."""
    start = time.process_time()
    for name in MODULES:
        importlib.import_module(name)
    from boardwork.activities.services import shipped_organisation

    shipped_organisation("Home Office")  # builds and caches the gazetteer
    return time.process_time() - start


# The collector's thresholds in a web process (Python's defaults are 700, 10, 10).
SERVER_GC_THRESHOLDS = (2_000, 20, 50)


def calm_collector() -> None:
    """Keep the garbage collector from stalling a web process's requests.

    A full collection holds the interpreter lock while it walks every tracked object, so all the
    process's threads stop with it: measured in gunicorn under bench/web.py's load, ~10 full
    passes a run of 45–130 ms each, which made a different page's p95 miss 150 ms in each run.
    What the process imported and warmed is frozen (never walked again; it lives as long as the
    process), and the full pass comes about five times less often; young garbage (a request's
    cycles) is still collected by the cheap passes. Measured after: one full pass of ~35 ms a
    process a run."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(*SERVER_GC_THRESHOLDS)


def warm_worker() -> float:
    """What `boardwork db_worker` runs once at its start, before taking jobs (the first upload
    read or report written would otherwise pay for it): `warm()`, `WORKER_MODULES`, the URL
    configuration, and the sandbox's fork server started; returns the CPU seconds this process
    took (the fork server's own are its own)."""
    from django.urls import get_resolver

    from .sandbox import start_fork_server

    start = time.process_time()
    warm()
    for name in WORKER_MODULES:
        importlib.import_module(name)
    # An import indexes the stored paper for search with its URL (search/documents.py, reverse()):
    # the first one would load the whole URL configuration, the API's schemas with it (~0.3 s CPU).
    get_resolver().reverse_dict  # noqa: B018  (reading it fills it)
    start_fork_server()
    return time.process_time() - start
