"""`boardwork report end-of-year|work-plan|performance --board SLUG --cycle 2020/21 [--quarter Q2]
--format docx|pdf|html|md -o FILE [--with-sources]`, or `… --check` for the readiness check.

Composes a report from the board's accepted records and writes it (see
`papers.services.render_report`). Bad arguments: one line on standard error, status 2.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from boardwork.boards.models import Board
from boardwork.papers import services
from boardwork.papers.writers import WRITERS

# The one-line argument errors live beside `boardwork import`, whose module name is a keyword.
one_line_parser = importlib.import_module("boardwork.papers.management.commands.import").one_line_parser


def parse_quarter(value: str | None) -> int | None:
    if value is None:
        return None
    m = re.fullmatch(r"\s*[Qq]?([1-4])\s*", value)
    if not m:
        raise CommandError(f"--quarter {value!r} must be Q1, Q2, Q3 or Q4", returncode=2)
    return int(m.group(1))


class Command(BaseCommand):
    help = "Compose a board report from its records and write it as DOCX, PDF, HTML or Markdown."

    def create_parser(self, prog_name, subcommand, **kwargs):
        return one_line_parser(self, prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=services.REPORT_KINDS)
        parser.add_argument("--board", required=True, help="the board's slug")
        parser.add_argument("--cycle", required=True, help="the board year, e.g. 2020/21")
        parser.add_argument("--quarter", help="performance reports: Q1 to Q4 (default: the latest reported)")
        parser.add_argument(
            "--format", dest="fmt", choices=sorted(WRITERS), help="default: from -o's extension"
        )
        parser.add_argument("-o", "--output", help="file to write ('-' for standard output)")
        parser.add_argument(
            "--check",
            action="store_true",
            help="list what would make the paper wrong or thin (with links to fix it) instead of writing it",
        )
        parser.add_argument(
            "--with-sources", action="store_true", help="show the records each block came from"
        )
        parser.add_argument(
            "--base-url",
            help="the site's address (https://boardwork.example/): the records' links become absolute",
        )

    def handle(
        self,
        *args,
        kind,
        board,
        cycle,
        quarter,
        fmt,
        output,
        with_sources,
        check=False,
        base_url=None,
        **options,
    ):
        the_board = Board.objects.filter(slug=board).first()
        if the_board is None:
            known = ", ".join(Board.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"no board with slug {board!r} (boards: {known})", returncode=2)
        q = parse_quarter(quarter)
        if q is not None and kind != "performance":
            raise CommandError("--quarter is only for performance reports", returncode=2)
        if check:
            return self._check(the_board, kind, cycle, q)
        if not output:
            raise CommandError(
                "the following arguments are required: -o/--output (or give --check)", returncode=2
            )
        if fmt is None:
            ext = Path(output).suffix.lower().lstrip(".")
            fmt = {"htm": "html", "markdown": "md"}.get(ext, ext)
            if fmt not in WRITERS:
                raise CommandError(
                    f"give --format ({', '.join(sorted(WRITERS))}); it cannot be told from {output!r}",
                    returncode=2,
                )
        if services.find_cycle(the_board, cycle) is None:
            known = ", ".join(the_board.cycles.values_list("label", flat=True)) or "none"
            raise CommandError(f"{the_board.name} has no cycle {cycle!r} (known: {known})", returncode=2)
        try:
            data, filename, _ = services.render_report(
                the_board, kind, cycle, fmt, quarter=q, with_sources=with_sources, base_url=base_url
            )
        except services.ReportError as e:
            raise CommandError(str(e), returncode=2) from None
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        try:
            Path(output).write_bytes(data)
        except OSError as e:
            raise CommandError(f"cannot write {output}: {e.strerror or e}", returncode=1) from None
        self.stderr.write(f"wrote {output} ({len(data):,} bytes, {kind}, {fmt})")

    def _check(self, board, kind, label, quarter):
        from boardwork.papers import readiness

        cycle = services.find_cycle(board, label)
        if cycle is None:
            known = ", ".join(board.cycles.values_list("label", flat=True)) or "none"
            raise CommandError(f"{board.name} has no cycle {label!r} (known: {known})", returncode=2)
        issues = readiness.check(board, kind, cycle, quarter)
        for i in issues:
            self.stdout.write(f"- {i.message}\n  fix: {i.url}")
        self.stdout.write(
            f"{len(issues)} thing{'s' if len(issues) != 1 else ''} to look at before composing the {kind} "
            f"for {cycle.label}."
            if issues
            else f"Ready: nothing found that would make the {kind} wrong or thin."
        )
