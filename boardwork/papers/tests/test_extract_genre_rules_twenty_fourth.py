"""Genre rules of the twenty-fourth round (issue #15): research told by the nouns and shapes of
scrutiny and consultation (a review or inquiry held, views sought, a task group set up to review, a
consultation told by its answers, a peer review of the body); the author called by the word before
its place; others named by a plural of their kind; media told by where the work was seen. Each case is written here for the genre (a panel's annual report, a fire
authority's report, a partnership's annual report, an association's board update), not taken from
a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

PANEL = ("Anyshire Police and Crime Panel",)
FIRE = ("Anyshire Fire and Rescue Authority",)
CSP = ("Anyshire Community Safety Partnership",)
LGA = ("Local Government Association", "LGA")


def _kinds(body: str, paragraph: str) -> list[list[str]]:
    """The kinds of the activity the import reads in `paragraph`, set in a short paper of `body`."""
    title = f"{body}: annual report 2023/24"
    paper = Paper(
        meta=Meta(title=title, body=body),
        blocks=[
            Heading(text=title, level=1),
            Heading(text="Our work", level=2),
            Paragraph(text="The body met four times during the year.", number=None),
            Paragraph(text=paragraph, number=None),
        ],
    )
    return [a["kinds"] for a in extract(paper, trained_model=True)["activities"] if a["text"] == paragraph]


# -- research told by the nouns of scrutiny -------------------------------------------------------------


def test_a_review_or_inquiry_held_is_research_not_an_event():
    assert classify(
        "The Panel held a task group review of the Commissioner's complaints handling, which reported in "
        "November.",
        author_words=PANEL,
    ) == ["research"]
    assert classify(
        "The Panel held an inquiry into the force's response to rural crime.", author_words=PANEL
    ) == ["research"]
    assert classify(
        "The Panel carried out a self-assessment against the national guidance.", author_words=PANEL
    ) == ["research"]


def test_a_review_meeting_held_or_a_review_to_come_is_not_research():
    assert "research" not in classify(
        "The Panel held a review meeting with the Commissioner in May.", author_words=PANEL
    )
    assert classify("The Panel will hold an inquiry into rural crime next year.", author_words=PANEL) == []


def test_a_task_group_set_up_to_review_is_research_not_partnership():
    assert classify(
        "The Panel established a task and finish group to review the Commissioner's approach to victims' services.",
        author_words=PANEL,
    ) == ["research"]
    # a group set up with others is still a partnership
    assert "partnership" in classify(
        "The Association, working with the Wales Centre for Public Policy, has set up a working group of leaders.",
        author_words=("Welsh Local Government Association",),
    )


def test_views_sought_from_people_or_reached_by_a_survey_are_research():
    assert classify(
        "The Partnership sought the views of 300 young people on feeling safe.", author_words=CSP
    ) == ["research"]
    assert classify(
        "In the spring the Partnership gathered feedback from residents on the town centre.", author_words=CSP
    ) == ["research"]
    assert _kinds(
        FIRE[0],
        "The Service engaged with over 1,000 residents through an online survey and drop-in sessions.",
    ) == [["research"]]


def test_a_consultation_told_by_its_answers_is_research():
    assert classify(
        "The consultation received 1,100 responses, most of them in favour of the proposals.",
        author_words=FIRE,
    ) == ["research"]
    assert (
        classify(
            "The Home Office consultation received 5,000 responses.",
            author_words=("Anyshire District Council",),
        )
        == []
    )


def test_a_survey_that_is_a_named_studys_method_is_not_a_second_study():
    assert (
        classify(
            "As part of the review, the office asked victims for their views. The survey ran in March and "
            "received more than 900 responses.",
            author_words=("Anyshire Police and Crime Commissioner",),
        )
        == []
    )


def test_a_peer_review_of_the_body_is_research_not_support():
    assert classify(
        "A peer review of the Service's protection function took place in February.", author_words=FIRE
    ) == ["research"]


# -- the author called by the word before its place, or by its office's acronym --------------------------


def test_the_commissioner_is_the_author_of_a_paper_by_the_commissioner_for_a_place():
    office = ("Office of the Police and Crime Commissioner for Anyshire",)
    assert classify(
        "The Commissioner commissioned an independent review into the force's handling of stalking.",
        author_words=office,
    ) == ["research"]
    assert classify(
        "The OPCC completed a needs assessment for sexual violence services.", author_words=office
    ) == ["research"]
    # in a panel's paper the Commissioner is still the body it scrutinises
    assert (
        classify("The OPCC completed a needs assessment for sexual violence services.", author_words=PANEL)
        == []
    )


# -- others named by a plural of their kind; the force; effort claimed --------------------------------------


def test_councils_schools_or_local_organisations_as_the_subject_are_others_deeds():
    assert (
        classify(
            "Councils continue to work in partnership with the police to tackle fraud.", author_words=LGA
        )
        == []
    )
    assert (
        classify("Schools have worked with the youth service on a diversion programme.", author_words=CSP)
        == []
    )
    assert (
        classify(
            "The force has worked with partners to reduce knife crime.",
            author_words=("Anyshire Police and Crime Commissioner",),
        )
        == []
    )


def test_the_authors_own_work_with_councils_or_schools_is_still_partnership():
    assert classify(
        "We worked with schools and local organisations on the summer programme.", author_words=CSP
    ) == ["partnership"]
    assert classify("The Association worked with councils on the new guidance.", author_words=LGA) == [
        "partnership"
    ]


def test_meetings_held_as_a_rule_and_effort_claimed_are_not_partnership():
    assert (
        classify("Multi-agency meetings are held monthly to manage high-risk cases.", author_words=CSP) == []
    )
    assert (
        classify(
            "My office and I have worked hard, together with the force, to ensure we are as efficient as we can be.",
            author_words=("Anyshire Police and Crime Commissioner",),
        )
        == []
    )


# -- media told by where the work was seen ----------------------------------------------------------------


def test_work_seen_in_the_press_or_on_the_bodys_channels_is_media():
    for text in (
        "The campaign was covered by the Anyshire Gazette and ITV Border.",
        "The Partnership featured on BBC Look North in March.",
        "We publicised the new reporting line through the local press and social media.",
        "We used Twitter and Facebook to share safety messages during the summer.",
        "Our Facebook posts on scams reached 25,000 people.",
        "We raised awareness of fraud through a campaign in local newspapers.",
    ):
        assert classify(text, author_words=CSP) == ["media"], text


def test_a_campaign_to_raise_awareness_is_media_not_lobbying():
    assert classify(
        "The Partnership ran a campaign to raise awareness of domestic abuse over Christmas.",
        author_words=CSP,
    ) == ["media"]
    assert "lobbying" in classify(
        "We ran a campaign to raise the threshold for business rates relief.", author_words=LGA
    )


def test_news_reported_in_the_press_or_press_work_to_come_is_not_media():
    assert classify("Incidents reported in the local press have caused concern.", author_words=CSP) == []
    assert classify("We will publicise the new line through the local press.", author_words=CSP) == []
