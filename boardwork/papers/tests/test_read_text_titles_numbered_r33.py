"""Plain-text reader, round 33: the title and numbered headings. A draft's stamp ("Draft Two – 3 May
2022") opening a cover is no title, and where the paper repeats it in its page headers ("<title>
<page> <stamp>") it is page furniture; the first numbered section's name under the addressee's line
("Report to the Partnership Board" / "1. Purpose of the report") is no title either. Minutes that
number each minute, one-line decisions and titled minutes alike, have the titles as headings; a
numbered label closing with a colon over its prose ("3. Financial implications:") is a heading. Each
example is made up in the genre's shape, not copied from a paper; each is read with the heading model
and with the rules alone. The guards: short numbered decisions, a numbered list, a numbered lead-in
over a list and a stamp met once under the title stay as they are."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts

MODEL = pytest.mark.parametrize("model", [True, False], ids=["with-model", "rules-alone"])


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


def title(d: dict) -> str | None:
    return next((b["text"] for b in d["blocks"] if b["type"] == "heading" and b.get("level") == 1), None)


DRAFT_REPORT = """Draft Two – 3 May 2022

Fernhill Association of Town Councils

Annual Review 2021-2022

\f
Annual Review 2021-2022    1    Draft Two – 3 May 2022

Our year in brief

The association welcomed four new member councils and ran twelve training sessions for clerks
and councillors across the county.

\f
Annual Review 2021-2022    2    Draft Two – 3 May 2022

Training

The training programme covered planning, finance and the code of conduct, and was attended by
over two hundred people.
"""


@MODEL
def test_a_draft_stamp_is_no_title_and_its_page_headers_are_furniture(model):
    d = read(DRAFT_REPORT, model)
    assert d["meta"]["title"] == "Annual Review 2021-2022"
    assert title(d) == "Annual Review 2021-2022"
    assert not any("Draft Two" in x for x in texts(d))
    assert {"Our year in brief", "Training"} <= set(headings(d))


STAMP_UNDER_TITLE = """COMMUNITY SAFETY STRATEGIC ASSESSMENT 2023/24

Version 1.3 FINAL, November 2023

Prepared by the Partnership Analysis Team

Introduction

The assessment draws together crime and disorder data from the police, the council and the fire
service to set the partnership's priorities for the coming year.
"""


@MODEL
def test_guard_a_stamp_met_once_under_the_title_stays_text(model):
    d = read(STAMP_UNDER_TITLE, model)
    assert title(d) == "COMMUNITY SAFETY STRATEGIC ASSESSMENT 2023/24"
    assert "Version 1.3 FINAL, November 2023" in texts(d)


ADDRESSEE_THEN_SECTIONS = """Eastshire Community Safety Partnership

Report to the Partnership Board

1. Purpose of the report

The report sets out the progress made on the partnership plan over the last year and asks the
Board to note it.

2. Background

The partnership agreed its plan in March and the working groups have met every quarter since.
"""


@MODEL
def test_the_first_numbered_section_is_no_title(model):
    d = read(ADDRESSEE_THEN_SECTIONS, model)
    assert d["meta"]["title"] != "1. Purpose of the report"
    assert title(d) != "Purpose of the report"
    assert {"Purpose of the report", "Background"} <= set(headings(d))


MIXED_MINUTES = """Northvale Community Safety Partnership

Minutes of the Partnership Board, 5 June 2023

1. The Chair welcomed members to the meeting and introductions were made.

2. The minutes of the last meeting were agreed as a correct record.

3. Anti-social behaviour

The Police Inspector reported on anti-social behaviour in the town centre over the spring. Calls
had fallen by a fifth since the dispersal order was made.

4. The Board agreed the communications plan for the summer.

5. Serious violence duty

The Partnership Manager gave an update on the serious violence duty and the needs assessment,
which would come to the next meeting.

6. The date of the next meeting was confirmed as 4 September 2023.
"""


@MODEL
def test_a_minutes_title_among_numbered_decisions_is_a_heading(model):
    d = read(MIXED_MINUTES, model)
    hs = set(headings(d))
    assert {"Anti-social behaviour", "Serious violence duty"} <= hs
    # (The one-line decisions stay numbered paragraphs.)
    for decision in (
        "The minutes of the last meeting were agreed as a correct record.",
        "The Board agreed the communications plan for the summer.",
    ):
        assert decision not in hs
        assert decision in texts(d)


COLON_LABELS = """Southmoor District Council

Report of the Head of Community Services

Safer Southmoor Partnership Plan

1. Purpose of report:
The report asks Members to endorse the partnership plan for the next three years.

2. Background:
The Crime and Disorder Act 1998 requires the council to work with partners to reduce crime.

3. Financial implications:
There are none beyond the existing budget.
"""


@MODEL
def test_a_numbered_label_closing_with_a_colon_over_prose_is_a_heading(model):
    d = read(COLON_LABELS, model)
    hs = {h.rstrip(":") for h in headings(d)}
    assert {"Purpose of report", "Background", "Financial implications"} <= hs


LEAD_IN_AND_LIST = """Westcombe Fire and Rescue Service

Statement of Assurance 2023

1. Over the year we carried out the following:
- 4,200 home fire safety visits
- 310 school talks

2. The Service met its response standard in nine months of twelve.

3. The Service will publish its next statement in the autumn.
"""

NUMBERED_LIST = """Eastmoor Partnership Board

Minutes of the meeting held on 2 February 2024

The Board agreed the following priorities for the year:

1. Domestic abuse
2. Serious violence
3. Road safety

The Chair thanked members for their work on the plan over the last year and asked for updates
at the next meeting.
"""


@MODEL
def test_guard_a_lead_in_decisions_and_a_list_stay_as_they_are(model):
    d = read(LEAD_IN_AND_LIST, model)
    hs = set(headings(d))
    assert not any(h.startswith("Over the year") for h in hs)
    assert "The Service met its response standard in nine months of twelve." not in hs
    d = read(NUMBERED_LIST, model)
    hs = set(headings(d))
    assert not {"Domestic abuse", "Serious violence", "Road safety"} & hs
