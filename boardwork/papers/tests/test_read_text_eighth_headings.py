"""Plain-text reader: layouts of item pages and minutes quoting an officer's report (batch 42's
development papers): numbers run into the first word, names under an invitees' label, a
"Minutes:" label straight under the item's title, and a resolution's lead-in over lettered items.
Each example is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

import boardwork.papers.readers.txt as txt_reader
from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.heading_model import HeadingModel
from boardwork.papers.tests.plaintext import headings, read_txt


def test_numbers_run_into_the_first_word_are_the_sections_and_paragraphs_numbers():
    d = read_txt(
        "Minutes:\n\n"
        "The Committee considered the undernoted report:\n\n"
        "“1.0Purpose of Report\n\n"
        "1.1The purpose of this report is to update Members on the new partnership.\n\n"
        "1.2Members will recall that the former partnerships were dissolved in March.\n"
    )
    assert "Purpose of Report" in headings(d)
    numbered = [(b["number"], b["text"][:12]) for b in d["blocks"] if b.get("number")]
    assert numbered == [("1.1", "The purpose "), ("1.2", "Members will")]


def test_one_figure_run_into_a_word_is_left_as_it_is():
    d = read_txt("Budget\n\n2.5Million pounds was set aside for the year, the Board heard at its meeting.\n")
    assert not any(b.get("number") for b in d["blocks"])


ITEM_PAGE = (
    "Agenda item\n\n"
    "Keeping Northtown Safe and Cohesive\n\n"
    "Invitees:\n\n"
    "Cllr Ann Lee - Cabinet Member Communities.\n\n"
    "Bill Jones - Interim Chief Executive\n\n"
    "Carol Hughes - Head of Performance and Partnership Services\n\n"
    "Inspector Dan Evans - Northshire Police\n\n"
    "Minutes:\n\n"
    "The Head of Performance and Partnership Services presented the report on the partnership's work.\n"
)


def test_names_with_their_offices_under_an_invitees_label_are_text_not_headings():
    d = read_txt(ITEM_PAGE)
    assert headings(d) == ["Keeping Northtown Safe and Cohesive", "Minutes"]
    paragraphs = [b["text"] for b in d["blocks"] if b["type"] == "paragraph"]
    assert paragraphs[:3] == [
        "Invitees:",
        "Cllr Ann Lee - Cabinet Member Communities.",
        "Bill Jones - Interim Chief Executive",
    ]


def test_names_with_their_offices_after_a_dash_under_a_present_label_are_text():
    d = read_txt(ITEM_PAGE.replace("Invitees:", "Also present:"))
    assert headings(d) == ["Keeping Northtown Safe and Cohesive", "Minutes"]


def test_a_minutes_label_straight_under_an_items_title_heads_the_minute():
    for between in ("", "Supporting documents:\n"):
        d = read_txt(
            "152 Making Northtown's Streets Safer through Enforcement\n"
            f"{between}"
            "Minutes:\n"
            "The Deputy Leader presented the report of the Director of Neighbourhood Services on the year.\n"
            "Members welcomed the work of the enforcement team during the year and asked for more patrols.\n"
            "Fly tipping had fallen across the borough but there was more to do in the town centre.\n"
            "The Leader of the opposition group asked for more support for night time safety schemes.\n"
        )
        assert headings(d) == ["Making Northtown's Streets Safer through Enforcement", "Minutes"], between


def test_a_resolutions_lead_in_over_its_lettered_parts_is_text_not_a_heading():
    d = read_txt(
        "Community Safety Update\n\n"
        "The Deputy Leader presented the report of the Director of Neighbourhood Services on the year.\n\n"
        "RESOLVED – that Cabinet\n"
        "a) Notes the enforcement activity of the Neighbourhood Enforcement team during the year.\n"
        "b) Approves the priority areas of focus for the year ahead set out in the report.\n"
    )
    assert headings(d) == ["Community Safety Update"]
    assert any(b["type"] == "paragraph" and b["text"] == "RESOLVED – that Cabinet" for b in d["blocks"])


RESOLUTION = (
    "Community Safety Update\n\n"
    "The Deputy Leader presented the report of the Director of Neighbourhood Services on the year.\n\n"
    "RESOLVED – that Cabinet\n"
    "a) Notes the enforcement activity of the Neighbourhood Enforcement team during the year.\n"
    "b) Approves the priority areas of focus for the year ahead set out in the report.\n"
)


def test_the_named_verdicts_stand_however_sure_the_heading_model(monkeypatch: pytest.MonkeyPatch):
    # A made-up model sure that every line is a heading: the invitees' names and the resolution's
    # lead-in are the rules' verdicts by name (`Unit.rule`), which the model does not overrule.
    sure = HeadingModel(intercept=50.0, weights={}, add_at=0.5, drop_below=0.5, rules=False)
    monkeypatch.setattr(txt_reader, "shipped_model", lambda: sure)
    for text, lines in (
        (ITEM_PAGE, ["Invitees:", "Bill Jones - Interim Chief Executive"]),
        (RESOLUTION, ["RESOLVED – that Cabinet"]),
    ):
        d = txt.read(text.encode(), Limits(heading_model=True)).to_dict()
        blocks = [(b["type"], b["text"]) for b in d["blocks"]]
        for line in lines:
            assert ("paragraph", line) in blocks


def test_the_label_of_an_items_linked_papers_is_page_furniture():
    d = read_txt(
        "152 Making Northtown's Streets Safer through Enforcement\n"
        "Additional documents:\n"
        "Minutes:\n"
        "The Deputy Leader presented the report of the Director of Neighbourhood Services on the year.\n"
        "Members welcomed the work of the enforcement team during the year and asked for more patrols.\n"
        "Fly tipping had fallen across the borough but there was more to do in the town centre.\n"
    )
    assert not any("Additional documents" in b["text"] for b in d["blocks"])
    assert headings(d) == ["Making Northtown's Streets Safer through Enforcement", "Minutes"]
