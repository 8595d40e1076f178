"""`boardwork import FILE_OR_FOLDER... --board SLUG [--cycle 2020/21]`

Imports board papers into a board: each file is read, its records extracted and stored in one
transaction (see `papers.services.import_paper`). One bad file does not stop the rest; the same file
again is "already imported" and changes nothing.

Exit status: 0 every file imported or already imported; 1 some refused; 2 all refused, or bad
arguments (one line on standard error). The module is called `import.py` so the command is
`boardwork import`: Django loads commands with importlib, for which a keyword is a legal name.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from boardwork.boards.models import Board
from boardwork.papers import services, untrusted
from boardwork.papers.readers import EXTENSIONS, ReadError


class OneLineParser(CommandParser):
    """Argument errors as one line and status 2 (argparse prints the whole usage)."""

    def error(self, message):
        if self.called_from_command_line:
            sys.stderr.write(f"{self.prog}: {message}\n")
            sys.exit(2)
        raise CommandError(f"Error: {message}", returncode=2)


def one_line_parser(command: BaseCommand, prog_name: str, subcommand: str, **kwargs) -> CommandParser:
    parser = BaseCommand.create_parser(command, prog_name, subcommand, **kwargs)
    parser.__class__ = OneLineParser
    return parser


def gather(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files to import from files and folders (recursing; readable extensions only, sorted), and
    the arguments that are neither."""
    files: list[Path] = []
    missing: list[str] = []
    seen: set[Path] = set()
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            found = sorted(
                f
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in EXTENSIONS and not f.name.startswith((".", "~$"))
            )
        elif p.is_file():
            found = [p]
        else:
            missing.append(arg)
            continue
        for f in found:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files, missing


class Progress:
    """A one-line text progress bar on standard error, drawn only on a terminal."""

    def __init__(self, total: int, stream, width: int = 30):
        self.total, self.stream, self.width = total, stream, width
        self.on = bool(total) and hasattr(stream, "isatty") and stream.isatty()

    def show(self, done: int, label: str) -> None:
        if not self.on:
            return
        filled = self.width * done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        self.stream.write(f"\r[{bar}] {done}/{self.total} {label[:40]:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r" + " " * (self.width + 56) + "\r")
            self.stream.flush()


def summary_table(rows: list[services.ImportResult], base: Path | None = None) -> str:
    header = ["file", "status", "themes", "activities", "commitments", "reason"]
    body = []
    for r in rows:
        body.append(
            [
                r.filename,
                r.status,
                str(r.themes) if r.status == services.IMPORTED else "",
                str(r.activities) if r.status == services.IMPORTED else "",
                str(r.commitments) if r.status == services.IMPORTED else "",
                r.reason,
            ]
        )
    widths = [max(len(h), *(len(row[i]) for row in body)) if body else len(h) for i, h in enumerate(header)]
    widths[-1] = 0  # the reason runs to the end of the line
    right = {2, 3, 4}

    def line(cells):
        out = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ]
        return "  ".join(out).rstrip()

    rule = "  ".join("-" * w for w in widths[:-1]) + "  ------"
    return "\n".join([line(header), rule, *(line(b) for b in body)])


class Command(BaseCommand):
    help = "Import board papers (files or folders) into a board: papers, themes, activities and next year's plan."

    def create_parser(self, prog_name, subcommand, **kwargs):
        return one_line_parser(self, prog_name, subcommand, **kwargs)

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
        parser.add_argument("--board", required=True, help="the board's slug")
        parser.add_argument(
            "--cycle", help="the board year the papers report on, e.g. 2020/21 (default: as stated)"
        )
        parser.add_argument("--quiet", action="store_true", help="no summary table")

    def handle(self, *args, paths, board, cycle, quiet=False, **options):
        the_board = Board.objects.filter(slug=board).first()
        if the_board is None:
            known = ", ".join(Board.objects.values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"no board with slug {board!r} (boards: {known})", returncode=2)
        if (
            cycle
            and services.parse_cycle_label(cycle) is None
            and not the_board.cycles.filter(label=cycle).exists()
        ):
            raise CommandError(f"--cycle {cycle!r} is not a board year like 2020/21", returncode=2)
        files, missing = gather(paths)
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}", returncode=2)
        if not files:
            raise CommandError("no readable papers found (.txt .md .docx .pdf .html)", returncode=2)

        results: list[services.ImportResult] = []
        progress = Progress(len(files), self.stderr._out if hasattr(self.stderr, "_out") else sys.stderr)
        started = time.monotonic()
        for i, f in enumerate(files):
            progress.show(i, f.name)
            try:
                untrusted.check_size(f.stat().st_size)  # before loading it
                data = f.read_bytes()
            except OSError as e:
                res = services.ImportResult(
                    f.name, services.REFUSED, reason=f"cannot open: {e.strerror or e}"
                )
            except ReadError as e:
                res = services.ImportResult(f.name, services.REFUSED, reason=str(e))
            else:
                try:
                    res = services.import_paper(data, f.name, the_board, cycle=cycle)
                except Exception as e:  # one bad file must not stop the rest
                    res = services.ImportResult(f.name, services.REFUSED, reason=f"failed: {e}")
            res.filename = str(f) if len(files) > 1 else f.name
            results.append(res)
        progress.show(len(files), "done")
        progress.close()

        if not quiet:
            self.stdout.write(summary_table(results))
            for r in results:
                for w in r.warnings:
                    self.stdout.write(f"note: {r.filename}: {w}")
        refused = [r for r in results if not r.ok]
        imported = sum(r.status == services.IMPORTED for r in results)
        self.stdout.write(
            f"{imported} imported, {sum(r.status == services.ALREADY for r in results)} already imported, "
            f"{len(refused)} refused in {time.monotonic() - started:.1f} s"
        )
        if refused and len(refused) == len(results):
            raise CommandError("no file could be imported", returncode=2)
        if refused:
            raise CommandError(f"{len(refused)} of {len(results)} files refused", returncode=1)
