"""Work under way, told in the progressive (issue #15, tests/data/real/NOTES.md 2650-2659): guards kept
from a round whose rule was not shipped. Whatever rule later reads the author's work still going on
("we are now working on a new strategy", "a review of the CCTV estate is now under way") with the kind
of its deed, the simple present of habitual work, a plan, an aim, work to come and a standing duty
must still read no kind. Wording invented for the tests, in the genre of councils', partnerships' and
panels' reports, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import action_kinds, classify


def _loose(text: str) -> list[str]:
    # how the rules read a unit's kinds when its own words name none (`pipeline._rule_kinds`)
    return classify(text) or action_kinds(text)


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
        "The Partnership had been working together to tackle it.",
        "A new strategy is being considered by the Board.",
        # work to come
        "We will be working on a new strategy next year.",
        "A review of the CCTV estate will be under way by the summer.",
        # a standing duty
        "The Panel is responsible for scrutinising the Commissioner.",
        # the body's own staff (its internal business, NOTES 2)
        "The Network is piloting a four-day week to support our staff.",
    ],
)
def test_habits_plans_and_work_to_come_are_not_work_under_way(text):
    assert _loose(text) == []
