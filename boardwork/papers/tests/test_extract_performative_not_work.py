"""A statement the paper makes in saying it — a clerk's certificate that an agenda was posted, a notice
of meeting, a summons — is the document's own act, not work it reports. Invented sentences."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract.pipeline import extraction_of, not_work

_REASON = "a formal statement the paper itself makes"


@pytest.mark.parametrize(
    "text",
    [
        "I hereby certify under penalty of perjury that the foregoing agenda was posted at the Town Hall"
        " and on the Council's website not less than 72 hours before the meeting.",
        "I hereby certify that this notice was published on the board outside the Civic Centre.",
        "Notice is hereby given that the Harbour Watch Committee will hold a meeting on 12 March 2025.",
        "You are hereby summoned to attend a meeting of the Parish Council at the Village Hall.",
    ],
)
def test_a_performative_statement_is_not_work(text):
    assert not_work(text) == _REASON


@pytest.mark.parametrize(
    "text",
    [
        # Work reported, with the same verbs told as done.
        "The Clerk certified the accounts of the Harbour Trust and published them in July.",
        "The Council gave notice of its intention to close the depot and consulted residents on it.",
    ],
)
def test_work_told_with_the_same_verbs_is_not_taken_for_one(text):
    assert not_work(text) != _REASON


def test_an_agenda_of_numbered_items_and_its_posting_certificate_gives_no_activity():
    """Numbered items with no headings, then the clerk's certificate: nothing done is reported."""
    blocks = [
        Paragraph(text="CALL TO ORDER", number="1"),
        Paragraph(text="Approval of the minutes of the meeting of 4 March 2025", number="2"),
        Paragraph(text="ADJOURNMENT", number="3"),
        Paragraph(
            text="I hereby certify under penalty of perjury under the laws of the State that the foregoing"
            " agenda was posted not less than 72 hours prior to the meeting at the following locations:"
            " the Town Hall lobby, the public library and the Council's website."
        ),
        Paragraph(text="Date Posted: 7 March 2025"),
    ]
    paper = Paper(
        meta=Meta(title="AGENDA REGULAR MEETING RIVERTON CITY COUNCIL", body="Riverton City Council"),
        blocks=blocks,
    )
    assert extraction_of(paper).activities == []
