"""Plain-text reader: genre rules from the headings round's development papers (a cover table set one
cell a line, a site's contact strip, a section's number over its own renumbered items, the paper
speaking of itself, a long title repeated over the report). Each example is made up in the genre's
shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.tests.plaintext import read_txt
from boardwork.papers.tests.plaintext import texts as _texts


def _levels(d: dict) -> list[tuple[int, str]]:
    return [(b["level"], b["text"]) for b in d["blocks"] if b["type"] == "heading"]


def test_a_cover_table_set_one_cell_a_line_is_neither_headings_nor_body():
    # A report's cover whose two-column table of rows came out one cell a line: the labels are not
    # headings over their values, and the cells are the cover's metadata; the section heading after
    # them still heads its paragraph.
    d = read_txt(
        "CABINET\n\n"
        "9 May 2024\n\n"
        "Northshire Library Opening Hours Review\n\n"
        "Will this be a Key Decision?\n\n"
        "Yes\n\n"
        "Urgency\n\n"
        "Not Applicable\n\n"
        "Lead Director\n\n"
        "Sam Jones, Director of Place\n\n"
        "Wards affected\n\n"
        "All\n\n"
        "Executive Summary\n\n"
        "This report sets out the findings of the review of library opening hours, and the changes\n"
        "proposed to them from next April.\n"
    )
    assert _levels(d) == [(1, "Northshire Library Opening Hours Review"), (2, "Executive Summary")]
    assert not {"Urgency", "Not Applicable", "Lead Director", "Sam Jones, Director of Place"} & set(_texts(d))


def test_a_label_whose_value_is_prose_is_a_cell_too():
    # The run's last line, a label, heads only its own value (a sentence), not a section.
    d = read_txt(
        "SCRUTINY COMMITTEE\n\n"
        "4 June 2024\n\n"
        "Parks Review Covering Report\n\n"
        "Will this be a Key Decision?\n\n"
        "No\n\n"
        "Urgency\n\n"
        "Not Applicable\n\n"
        "Final Decision-Maker\n\n"
        "Any actions agreed will go to the Cabinet in July 2024.\n\n"
        "Summary\n\n"
        "The committee has finished its review of the borough's parks and reports its findings here.\n"
    )
    assert _levels(d) == [(1, "Parks Review Covering Report"), (2, "Summary")]
    assert "Any actions agreed will go to the Cabinet in July 2024." in _texts(d)


def test_a_sites_contact_strip_is_not_the_title():
    d = read_txt(
        "In an emergency call 999\n"
        "For general enquiries call 01234 567890\n"
        "Monday - Friday 9am to 5pm\n\n"
        "Statement of Accounts Summary\n\n"
        "The Authority's accounts for the year show a small underspend against its budget, which\n"
        "has been added to its general reserve.\n"
    )
    assert d["meta"]["title"] == "Statement of Accounts Summary"
    assert _levels(d) == [(1, "Statement of Accounts Summary")]
    assert "In an emergency call 999" not in _texts(d)


def test_a_numbered_line_over_its_own_items_counted_again_from_one_is_a_heading():
    d = read_txt(
        "Annual Governance Statement\n\n"
        "  1. Scope of responsibility\n"
        "    1. The Authority is responsible for making sure that its business is conducted lawfully.\n"
        "    2. It must also secure continuous improvement in the way it exercises its functions.\n"
        "  2. The purpose of the governance framework\n"
        "    1. The framework is made up of the systems and processes by which the Authority is run.\n"
    )
    assert _levels(d) == [
        (1, "Annual Governance Statement"),
        (2, "Scope of responsibility"),
        (2, "The purpose of the governance framework"),
    ]


def test_the_paper_speaking_of_itself_is_a_sentence_not_a_heading():
    d = read_txt(
        "Town Centre Review\n\n"
        "Purpose of Report\n\n"
        "Decision\n\n"
        "This report makes the following recommendations to the Cabinet: That\n\n"
        "1.   The review's report be received; and\n\n"
        "2.   A response to it be given within two months.\n"
    )
    assert _levels(d) == [(1, "Town Centre Review"), (2, "Purpose of Report")]


def test_a_long_title_repeated_over_the_report_after_its_cover_is_the_title_again():
    title = "Report of the Overview and Scrutiny Committee acting as the Crime and Disorder Committee on Town Centre Safety"
    d = read_txt(
        "CABINET\n\n"
        "9 May 2024\n\n"
        f"{title}\n\n"
        "Summary\n\n"
        "The committee reviewed safety in the town centre and makes four recommendations.\n\n"
        f"{title}\n\n"
        "1.       IMPLICATIONS\n\n"
        "1.1  The recommendations can be met from the existing budget.\n"
    )
    assert [lv for lv, t in _levels(d) if t == title] == [1, 1]


def test_a_line_naming_a_document_further_down_the_opening_is_the_title_not_a_sites_strapline():
    # A site's strapline and its menu's words over the page's own title: the title is the line that
    # names a document, and the lines over it are not sections.
    d = read_txt(
        "Making Northshire a safer place\n\n"
        "Open menu\n\n"
        "Stay safe online this winter\n\n"
        "Community Safety Annual Report 2021-2022\n\n"
        "The partnership's annual report sets out what its members did together over the year to\n"
        "reduce crime and the fear of crime.\n"
    )
    assert d["meta"]["title"] == "Community Safety Annual Report 2021-2022"
    assert _levels(d) == [(1, "Community Safety Annual Report 2021-2022")]
    assert "Open menu" not in _texts(d)


def test_a_title_with_a_year_or_a_subtitle_under_it_keeps_its_place():
    # A title that names its period stays the title, and so does one with its subtitle set straight
    # under it (the subtitle names the document, the title does not).
    d = read_txt(
        "HOW ARE WE DOING IN 2021-22?\n\n"
        "AN ASSESSMENT OF THE SERVICE'S PERFORMANCE\n\n"
        "Introduction\n\n"
        "This document gives an account of the Service's work over the year in a single place.\n"
    )
    assert d["meta"]["title"] == "HOW ARE WE DOING IN 2021-22?"
    e = read_txt(
        "KEEPING NORTHSHIRE SAFE\n"
        "A Review of the Year\n\n"
        "Introduction\n\n"
        "This document gives an account of the Service's work over the year in a single place.\n"
    )
    assert e["meta"]["title"] == "KEEPING NORTHSHIRE SAFE"


def test_a_section_label_that_lost_its_number_to_a_bullet_or_kept_it_heads_its_prose():
    d = read_txt(
        "Report of the Chief Fire Officer\n"
        "Executive Member:- Sam Jones\n"
        "- Purpose of report\n"
        "To propose the Service's draft plan for consultation with the public and its partners.\n"
        "- Summary\n"
        "The draft plan builds on the action plans of the first one and sets out what is proposed.\n"
        "4. Background\n"
        "The first plan was agreed in March and progress has been made on each of its action plans.\n"
    )
    assert _levels(d) == [(2, "Purpose of report"), (2, "Summary"), (2, "Background")]
    assert d["meta"]["title"] is None  # "Executive Member:- Sam Jones" is a cover's row


def test_a_sections_number_over_its_unnumbered_prose_is_not_part_of_its_title():
    d = read_txt(
        "Annual Report 2013\n\n"
        "July 2014\n\n"
        "1 Independent Chair's Introduction\n\n"
        "Welcome to the annual report of the partnership boards, which covers our work from January to\n"
        "December 2013.\n"
    )
    assert _levels(d) == [(1, "Annual Report 2013"), (2, "Independent Chair's Introduction")]


def test_a_covers_month_and_year_over_the_first_section_heads_nothing():
    d = read_txt(
        "NORTHSHIRE COUNCIL\n\n"
        "PARTNERSHIP BOARD: ANNUAL REPORT 2013\n\n"
        "Presented to the Council in September 2014\n\n"
        "Annual Report 2013\n\n"
        "Business Plan 2014 to 2016\n\n"
        "July 2014\n\n"
        "Introduction\n\n"
        "Welcome to the annual report of the partnership board, which covers our work over the year.\n"
    )
    assert "July 2014" not in _headings_of(d)


def _headings_of(d: dict) -> list[str]:
    return [t for _, t in _levels(d)]


def test_a_sites_skip_links_on_one_line_are_furniture():
    d = read_txt(
        "Skip to content Skip to menu\n\n"
        "Decisions and approvals\n\n"
        "Below are the records of the commissioner's decisions, with the background information that\n"
        "was considered and the decision that was approved.\n"
    )
    assert d["meta"]["title"] == "Decisions and approvals"
    assert "Skip to content Skip to menu" not in _texts(d)


def test_a_sites_badge_listing_several_years_gives_way_to_the_pages_document():
    d = read_txt(
        "Quality Mark 2016/17, 2017/18 and 2018/19\n\n"
        "Annual Report of the Commissioner\n\n"
        "The commissioner's annual report sets out the work of the office over the last year.\n"
    )
    assert d["meta"]["title"] == "Annual Report of the Commissioner"
