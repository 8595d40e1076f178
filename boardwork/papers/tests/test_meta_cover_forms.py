"""A paper's meta told in the genre's cover forms: a byline written name first, a combined "Lead
Officer and Report Author" row, a meeting line opening with its date and place, a decision dated
over its title, a council's committee named on its meeting line, and a body named by its kind where
the paper names it in full. Invented texts."""

from __future__ import annotations

from boardwork.papers.readers._shared.meta import find_meta, name_then_role, named_in_full
from boardwork.papers.tests.plaintext import read_txt, texts


def meta_of(text: str):
    lines = text.splitlines()
    meta, skip = find_meta(lines)
    return meta, [lines[i] for i in sorted(skip)]


# -- the contact ----------------------------------------------------------------------------------


def test_a_combined_lead_officer_and_author_row_names_the_contact():
    meta, skipped = meta_of(
        "Town Centre Review\n\nLead Director\n\nSam Okafor, Director of Place\n\nLead Officer and Report Author"
        "\n\nPriya Dunn, Scrutiny Officer\n\nClassification\n\nPublic\n\n1. Introduction"
    )
    assert (meta.contact.name, meta.contact.role) == ("Priya Dunn", "Scrutiny Officer")
    # The lead director's row is cover furniture, not the contact and not text.
    assert "Lead Director" in skipped and "Sam Okafor, Director of Place" in skipped


def test_a_lone_lead_director_row_is_no_contact():
    meta, _ = meta_of("Annual Review\n\nLead Director\n\nSam Okafor, Director of Place\n\n1. Introduction")
    assert meta.contact is None


def test_a_name_then_its_role():
    assert name_then_role("Jo Bloggs, Community Safety Officer") == ("Jo Bloggs", "Community Safety Officer")
    assert name_then_role("Councillor Ann Lee – Executive Member for Safer Streets") == (
        "Ann Lee",
        "Executive Member for Safer Streets",
    )
    # Guards: a role first, a body, a sentence.
    assert name_then_role("Community Safety Manager, Jo Bloggs") is None
    assert name_then_role("Northby Council, Community Safety Team") is None
    assert name_then_role("Jo Bloggs, the Chief Executive, said the plan was agreed.") is None


def test_a_cover_byline_written_name_first_with_its_phone_is_the_contact():
    d = read_txt(
        "Northby Police and Crime Panel\n\nItem 7\n\nFriday 9th September 2016\n\n"
        "Ruth Adeyemi, Panel Officer\n01234 567890\n\nDomestic Abuse Services Review\n\n1. Purpose\n\n"
        "1.1 To report on the review of domestic abuse services.\n"
    )
    contact = d["meta"]["contact"]
    assert (contact["name"], contact["role"], contact["phone"]) == (
        "Ruth Adeyemi",
        "Panel Officer",
        "01234 567890",
    )
    assert not any("Ruth Adeyemi" in t or "567890" in t for t in texts(d))


def test_a_decision_pages_member_line_is_the_contact():
    d = read_txt(
        "Issue - meetings\n\nMeeting: 12/02/2024 - Cabinet (Item 12)\n\n12 Safer Streets Plan\n\nKey Decision\n\n"
        "Councillor Ann Lee – Executive Member for Safer Streets\n\n\n"
        "Cabinet were asked to consider the refreshed Safer Streets Plan and recommend it to Council.\n"
    )
    assert d["meta"]["contact"]["name"] == "Ann Lee"


def test_a_list_of_officers_names_no_contact():
    d = read_txt(
        "Safer and Cohesive Communities\n\nCllr Ann Lee - Cabinet Member Communities.\n\n"
        "Jo Bloggs - Chief Executive\n\nSam Okafor - Head of Partnership Services\n\n"
        "1. Purpose\n\n1.1 To report on the partnership's work.\n"
    )
    assert d["meta"]["contact"] is None or d["meta"]["contact"]["name"] is None
    assert "Jo Bloggs - Chief Executive" in texts(d)


def test_a_witness_wrapped_onto_its_own_line_is_no_byline():
    d = read_txt(
        "Minutes\n\nNorthby Police and Crime Panel\n\nWitnesses: Jo Bloggs, Police and Crime Commissioner\n"
        "Sam Okafor, Chief Executive\n\n1. Apologies\n\nApologies were received from Cllr Ray.\n"
    )
    assert d["meta"]["contact"] is None or d["meta"]["contact"]["name"] is None


# -- the meeting's date ---------------------------------------------------------------------------


def test_a_meeting_line_opening_with_its_date_and_place():
    meta, skipped = meta_of(
        "Meeting Minutes\nCounty Northby Joint Policing Committee\n20th July 2016, Council Chamber, Eastford\n"
        "In Attendance:\nChairperson: Al Bee"
    )
    assert meta.meeting_date == "2016-07-20"
    assert "20th July 2016, Council Chamber, Eastford" in skipped


def test_a_meeting_line_opening_with_its_day_date_and_time():
    meta, _ = meta_of(
        "Minutes\n\nThursday, 6 October 2022, 10:00 am, online via MS Teams\n\nPresent: Cllr Ray"
    )
    assert meta.meeting_date == "2022-10-06"


def test_a_sentence_opening_with_a_date_is_no_meeting_line():
    meta, skipped = meta_of(
        "Annual Report\n\n1 May 2020, Northby Council launched its new plan\n\nIt was agreed."
    )
    assert meta.meeting_date is None and not skipped


def test_a_list_of_dates_with_their_times_is_no_meeting_line():
    meta, _ = meta_of(
        "Chairman's Announcements\nThe new dates were:\nThursday 6 March 2014, 2.00 pm, venue TBC\n"
        "Thursday 4 September 2014, 2.00 pm venue TBC\nThe Panel noted the dates."
    )
    assert meta.meeting_date is None


def test_a_decision_dated_over_its_title_gives_the_date_and_stays():
    meta, skipped = meta_of(
        "Issue - decisions\n\nUpdate on the Safer Streets Plan 2019-20\n\n"
        "12/11/2019 - Update on the Safer Streets Plan 2019-20\n\n(Report of the Director)\n\n"
        "The report provided an update on the plan."
    )
    assert meta.meeting_date == "2019-11-12"
    assert not any("12/11/2019" in x for x in skipped)


def test_a_dated_line_under_another_heading_gives_no_date():
    meta, _ = meta_of(
        "Issue - decisions\n\nUpdate on the Safer Streets Plan\n\n12/11/2019 - Budget monitoring report\n\n"
        "The report provided an update."
    )
    assert meta.meeting_date is None


# -- the body -------------------------------------------------------------------------------------


def test_a_councils_committee_on_its_meeting_line():
    meta, skipped = meta_of(
        "Southdale Borough Council Community, Health and Wellbeing Overview and Scrutiny Panel Meeting\n"
        "15 Mar 2022, 6 p.m.\nMinutes"
    )
    assert meta.body == "Community, Health and Wellbeing Overview and Scrutiny Panel"
    assert meta.meeting_date == "2022-03-15"
    assert not any("Overview and Scrutiny Panel Meeting" in x for x in skipped)


def test_a_body_named_by_its_kind_is_named_in_full():
    lines = [
        "MEMBERS OF THE NORTHBY FIRE AUTHORITY",
        "You are invited to attend the meeting of the Fire Authority on Friday 24 September 2010.",
        "Clerk to Northby Fire Authority",
    ]
    assert named_in_full(lines, "Fire Authority") == "Northby Fire Authority"
    assert (
        named_in_full(["AGENDA REGULAR MEETING EASTON CITY COUNCIL"], "City Council") == "Easton City Council"
    )


def test_a_body_named_in_full_or_never_in_full_stays():
    assert named_in_full(["Members of the Fire Authority met."], "Fire Authority") == "Fire Authority"
    assert named_in_full(["Northby Fire Authority"], "Northby Fire Authority") == "Northby Fire Authority"
    assert named_in_full(["The Cabinet of Northby Council"], "Cabinet") == "Cabinet"


def test_an_invitation_to_the_body_by_its_kind_reads_its_full_name():
    d = read_txt(
        "15 September 2010\n\n(1) MEMBERS OF THE NORTHBY FIRE AUTHORITY\n\nDear Member\n\n"
        "You are invited to attend the meeting of the Fire Authority to be held at 2.00pm on Friday 24 "
        "September 2010, in the conference room, Fire Headquarters, Eastford.\n\nYours sincerely\n\n"
        "Jo Bloggs\nClerk to the Fire Authority\n\nClerk to Northby Fire Authority – Jo Bloggs, Solicitor\n\n"
        "AGENDA\n\n1. Apologies for absence\n"
    )
    assert d["meta"]["body"] == "Northby Fire Authority"


# -- a minute's opening, a page's trail, a release's label ---------------------------------------


def test_a_minutes_opening_at_a_meeting_of_names_the_body_and_the_date():
    meta, skipped = meta_of(
        "Northby Council\n\nAt a meeting of the Community Safety Committee held at County Hall, Northby on "
        "Tuesday 14 May 2013 at 11.00 am\n\nPresent: Cllr A Bee (Chair), Cllr C Dee\n\n1. Apologies"
    )
    assert (meta.body, meta.meeting_date) == ("Community Safety Committee", "2013-05-14")
    assert not any(x.startswith("At a meeting") for x in skipped)


def test_a_minutes_opening_in_capitals_with_its_division():
    meta, _ = meta_of(
        "At a MEETING of the COMMUNITY SAFETY COMMITTEE (POLICE AND FIRE) held at Northby on 14th May, 2013.\n\n"
        "Present:-\n\nCllr A Bee"
    )
    assert (meta.body, meta.meeting_date) == ("Community Safety Committee", "2013-05-14")


def test_a_meeting_told_in_the_text_is_no_opening():
    # Guards: a meeting reported in a paragraph's sentence, and one of a body with no body's name.
    meta, _ = meta_of(
        "Annual Report\n\nThe plan was agreed at a meeting of the Community Safety Committee held on 14 May 2013."
    )
    assert meta.meeting_date is None
    meta, _ = meta_of("At a meeting of residents held at the library on 14 May 2013 the plan was discussed.")
    assert meta.body is None


def test_minutes_titled_with_the_body_in_capitals_name_it_whole():
    d = read_txt(
        "MINUTES of the MEETING of the SAFER NORTHBY PARTNERSHIP BOARD held on 14 May 2013\n\n"
        "Present: Cllr A Bee\n\n1. Apologies\n\nThere were none.\n"
    )
    assert d["meta"]["body"] == "Safer Northby Partnership Board"


def test_a_pages_trail_and_a_releases_label_are_no_title():
    d = read_txt(
        "Home > News\n\nPartnership wins award for safer streets work\n\nPublished: 3 May 2022\n\n"
        "The Northby Community Safety Partnership has won a national award.\n"
    )
    assert d["meta"]["title"] == "Partnership wins award for safer streets work"
    d = read_txt(
        "PRESS RELEASE\n\n14 March 2022\n\nFire service launches home safety campaign\n\n"
        "The fire service has launched a campaign to cut kitchen fires.\n"
    )
    assert d["meta"]["title"] == "Fire service launches home safety campaign"


def test_a_heading_that_opens_with_home_or_press_is_still_a_title():
    d = read_txt("Home Safety Visits\n\nThe fire service made 3,000 home safety visits in 2021/22.\n")
    assert d["meta"]["title"] == "Home Safety Visits"
    d = read_txt("Press releases issued in 2021\n\nThe council issued forty press releases in 2021.\n")
    assert d["meta"]["title"] == "Press releases issued in 2021"


def test_a_report_to_line_with_no_colon_names_the_body():
    meta, skipped = meta_of(
        "Report to the Safer Northby Partnership Board\n\n14 March 2022\n\nKnife Crime Update"
    )
    assert meta.body == "Safer Northby Partnership Board"
    assert "Report to the Safer Northby Partnership Board" not in skipped
    meta, _ = meta_of("REPORT TO CABINET\n\n14 MARCH 2022\n\nKNIFE CRIME UPDATE")
    assert meta.body == "Cabinet"


def test_a_report_to_line_yields_to_the_committee_row():
    meta, _ = meta_of(
        "Report to the Council\n\nCommittee: Cabinet\nDate: 29 September 2015\nSubject: Safer Streets"
    )
    assert meta.body == "Cabinet"
    # Guard: a report to people, not to a body.
    meta, _ = meta_of("Report to residents on the year\n\nThe Council met.")
    assert meta.body is None
