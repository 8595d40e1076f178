"""Plain-text reader: genre rules from the fifth headings round's development papers (batch 35:
minutes of joint policing committees set one paragraph a line, Scottish committee minutes with
roman-numbered items and attendance lists in groups, capital item names closing with a full stop).
Each example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits, txt


def read_txt(text: str) -> dict:
    return txt.read(text.encode("utf-8"), Limits()).to_dict()


def _headings(d: dict) -> list[str]:
    return [b["text"] for b in d["blocks"] if b["type"] == "heading"]


def _texts(d: dict) -> list[str]:
    return [b["text"] for b in d["blocks"] if b["type"] != "table"]


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
