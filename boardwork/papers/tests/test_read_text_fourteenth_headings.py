"""Plain-text reader: the fourteenth headings round's layouts (committee agendas of New Zealand and
Australian councils): a membership set out office by office ("Chairperson" over a name), and a
section's name set straight over its prose in a page copied with no blank lines. Each example is
made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


MEMBERSHIP_FLAT = (
    "Notice is given that an ordinary meeting of the Parks and Safety Committee will be held on:\n"
    "Date: Time: Venue:\n"
    "Tuesday, 4 March 2025 9:30am Council Chamber, 12 Harbour Street, Westhaven\n"
    "Chairperson\n"
    "Cr Mereana Tane\n"
    "Deputy Chairperson\n"
    "Cr Paul Ashby, JP\n"
    "Members\n"
    "Cr Lena Ortiz\n"
    "Cr Tom Whitfield\n"
    "Board Member Ana Rewi\n"
    "Cr Dr Sam Kerr\n"
    "Ex-officio\n"
    "Mayor Hon Grace Liu, QSO\n"
    "(Quorum 4 members)\n"
    "Terms of Reference\n"
    "Responsibilities\n"
    "The committee oversees the council's parks, community safety and grants programmes, including:\n"
    "· local safety and crime prevention projects\n"
    "· grants for community events\n"
)

MEMBERSHIP_SPACED = (
    "Westhaven Community Board\n"
    "\n"
    "OPEN AGENDA\n"
    "\n"
    "MEMBERSHIP\n"
    "\n"
    "Chairperson\n"
    "\n"
    "Rua Hemi\n"
    "\n"
    "Deputy Chairperson\n"
    "\n"
    "Claire Dunmore\n"
    "\n"
    "Members\n"
    "\n"
    "Peter Olsen\n"
    "\n"
    "Hana Walsh\n"
    "\n"
    "(Quorum 3 members)\n"
    "\n"
    "Community Safety Update\n"
    "\n"
    "Purpose\n"
    "\n"
    "1.       To update the board on the town centre safety cameras and the night patrols it funds.\n"
)


@pytest.mark.parametrize("model", [False, True])
@pytest.mark.parametrize("text", [MEMBERSHIP_FLAT, MEMBERSHIP_SPACED], ids=["flat", "spaced"])
def test_a_membership_set_out_office_by_office_has_no_headings(model: bool, text: str):
    d = read(text, model)
    hs = headings(d)
    for line in ("Chairperson", "Deputy Chairperson", "Members", "Ex-officio"):
        assert line not in hs
    for name in (
        "Cr Mereana Tane",
        "Cr Tom Whitfield",
        "Cr Dr Sam Kerr",
        "Mayor Hon Grace Liu, QSO",
        "Claire Dunmore",
        "Hana Walsh",
    ):
        assert name not in hs
    # The offices and the names stay in the text, as paragraphs.
    assert "Deputy Chairperson" in texts(d)


@pytest.mark.parametrize("model", [False, True])
def test_the_sections_after_a_membership_stay_headings(model: bool):
    hs = headings(read(MEMBERSHIP_FLAT, model))
    assert "Terms of Reference" in hs
    assert "Responsibilities" in hs
    hs = headings(read(MEMBERSHIP_SPACED, model))
    assert "Purpose" in hs


ONE_OFFICE = (
    "Westhaven Safety Partnership\n"
    "\n"
    "Annual Report 2024\n"
    "\n"
    "Chairperson\n"
    "\n"
    "Dame Ruth Ellis\n"
    "\n"
    "Foreword\n"
    "\n"
    "This year the partnership opened two new youth spaces and funded night patrols in the town centre.\n"
)


def test_one_office_over_a_name_is_not_taken_for_a_membership():
    # The rule needs two offices at least: one "Chairperson" over a name may be a report's own
    # section (a foreword's signatory block is not this round's), so the paper reads as before.
    d = read(ONE_OFFICE, False)
    assert "Foreword" in headings(d)


FLAT_PAGE = (
    "Civic Building\n"
    "Phone: (07) 555 0100\n"
    "www.westhaven.govt.nz\n"
    "AGENDA\n"
    "Community Services Committee MEETING\n"
    "Meeting Date:\n"
    "Wednesday, 9 April 2025\n"
    "Chair: Councillor Hale, Councillors Bright, Moana and Patel (Quorum = 3)\n"
    "Committee Secretary\n"
    "Jo Brandt (Ext 4410)\n"
    "Community Services Committee – Terms of Reference\n"
    "Fields of Responsibility\n"
    "The committee sets policy for, and oversees, the council's community services and safety "
    "programmes, including these activities:\n"
    "Community Safety\n"
    "· Safer streets and town centre patrols\n"
    "· Graffiti removal\n"
    "· Alcohol bans in public places\n"
    "· Youth services\n"
    "Community Development\n"
    "· Libraries\n"
    "· Grants and funding\n"
    "· Civic awards\n"
    "· Local events and celebrations\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_section_name_straight_over_prose_after_cover_rows_is_a_heading_on_a_flat_page(model: bool):
    hs = headings(read(FLAT_PAGE, model))
    assert "Fields of Responsibility" in hs
    assert "Community Services Committee – Terms of Reference" in hs
    # The cover's secretary and her name stay text.
    assert "Committee Secretary" not in hs
    assert "Jo Brandt (Ext 4410)" not in hs


NAMES_OVER_PROSE = (
    "Minutes of the Westhaven Community Council held on 2 May 2024.\n"
    "\n"
    "Councillor Ann Bright\n"
    "Councillor Tom Hale\n"
    "Councillor Mere Moana\n"
    "The Chair welcomed everyone to the meeting and thanked the hall committee for the new heating.\n"
    "\n"
    "1. Apologies\n"
    "\n"
    "There were no apologies.\n"
)


def test_a_name_at_the_end_of_a_run_over_prose_is_not_made_a_section():
    # A page with blank lines keeps its runs of short lines as lists; and a name is no section's
    # name, even at the end of a run over prose.
    hs = headings(read(NAMES_OVER_PROSE, False))
    assert "Councillor Mere Moana" not in hs


@pytest.mark.parametrize("model", [False, True])
def test_a_councils_letterhead_over_its_agenda_is_not_the_paper(model: bool):
    d = read(FLAT_PAGE, model)
    assert "Civic Building" not in headings(d)
    assert not any("www.westhaven.govt.nz" in t for t in texts(d))
    assert headings(d)[0] == "AGENDA"


LETTER_CONTACTS = (
    "Westhaven Safety Partnership\n"
    "\n"
    "Annual Report 2024\n"
    "\n"
    "Foreword\n"
    "\n"
    "This year the partnership opened two new youth spaces and funded night patrols in the town centre.\n"
    "\n"
    "Contact us\n"
    "Phone: 01632 960 100\n"
    "www.westhavensafety.org.uk\n"
)


def test_contact_rows_further_down_are_not_a_letterhead():
    # Only the lines at the very head of the paper, set one under another, are a letterhead.
    d = read(LETTER_CONTACTS, False)
    assert any("www.westhavensafety.org.uk" in t for t in texts(d))


NOTICE_COLUMNS_SPACED = (
    "I hereby give notice that an ordinary meeting of the Westhaven Community Board will be held on:\n"
    "\n"
    "Date:\n"
    "\n"
    "Time:\n"
    "\n"
    "Meeting Room:\n"
    "\n"
    "Venue:\n"
    "\n"
    "Tuesday, 11 March 2025\n"
    "\n"
    "6.30pm\n"
    "\n"
    "Board Room\n"
    "Westhaven Service Centre\n"
    "14 Quay Road\n"
    "\n"
    "OPEN AGENDA\n"
    "\n"
    "Town Centre Safety\n"
    "\n"
    "Purpose\n"
    "\n"
    "1.       To update the board on the town centre cameras and the night patrols it funds.\n"
)

NOTICE_COLUMNS_FLAT = (
    "I hereby give notice that an ordinary meeting of the Westhaven Community Board will be held on:\n"
    "Date: Time: Meeting Room: Venue:\n"
    "Tuesday, 11 March 2025 6.30pm Board Room, Westhaven Service Centre, 14 Quay Road\n"
    "OPEN AGENDA\n"
    "Town Centre Safety\n"
    "Purpose\n"
    "1. To update the board on the town centre cameras and the night patrols it funds.\n"
)


@pytest.mark.parametrize("text", [NOTICE_COLUMNS_SPACED, NOTICE_COLUMNS_FLAT], ids=["spaced", "flat"])
def test_a_notices_labels_set_apart_from_their_values_are_not_body_and_give_the_date(text: str):
    d = read(text, False)
    body = " ".join(texts(d))
    for word in ("Date:", "Meeting Room", "Quay Road", "6.30pm"):
        assert word not in body
    assert d["meta"]["meeting_date"] == "2025-03-11"
    assert "Purpose" in headings(d)


ROWS_WITH_VALUES = (
    "Westhaven Community Board\n"
    "\n"
    "Date:\n"
    "Tuesday, 11 March 2025\n"
    "\n"
    "Venue:\n"
    "Board Room, Westhaven Service Centre\n"
    "\n"
    "Town Centre Safety\n"
    "\n"
    "The board funds night patrols in the town centre and reviews them each year.\n"
)


def test_labels_each_over_its_own_value_are_read_as_before():
    d = read(ROWS_WITH_VALUES, False)
    assert d["meta"]["meeting_date"] == "2025-03-11"


NOTICE_SIGNED = (
    "Community Services Committee\n"
    "\n"
    "Agenda\n"
    "\n"
    "4 March 2025\n"
    "\n"
    "Notice is hereby given that a Community Services Committee meeting of WESTHAVEN SHIRE COUNCIL "
    "will be held in the Council Chamber on Tuesday, 4 March 2025.\n"
    "\n"
    "Jane Doe\n"
    "\n"
    "General Manager\n"
    "\n"
    "For apologies please contact Administration on 6300 1234.\n"
    "\n"
    "Introduction\n"
    "\n"
    "Councillors and designated staff declare any conflict between their private interests and their "
    "public role.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_notice_signed_with_the_office_set_apart_under_the_name_is_the_contact(model: bool):
    d = read(NOTICE_SIGNED, model)
    assert "Jane Doe" not in headings(d) and "General Manager" not in headings(d)
    assert d["meta"]["contact"]["name"] == "Jane Doe"
    assert d["meta"]["contact"]["role"] == "General Manager"


COVER_ROW_SET_APART = (
    "SCRUTINY COMMITTEE\n"
    "\n"
    "Safer Streets Review Covering Report\n"
    "\n"
    "Any actions agreed will go to the Executive in April 2025.\n"
    "\n"
    "Lead Director\n"
    "\n"
    "Ann Lee, Director of Strategy and Governance\n"
    "\n"
    "Executive Summary\n"
    "\n"
    "A covering report for the committee's draft review of safety in the town centre.\n"
)


def test_a_cover_rows_label_over_a_name_and_office_is_not_a_signature():
    d = read(COVER_ROW_SET_APART, False)
    contact = d["meta"]["contact"] or {}
    assert contact.get("name") != "Lead Director"


FLAT_REPORT = (
    "Westhaven Police and Crime Panel\n"
    "18 June 2025\n"
    "\n"
    "Police and Crime Commissioner's Annual Report 2024/25\n"
    "\n"
    "Summary\n"
    "The Commissioner must publish an annual report and present it to the Panel, which may ask "
    "questions and make recommendations.\n"
    "Recommendation\n"
    "That the Panel reviews the Annual Report and makes any recommendations to the Commissioner.\n"
    "Background\n"
    "The Police Reform and Social Responsibility Act 2011 requires the Commissioner to produce an "
    "annual report on progress against the police and crime plan.\n"
    "Progress on the Commissioner's priorities\n"
    "Neighbourhood policing\n"
    "The Commissioner funded 40 more officers for neighbourhood teams during the year.\n"
    "Victims and witnesses\n"
    "The victims' hub supported 3,200 people in 2024/25, up from 2,700.\n"
    "Next steps\n"
    "The report will be published on the Commissioner's website after the meeting.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_section_names_after_a_sentences_end_on_a_page_without_blank_lines_are_headings(model: bool):
    d = read(FLAT_REPORT, model)
    hs = headings(d)
    for name in (
        "Recommendation",
        "Background",
        "Neighbourhood policing",
        "Victims and witnesses",
        "Next steps",
    ):
        assert name in hs
    # The paragraphs keep their own text, without the next section's name run into them.
    assert "The victims' hub supported 3,200 people in 2024/25, up from 2,700." in texts(d)


WRAPPED = (
    "Westhaven Community Safety Partnership\n"
    "\n"
    "Annual Report 2024/25\n"
    "\n"
    "Introduction\n"
    "\n"
    "The Partnership met four times during the year and agreed its new three-year plan.\n"
    "Partners also reviewed the domestic abuse strategy with residents and the voluntary\n"
    "sector, and funded two new outreach workers for victims across the whole borough.\n"
    "\n"
    "The plan was published in May 2024 after a public consultation that ran for eight\n"
    "weeks and drew more than 600 responses from residents, businesses and partners.\n"
)


def test_a_hard_wrapped_paragraph_with_a_sentence_ending_at_a_line_end_stays_whole():
    d = read(WRAPPED, False)
    assert any(
        t.startswith("The Partnership met four times") and t.endswith("whole borough.") for t in texts(d)
    )


IMPLICATIONS = (
    "Report to: Safer Communities Scrutiny Panel\n"
    "Date: 22 January 2025\n"
    "Title: Anti-social Behaviour Strategy Review\n"
    "\n"
    "Summary\n"
    "\n"
    "The current strategy ends in March 2025; this report sets out the review and the proposed priorities.\n"
    "\n"
    "Implications\n"
    "\n"
    "Financial\n"
    "\n"
    "None arising directly from this report.\n"
    "\n"
    "Legal\n"
    "\n"
    "The Council has duties under the Anti-social Behaviour, Crime and Policing Act 2014.\n"
    "\n"
    "Equalities\n"
    "\n"
    "An equality impact assessment will be made of the new strategy.\n"
    "\n"
    "Background documents\n"
    "\n"
    "None.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_the_first_of_a_sections_short_sub_headings_is_a_heading_like_its_siblings(model: bool):
    hs = headings(read(IMPLICATIONS, model))
    assert "Financial" in hs
    assert "Legal" in hs and "Equalities" in hs


LABEL_AND_ITS_LINE = (
    "Report to: Safer Communities Scrutiny Panel\n"
    "Date: 22 January 2025\n"
    "\n"
    "Anti-social Behaviour Strategy Review\n"
    "\n"
    "Summary\n"
    "\n"
    "The current strategy ends in March 2025; this report sets out the review and the proposed priorities.\n"
    "\n"
    "Implications\n"
    "\n"
    "Financial only\n"
    "\n"
    "The review was met from the team's budget and needs no more money this year or next.\n"
    "\n"
    "Appendix A sets out the draft priorities for 2025 to 2028 as the partners agreed them in December.\n"
)


def test_a_short_line_under_a_label_with_no_sibling_is_read_as_before():
    hs = headings(read(LABEL_AND_ITS_LINE, False))
    assert "Financial only" not in hs


POWERS = (
    "Westhaven Parks and Safety Committee\n"
    "\n"
    "Terms of Reference\n"
    "\n"
    "Powers\n"
    "\n"
    "All powers needed to carry out the committee's responsibilities.\n"
    "\n"
    "Except:\n"
    "\n"
    "(a) powers the Governing Body cannot delegate\n"
    "\n"
    "(b) the approval of expenditure over $1 million\n"
    "\n"
    "Background:\n"
    "\n"
    "The committee was set up in 2022 to oversee the council's parks and community safety work.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_lead_in_word_with_its_colon_over_a_list_is_not_a_heading(model: bool):
    d = read(POWERS, model)
    hs = headings(d)
    assert "Except" not in hs and "Except:" not in hs
    assert "Powers" in hs
    # A section's label with its colon over prose is still a heading.
    assert "Background" in hs
    items = [b for b in d["blocks"] if b["type"] in ("list_item", "paragraph") and b.get("number") == "a"]
    assert items


FLAT_ANNUAL_PAGE = (
    "Westhaven Community Safety Partnership\n"
    "Annual Report 2024/25\n"
    "Foreword from the Chair\n"
    "This has been a year of change for the Partnership, with a new plan and two new members.\n"
    "Key achievements in 2024/25\n"
    "• Anti-social behaviour fell by 12 per cent in the town centre.\n"
    "• 1,200 young people took part in diversion activities.\n"
    "Our priorities for 2025/26\n"
    "• Serious violence\n"
    "• Neighbourhood crime\n"
    "Partnership funding\n"
    "The Commissioner's grant of £96,000 funded the street marshals and the youth programme.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_title_closed_by_its_year_does_not_run_into_the_first_section_on_a_page_without_blank_lines(
    model: bool,
):
    d = read(FLAT_ANNUAL_PAGE, model)
    assert d["meta"]["title"] == "Annual Report 2024/25"
    assert "Foreword from the Chair" in headings(d)


TITLE_OVER_TWO_LINES = (
    "Westhaven Community Safety Partnership\n"
    "\n"
    "Police and Crime Plan 2021-24\n"
    "Annual Refresh\n"
    "\n"
    "Introduction\n"
    "\n"
    "This refresh sets out what the Partnership will do in the plan's final year.\n"
)


def test_a_title_over_two_lines_on_a_page_with_blank_lines_is_read_as_before():
    # (The title closed by its year is left to the rules for titles where blank lines set the
    # sections apart: its second line is its own, not a section.)
    d = read(TITLE_OVER_TWO_LINES, False)
    assert "Annual Refresh" not in headings(d)


FLAT_MINUTES = (
    "Westhaven Community Board minutes\n"
    "Present: Rua Hemi (Chairperson), Claire Dunmore, Peter Olsen, Hana Walsh\n"
    "In attendance: Jo Brandt (Democracy Advisor)\n"
    "1 Welcome\n"
    "The Chairperson opened the meeting and welcomed members and the public.\n"
    "2 Apologies\n"
    "There were no apologies.\n"
    "3 Town Centre Safety Cameras\n"
    "Resolution number WC/2025/11\n"
    "MOVED by Member P Olsen, seconded by Member H Walsh:\n"
    "That the Westhaven Community Board:\n"
    "a) support two more safety cameras at the bus interchange.\n"
    "CARRIED\n"
    "4 Community Safety Update\n"
    "The board received an update from the police on crime in the town centre over the summer.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_minutes_lines_a_vote_and_a_resolutions_number_are_not_headings_and_the_first_item_is(model: bool):
    hs = headings(read(FLAT_MINUTES, model))
    assert "CARRIED" not in hs
    assert "Resolution number WC/2025/11" not in hs
    assert "Welcome" in hs and "Town Centre Safety Cameras" in hs
