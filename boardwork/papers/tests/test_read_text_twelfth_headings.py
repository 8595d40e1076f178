"""Plain-text reader: the twelfth headings round's layouts (minutes of joint policing committees and
of town councils): attendance set out by group, each group's row with its further members on lines
of their own, and minutes naming their items by the agenda's business ("To receive …", "To confirm
…"). Each example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


ATTENDANCE_BY_GROUP = (
    "Northvale Joint Policing Committee\n"
    "\n"
    "Minutes of Meeting held in the Town Hall, Northvale on Monday 4th March 2019 at 7.00pm.\n"
    "\n"
    "Elected Members: Cllrs. Ann Boyle (Chair), Tom Hayes, Mary Quinn, Sean Walsh\n"
    "\n"
    "Northvale Local Authorities: Peter Lynch, Director of Services\n"
    "\n"
    "Rose Kelly, Administrative Officer\n"
    "\n"
    "An Garda Siochana: Superintendent Liam Doyle\n"
    "\n"
    "Inspector Kevin Burke\n"
    "\n"
    "Community Sector: Joan Ryan\n"
    "\n"
    "Apologies: Deputy Paul Nolan\n"
    "\n"
    "The Chair welcomed everyone to the committee's first meeting of the year and thanked the Gardai for "
    "their report on the winter's road safety checks.\n"
    "\n"
    "The members discussed the anti-social behaviour reported near the bus station and asked for a "
    "further update at the next meeting.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_attendance_rows_by_group_and_their_further_members_are_rows_not_headings(model: bool):
    d = read(ATTENDANCE_BY_GROUP, model)
    hs = headings(d)
    assert not any(h.startswith(("Northvale Local Authorities", "An Garda", "Community Sector")) for h in hs)
    assert "Northvale Local Authorities: Peter Lynch, Director of Services" in texts(d)
    assert "An Garda Siochana: Superintendent Liam Doyle" in texts(d)


@pytest.mark.parametrize("model", [False, True])
def test_a_rank_and_name_under_a_groups_row_is_one_who_attended_not_the_contact(model: bool):
    d = read(ATTENDANCE_BY_GROUP, model)
    assert "Inspector Kevin Burke" in texts(d)
    contact = d["meta"].get("contact") or {}
    assert contact.get("name") != "Kevin Burke"


TOWN_COUNCIL_MINUTES = (
    "Westbrook Town Council Monthly Meeting Wednesday 9th March 2022\n"
    "\n"
    "Councillor Mrs Ann Price (Mayor) Councillors Tom Evans, Gwen Hughes, Rhys Morgan and Mair Owen\n"
    "\n"
    "In attendance: Jane Lloyd (Town Clerk)\n"
    "\n"
    "201. Opening Prayer\n"
    "\n"
    "The Mayor gave the opening prayer.\n"
    "\n"
    "202. To receive Members’ Declarations of Interest in respect of the business on tonight's agenda\n"
    "\n"
    "No declarations were made.\n"
    "\n"
    "203. Police Matters\n"
    "\n"
    "PCSO Ellis gave the monthly police report; two thefts from vehicles had been reported in the town.\n"
    "\n"
    "204. To confirm the minutes of the meeting held on 9th February 2022\n"
    "\n"
    "The minutes were confirmed as a correct record and signed by the Mayor.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_items_named_by_the_agendas_business_are_headings_with_the_others(model: bool):
    d = read(TOWN_COUNCIL_MINUTES, model)
    hs = headings(d)
    assert "To receive Members’ Declarations of Interest in respect of the business on tonight's agenda" in hs
    assert "To confirm the minutes of the meeting held on 9th February 2022" in hs
    assert "Opening Prayer" in hs and "Police Matters" in hs


@pytest.mark.parametrize("model", [False, True])
def test_a_councils_name_meeting_and_date_on_the_first_line_are_title_body_and_date(model: bool):
    d = read(TOWN_COUNCIL_MINUTES, model)
    meta = d["meta"]
    assert meta["title"] == "Westbrook Town Council Monthly Meeting Wednesday 9th March 2022"
    assert meta["body"] == "Westbrook Town Council"
    assert meta["meeting_date"] == "2022-03-09"
    # A report's cover line addressed to a meeting is no such title.
    cover = read(
        "REPORT OF THE LEAD MEMBER FOR HOUSING\n"
        "To the Cabinet Meeting Tuesday, 14th May, 2019\n"
        "\n"
        "TITLE: Empty Homes Strategy\n"
        "\n"
        "The Cabinet is asked to approve the strategy set out in this report.\n",
        model,
    )
    assert cover["meta"]["title"] != "To the Cabinet Meeting Tuesday, 14th May, 2019"
