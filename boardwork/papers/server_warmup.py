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


def warm() -> float:
    """Import `MODULES` and build the shipped gazetteer; returns the CPU seconds it took."""
    start = time.process_time()
    for name in MODULES:
        importlib.import_module(name)
    from boardwork.activities.services import shipped_organisation

    shipped_organisation("Home Office")  # builds and caches the gazetteer
    return time.process_time() - start
