from django.core.management.base import BaseCommand, CommandError

from boardwork.boards.backup import backup_to_path
from boardwork.boards.models import Board


class Command(BaseCommand):
    help = (
        "Write a backup archive (zip: manifest + paper files) of the whole installation — accounts, "
        "tokens, roles, records, history, files — or, with --board, of one board."
    )

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", required=True, help="The archive file to write (.zip).")
        parser.add_argument("--board", help="Back up only this board (its slug).")

    def handle(self, *args, output, board, **options):
        b = None
        if board:
            b = Board.objects.filter(slug=board).first()
            if b is None:
                raise CommandError(f"no board with slug {board!r}", returncode=2)
        try:
            summary = backup_to_path(output, board=b)
        except OSError as e:
            raise CommandError(f"cannot write {output}: {e}", returncode=2) from None
        total = sum(summary["counts"].values())
        self.stdout.write(
            f"Backed up {summary['scope']}{' ' + board if board else ''}: {total} records, "
            f"{len(summary['files'])} files → {output}"
        )
