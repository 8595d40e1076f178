"""A body's own work told in its minutes (issue #15, tests/data/real/NOTES.md 1310-1329): a visit the
chair or an officer tells the meeting of ("The Chair referred to the recent Members' visit to …",
"reported on the recent visit of the Lord Lieutenant to Service Headquarters"), read as work with the
place visited or as an event the body hosted; and the chair's remarks run on under a procedural item
("Declarations of interest") read rather than passed over with the item. A visit still to come reads
nothing, and the item's own business (an interest declared, a welcome to the meeting) is still passed
over. Wording invented for the tests, in the genre of panels', committees' and fire authorities'
minutes, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.pipeline import chairs_remarks_under_procedure, minute_engagement_kinds


def _minutes(body: str, title: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title=title, body=body), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras]
    )


def _under_declarations(body: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title="Minutes of the meeting", body=body),
        blocks=[
            Heading("Minutes of the meeting", 1),
            Heading("1 Apologies for absence", 2),
            Paragraph(text="Apologies were received from Councillor Dale."),
            Heading("2 Declarations of interest", 2),
            Paragraph(text="None were declared."),
        ]
        + [Paragraph(text=t) for t in paras]
        + [
            Heading("3 Minutes of the last meeting", 2),
            Paragraph(text="The minutes of the meeting held on 4 June were agreed as a correct record."),
        ],
    )


def _kinds(paper: Paper, trained_model: bool) -> list[list[str]]:
    return [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]


_MEMBERS_VISIT = (
    "The Chair referred to the recent Members' visit to the Northport Fire Control Room on 12 March and "
    "thanked the Station Manager and his crew for the tour of the building."
)


# -- the rules -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("trained_model", [False, True])
def test_the_members_visit_the_chair_refers_to_is_work_with_the_place_visited(trained_model):
    paper = _minutes("Westshire Police and Fire Sub-Committee", "Chair's remarks", _MEMBERS_VISIT)
    assert _kinds(paper, trained_model) == [["partnership"]]


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_visitor_received_at_the_bodys_headquarters_is_an_event_it_hosted(trained_model):
    paper = _minutes(
        "Northshire Fire Authority",
        "Civic engagements",
        "The Chief Fire Officer reported on the recent visit of the Lord Lieutenant to Service Headquarters, "
        "which included a demonstration by the rope rescue team.",
    )
    assert _kinds(paper, trained_model) == [["event"]]


@pytest.mark.parametrize("trained_model", [False, True])
def test_the_chairs_remarks_run_on_under_the_declarations_item_are_read(trained_model):
    paper = _under_declarations("Westshire Police and Fire Sub-Committee", _MEMBERS_VISIT)
    assert _kinds(paper, trained_model) == [["partnership"]]


@pytest.mark.parametrize("trained_model", [False, True])
@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # the chair's engagement the kinds already read, in reported speech or told as done: read as before
        (
            "The Chairman reported that he had met the Minister for Policing to press the Panel's case for a "
            "larger precept.",
            [["lobbying"]],
        ),
        (
            "Members attended the regional conference of police and crime panels in Leeds in October.",
            [["event"]],
        ),
    ],
)
def test_the_chairs_engagements_the_kinds_read_are_read_as_before(text, kinds, trained_model):
    paper = _minutes("Westshire Police and Crime Panel", "Chair's announcements", text)
    assert _kinds(paper, trained_model) == kinds


# -- the rules' own functions ---------------------------------------------------------------------------


def test_the_rules_read_the_genres_shapes():
    assert minute_engagement_kinds(_MEMBERS_VISIT) == ["partnership"]
    assert chairs_remarks_under_procedure("2 Declarations of interest", _MEMBERS_VISIT)


def test_a_paragraph_under_a_theme_is_not_taken_for_the_chairs_remarks_under_an_item():
    assert not chairs_remarks_under_procedure("Community safety update", _MEMBERS_VISIT)
    assert not chairs_remarks_under_procedure(None, _MEMBERS_VISIT)


def test_home_safety_visits_counted_are_not_a_visit_the_minute_tells_of():
    # the service's visits to residents are read by the kinds' own patterns, not by this rule
    assert (
        minute_engagement_kinds("Officers reported on the 400 home safety visits made to older residents.")
        == []
    )


# -- guards ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_visit_still_to_come_reads_nothing(trained_model):
    paper = _minutes(
        "Westshire Police and Fire Sub-Committee",
        "Chair's remarks",
        "The Chair referred to the Members' visit to the Northport Fire Control Room planned for May and "
        "asked Members to let the clerk know if they wished to attend.",
    )
    assert _kinds(paper, trained_model) == []


@pytest.mark.parametrize("trained_model", [False, True])
def test_the_declarations_items_own_business_is_still_passed_over(trained_model):
    paper = _under_declarations(
        "Westshire Police and Fire Sub-Committee",
        "The Chair reported that she had a personal interest in item 6 as a trustee of the Northport "
        "Women's Refuge, which the Partnership had funded.",
        "The Chair welcomed Inspector Grey of Westshire Police to the meeting.",
    )
    assert _kinds(paper, trained_model) == []
