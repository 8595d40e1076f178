"""A committee site's meeting line that names the kind of meeting first ("Extraordinary Meeting,
Northshire Police and Crime Panel - Wednesday 12 March 2025 10.00 am"): the body and the meeting's
date, as the same line without the kind is, never the title or a heading. Every example is made up
in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading
from boardwork.papers.readers import read_bytes


def _page(meeting_line: str) -> str:
    return (
        "Agenda and minutes\n\n"
        f"{meeting_line}\n\n"
        "Venue: Council Chamber, Town Hall, High Street, Westby\n\n"
        "Contact: Jo Bloggs, Democratic Services Officer\n\n"
        "Items\nNo. Item\n\n"
        "1.\n\nApologies for Absence\n\nMinutes:\n\n"
        "Apologies were received from Councillor Green.\n\n"
        "2.\n\nProposed Precept 2025/26\n\nMinutes:\n\n"
        "The Commissioner presented the proposed precept for the coming year.\n"
    )


def _read(text: str):
    paper = read_bytes(text.encode(), "page.txt")
    return paper.meta, [b.text for b in paper.blocks if isinstance(b, Heading)], paper


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Extraordinary Meeting, Westshire Police and Crime Panel - Wednesday 12 March 2025 10.00 am",
            "Westshire Police and Crime Panel",
        ),
        ("Annual Meeting, Eastby Fire and Rescue Authority - Tuesday 4 June 2024 10.30 am", None),
        ("Budget Meeting, Cabinet - Monday 3 February 2025 6.30 pm", "Cabinet"),
        ("Special Meeting, Northshire Community Safety Committee - Thursday 9 May 2024", None),
    ],
)
def test_a_meeting_line_with_its_kind_gives_the_body_and_date_not_a_heading(
    line: str, body: str | None
) -> None:
    meta, heads, _ = _read(_page(line))
    assert meta.title is None
    assert not any("Meeting," in h for h in heads)
    assert heads[:2] == ["Apologies for Absence", "Minutes"]
    assert meta.meeting_date is not None and meta.meeting_date[:4] in line
    if body is not None:
        assert meta.body == body
    else:
        assert meta.body is not None and meta.body in line and not meta.body.startswith(("Annual", "Special"))


def test_the_same_line_without_its_kind_reads_as_before() -> None:
    meta, heads, _ = _read(_page("Westshire Police and Crime Panel - Wednesday 12 March 2025 10.00 am"))
    assert (meta.title, meta.body, meta.meeting_date) == (
        None,
        "Westshire Police and Crime Panel",
        "2025-03-12",
    )
    assert heads[0] == "Apologies for Absence"


def test_a_sentence_opening_with_a_meeting_kind_stays_in_the_text() -> None:
    # A minute's sentence opening the same way says something: it is no meeting line.
    text = _page("Westshire Police and Crime Panel - Wednesday 12 March 2025 10.00 am").replace(
        "Apologies were received from Councillor Green.",
        "Annual Meeting, the Panel agreed, will be held in the Town Hall - on Tuesday 4 June 2024 at 10.00 am.",
    )
    _, _, paper = _read(text)
    assert any("the Panel agreed" in getattr(b, "text", "") for b in paper.blocks)


def test_a_heading_naming_the_annual_meeting_alone_stays_a_heading() -> None:
    text = (
        "Westshire Police and Crime Panel\n\n"
        "Annual Report 2024\n\n"
        "Annual Meeting\n\n"
        "The Panel elected its Chair and Vice-Chair for the year at its annual meeting in June.\n"
    )
    _, heads, _ = _read(text)
    assert "Annual Meeting" in heads
