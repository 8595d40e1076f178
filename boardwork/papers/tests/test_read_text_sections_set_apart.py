"""Plain-text papers' headings: a section's short name set apart by blank lines, in sentence case,
between the title and the first section (a welcome over the chair's foreword, a group's profile
over its rows) is a heading, not a cover line; a cover's own name lines stay out. Read as an import
reads them (the rules, then the heading model). Every example is made up in the genre's shape, not
copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits, txt

WELCOME = (
    "Eastby Neighbourhood Watch Annual Review 2021/22\n\n"
    "Welcome\n\n"
    "A word from our Chair\n\n"
    "This has been a busy year for our volunteers, who ran forty street meetings across the borough.\n"
)

PROFILE = (
    "Westby Association of Community Safety Officers - annual report to the Board 2022\n\n"
    "An annual report from a special interest group.\n\n"
    "About the group\n\n"
    "Founded: 2009\n"
    "Meetings: four a year\n"
    "Website: www.example.org.uk\n\n"
    "Membership\n\n"
    "Membership is open to every community safety team in the region, and thirty teams have joined.\n"
)

COVER_NAME = (
    "Partnership Strategic Assessment 2019\n\n"
    "Eastby Community Safety Analysis Team\n\n"
    "Acknowledgements\n\n"
    "The team thanks the partners who shared their data for this assessment over the year.\n"
)

COVER_LINE_SET_CLOSE = (
    "Partnership Strategic Assessment 2019\n\n"
    "Prepared by the analysts\n"
    "Acknowledgements\n\n"
    "The team thanks the partners who shared their data for this assessment over the year.\n"
)


def _headings(text: str) -> list[tuple[int, str]]:
    paper = txt.read(text.encode(), Limits())
    return [(b.level, b.text) for b in paper.blocks if b.type == "heading"]


def test_a_welcome_set_apart_over_the_chairs_foreword_is_a_heading():
    assert _headings(WELCOME) == [
        (1, "Eastby Neighbourhood Watch Annual Review 2021/22"),
        (2, "Welcome"),
        (2, "A word from our Chair"),
    ]


def test_a_profiles_name_over_its_rows_is_a_heading():
    assert (2, "About the group") in _headings(PROFILE)
    assert (2, "Membership") in _headings(PROFILE)


def test_a_covers_name_line_in_title_case_is_still_no_heading():
    assert _headings(COVER_NAME) == [(1, "Partnership Strategic Assessment 2019"), (2, "Acknowledgements")]


def test_a_cover_line_with_no_blank_line_under_it_is_still_no_heading():
    assert (2, "Prepared by the analysts") not in _headings(COVER_LINE_SET_CLOSE)
