"""People named with their post: the holder of a body's post publishing its report, named after
the post and its acronym, and an officer presenting a report to a meeting, named before the post.
Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.people import find_people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Westshire Police and Crime Commissioner (PCC) Alun Rhys has published his annual report.",
            ["Alun Rhys"],
        ),
        ("Joanna Bloggs, Chief Executive, introduced a report on the lobbying.", ["Joanna Bloggs"]),
        ("Sam Patel, the Director of Policy, presented the update on the review.", ["Sam Patel"]),
        # (no post: a name before a deed is not read as a person's by these patterns)
        ("Northmoor Road, Westshire, introduced a new parking scheme.", []),
    ],
)
def test_post_holders(text, people):
    assert find_people(text, [])[0] == people
