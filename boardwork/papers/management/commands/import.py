"""`boardwork import FILE_OR_FOLDER... --board SLUG [--cycle 2020/21]`

Imports board papers into a board: each file is read, its records extracted and stored in one
transaction (see `papers.services.import_paper`). One bad file does not stop the rest; the same file
again is "already imported" and changes nothing.

Files are read on every core at once and written in order (`papers.services.batch`). On a terminal a
progress bar shows the rate and the time left; the output is a short summary (counts, then the
files that need attention); `--verbose` adds a table of every file and every note.

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
from boardwork.papers import services
from boardwork.papers.readers import EXTENSIONS
from boardwork.papers.services import batch


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
    """A one-line progress bar with rate and time left on standard error, drawn only on a terminal."""

    def __init__(self, total: int, stream, width: int = 30, clock=time.monotonic):
        self.total, self.stream, self.width, self.clock = total, stream, width, clock
        self.on = bool(total) and hasattr(stream, "isatty") and stream.isatty()
        self.started = clock()
        self.last = 0

    def line(self, done: int, label: str) -> str:
        filled = self.width * done // self.total
        bar = "#" * filled + "-" * (self.width - filled)
        elapsed = self.clock() - self.started
        rate = done / elapsed if elapsed > 0 and done else 0.0
        eta = f"ETA {_clock(max(0.0, (self.total - done) / rate))}" if rate and done < self.total else ""
        speed = f"{rate:.1f} papers/s" if rate else ""
        return f"[{bar}] {done}/{self.total} {speed:>14} {eta:>11} {label[:36]}"

    def show(self, done: int, label: str) -> None:
        if not self.on:
            return
        text = self.line(done, label)
        self.stream.write("\r" + text.ljust(self.last))
        self.last = len(text)
        self.stream.flush()

    def close(self) -> None:
        if self.on:
            self.stream.write("\r" + " " * self.last + "\r")
            self.stream.flush()


def _clock(seconds: float) -> str:
    m, s = divmod(int(seconds + 0.5), 60)
    h, m = divmod(m, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def needs_attention(warning: str) -> bool:
    """A note the summary shows without --verbose: nothing recognised, nothing proposed from a paper
    judged to report no work (with why), or no board year (so themes or a work plan went
    unrecorded). Notes about single paragraphs are details."""
    return (
        warning == services.NOTHING_RECOGNISED
        or warning.startswith(services.NOTHING_PROPOSED)
        or "board year" in warning
    )


def short_summary(results: list[services.ImportResult], seconds: float) -> list[str]:
    """Counts, then only the files that need attention (one line each)."""
    imported = [r for r in results if r.status == services.IMPORTED]
    already = sum(r.status == services.ALREADY for r in results)
    refused = [r for r in results if not r.ok]
    rate = f" ({len(results) / seconds:.1f} papers/s)" if seconds > 0 and results else ""
    out = [
        f"{len(imported)} imported, {already} already imported, {len(refused)} refused "
        f"in {seconds:.1f} s{rate}",
        f"recorded: {sum(r.themes for r in imported)} themes, {sum(r.activities for r in imported)} activities, "
        f"{sum(r.commitments for r in imported)} commitments; "
        f"new: {sum(r.organisations_new for r in imported)} organisations, "
        f"{sum(r.policies_new for r in imported)} policies, {sum(r.people_new for r in imported)} people",
    ]
    repeats = [r for r in imported if r.already_recorded and not r.activities]
    if repeats:
        out.append(
            f"{len(repeats)} papers had all their records on record already from earlier papers "
            f"({sum(r.already_recorded for r in repeats)} activities and plan items not added again)"
        )
    notes = sum(len(r.warnings) for r in results)
    attention = [(r, r.reason) for r in refused] + [
        (r, w) for r in imported for w in r.warnings if needs_attention(w)
    ]
    if attention:
        out.append("needs attention:")
        out.extend(f"  {r.filename}: {'refused: ' if not r.ok else ''}{why}" for r, why in attention)
    if notes:
        out.append(f"{notes} notes on single paragraphs and items (--verbose lists them)")
    return out


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
        parser.add_argument("--quiet", action="store_true", help="only the counts")
        parser.add_argument(
            "--verbose", action="store_true", help="a table of every file and every note, not a summary"
        )
        parser.add_argument(
            "--workers", type=int, default=0, help="files read at once (default: one per core)"
        )

    def handle(self, *args, paths, board, cycle, quiet=False, verbose=False, workers=0, **options):
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
        if workers < 0:
            raise CommandError("--workers must be 1 or more", returncode=2)
        files, missing = gather(paths)
        if missing:
            raise CommandError(f"no such file or folder: {', '.join(missing)}", returncode=2)
        if not files:
            raise CommandError("no readable papers found (.txt .md .docx .pdf .html)", returncode=2)

        progress = Progress(len(files), self.stderr._out if hasattr(self.stderr, "_out") else sys.stderr)
        started = time.monotonic()

        def done(i: int, res: services.ImportResult) -> None:
            res.filename = str(files[i]) if len(files) > 1 else files[i].name
            progress.show(i + 1, files[i].name)

        progress.show(0, "")
        results = batch.import_files(files, the_board, cycle=cycle, workers=workers or None, on_result=done)
        progress.close()
        seconds = time.monotonic() - started

        refused = [r for r in results if not r.ok]
        if verbose:
            self.stdout.write(summary_table(results))
            for r in results:
                for w in r.warnings:
                    self.stdout.write(f"note: {r.filename}: {w}")
        summary = short_summary(results, seconds)
        for line in summary[:1] if quiet else summary:
            self.stdout.write(line)
        if refused and len(refused) == len(results):
            raise CommandError("no file could be imported", returncode=2)
        if refused:
            raise CommandError(f"{len(refused)} of {len(results)} files refused", returncode=1)
