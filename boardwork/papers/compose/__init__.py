"""Records → `Paper`: the board's own papers, composed from what it recorded.

- `end_of_year(board, cycle, style)` (`end_of_year.py`) — the End of Year Report: themes agreed at
  which meeting, delivery against the year's commitments, a narrative section per theme (grouped
  paragraphs from the activity log, see `narrative.py`), next year's priorities, Appendix 1.
- `work_plan(board, cycle, style)` (`work_plan.py`) — one row per priority area, honest
  carry-forward wording, members' feedback with the plan items that answer it, Next steps.
- `performance(board, cycle, quarter, style)` (`performance.py`) — RAG table with layout hints,
  a paragraph on each red and amber item, evidence, change since last quarter and the year's trend.

Rules shared by all three: only ACCEPTED records appear; body paragraphs are numbered "1", "1.1" …
continuously; every block's `refs` names the records it states, and `Paper.ref_info` says what each
ref is (label, date, link) for the writers' sources. Standard wording comes from the house style,
falling back to `DEFAULT_WORDING`. The functions read the database but never write to it.
"""

from .common import DEFAULT_WORDING, Numberer, board_short, commitment_line, contact_for, wording
from .end_of_year import end_of_year
from .narrative import count_word
from .performance import latest_quarter, performance
from .work_plan import work_plan

__all__ = [
    "DEFAULT_WORDING",
    "Numberer",
    "board_short",
    "commitment_line",
    "contact_for",
    "count_word",
    "end_of_year",
    "latest_quarter",
    "performance",
    "wording",
    "work_plan",
]
