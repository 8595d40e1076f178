"""`boardwork cleanup-files [--min-age SECONDS] [--dry-run]`: remove stored paper files no paper
refers to (what an import or restore killed before its commit leaves behind)."""

from django.core.management.base import BaseCommand

from boardwork.papers.services import cleanup_files, unreferenced_files


class Command(BaseCommand):
    help = "Remove stored paper files that no paper refers to (left by an interrupted import)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-age",
            type=float,
            default=3600.0,
            help="Only files at least this many seconds old, so imports running now keep theirs "
            "(default 3600).",
        )
        parser.add_argument("--dry-run", action="store_true", help="List them; remove nothing.")

    def handle(self, *args, min_age, dry_run, **options):
        names = unreferenced_files(min_age) if dry_run else cleanup_files(min_age)
        for name in names:
            self.stdout.write(name)
        self.stderr.write(f"{len(names)} unreferenced file(s) {'found' if dry_run else 'removed'}")
