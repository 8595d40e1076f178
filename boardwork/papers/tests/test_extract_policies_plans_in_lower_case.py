"""A named plan whose kind is written in lower case after its name ("the Equally Safe delivery plan",
"the Northshire Serious Violence action plan") is a policy named, as "the Contest strategy" is; a
body's plan named by the body ("the Partnership action plan", "the LGA action plan") or a plan of
the kind ("an action plan") is described, not named. Wording invented for the tests."""

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
