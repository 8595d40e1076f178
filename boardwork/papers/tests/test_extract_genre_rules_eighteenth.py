"""Genre rules of the eighteenth round (issue #15): research told by its verbs, and joint things that
are their own kind rather than a partnership. Each case is written here for the genre, not taken
from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- asking people, told by the verb ------------------------------------------------------------------


def test_people_polled_or_interviewed_are_research():
    assert classify("In the spring we polled more than 2,000 residents on the precept.") == ["research"]
    assert classify("Officers interviewed 40 victims of domestic abuse about the service.") == ["research"]
    # "surveyed residents" is research by its own words since NOTE 2510 (people surveyed or asked),
    # no longer the verbs' guess.
    assert classify("We surveyed residents about how safe they feel after dark.") == ["research"]


def test_a_media_interview_and_a_body_asked_stay_as_they_were():
    # Interviewed by the press: media, not research.
    assert classify("The Chair was interviewed on BBC Radio Wales about the budget.") == ["media"]
    # A department asked is not the public asked.
    assert "research" not in classify("We interviewed the Home Office on the draft guidance.")


def test_a_thing_evaluated_in_the_active_is_research():
    assert classify("The Partnership evaluated the pilot and found it reduced repeat calls.") == ["research"]
    assert classify("In 2022 we evaluated how the hub had worked in its first year.") == ["research"]


def test_evaluated_in_the_passive_or_the_future_is_not():
    # The passive with its judgement, not its time, says how a thing was rated, not that the body studied it.
    assert "research" not in classify("The scheme was evaluated as good by the inspectors.")
    assert "research" not in classify("We will have evaluated the scheme by next March.")


# -- a joint meeting, event or letter, without a partner -------------------------------------------------------


def test_a_joint_meeting_of_bodies_held_is_an_event_not_a_partnership():
    text = "Reform was the focus of a joint meeting of the Chamber and the Association held in May."
    assert classify(text) == ["event"]


def test_a_joint_letter_is_the_letter_not_a_partnership():
    text = "The Leader co-signed a joint letter to the Chancellor urging him to restore the grant."
    assert "partnership" not in classify(text)
    assert "lobbying" in classify(text)


def test_a_joint_thing_with_a_partner_keeps_the_partnership():
    assert classify("In March we held a joint event with the police on hate crime.") == [
        "event",
        "partnership",
    ]
    assert "partnership" in classify("We sent a joint letter with the County Council to the Minister.")
    assert "partnership" in classify("Joint working with the health board began in April.")


# -- ministers and MPs named with a qualifier; a matter raised with them -------------------------------------


def test_a_minister_or_mps_with_a_qualifier_are_still_lobbied():
    assert classify("We wrote to all Scottish MPs ahead of the second reading.") == ["lobbying"]
    assert classify("In June the Chair met the Housing Minister to press for fairer funding.") == ["lobbying"]
    assert classify("Our Leader met with local MPs to discuss the funding formula.") == ["lobbying"]
    assert classify("We raised the cost of the pay award with the Minister in March.") == ["lobbying"]


def test_meeting_a_chief_constable_is_not_lobbying():
    assert "lobbying" not in classify("The Council met the Chief Constable in May.")


# -- words given to a newspaper; enquiries answered ---------------------------------------------------------


def test_words_given_to_a_newspaper_are_media():
    assert classify("The Leader was quoted in The Guardian on the settlement.") == ["media"]
    assert classify("The Chair wrote an article for the Northshire Post on devolution.") == ["media"]
    assert classify("Our opinion piece on knife crime appeared in the Local Government Chronicle.") == [
        "media"
    ]


def test_a_document_or_own_newsletter_is_not_the_press():
    assert classify("The figures quoted in Appendix A show the trend.") == []
    assert "media" not in classify("An article in the Partnership News described the project.")


def test_enquiries_and_complaints_answered_are_no_consultation_response():
    assert classify("The Council responded to media enquiries about the closure.") == ["media"]
    assert "consultation_response" not in classify(
        "We responded to 40 complaints from residents about noise."
    )
    # A consultation or an inquiry answered still is one.
    assert classify("We responded to the Select Committee inquiry into fire safety.") == [
        "consultation_response"
    ]
