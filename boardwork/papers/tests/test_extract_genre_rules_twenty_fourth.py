"""Genre rules of the twenty-fourth round (issue #15): research told by the nouns and shapes of
scrutiny and consultation (a review or inquiry held, views sought, a task group set up to review, a
consultation told by its answers or by what it supported, a peer review of the body); the author
called by the word before its place; others named by a plural of their kind; media told by where
the work was seen. Each case is written here for the genre (a panel's annual report, a fire
authority's report, a partnership's annual report, an association's board update), not taken from
a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify, item_kinds

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


def test_a_consultation_told_by_its_answers_or_by_what_it_supported_is_research():
    assert classify(
        "The consultation received 1,100 responses, most of them in favour of the proposals.",
        author_words=FIRE,
    ) == ["research"]
    assert classify(
        "The public consultation on the draft plan supported keeping the five priorities.", author_words=CSP
    ) == ["research"]
    assert classify(
        "It was noted that the strategic assessment had been endorsed by the partnership board.",
        author_words=CSP,
    ) == ["research"]


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


# -- an officer's report of the author's own study; a study told as ended; a study as a list item --------


def test_an_officers_report_of_the_authors_own_study_is_research():
    council = ("Anyshire District Council",)
    assert classify(
        "The Cabinet Member reported that the Council had commissioned an independent review of the community "
        "safety team.",
        author_words=council,
    ) == ["research"]
    assert classify(
        "The Community Safety Manager reported that the Partnership had carried out a survey of 500 residents.",
        author_words=CSP,
    ) == ["research"]


def test_another_bodys_officer_reporting_its_own_work_stays_its_business():
    assert (
        classify(
            "The Deputy Chief Fire Officer reported that the Service had carried out a survey of 500 households.",
            author_words=("Anyshire District Council",),
        )
        == []
    )


def test_a_study_told_as_ended_is_research():
    assert classify(
        "A review of the Council's approach to anti-social behaviour has concluded.",
        author_words=("Anyshire District Council",),
    ) == ["research"]
    council = ("Anyshire District Council",)
    assert classify("The Home Office review of police funding has concluded.", author_words=council) == []


def test_a_list_item_naming_a_study_with_its_article_is_research():
    assert item_kinds("a review of CCTV provision across the district") == ["research"]
    assert item_kinds("an audit of domestic abuse services") == ["research"]
    assert item_kinds("a public consultation on the draft strategy, with 600 responses") == ["research"]
    # a title set as an item (a work programme's line) is not
    assert item_kinds("Review of the Police and Crime Plan") == []


# -- an association's board update: work commissioned, evidence gathered, a stocktake, the sector press --


def test_work_commissioned_evidence_gathered_or_a_stocktake_is_research():
    for text in (
        "We have commissioned a piece of work to look at how councils use their anti-social behaviour powers.",
        "The research, carried out for us by the University of Anyshire, will be published in the summer.",
        "Officers have been gathering evidence on the costs of tackling fly-tipping.",
        "We are undertaking a stocktake of councils' community safety partnerships.",
    ):
        assert classify(text, author_words=LGA) == ["research"], text


def test_another_bodys_stocktake_or_a_stocktake_to_come_is_not_research():
    assert (
        classify(
            "The Home Office is undertaking a stocktake of community safety partnerships.", author_words=LGA
        )
        == []
    )
    assert classify("We will undertake a stocktake of partnerships next year.", author_words=LGA) == []


def test_an_article_in_the_sector_press_is_media():
    assert classify(
        "The Chair wrote an article for the MJ on the future of partnerships.", author_words=LGA
    ) == ["media"]


# -- a fire authority's report: a study by its consultant, a review with two adjectives, views counted ----


def test_a_study_done_for_the_body_by_a_consultant_or_with_two_adjectives_is_research():
    assert classify(
        "A review of the Service's response standards was carried out by an external consultant.",
        author_words=FIRE,
    ) == ["research"]
    assert classify(
        "The Authority commissioned an independent cultural review following the national report.",
        author_words=FIRE,
    ) == ["research"]
    # a kind of review named as what any body does is not the author's study
    assert "research" not in classify(
        "The Act requires a person or body carrying out a domestic homicide review to share its findings.",
        author_words=LGA,
    )


def test_posts_or_videos_counted_by_their_views_are_media():
    assert classify("Our posts were seen 3 million times during the year.", author_words=FIRE) == ["media"]
    assert classify(
        "A video on kitchen fire safety was viewed more than 50,000 times.", author_words=FIRE
    ) == ["media"]


def test_the_chief_constable_the_youth_offending_service_or_csps_as_the_subject_are_others_deeds():
    panel_or_commissioner = (PANEL, ("Anyshire Police and Crime Commissioner",))
    for author in panel_or_commissioner:
        assert (
            classify(
                "The Chief Constable has worked with partners to reduce knife crime.", author_words=author
            )
            == []
        )
        assert (
            classify(
                "Community Safety Partnerships have worked with councils on the grants scheme.",
                author_words=author,
            )
            == []
        )
    assert (
        classify(
            "The Youth Offending Service worked with schools on a diversion programme.", author_words=CSP
        )
        == []
    )
    # in the force's own paper its chief officer's work is the author's
    assert classify(
        "The Chief Constable has worked with partners to reduce knife crime.",
        author_words=("Anyshire Constabulary",),
    ) == ["partnership"]
