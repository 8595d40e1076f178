"""Help to people told by whom it reached, what it kept from them, its counted services and the
services funded, launched or commissioned: `support` (issue #15, tests/data/real/NOTES.md 2500-2509).
Wording invented for the tests, in the genre of a council's annual report, a fire service's year, a
commissioner's update and a partnership's review, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- people helped, with what they were helped to, with or through ---------------------------------


def test_people_helped_to_or_through_are_support():
    assert classify("We supported more than three thousand tenants to manage their rent arrears.") == [
        "support"
    ]
    assert classify("The team continued to support older people living alone through the winter.") == [
        "support"
    ]
    assert classify("The hub helped 240 rough sleepers into settled accommodation.") == ["support"]


# -- harm kept from people, counted -----------------------------------------------------------------


def test_households_prevented_from_homelessness_are_support():
    assert classify("We prevented 412 families from becoming homeless.") == ["support"]
    assert classify("In 2022/23, 95 households were prevented from losing their tenancy.") == ["support"]


# -- services counted after the verb of doing them --------------------------------------------------


def test_services_counted_after_their_verb_are_support():
    assert classify("Crews carried out over 8,200 'Safe and Well' visits last year.") == ["support"]
    assert classify("The team fitted 1,450 smoke alarms in rented homes.") == ["support"]
    assert classify("Volunteers handed out 3,900 pieces of safety equipment.") == ["support"]


# -- a service launched, named at length; work funded or commissioned -------------------------------


def test_a_service_launched_named_at_length_is_support():
    text = "In May we launched our new Help After Road Traffic Collisions service for bereaved families."
    assert classify(text) == ["support"]


def test_work_funded_or_commissioned_by_the_body_is_support():
    assert classify("The Commissioner has funded the Northshire Rural Crime Network since 2021.") == [
        "support"
    ]
    assert classify("I commissioned a Young Carers Respite Project in the autumn.") == ["support"]


def test_a_sum_invested_to_do_something_is_support():
    assert classify("We invested £3.5m to repair and resurface footpaths.") == ["support"]


# -- guards ------------------------------------------------------------------------------------------


def test_a_study_commissioned_or_work_funded_by_another_is_not_support():
    assert "support" not in classify("The Council commissioned a review of its scrutiny arrangements.")
    assert "support" not in classify("The new outreach project was funded by the National Lottery.")
    assert "support" not in classify("The Home Office funded the Northshire Violence Reduction Unit.")
    assert "support" not in classify("In 2023 the University of Anyshire funded the Safer Roads initiative.")
    assert "support" not in classify(
        "The Council commissioned the research into the Family Mentoring programme."
    )


def test_help_to_come_or_what_a_service_is_for_is_not_support():
    assert classify("We will support more tenants to manage their arrears next year.") == []
    assert classify("The service supports young people to stay in education.") == []
    assert classify("The Council plans to launch a new advice line for carers in 2025.") == []


def test_a_backing_or_a_review_of_a_service_is_not_support():
    assert classify("Members supported the recommendations in the report.") == []
    assert classify("The Board established the service review group in March.") == []
