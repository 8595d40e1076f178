"""Genre rules: an event the body held, told with the event as the sentence's noun and the holding
after it (a reduced relative clause, "two stakeholder workshops the Association held"; the perfect,
"events which had taken place"), the body's consulting done through its events, and an event opened
by its host ("Hosted by the Council, the conference …"), the author's only. Wording invented for the
tests, in the genre of a partnership's strategy, an association's board minute and a council's news
item, not taken from any corpus paper (tests/data/real/NOTES.md 2820-2829)."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

AUTHOR = ("Westshire Council",)

# -- the holding after the event's noun ---------------------------------------------------------------


def test_workshops_the_body_held_in_a_relative_clause_are_an_event():
    text = "The options paper then informed three stakeholder workshops the Association held in the spring."
    assert classify(text) == ["event"]


def test_seminars_we_ran_in_a_relative_clause_are_an_event():
    assert classify("Feedback from the seminars we ran for landlords shaped the final guidance.") == ["event"]


def test_events_which_had_taken_place_are_an_event():
    text = "Members recalled the community events which had taken place on the estate, with ward councillors."
    assert classify(text) == ["event"]


def test_a_roadshow_that_has_taken_place_is_an_event():
    assert classify("A scams awareness roadshow has now taken place in each market town.") == ["event"]


def test_residents_consulted_through_the_body_s_events_is_an_event_and_research():
    text = "Between May and July the Partnership consulted residents through its Talk to Us events and an online survey."
    assert classify(text) == ["research", "event"]


def test_an_event_opened_by_the_author_as_host_is_an_event():
    text = "Hosted by Westshire Council, the conference gave practitioners two days of talks on rural crime."
    assert classify(text, author_words=AUTHOR) == ["event"]


# -- guards: what must not read as the body's event ---------------------------------------------------


def test_sessions_the_officers_attended_read_no_event():
    assert classify("The sessions the officers attended were described as useful.") == []


def test_events_that_will_have_taken_place_read_nothing():
    assert classify("Community events will have taken place in every ward by the end of March.") == []


def test_events_expected_to_have_taken_place_read_nothing():
    assert classify("The roadshows are expected to have taken place by the summer.") == []


def test_consulting_through_events_still_to_come_reads_nothing():
    assert classify("The Partnership will consult residents through a series of events next year.") == []


def test_an_event_hosted_by_another_body_is_not_the_author_s():
    text = "Hosted by the Home Office, the conference gave practitioners two days of talks on rural crime."
    assert classify(text, author_words=AUTHOR) == []


def test_an_event_opened_by_a_host_when_the_author_is_unknown_reads_nothing():
    text = "Hosted by Westshire Council, the conference gave practitioners two days of talks on rural crime."
    assert classify(text) == []


def test_a_meeting_that_had_taken_place_is_still_no_event():
    # a meeting is the body's business (tests/data/real/NOTES.md 10), not an event it put on
    assert classify("The Chair reported that the introductory meeting had taken place.") == []
