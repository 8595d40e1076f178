"""A heading that labels what is under it as the body's deeds done, put as the reader's question
("What did we do?") or naming them as a list ("Our achievements", "Key achievements 2023/24"), is a
part of the report that names no theme (`extract.sections.classify_heading`, `Section.part`), while
the work under it is still read. A heading that says what the body did ("What we achieved") names
the part it heads and stays a theme, and headings of what the body does or will do stay as they
were. Each heading and sentence is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.sections import classify_heading, is_deeds_heading


def _report(heading: str) -> Paper:
    title = "Eastmoor Community Safety Partnership newsletter"
    return Paper(
        meta=Meta(title=title),
        blocks=[
            Heading(title, 1),
            Heading(heading, 2),
            Paragraph(
                "The Partnership published its guide to reporting hate crime for shop staff in June 2023."
            ),
        ],
    )


DEEDS = [
    "What did we do?",
    "What Did We Do?",
    "What did we deliver?",
    "Our achievements",
    "Key achievements 2023/24",
    "Key achievements 2023-24",
    "Our key achievements",
    "Highlights of the year",
    "Achievements over the year",
    "3. Our successes",
]


@pytest.mark.parametrize("heading", DEEDS)
def test_a_heading_of_the_bodys_deeds_names_no_theme(heading: str) -> None:
    got = extract(_report(heading))
    # (the work under it is read, under no theme)
    assert got["activities"], got
    assert got["themes"] == []
    assert all(a["theme"] is None for a in got["activities"])
    section = classify_heading(heading, Cycle(2023, 4))
    assert section.role == "theme" and section.part and section.theme is None
    assert is_deeds_heading(heading)


@pytest.mark.parametrize("heading", ["What we did", "What we have done", "What we've delivered"])
def test_a_heading_saying_what_the_body_did_stays_a_theme(heading: str) -> None:
    # (a deeds heading, whose items the model's veto spares, naming the part of the report it heads)
    assert is_deeds_heading(heading)
    got = extract(_report(heading))
    assert got["activities"], got
    assert [t["title"] for t in got["themes"]] == [heading]


@pytest.mark.parametrize(
    "heading",
    [
        "What we will do",
        "What we do",
        "Future highlights",
        "Our partners",
        "Achieving safer streets",
        "What we heard",
        "Hate crime awareness",
    ],
)
def test_a_heading_of_what_the_body_does_or_will_do_stays_a_theme(heading: str) -> None:
    assert not is_deeds_heading(heading)
    section = classify_heading(heading, Cycle(2023, 4))
    assert section.theme == heading


def test_our_priorities_stays_a_heading_of_plans() -> None:
    assert not is_deeds_heading("Our priorities")
    assert classify_heading("Our priorities", Cycle(2023, 4)).role == "excluded"


def test_the_work_under_a_subject_heading_keeps_its_theme() -> None:
    got = extract(_report("Hate crime awareness"))
    assert got["activities"], got
    assert [t["title"] for t in got["themes"]] == ["Hate crime awareness"]
