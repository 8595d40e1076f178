"""Import a paper file into records.

`import_paper()` works in three steps so that a bad file never leaves half a paper behind:

1. **validate** — read the file and extract what it says, in a limited worker process (`untrusted.read`),
   resolve the cycle it reports on and check the same file was not imported for the board before.
   Nothing is written; a file that fails here is *refused* with one sentence saying why.
2. **build** — every record the paper yields, as unsaved model instances, resolving organisations,
   policies, people, themes and earlier commitments against what the database already holds (the
   reads happen here, outside the transaction).
3. **write** — one short `transaction.atomic()` that only inserts and links, and writes the history
   ("imported" on the paper, "created" on every new record) with them. The file is written at its
   final name inside it, before the commit, and deleted again if the transaction fails, so either the
   paper, its file, its records and their history are stored or none of them are; a process killed
   before the commit leaves at most a file nobody refers to, which a rerun replaces and
   `boardwork cleanup-files` removes.

Everything imported waits for review (`Review.TO_REVIEW`); only accepted records reach reports.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boardwork.activities.models import Activity
from boardwork.boards.models import Board, Cycle
from boardwork.lib.dates import iso_date
from boardwork.plans.models import Commitment, Review

from ..document import Paper as PaperDocument
from ..extraction import ActivityFound, Extraction, OrganisationFound, PaperInfo, Plan, PlanTheme, ThemeFound
from ..models import StoredPaper
from ..readers import ReadError
from .cycles import cycle_label_for, find_cycle, new_cycle
from .import_build import build
from .import_plan import AlreadyImported, Refused
from .import_write import write
from .matching import norm_title

log = logging.getLogger(__name__)

IMPORTED = "imported"
ALREADY = "already imported"
REFUSED = "refused"

# ---------------------------------------------------------------------------------------------------
# The result
# ---------------------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    """What happened to one file. `status` is 'imported', 'already imported' or 'refused'."""

    filename: str
    status: str
    reason: str = ""
    paper: StoredPaper | None = None
    themes: int = 0
    activities: int = 0
    commitments: int = 0
    organisations_new: int = 0
    policies_new: int = 0
    people_new: int = 0
    warnings: list[str] = field(default_factory=list)
    extraction: dict | None = None
    already_recorded: int = 0  # activities and plan items left out: on record already

    # The numbers an import reports (a job's result, the API's answer).
    COUNTS = ("themes", "activities", "commitments", "organisations_new", "policies_new", "people_new")

    def summary(self) -> dict[str, Any]:
        """As JSON: the file, its status, the warnings and the counts."""
        return {
            "filename": self.filename,
            "status": self.status,
            "warnings": list(self.warnings),
            **{k: getattr(self, k) for k in self.COUNTS},
        }

    @property
    def ok(self) -> bool:
        return self.status in (IMPORTED, ALREADY)

    def __str__(self) -> str:
        if self.status == REFUSED:
            return f"{self.filename}: refused: {self.reason}"
        if self.status == ALREADY:
            return f"{self.filename}: already imported"
        return (
            f"{self.filename}: imported {self.themes} themes, {self.activities} activities, "
            f"{self.commitments} commitments"
        )


NOTHING_RECOGNISED = "no themes, activities or work plan recognised: the paper is stored to review"


def already_message(already: dict[str, int], planned: dict[str, int] | None = None) -> str:
    """A paper whose records all came in before: "12 activities already recorded (from a.pdf)",
    and "5 work-plan items already in the 2021/22 plan" for its plan."""
    parts = []
    n = sum(already.values())
    if n:
        sources = sorted(already, key=lambda k: (-already[k], k))
        where = ", ".join(sources[:3]) + (f" and {len(sources) - 3} more" if len(sources) > 3 else "")
        parts.append(f"{n} {'activity' if n == 1 else 'activities'} already recorded (from {where})")
    for label, m in sorted((planned or {}).items()):
        parts.append(f"{m} work-plan {'item' if m == 1 else 'items'} already in the {label} plan")
    return "; ".join(parts)


def extract_stored(paper: StoredPaper) -> dict[str, Any]:
    """What the extractor finds in a stored paper now (nothing saved), run in a limited worker
    process with the organisations Boardwork knows, as an import into its board would (`extract_args`).
    Raises ReadError when a limit is hit."""
    from .. import untrusted

    return untrusted.extract(paper.structure or {"blocks": []}, **_import_args(paper.board))


def extract_args(board: Board, extraction: dict | None = None) -> dict | None:
    """The extractor's keyword arguments for a paper imported into `board` (None: an extraction is
    given): the organisations recorded, the board's body as the body importing (`board_body`, ADR
    0015: the author of the board's own papers, never an organisation of another body's paper's
    activities; the paper says which it is), and the rules with the shipped activity model (ADR
    0013: its additions gated to papers the rules read little of). The author is not given: the
    board does not know for certain who wrote a file it is given."""
    if extraction is not None:
        return None
    return _import_args(board)


def _import_args(board: Board) -> dict[str, Any]:
    from .. import orgmatch

    return {"recorded": orgmatch.recorded(), "board_body": board.organisation or None, "trained_model": True}


def _fingerprint(blocks: list[dict[str, Any]]) -> set[str]:
    return {
        norm_title(b.get("text", ""))
        for b in blocks
        if b.get("type") in ("paragraph", "list_item") and b.get("number") and len(b.get("text", "")) > 40
    }


def same_paper(board: Board, doc: PaperDocument) -> StoredPaper | None:
    """An earlier import of the same paper from another file: the same title and (nearly) the same
    numbered paragraphs. Papers are often published as both DOCX and PDF; importing both would
    double every activity."""
    title = (doc.meta.title or "").strip()
    mine = _fingerprint([b for b in doc.to_dict()["blocks"]])
    if not title or len(mine) < 3:
        return None
    for p in StoredPaper.objects.filter(board=board, title__iexact=title[:400]).only(
        "structure", "filename", "title"
    )[:20]:
        theirs = _fingerprint((p.structure or {}).get("blocks") or [])
        if theirs and len(mine & theirs) / len(mine | theirs) >= 0.8:
            return p
    return None


def validate(
    data: bytes,
    filename: str,
    board: Board,
    cycle: Cycle | str | None,
    extraction: dict | None,
    prepared: tuple[PaperDocument, dict | None] | None = None,
) -> tuple[PaperDocument, dict, Extraction, Cycle | None, list[str]]:
    """Step 1: read, extract, resolve the cycle. Raises Refused with a reason."""
    warnings: list[str] = []
    from .. import untrusted

    # Read and extract in a worker process with hard time and memory limits (papers/sandbox.py):
    # the file comes from outside, and neither step may hold this process.
    if prepared is not None:
        doc, extracted = prepared
    else:
        try:
            doc, extracted = untrusted.read(data, filename, extract=extract_args(board, extraction))
        except untrusted.ReaderFault as e:
            log.error("reader failed on %s: %s", filename, e)
            raise Refused(str(e)) from None
        except ReadError as e:
            raise Refused(str(e)) from None
    sha = doc.source.sha256 if doc.source else ""
    existing = StoredPaper.objects.filter(board=board, sha256=sha).first()
    if existing is not None:
        raise AlreadyImported("", existing)
    twin = same_paper(board, doc)
    if twin is not None:
        raise AlreadyImported(f"the same paper as {twin.filename or twin.title} (another format)", twin)
    if extraction is None:
        extraction = extracted  # extracted in the limited worker, with the file
    if not isinstance(extraction, dict):
        raise Refused("the extractor returned something that is not an extraction")
    try:
        typed = Extraction.from_dict(extraction)
    except ValueError as e:
        raise Refused(f"the extraction is not valid: {e}") from None

    resolved: Cycle | None
    if isinstance(cycle, Cycle):
        if cycle.board_id != board.pk:
            raise Refused(f"cycle {cycle.label} belongs to another board")
        resolved = cycle
    else:
        label = cycle or typed.cycle
        if not label and doc.meta.meeting_date:
            day = iso_date(doc.meta.meeting_date)
            label = cycle_label_for(day) if day is not None else None
        if label:
            resolved = find_cycle(board, label)
            if resolved is None:
                try:
                    resolved = new_cycle(board, label)
                except ValueError:
                    if cycle:
                        raise Refused(f"{label!r} is not a board year like 2020/21") from None
                    warnings.append(f"the paper's cycle {label!r} is not a board year; no themes recorded")
                    resolved = None
        else:
            # Only a paper with themes needs its year: a news page or a minute with none imports
            # its activities for review just the same, and a clerk should not be told to act.
            if any(t.title for t in typed.themes):
                warnings.append(
                    "the paper does not say which board year it covers: give the cycle to record themes"
                )
            resolved = None
    return doc, extraction, typed, resolved, warnings


def import_paper(
    data: bytes,
    filename: str,
    board: Board,
    *,
    user=None,
    cycle: Cycle | str | None = None,
    extraction: dict | None = None,
    prepared: tuple[PaperDocument, dict | None] | None = None,
) -> ImportResult:
    """Import one paper file for `board`: the paper, its themes, activities and next year's plan.

    `cycle` (a Cycle or a label like '2020/21') overrides the year the paper says it covers.
    `extraction` skips the extractor and imports a (reviewed, edited) `boardwork.extraction/1` dict
    instead. `prepared` is `data` already read (and extracted) in the sandbox, as
    `untrusted.read` returns it (see `papers.services.batch`, which reads many files at once).
    Never raises for a bad file: the result says 'refused' and why.
    """
    name = Path(filename or "paper").name
    try:
        doc, ext, typed, resolved, warnings = validate(data, name, board, cycle, extraction, prepared)
        plan = build(data, name, board, doc, typed, resolved, warnings)
        write(plan, user)
    except Refused as e:
        if isinstance(e, AlreadyImported):
            return ImportResult(name, ALREADY, reason=str(e), paper=e.paper)
        return ImportResult(name, REFUSED, reason=str(e))
    if not plan.activities and not plan.commitments and not plan.themes:
        if plan.already or plan.already_planned:
            # Recognised, but recorded from an earlier paper: say so, not "nothing recognised".
            plan.warnings.append(already_message(plan.already, plan.already_planned))
        else:
            # A paper judged as a whole to report no work (a strategy, an agenda …) says why, and
            # what to do if that is wrong; any other says nothing was recognised.
            plan.warnings.append(plan.paper.no_work_note or NOTHING_RECOGNISED)
    return ImportResult(
        name,
        IMPORTED,
        paper=plan.paper,
        themes=len(plan.themes),
        activities=len(plan.activities),
        commitments=len(plan.commitments),
        organisations_new=len(plan.organisations),
        policies_new=len(plan.policies),
        people_new=len(plan.people),
        warnings=plan.warnings,
        extraction=ext,
        already_recorded=sum(plan.already.values()) + sum(plan.already_planned.values()),
    )


def extraction_of(paper: StoredPaper) -> dict[str, Any]:
    """What Boardwork holds from `paper`, as `boardwork.extraction/1` — the stored (and reviewed)
    records, not the extractor's output: rejected records are left out, narrative paragraphs kept
    without kinds count for their theme but are not activities."""
    acts = list(
        Activity.objects.filter(source_paper=paper)
        .exclude(review=Review.REJECTED)
        .prefetch_related("themes", "organisations", "policies", "people")
        .order_by("source_block", "pk")
    )
    themes: dict[str, ThemeFound] = {}
    found = []
    for a in acts:
        theme = next(iter(a.themes.all()), None)
        if theme is not None:
            entry = themes.setdefault(theme.title, ThemeFound(theme.title))
            if a.source_paragraph and a.source_paragraph not in entry.paragraphs:
                entry.paragraphs.append(a.source_paragraph)
        if not a.kinds:
            continue
        found.append(
            ActivityFound(
                paragraph=a.source_paragraph or None,
                theme=theme.title if theme else None,
                kinds=a.kind_list,
                date=a.date_iso,
                organisations=[o.name for o in a.organisations.all()],
                policies=[p.title for p in a.policies.all()],
                people=[p.display_name for p in a.people.all()],
                nations=a.nation_list,
                text=a.text,
            )
        )
    plan_themes: dict[int, PlanTheme] = {}
    plan_cycle = None
    for c in (
        Commitment.objects.filter(source_paper=paper)
        .exclude(review=Review.REJECTED)
        .select_related("theme__cycle")
        .order_by("theme__order", "order", "pk")
    ):
        plan_cycle = c.theme.cycle.label
        plan_themes.setdefault(c.theme_id, PlanTheme(c.theme.title)).activities.append(c.title)
    orgs = {o.pk: o for a in acts for o in a.organisations.all()}
    return Extraction(
        paper=PaperInfo(title=paper.title, body=paper.board.name),
        cycle=paper.cycle.label if paper.cycle else None,
        themes=list(themes.values()),
        activities=found,
        plan=Plan(plan_cycle, list(plan_themes.values())) if plan_themes else None,
        organisations=[OrganisationFound(o.name, o.acronym or None) for o in orgs.values()],
    ).to_dict()
