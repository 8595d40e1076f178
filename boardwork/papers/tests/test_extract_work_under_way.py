"""Work under way, told in the progressive or the perfect progressive (issue #15, tests/data/real/NOTES.md
2650-2659): the author's deed still going on ("we are now working on a new strategy", "a review of the
CCTV estate is now under way", "the Partnership has been meeting with …") is read with the kind the same
deed told in the past would have; the simple present of habitual work, a plan, work to come and
another body's work are not. Wording invented for the tests, in the genre of councils', partnerships'
and panels' reports, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import action_kinds, classify, underway_cues


def _loose(text: str) -> list[str]:
    # how the rules read a unit's kinds when its own words name none (`pipeline._rule_kinds`)
    return classify(text) or action_kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "A review of the town centre CCTV estate is now under way, led by the community safety team.",
            "research",
        ),
        ("We are now working on a new community safety strategy for 2025-2028.", "publication"),
        ("Officers are currently working on a toolkit for schools on online safety.", "publication"),
        (
            "The Partnership has been meeting with Northshire Fire and Rescue Service on water safety.",
            "partnership",
        ),
        ("We have been surveying residents of the two estates about their feelings of safety.", "research"),
        ("Our new hate crime strategy is in progress and will go to the Board in March.", "publication"),
    ],
)
def test_work_under_way_is_read_with_the_kind_of_its_deed(text, kind):
    assert kind in _loose(text)
    assert kind in [k for k, _ in underway_cues(text)]


def test_the_words_it_was_told_in_are_the_cue():
    # the reviewer is told the kind is a reading of work under way
    assert underway_cues("We are now working on a new community safety strategy.") == [
        ("publication", "are now working")
    ]


@pytest.mark.parametrize("trained_model", [False, True])
def test_work_under_way_is_an_activity_of_the_paper(trained_model):
    paper = Paper(
        meta=Meta(title="Community Safety Partnership Update", body="Northmoor Community Safety Partnership"),
        blocks=[
            Heading("Community Safety Partnership Update", 1),
            Heading("Progress", 2),
            Paragraph(
                text="A review of the town centre CCTV estate is now under way, with a report due in June."
            ),
        ],
    )
    kinds = [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]
    assert any("research" in k for k in kinds)


@pytest.mark.parametrize(
    "text",
    [
        # habitual work in the simple present (NOTES 15)
        "We work with the housing team on fly-tipping.",
        "The steering group meets quarterly.",
        # a plan, a wish, an aim
        "We are planning to review the CCTV estate next year.",
        "We are looking at ways to improve lighting in the park.",
        "We are working to reduce crime in the town centre.",
        "A new strategy is being considered by the Board.",
        # work to come
        "We will be working on a new strategy next year.",
        "A review of the CCTV estate will be under way by the summer.",
        # a standing duty
        "The Panel is responsible for scrutinising the Commissioner.",
    ],
)
def test_habits_plans_and_work_to_come_are_not_work_under_way(text):
    assert underway_cues(text) == []
    assert _loose(text) == []


def test_another_bodys_work_under_way_is_not_the_authors():
    # the police, not the author, in the progressive: the rule reads no deed of the author's
    assert underway_cues("The police are developing a toolkit for schools.") == []
