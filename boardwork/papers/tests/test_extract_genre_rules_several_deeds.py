"""Genre rules: a year's report telling several deeds in one paragraph, each in the passive or with the
work's people or its lessons as the subject — people's views gathered through surveys and forums
(research), lessons shared through briefings, workshops and training (event, training), a study or
quality assurance that "has taken place" (research), training told as having grown (training).
Beside each, what looks like it and is not a deed done: views sought with no means of asking named,
work to come, a modal's "should have taken place", a standing remit in the present. Wording invented
for the tests, in the genre of a safeguarding board's annual report, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

# -- people's views gathered through the means of asking ------------------------------------------------


def test_views_gathered_through_surveys_and_focus_groups_are_research():
    text = "Residents' views have been gathered through a programme of online surveys and focus groups."
    assert classify(text) == ["research"]


def test_views_of_a_group_collected_through_a_questionnaire_are_research():
    assert classify("The views of young carers were collected through a questionnaire.") == ["research"]
    assert classify("Feedback from victims has been sought through a survey.") == ["research"]


def test_views_sought_with_no_means_named_or_to_come_are_no_deed():
    assert classify("The views of partners were sought on the draft plan.") == []
    assert classify("Views will be gathered through a survey in the spring.") == []


# -- lessons shared through the means of sharing them ----------------------------------------------------


def test_lessons_shared_through_briefings_workshops_and_training_are_event_and_training():
    text = "The lessons from the audit were shared through briefings, workshops and refresher training."
    assert classify(text) == ["event", "training"]


def test_learning_identified_and_disseminated_via_seminars_is_event():
    text = "Learning from the case has been identified and disseminated via seminars and a conference."
    assert classify(text) == ["event"]


def test_lessons_to_be_shared_or_learning_shared_as_a_noun_phrase_are_no_deed():
    assert classify("Lessons will be shared through briefings next year.") == []
    assert classify("The learning shared at the conference was well received.") == []


# -- a study or quality assurance that has taken place -----------------------------------------------------


def test_an_audit_or_quality_assurance_that_has_taken_place_is_research():
    assert "research" in classify("A multi-agency audit of neglect cases has taken place.")
    assert classify("Quality assurance and scrutiny activity has taken place across the year.") == [
        "research"
    ]


def test_a_review_that_should_have_or_will_have_taken_place_is_no_deed():
    assert classify("The review of the plan should have taken place last year but did not.") == []
    assert classify("A review will have taken place by March.") == []


# -- training told as having grown -------------------------------------------------------------------------


def test_training_that_has_kept_growing_or_continued_to_expand_is_training():
    assert classify("The multi-agency training has kept developing and growing.") == ["training"]
    assert classify("Our training offer has continued to expand.") == ["training"]


def test_a_training_offer_that_continues_to_grow_is_no_deed():
    assert classify("The training offer continues to grow.") == []


# -- several deeds in one paragraph --------------------------------------------------------------------------


def test_every_deed_of_a_paragraph_telling_several_is_read():
    paper = Paper(
        meta=Meta(title="Annual report 2023-24", body="Townsville Safeguarding Adults Board"),
        blocks=[
            Heading(text="Our year", level=1),
            Paragraph(
                text="This report sets out what the Board achieved over the year. Our training offer has "
                "continued to expand, the views of residents who use care services have been gathered "
                "through surveys and listening events, and quality assurance activity has taken place. "
                "The lessons from our case reviews were shared through briefings and workshops."
            ),
        ],
    )
    acts = extract(paper)["activities"]
    assert len(acts) == 1
    assert set(acts[0]["kinds"]) >= {"training", "research", "event"}


# -- a deed's object decides between partnership and what was done with partners ------------------------


def test_a_joint_representation_or_letter_to_a_minister_is_lobbying_not_partnership():
    text = "We made a joint representation to the Minister with the other councils of the region."
    assert classify(text) == ["lobbying"]
    assert classify("Representations were made to the Home Office about the grant.") == ["lobbying"]
    text = "We sent a joint letter to the Home Secretary with the county's other partnerships."
    assert classify(text) == ["lobbying"]


def test_a_representation_or_letter_to_others_than_the_government_is_no_lobbying():
    assert classify("Representations were made to the planning committee about the site.") == []
    assert classify("We sent a letter to the residents of Park Street.") == []
    assert classify("The Minister sent a letter to the partnership.") == []
    assert classify("We will make representations to the Minister.") == []


def test_a_response_made_jointly_to_the_governments_consultation_is_a_response():
    text = "The partnership responded jointly with the other boards to the Government's consultation on the duty."
    assert "consultation_response" in classify(text)
    assert classify("We responded jointly to the Home Office consultation on the duty.") == [
        "consultation_response"
    ]


def test_a_joint_answer_to_what_is_no_consultation_stays_partnership():
    assert classify("The partnership responded jointly with the police to the incident.") == ["partnership"]
    assert classify("We responded together with partners to the rise in thefts.") == ["partnership"]


def test_a_study_done_with_partners_is_research_not_partnership():
    text = "In partnership with the university, the Board evaluated the youth diversion scheme."
    assert classify(text) == ["research"]
    text = "A survey of licensed premises was carried out jointly with the licensing team."
    assert classify(text) == ["research"]
    text = "A self-assessment with the Improvement Service was also completed in the autumn."
    assert classify(text) == ["research"]


def test_partnership_work_with_no_study_or_a_study_to_come_is_not_research():
    text = "We worked in partnership with the university on the youth diversion scheme."
    assert classify(text) == ["partnership"]
    assert classify("A review with partners will be carried out next year.") == []
    assert classify("A review with partners was carried out by the Inspectorate.") == []
