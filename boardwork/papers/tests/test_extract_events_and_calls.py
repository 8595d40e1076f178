"""Events and public calls told in news (issue #15, tests/data/real/NOTES.md 1400-1419). A body's own
occasion told with a verb and a noun the event patterns did not pair is an `event`: its awards held,
a discussion it hosted, a programme launched at a named place. Guards: a plan launched in a month,
awards won, a discussion held at a meeting, awards to come; a call on the Government stays lobbying
and residents urged to act stay no lobbying. Wording invented for the tests, in the genre of a
network's annual report, a council's news release and a partnership's news, not taken from any
corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- the body's own occasion ---------------------------------------------------------------------------


def test_awards_the_body_held_are_an_event():
    text = "The Network held its annual safer streets awards in Perth in March 2019, with twelve projects shortlisted."
    assert classify(text) == ["event"]


def test_a_discussion_the_body_hosted_is_an_event():
    text = (
        "Northvale Borough Council and the Harbour Trust hosted a discussion on the question: how can "
        "we reach every older person living alone?"
    )
    assert "event" in classify(text)


def test_a_programme_launched_at_a_named_place_is_an_event():
    text = (
        "The #StaySafeOnline awareness programme was officially launched on Eastfield Market Square on "
        "Friday, 3 May, and aims to help parents talk to their children about scams."
    )
    assert classify(text) == ["event"]


# -- guards (main's reading and this one agree) --------------------------------------------------------


def test_a_plan_launched_in_a_month_stays_a_publication():
    assert classify("The Safer Northvale Plan 2023-26 was launched in June 2023.") == ["publication"]


def test_awards_won_are_no_event():
    assert "event" not in classify("The council won two national awards for its work on fly-tipping.")


def test_a_discussion_held_at_a_meeting_is_no_event():
    assert "event" not in classify("Members held a discussion on the report and noted its findings.")


def test_awards_to_come_are_no_event():
    assert "event" not in classify("The Partnership will hold its annual community awards in the spring.")


def test_a_call_on_the_government_stays_lobbying():
    text = "The Association has today called on the UK Government to rethink its spending plans for councils."
    assert classify(text) == ["lobbying"]


def test_residents_urged_to_act_are_no_lobbying():
    assert "lobbying" not in classify(
        "The Council is urging residents to check their smoke alarms this winter."
    )
