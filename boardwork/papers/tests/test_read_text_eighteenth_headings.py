"""Plain-text reader: the eighteenth headings round — sub-headings in the text's own case. A short
line naming a topic over a paragraph on a page with no blank lines ("Shoplifting" / "Shoplifting
had risen …") heads it unless the line goes on into the next (lower case, a sentence's opening, a
rank into a name); a long section name set apart over its paragraph is a heading; "Priority one:
…" between numbered paragraphs is no record's row. And the false ones: a clause with its verb over
a list, a table's source note, an address's line closing on its postcode. Each example is made up
in the genre's shape, not copied from a paper; each is read with the heading model and with the
rules alone."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts

MODEL = pytest.mark.parametrize("model", [True, False], ids=["with-model", "rules-alone"])


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


def no_blank_lines(text: str) -> str:
    return "\n".join(x for x in text.split("\n") if x.strip()) + "\n"


ANNUAL_REPORT_WRAPPED = """Southby District Council
Community Safety Partnership Annual Report 2023/24

Introduction
This report sets out what the Southby Community Safety Partnership did in the
year to March 2024, and what it plans to do next. The Partnership brings
together the Council, the police, the fire service, health and probation.
Crime and disorder in 2023/24
Total recorded crime in the district rose by two per cent, against a rise of
five per cent across the county. Violence against the person rose, while
burglary and vehicle crime fell.
Anti-social behaviour hotspots
Reports of anti-social behaviour were highest in the town centre and around
the railway station. The Partnership set up a joint patrol in July.
Priorities for 2024/25
The Partnership will keep its three priorities: anti-social behaviour,
domestic abuse and serious violence.
"""


@MODEL
def test_a_short_topic_line_over_a_wrapped_paragraph_heads_it(model):
    d = read(ANNUAL_REPORT_WRAPPED, model)
    assert {"Crime and disorder in 2023/24", "Anti-social behaviour hotspots"} <= set(headings(d))
    assert any(x.startswith("Total recorded crime in the district") for x in texts(d))


MINUTES_NO_BLANK_LINES = """Northby Safer Communities Partnership
Minutes of the meeting held on 3 October 2023 at the Civic Centre
1 Welcome and introductions
The Chair welcomed members to the meeting.
2 Performance update
Supt Moss presented the performance report for the first half of the year.
Burglary
Burglary was down by 12 per cent, the lowest figure for five years.
Shoplifting
Shoplifting had risen sharply in the town centre. Members discussed the
causes and agreed that the Business Crime Reduction Partnership be invited
to the next meeting.
3 Any other business
There was no other business.
"""


@MODEL
def test_a_minutes_sub_heading_over_a_paragraph_with_no_blank_lines(model):
    d = read(MINUTES_NO_BLANK_LINES, model)
    assert {"Burglary", "Shoplifting"} <= set(headings(d))


PAGE_BROKEN_MID_SENTENCE = """Eastshire County Council
Safer Communities Scrutiny Committee
Minutes of the meeting held on 12 May 2022
Present: Councillors A Brown (Chair), C Davies and E Ford.
By invitation: Cabinet Member for Community Safety, Councillor G Hill.
Acting Chief
Constable Jane Morris and Chief Superintendent Paul King (Eastshire
Police) attended for the item on policing.
The Scrutiny
Committee considered the matters, reports and recommendations set out in
the agenda for the meeting and agreed as set out below.
1 Apologies for absence
Apologies were received from Councillor H Green.
"""


@MODEL
def test_a_line_that_goes_on_into_the_next_stays_the_paragraphs_first_line(model):
    # (A guard: a rank goes on into its holder's name, and a sentence's opening into its verb.)
    d = read(PAGE_BROKEN_MID_SENTENCE, model)
    assert "Acting Chief" not in headings(d)
    assert "The Scrutiny" not in headings(d)


FIRE_AUTHORITY_REPORT = """Eastshire Fire and Rescue Authority
Community Safety Committee
Annual Performance Report 2022/23

Purpose of the report

To report the Authority's community safety performance for 2022/23 to the Committee.

Accidental dwelling fires

There were 312 accidental dwelling fires, the lowest number for ten years.

Incidents by type

Type\t2021/22\t2022/23
Fires\t1,210\t1,102
Road traffic collisions\t430\t402

Source: Eastshire Fire and Rescue Service incident recording system

What happens next?

The Committee is asked to note the report. Officers will bring the half-year report in November.

The Service will focus on the following areas in 2023/24

- home fire safety for older people
- water safety
- arson reduction

Contact officer

Jane Smith, Head of Community Safety
Headquarters, Fire Service Road, Eastford EF1 2XY

Background papers

None
"""


@MODEL
def test_a_clause_with_its_verb_over_a_list_is_no_heading(model):
    d = read(FIRE_AUTHORITY_REPORT, model)
    assert "The Service will focus on the following areas in 2023/24" not in headings(d)
    assert "The Service will focus on the following areas in 2023/24" in texts(d)
    assert {"Accidental dwelling fires", "What happens next?"} <= set(headings(d))


@MODEL
def test_a_tables_source_note_is_no_heading(model):
    d = read(FIRE_AUTHORITY_REPORT, model)
    assert not any(h.startswith("Source") for h in headings(d))
    assert any(x.startswith("Source: Eastshire Fire") for x in texts(d))


@MODEL
def test_an_address_line_closing_on_its_postcode_is_no_heading(model):
    d = read(FIRE_AUTHORITY_REPORT, model)
    assert not any("EF1 2XY" in h for h in headings(d))


SCRUTINY_COVER = """Northshire County Council
Report to the Safer Communities Scrutiny Panel
12 January 2024

Review of the Community Safety Partnership

Summary
This report sets out the Panel's review of the Partnership's work in 2023. The Panel met four times.

What the Panel found
Partners work well together on the ground. The Partnership's plan is not well known.
"""


@MODEL
def test_the_reports_name_under_report_to_and_its_date_is_the_title(model):
    d = read(SCRUTINY_COVER, model)
    assert d["meta"]["title"] == "Review of the Community Safety Partnership"
    assert d["blocks"][0] == {
        "type": "heading",
        "level": 1,
        "text": "Review of the Community Safety Partnership",
    }


CABINET_REPORT = """Westshire District Council
Cabinet
6 September 2023

Community Safety Partnership Plan 2023-26

Report of the Director of Communities
Wards affected: All
Key decision: No

Summary
The Community Safety Partnership has refreshed its plan for the next three years.

1. Background
1.1 The Crime and Disorder Act 1998 requires the Council to work with the police and others.
1.2 The last plan ran from 2020 to 2023.

2. The new plan
2.1 The plan has three priorities, chosen from the strategic assessment.
Priority one: Anti-social behaviour
2.2 The Partnership will focus on the town centre and the parks.
Priority two: Domestic abuse
2.3 The Partnership will fund a new outreach service.
"""


@MODEL
@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
def test_labelled_titles_between_numbered_paragraphs_are_headings(model, blank):
    text = CABINET_REPORT if blank else no_blank_lines(CABINET_REPORT)
    d = read(text, model)
    assert {"Priority one: Anti-social behaviour", "Priority two: Domestic abuse"} <= set(headings(d))


@MODEL
def test_cover_rows_set_one_under_another_stay_rows(model):
    # (A guard: "Label: value" lines one under another are a record's rows, not headings.)
    d = read(CABINET_REPORT, model)
    assert not any(h.startswith(("Wards affected", "Key decision")) for h in headings(d))


STRATEGIC_ASSESSMENT = """Northby Community Safety Partnership
Strategic Assessment 2023

Introduction

This assessment looks at crime and disorder in Northby in the year to March 2023, and at what residents told us.

How the Partnership has worked with communities to reduce anti-social behaviour in the town centre

The Partnership ran a series of community meetings and set up a town centre forum with local traders.

Reducing reoffending by young people and adults through joined-up work with probation and health services

Probation and health partners shared data on repeat offenders for the first time this year.

Members noted the report and welcomed the progress made by partners over the year in difficult times

The Board thanked the analysts for the assessment and asked for the data to be shared with schools.

Next steps

The Board is asked to agree the three priorities set out above and to note the assessment.
"""


@MODEL
def test_a_long_section_name_set_apart_over_its_paragraph_is_a_heading(model):
    d = read(STRATEGIC_ASSESSMENT, model)
    hs = set(headings(d))
    assert (
        "How the Partnership has worked with communities to reduce anti-social behaviour in the town centre"
        in hs
    )
    assert (
        "Reducing reoffending by young people and adults through joined-up work with probation and health services"
        in hs
    )


@MODEL
def test_a_long_sentence_left_without_its_stop_is_no_heading(model):
    # (A guard: a verb in the past before its object says; a heading names.)
    d = read(STRATEGIC_ASSESSMENT, model)
    assert not any(h.startswith("Members noted") for h in headings(d))


@MODEL
def test_a_long_section_name_wrapped_into_a_paragraph_on_a_page_with_no_blank_lines(model):
    d = read(no_blank_lines(STRATEGIC_ASSESSMENT), model)
    name = (
        "How the Partnership has worked with communities to reduce anti-social behaviour in the town centre"
    )
    assert name in headings(d)
    assert any(x.startswith("The Partnership ran a series") for x in texts(d))


MINUTES_WITH_LEAD_INS = """Westby Community Safety Partnership
Minutes of the meeting held on 2 February 2024

1. Performance report
The Analyst presented the report for the third quarter.

Key points raised included

- a rise in shoplifting in the town centre
- fewer reports of anti-social behaviour

Members asked about

- the cost of the new patrols
- the time taken to answer calls

Who we are

- the Council's licensing team
- the town centre traders' group

2. Any other business
There was none.
"""


@MODEL
def test_a_lead_in_that_goes_on_into_its_list_is_no_heading(model):
    d = read(MINUTES_WITH_LEAD_INS, model)
    assert "Key points raised included" not in headings(d)
    assert "Members asked about" not in headings(d)
    assert {"Key points raised included", "Members asked about"} <= set(texts(d))


@MODEL
def test_a_question_heading_may_end_on_a_preposition(model):
    # (A guard: "Who we are", "What it is about" are headings that end so.)
    d = read(MINUTES_WITH_LEAD_INS, model)
    assert "Who we are" in headings(d)


MINUTES_SIGNED_OFF = """Eastby Parish Council
Minutes of the meeting held on 14 March 2023

1. Community safety
The PCSO reported two thefts from vehicles in the village since the last meeting.

2. Date of next meeting
The next meeting will be held on 12 June 2023.

Signed

Chair
"""


@MODEL
def test_a_minutes_sign_off_is_no_heading(model):
    d = read(MINUTES_SIGNED_OFF, model)
    assert "Signed" not in headings(d)
    assert "Signed" in texts(d)


COVER_ONE_CELL_A_LINE = """Southby Borough Council

Report to
Community Safety Scrutiny Panel

Date of meeting
7 November 2023

Report author
Alex Carter, Community Safety Officer

Title of report
Community Safety Partnership Update

Is this a key decision?
No

1. Purpose

1.1 To update the Panel on the work of the Community Safety Partnership since April.

2. Recommendation

2.1 That the Panel notes the update.
"""


@MODEL
def test_a_cover_rows_label_and_its_short_value_left_alone_are_no_headings(model):
    d = read(COVER_ONE_CELL_A_LINE, model)
    assert "Is this a key decision?" not in headings(d)
    assert "No" not in headings(d)
    assert {"Purpose", "Recommendation"} <= set(headings(d))


PARISH_MINUTES = """EASTBY PARISH COUNCIL

Minutes of the Parish Council Meeting held on Monday 8 January 2024 at 7.30pm in the Village Hall

Present: Cllr A Brown (Chairman), Cllr B Smith, Cllr C Jones
In attendance: Mrs D White (Clerk), PCSO 1234 Green, 3 members of the public

Public Forum
A resident raised concerns about speeding on Church Lane.

24/01 Apologies for absence
Cllr E Black.

24/02 Police report
PCSO Green reported two thefts from sheds and one report of anti-social behaviour.
"""


@MODEL
def test_a_name_ending_in_a_body_word_after_the_attendance_is_an_item_not_the_body(model):
    d = read(PARISH_MINUTES, model)
    assert d["meta"]["body"] == "Eastby Parish Council"
    assert "Public Forum" in headings(d)


LEADERS_UPDATE_NO_BLANK_LINES = """Westby Borough Council
Cabinet Update March 2024
Leader's update
Cabinet did not meet in February, but there are a few items I would like to report to members.
Community safety
The Partnership has agreed its plan for the year and will report to the Panel in June.
Housing
Work has started on the new homes at the old depot site, and the first will be let in the autumn.
Finance
The budget for 2024/25 was set at the Council meeting in February.
"""


@MODEL
def test_the_first_section_under_the_title_on_a_page_with_no_blank_lines(model):
    d = read(LEADERS_UPDATE_NO_BLANK_LINES, model)
    assert {"Leader's update", "Community safety", "Housing"} <= set(headings(d))


SUBTITLE_OVER_THE_DATE = """Northby Community Safety Partnership
Annual Report 2023
Progress against the plan
March 2024
The Partnership has met four times in the year and agreed its plan for the next three years.
Anti-social behaviour
Reports of anti-social behaviour fell by a tenth on the year before.
Domestic abuse
The Partnership funded two more advisers for victims of domestic abuse.
Serious violence
The Partnership has set up a new group to meet the serious violence duty.
"""


@MODEL
def test_a_subtitle_over_the_covers_date_stays_no_section(model):
    # (A guard: under the title and over the cover's date, the line is the title's subtitle.)
    d = read(SUBTITLE_OVER_THE_DATE, model)
    assert "Progress against the plan" not in headings(d)


SURVEY_REPORT_NO_BLANK_LINES = """Northby Council
Community Safety Survey 2023
Introduction
The survey ran for six weeks in the autumn and 1,200 residents took part in it.
Key Findings:
Most residents said they felt safe in the town centre during the day, but fewer did after dark.
Witnesses:
Councillor Jo Bloggs, Cabinet Member for Communities; Mr A Smith, Chief Superintendent
Next Steps
The Partnership will use the results to set its priorities for the coming year.
"""


@MODEL
def test_a_label_over_a_sentence_on_a_page_with_no_blank_lines_heads_it(model):
    d = read(SURVEY_REPORT_NO_BLANK_LINES, model)
    assert "Key Findings" in headings(d)
    assert any(x.startswith("Most residents said") for x in texts(d))


@MODEL
def test_a_label_over_names_stays_one_paragraph(model):
    # (A guard: names and offices under a label are its paragraph, as before.)
    d = read(SURVEY_REPORT_NO_BLANK_LINES, model)
    assert any(x.startswith("Witnesses: Councillor Jo Bloggs") for x in texts(d))


SHORT_ANNUAL_REPORT = """Annual Report 2022/23
Chair's remarks
As Chair I am delighted to introduce the Network's annual report for the year on behalf of the Board.

Our members

The Network has forty member groups across the county, six more than last year.
"""


@MODEL
def test_a_title_closed_by_its_year_does_not_wrap_onto_the_section_over_prose(model):
    d = read(SHORT_ANNUAL_REPORT, model)
    assert d["blocks"][0] == {"type": "heading", "level": 1, "text": "Annual Report 2022/23"}
    assert "Chair's remarks" in headings(d)
