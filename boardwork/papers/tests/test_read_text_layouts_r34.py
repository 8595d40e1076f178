"""Layouts met at the newest papers' first reading (NOTES 3700–3709), on invented pages: a
newsletter's points numbered with a bare number and no stop after it, a North American council
report's letterhead address and signed "SUBMITTED BY:" row, a report addressed to "the Mayor and
Members of" its council, and a report on a calendar year given to a meeting the year after. Each with guards: sentences opened by a figure, a lone sentence opened by
"1", a numbered name over its text, a body named plainly, a page with no letterhead."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import detect_cycle
from boardwork.papers.extract.sections import is_numbered
from boardwork.papers.readers import Limits, txt

from .plaintext import headings, read_txt, texts


def numbered(d: dict) -> list[tuple[str, str]]:
    return [(b["number"], b["text"]) for b in d["blocks"] if b["type"] == "paragraph" and b.get("number")]


def read_path_text(text: str) -> Paper:
    return txt.read(text.encode("utf-8"), Limits())


def rules_alone(text: str) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=False)).to_dict()


# -- points numbered "1 Text." -------------------------------------------------------------------

SUBMISSION = (
    "Members' Bulletin Autumn 2031\n\n"
    "Our Response to the Review of Ward Boundaries\n\n"
    "The association wrote to the commission in September with the views its members gave at the"
    " regional meetings over the summer. In the response, the association set out these points:\n\n"
    "1 Wards should follow the boundaries that residents already recognise on the ground.\n\n"
    "2 Rural wards should not be enlarged to the point where one councillor cannot cover them.\n\n"
    "3 The commission should publish its draft proposals at least twelve weeks before it decides.\n"
)


def test_points_numbered_with_a_bare_number_are_numbered_paragraphs():
    for d in (read_txt(SUBMISSION), rules_alone(SUBMISSION)):
        got = numbered(d)
        assert [n for n, _ in got] == ["1", "2", "3"]
        assert got[0][1].startswith("Wards should follow")


WRAPPED = (
    "Newsletter of the Northby Federation of Parish Councils\n\n"
    "At the spring meeting the federation agreed the points it will put to the county council:\n\n"
    "1 Parish councils should be told of every planning application in their area\n"
    "within five working days of its receipt.\n\n"
    "2 The county should keep the small grants fund for village halls open for\n"
    "a further three years at least.\n"
)


def test_wrapped_bare_numbered_points_are_numbered_paragraphs():
    got = numbered(read_txt(WRAPPED))
    assert [n for n, _ in got] == ["1", "2"]
    assert got[0][1].endswith("within five working days of its receipt.")


FIGURES = (
    "Annual Report of the Northby Community Safety Partnership\n\n"
    "The year in figures\n\n"
    "12 new neighbourhood watch schemes were set up across the district.\n\n"
    "3 Community Speedwatch groups were trained by the roads policing team.\n\n"
    "The partnership will report again next year.\n"
)


def test_guard_sentences_opened_by_a_figure_are_not_numbered():
    d = read_txt(FIGURES)
    assert numbered(d) == []
    assert "12 new neighbourhood watch schemes were set up across the district." in texts(d)


ONE_FIGURE = (
    "Northby Parish Council News\n\n"
    "1 New Bench Has Been Installed By The Village Green This Month.\n\n"
    "The parish council thanks the volunteers who raised the money for it over the winter.\n"
)


def test_guard_a_lone_sentence_opened_by_one_is_not_a_series():
    assert numbered(read_txt(ONE_FIGURE)) == []


SECTIONS = (
    "Report to the Northby Safer Communities Board\n\n"
    "1 Purpose\n"
    "This report sets out the work of the partnership over the last quarter of the year.\n\n"
    "2 Background\n"
    "The partnership was asked by the board in March to report on its work every quarter.\n\n"
    "3 Recommendation\n"
    "The board is asked to note the report and the partnership's plans for the next quarter.\n"
)


def test_guard_numbered_names_over_their_text_stay_headings():
    d = read_txt(SECTIONS)
    for name in ("Purpose", "Background", "Recommendation"):
        assert name in headings(d)


# -- a council report's letterhead, signed row and addressee ---------------------------------------

COUNCIL_REPORT = (
    "P.O. Box 4120\n"
    "Northby, Ontario\n"
    "K7L 2B3 Canada\n\n"
    "Item No. 4\n"
    "Northby City Council\n"
    "March 4, 2031\n\n"
    "TO: Mayor Fraser and Members of Northby City Council\n\n"
    "SUBMITTED BY: Original Signed\n"
    "Councillor Dana Whyte, Chair, Northby Library Board\n\n"
    "DATE: February 12, 2031\n\n"
    "SUBJECT: Library Board Annual Report - 2030\n\n"
    "INFORMATION REPORT\n\n"
    "ORIGIN\n\n"
    "Council asked the Library Board in 2028 for a report on its work each year.\n\n"
    "BACKGROUND\n\n"
    "The Library Board governs the city's eleven branch libraries on behalf of the council.\n"
)


def test_a_letterheads_postal_address_is_no_block():
    t = " ".join(texts(read_txt(COUNCIL_REPORT)))
    assert "P.O. Box" not in t
    assert "K7L 2B3" not in t


def test_a_signed_rows_signer_is_part_of_the_row():
    d = read_txt(COUNCIL_REPORT)
    assert not any("Dana Whyte" in x for x in texts(d))
    assert "ORIGIN" in headings(d)


def test_the_body_of_a_report_to_the_mayor_and_members_is_their_council():
    assert read_txt(COUNCIL_REPORT)["meta"]["body"] == "Northby City Council"


UK_REPORT = (
    "To: The Chair and Members of the Audit Committee\n\n"
    "Report of the Chief Finance Officer\n\n"
    "Internal Audit Progress Report\n\n"
    "1. Purpose of the report\n\n"
    "1.1 This report tells the committee of the internal audit work done since its last meeting.\n"
)


def test_the_body_of_a_report_to_the_chair_and_members_is_their_committee():
    assert read_txt(UK_REPORT)["meta"]["body"] == "Audit Committee"


PLAIN_TO = (
    "To: Cabinet\n\n"
    "Report of the Director of Place\n\n"
    "Parking Strategy\n\n"
    "1. Purpose of the report\n\n"
    "1.1 This report asks the cabinet to approve the parking strategy for consultation.\n"
)


def test_guard_a_body_named_plainly_is_kept():
    assert read_txt(PLAIN_TO)["meta"]["body"] == "Cabinet"


ADDRESS_IN_TEXT = (
    "Northby Tenants' Federation Newsletter\n\n"
    "Write to us\n\n"
    "Letters for the next issue should reach the editor by the end of the month. We print as many as"
    " we can fit and reply to every one of them.\n"
)


def test_guard_a_page_with_no_letterhead_keeps_its_opening():
    d = read_txt(ADDRESS_IN_TEXT)
    assert "Northby Tenants' Federation Newsletter" in " ".join(headings(d) + texts(d))


# -- a report on a calendar year given to a meeting the year after -----------------------------------


def _report(title: str, *texts: str, meeting_date: str | None = None) -> Paper:
    return Paper(
        meta=Meta(title=title, meeting_date=meeting_date),
        blocks=[Heading(title, 1), *(Paragraph(t) for t in texts)],
    )


def test_a_calendar_years_annual_report_at_next_years_meeting_has_no_cycle():
    paper = _report(
        "Library Board Annual Report - 2030",
        "The Library Board met eleven times in 2030 and opened two new branch libraries in May.",
        meeting_date="2031-06-10",
    )
    assert detect_cycle(paper).label is None


def test_guard_an_annual_report_that_names_its_financial_year_keeps_it():
    paper = _report(
        "Community Safety Partnership Annual Report 2030",
        "During 2029/30 the partnership opened two new youth centres with its partners.",
        meeting_date="2030-07-10",
    )
    assert detect_cycle(paper).label == "2029/30"


def test_guard_an_annual_report_given_in_its_own_year_is_read_as_before():
    paper = _report(
        "Community Safety Partnership Annual Report 2030",
        "The partnership opened two new youth centres in May with its partners.",
        meeting_date="2030-07-10",
    )
    assert detect_cycle(paper).label == "2029/30"


# -- points under a lead are the lead's list, not the paper's numbering ----------------------------


def test_a_newsletter_with_its_submissions_points_numbered_numbers_no_paragraphs():
    assert not is_numbered(read_path_text(SUBMISSION))
    assert not is_numbered(read_path_text(SUBMISSION.replace("\n1 ", "\n1. ").replace("\n2 ", "\n2. ")))


def test_guard_numbered_sentences_under_another_lead_still_number_the_paper():
    paper = read_path_text(
        "Report to the Northby Safer Communities Board\n\n"
        "The partnership reports on the year as follows:\n\n"
        "1. The partnership opened two new youth centres in the spring with its partners.\n\n"
        "2. The partnership trained forty volunteers as community speedwatch wardens.\n"
    )
    assert is_numbered(paper)
