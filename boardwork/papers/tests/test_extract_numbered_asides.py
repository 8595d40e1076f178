"""Guards for any later reading of the unnumbered paragraphs of a numbered paper (issue #15, NOTES
2300-2309): what a paper that numbers its paragraphs sets between them — a pointer to an appendix, a
quotation, a contact line, a note — is no work, while its numbered paragraphs around it are read.
Wording invented for the tests, in the genre of partnerships' annual reports, not taken from any
corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract

_DONE = "The Partnership trained 40 door staff in spotting vulnerability."


@pytest.mark.parametrize(
    "aside",
    [
        "Further detail of the workshop held in June is given in the appendix to the report.",
        "\u201cThe training gave us the confidence to step in,\u201d said one of the door staff.",
        "Contact officer: Jane Morgan, Community Safety Manager, 01234 567890",
        "Note: figures for the last quarter are provisional.",
    ],
)
def test_asides_between_numbered_paragraphs_are_not_read_as_work(aside):
    paper = Paper(
        meta=Meta(title="Annual report of the Partnership", body="Westmere Community Safety Partnership"),
        blocks=[
            Heading("Annual report of the Partnership", 1),
            Heading("Progress", 2),
            Paragraph(text="The Partnership ran a campaign on cycle theft in the spring.", number="3.1"),
            Paragraph(text=aside),
            Paragraph(text=_DONE, number="3.2"),
        ],
    )
    texts = [a["text"] for a in extract(paper, trained_model=False)["activities"]]
    assert aside not in texts
    assert _DONE in texts
