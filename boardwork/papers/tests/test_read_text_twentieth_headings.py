"""Twentieth headings round: the paper's title at first reading. An attachment's label at its head
taken for the title (or a heading). Every example is made up in the genre's shape, not copied from a
paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits
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


def _blocks(text: str) -> tuple[str | None, list[tuple[str, int | None, str]]]:
    meta, blocks = layout(text, Limits())
    return meta.title, [(b.type, getattr(b, "level", None), b.text) for b in blocks]


def test_an_attachments_label_at_its_head_is_text_not_the_title():
    title, blocks = _blocks(ANNEX)
    line = "Appendix B to the report of the Head of Housing and Communities"
    assert title != line
    assert ("paragraph", None, line) in blocks
    assert not any(t == "heading" and x == line for t, _, x in blocks)
