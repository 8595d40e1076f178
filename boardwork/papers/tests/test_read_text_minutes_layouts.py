"""Plain-text reader: genre rules from the fifth headings round's development papers (batch 35:
minutes of joint policing committees set one paragraph a line, Scottish committee minutes with
roman-numbered items and attendance lists in groups, capital item names closing with a full stop).
Each example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.tests.plaintext import headings as _headings
from boardwork.papers.tests.plaintext import read_txt
from boardwork.papers.tests.plaintext import texts as _texts

_ONE_LINE_MINUTES = (
    "Minutes of Safer Northshire Forum held on 3rd March 2011\n"
    "at 10.00 a.m. in the Town Hall Northtown\n"
    "Attendance: Cllrs Ann Lee; Bob Hart; Carol Fenn; Dev Shah; Eve Moss; Fay Lund; Gus Dale; Hal Pike; Ian Rowe.\n"
    "In attendance: Chief Inspector Jo Bell; Sam Reed Director of Services; Kit Wade Administrative Officer.\n"
    "Apologies: Cllr Lou Grant; Cllr Max Fry; Senator Ned Cole.\n"
    "Election of Chair\n"
    "The Director acted as chairman and the following candidate was duly proposed and seconded:\n"
    "Cllr Ann Lee proposed by Cllr Hart seconded by Cllr Fenn.\n"
    "There being no other candidates Cllr Lee was declared elected and took the chair.\n"
    "Dates of Meetings\n"
    "The following schedule of ordinary quarterly meetings was agreed:\n"
    "14 June 2011\n"
    "13 September 2011\n"
    "6 December 2011.\n"
    "Following a short discussion it was agreed that meetings should start at 10 a.m.\n"
    "Standing Orders\n"
    "The draft standing orders circulated at the briefing were recommended for adoption by the forum.\n"
    "Adopted on the proposal of Cllr Shah seconded by Cllr Moss.\n"
)


def test_minutes_titled_with_the_committees_name_and_held_on_are_the_title_without_the_word_meeting():
    # "Minutes of <committee> held on <date>", its place and time on the next line: the title,
    # and the meeting's date is the one it states.
    d = read_txt(_ONE_LINE_MINUTES)
    assert d["meta"]["title"] == (
        "Minutes of Safer Northshire Forum held on 3rd March 2011 at 10.00 a.m. in the Town Hall Northtown"
    )
    assert d["meta"]["meeting_date"] == "2011-03-03"
    assert _headings(d)[0] == d["meta"]["title"]


def test_dates_listed_under_a_lead_are_text_not_the_covers_date():
    # Lone date lines are a cover's meeting date; listed under "… were agreed:" they are the text.
    d = read_txt(_ONE_LINE_MINUTES)
    texts = _texts(d)
    assert "14 June 2011" in texts
    assert "13 September 2011" in texts
    assert d["meta"]["meeting_date"] != "2011-06-14"


_STOPPED_CAPITALS = (
    "NORTHSHIRE COUNTY COUNCIL\n\n"
    "Minutes of Safer Roads Committee Meeting held in the Council Chamber, County Hall, Northtown on "
    "Monday, 2nd May 2016 at 2.00 p.m.\n\n"
    "PRESIDING: Councillor Ann Lee.\n\n"
    "1 SUSPENSION OF STANDING ORDERS.\n\n"
    "On the proposal of Councillor B. Hart seconded by Councillor C. Fenn, it was agreed that Standing "
    "Orders be suspended.\n\n"
    "ADOPTION OF MINUTES.\n\n"
    "On the proposal of Councillor D. Shah seconded by Councillor E. Moss, the Minutes of the meeting "
    "held on 1st February 2016, as circulated, were confirmed and adopted.\n\n"
    "MATTERS ARISING.\n\n"
    "None.\n"
)


def test_an_items_name_in_capitals_closing_with_a_full_stop_is_a_heading():
    heads = [h.rstrip(".") for h in _headings(read_txt(_STOPPED_CAPITALS))]
    assert "ADOPTION OF MINUTES" in heads
    assert "MATTERS ARISING" in heads
    # Its number is the item's, not part of its name.
    assert "SUSPENSION OF STANDING ORDERS" in heads
    assert "None." in _texts(read_txt(_STOPPED_CAPITALS))


_ROMAN_MINUTE = (
    "At a MEETING of the COMMUNITY SAFETY COMMITTEE held at Northtown on 9th June, 2015.\n\n"
    "Councillor Ann LEE, Convener, in the Chair.\n\n"
    "Unless marked thus * all items stand delegated.\n\n"
    "I DECLARATIONS OF INTEREST\n\n"
    "No declarations of interest were made by members of the Committee at this meeting.\n\n"
    "II LOCAL POLICE PLAN 2015-2018\n\n"
    "There was submitted Report No 101-2015 by the Local Commander outlining the priorities of the "
    "Local Police Plan.\n\n"
    "III(a) FIRE AND RESCUE QUARTERLY PERFORMANCE\n\n"
    "There was submitted Report No 102-2015 by the Local Senior Officer on the quarter's performance.\n"
)


def test_a_roman_item_number_before_a_title_in_capitals_is_not_part_of_the_heading():
    heads = _headings(read_txt(_ROMAN_MINUTE))
    assert "DECLARATIONS OF INTEREST" in heads
    assert "LOCAL POLICE PLAN 2015-2018" in heads
    assert "FIRE AND RESCUE QUARTERLY PERFORMANCE" in heads


_PRESENT_IN_GROUPS = (
    "Safer Communities Committee - 09/06/2015\n\n"
    "At a MEETING of the SAFER COMMUNITIES COMMITTEE held at Northtown on 9th June, 2015.\n\n"
    "Present:-\n\n"
    "Lord Provost Ann LEE\n\n"
    "BAILIES\n\n"
    "Bob HART\n"
    "Carol FENN\n\n"
    "Dev SHAH\n\n"
    "COUNCILLORS\n\n"
    "Eve MOSS\n"
    "Fay LUND\n"
    "Gus DALE\n\n"
    "Councillor Eve MOSS, Convener, in the Chair.\n\n"
    "I DECLARATIONS OF INTEREST\n\n"
    "No declarations of interest were made by members of the Committee at this meeting.\n\n"
    "II LOCAL POLICE PLAN\n\n"
    "There was submitted Report No 101-2015 by the Local Commander on the Local Police Plan.\n"
)


def test_names_and_their_groups_under_an_attendance_label_are_the_lists_lines_not_headings():
    d = read_txt(_PRESENT_IN_GROUPS)
    heads = _headings(d)
    for line in ("Lord Provost Ann LEE", "BAILIES", "Dev SHAH", "COUNCILLORS"):
        assert line not in heads
        assert line in _texts(d)
    assert d["meta"]["title"] != "Lord Provost Ann LEE"


_ATTENDANCE_ROWS = (
    "Minutes of Safer Northshire Forum held on 3rd March 2016\n\n"
    "In Attendance:\n\n"
    "Chairperson: Ann Lee\n\n"
    "Council Members: Bob Hart, Carol Fenn, Dev Shah, Eve Moss, Fay Lund, Gus Dale, Hal Pike.\n\n"
    "Oireachtas Members: none\n\n"
    "Council Officials: Ian Rowe\n\n"
    "Co-ordinator: Jo Bell, Northshire Council\n\n"
    "Adoption of Minutes\n\n"
    "The minutes of the last meeting were adopted on the proposal of Bob Hart seconded by Carol Fenn.\n"
)


def test_label_and_names_rows_under_an_attendance_label_are_not_headings():
    heads = _headings(read_txt(_ATTENDANCE_ROWS))
    assert "Chairperson: Ann Lee" not in heads
    assert "Oireachtas Members: none" not in heads
    assert "Co-ordinator: Jo Bell, Northshire Council" not in heads
    assert "Adoption of Minutes" in heads


_SLASHED_TABLE = (
    "Meeting Minutes\n\n"
    "Northshire Joint Policing Committee\n\n"
    "Apologies: Cllr Lou Grant, Cllr Max Fry.\n\n"
    "Item / Discussion / Action\n"
    "1. / Adoption of Minutes of 4th February 2016\n"
    "The minutes of the above meeting were adopted on the proposal of Bob Hart and seconded by Carol Fenn.\n"
    "2. / Matters arising from the Minutes\n"
    "There were no matters arising from the Minutes\n"
    "3. / Presentation on the Community Safety Fund\n"
    "The Community Safety Officer gave a presentation on the fund and the projects it supported this year.\n"
)


def test_a_minutes_table_flattened_one_row_a_line_has_its_items_titles_as_headings():
    d = read_txt(_SLASHED_TABLE)
    heads = _headings(d)
    assert "Adoption of Minutes of 4th February 2016" in heads
    assert "Matters arising from the Minutes" in heads
    assert "Presentation on the Community Safety Fund" in heads
    # The column heads are the table's, neither a heading nor text.
    assert not any("Item / Discussion" in t for t in _texts(d))


def test_the_one_line_between_two_items_titles_is_the_first_items_text():
    d = read_txt(_SLASHED_TABLE)
    assert "There were no matters arising from the Minutes" not in _headings(d)
    assert "There were no matters arising from the Minutes" in _texts(d)


_BROKEN_LINES_MINUTES = (
    "Return to Agenda\n"
    "ITEM SC4\n"
    "SAFER\n"
    "COMMUNITIES committee\n"
    "MINUTES of the meeting held on 7 March 2008 commencing\n"
    "at 2.00 pm and finishing at 4:15 pm.\n"
    "Present:\n"
    "Voting Members: Councillor Ann Lee - in\n"
    "the chair\n"
    "Councillor Bob Hart\n"
    "Councillor Carol Fenn\n"
    "By Invitation: Chief Superintendent Dev Shah (Northshire\n"
    "Police).\n"
    "The Committee considered the matters, reports and recommendations contained or\n"
    "referred to in the agenda for the meeting and agreed as set out below.\n"
    "1/08\n"
    "APOLOGIES FOR ABSENCE\n"
    "Apologies for absence were received from Councillor Eve Moss.\n"
)


def test_an_item_reference_with_its_committees_letters_is_the_item():
    d = read_txt(_BROKEN_LINES_MINUTES)
    assert (d["meta"]["item"] or "").upper() == "SC4"
    assert not any("ITEM SC4" in t for t in _texts(d))


def test_the_minutes_line_under_the_committees_name_set_over_two_lines_is_the_title():
    d = read_txt(_BROKEN_LINES_MINUTES)
    assert d["meta"]["title"].startswith("MINUTES of the meeting held on 7 March 2008")
    assert d["meta"]["meeting_date"] == "2008-03-07"


def test_an_attendance_label_straight_over_the_names_heads_them_in_the_texts_own_case():
    # NOTES 121: "Present:" with the names straight under it is the list's heading, not joined
    # with the first name into one paragraph, and not the title's subtitle.
    d = read_txt(_BROKEN_LINES_MINUTES)
    assert "Present" in [h.rstrip(":") for h in _headings(d)]
    assert not any(t.startswith("Present: Voting Members") for t in _texts(d))


def test_a_line_that_leaves_a_bracket_open_goes_on_with_the_next():
    texts = _texts(read_txt(_BROKEN_LINES_MINUTES))
    assert "By Invitation: Chief Superintendent Dev Shah (Northshire Police)." in texts


def test_the_councils_name_in_its_other_language_under_its_letterhead_is_the_letterhead():
    d = read_txt(
        _STOPPED_CAPITALS.replace(
            "NORTHSHIRE COUNTY COUNCIL\n\n", "NORTHSHIRE COUNTY COUNCIL\n\nCYNGOR SIR Y GOGLEDD\n\n"
        )
    )
    assert not any("CYNGOR" in t for t in _texts(d))
    assert d["meta"]["title"].startswith("Minutes of Safer Roads Committee Meeting")


def test_a_capitals_line_under_the_letterhead_over_the_text_is_still_the_title():
    d = read_txt(
        "NORTHSHIRE FIRE AND RESCUE SERVICE\n\n"
        "PRIORITY TWO RESPONSE\n\n"
        "1.  Our crews reached nine in ten house fires within ten minutes of the call this year.\n\n"
        "2.  We opened two new on-call stations in the north of the county in the autumn.\n"
    )
    assert "PRIORITY TWO RESPONSE" in _headings(d)


def test_a_heading_straight_after_the_names_over_a_sentence_ends_the_list():
    d = read_txt(
        "At a MEETING of the SAFER COMMUNITIES COMMITTEE held at Northtown on 9th June, 2015.\n\n"
        "Present:-\n\n"
        "Ann LEE\n"
        "Bob HART\n"
        "Carol FENN\n\n"
        "APOLOGIES\n\n"
        "Apologies for absence were received from Councillor Dev Shah and from Councillor Eve Moss.\n\n"
        "MINUTES\n\n"
        "The minutes of the meeting held on 3rd March 2015 were approved as a correct record.\n"
    )
    assert "APOLOGIES" in _headings(d)
    assert "Ann LEE" not in _headings(d)


def test_a_sentence_in_capitals_closing_with_a_full_stop_is_not_a_heading():
    d = read_txt(
        _STOPPED_CAPITALS.replace(
            "None.\n",
            "None.\n\nNO DECLARATIONS OF INTEREST WERE MADE.\n\n"
            "The Chair welcomed the new members of the Committee to their first meeting of the year.\n",
        )
    )
    assert "NO DECLARATIONS OF INTEREST WERE MADE." not in _headings(d)
    assert "NO DECLARATIONS OF INTEREST WERE MADE." in _texts(d)


def test_a_sub_items_name_closing_with_a_full_stop_is_a_heading_in_minutes_that_stop_their_items():
    text = _STOPPED_CAPITALS.replace(
        "ADOPTION OF MINUTES.\n\n",
        "Post of Station Manager in Northtown.\n\n"
        "The Committee wished the Station Manager every success in his new post in the south of the "
        "county.\n\n"
        "ADOPTION OF MINUTES.\n\n",
    )
    d = read_txt(text)
    assert "Post of Station Manager in Northtown." in _headings(d)
    # A one-line paragraph with its verb, or a row, stays text.
    assert "PRESIDING: Councillor Ann Lee." in _texts(d)
