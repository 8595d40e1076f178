"""Headings of a report's own parts and of a meeting's order name no theme, while the work under them
is still read: a cover report's "Key issues" and the sub-heads under it, a foreword from a named
person (or "Forward", the same heading misspelt), a meeting's opening formalities under one heading
and the last minutes' approval with the actions arising (`extract.sections.classify_heading`). A
board's priority area stays a theme, under a report's body or on its own. Each heading and sentence is
made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.sections import classify_heading

DEED = "In March 2023 the Partnership published its guide to reporting hate crime for shop staff."


def _report(*headings: tuple[str, int]) -> Paper:
    title = "Eastmoor Community Safety Partnership: update to the Board"
    return Paper(
        meta=Meta(title=title),
        blocks=[Heading(title, 1), *(Heading(h, level) for h, level in headings), Paragraph(DEED)],
    )


NO_THEME = [
    [("Key Issues", 2)],
    [("3. KEY ISSUES", 2)],
    [("Main issues", 2)],
    [("Issues for consideration", 2)],
    [("3. Key issues", 2), ("3.1 Staffing and capacity", 3)],
    [("Foreword from Amira Khan, Cabinet Member for Communities", 2)],
    [("Forward", 2)],
    [("Welcome, apologies and declarations of interest", 2)],
    [("Approval of the last minutes and matters arising", 2)],
    [("Approval of previous minutes and review of actions", 2)],
]


@pytest.mark.parametrize("headings", NO_THEME)
def test_a_reports_part_or_a_meetings_order_names_no_theme(headings: list[tuple[str, int]]) -> None:
    got = extract(_report(*headings))
    # (the work under it is read, under no theme)
    assert got["activities"], got
    assert got["themes"] == []
    assert all(a["theme"] is None for a in got["activities"])


THEMES = [
    [("Tackling anti-social behaviour", 2)],
    [("Housing issues", 2)],
    [("Issues facing young people", 2)],
    [("3. The report", 2), ("3.1 Reducing reoffending", 3)],
    [("Forward together: community cohesion", 2)],
    [("Welcome packs for new tenants", 2)],
]


@pytest.mark.parametrize("headings", THEMES)
def test_a_priority_area_stays_a_theme(headings: list[tuple[str, int]]) -> None:
    got = extract(_report(*headings))
    want = headings[-1][0]
    assert [t["title"] for t in got["themes"]] == [want]
    assert [a["theme"] for a in got["activities"]] == [want]


def test_only_the_issues_sub_heads_inherit() -> None:
    cycle = Cycle(2023, 4)
    issues = classify_heading("3. Key issues", cycle, None, 2)
    assert classify_heading("3.1 Staffing and capacity", cycle, issues, 3).theme is None
    # (a sibling at the same level is no sub-head of it)
    assert classify_heading("4. Reducing reoffending", cycle, issues, 2).theme == "4. Reducing reoffending"
    priority = classify_heading("Tackling anti-social behaviour", cycle, None, 2)
    assert classify_heading("Street drinking", cycle, priority, 3).theme == "Street drinking"
