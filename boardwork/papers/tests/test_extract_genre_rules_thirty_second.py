"""Genre rules of the thirty-second round (issue #15, tests/data/real/NOTES.md 1170-1189): kinds
missed or confused at first reading. A service to residents told by its count (patrols carried out,
calls a hub answered) is help given, `support`, as counted visits and parcels are; so is work given to
the people a body serves (a programme run for young people, food delivered to vulnerable people,
targeted work with offenders). Wording invented
for the tests, in the genre of a council's performance report, a partnership's newsletter and a
cabinet's enforcement report, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify, gives_help

# -- a service counted --------------------------------------------------------------------------------


def test_patrols_counted_are_support():
    assert classify("9,120 patrols have been completed this year, up 12% on last year") == ["support"]
    assert classify("The wardens carried out around 800 evening patrols in the town centre.") == ["support"]


def test_a_fragment_of_patrols_counted_among_other_work_is_support():
    text = (
        "The enforcement team's year included 14 joint exercises with the police, around 600 school "
        "patrols carried out and new cameras installed at three sites."
    )
    assert "support" in classify(text)
    assert gives_help(text)


def test_calls_a_hub_answered_counted_are_support():
    text = "The Northshire Wellbeing Hub, run with the voluntary sector, answered 12,406 calls."
    assert "support" in classify(text)
    assert gives_help(text)


# -- work given to the people served ------------------------------------------------------------------


def test_a_programme_run_for_young_people_is_support():
    text = (
        "With the police the Partnership ran a summer diversionary programme for young people in two towns."
    )
    assert "support" in classify(text)


def test_things_delivered_to_vulnerable_people_are_support():
    text = (
        "Work outside core duties was also completed, such as: delivering medicines and food to vulnerable "
        "people and helping the ambulance service."
    )
    assert classify(text) == ["support"]


def test_targeted_work_with_offenders_is_support():
    text = "We are already commissioning work to end violence, including targeted work with offenders in two cities."
    assert classify(text) == ["support"]


# -- guards: pass on the code before this round too ---------------------------------------------------


def test_a_programme_for_people_to_come_or_described_is_no_deed():
    assert classify("We will run a holiday programme for young people next summer.") == []
    assert classify("The scheme provides activities for young people across the district.") == []


def test_leaflets_delivered_to_residents_are_not_help():
    assert classify("Volunteers delivered leaflets to residents in the ward.") == []


def test_calls_received_are_what_others_did():
    assert classify("The Council received 1,200 calls about fly-tipping last year.") == []


def test_patrols_and_calls_to_come_are_no_deed():
    assert classify("We will carry out 500 more patrols next year.") == []
    assert classify("The hub will answer around 2,000 calls a month.") == []


def test_patrols_told_without_a_count_are_left_to_other_rules():
    assert classify("Patrols are a key part of the wardens' role.") == []


def test_counted_visits_stay_support():
    assert classify("A total of 5,120 home safety visits were completed.") == ["support"]
