"""Board and financial years ("cycles") written "2020/21": one home for the label rules.

A cycle is named by its start year; its label is "YYYY/yy". Papers write the same year as
"2020/21", "2020-21", "2020/2021", "2020 to 21" or "2020–21"; all of them mean start year 2020.
"""

from __future__ import annotations

import re
from datetime import date

# A board year runs from the autumn to the summer (boards meet September to July); councils,
# authorities and services report on the financial year, which starts in April.
BOARD_YEAR_START_MONTH = 9
FINANCIAL_YEAR_START_MONTH = 4

_LABEL = re.compile(r"^\s*(\d{4})\s*(?:/|-|–|to)\s*(\d{2}|\d{4})\s*$")
# A cycle cited inside running text: no digit or slash on either side ("2020/21/22" is not one).
_IN_TEXT = re.compile(r"(?<![\d/])((?:19|20)\d\d)\s*(?:/|-|to)\s*((?:19|20)?\d\d)(?![\d/])")
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-"})


def cycle_label(start: int) -> str:
    """2020 → '2020/21'."""
    return f"{start}/{(start + 1) % 100:02d}"


def format_cycle(start: int | None) -> str | None:
    """Like `cycle_label`, passing None through (a paper whose year is unknown)."""
    return None if start is None else cycle_label(start)


def parse_cycle(label: str | None) -> int | None:
    """The start year of a whole label: '2020/21', '2020-21', '2020/2021', '1999/00' → its first
    year; None when it is not two consecutive years."""
    m = _LABEL.match(label or "")
    if not m:
        return None
    first, second = int(m.group(1)), m.group(2)
    follows = int(second) if len(second) == 4 else (first // 100) * 100 + int(second)
    if len(second) == 2 and follows < first:
        follows += 100  # 1999/00
    return first if follows == first + 1 else None


def cycles_in(text: str) -> list[int]:
    """Start years of every cycle cited in running text ('in 2020/21', '2020-2021', '2020 to 21')."""
    return [start for start, _ in cycles_cited(text)]


def cycles_cited(text: str) -> list[tuple[int, int]]:
    """Each cycle cited in running text as (its start year, where in `text` it is cited)."""
    out = []
    for m in _IN_TEXT.finditer((text or "").translate(_DASHES)):
        a, b = int(m.group(1)), m.group(2)
        b_full = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if b_full == a + 1:
            out.append((a, m.start()))
    return out


def cycle_start_for(day: date, start_month: int = BOARD_YEAR_START_MONTH) -> int:
    """The start year of the cycle `day` falls in, for years that begin in `start_month`."""
    return day.year if day.month >= start_month else day.year - 1


def next_cycle_label(label: str) -> str | None:
    """'2020/21' → '2021/22'; None when `label` is not a cycle."""
    start = parse_cycle(label)
    return None if start is None else cycle_label(start + 1)
