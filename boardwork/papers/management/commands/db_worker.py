"""`boardwork db_worker`: django-tasks-db's worker, warmed once at its start.

The library's command unchanged, except that it refuses to start on a database with unapplied
migrations (`boards/startup.py`), and that before it takes its first job the process imports
what jobs use and starts the sandbox's fork server (`server_warmup.warm_worker`), so the first
upload read or report written does not pay for it (bench/first_job.py). Boardwork's apps come
before django_tasks_db in INSTALLED_APPS, so this command is the one `db_worker` runs.
"""

from __future__ import annotations

import os

from django.core.management.base import CommandError
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands.db_worker import Command as LibraryCommand


class Command(LibraryCommand):
    def handle(self, *args, **options):
        from boardwork.boards.startup import UnappliedMigrations, refuse_unapplied_migrations

        try:
            refuse_unapplied_migrations()
        except UnappliedMigrations as exc:
            raise CommandError(f"the job worker will not start: {exc}") from None
        # With --reload the first process only watches files and restarts a child that runs the
        # jobs: the child (marked by Django's autoreload variable) is the one to warm.
        if not options.get("reload") or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
            from boardwork.papers.server_warmup import warm_worker

            cpu = warm_worker()
            if options["verbosity"]:
                self.stdout.write(f"papers' modules warmed in {cpu:.2f} s CPU")
        return super().handle(*args, **options)
