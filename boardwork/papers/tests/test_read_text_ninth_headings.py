"""Plain-text reader: the ninth headings round's layouts (development papers' remaining misses): an
item's sub-item number and a minute's reference over an item page's title, a document's numbered
part ("Section 1."), a minute's name over "There was submitted a report …", a short name over its
own bulleted list under a section's label, and a web page's link rows, social media row and badge.
Each example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

import boardwork.papers.readers.txt as txt_reader
from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.heading_model import HeadingModel
from boardwork.papers.tests.plaintext import headings, read_txt, texts

ITEM_PAGE = (
    "Agenda Item No. 6(b)\n\n"
    "C2104 Northtown Community Safety Partnership - Annual Review (Scrutiny Committee - Communities)\n\n"
    "The endorsement of Cabinet was sought for the Annual Review, which the Partnership had to publish "
    "by the end of June.\n\n"
    "The review looked at the partnership's three priorities and the work of each of its groups.\n"
)


def test_an_items_sub_item_number_is_the_item_not_the_title():
    d = read_txt(ITEM_PAGE)
    assert d["meta"]["item"] == "6(b)"
    assert "Agenda Item No. 6(b)" not in texts(d)


def test_a_minutes_reference_before_an_item_pages_title_is_not_part_of_it():
    d = read_txt(ITEM_PAGE)
    title = "Northtown Community Safety Partnership - Annual Review (Scrutiny Committee - Communities)"
    assert d["meta"]["title"] == title
    assert headings(d) == [title]


def test_a_road_number_in_a_title_with_no_item_row_is_kept():
    d = read_txt(
        "A483 Northtown Bypass Safety Scheme\n\n"
        "The Committee was told of the collisions on the road over the last three years and the work done.\n"
    )
    assert d["meta"]["title"] == "A483 Northtown Bypass Safety Scheme"


@pytest.mark.parametrize("model", [False, True])
def test_a_numbered_part_of_the_document_is_a_section_without_its_number(model: bool):
    d = txt.read(
        (
            b"NORTHSHIRE COMMISSIONER'S SURVEY OF TOWN AND PARISH COUNCILS 2019 SUMMARY REPORT\n\n"
            b"Section 1. About the Survey\n\n"
            b"Introduction\n\n"
            b"This report summarises the survey of the town and parish councils carried out in the spring.\n\n"
            b"Section 2. What the Councils Said\n\n"
            b"Most councils said that speeding traffic was the first concern of their residents this year.\n"
        ),
        Limits(heading_model=model),
    ).to_dict()
    assert headings(d)[1:] == ["About the Survey", "Introduction", "What the Councils Said"]


def test_a_part_named_with_a_dash_keeps_its_number_as_the_keys_do():
    d = read_txt(
        "Northtown Response to the Policing Green Paper\n\n"
        "Section 1 – Executive Summary\n\n"
        "The Authority welcomes the Green Paper and its aim of building safer communities together.\n"
    )
    assert "Section 1 – Executive Summary" in headings(d)


SUBMITTED = (
    "Police and Fire Scrutiny Sub-Committee\n"
    "14 Mar 2019 - 10:00 to 11:00\n\n"
    "Items Of Business\n\n"
    "Report by Chief Superintendent, Police Scotland.\n\n"
    "There was submitted a report by the Chief Superintendent, Police Scotland, on service performance "
    "in the area.\n\n"
    "The report summarised the key performance indicators for the year to December.\n"
)


def test_the_line_over_there_was_submitted_names_the_minutes_item():
    d = read_txt(SUBMITTED)
    assert "Report by Chief Superintendent, Police Scotland." in headings(d)


def test_a_sentence_of_the_minutes_over_there_was_submitted_stays_text():
    d = read_txt(
        SUBMITTED.replace(
            "Report by Chief Superintendent, Police Scotland.",
            "The Committee then considered the following matter.",
        )
    )
    assert "The Committee then considered the following matter." not in headings(d)
    assert any(
        b["type"] == "paragraph" and b["text"] == "The Committee then considered the following matter."
        for b in d["blocks"]
    )


def test_the_item_named_over_there_was_submitted_stands_however_sure_the_heading_model(
    monkeypatch: pytest.MonkeyPatch,
):
    # A made-up model sure that nothing is a heading: the minute's name is a rule's verdict by name.
    never = HeadingModel(intercept=-50.0, weights={}, add_at=0.5, drop_below=0.5, rules=False)
    monkeypatch.setattr(txt_reader, "shipped_model", lambda: never)
    d = txt.read(SUBMITTED.encode(), Limits(heading_model=True)).to_dict()
    assert "Report by Chief Superintendent, Police Scotland." in headings(d)


SUMMARY = (
    "Public Views of Northshire's Fire and Rescue Service 2021\n\n"
    "Research commissioned by the Northshire Fire Authority.\n\n"
    "Executive summary\n\n"
    "{line}\n\n"
    "  • The survey was carried out in August and September and 2,011 residents answered it.\n"
    "  • The results were weighted so that they represent the adult population of the county.\n\n"
    "Awareness of the Service\n\n"
    "Most residents knew that the Service carries out home fire safety visits for older people.\n"
)


def test_a_short_name_over_its_own_list_under_a_section_label_is_a_sub_heading():
    d = read_txt(SUMMARY.format(line="Methodology"))
    assert headings(d) == [
        "Public Views of Northshire's Fire and Rescue Service 2021",
        "Executive summary",
        "Methodology",
        "Awareness of the Service",
    ]


def test_a_line_under_a_section_label_over_prose_is_still_the_labels_content():
    d = read_txt(
        "Northtown Town Centre Safety Review\n\n"
        "Purpose of Report\n\n"
        "Decision\n\n"
        "This report makes the following recommendations to the Executive on the town centre.\n"
    )
    assert "Decision" not in headings(d)


def test_a_pages_link_rows_social_media_row_and_badge_are_the_sites():
    d = read_txt(
        "Skip to content\n"
        "Northshire Awards Quality Mark 2017/18, 2018/19 and 2019/20\n"
        "Facebook Twitter YouTube Instagram\n\n"
        "Decisions and approvals\n\n"
        "Agenda: Read the Agenda\n\n"
        "Minutes: View the minutes\n\n"
        "The commissioner's decisions are informed, open and transparent, and are published here.\n"
    )
    assert d["meta"]["title"] == "Decisions and approvals"
    assert texts(d) == [
        "Decisions and approvals",
        "The commissioner's decisions are informed, open and transparent, and are published here.",
    ]


def test_a_row_whose_value_is_not_a_link_to_its_label_is_kept():
    d = read_txt(
        "Northtown Community Safety Committee\n\n"
        "Agenda: Read the report of the Chief Inspector first\n\n"
        "The Committee heard about the work of the neighbourhood teams during the summer months.\n"
    )
    assert "Agenda: Read the report of the Chief Inspector first" in texts(d)


def test_a_letters_signatory_is_not_the_papers_title():
    d = read_txt(
        "A meeting of the Northtown Community Safety Committee will take place on Wednesday, 1 October 2014.\n\n"
        "Yours faithfully,\n\n"
        "Jo Bloggs\n\n"
        "1.  Apologies for Absence\n\n"
        "2.  Declarations of Interest\n"
    )
    assert d["meta"]["title"] is None


LISTED_TOPICS = (
    "Northshire Leaders' Board\n\n"
    "Minutes\n\n"
    "1. Welcome, Apologies and Declarations of Interest\n\n"
    "Apologies for absence were received from Cllr Ann Lee and Cllr Bill Jones.\n\n"
    "2. Political Balance\n\n"
    "The Chief Executive introduced the report setting out the figures for the coming year.\n\n"
    "3. Lobbying Report\n\n"
    "The Chief Executive introduced a report on the Board's lobbying. He set out its work on these issues:\n\n"
    "1. Cost of living pressures\n"
    "2. Adult social care\n"
    "3. Planning\n\n"
    "In the discussion that followed members asked for more work on rural transport.\n"
)


@pytest.mark.parametrize("model", [False, True])
def test_a_list_numbered_again_under_a_colon_lead_leaves_the_items_titles_headings(model: bool):
    d = txt.read(LISTED_TOPICS.encode(), Limits(heading_model=model)).to_dict()
    assert headings(d)[-3:] == [
        "Welcome, Apologies and Declarations of Interest",
        "Political Balance",
        "Lobbying Report",
    ]
    listed = [(b["number"], b["text"]) for b in d["blocks"] if b["type"] != "heading" and b.get("number")]
    assert listed == [("1", "Cost of living pressures"), ("2", "Adult social care"), ("3", "Planning")]
