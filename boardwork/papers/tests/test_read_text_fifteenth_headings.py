"""Plain-text reader: the fifteenth headings round's layouts, found by reports, agendas, minutes and
web pages made up in the genre's house styles (no development paper had them): a numbered section's
title over its first sub-heading, a long heading over a longer sentence, the meeting a report goes to
over the report's name, an agenda whose items mostly have no text, one of those present named with
their service, and a web page's breadcrumb trail set one link a line. Each example is made up in the
genre's shape, not copied from a paper; each is read with the heading model and with the rules alone."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts

MODEL = pytest.mark.parametrize("model", [True, False], ids=["with-model", "rules-alone"])


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


NUMBERED_OVER_SUB_HEADING = """Update on the Police and Crime Plan 2021-2025

1. Background

The Commissioner published the Police and Crime Plan in March 2022. It sets out four priorities.

2. Progress against the plan

Neighbourhood policing

The Commissioner funded 40 additional police community support officers.

Road safety

Speed enforcement cameras were installed on two routes.

3. Financial implications

There are no financial implications arising from this report.
"""


@MODEL
def test_numbered_section_over_its_first_sub_heading_is_a_heading(model):
    d = read(NUMBERED_OVER_SUB_HEADING, model)
    assert "Progress against the plan" in headings(d)
    assert not any(b.get("number") == "2" for b in d["blocks"])
    assert {"Neighbourhood policing", "Road safety"} <= set(headings(d))


LONG_HEADING_OVER_SENTENCE = """Northby Community Safety Partnership
Strategic Assessment 2023

Key findings
• Recorded crime rose by 3% in the year to March 2023.
• Anti-social behaviour fell for the second year running.

How the Partnership will measure progress against its priorities
The Partnership will report quarterly to the Safer Northby Board on a set of twelve measures.
"""

WRAPPED_SENTENCE = """Northby Community Safety Partnership Annual Report 2022/23

Our work with victims
The Partnership commissioned the Northby Women's Aid
Service to run the hub.
It opened in April 2022 and has supported 200 people since, most of them referred by the police.
"""


@MODEL
def test_a_line_of_heading_shape_over_a_longer_sentence_is_not_wrapped_into_it(model):
    d = read(LONG_HEADING_OVER_SENTENCE, model)
    assert "How the Partnership will measure progress against its priorities" in headings(d)
    assert (
        "The Partnership will report quarterly to the Safer Northby Board on a set of twelve measures."
        in (texts(d))
    )


@MODEL
def test_a_sentence_wrapped_before_a_name_still_runs_on(model):
    # (A guard: the line under is shorter than the line it goes on from.)
    d = read(WRAPPED_SENTENCE, model)
    assert "The Partnership commissioned the Northby Women's Aid Service to run the hub." in texts(d)


ADDRESSEE_SPACED = """Report to Cabinet

Community Safety Partnership Plan 2023-26

Report of the Director of Communities

1 Purpose of the report

1.1 To seek approval of the Community Safety Partnership Plan for 2023 to 2026.

2 Background

2.1 The plan was consulted on between October and December 2022.
"""

ADDRESSEE_FLAT = """Report to Cabinet
Community Safety Partnership Plan 2023-26
Summary
This report seeks approval of the Community Safety Partnership Plan for 2023 to 2026.
Background
The plan was consulted on between October and December 2022.
"""

DECISION_MAKER = """Eastshire County Council

Cabinet Member for Community Safety

Decision to be taken on or after 14 March 2023

Community Safety Grants 2023/24

Summary

This report recommends grants to eleven community groups for projects that reduce crime.

Background

The grants scheme has run since 2015 and is funded by the Police and Crime Commissioner.
"""

ADDRESSEE_OVER_ROWS = """Report to the Council

Committee: Cabinet
Date: 29 September 2023
Subject: Safer Communities
Portfolio Holder: Councillor J Smith

Recommending:

That the report of the Safer Communities Portfolio Holder be noted.

Community Safety

The team continues to support victims of domestic abuse.
"""


@MODEL
@pytest.mark.parametrize("text", [ADDRESSEE_SPACED, ADDRESSEE_FLAT], ids=["spaced", "flat"])
def test_the_report_name_under_report_to_is_the_title(model, text):
    d = read(text, model)
    assert d["meta"]["title"] == "Community Safety Partnership Plan 2023-26"
    assert [h for h in d["blocks"] if h["type"] == "heading"][0]["text"] == (
        "Community Safety Partnership Plan 2023-26"
    )
    assert not any("Report to Cabinet" in t for t in texts(d))


@MODEL
def test_the_report_name_under_the_decision_makers_office_is_the_title(model):
    d = read(DECISION_MAKER, model)
    assert d["meta"]["title"] == "Community Safety Grants 2023/24"
    assert "Cabinet Member for Community Safety" not in texts(d)
    assert "Decision to be taken on or after 14 March 2023" not in headings(d)


@MODEL
def test_report_to_over_cover_rows_stays_the_title(model):
    # (A guard: no report's name under it, only the cover's rows.)
    d = read(ADDRESSEE_OVER_ROWS, model)
    assert headings(d)[0] == "Report to the Council"


AGENDA = """NORTHBY DISTRICT COUNCIL

COMMUNITY SAFETY SCRUTINY PANEL

AGENDA

Date: Tuesday 7 November 2023
Time: 6.30 pm

Membership: Councillors A Jones (Chair), B Smith (Vice-Chair), C Brown, D Green and E White

1. Apologies for absence

2. Declarations of interest

3. Minutes of the meeting held on 5 September 2023 (Pages 1 - 6)

To confirm the minutes as a correct record.

4. Community Safety Partnership Annual Report 2022/23 (Pages 7 - 30)

To consider the report of the Head of Community Services.

5. Work programme (Pages 31 - 34)

6. Date of next meeting
"""

NUMBERED_SHORT_LINES = """Eastby Partnership Board

Decisions

1. Approve the action plan

2. Agree the budget

3. Review the terms of reference

The Board agreed each of these at its meeting.
"""


@MODEL
def test_an_agenda_s_items_are_headings_though_most_have_no_text(model):
    d = read(AGENDA, model)
    heads = headings(d)
    for item in (
        "Apologies for absence",
        "Declarations of interest",
        "Minutes of the meeting held on 5 September 2023 (Pages 1 - 6)",
        "Work programme (Pages 31 - 34)",
        "Date of next meeting",
    ):
        assert item in heads
    assert not any(b.get("number") for b in d["blocks"] if b["type"] == "paragraph")


MEMBERSHIP_ROW = """Safer Westby Panel

Membership: Councillors A Jones (Chair), B Smith (Vice-Chair), C Brown and D Green

Terms of reference

The Panel scrutinises the work of the Community Safety Partnership.
"""


@MODEL
def test_a_membership_row_is_a_paragraph(model):
    # The row lists who sits on the panel, as "Present: Councillors …" does: not a heading.
    d = read(MEMBERSHIP_ROW, model)
    assert not any(h.startswith("Membership") for h in headings(d))
    assert any(t.startswith("Membership: Councillors A Jones") for t in texts(d))


@MODEL
def test_numbered_lines_with_no_formality_stay_paragraphs(model):
    # (A guard: no "Apologies", "Minutes" or "Date of next meeting" among them, and most have no text.)
    d = read(NUMBERED_SHORT_LINES, model)
    assert [b.get("number") for b in d["blocks"] if b["type"] == "paragraph" and b.get("number")] == [
        "1",
        "2",
        "3",
    ]


MINUTES_PRESENT = """Minutes of a meeting of the Eastby Community Safety Partnership held at the Civic Centre on Wednesday 8 March 2023

Present
Councillor Ann Jones (Chair)
Superintendent Brian Smith, Eastshire Police
Carol Brown, Eastshire Fire and Rescue Service

1 Apologies
Apologies were received from David White, Probation Service.

2 Domestic abuse update
The Domestic Abuse Coordinator reported that referrals to the outreach service had risen by 20%.
"""

LETTERHEAD = """Northshire Police, Fire and Crime Commissioner

Annual Report 2022/23

Introduction

The Commissioner sets the budget for policing and the fire service in the county.
"""


@MODEL
def test_one_of_those_present_named_with_their_service_is_not_the_body(model):
    d = read(MINUTES_PRESENT, model)
    assert "Carol Brown, Eastshire Fire and Rescue Service" in texts(d)
    assert d["meta"]["body"] == "Eastby Community Safety Partnership"


@MODEL
def test_a_commissioners_letterhead_is_still_the_body(model):
    # (A guard: the comma is inside the body's own name.)
    d = read(LETTERHEAD, model)
    assert d["meta"]["body"] == "Northshire Police, Fire and Crime Commissioner"


TRAIL = """Home
Community and living
Community safety
Community Safety Partnership
The Westby Community Safety Partnership brings together the agencies that work to reduce crime.
Who is in the partnership
The partnership is made up of Westby District Council, Westshire Police and the NHS.
Partnership meetings
The partnership board meets four times a year. Minutes are published after each meeting.
"""


@MODEL
def test_a_breadcrumb_trail_one_link_a_line_is_the_sites_and_the_page_name_the_title(model):
    d = read(TRAIL, model)
    assert d["meta"]["title"] == "Community Safety Partnership"
    assert headings(d)[0] == "Community Safety Partnership"
    assert not {"Home", "Community and living", "Community safety", "Home Community and living"} & set(
        texts(d)
    )
    assert {"Who is in the partnership", "Partnership meetings"} <= set(headings(d))


AGENDA_UNDER_BOARD = """Public Document Pack

Northby Community Safety Partnership Board

Thursday 18 January 2024 at 2.00 pm

Committee Room 2, Town Hall

Agenda

1 Welcome and introductions

2 Minutes of the last meeting (Pages 1 - 4)

3 Serious violence duty - update (Pages 5 - 12)

To consider the report of the Partnership Manager.

4 Date of next meeting
"""


@MODEL
def test_an_agenda_under_a_partnership_boards_name_is_titled_agenda(model):
    # The board's name, two body words in it ("Partnership Board"), is the letterhead and the body;
    # "Agenda" in the text's own case, before any prose, is the title; the venue line is passed over.
    d = read(AGENDA_UNDER_BOARD, model)
    assert d["meta"]["title"] == "Agenda"
    assert d["meta"]["body"] == "Northby Community Safety Partnership Board"
    assert "Northby Community Safety Partnership Board" not in headings(d)


DATED_HEADER_TWICE = """Eastby Borough Council - Cabinet - 14 March 2023

Domestic Abuse Strategy

Purpose of report

To seek approval of the domestic abuse strategy for 2023 to 2026.

Eastby Borough Council - Cabinet - 14 March 2023

Background

The council has a duty under the Domestic Abuse Act 2021 to publish a strategy.
"""

TITLE_TWICE = """Community Safety Plan Refresh

Cover report to the Safer Eastby Board.

Community Safety Plan Refresh

Background

The plan was agreed in 2022 and is refreshed each year.
"""


@MODEL
def test_a_dated_running_header_met_twice_is_not_the_title(model):
    d = read(DATED_HEADER_TWICE, model)
    assert d["meta"]["title"] == "Domestic Abuse Strategy"
    assert not any("14 March 2023" in t for t in texts(d))
    assert {"Purpose of report", "Background"} <= set(headings(d))


@MODEL
def test_a_title_set_again_over_the_report_is_still_the_title(model):
    # (A guard: a line met twice with no date among its parts is the title set again.)
    d = read(TITLE_TWICE, model)
    assert d["meta"]["title"] == "Community Safety Plan Refresh"
