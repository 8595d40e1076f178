"""Lettered items in a numbered paper: a list of its own under a heading, or a numbered paragraph's
sub-items (sections.build_units). Invented minutes."""

from boardwork.papers.document import Heading, ListItem, Paper, Paragraph
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.sections import build_units

CYCLE = Cycle(2022, 9)


def numbers(paper: Paper) -> list[tuple[str | None, str]]:
    units, _sections = build_units(paper, CYCLE)
    return [(u.number, u.text[:12]) for u in units]


def test_lettered_items_under_a_heading_are_units_of_their_own():
    paper = Paper(
        blocks=[
            Paragraph("Open time for public expression: no members of the public attended.", number="1"),
            Paragraph("Approval of the minutes of 9 November: approved.", number="2"),
            Heading("Member reports", 2),
            ListItem("Councillor Amber had no comments this month.", number="a"),
            ListItem("Councillor Brook reported on the insurance market.", number="b"),
            ListItem("Councillor Cole held a call with officers about the fire safety campaign.", number="c"),
        ]
    )
    got = numbers(paper)
    assert [n for n, _t in got[-3:]] == ["a", "b", "c"]


def test_lettered_items_under_a_numbered_paragraph_carry_its_number():
    paper = Paper(
        blocks=[
            Paragraph("Introduction to the report on the year.", number="1"),
            Paragraph("The panel considered the plan for the year.", number="2"),
            ListItem("the new youth diversion scheme;", number="a"),
            ListItem("the work with the fire service.", number="b"),
            Paragraph("The panel thanked officers.", number="3"),
        ]
    )
    got = numbers(paper)
    assert [n for n, _t in got] == ["1", "2", "2", "2", "3"]
