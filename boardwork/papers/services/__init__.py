"""The multi-model workflows around papers, one module for each:

    importing.py     import a paper file into records: validate (read and extract in a limited
                     worker), then import_build.py (unsaved records, resolved through
                     import_plan.py), then import_write.py (one transaction, with the history)
    files.py         stored paper files: written whole, cleaned up when nobody refers to them
    review.py        accept, reject and edit what an import recorded
    reports.py       compose and render the board's reports in its house style
    rendering.py     write reports and stored papers to files in background jobs, kept for reuse
                     (not imported here: `from boardwork.papers.services import rendering`)
    matching.py      similar titles and texts, and the guesses made from a title
    cycles.py        a board year named in a paper → the board's cycle
    batch.py         many files at once: read on every core, written in order (not imported
                     here: `from boardwork.papers.services import batch`)

Callers import from here (`from boardwork.papers.services import import_paper`).
"""

from ..models import NOTHING_PROPOSED  # how a paper judged to report no work is noted
from ..readers import EXTENSIONS as READABLE_EXTENSIONS  # the files an import takes
from .cycles import cycle_label_for, find_cycle, new_cycle, next_label, parse_cycle_label
from .files import PARTIAL, cleanup_files, unreferenced_files, write_stored_file
from .importing import (
    ALREADY,
    IMPORTED,
    NOTHING_RECOGNISED,
    REFUSED,
    ImportResult,
    already_message,
    extract_args,
    extract_stored,
    extraction_of,
    import_paper,
    same_paper,
)
from .matching import (
    catch_all_heading,
    delay_reason,
    guess_paper_kind,
    norm_title,
    pair_by_similarity,
    text_similarity,
    title_similarity,
    very_similar,
)
from .reports import (
    REPORT_KINDS,
    ReportError,
    compose_report,
    house_style,
    html_fragment,
    ref_labels,
    render_report,
)
from .review import accept, accept_all, reject, update_from_review

__all__ = [
    "READABLE_EXTENSIONS",
    "html_fragment",
    "ALREADY",
    "IMPORTED",
    "PARTIAL",
    "REFUSED",
    "REPORT_KINDS",
    "ImportResult",
    "ReportError",
    "accept",
    "accept_all",
    "catch_all_heading",
    "cleanup_files",
    "compose_report",
    "cycle_label_for",
    "delay_reason",
    "extract_stored",
    "extraction_of",
    "find_cycle",
    "guess_paper_kind",
    "house_style",
    "import_paper",
    "new_cycle",
    "next_label",
    "norm_title",
    "pair_by_similarity",
    "parse_cycle_label",
    "ref_labels",
    "reject",
    "render_report",
    "same_paper",
    "text_similarity",
    "title_similarity",
    "unreferenced_files",
    "update_from_review",
    "very_similar",
    "write_stored_file",
    "NOTHING_PROPOSED",
    "NOTHING_RECOGNISED",
    "already_message",
    "extract_args",
]
