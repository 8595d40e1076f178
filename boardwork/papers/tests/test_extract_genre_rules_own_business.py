"""Genre rules of the precision round on a body's own business (issue #15, tests/data/real/NOTES.md
370-384): a meeting's own proceedings, standing statements and a partner agency's own deeds report
no work of the author's, and the trained model adds no unit made only of them; a letter to an MP
or a minister is lobbying once it is written or sent, not while it is resolved on. Each case is
written here for the genre (council, parish, panel and partnership minutes), not taken from a paper."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify, item_kinds, others_or_proceedings, partner_update
from boardwork.papers.extract.pipeline import select
from boardwork.papers.extraction import ActivityFound

PARISH = ("Anyvale Parish Council",)
CSP = ("Anyshire Community Safety Partnership",)
PANEL = ("Anyshire Police and Crime Panel",)

# -- the meeting's own proceedings ----------------------------------------------------------------------


def test_papers_circulated_presented_or_discussed_at_the_meeting_are_its_business():
    assert classify("Two reports were circulated before the meeting.") == []
    assert classify("The draft Terms of Reference were presented and discussed.") == []
    assert classify("The quarterly performance report was presented to the Board by the analyst.") == []


def test_a_guest_welcomed_to_the_meeting_is_its_business():
    assert (
        classify(
            "The Chairman welcomed Mr Jones of the Fire Service to the meeting and asked him to present "
            "the campaign he had run."
        )
        == []
    )


def test_partners_giving_their_updates_is_the_meetings_business():
    assert (
        classify("Partners reported on their work with the Youth Offending Service.", author_words=CSP) == []
    )
    assert classify("Partner agencies gave verbal updates on the summer operation.", author_words=CSP) == []


def test_a_leaflet_circulated_to_the_public_is_still_work():
    assert classify("The leaflet was circulated to 5,000 households in May.") == ["publication"]


# -- standing statements ---------------------------------------------------------------------------------


def test_standing_statements_report_no_work():
    assert (
        classify("The Board had provided the governance framework for the Drug and Alcohol Action Team.")
        == []
    )
    assert classify("Any equality impact assessments carried out will be published on the website.") == []
    assert item_kinds("Any equality impact assessments carried out will be published on the website.") == []
    assert classify("Part 2 contains our assessment of the risks the county faces.") == []
    assert classify("Over the year we have scaled up our research, lobbying and communications.") == []
    assert classify("The Council is represented on the Safer Neighbourhood Board by Cllr Smith.") == []


def test_a_deed_beside_a_standing_statement_is_still_work():
    assert classify("We stepped up our lobbying of ministers before the Budget.") == ["lobbying"]
    assert item_kinds("equality impact assessments of the new policy") == ["research"]


# -- a partner agency's own deed ---------------------------------------------------------------------------


def test_a_partner_agencys_deed_in_another_bodys_paper_is_not_the_authors():
    assert classify("The police have launched a campaign against rural crime.", author_words=PARISH) == []
    assert classify("The Fire and Rescue Service ran a water safety campaign in May.", author_words=CSP) == []
    assert (
        classify("Probation colleagues had worked with the Council on housing offenders.", author_words=CSP)
        == []
    )
    assert (
        classify("The Commissioner had spoken at the victims' conference in May.", author_words=PANEL) == []
    )


def test_the_agencys_own_paper_or_an_unknown_author_keeps_the_deed():
    campaign = "The Fire and Rescue Service ran a water safety campaign in May."
    assert classify(campaign, author_words=("Anyshire Fire and Rescue Authority",)) == ["media"]
    assert classify(campaign) == ["media"]
    spoke = "The Commissioner had spoken at the victims' conference in May."
    assert classify(spoke, author_words=("Anyshire Police and Crime Commissioner",)) == ["event"]
    # (a panel named without its area is most often the body a commissioner's paper is put to)
    assert classify(spoke, author_words=("Police and Crime Panel",)) == ["event"]


def test_the_authors_own_deed_with_an_agency_is_still_work():
    assert classify(
        "In March the Partnership worked with the police on a knife amnesty.", author_words=CSP
    ) == ["partnership"]


def test_the_model_adds_no_unit_of_another_agencys_deed_or_the_meetings_papers():
    assert others_or_proceedings("The police have launched a campaign. Two reports were circulated.", PARISH)
    assert not others_or_proceedings(
        "The police have launched a campaign. We ran a stall at the fair.", PARISH
    )

    def unit(text: str) -> Any:
        guess = ActivityFound(None, None, ["support"], None, [], [], [], [], text)
        view = SimpleNamespace(text=text, author_words=PARISH)
        return SimpleNamespace(
            rule=None,
            probability=0.9,
            section_index=0,
            view=view,
            guess=lambda: guess,
            told_on=None,
            comments_on=None,
        )

    partner = unit("The police have launched a campaign against rural crime.")
    own = unit("The Parish Council ran a stall at the summer fair.")
    chosen = select(cast(Any, [partner, own]), add_at=0.5, veto_below=None)
    assert [found.text for _, found in chosen] == [own.view.text]


# -- letters to an MP or a minister -------------------------------------------------------------------------


def test_a_letter_written_or_sent_to_an_mp_or_minister_is_lobbying():
    assert classify(
        "The Clerk had written to the MP as resolved at the last meeting.", author_words=PARISH
    ) == ["lobbying"]
    assert classify(
        "A letter has been sent to the Home Secretary about police numbers.", author_words=PARISH
    ) == ["lobbying"]


def test_a_letter_resolved_on_asked_for_or_sent_by_another_is_not_lobbying():
    assert classify("Members asked the Clerk to write to the MP.", author_words=PARISH) == []
    assert classify("The Clerk will write to Jane Smith MP.", author_words=PARISH) == []
    assert classify("It was resolved that the Clerk write to the local MP.", author_words=PARISH) == []
    assert classify("A letter was sent to the Minister by the Commissioner.", author_words=PARISH) == []


# -- a partner agency's update to the meeting ----------------------------------------------------------------


def _csp_minutes(*paras: str) -> list[tuple[list[str], str]]:
    title = "Minutes of the Community Safety Partnership meeting held on 3 May 2022"
    blocks = [Heading(text=title, level=1)] + [Paragraph(text=t, number=None) for t in paras]
    paper = Paper(meta=Meta(title=title, body="Anyshire Community Safety Partnership"), blocks=blocks)
    return [(a["kinds"], a["text"]) for a in extract(paper, trained_model=True)["activities"]]


def test_a_partner_agencys_update_to_the_board_is_the_partners_business():
    assert partner_update(
        "Inspector Wood gave the police update. Officers had carried out joint patrols.", CSP
    )
    assert partner_update("The Fire and Rescue Service update was given by Station Manager Jones.", CSP)
    assert partner_update("The Youth Offending Service reported a fall in first-time entrants.", CSP)
    assert partner_update(
        "The Commissioner's representative reported that the PCC had launched a service.", CSP
    )
    found = _csp_minutes(
        "In March the Partnership held a workshop on knife crime with schools.",
        "Inspector Wood gave the police update. Officers had carried out joint patrols with the Council's "
        "wardens in the town centre.",
        "The Youth Offending Service reported a fall in first-time entrants. The service had worked with "
        "schools on a diversion programme.",
    )
    assert [kinds for kinds, _ in found] == [["event"]]


def test_the_authors_own_update_or_an_agencys_own_paper_is_not_a_partners_update():
    assert not partner_update("The Partnership manager gave the police update.", ("Partnership",))
    assert not partner_update("Inspector Wood gave the police update.", ("Anyshire Constabulary",))
    assert not partner_update("We gave the police update to the Board.", CSP)
    assert not partner_update("Inspector Wood gave the police update.", ())


# -- calls made in the debate and a motion's own words ---------------------------------------------------


def test_a_members_call_in_the_debate_or_a_motions_words_are_not_lobbying():
    council = ("Anyvale Borough Council",)
    assert (
        classify(
            "Councillor Smith called on the Government to fund more police officers.", author_words=council
        )
        == []
    )
    assert (
        classify("Members highlighted the need for more funding for rural policing.", author_words=council)
        == []
    )
    assert (
        classify(
            "This Council calls on the Government to reverse the cuts to policing.", author_words=council
        )
        == []
    )
    assert (
        classify("The motion called on the Government to increase police funding.", author_words=council)
        == []
    )


def test_leaders_calling_on_the_government_in_the_news_are_still_lobbying():
    assert classify(
        "Council leaders called on the Government to pause the plans for a national care service."
    ) == ["lobbying"]
    assert classify("The Chief Executive has written to the Home Secretary, as the motion asked.") == [
        "lobbying"
    ]
