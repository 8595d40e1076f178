"""Plain-text reader: paragraph numbers as the genre's keys give them. A minute's number before its
name in capitals run into the minute's text on the same line ("38. APOLOGIES Apologies were …",
"1. APOLOGIES FOR ABSENCE. Cllrs …", "40.TO RECEIVE …") is the minute's, not the paragraph's: the
line is a paragraph without it (tests/data/real/NOTES.md 33, 238, 253, 550). A name in capitals with a
date's ordinal ("… HELD ON 21st JANUARY 2015.") is still in capitals: the minute's heading. A
paragraph's own number before an acronym ("2. CCN gave evidence …"), lettered items under a minute
and a lone numbered line keep their numbers. And a police officer named by rank giving the update
to a council's meeting is the police's update, not the council's work. Each paper is made up in
the genre's shape; each is read with the heading model and with the rules alone. On a page copied
with no blank lines, a resolution after a sentence's end ("RESOLVED that …") is a paragraph of its
own, not the end of the numbered point over it. A contents list's entries under its "Page" head
(a number, a name, a page number set apart) are paragraphs numbered by their section, not a table's
rows (NOTES 93, 400); a table of figures with numbered rows and no such head stays a table."""

from __future__ import annotations

import pytest

from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import partner_update
from boardwork.papers.readers import Limits, txt

MODEL = pytest.mark.parametrize("model", [True, False], ids=["with-model", "rules-alone"])


def read(text: str, model: bool = True) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


def block(d: dict, start: str) -> dict:
    return next(b for b in d["blocks"] if b.get("text", "").startswith(start))


TOWN_MINUTES = """MINUTES OF THE MEETING OF NORTHBY TOWN COUNCIL HELD ON 12 MARCH 2019

21. PRESENT Councillors A Brown (Chair), B Green and C White.

22. APOLOGIES Apologies were received from Councillor D Black.

23. TO RECEIVE A REPORT ON THE MARKET SQUARE The Town Clerk reported that the new benches had been ordered.

24. DECLARATIONS OF INTEREST None were declared.
"""

PARISH_MINUTES = """Draft Minutes of the Parish Council Meeting

Wednesday 14th March 2018

Present: Councillors A Smith (Chair), B Jones and C Brown

1. APOLOGIES FOR ABSENCE. Cllrs D White and E Green

2. DECLARATIONS OF INTEREST. Cllr Brown has an interest in item 7.

3. MINUTES OF THE MEETING HELD ON 14th FEBRUARY 2018.

The minutes were accepted as an accurate record.

4. POLICE REPORT.

The PCSO gave an update on crime in the parish.
"""

GLUED_MINUTES = """MINUTES OF THE COMMUNITY COUNCIL MEETING HELD ON 5th JUNE 2018

12.PRESENT Councillors: F Hughes, G Lloyd and H Owen

13.APOLOGIES Apologies were received from Councillor J Evans.

14.TO RECEIVE DECLARATIONS OF INTEREST Councillor Lloyd declared an interest in item 9.
"""


@MODEL
@pytest.mark.parametrize(
    "paper, lines",
    [
        (
            TOWN_MINUTES,
            [
                "PRESENT Councillors A Brown",
                "APOLOGIES Apologies were received",
                "TO RECEIVE A REPORT ON THE MARKET SQUARE The Town Clerk",
                "DECLARATIONS OF INTEREST None",
            ],
        ),
        (PARISH_MINUTES, ["APOLOGIES FOR ABSENCE. Cllrs", "DECLARATIONS OF INTEREST. Cllr Brown"]),
        (
            GLUED_MINUTES,
            ["PRESENT Councillors:", "APOLOGIES Apologies", "TO RECEIVE DECLARATIONS OF INTEREST Councillor"],
        ),
    ],
    ids=["name-then-text", "name-closed-by-a-stop", "number-set-close"],
)
def test_a_minutes_number_before_its_name_run_into_its_text_is_not_the_paragraphs(model, paper, lines):
    d = read(paper, model)
    for start in lines:
        b = block(d, start)
        assert b["type"] == "paragraph", b
        assert b["number"] is None, b


@MODEL
def test_a_minutes_name_in_capitals_with_a_dates_ordinal_is_its_heading(model):
    d = read(PARISH_MINUTES, model)
    b = block(d, "MINUTES OF THE MEETING HELD ON 14th FEBRUARY 2018")
    assert b["type"] == "heading" and b["level"] == 2, b


@MODEL
def test_a_paragraphs_own_number_before_an_acronym_is_kept(model):
    report = """Annual Report of the County Councils Network to the Leadership Board

1. CCN is a special interest group of the LGA that speaks for county authorities.

2. CCN gave evidence to the Select Committee inquiry into adult social care in January.

3. HMICFRS recognised the work of the county fire services in its report.

4. NHS England has agreed to fund a pilot in three counties.
"""
    d = read(report, model)
    for n, start in enumerate(["CCN is", "CCN gave", "HMICFRS recognised", "NHS England"], start=1):
        assert block(d, start)["number"] == str(n)


@MODEL
def test_resolutions_numbered_before_a_verb_in_capitals_keep_their_numbers(model):
    minutes = """Minutes of the Cabinet held on 9 June 2021

The Cabinet considered the Community Safety Partnership's strategic plan.

RESOLVED that the Cabinet

1) NOTED the report and the work of the Partnership in the year.

2) RECOMMENDED to Council that the proposed Community Safety Strategy be approved.
"""
    d = read(minutes, model)
    assert block(d, "NOTED the report")["number"] == "1"
    assert block(d, "RECOMMENDED to Council")["number"] == "2"


@MODEL
def test_one_numbered_line_so_set_keeps_its_number(model):
    report = """Community Safety Partnership Update

4. APOLOGIES Apologies were received from the Chief Inspector.

The Partnership met four times in the year and agreed its plan.
"""
    d = read(report, model)
    assert block(d, "APOLOGIES Apologies")["number"] == "4"


@MODEL
def test_lettered_items_under_a_numbered_minute_keep_their_letters(model):
    minutes = """Minutes of the Planning Committee held on 3 October 2022

10/22 Emergency Cover Review

The Committee received an update on the consultation.

(a) Between August and October 2022 the Service consulted the public on the review.

(b) The Service held ten drop-in sessions at fire stations.

RESOLVED: That the report be noted.
"""
    d = read(minutes, model)
    assert block(d, "Between August")["number"] == "a"
    assert block(d, "The Service held")["number"] == "b"


def test_a_police_officer_by_rank_giving_the_update_is_the_polices_update():
    council = ("Northby Parish Council", "Parish Council")
    assert partner_update("PCSO Sherlock gave an update. Reports of anti-social behaviour fell.", council)
    assert partner_update("Sergeant A Jones presented the quarterly report to members.", council)
    # (Told by a police force, its own officer's update is its own; an officer advising is not
    # an update announced.)
    assert not partner_update("PCSO Sherlock gave an update. Reports fell.", ("Northshire Police",))
    assert not partner_update("Inspector Wood advised that the area remained safe.", council)


def test_a_pcsos_update_in_a_parish_councils_minutes_is_not_the_councils_work():
    # (While the minutes' numbers were read as the paragraphs', the update was an unnumbered aside
    # of a numbered paper and never read for work; read as the keys number it, the rank says whose
    # update it is.)
    minutes = """Draft Minutes of the Parish Council Meeting

Wednesday 18th February 2015

1. APOLOGIES FOR ABSENCE. Cllrs D White and E Green

2. DECLARATIONS OF PECUNIARY INTEREST. Cllr Jordan has an interest in item 9.

3. PRESENTATIONS FROM MEMBERS OF THE PUBLIC.

PCSO Sherlock gave an update. Reports of anti-social behaviour came to 12 calls, and crime was lower than in the same period last year. The Clerk has reported that the trees the Parish Council planted in the park have been damaged. Residents are encouraged to report incidents to 101 so that police resources can be allocated where needed.

4. CLERK'S REPORT

The report had been circulated before the meeting.
"""
    paper = txt.read(minutes.encode("utf-8"), Limits())
    assert [a["text"][:20] for a in extract(paper)["activities"]] == []


@MODEL
@pytest.mark.parametrize(
    "resolved", ["RESOLVED that the report be noted.", "Resolved: That the report be noted."]
)
def test_a_resolution_after_a_numbered_point_is_its_own_paragraph_with_no_blank_lines(model, resolved):
    minutes = "\n".join(
        [
            "Minutes of the Fire Authority Planning Committee held on 3 October 2022",
            "10/22 Emergency Cover Review",
            "The Committee received an update on the consultation.",
            "(a) Between August and October 2022 the Service consulted the public on the review.",
            "(b) Officers met the representative bodies in September 2022.",
            resolved,
            "11/22 Date of Next Meeting",
            "The next meeting will be held on 6 February 2023.",
        ]
    )
    d = read(minutes + "\n", model)
    b = block(d, "Officers met")
    assert b["number"] == "b" and b["text"].endswith("September 2022."), b
    assert block(d, resolved[:8])["number"] is None


CONTENTS = """Response of the Northshire Fire Authority to the Consultation

                                                        Page
1. Summary                                                 1

2. Our Response                                            4

          2A:   Prevention and Protection                  6
          2B:   Response Standards                         9

3. Working with Partners                                  12

4. Next Steps                                             15

Summary

1. The Authority welcomes the consultation and has answered each of its questions in turn.
"""


@MODEL
def test_a_contents_lists_entries_are_paragraphs_numbered_by_their_section(model):
    d = read(CONTENTS, model)
    assert not any(b["type"] == "table" for b in d["blocks"])
    for n, start in [("1", "Summary 1"), ("2", "Our Response 4"), ("3", "Working with"), ("4", "Next Steps")]:
        b = block(d, start)
        assert b["type"] == "paragraph" and b["number"] == n, b
    assert block(d, "2A: Prevention and Protection 6")["number"] is None
    assert block(d, "2B: Response Standards 9")["number"] is None


@MODEL
def test_a_table_of_figures_with_numbered_rows_and_no_page_head_stays_a_table(model):
    figures = """Northshire Community Safety Partnership Performance Report

Crime type                                             Offences
1. Burglary                                                120
2. Criminal damage                                         240
3. Vehicle crime                                           310
4. Violence with injury                                    415

The Partnership noted the figures and asked for a further report in the spring.
"""
    d = read(figures, model)
    assert any(b["type"] == "table" for b in d["blocks"])
