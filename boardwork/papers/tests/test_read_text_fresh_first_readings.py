"""Plain-text shapes read wrongly at the first reading of the latest development papers: a minutes'
title that names the meeting by its day (the body's name or "Meeting" straight before the date, the
time and place perhaps after it, the copy perhaps running the name into the date) gave no meeting
date, and the body was taken from another line (a member council in the attendance, a short form).
Every example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.layout import layout

# A parish council's minutes whose one title line names the meeting, its day, time and place.
PARISH_MINUTES = (
    "Westford Parish Council Meeting Monday 3rd June 2019 at 7.30pm in the Village Hall, Westford Minutes\n"
    "Present: Cllrs A Brown (Chair), C Green, D White.\n"
    "1. Apologies for absence\n"
    "Cllr E Black sent apologies.\n"
    "2. Minutes of the last meeting\n"
    "The minutes of the meeting of 7th May 2019 were approved and signed.\n"
)

# An authority's minutes copied from a PDF with the body's name run into the meeting's date.
AUTHORITY_MINUTES = (
    "Eastby Fire Authority14 June 2019\n"
    "14JUNE 2019\n"
    "Representing Northvale District Council:\n"
    "Councillors Abbott, Brennan, Cole and Dwyer\n"
    "Representing Southmere Borough Council:\n"
    "Councillors Ellis and Grant\n"
    "Apologies for absence were received from Councillor Hale.\n"
    "The meeting was held at Service Headquarters, Eastby. Meeting commenced at 10.00 a.m.\n"
    "The minutes of the meeting held on 8 March 2019 were agreed as a true record.\n"
)

# A report whose title names the year it covers, and a comment dated in its title: no meeting's day.
ANNUAL_REPORT = (
    "Annual Report 1 April 2018 to 31 March 2019\n\n"
    "This report sets out the partnership's work over the year.\n"
)
DATED_COMMENT = (
    "Budget update - Leader's Column - 12 October 2019\n\n"
    "It has been a busy week for the group, with the budget consultation now open.\n"
)


def test_a_minutes_title_naming_the_meeting_by_its_day_gives_the_meeting_date():
    meta, _ = layout(PARISH_MINUTES, Limits())
    assert meta.meeting_date == "2019-06-03"
    meta, _ = layout(AUTHORITY_MINUTES, Limits())
    assert meta.meeting_date == "2019-06-14"
    d = txt.read(PARISH_MINUTES.encode(), Limits()).to_dict()
    assert d["meta"]["meeting_date"] == "2019-06-03"
    # A report dated by the year it covers, or a comment by its day, names no meeting.
    meta, _ = layout(ANNUAL_REPORT, Limits())
    assert meta.meeting_date is None
    meta, _ = layout(DATED_COMMENT, Limits())
    assert meta.meeting_date is None


def test_a_minutes_title_opening_with_the_body_and_the_meetings_day_names_the_body():
    meta, _ = layout(PARISH_MINUTES, Limits())
    assert meta.body == "Westford Parish Council"
    meta, _ = layout(AUTHORITY_MINUTES, Limits())
    assert meta.body == "Eastby Fire Authority"
