"""A body named after a policy is no policy named: "the Child Safeguarding Practice Review subgroup",
"the Serious Violence Duty Sub-Committee", "the Hate Crime Strategy steering group" are groups that work
on it (NOTES 2910). The policy itself, and a policy followed by "group of …" (a collective noun), are
still read. Wording invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text):
    return find_policies(text, PolicyContext(text, None, [], []), [], [])


@pytest.mark.parametrize(
    "text",
    [
        "Lessons were learned through the Child Safeguarding Practice Review subgroup of the partnership.",
        "The Serious Violence Duty Sub-Committee met twice in the year.",
        "The Domestic Abuse Strategy sub group agreed its terms of reference.",
        "The Hate Crime Strategy steering group met in May.",
        "Members of the Community Safety Plan task and finish group reported back.",
        "The Safer Streets Fund working groups were set up in each ward.",
    ],
)
def test_a_group_named_after_a_policy_is_no_policy(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Hate Crime Strategy was agreed by the Board.", ["Hate Crime Strategy"]),
        ("The Safer Streets Fund group of projects was extended.", ["Safer Streets Fund"]),
        ("Under the Safer Streets Fund, teams patrolled the town centre.", ["Safer Streets Fund"]),
        (
            "The Partnership published the Serious Violence Strategy 2024-2027.",
            ["Serious Violence Strategy 2024-2027"],
        ),
    ],
)
def test_the_policy_itself_is_still_read(text, names):
    assert _names(text) == names
