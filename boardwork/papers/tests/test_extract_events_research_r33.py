"""Genre rules: research told by a study group set up in the passive (or a working party set up), a
review's scope or plan drawn up, a study commissioned by the author in a reduced relative; an event
told by how many came to the body's own events, in a paragraph or a bullet. Guards: a group or a
review still to come, another body's review or commissioned survey only quoted, people counted at
another body's conference. Wording invented for the tests, in the genre of a scrutiny bulletin, a
partnership's briefing and a national body's year in review, not taken from any corpus paper
(tests/data/real/NOTES.md 3340-3349)."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify, item_kinds

COUNCIL = ("Westby Borough Council", "Council")
CENTRE = ("Northvale Institute for Local Scrutiny", "NILS")
OFFICE = ("Home Office",)

# -- research: a study group set up ------------------------------------------------------------------


def test_a_task_group_set_up_in_the_passive_is_research_not_partnership():
    text = (
        "A small task and finish group of Cllrs Hale and Moss has also been set up to look into "
        "respite care for young carers."
    )
    kinds = classify(text, author_words=COUNCIL)
    assert "research" in kinds
    assert "partnership" not in kinds


def test_a_working_party_set_up_to_look_into_something_is_research():
    text = "The Council set up a working party to look into flooding on the Westby estates."
    assert "research" in classify(text, author_words=COUNCIL)


def test_a_task_group_still_to_be_set_up_is_no_research():
    text = "A task and finish group will be set up to look into respite care for young carers."
    assert "research" not in classify(text, author_words=COUNCIL)


# -- research: a review's scope or plan drawn up ---------------------------------------------------


def test_a_plan_drawn_up_for_the_review_is_research():
    text = "Parking Review Panel – The Panel met on 4 May and has drawn up a plan for the review."
    assert "research" in classify(text, author_words=COUNCIL)


def test_the_scope_of_the_review_explored_by_officers_is_research():
    text = (
        "Since the spring, officers have met as a working group to explore the scope of the review "
        "and to agree its timeline."
    )
    assert "research" in classify(text, author_words=COUNCIL)


def test_terms_of_reference_for_a_review_to_come_are_no_research():
    text = "The Panel will draw up the terms of reference for the review at its next meeting."
    assert "research" not in classify(text, author_words=COUNCIL)


def test_another_bodys_review_scoped_is_no_research_of_the_author():
    text = "The Home Office has drawn up the terms of reference for its review of partnerships."
    assert "research" not in classify(text, author_words=COUNCIL)


# -- research: a study commissioned by the author, told without "was" ---------------------------------


def test_polling_commissioned_by_the_author_is_research():
    text = (
        "Public polling commissioned by the Home Office in March, to learn what people feared most, "
        "put burglary first."
    )
    assert "research" in classify(text, author_words=OFFICE)


def test_a_survey_commissioned_by_another_body_only_quoted_is_no_research():
    text = (
        "A survey commissioned by the Home Office in March, to learn what people feared most, put "
        "burglary first."
    )
    assert "research" not in classify(text, author_words=COUNCIL)


# -- event: people counted at the body's own events ------------------------------------------------


def test_people_who_came_to_our_seminars_tell_an_event():
    text = "Some 240 practitioners from 60 councils came to our seminars in Leeds and Bristol."
    assert "event" in classify(text, author_words=CENTRE)


def test_a_bullet_counting_delegates_at_the_authors_conferences_is_an_event():
    text = "310 delegates from 90 organisations came to NILS conferences and workshops over the year."
    assert "event" in item_kinds(text, CENTRE)


def test_delegates_at_another_bodys_conference_are_no_event_of_the_author():
    text = "310 delegates came to the Home Office conference in May."
    assert "event" not in classify(text, author_words=CENTRE)


def test_delegates_expected_at_our_seminars_are_no_event():
    text = "Around 300 delegates will come to our seminars next spring."
    assert "event" not in classify(text, author_words=CENTRE)
