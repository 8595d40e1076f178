"""Partial dates: a date known to the day, the month or only the year, as board papers give them
("14 June 2023", "June 2023", "2023"). One type, `PartialDate`, parses them, prints them in the
papers' style and as ISO ("2023-06"), sorts them and tells which board year they fall in; the
month names and their pattern live here too, for every reader, extractor, form and writer.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from .cycles import BOARD_YEAR_START_MONTH, cycle_label, cycle_start_for

Precision = Literal["year", "month", "day"]

MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name[1:])  # "January" … "December"

# Every spelling of a month papers use, lower-case → 1–12: full names, three-letter abbreviations
# and "sept".
MONTH_NUMBERS: dict[str, int] = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTH_NUMBERS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTH_NUMBERS["sept"] = 9

# The same spellings as a regex alternation (capitalised as printed; full names first so that
# "June" is not read as "Jun").
MONTH_PATTERN = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)

_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_DMY_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_MONTH_YEAR = re.compile(r"([A-Za-z]+)\.?,?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")

NOT_A_DATE = "Enter a date like 2021, March 2021, 2021-03 or 17/03/2021"
NO_SUCH_DATE = "That date does not exist"


def month_number(name: str) -> int | None:
    """'June', 'Jun', 'jun.', 'Sept' → 6, 6, 6, 9; None for anything else."""
    return MONTH_NUMBERS.get(name.strip().rstrip(".").lower())


def iso_date(s: str | None) -> date | None:
    """The day at the start of an ISO string ('2021-05-18', '2021-05-18T10:00'); None if there is
    none or it does not exist."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day. `month`/`day` are None when unknown.

    Stored records keep it as the first day of its period plus a precision (`from_stored`,
    `first_day`, `precision`); papers and the API write it as ISO ('2020', '2020-12',
    '2020-12-03')."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # Building the first day checks the numbers (month 13, 30 February …).
        date(self.year, self.month or 1, self.day or 1)

    # -- making one -------------------------------------------------------------------------------

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """'2021', '2021-03', '2021-03-17', '17/3/2021', 'March 2021', 'Mar 2021', '17 March 2021'.

        Raises ValueError with a sentence fit to show a user (`NOT_A_DATE` or `NO_SUCH_DATE`)."""
        t = " ".join((text or "").split())
        try:
            if m := _ISO.fullmatch(t):
                y, mo, d = m.groups()
                return cls(int(y), int(mo) if mo else None, int(d) if d else None)
            if m := _DMY_NUMERIC.fullmatch(t):
                return cls(int(m[3]), int(m[2]), int(m[1]))
            if (m := _MONTH_YEAR.fullmatch(t)) and (mo := month_number(m[1])):
                return cls(int(m[2]), mo)
            if (m := _DAY_MONTH_YEAR.fullmatch(t)) and (mo := month_number(m[2])):
                return cls(int(m[3]), mo, int(m[1]))
        except ValueError:
            raise ValueError(NO_SUCH_DATE) from None
        raise ValueError(NOT_A_DATE)

    @classmethod
    def from_iso(cls, value: str) -> PartialDate:
        """'2020', '2020-12' or '2020-12-03' (the extraction's and the API's form)."""
        m = _ISO.fullmatch((value or "").strip())
        if not m:
            raise ValueError(f"{value!r} is not a date like 2020, 2020-12 or 2020-12-03")
        y, mo, d = m.groups()
        return cls(int(y), int(mo) if mo else None, int(d) if d else None)

    @classmethod
    def from_stored(cls, first_day: date, precision: str) -> PartialDate:
        """A record's (first day of the period, precision) pair; an unknown precision is a day."""
        if precision == "year":
            return cls(first_day.year)
        if precision == "month":
            return cls(first_day.year, first_day.month)
        return cls(first_day.year, first_day.month, first_day.day)

    # -- what it is -------------------------------------------------------------------------------

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        if self.day is not None:
            return self.first_day()
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        """'2020', '2020-12', '2020-12-03'."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def display(self) -> str:
        """As the papers print it: '2020', 'December 2020', '3 December 2020'."""
        if self.month is None:
            return str(self.year)
        name = MONTH_NAMES[self.month - 1]
        return f"{name} {self.year}" if self.day is None else f"{self.day} {name} {self.year}"

    def __str__(self) -> str:
        return self.display()

    def sort_key(self) -> tuple[date, int]:
        """Chronological by the period's start; at the same start the wider period first."""
        return (self.first_day(), {"year": 0, "month": 1, "day": 2}[self.precision])

    def contains(self, day: date) -> bool:
        return self.first_day() <= day <= self.last_day()

    def overlaps(self, other: PartialDate) -> bool:
        return self.first_day() <= other.last_day() and other.first_day() <= self.last_day()

    def cycle_start(self, start_month: int = BOARD_YEAR_START_MONTH) -> int | None:
        """The start year of the cycle the date falls in; None when it is known only to the year
        (a calendar year is part of two cycles)."""
        if self.month is None:
            return None
        return cycle_start_for(self.first_day(), start_month)

    def cycle_label(self, start_month: int = BOARD_YEAR_START_MONTH) -> str | None:
        """'2020/21' for December 2020 (board years start in September); None for a bare year."""
        start = self.cycle_start(start_month)
        return None if start is None else cycle_label(start)
