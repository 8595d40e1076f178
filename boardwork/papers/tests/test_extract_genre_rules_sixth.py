"""Genre rules of the sixth round (issue #15), from the errors of the development papers of the
genres where the held-out papers fail: research the body carried out (its reviews and its own
consultation), lobbying by an association (a welcome of what the Government did, budget
negotiations, a campaign for a cause, a statement answering the Government), partnership work
reported as involvement, and meeting business and a plan's contents that are not the body's work.
Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

FIRE = ("Northshire Fire Authority",)
ASSOC = ("Borders Local Government Association", "BLGA")


# -- research the body carried out --------------------------------------------------------------


def test_the_author_called_by_its_bare_headword_did_the_review_not_another_body():
    text = "Over the last two years the Authority has carried out a full review of its on-call stations."
    assert classify(text, author_words=FIRE) == ["research"]
    # Another body's review stays another's.
    assert classify("The Home Office has carried out a review of fire funding.", author_words=FIRE) == []
    # The headword of another body's full name ("the Authority of …") is not the author.
    assert (
        classify("The Authority of the Isles carried out a review of its stations.", author_words=FIRE) == []
    )


def test_the_bodys_own_consultation_put_out_is_research():
    assert classify("Consultation on the draft plan has begun and runs until 3 January.") == ["research"]
    assert classify("In May the Partnership launched its consultation on the new community safety plan.") == [
        "research"
    ]
    assert classify("The Panel will launch a consultation on its priorities next year.") == []


def test_a_review_dated_after_it_is_named_is_research():
    assert classify(
        "Proposals follow a review of our on-call cover, carried out over the winter of 2019."
    ) == ["research"]
    assert classify("The grants process was last reviewed in 2021/22 with the partnerships.")[:1] == [
        "research"
    ]
    # No time said: a review only named.
    assert classify("The process was reviewed.") == []


def test_in_background_a_dated_deed_with_the_authors_own_name_keeps_its_kind():
    text = "As the BLGA Business Plan ended in March, BLGA began consultation on a new plan in June 2022."
    assert classify(text, strict=True, author_words=ASSOC) == ["research"]
    # Without the author's name as the subject of the deed, the business-plan sentence is left out.
    assert classify(text, strict=True) == []


# -- an association's lobbying ------------------------------------------------------------------


def test_an_associations_welcome_of_what_the_government_did_is_lobbying_and_media():
    said = 'Councillor Jo Bell, BLGA President, said: "I welcome the movement the Scottish Government has made today."'
    assert classify(said, author_words=ASSOC) == ["media", "lobbying"]
    assert "lobbying" in classify(
        "BLGA welcomes the Welsh Government's announcement on pay.", author_words=ASSOC
    )
    # A member welcoming something at a meeting is the meeting's business.
    assert classify("Councillor Bell welcomed the Government funding for the scheme.") == []


def test_a_campaign_to_the_public_is_media():
    # (the round's rules for budget negotiations, work with the parties, a "major" campaign and a
    # lede answering the Government were removed in the seventh round: each was one paper's wording)
    assert classify("We ran a major campaign to recruit foster carers.") == ["media"]


def test_a_mild_word_in_the_passive_is_not_the_bodys_lobbying():
    assert classify("The value of the partnerships to ministers is highlighted in a new report.") == []
    assert classify("We highlighted the cost of the reforms to ministers in March.") == ["lobbying"]


# -- partnership -----------------------------------------------------------------------------------


def test_officers_involved_in_developing_a_plan_with_partners_is_partnership():
    assert classify("Officers and members have been closely involved in developing the Community Plan.") == [
        "partnership"
    ]
    assert classify("Officers will be involved in developing the new plan.") == []


# -- the meeting's business and a plan's contents --------------------------------------------------


def test_a_named_officer_with_the_post_after_the_name_introducing_the_report_is_business():
    text = "Ann Lee, Community Safety & Licensing Manager, introduced the report and highlighted the cut in Government grant."
    assert classify(text) == []


def test_some_members_giving_views_is_business():
    assert (
        classify(
            "Some members thought the principles should be more positive, welcoming the need for reform."
        )
        == []
    )
    assert classify("Several councillors felt the consultation proposals went too far.") == []


def test_what_a_plan_describes_is_its_content_not_work():
    assert (
        classify("The draft plan also describes the joint working with the Police and Crime Commissioner.")
        == []
    )
    # A deed it reports in the past is still work.
    assert classify("Our plan follows a review of our stations, carried out over the last year.") == [
        "research"
    ]


# -- second set: duties, dates of the body's own deeds, review groups, meetings, funds ---------------


def test_a_duty_is_not_work_done():
    assert classify("Each commissioner must produce an annual report on the police and crime plan.") == []
    assert classify("The Panel is required to publish a report on the precept.") == []
    assert classify("We produced an annual report on the plan.") == ["publication"]


def test_a_plan_due_to_end_dates_the_plan_not_the_work():
    from boardwork.papers.extract.dates import Cycle, resolve_date

    cycle = Cycle(2021, 4)
    text = "As our strategy was due to end in March 2022, we began consultation on a new one in July 2021."
    assert resolve_date(text, cycle) == "2021-07"


def test_a_date_in_a_clause_without_its_own_subject_is_the_authors_when_the_sentence_opens_with_it():
    from boardwork.papers.extract.dates import Cycle, resolve_date

    cycle = Cycle(2018, 4)
    words = ("Borders Local Government Association", "BLGA")
    assert resolve_date(
        "BLGA commissioned research on rural bus services, published in June 2018.", cycle, words
    ) == ("2018-06")
    assert resolve_date(
        "During the year the Association set its plan, which it launched in May 2018.", cycle, words
    ) == ("2018-05")
    # Another body's publishing is still not the work's date.
    assert resolve_date("We responded to the review, published by Defra in May 2018.", cycle, words) is None


def test_the_bodys_review_group_finishing_its_report_is_research():
    assert classify("In March the task and finish group completed its final report.") == ["research"]
    assert classify("The task and finish group will complete its report in the autumn.") == []


def test_a_meeting_the_chair_attended_with_a_named_body_is_partnership():
    assert classify("The Chair had attended a meeting for staff with the Home Office on the merger.") == [
        "partnership"
    ]
    assert classify("Meetings she had recently attended with the Fire Commission and legal officers.") == [
        "partnership"
    ]


def test_welcoming_a_commitment_made_today_is_lobbying():
    text = 'Councillor Jo Bell said: "I welcome today\'s commitment to a tourist levy for councils."'
    assert "lobbying" in classify(text)


def test_a_grant_fund_kept_going_and_a_service_commissioned_are_support():
    assert classify("I was pleased to continue the Safer Towns Fund, which gave grants to 40 groups.") == [
        "support"
    ]
    assert classify("This year I commissioned a new advocacy service for young victims.") == ["support"]
    assert classify("We commissioned a review of the grants.") == ["research"]


# -- third set: press statements and proposals ----------------------------------------------------


def test_a_document_released_is_a_publication():
    assert classify("In response to the budget, we released our 'Rural Reality' document this evening.") == [
        "publication"
    ]


def test_a_bodys_public_reaction_is_media_and_what_needs_doing_is_not_done():
    assert classify("After its board met today, BLGA said it was deeply disappointed by the settlement.") == [
        "media"
    ]
    assert (
        classify("Leaders agreed that we need to raise our concerns with ministers at the highest level.")
        == []
    )


def _news(title: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title=title), blocks=[Heading(text=title, level=1)] + [Paragraph(text=t) for t in paras]
    )


def test_who_is_quoted_wrote_a_headline_about_another_bodys_deed():
    paper = _news(
        "Welsh Government fails to answer councils' call on pay",
        "The Welsh Government has not answered the call made by councils.",
        "Speaking today, the Welsh Local Government Association's Finance Spokesperson Councillor Jo Bell said: "
        '"We wrote to the Welsh Government in May about pay."',
    )
    got = extract(paper)
    # The association is the author: not an organisation of its own statement; the Government is.
    orgs = {o for a in got["activities"] for o in a["organisations"]}
    assert "Welsh Local Government Association" not in orgs and "Welsh Government" in orgs
    # Its own headline keeps the body named in it as the author.
    own = _news("WLGA welcomes pay deal", "The WLGA welcomed the Welsh Government's pay deal in May 2021.")
    assert "Welsh Local Government Association" not in {
        o for a in extract(own)["activities"] for o in a["organisations"]
    }


def test_items_under_a_lead_naming_proposals_are_plans_not_deeds():
    paper = Paper(
        meta=Meta(title="Fire reform", body="Fire Services Management Committee"),
        blocks=[
            Heading(text="Fire reform", level=1),
            Paragraph(
                text="The Home Office officials set out the reforms. The proposals came under two headings:"
            ),
            ListItem(text="People: carrying out a review of the pay structure.", depth=1),
            ListItem(
                text="Governance: introducing operational independence for chief fire officers.", depth=1
            ),
        ],
    )
    assert extract(paper)["activities"] == []


# -- fourth set: partnership and lobbying read too widely -------------------------------------------


def test_a_role_stated_is_not_partnership_work():
    assert classify("Councils have a vital role in engaging with tenants on fire safety.") == []
    assert classify("In May we engaged with tenants' groups on fire safety.") == ["partnership"]


def test_engagement_with_a_minister_is_lobbying_not_partnership():
    text = "The Chair gave an update, including her meetings and engagement with the Minister, Jo Bell MP."
    assert classify(text) == ["lobbying"]


def test_a_campaigns_aim_named_in_passing_is_not_lobbying():
    assert classify("The budget does not meet our campaign aim of helping communities to thrive.") == []
    assert classify("Our campaign for fair funding won cross-party support in 2019.") == ["lobbying"]
