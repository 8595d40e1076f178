"""Plain-text reader: the tenth headings round's layouts (minutes of partnerships, panels and
community councils): an apologies label over names set apart, minutes set with no blank lines
(attendance rows and minute numbers before labels run into their text), draft minutes' opening
line, a meeting line in capitals over its date and venue, a PDF's file-path footer, and a
formality never the paper's title. Each example is made up in the genre's shape, not copied from a
paper."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, read_txt, texts


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


PARTNERSHIP_MINUTES = (
    "Safer Northtown Partnership minutes 3 March 2022\n\n"
    "JB Cllr. Jo Bloggs (Chair)\n"
    "AS Ann Smith (Northtown DC)\n"
    "PC Pat Cole (Northshire Police)\n"
    "RD Ravi Dev (NFRS)\n\n"
    "Apologies received:\n\n"
    "Tom Brown (Probation Service)\n"
    "Sue Green (Neighbourhood Watch)\n\n"
    "JB welcomed the partners to the meeting.\n\n"
    "Declarations of interest\n\n"
    "No interests were declared by those attending.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_an_apologies_label_over_names_set_apart_is_a_paragraph_as_the_names_are(model: bool):
    d = read(PARTNERSHIP_MINUTES, model)
    assert headings(d) == ["Safer Northtown Partnership minutes 3 March 2022", "Declarations of interest"]
    assert "Apologies received:" in texts(d)


COMMUNITY_COUNCIL_MINUTES = (
    "Draft Minutes of the Ordinary Meeting held on Tuesday 14th March 2023, at the Village Hall, "
    "Church Street, Llanfach and online by video link, commencing at 7.00 pm\n"
    "Present: Chair Cllr. A Jones, Cllr. B Evans, Cllr. C Morgan, Cllr. D Price, Cllr. E Lloyd, Cllr. F Rees\n"
    "Council Employees Present: Clerk Gwen Thomas, RFO Huw Davies\n"
    "Members of the Public Present: two residents of the village\n"
    "41/23 Apologies: Cllr. G Owen sent apologies.\n"
    "The Chair opened the meeting and welcomed the residents, who had asked to speak on the play area.\n"
    "42/23 Declarations of Interest: No declarations of interest were made at this meeting.\n"
    "43/23 Police Report:\n"
    "- The PCSO reported two thefts from vehicles in the village car park during the month.\n"
    "- Speed checks had been carried out on the main road near the school. RESOLVED and noted.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_rows_and_minute_numbers_open_their_own_paragraphs_where_minutes_have_no_blank_lines(model: bool):
    d = read(COMMUNITY_COUNCIL_MINUTES, model)
    t = texts(d)
    assert "Council Employees Present: Clerk Gwen Thomas, RFO Huw Davies" in t
    assert "Members of the Public Present: two residents of the village" in t
    # The minute's number is the minute's, not part of the text nor the paragraph's number.
    assert "Apologies: Cllr. G Owen sent apologies." in t
    assert "Declarations of Interest: No declarations of interest were made at this meeting." in t
    assert not any(b.get("number") for b in d["blocks"])


@pytest.mark.parametrize("model", [False, True])
def test_a_minute_number_before_a_label_closing_its_line_heads_the_points_under_it(model: bool):
    d = read(COMMUNITY_COUNCIL_MINUTES, model)
    assert headings(d)[1:] == ["Police Report"]
    assert [b["type"] for b in d["blocks"][-2:]] == ["list_item", "list_item"]


def test_draft_minutes_opening_line_is_the_title_and_gives_the_date():
    d = read_txt(COMMUNITY_COUNCIL_MINUTES)
    assert d["meta"]["title"].startswith("Draft Minutes of the Ordinary Meeting held on Tuesday 14th March 2023")
    assert d["meta"]["meeting_date"] == "2023-03-14"
    assert headings(d)[0] == d["meta"]["title"]
