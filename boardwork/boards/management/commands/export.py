from django.core.management.base import BaseCommand, CommandError

from boardwork.boards.models import Board
from boardwork.boards.services import export_board_json


class Command(BaseCommand):
    help = "Write everything about a board to standard output (the backup format)."

    def add_arguments(self, parser):
        parser.add_argument("--board", required=True, help="The board's slug.")
        parser.add_argument("--format", default="json", choices=["json"])

    def handle(self, *args, board, format, **options):
        try:
            b = Board.objects.get(slug=board)
        except Board.DoesNotExist:
            raise CommandError(f"no board with slug {board!r}", returncode=2) from None
        self.stdout.write(export_board_json(b), ending="")
