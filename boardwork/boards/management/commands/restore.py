from django.core.management.base import BaseCommand, CommandError

from boardwork.boards.backup import BackupError, restore_archive


class Command(BaseCommand):
    help = (
        "Restore a backup archive written by `boardwork backup` (all or nothing). A whole installation "
        "goes only into an empty one unless --replace; a board restores that board and creates shared "
        "organisations, policies and people only if missing (never overwrites them)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--replace", action="store_true", help="Replace everything here with the installation backup."
        )

    def handle(self, *args, file, replace, **options):
        try:
            with open(file, "rb") as fh:
                result = restore_archive(fh, replace=replace, archive_name=file)
        except OSError as e:
            raise CommandError(f"cannot read {file}: {e}", returncode=2) from None
        except BackupError as e:
            raise CommandError(f"{file}: {e}", returncode=2) from None
        counts = result["counts"]
        kept = counts.pop("kept", 0)
        self.stdout.write(
            f"Restored {result['scope']}{' ' + result['board'] if result['board'] else ''}: "
            f"{sum(counts.values())} records, {result['files']} files"
            + (f" ({kept} shared records already here kept as they are)" if kept else "")
        )
