"""A run of short lines in the text's own case, each set apart by blank lines, in a plain-text
paper's body (after its first paragraph of prose): names and offices one a line, a form's labels
and values, key facts one a line. The lines inside such a run are the run's own, not headings;
its last two lines may still head what follows (a section's name over a sub-section's, or a name
over its prose). The examples are made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading
from boardwork.papers.readers import Limits, txt

OPENING = (
    "Eastby Community Safety Partnership\n\n"
    "Report to the Partnership Board\n\n"
    "This report sets out the partnership's work in the year and the questions the board is asked "
    "to consider at its meeting in the spring.\n\n"
)


def headings(text: str) -> list[str]:
    paper = txt.read(text.encode(), Limits())
    return [b.text for b in paper.blocks if isinstance(b, Heading) and b.level != 1]


def test_names_one_a_line_after_the_prose_are_no_headings() -> None:
    text = OPENING + (
        "Those invited\n\n"
        "Councillor Amy Rowe\n\n"
        "Tom Baker, Safer Streets Officer\n\n"
        "Priya Shah\n\n"
        "Leo Grant\n\n"
        "Our work this year\n\n"
        "The partnership met four times and agreed a new plan for the town centre with the police "
        "and the fire service.\n"
    )
    got = headings(text)
    assert "Priya Shah" not in got
    # (The run's last line heads the prose under it.)
    assert "Our work this year" in got


def test_key_facts_one_a_line_after_the_prose_are_no_headings() -> None:
    text = OPENING + (
        "What we did\n\n"
        "Speed checks outside every school\n\n"
        "New lighting on the high street\n\n"
        "A youth club on Friday nights\n\n"
        "Two more wardens in the town centre\n\n"
        "What comes next\n\n"
        "The board will agree next year's plan at its meeting in June, after the public have had "
        "their say.\n"
    )
    got = headings(text)
    assert "New lighting on the high street" not in got
    assert "What we did" in got
    assert "What comes next" in got


def test_guard_a_section_over_its_sub_section_stays() -> None:
    # Two short lines in a row (a section's name, then its first sub-section's) are no run.
    text = OPENING + (
        "Findings\n\n"
        "Methods\n\n"
        "The survey was sent to every household in the district in the autumn and more than a "
        "thousand replied.\n\n"
        "Results\n\n"
        "Most people said they felt safe in the town centre during the day and fewer at night.\n"
    )
    assert headings(text) == ["Findings", "Methods", "Results"]


def test_guard_a_run_of_three_loses_none_of_its_lines() -> None:
    # In a run of three no line is inside it but for the middle one, which is also the one before
    # the last: the run is left to the other rules (a section's name, a sub-section's, its topic).
    text = OPENING + (
        "Northby Ward Panel\n\n"
        "Priorities for the year\n\n"
        "Anti-social behaviour\n\n"
        "Reports of anti-social behaviour fell by a tenth over the year after the panel's patrols.\n"
    )
    got = headings(text)
    assert "Northby Ward Panel" in got
    assert "Anti-social behaviour" in got


def test_guard_the_cover_before_the_first_prose_is_left_alone() -> None:
    # Short lines before the paper's first prose (its cover) are the other rules' to judge.
    text = (
        "Eastby Community Safety Partnership\n\n"
        "Annual Report\n\n"
        "Contents\n\n"
        "Foreword\n\n"
        "Our priorities\n\n"
        "The partnership brings the council, the police and the fire service together to keep the "
        "district safe.\n\n"
        "More prose follows here, as it does in every report of this kind, to close the section.\n"
    )
    before = headings(text)
    assert "Our priorities" in before


def test_guard_capitals_break_the_run() -> None:
    # A line in capitals is a heading of another shape: it is not one of the run.
    text = OPENING + (
        "Members present\n\n"
        "Councillor Amy Rowe\n\n"
        "WORK OF THE YEAR\n\n"
        "Road safety\n\n"
        "The partnership ran speed checks outside every school in the district with the police.\n"
    )
    got = headings(text)
    assert "Road safety" in got
    assert "WORK OF THE YEAR" in got
