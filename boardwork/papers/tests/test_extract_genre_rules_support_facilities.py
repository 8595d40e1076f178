"""A public facility the body built, completed or opened, and community roles its staff took on:
`support` (services and facilities for residents, issue #15, tests/data/real/NOTES.md 3 and
2790-2799). Wording invented for the tests, in the genre of a council's plan report, a fire service's
news and a partnership's year, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- a facility for residents the body completed -------------------------------------------------------


def test_a_facility_the_council_completed_is_support():
    assert classify("The Council completed the flood barrier at Riverside Quay in 2022.") == ["support"]
    assert classify("In March we opened a new play area at Northfield Park.") == ["support"]
    assert classify("Our Partnership built two new skate parks in the town.") == ["support"]


def test_a_facility_of_another_body_to_come_or_in_a_fragment_is_not_support():
    assert "support" not in classify("The Environment Agency completed the flood barrier in 2022.")
    assert "support" not in classify("We will open a new library in the spring of 2025.")
    assert "support" not in classify("The Council plans to build a new leisure centre.")
    # a results list's fragment with no subject is left as it was
    assert "support" not in classify("Built a new recycling centre at Eastfield.")


def test_a_study_of_a_facility_completed_stays_research():
    assert classify("The Council completed the review of the library service.") == ["research"]


# -- community roles the body's staff took on -----------------------------------------------------------


def test_community_roles_the_staff_took_on_are_support():
    text = "Our staff have taken on a variety of community roles, including administering vaccines."
    assert classify(text) == ["support"]
    assert classify("Firefighters have also taken on new public roles, such as driving ambulances.") == [
        "support"
    ]


def test_a_role_in_the_bodys_own_running_is_not_support():
    assert "support" not in classify("Councillor Reed has taken on the role of chair.")
    assert "support" not in classify("Staff have taken on the roles of secretary and treasurer.")
