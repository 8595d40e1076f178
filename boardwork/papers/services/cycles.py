"""Board years as the import meets them: a label in a paper → the board's cycle (made when new)."""

from __future__ import annotations

import datetime as dt

from boardwork.boards.models import Board, Cycle
from boardwork.lib.cycles import cycle_label, cycle_start_for, next_cycle_label, parse_cycle

# ---------------------------------------------------------------------------------------------------
# Cycles
# ---------------------------------------------------------------------------------------------------


def parse_cycle_label(label: str) -> tuple[int, str] | None:
    """'2020/21', '2020-21', '2020/2021', '2008-09' → (2020, '2020/21'); None if not a board year."""
    first = parse_cycle(label)
    return None if first is None else (first, cycle_label(first))


def cycle_label_for(day: dt.date) -> str:
    """The board year a date falls in, for boards whose year starts in September."""
    return cycle_label(cycle_start_for(day))


def find_cycle(board: Board, label: str) -> Cycle | None:
    """The board's cycle for `label`, however either side writes it ('2020/21' = '2020-2021')."""
    hit: Cycle | None = Cycle.objects.filter(board=board, label=label).first()
    if hit:
        return hit
    parsed = parse_cycle_label(label)
    if not parsed:
        return None
    first, canonical = parsed
    found: Cycle | None = (
        Cycle.objects.filter(board=board, label=canonical).first()
        or Cycle.objects.filter(board=board, start__year=first, start__month__gte=4).first()
    )
    return found


def new_cycle(board: Board, label: str) -> Cycle:
    """An unsaved cycle for `label`: 1 September to 31 August, the usual council board year."""
    parsed = parse_cycle_label(label)
    if not parsed:
        raise ValueError(f"{label!r} is not a board year like 2020/21")
    first, canonical = parsed
    return Cycle(board=board, label=canonical, start=dt.date(first, 9, 1), end=dt.date(first + 1, 8, 31))


def next_label(label: str) -> str | None:
    return next_cycle_label(label)
