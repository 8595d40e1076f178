import json

from django.core.management.base import BaseCommand, CommandError

from boardwork.boards.services import BackupError, load_backup


class Command(BaseCommand):
    help = (
        "Load a backup written by `boardwork export` (all or nothing; loading twice updates, never doubles; "
        "organisations, policies, people and other boards already here are kept as they are)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file, **options):
        try:
            with open(file, encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise CommandError(f"cannot read {file}: {e}", returncode=2) from None
        try:
            counts = load_backup(data)
        except BackupError as e:
            raise CommandError(str(e), returncode=2) from None
        kept = counts.pop("kept", 0)
        total = sum(counts.values())
        self.stdout.write(
            f"Loaded {total} records: "
            + ", ".join(f"{n} {m.split('.')[1]}" for m, n in counts.items())
            + (f"; {kept} shared records already here kept as they are" if kept else "")
        )
