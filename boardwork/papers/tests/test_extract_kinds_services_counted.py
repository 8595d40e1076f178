"""Kinds of a service told by its count (issue #15, tests/data/real/NOTES.md 1700-1709). Requests,
complaints or incidents a team responded to, counted, are a service given to those who asked, not a
response to a consultation; people or households a service worked with, counted, are help given to
them, not a partnership; homes delivered, counted, are a service; resources delivered to schools are
help to the schools served. Wording invented for the tests, in the genre of a council's annual
performance report, an area committee's news and a self-assessment, not taken from any corpus
paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify, gives_help

# -- requests responded to, counted ------------------------------------------------------------------


def test_requests_responded_to_counted_are_support_not_a_consultation_response():
    text = "During the year the wardens responded to 515 requests for service and removed 90 abandoned cars."
    assert classify(text) == ["support"]
    assert gives_help(text)


def test_complaints_and_incidents_responded_to_counted_are_support():
    assert classify("The environmental health team responded to 240 noise complaints.") == ["support"]
    assert classify("Officers responded to nearly 1,100 reports of fly-tipping last year.") == ["support"]


# -- people worked with, counted ---------------------------------------------------------------------


def test_households_worked_with_counted_are_support_not_partnership():
    text = "We have worked with almost 9,000 households to help them out of fuel poverty."
    assert classify(text) == ["support"]
    assert gives_help(text)


def test_individuals_worked_with_counted_are_support():
    assert classify("We worked with more than 450 individuals to improve their employability.") == ["support"]


# -- homes delivered, counted ------------------------------------------------------------------------


def test_homes_delivered_counted_are_support():
    assert classify("We delivered 312 affordable homes across the county.") == ["support"]
    assert classify("The Council built 64 new council homes in 2022/23.") == ["support"]


# -- resources delivered to schools ------------------------------------------------------------------


def test_resources_delivered_to_schools_are_support():
    text = "A full set of guidance packs and other resources has been delivered to all primary schools."
    assert classify(text) == ["support"]
    text = "The service distributed 400 water safety packs to primary schools in the spring."
    assert classify(text) == ["support"]


# -- guards: pass on the code before this round too --------------------------------------------------


def test_a_real_consultation_response_is_still_one():
    assert classify("We responded to the Home Office consultation on anti-social behaviour powers.") == [
        "consultation_response"
    ]
    assert classify("We responded to 14 consultations during the year.") == ["consultation_response"]
    assert "consultation_response" in classify(
        "The team responded to the request for evidence from the Select Committee."
    )


def test_a_real_partnership_is_still_one():
    assert classify("We worked with the police to close two problem premises.") == ["partnership"]
    assert classify("We worked with 12 partner organisations to run the campaign.") == ["partnership"]
    assert classify("We worked with local schools to deliver the assemblies.") == ["partnership"]


def test_requests_received_and_homes_to_come_read_nothing():
    assert classify("The Council received 318 requests for help.") == []
    assert classify("We will deliver 300 affordable homes by 2026.") == []


def test_things_sent_to_schools_that_are_no_resources_or_to_come_read_no_support():
    assert "support" not in classify("Letters have been sent to all schools.")
    assert classify("Resources will be delivered to all schools next term.") == []
