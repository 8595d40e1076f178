"""Genre rules of the twenty-seventh round (issue #15, tests/data/real/NOTES.md 720-739): a body's work
told through an aspect verb ("we continued to support …", "we have been able to provide …"), a seat
on another body's named board ("had been appointed Deputy Chair of the … Board", "members sat on
the … Forum"), and a course, an event or a consultation that "took place" — with the guards: the
present and the future of the aspect verb, a bare or the body's own board, an appointment proposed,
and a meeting that took place. Each case is written here for the genre (a council's annual report
news, a committee's outside bodies report, an officer's update, a political group's weekly
comment), not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import action_cues


def _kinds(text: str, author_words: tuple[str, ...] = ()) -> list[str]:
    return [k for k, _ in action_cues(text, author_words)]


# -- a deed told through an aspect verb --------------------------------------------------------------


def test_work_continued_is_the_work_itself():
    assert _kinds("We also continued to support older residents through our winter warmth scheme.") == [
        "support"
    ]
    assert _kinds("Throughout the year the Partnership continued to work with the Probation Service.") == [
        "partnership"
    ]
    assert _kinds("We have continued to fund the night shelter run by a local charity.") == ["support"]


def test_work_made_possible_is_the_work_itself():
    assert _kinds("I am proud that we have been able to provide £400,000 of grants to local charities.") == [
        "support"
    ]
    assert _kinds("Despite the floods we were able to deliver food parcels to 300 homes.") == ["support"]


def test_the_aspect_verb_in_the_present_or_future_is_not_work_done():
    assert _kinds("We continue to support older residents through our winter warmth scheme.") == []
    assert _kinds("We will continue to work with the Probation Service next year.") == []
    assert _kinds("We hope to be able to provide grants to local charities.") == []


# -- a seat on another body's named board ------------------------------------------------------------


def test_an_officer_appointed_to_a_named_board_is_partnership():
    assert _kinds("Ann Example had been appointed Vice Chair of the Anyshire Safeguarding Adults Board.") == [
        "partnership"
    ]
    assert _kinds("Our director was appointed a member of the Regional Resilience Forum in May.") == [
        "partnership"
    ]


def test_members_sitting_on_named_boards_is_partnership():
    assert _kinds(
        "The Committee's members sat on the Northern Road Safety Board and the Arson Task Forum."
    ) == ["partnership"]
    assert _kinds("In 2023 the Board's members represented councils on the National Water Safety Forum.") == [
        "partnership"
    ]


def test_the_body_electing_its_own_chair_or_proposing_a_seat_is_no_seat():
    assert _kinds("Councillor Ann Example was elected Chairman of the Board for the year.") == []
    assert _kinds("That Ann Example be appointed Chair of the Anyshire Safeguarding Board.") == []
    assert (
        _kinds(
            "Ann Example was elected Chair of the Anyshire Community Safety Board.",
            ("Anyshire Community Safety Board",),
        )
        == []
    )


# -- a course, an event or a consultation that took place --------------------------------------------


def test_a_course_or_event_that_took_place_is_its_kind():
    assert _kinds("The third cohort of our leadership course took place over two weekends in March.") == [
        "training"
    ]
    assert _kinds("This year's regional conference took place at the Civic Hall.") == ["event"]
    assert _kinds("The public consultation on the draft plan took place over eight weeks.") == ["research"]


def test_a_meeting_that_took_place_or_an_event_to_come_is_not():
    assert _kinds("The meeting took place on 3 May at the Town Hall.") == []
    assert _kinds("The conference will take place in the autumn.") == []


# -- a leader's account of a busy period ---------------------------------------------------------------


def test_a_busy_period_told_by_the_body_is_its_work():
    assert _kinds("It has been a busy month visiting members and speaking at regional conferences.") == [
        "event"
    ]
    assert _kinds(
        "It has been a very busy year, and we have been at the heart of the new safeguarding arrangements "
        "through our partnership with the health trusts."
    ) == ["partnership"]
    assert _kinds("2024 has been another busy year. I was proud to keep the youth fund open.") == ["support"]


def test_a_busy_period_of_someone_else_is_not():
    assert _kinds("It has been a busy summer for the fire service.") == []
    assert _kinds("The last quarter has been a busy period for the courts.") == []
