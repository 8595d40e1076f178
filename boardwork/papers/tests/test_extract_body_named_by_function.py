"""A network, group or board named only by what it is for, with no place or name of its own ("the
Community Engagement Network", "the Communities Board"), is one of the author's own groups, not a
body of its own (`organisations._FUNCTION_WORDS`, EXTRACTION-NOTES 6): the work its sub-group did is
the author's, and it is no organisation of the activity. A body with a place in its name stays one.
Each sentence is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract


def _report(sentence: str) -> Paper:
    title = "Northby Partnership Board: locality planning update"
    return Paper(meta=Meta(title=title), blocks=[Heading(title, 1), Paragraph(sentence, number="2.1")])


OWN = [
    (
        "In May 2023 a sub-group of the Community Engagement Network held a workshop with local charities on food poverty.",
        "Community Engagement Network",
    ),
    (
        "In June 2023 the Communities Board held a workshop with local charities on food poverty.",
        "Communities Board",
    ),
    (
        "In March 2023 the Community Engagement Forum ran a survey of residents in each locality.",
        "Community Engagement Forum",
    ),
]


@pytest.mark.parametrize("sentence,name", OWN)
def test_a_group_named_by_its_function_is_no_organisation(sentence: str, name: str) -> None:
    got = extract(_report(sentence))
    assert got["activities"], got
    names = {o["name"] for o in got["organisations"]} | {
        n for a in got["activities"] for n in a["organisations"]
    }
    assert name not in names


PLACED = [
    (
        "In May 2023 the Partnership held a workshop with the Eastshire Community Engagement Network on hate crime.",
        "Eastshire Community Engagement Network",
    ),
    (
        "In June 2023 the Partnership held a workshop with the Northby Communities Forum on food poverty.",
        "Northby Communities Forum",
    ),
]


@pytest.mark.parametrize("sentence,name", PLACED)
def test_a_body_with_a_place_in_its_name_stays_one(sentence: str, name: str) -> None:
    got = extract(_report(sentence))
    assert any(name in a["organisations"] for a in got["activities"]), got
