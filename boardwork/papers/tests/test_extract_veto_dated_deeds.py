"""The trained model's veto spares work done in a year or a month of its own (ADR 0013, 2026-12-06,
what the veto takes): the rules' date of a deed is theirs to read, the model's low score is not a
reason to drop it. Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from boardwork.papers.extract.pipeline import _spared, select


def _rule(text: str, date: str | None, kinds: tuple[str, ...] = ("event",)) -> Any:
    return SimpleNamespace(
        organisations=[], unsure=[], read_as=frozenset(), kinds=list(kinds), date=date, text=text
    )


def _kept(*rules: Any) -> list[str]:
    candidates = [SimpleNamespace(told_done=False, probability=0.05, rule=r, section_index=0) for r in rules]
    return [found.text for _, found in select(cast(Any, candidates), add_at=None, veto_below=0.3)]


def test_work_done_in_a_year_of_its_own_is_never_vetoed():
    deed = _rule(
        "In 2023 the Partnership ran a week of action against cycle theft in the town centre.", "2023"
    )
    figure = _rule("Reports of cycle theft fell by a fifth on the year before.", None, ("research",))
    assert _kept(deed, figure) == [deed.text]


def test_work_done_in_a_month_of_its_own_is_never_vetoed():
    deed = _rule(
        "The team trained forty door staff in spotting signs of exploitation in October 2022.",
        "2022-10",
        ("training",),
    )
    assert _spared(deed)
    assert _kept(deed) == [deed.text]


def test_a_date_to_the_day_work_to_come_or_no_date_spare_nothing():
    # A day is as often the paper's own stamp (the meeting whose minutes are approved) as a deed's.
    minutes = _rule(
        "The minutes of the meeting held on 14 June 2024 were approved as a correct record.", "2024-06-14"
    )
    plan = _rule(
        "In 2026 the Partnership will run a campaign on doorstep scams with trading standards.", "2026"
    )
    undated = _rule("The board discussed the draft strategy at length.", None)
    assert not any(_spared(r) for r in (minutes, plan, undated))
    assert _kept(minutes, plan, undated) == []
