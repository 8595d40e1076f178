"""A plan named with the span of years it covers set before its name ("the 2021-25 Police and
Crime Plan") keeps the whole span, where the paper sets it. Wording invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.policies import PolicyContext, find_policies


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "progress against the priorities of the 2022-26 Police and Crime Plan.",
            ["2022-26 Police and Crime Plan"],
        ),
        ("the 2020/2023 Community Safety Strategy was agreed.", ["2020/2023 Community Safety Strategy"]),
        # (a single year before the name goes after it, as before)
        ("the 2019 Police and Crime Plan", ["Police and Crime Plan 2019"]),
    ],
)
def test_year_span_before_a_plans_name(text, names):
    assert find_policies(text, PolicyContext(text, None, [], []), [], []) == names
