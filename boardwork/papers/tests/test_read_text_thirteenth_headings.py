"""Plain-text reader: the thirteenth headings round's layouts (minutes of community councils and of
county councils in Wales, Scotland and Ireland): items whose numbers stand apart from their names by a
wide run of spaces, "Resolved" alone over the resolution, a motion's mover and seconder on lines of
their own, and the meeting's chair named on a row under the title. Each example is made up in the
genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


SPACED_ITEMS = (
    "Minutes of the Community Council meeting held in the Village Hall on Monday, 3rd October 2022.\n"
    "\n"
    "1          Present\n"
    "\n"
    "Councillors Mrs Ann Pryce (Chair), Mr Huw Lloyd, Mrs Eira Jones and Mr Dai Morgan (Clerk).\n"
    "\n"
    "2         Apologies\n"
    "\n"
    "were received from: Councillor Mr Owain Rees.\n"
    "\n"
    "3         To declare any personal or prejudicial interest.\n"
    "\n"
    "None were declared at the meeting.\n"
    "\n"
    "4          Matters arising from the minutes.\n"
    "\n"
    "4.1       Village Benches - The new benches are expected to arrive in November (cost £ 300).\n"
    "\n"
    "4.2       Play Area - The Clerk has written to the County Council about the broken gate.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_item_names_set_apart_from_their_numbers_by_a_wide_run_of_spaces_are_headings(model: bool):
    d = read(SPACED_ITEMS, model)
    hs = headings(d)
    assert "Apologies" in hs
    assert "To declare any personal or prejudicial interest" in hs
    assert "Matters arising from the minutes" in hs
    # The minute's text under its name is a paragraph of its own, and sub-minutes keep their numbers.
    assert "were received from: Councillor Mr Owain Rees." in texts(d)
    numbers = [b.get("number") for b in d["blocks"] if b["type"] == "paragraph"]
    assert "4.1" in numbers and "4.2" in numbers


AGENDA_LIST = (
    "Westmoor Borough Council\n"
    "\n"
    "LICENSING COMMITTEE AGENDA\n"
    "\n"
    "1    Evacuation Procedure.\n"
    "\n"
    "2    Apologies for Absence.\n"
    "\n"
    "3    Declarations of Interest.\n"
    "\n"
    "4    Minutes of the meeting held on 2 May 2022.\n"
    "\n"
    "The Committee will meet in the Council Chamber on Tuesday, 7 June 2022 at 6.30pm and the "
    "public are welcome to attend the meeting.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_an_agendas_items_one_under_another_are_not_made_headings_by_the_spaced_items_rule(model: bool):
    d = read(AGENDA_LIST, model)
    assert "Apologies for Absence" not in headings(d)
    assert "Declarations of Interest" not in headings(d)


RESOLVED_ALONE = (
    "MINUTES OF THE MEETING OF NORTHSHIRE COUNTY COUNCIL HELD ON MONDAY, 12th MAY, 2008, AT 2.00 p.m.\n"
    "\n"
    "The Cathaoirleach, Cllr. P. Doyle, was in the Chair.\n"
    "\n"
    "At the outset, it was -\n"
    "\n"
    "Proposed by Cllr. M. Byrne\n"
    "\n"
    "Seconded by Cllr. J. Kelly\n"
    "\n"
    "Resolved:-\n"
    "\n"
    "“That the Council writes to the Minister to ask for the funding of the new fire station at "
    "Ballymore to be confirmed”.\n"
    "\n"
    "The Cathaoirleach thanked the members for their support and moved to the next item of business "
    "on the agenda.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_resolved_alone_over_the_resolution_is_a_paragraph(model: bool):
    d = read(RESOLVED_ALONE, model)
    assert not any(h.lower().startswith("resolved") for h in headings(d))
    assert any(t.startswith("Resolved") for t in texts(d))


@pytest.mark.parametrize("model", [False, True])
def test_a_motions_mover_and_seconder_are_lines_of_the_minutes(model: bool):
    d = read(RESOLVED_ALONE, model)
    hs = headings(d)
    assert not any(h.startswith(("Proposed by", "Seconded by")) for h in hs)
    assert "Proposed by Cllr. M. Byrne" in texts(d)


@pytest.mark.parametrize("model", [False, True])
def test_resolved_in_capitals_with_its_colon_alone_is_a_paragraph(model: bool):
    text = (
        "Safer Communities Committee\n"
        "\n"
        "Annual Report of the Partnership\n"
        "\n"
        "The Committee considered the annual report of the partnership, which set out the work done "
        "over the year to reduce anti-social behaviour in the town centre.\n"
        "\n"
        "RESOLVED:\n"
        "\n"
        "That the report be noted and the partnership thanked for its work.\n"
    )
    d = read(text, model)
    assert "RESOLVED" not in [h.upper() for h in headings(d)]


CHAIR_ROW = (
    "CYNGOR CYMUNED TREFAWR COMMUNITY COUNCIL\n"
    "\n"
    "MINUTES OF THE COUNCIL MEETING HELD ON 14th MARCH 2019, AT THE MEMORIAL HALL.\n"
    "\n"
    "Chair: Councillor R Ellis\n"
    "\n"
    "12. PRESENT Councillors: A Bowen, C Davies, Mrs E Hughes & Mr G Lewis Also two members of the public\n"
    "\n"
    "13. APOLOGIES Apologies for absence were received from Councillor Mrs H Price.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_the_meetings_chair_on_a_row_under_the_title_is_not_a_heading(model: bool):
    d = read(CHAIR_ROW, model)
    assert "Chair: Councillor R Ellis" not in headings(d)
    assert "Chair: Councillor R Ellis" in texts(d)


CAPITAL_LABELS = (
    "DRAFT minutes of the Ordinary Meeting of the Brynmawr Town Council held in the Community Hall on "
    "Tuesday 9th April 2019.\n"
    "\n"
    "COUNCILLORS PRESENT:\n"
    "Councillor Ann Rees;\n"
    "Councillor Huw Price.\n"
    "\n"
    "MEMBERS OF THE PUBLIC PRESENT:\n"
    "Gwen Thomas; Alun Davies.\n"
    "\n"
    "1) PRESIDING:\n"
    "The Mayor, Councillor Ann Rees.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_long_attendance_label_in_capitals_heads_its_names_as_a_short_one_does(model: bool):
    hs = headings(read(CAPITAL_LABELS, model))
    assert "COUNCILLORS PRESENT" in hs
    assert "MEMBERS OF THE PUBLIC PRESENT" in hs


@pytest.mark.parametrize("model", [False, True])
def test_a_county_councils_name_in_a_title_in_capitals_is_the_body(model: bool):
    text = (
        "MINUTES OF NORTHSHIRE COUNTY COUNCIL MEETING HELD ON MONDAY, 14th MARCH, 2011, AT 2.00 p.m.\n"
        "\n"
        "The Cathaoirleach, Cllr. P. Doyle, was in the Chair.\n"
        "\n"
        "The Council considered the report on the county's roads programme and agreed to write to the "
        "Department about the funding of the works.\n"
    )
    d = read(text, model)
    assert d["meta"]["body"] == "Northshire County Council"


@pytest.mark.parametrize("model", [False, True])
def test_a_letterhead_in_both_languages_on_one_line_gives_the_english_name_as_the_body(model: bool):
    d = read(CHAIR_ROW, model)
    assert d["meta"]["body"] == "Trefawr Community Council"
