"""`boardwork search "words" [--board SLUG] [--type T] [--json] [--as USER | --public]`.

Run on the server, it sees what an administrator sees unless told whose view to take:
`--as USERNAME` applies that user's permissions, `--public` those of a visitor."""

import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from boardwork.boards.models import Board
from boardwork.search import services
from boardwork.search.engine import CAP, MARK_END, MARK_START, Busy
from boardwork.search.models import SearchDoc
from boardwork.search.scope import PUBLIC_SCOPE, Scope, scope_for


class Command(BaseCommand):
    help = 'Search papers and records: words (stemmed), "exact phrases", -excluded words.'

    def add_arguments(self, parser):
        parser.add_argument("query")
        parser.add_argument("--board", action="append", default=[], help="board slug (repeat for several)")
        parser.add_argument(
            "--type", action="append", default=[], choices=[k for k, _ in SearchDoc.Kind.choices]
        )
        parser.add_argument("--year", type=int, help="only this board year (a cycle's first year)")
        parser.add_argument("--page", type=int, default=1)
        parser.add_argument("--json", action="store_true", help="print JSON")
        who = parser.add_mutually_exclusive_group()
        who.add_argument("--as", dest="username", help="search with this user's permissions")
        who.add_argument("--public", action="store_true", help="search as a visitor who is not signed in")

    def handle(self, *args, **o):
        if o["public"]:
            scope = PUBLIC_SCOPE
        elif o["username"]:
            user = get_user_model().objects.filter(username=o["username"]).first()
            if user is None:
                raise CommandError(f"No such user: {o['username']}")
            scope = scope_for(user)
        else:
            scope = Scope(admin=True)
        boards = []
        for slug in o["board"]:
            b = Board.objects.filter(slug=slug).first()
            if b is None:
                raise CommandError(f"No such board: {slug}")
            boards.append(b.pk)
        filters = services.Filters(boards=boards, types=o["type"], year_from=o["year"], year_to=o["year"])
        try:
            result = services.search(scope, o["query"], filters, page=o["page"])
        except Busy as e:
            raise CommandError(str(e)) from None
        if o["json"]:
            self.stdout.write(json.dumps(services.result_json(result), indent=2))
            return
        count = f"more than {CAP}" if result.capped else str(result.total)
        self.stdout.write(
            f"{count} result{'' if result.total == 1 else 's'} (page {result.page} of {result.pages})"
        )
        if result.too_common:
            self.stdout.write(f"Nothing found: {services.TOO_COMMON}.")
        for h in result.hits:
            flag = " [to review]" if h.doc.review == "to_review" else ""
            self.stdout.write(f"\n{h.doc.get_kind_display()}: {h.doc.title}{flag}")
            if h.doc.context:
                self.stdout.write(f"  {h.doc.context}")
            self.stdout.write(f"  {h.url}")
            self.stdout.write(f"  {_plain(str(h.snippet))}")


def _plain(html: str) -> str:
    """The snippet for a terminal: matches in [brackets], entities decoded."""
    import html as htmllib

    return (
        htmllib.unescape(html.replace("<mark>", "[").replace("</mark>", "]"))
        .replace(MARK_START, "")
        .replace(MARK_END, "")
    )
