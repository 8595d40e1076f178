"""Plain-text reader: the eleventh headings round's layouts (minutes of community councils and
committees, a partnership's summary from a PDF): a label closing its line with a colon and a dash,
a council's name in capitals run into its minutes' opening line, a committee's name with its
capacity in brackets on a meeting's page, a title wrapped before "held on" and its date, and a
bullet set alone on its line over its text. Each example is made up in the genre's shape, not
copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


COMMUNITY_COUNCIL_PAGE = (
    "EASTBURN COMMUNITY COUNCIL minutes of the meeting held on March 14, 2019, in the Church Hall\n"
    "\n"
    "\n"
    "In attendance:- CCllr Ann Reid (chair); CCllr Tom Bell (secretary); two ward councillors and "
    "about a dozen residents. Apologies were received from CCllr Joan Hay.\n"
    "The minutes of the previous meeting were proposed by CCllr Bell and seconded by CCllr Reid.\n"
    "Matters arising:-\n"
    "Litter bins: The ward councillor said that two new bins would be fitted on the High Street next "
    "month, after residents had raised the matter at the last meeting.\n"
    "Bus shelter: The damaged glass has been replaced and the cost recovered from the insurer.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_label_closing_with_a_colon_and_a_dash_heads_what_follows(model: bool):
    d = read(COMMUNITY_COUNCIL_PAGE, model)
    assert "Matters arising" in headings(d)
    # A row that runs on keeps its label as printed.
    assert any(t.startswith("In attendance:- CCllr Ann Reid") for t in texts(d))
    assert any(t.startswith("Litter bins: The ward councillor") for t in texts(d))


@pytest.mark.parametrize("model", [False, True])
def test_a_councils_name_in_capitals_run_into_the_minutes_line_is_its_body_and_the_line_its_title(
    model: bool,
):
    d = read(COMMUNITY_COUNCIL_PAGE, model)
    meta = d["meta"]
    assert meta["title"] == (
        "EASTBURN COMMUNITY COUNCIL minutes of the meeting held on March 14, 2019, in the Church Hall"
    )
    assert meta["body"] == "Eastburn Community Council"
    assert meta["meeting_date"] == "2019-03-14"


MEETING_PAGE = (
    "Agenda and draft minutes\n\n"
    "Communities Scrutiny Panel (meeting as the Crime and Disorder Committee) - Tuesday 5th March 2024 6.00 pm\n\n"
    "Venue: Council Chamber, Civic Offices\n\n"
    "Items\nNo. Item\n\n"
    "12.\n\nApologies for Absence\n\nMinutes:\n\nThere were no apologies.\n\n"
    "13.\n\nCommunity Safety Partnership Update\n\nTo consider the report of the Director.\n\n"
    "Minutes:\n\nThe Committee received the report on the partnership's work since the last meeting.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_committees_capacity_in_brackets_stays_part_of_its_name_on_a_meeting_page(model: bool):
    d = read(MEETING_PAGE, model)
    meta = d["meta"]
    assert meta["title"] is None
    assert meta["body"] == "Communities Scrutiny Panel (meeting as the Crime and Disorder Committee)"
    assert meta["meeting_date"] == "2024-03-05"
    assert headings(d)[:2] == ["Apologies for Absence", "Minutes"]


PARTNERSHIP_SUMMARY = (
    "Summary of the Safer Westshire Partnership Board Meeting\n"
    "held on 12 June 2018\n"
    "The Board received a report on the year's figures for anti-social behaviour and agreed where\n"
    "to look more closely at the next meeting. The main points raised were:\n"
    "-\n"
    "The funding for the youth outreach work ends in September and partners\n"
    "were asked to say whether they could continue it.\n"
    "-\n"
    "A new chair for the domestic abuse group will be nominated at the next meeting.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_title_wrapped_before_held_on_and_its_date_is_one_title_and_gives_the_date(model: bool):
    d = read(PARTNERSHIP_SUMMARY, model)
    title = "Summary of the Safer Westshire Partnership Board Meeting held on 12 June 2018"
    assert d["meta"]["title"] == title
    assert d["meta"]["meeting_date"] == "2018-06-12"
    assert headings(d) == [title]


@pytest.mark.parametrize("model", [False, True])
def test_a_bullet_alone_on_its_line_opens_the_item_its_next_line_starts(model: bool):
    d = read(PARTNERSHIP_SUMMARY, model)
    items = [b["text"] for b in d["blocks"] if b["type"] == "list_item"]
    assert items == [
        "The funding for the youth outreach work ends in September and partners were asked to say "
        "whether they could continue it.",
        "A new chair for the domestic abuse group will be nominated at the next meeting.",
    ]


@pytest.mark.parametrize(
    ("opening", "body"),
    [
        (
            "Minutes of Joint Safety Committee held on 4th May 2015\nat 10.00 a.m. in the Town Hall",
            "Joint Safety Committee",
        ),
        ("Minutes of the meeting of the Safer Towns Board held on 4 May 2015", "Safer Towns Board"),
        (
            "Crime and Disorder Scrutiny Panel Minutes\n\nMonday 4 May 2015",
            "Crime and Disorder Scrutiny Panel",
        ),
    ],
)
def test_the_body_a_minutes_title_names_is_the_body(opening: str, body: str):
    text = (
        f"{opening}\n\n"
        "Apologies for Absence\n\n"
        "Apologies were received from Councillor Green and Councillor White.\n\n"
        "Declarations of Interest\n\n"
        "No interests were declared at the meeting.\n"
    )
    d = read(text, True)
    assert d["meta"]["body"] == body
