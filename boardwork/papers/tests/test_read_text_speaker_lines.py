"""Plain-text minutes: a person's name alone on its line, which the next paragraph opens with as it
reports what they did, says who spoke; it is a paragraph, not a heading. Names shaped like a
section's name over other text stay headings. Read as an import reads them (the rules, then the
heading model). Every example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits, txt

NAMED_PRESENTER = (
    "Youth Offending Service Update\n\n"
    "Jo Bloggs\n\n"
    "Jo Bloggs presented a report on the service's work with young people over the past year, and\n"
    "answered members' questions.\n\n"
    "Resolved\n\n"
    "That the report be noted.\n"
)

SECTION_NAMED_LIKE_A_NAME = (
    "Annual Report of the Partnership 2022/23\n\n"
    "Youth Justice\n\n"
    "Youth Justice services supported 120 young people in the year, fewer than the year before.\n\n"
    "Road Safety\n\n"
    "Casualties on the borough's roads fell for the third year running.\n"
)


def _read(text: str) -> list[tuple[str, str]]:
    return [(b.type, b.text) for b in txt.read(text.encode(), Limits()).blocks]


def test_a_name_the_next_paragraph_opens_with_as_it_reports_is_a_paragraph():
    blocks = _read(NAMED_PRESENTER)
    assert ("paragraph", "Jo Bloggs") in blocks
    assert ("heading", "Jo Bloggs") not in blocks


def test_a_sections_name_the_next_paragraph_opens_with_is_still_a_heading():
    blocks = _read(SECTION_NAMED_LIKE_A_NAME)
    assert ("heading", "Youth Justice") in blocks
    assert ("heading", "Road Safety") in blocks
