"""Genre rules of the thirty-second round (issue #15, tests/data/real/NOTES.md 1170-1189): kinds
missed or confused at first reading. A service to residents told by its count (patrols carried out,
calls a hub answered) is help given, `support`, as counted visits and parcels are. Wording invented
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


# -- guards: pass on the code before this round too ---------------------------------------------------


def test_calls_received_are_what_others_did():
    assert classify("The Council received 1,200 calls about fly-tipping last year.") == []


def test_patrols_and_calls_to_come_are_no_deed():
    assert classify("We will carry out 500 more patrols next year.") == []
    assert classify("The hub will answer around 2,000 calls a month.") == []


def test_patrols_told_without_a_count_are_left_to_other_rules():
    assert classify("Patrols are a key part of the wardens' role.") == []


def test_counted_visits_stay_support():
    assert classify("A total of 5,120 home safety visits were completed.") == ["support"]
