"""The board's reports: composed from its accepted records, rendered in its house style."""

from __future__ import annotations

from typing import Any

from boardwork.activities.models import Activity
from boardwork.boards.models import Board, Cycle
from boardwork.plans.models import Commitment, Theme

from ..document import Paper as PaperDocument
from ..models import StoredPaper
from .cycles import find_cycle

# ---------------------------------------------------------------------------------------------------
# Reports
# ---------------------------------------------------------------------------------------------------

REPORT_KINDS = ("end-of-year", "work-plan", "performance")


class ReportError(ValueError):
    """A report cannot be made as asked; one line fit to show a user."""


def house_style(board: Board):
    from ..style import HouseStyle, HouseStyleError

    try:
        return HouseStyle.default().with_overrides(board.house_style or {})
    except HouseStyleError as e:
        raise ReportError(f"the board's house style is not valid: {e}") from None


def compose_report(board: Board, kind: str, cycle: Cycle | str, quarter: int | None = None) -> PaperDocument:
    """Records → the report as a Paper (no file)."""
    from .. import compose

    kind = kind.replace("_", "-")
    if kind not in REPORT_KINDS:
        raise ReportError(f"unknown report {kind!r}; Boardwork composes {', '.join(REPORT_KINDS)}")
    if not isinstance(cycle, Cycle):
        found = find_cycle(board, cycle)
        if found is None:
            known = ", ".join(board.cycles.values_list("label", flat=True)) or "none"
            raise ReportError(f"{board.name} has no cycle {cycle!r} (known: {known})")
        cycle = found
    style = house_style(board)
    if kind == "end-of-year":
        return compose.end_of_year(board, cycle, style)
    if kind == "work-plan":
        return compose.work_plan(board, cycle, style)
    if quarter is None:
        quarter = compose.latest_quarter(cycle)
    if quarter not in (1, 2, 3, 4):
        raise ReportError(f"quarter must be 1 to 4, not {quarter!r}")
    return compose.performance(board, cycle, quarter, style)


def prepare_report(
    board: Board,
    kind: str,
    cycle: Cycle | str,
    fmt: str,
    quarter: int | None = None,
    with_sources: bool = False,
    base_url: str | None = None,
) -> tuple[PaperDocument, Any, dict[str, Any], str]:
    """Compose a report and say how to write it: (the paper, the writer module, the writer's
    options, a file name). Raises ReportError for a report that cannot be made as asked."""
    from .. import writers

    module = writers.WRITERS.get((fmt or "").lower().lstrip("."))
    if module is None:
        raise ReportError(f"unknown format {fmt!r}; Boardwork writes {', '.join(sorted(writers.WRITERS))}")
    doc = compose_report(board, kind, cycle, quarter)
    opts: dict[str, Any] = {}
    if with_sources:
        opts["with_sources"] = True
        opts["ref_labels"] = ref_labels(doc)
        if base_url:
            opts["base_url"] = base_url
    label = cycle.label if isinstance(cycle, Cycle) else str(cycle)
    q = f"-q{quarter}" if kind.replace("_", "-") == "performance" and quarter else ""
    filename = f"{board.slug}-{kind.replace('_', '-')}-{label.replace('/', '-')}{q}{module.EXTENSION}"
    return doc, module, opts, filename


def render_report(
    board: Board,
    kind: str,
    cycle: Cycle | str,
    fmt: str,
    quarter: int | None = None,
    with_sources: bool = False,
    base_url: str | None = None,
) -> tuple[bytes, str, str]:
    """Compose and write a report in this process (the command line): (file bytes, a file name,
    the media type). The web and the API write theirs in a background job (rendering.py).

    base_url ("https://boardwork.example/") makes the records' links in the sources absolute."""
    from .. import writers

    doc, module, opts, filename = prepare_report(board, kind, cycle, fmt, quarter, with_sources, base_url)
    try:
        data = writers.write(doc, module.FORMAT, style=house_style(board), **opts)
    except writers.WriteError as e:
        raise ReportError(str(e)) from None
    return data, filename, module.MEDIA_TYPE


def stored_filename(paper: StoredPaper) -> str:
    """The file name of a stored paper written as DOCX (one with no original file)."""
    return f"{paper.board.slug}-{paper.uid}.docx"


def html_fragment(doc: PaperDocument, board: Board, **opts: Any) -> str:
    """`doc` as a fragment of HTML for a page, in the board's house style."""
    from ..writers import html as html_writer

    return html_writer.write_text(doc, house_style(board), fragment=True, **opts)


def ref_labels(doc: PaperDocument) -> dict[str, str]:
    """{ref: human label} for every ref in a composed paper, in a query per model."""
    from boardwork.plans.models import ProgressUpdate

    by_model: dict[str, set[str]] = {}
    for b in doc.blocks:
        for r in b.refs:
            m, _, uid = r.partition(":")
            by_model.setdefault(m, set()).add(uid)
    models_ = {
        "activity": (
            Activity,
            lambda a: f"activity ¶{a.source_paragraph}" if a.source_paragraph else "activity",
        ),
        "theme": (Theme, lambda t: f"theme {t.title}"),
        "commitment": (Commitment, lambda c: f"commitment {c.title[:60]}"),
        "progressupdate": (ProgressUpdate, lambda u: f"Q{u.quarter} update"),
        "cycle": (Cycle, lambda c: f"cycle {c.label}"),
        "board": (Board, lambda b: b.name),
    }
    out: dict[str, str] = {}
    for m, uids in by_model.items():
        if m not in models_:
            continue
        model, label = models_[m]
        for obj in model.objects.filter(uid__in=list(uids)):
            out[f"{m}:{obj.uid}"] = label(obj)
    return out
