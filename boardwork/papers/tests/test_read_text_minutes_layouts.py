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
