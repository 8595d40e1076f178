"""A named plan whose kind is written in lower case after its name ("the Equally Safe delivery plan",
"the Northshire Serious Violence action plan") is a policy named, as "the Contest strategy" is; a
body's plan named by the body ("the Partnership action plan", "the LGA action plan") or a plan of
the kind ("an action plan") is described, not named. A document named by its title closed by its
year after the words that say a document is meant ("published …", "set out in …", "followed …") is
named, whatever the title's last word. Wording invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text: str) -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    return find_policies(text, PolicyContext(text, None, [], []), po.find(text), [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Partnership agreed the Northvale Together delivery plan in June.",
            ["Northvale Together delivery plan"],
        ),
        (
            "We published the Westshire Serious Violence action plan in June.",
            ["Westshire Serious Violence action plan"],
        ),
        ("Partners agreed the VAWG action plan in May.", ["VAWG action plan"]),
    ],
)
def test_a_plan_named_with_its_kind_in_lower_case(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Members noted the Partnership action plan for the year.",
        "The LGA action plan was shared with councils.",
        "An action plan was agreed by the Board.",
        "The Council's action plan was agreed in March.",
        "Officers updated the delivery plan after the meeting.",
    ],
)
def test_a_bodys_plan_or_a_plan_of_the_kind_is_described_not_named(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A document named by its title and year after the words that say a document is meant,
        # whatever the title's last word.
        (
            "In May the Home Office published Safer Together: A Plan for Streets 2024-27, which set out the aims.",
            ["Safer Together: A Plan for Streets 2024-27"],
        ),
        (
            "Partners met the requirements set out in Staying Safe with Families 2021.",
            ["Staying Safe with Families 2021"],
        ),
        (
            "Schools followed Keeping Pupils Safe Online 2024 in their lessons.",
            ["Keeping Pupils Safe Online 2024"],
        ),
    ],
)
def test_a_title_closed_by_its_year_after_a_document_verb(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a body's figures, a month and year, a title without its year, a year alone)
        "The Council published Northshire Police figures for 2023 in May.",
        "The Board published in March 2024 its response to members.",
        "The Service followed Westshire Police 2023 guidance on patrols.",
        "Partners followed Staying Safe with Families in all their visits.",
        "The figures were published in 2023.",
    ],
)
def test_no_title_closed_by_a_year(text):
    assert _names(text) == []
