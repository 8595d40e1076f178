"""Twentieth headings round: the paper's title at first reading. Two shapes of the genre that the
plain-text reader's title choice read wrongly: an attachment's label at its head taken for the title
(or a heading), and a letter's subject line under its salutation left as a heading under a letterhead
taken for the title. Every example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.layout import layout

ANNEX = (
    "Appendix B to the report of the Head of Housing and Communities\n"
    "EASTBY BOROUGH COUNCIL\n"
    "COMMUNITIES SCRUTINY PANEL\n"
    "14TH MARCH, 2011\n"
    "Held at 7.00 p.m. in the Council Chamber, Town Hall, Eastby.\n\n"
    "Present: Councillor J. Smith (Chairman); Councillors A. Brown and C. White.\n\n"
    "1. NOTES OF THE LAST MEETING\n\n"
    "The notes of the meeting held on 10th February were agreed.\n"
)

LETTER = (
    "Our ref: JB/22\n"
    "Your ref: AS/4\n"
    "Date: 3 June 2021\n\n"
    "Ms A Smith\n"
    "Home Office\n"
    "2 Marsham Street\n"
    "London\n\n"
    "Dear Ms Smith,\n\n"
    "Safer Streets Fund 2021 - Round Two Bid\n\n"
    "Please find enclosed the partnership's bid for the second round of the fund, with the letters\n"
    "of support from our partners.\n\n"
    "Yours sincerely\n\n"
    "Jo Bloggs\n"
    "Community Safety Manager\n"
)

LETTER_THAT_OPENS_WITH_ITS_TEXT = (
    "Our ref: JB/22\n"
    "Date: 3 June 2021\n\n"
    "Dear Ms Smith,\n\n"
    "Thank you for your letter\n\n"
    "of 2 May about the fund, which we have read with care.\n"
)


def _blocks(text: str) -> tuple[str | None, list[tuple[str, int | None, str]]]:
    meta, blocks = layout(text, Limits())
    return meta.title, [(b.type, getattr(b, "level", None), b.text) for b in blocks]


def test_an_attachments_label_at_its_head_is_text_not_the_title():
    title, blocks = _blocks(ANNEX)
    line = "Appendix B to the report of the Head of Housing and Communities"
    assert title != line
    assert ("paragraph", None, line) in blocks
    assert not any(t == "heading" and x == line for t, _, x in blocks)


def test_a_letters_subject_under_its_salutation_is_its_title():
    title, blocks = _blocks(LETTER)
    assert title == "Safer Streets Fund 2021 - Round Two Bid"
    assert ("heading", 1, "Safer Streets Fund 2021 - Round Two Bid") in blocks
    d = txt.read(LETTER.encode(), Limits()).to_dict()
    assert d["meta"]["title"] == "Safer Streets Fund 2021 - Round Two Bid"
    # A first line that goes on, after a blank line, in lower case is the letter's text, not its
    # subject.
    title, blocks = _blocks(LETTER_THAT_OPENS_WITH_ITS_TEXT)
    assert title != "Thank you for your letter"
    assert not any(t == "heading" and lvl == 1 and x == "Thank you for your letter" for t, lvl, x in blocks)
