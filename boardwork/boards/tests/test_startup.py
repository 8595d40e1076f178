"""The server and the job worker refuse a database whose schema is behind the code (the worker's
command is tested in papers/tests/test_worker_warmup.py)."""

from __future__ import annotations

from django.db.migrations.recorder import MigrationRecorder
from django.test import TestCase

from boardwork.boards.startup import (
    UnappliedMigrations,
    refuse_unapplied_migrations,
    unapplied_migrations,
)

SEARCH_LAST = ("search", "0012_pg_rank_words")


class StartupTests(TestCase):
    def forget(self, app: str, name: str) -> None:
        # As if the code had been upgraded and `migrate` not run yet: the recorder's row is what
        # `migrate` consults, so without it the migration is unapplied.
        deleted, _ = MigrationRecorder.Migration.objects.filter(app=app, name=name).delete()
        self.assertEqual(deleted, 1)

    def test_a_migrated_database_is_accepted(self):
        self.assertEqual(unapplied_migrations(), [])
        refuse_unapplied_migrations()  # raises nothing

    def test_an_unapplied_migration_is_named_with_the_command_to_run(self):
        self.forget(*SEARCH_LAST)
        self.assertEqual(unapplied_migrations(), ["search.0012_pg_rank_words"])
        with self.assertRaises(UnappliedMigrations) as caught:
            refuse_unapplied_migrations()
        message = str(caught.exception)
        self.assertIn("1 unapplied migration (search.0012_pg_rank_words)", message)
        self.assertIn("boardwork migrate", message)

    def test_many_unapplied_migrations_are_counted_and_the_first_named(self):
        for name in (
            "0009_board_year_tags",
            "0010_pg_gap_pairs",
            "0011_sqlite_pairs_in_order",
            "0012_pg_rank_words",
        ):
            self.forget("search", name)
        self.forget("search", "0008_sqlite_search_facets")
        self.forget("search", "0007_pg_narrow_index")
        self.forget("search", "0006_sqlite_phrase_pairs")
        with self.assertRaises(UnappliedMigrations) as caught:
            refuse_unapplied_migrations()
        message = str(caught.exception)
        self.assertIn("7 unapplied migrations (search.0006_sqlite_phrase_pairs,", message)
        self.assertIn("and 2 more", message)
