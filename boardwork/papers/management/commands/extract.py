"""`boardwork extract FILE [--json] [--author NAME] [--board-body NAME]`

Reads a board paper (any format the readers take, or a `.json` file holding a `boardwork.paper/1`
parse) and prints what it says the board did and plans to do: `boardwork.extraction/1` JSON with
`--json`, otherwise a readable summary. Needs no database.

Exit status: 0 done; 2 the file cannot be read (one line on standard error).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from boardwork.lib.confidence import likely_right
from boardwork.papers.document import Paper, PaperError
from boardwork.papers.extract import extraction_of
from boardwork.papers.extract.model import shipped_model
from boardwork.papers.extraction import ActivityFound, Extraction


def load_paper(path: str) -> Paper:
    """A Paper from a file: a boardwork.paper/1 JSON parse, or any document the readers take.
    Raises CommandError(returncode=2) with one line when the file cannot be read."""
    p = Path(path)
    if p.suffix.lower() == ".json":
        try:
            return Paper.from_json(p.read_text(encoding="utf-8"))
        except OSError as e:
            raise CommandError(f"{path}: cannot open: {e.strerror or e}", returncode=2) from None
        except (PaperError, UnicodeDecodeError) as e:
            raise CommandError(f"{path}: {_one_line(e)}", returncode=2) from None
    from boardwork.papers import untrusted  # reads in a limited worker process
    from boardwork.papers.readers import ReadError

    try:
        return untrusted.read_path(p)
    except ReadError as e:
        raise CommandError(f"{path}: {_one_line(e)}", returncode=2) from None


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split()) or e.__class__.__name__


def summary(x: Extraction) -> str:
    """A readable account of an extraction."""
    paper = x.paper
    lines = [
        f"{paper.title or '(untitled)'}" + (f" — {paper.body}" if paper.body else ""),
        f"Cycle: {x.cycle or 'unknown'}",
        "",
    ]
    by_theme: dict[str | None, list[ActivityFound]] = {}
    for a in x.activities:
        by_theme.setdefault(a.theme, []).append(a)
    for theme, acts in by_theme.items():
        lines.append(f"## {theme or '(no theme)'}")
        for a in acts:
            when = f" [{a.date}]" if a.date else ""
            # The rules say where they were unsure: a reviewer should look at these first.
            unsure = (
                f" (unsure, likely right: {likely_right(a.confidence)}: {' '.join(a.unsure)})"
                if a.confidence is not None
                else ""
            )
            lines.append(f"  {a.paragraph or '-'}. {', '.join(a.kinds)}{when}{unsure}")
            for label, names in (("orgs", a.organisations), ("policies", a.policies), ("people", a.people)):
                if names:
                    lines.append(f"      {label}: {'; '.join(names)}")
        lines.append("")
    if x.plan:
        lines.append(f"Plan for {x.plan.cycle or 'next cycle'}:")
        for t in x.plan.themes:
            lines.append(f"  {t.title}")
            lines.extend(f"    - {i}" for i in t.activities)
        lines.append("")
    if x.organisations:
        lines.append(
            "Organisations: "
            + "; ".join(o.name + (f" ({o.acronym})" if o.acronym else "") for o in x.organisations)
        )
    return "\n".join(lines).rstrip() + "\n"


class Command(BaseCommand):
    help = "Extract a board paper's activities, themes and work plan (boardwork.extraction/1)."

    requires_system_checks = []  # reading a file needs no database

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--json", action="store_true", help="print boardwork.extraction/1 JSON")
        parser.add_argument(
            "--author", help="the body that wrote the paper, for certain (default: from the paper)"
        )
        parser.add_argument(
            "--board-body",
            help="as an import into a board of this body reads it (ADR 0015): the author of its own papers, "
            "never an organisation of another body's",
        )
        parser.add_argument(
            "--rules-alone",
            action="store_true",
            help="without the trained activity model an import uses (ADR 0013): what the rules read",
        )

    def handle(
        self,
        *args,
        file,
        json: bool = False,
        author: str | None = None,
        board_body: str | None = None,
        rules_alone: bool = False,
        **options,
    ):
        paper = load_paper(file)
        # As an import extracts, unless asked for the rules alone.
        result = extraction_of(
            paper, author=author, board_body=board_body, model=None if rules_alone else shipped_model()
        )
        if json:
            sys.stdout.write(_dumps(result.to_dict()) + "\n")
        else:
            sys.stdout.write(summary(result))


def _dumps(obj: Any) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False)
