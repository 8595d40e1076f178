"""Plain-text reader: the sixteenth headings round's layouts — a heading run into its paragraph or
into the line over it on a page copied with no blank lines. A short heading over a line that opens a
sentence, a heading as long as the wrap width over its paragraph, the first numbered item straight
under the title, and items numbered in roman or with the committee's letters run into the line
above. Each example is made up in the genre's shape, not copied from a paper; each is read with the
heading model and with the rules alone."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts

MODEL = pytest.mark.parametrize("model", [True, False], ids=["with-model", "rules-alone"])


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


SHORT_HEADINGS_OVER_SENTENCES = """Westby Borough Council
Overview and Scrutiny Committee
Community Safety Partnership Annual Report 2022/23
Report of the Head of Community Services
Purpose of the report
To present the annual report of the Westby Community Safety Partnership for
2022/23 and to invite the Committee to scrutinise the Partnership's work.
Background
The Police and Justice Act 2006 requires the Committee to review the work of
the Community Safety Partnership at least once a year. The Partnership brings
together the council, the police, the fire and rescue service and health.
Progress against the priorities
The Partnership funded two youth workers in the town centre and ran a
campaign on domestic abuse with the police.
Anti-social behaviour fell by 12% in the year.
Domestic abuse
The Partnership commissioned a new outreach service with Westby Women's Aid.
Recommendation
That the Committee notes the report and comments on the Partnership's work.
"""


@MODEL
def test_a_short_heading_over_a_line_that_opens_a_sentence_is_a_heading(model):
    d = read(SHORT_HEADINGS_OVER_SENTENCES, model)
    assert {"Background", "Progress against the priorities"} <= set(headings(d))
    assert any(t.startswith("The Police and Justice Act 2006 requires") for t in texts(d))


ATTENDANCE_BROKEN_ON_THE_PAGE = """Eastshire County Council
Community Safety Scrutiny Committee
Minutes of the meeting held on 6 February 2023
Present: Councillor A Jones (Chair), Councillors B Smith and C Brown.
By invitation: Cabinet Member for Community Safety, Councillor D White.
Acting Chief
Constable Jane Green and Chief Superintendent Tom Black (Eastshire
Police).
Officers: E Grey (Community Safety Manager).
1 Community Safety Partnership Plan
The Committee considered the Partnership's plan for 2023 to 2026 and asked
for a report on its progress in six months' time.
"""


@MODEL
def test_a_line_broken_on_the_page_before_a_name_is_still_no_heading(model):
    # (A guard: the line under "Acting Chief" goes on with a name, not a new sentence.)
    d = read(ATTENDANCE_BROKEN_ON_THE_PAGE, model)
    assert "Acting Chief" not in headings(d)


LONG_HEADING_AT_THE_WRAP_WIDTH = """Northby Community Safety Partnership
Strategic Assessment 2023

Introduction and purpose of this strategic assessment for the Board
This strategic assessment looks at crime and disorder in Northby in the year to
March 2023 and proposes the Partnership's priorities for the next three years.
It was prepared by the Partnership's analyst with the police and the council.

What the data tell us about crime and disorder in Northby
Recorded crime rose by 3% in the year, while anti-social behaviour fell for the
second year running. Domestic abuse incidents reported to the police rose by 8%.
The rise was largest in the town centre and in the two eastern wards of Northby.

Proposed priorities for the Partnership from 2023 to 2026
The Partnership proposes three priorities: domestic abuse, serious violence and
anti-social behaviour, each with an action plan agreed by the partners.
"""


@MODEL
def test_a_heading_as_long_as_the_wrap_width_is_not_wrapped_into_its_paragraph(model):
    d = read(LONG_HEADING_AT_THE_WRAP_WIDTH, model)
    assert "Introduction and purpose of this strategic assessment for the Board" in headings(d)
    assert any(t.startswith("This strategic assessment looks at crime") for t in texts(d))


WRAPPED_SENTENCE_OVER_A_NAME = """Northby Community Safety Partnership Annual Report 2022/23

Our work with victims
The Partnership's outreach service was commissioned from Northby Women's Aid
in April 2022 and has supported 200 people since then, most of them referred by
the police.
"""


@MODEL
def test_a_wrapped_sentence_still_runs_on(model):
    # (A guard: lines that go on with their own words stay one paragraph.)
    d = read(WRAPPED_SENTENCE_OVER_A_NAME, model)
    assert (
        "The Partnership's outreach service was commissioned from Northby Women's Aid in April 2022 and "
        "has supported 200 people since then, most of them referred by the police."
    ) in texts(d)


FIRST_ITEM_UNDER_THE_TITLE = """Northshire County Council
Cabinet
14 March 2023
Community Safety Partnership Annual Report
1 PURPOSE OF REPORT
1.1 This report presents the Community Safety Partnership's annual report for 2022/23.
2 RECOMMENDATION
2.1 That Cabinet notes the annual report.
3 BACKGROUND
3.1 The Partnership was set up under the Crime and Disorder Act 1998. It meets four times a year.
"""

FIRST_MINUTE_UNDER_THE_TITLE = """Northshire Fire and Rescue Authority
Minutes of the meeting held on 20 June 2023
1 Election of Chair
Councillor A Jones was elected Chair of the Authority for the year.
2 Apologies for Absence
Apologies were received from Councillors B Smith and C Brown.
3 Community Risk Management Plan
The Chief Fire Officer presented the draft plan. Members welcomed the consultation.
"""


@MODEL
def test_the_first_numbered_item_straight_under_the_title_is_a_heading(model):
    d = read(FIRST_ITEM_UNDER_THE_TITLE, model)
    assert "PURPOSE OF REPORT" in headings(d)
    assert "1 PURPOSE OF REPORT" not in texts(d)
    d = read(FIRST_MINUTE_UNDER_THE_TITLE, model)
    assert "Election of Chair" in headings(d)
    assert {"Apologies for Absence", "Community Risk Management Plan"} <= set(headings(d))


ROMAN_ITEMS_NO_BLANK_LINES = """EASTBY POLICE AND CRIME PANEL
MINUTES OF THE MEETING HELD ON 5 JUNE 2023
I APOLOGIES FOR ABSENCE
Apologies were received from Councillor D White.
II DECLARATIONS OF INTEREST
No declarations of interest were made.
III POLICE AND CRIME PLAN
The Commissioner presented the plan. The Panel noted the report.
"""

LETTERED_ITEMS_NO_BLANK_LINES = """Westby District Council
Community Safety Sub-Committee
Minutes of the meeting held on 5 June 2023
CS1 APOLOGIES FOR ABSENCE
Apologies were received from Councillor D White.
CS2 DECLARATIONS OF INTEREST
No declarations of interest were made.
CS3 ANTI-SOCIAL BEHAVIOUR IN THE TOWN CENTRE
The Community Safety Manager reported on the action taken in the town centre.
"""


@MODEL
def test_items_numbered_in_roman_or_with_letters_are_not_run_into_the_line_above(model):
    d = read(ROMAN_ITEMS_NO_BLANK_LINES, model)
    assert {"APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "POLICE AND CRIME PLAN"} <= set(headings(d))
    assert "Apologies were received from Councillor D White." in texts(d)
    assert d["meta"]["title"] == "MINUTES OF THE MEETING HELD ON 5 JUNE 2023"
    d = read(LETTERED_ITEMS_NO_BLANK_LINES, model)
    assert {
        "APOLOGIES FOR ABSENCE",
        "DECLARATIONS OF INTEREST",
        "ANTI-SOCIAL BEHAVIOUR IN THE TOWN CENTRE",
    } <= (set(headings(d)))
    assert "No declarations of interest were made." in texts(d)


SECTION_UNDER_THE_TITLE = """Eastby Community Safety Partnership
Annual Report 2022/23
Section 1. Introduction
The Partnership brings together the council, the police and the fire service to reduce crime.
Section 2. Our priorities
The Partnership agreed three priorities: anti-social behaviour, domestic abuse and road safety.
Section 3. What we did
We funded two youth workers and ran a campaign on domestic abuse with the police.
"""

TITLE_WRAPPED_IN_CAPITALS = """ANNUAL REPORT OF THE NORTHBY COMMUNITY SAFETY
PARTNERSHIP FOR 2022/23

INTRODUCTION

The Partnership brings together the council, the police and the fire service to reduce crime.

OUR PRIORITIES

The Partnership agreed three priorities: anti-social behaviour, domestic abuse and road safety.
"""


@MODEL
def test_a_numbered_section_straight_under_the_title_is_not_joined_to_it(model):
    d = read(SECTION_UNDER_THE_TITLE, model)
    assert d["meta"]["title"] == "Annual Report 2022/23"
    assert "Introduction" in headings(d)
    # (A guard: a title set in capitals over two lines is still one title.)
    d = read(TITLE_WRAPPED_IN_CAPITALS, model)
    assert d["meta"]["title"] == "ANNUAL REPORT OF THE NORTHBY COMMUNITY SAFETY PARTNERSHIP FOR 2022/23"


# -- the title -----------------------------------------------------------------------------------

TITLE_OVER_SECTION_LABEL = """Westby Borough Council
Cabinet
14 March 2023
Report of the Head of Community Services
Anti-social behaviour policy review
Purpose of report
To ask Cabinet to approve the revised anti-social behaviour policy.
Background
The policy was last reviewed in 2019.
"""


@MODEL
def test_a_title_is_not_wrapped_onto_the_section_label_under_it(model):
    d = read(TITLE_OVER_SECTION_LABEL, model)
    assert d["meta"]["title"] == "Anti-social behaviour policy review"
    assert "Purpose of report" in headings(d)
    assert not any("review Purpose" in h for h in headings(d))


CONTROLS_OVER_TRAIL = """Skip to main content
Menu
Search
Home
Community safety
Community Safety Partnership
The Northby Community Safety Partnership brings together the council, the police, the fire service and health to make Northby safer.
What the Partnership does
The Partnership publishes a plan every three years and reports on its progress each year.
"""


@MODEL
def test_a_sites_controls_over_its_breadcrumb_trail_do_not_hide_the_pages_title(model):
    d = read(CONTROLS_OVER_TRAIL, model)
    assert d["meta"]["title"] == "Community Safety Partnership"
    assert not {"Menu", "Search", "Home", "Community safety"} & set(texts(d))


MINUTES_OF_A_BOARD = """Northby Community Safety Partnership

Minutes of the Partnership Board

12 January 2023, 10.00am, Northby Civic Centre

1. Welcome and apologies

The Chair welcomed everyone to the meeting. Apologies were received from D White.

2. Serious violence duty

The Partnership discussed its response to the serious violence duty.
"""


@MODEL
def test_minutes_named_after_their_board_are_the_title_not_the_body(model):
    d = read(MINUTES_OF_A_BOARD, model)
    assert d["meta"]["title"] == "Minutes of the Partnership Board"
    assert d["meta"]["body"] == "Northby Community Safety Partnership"
    assert "Minutes of the Partnership Board" in headings(d)


TITLE_OVER_PROSE_NO_BLANK_LINES = """Office of the Police and Crime Commissioner for Northshire Police and Crime Plan Annual Report 2022/2023
Welcome to my second annual report as Police and Crime Commissioner for Northshire.
This report gives an update on my office's progress in delivering the priorities of my Police and Crime Plan.
The plan was informed by a range of information, including feedback from partners and communities in Northshire.
During the year I published an updated plan so that it stays relevant to policing and to our communities' needs.
Once again I was pleased to make funding available to our communities using cash seized from criminals.
"""


@MODEL
def test_the_title_over_prose_with_no_blank_line_is_its_own_heading(model):
    d = read(TITLE_OVER_PROSE_NO_BLANK_LINES, model)
    title = "Office of the Police and Crime Commissioner for Northshire Police and Crime Plan Annual Report 2022/2023"
    assert d["meta"]["title"] == title
    assert title in headings(d)
    assert any(t.startswith("Welcome to my second annual report") for t in texts(d))
    assert not any(t.startswith("Office of") for t in texts(d) if t != title)


MINUTES_WITH_HANGING_INDENTS = """Northshire Fire Authority
Resources Committee
Monday, 20 November 2023, at 10.00 am in the Conference Room, Service Headquarters.
MINUTES
PRESENT:
Councillors A Jones (Chair), B Smith, C Brown
8/23   Apologies for Absence
       Apologies were received from Councillor D White.
9/23   Minutes of Previous Meeting
       RESOLVED: - That the Minutes of the last meeting held on 17 July 2023
       be confirmed as a correct record.
10/23  Budget Monitoring
       The Director of Finance presented the report on the revenue budget.
"""


@MODEL
def test_a_minutes_title_over_its_indented_text_is_not_joined_to_it(model):
    d = read(MINUTES_WITH_HANGING_INDENTS, model)
    assert {"Apologies for Absence", "Minutes of Previous Meeting", "Budget Monitoring"} <= set(headings(d))
    assert "The Director of Finance presented the report on the revenue budget." in texts(d)


DECISION_RECORD_NO_BLANK_LINES = """Northshire Council
Cabinet Member decision
Community Safety Partnership Plan review
Decision Maker: Cabinet Member for Community Safety
Decision status: Recommendations approved
Purpose:
To review the Community Safety Partnership Plan in the light of the strategic assessment.
Decisions:
The report set out progress towards a new plan and the consultation that would follow.
Witnesses:
Jo Bloggs, Community Safety Manager; Sam Green, Northshire Police
"""


@MODEL
def test_a_records_section_label_over_its_text_is_a_heading_with_no_blank_line(model):
    d = read(DECISION_RECORD_NO_BLANK_LINES, model)
    assert {"Purpose", "Decisions"} <= {h.rstrip(":") for h in headings(d)}
    assert any(t.startswith("The report set out progress") for t in texts(d))
    # (A guard: names straight under a label are its paragraph, NOTES 121.)
    assert not any(h.startswith("Witnesses") for h in headings(d))


ANNUAL_REPORT_NO_BLANK_LINES = """Northshire Police and Crime Panel
Annual Report 2022/23
Chair's Foreword
I am pleased to present the Panel's annual report for 2022/23, my second as its Chair.
The Panel met six times in the year and reviewed the Commissioner's proposed precept.
"""

WARD_REPORT_NO_BLANK_LINES = """Ward Performance Report
January to March 2023
Crime in the ward fell by 4% in the quarter, and anti-social behaviour by 9%.
Burglary rose slightly, from 12 to 14 offences.
"""


@MODEL
def test_a_title_does_not_wrap_onto_a_foreword_or_a_period(model):
    d = read(ANNUAL_REPORT_NO_BLANK_LINES, model)
    assert d["meta"]["title"] == "Annual Report 2022/23"
    assert "Chair's Foreword" in headings(d)
    d = read(WARD_REPORT_NO_BLANK_LINES, model)
    assert d["meta"]["title"] == "Ward Performance Report"


NEWS_TITLE_OVER_ITS_DATE = """A New Year message from the Northshire Police and Crime Commissioner Jane Smith
20 December 2023
I would like to wish everyone in Northshire a peaceful festive period and a happy New Year. It has
been another busy year for policing, and I was pleased to continue the Safer Streets Fund, which
has given grants of more than £300,000 to more than 80 organisations across the county this year.
"""


@MODEL
def test_a_news_items_title_is_not_joined_to_its_date(model):
    d = read(NEWS_TITLE_OVER_ITS_DATE, model)
    title = "A New Year message from the Northshire Police and Crime Commissioner Jane Smith"
    assert title in headings(d)
    assert not any("Jane Smith 20 December" in t for t in texts(d))


MINUTES_TITLE_OVER_THE_CHAIR = """Northshire Councils
Minutes of the meeting of the Leaders' Committee held on 14 March 2023
Cllr Jane Smith chaired the meeting
Present:
Northby Cllr A Jones
Westby Cllr B Brown
1. Declarations of interest
No interests were declared.
2. Community safety funding
The Committee received a report on the Safer Streets Fund and agreed that the
councils would bid for the next round of the fund jointly with the police, with
a lead council for each of the three areas named in the report of the officers.
3. Serious violence duty
The Committee noted the duty that came into force in January 2023 and asked the
officers to report in June on how the councils would meet it with their partners.
"""


@MODEL
def test_a_minutes_title_closed_by_its_date_is_not_joined_to_the_line_under_it(model):
    d = read(MINUTES_TITLE_OVER_THE_CHAIR, model)
    title = "Minutes of the meeting of the Leaders' Committee held on 14 March 2023"
    assert d["meta"]["title"] == title
    assert title in headings(d)


REPORT_WITH_LABELS_NO_BLANK_LINES = """Item 12
Community Safety Partnership Annual Report
Decision:
That the Committee supports the achievements of the Community Safety
Partnership over the last twelve months and notes its priorities for 2023/24.
Recommendation
That Members note the information provided.
Background
Until June 2023 the Partnership was chaired by the council's Chief Executive and
met four times a year; since then the Police Superintendent has chaired it.
"""


@MODEL
def test_section_labels_with_no_blank_lines_are_headings(model):
    d = read(REPORT_WITH_LABELS_NO_BLANK_LINES, model)
    assert {"Decision", "Background"} <= {h.rstrip(":") for h in headings(d)}
