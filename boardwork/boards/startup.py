"""What a server or job worker checks before it takes its first request or job.

A process started on code newer than its database's schema answers wrongly rather than failing:
search, for one, asks for columns and indexes a later migration adds (ADR 0008), and on a schema
one migration behind it finds no phrase at all, with no error anywhere. So `gunicorn.conf.py` and
`boardwork db_worker` refuse to start while any migration is unapplied, naming them and the command
that applies them. The development server needs no such check: Django's `runserver` warns already.
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor


class UnappliedMigrations(RuntimeError):
    """The database lacks migrations this code needs; its message says which and what to run."""


def unapplied_migrations(using: str = DEFAULT_DB_ALIAS) -> list[str]:
    """The migrations `migrate` would apply, as "app.name", in the order it would apply them."""
    executor = MigrationExecutor(connections[using])
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def refuse_unapplied_migrations(using: str = DEFAULT_DB_ALIAS) -> None:
    """Raise `UnappliedMigrations` unless the database's schema is the code's."""
    missing = unapplied_migrations(using)
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        raise UnappliedMigrations(
            f"the database has {len(missing)} unapplied migration{'s' if len(missing) != 1 else ''}"
            f" ({shown}): run `boardwork migrate` first (some take minutes on a large archive;"
            " see docs/adr/0008-search.md)"
        )
