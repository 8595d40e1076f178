"""The server and the job worker refuse a database whose schema is behind the code (the worker's
command is tested in papers/tests/test_worker_warmup.py)."""

from __future__ import annotations

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.test import TestCase

from boardwork.boards.startup import (
    UnappliedMigrations,
    refuse_unapplied_migrations,
    unapplied_migrations,
)


def search_migrations() -> list[str]:
    """Search's migrations, first to last, as the code has them (so a new one needs no edit here)."""
    graph = MigrationLoader(connection, ignore_no_migrations=True).graph
    (leaf,) = graph.leaf_nodes("search")
    return [name for app, name in graph.forwards_plan(leaf) if app == "search"]


class StartupTests(TestCase):
    def forget(self, name: str) -> None:
        # As if the code had been upgraded and `migrate` not run yet: the recorder's row is what
        # `migrate` consults, so without it the migration is unapplied.
        deleted, _ = MigrationRecorder.Migration.objects.filter(app="search", name=name).delete()
        self.assertEqual(deleted, 1)

    def test_a_migrated_database_is_accepted(self):
        self.assertEqual(unapplied_migrations(), [])
        refuse_unapplied_migrations()  # raises nothing

    def test_an_unapplied_migration_is_named_with_the_command_to_run(self):
        last = search_migrations()[-1]
        self.forget(last)
        self.assertEqual(unapplied_migrations(), [f"search.{last}"])
        with self.assertRaises(UnappliedMigrations) as caught:
            refuse_unapplied_migrations()
        message = str(caught.exception)
        self.assertIn(f"1 unapplied migration (search.{last})", message)
        self.assertIn("boardwork migrate", message)

    def test_many_unapplied_migrations_are_counted_and_the_first_named(self):
        last_six = search_migrations()[-6:]
        for name in last_six:
            self.forget(name)
        self.assertEqual(unapplied_migrations(), [f"search.{n}" for n in last_six])
        with self.assertRaises(UnappliedMigrations) as caught:
            refuse_unapplied_migrations()
        message = str(caught.exception)
        self.assertIn(f"6 unapplied migrations (search.{last_six[0]},", message)
        self.assertIn("and 1 more", message)
