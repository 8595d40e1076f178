"""Gunicorn's settings for production: `gunicorn -c gunicorn.conf.py boardwork.wsgi`.

One process per core, each with a pool of threads (a request spends part of its time waiting on
PostgreSQL). Measured with bench/web.py on two cores under 32 clients: 2 processes × 8 threads
kept p95 lower than 3 × 4, 5 × 2 or 8 × 4, because keep-alive connections stay with the process
that accepted them and fewer processes share them out more evenly. The page cache is per process,
so fewer processes also means fewer first visits that build a page.
"""

import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY") or os.cpu_count() or 2)
threads = int(os.environ.get("GUNICORN_THREADS") or 8)
worker_class = "gthread"
keepalive = 5
timeout = 60

# Refuse oversized request heads before Django sees them (the body is capped per route by
# boardwork.web.middleware.RequestSizeMiddleware, before it is read).
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190
# A worker never waits for a file to be read: reading runs in a limited child process
# (papers/sandbox.py) or a background job, so the worker timeout can stay short.
graceful_timeout = 30


def on_starting(server):
    """Before any worker: refuse to serve on a database whose schema is behind the code
    (boardwork/boards/startup.py), then empty the pages a previous server kept for its processes
    to share (boardwork/web/pagecache.py, settings.PAGE_CACHE_SHARED)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "boardwork.settings")
    import django

    django.setup()
    from django.db import connections

    from boardwork.boards.startup import UnappliedMigrations, refuse_unapplied_migrations

    try:
        refuse_unapplied_migrations()
    except UnappliedMigrations as exc:
        # Gunicorn stops the master on this error and prints it as the reason.
        raise SystemExit(f"Boardwork will not start: {exc}") from None
    finally:
        # The workers are forked from this process and must not share its connection.
        connections.close_all()
    from django.conf import settings

    if settings.PAGE_CACHE_SHARED:
        from boardwork.web.pagecache import clear_shared

        clear_shared()


def post_worker_init(worker):
    """Before a worker takes requests: import what the first report preview or organisation
    lookup would (boardwork/papers/server_warmup.py; bench/first_request.py measures it), then
    keep the garbage collector's full passes rare and short (`calm_collector`)."""
    from boardwork.papers.server_warmup import warm

    worker.log.info("papers' modules warmed in %.2f s CPU", warm())
    from boardwork.papers.server_warmup import calm_collector

    calm_collector()
