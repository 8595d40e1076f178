"""Genre rules of the twenty-fifth round (issue #15, tests/data/real/NOTES.md 580-589): a body's own
work told inside a meeting's business or a decision — funding its officers report secured for its
project, grants a decision awards to others, an association's engagement with Parliament and its
meetings with a named body told in its chair's reported speech — with the guards: a partner's officer
telling the partner's work, the meeting's own business, plans and proposals. Each case is written
here for the genre (scrutiny minutes, decision notices, an association's board minutes), not taken
from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify

CSP = ("Anyshire Community Safety Partnership", "CSP")
ASSOC = ("Northern Councils Association", "NCA")

# -- funding secured, told in an officer's reported speech ---------------------------------------------


def test_funding_an_officer_reports_secured_for_the_bodys_project_is_help():
    assert classify(
        "Officers informed the committee that they had secured £150k funding from the Commissioner "
        "towards a youth diversion project, running until March 2026.",
        author_words=CSP,
    ) == ["support"]
    assert classify(
        "The Community Safety Manager reported that the Partnership had secured £40,000 of Home Office "
        "funding for a scheme in the town centre.",
        author_words=CSP,
    ) == ["support"]


def test_funding_bid_for_or_to_be_secured_is_no_deed():
    assert (
        classify(
            "Officers informed the committee that they would bid for £150k funding towards a youth project.",
            author_words=CSP,
        )
        == []
    )
    assert (
        classify(
            "Officers informed the committee that they hoped to secure £150k funding towards a youth project.",
            author_words=CSP,
        )
        == []
    )


def test_funding_a_partners_officer_reports_the_partner_secured_is_the_partners():
    assert (
        classify(
            "The Fire and Rescue Service explained that it had secured £60k funding towards a water safety "
            "project.",
            author_words=CSP,
        )
        == []
    )


# -- grants awarded in a decision ----------------------------------------------------------------------


def test_grants_a_decision_awards_to_others_are_help():
    assert classify(
        "The 2024/25 community fund round has closed. The Commissioner has awarded a total of £310,000 "
        "to 42 community projects across the county."
    ) == ["support"]
    assert classify(
        "The Authority has approved grants totalling £80,000 to twelve voluntary groups.", author_words=CSP
    ) == ["support"]


def test_grants_proposed_or_told_in_another_speakers_account_are_not_read():
    assert classify("It is proposed that the Commissioner will award £310,000 to community projects.") == []
    # (told at a panel's meeting, in the pluperfect, by a speaker who may be another body)
    assert (
        classify(
            "The Commissioner introduced the report. She told the Panel that she had allocated £200K to "
            "local projects."
        )
        == []
    )


# -- an association's engagement and meetings told in its chair's reported speech ------------------------


def test_engagement_with_parliament_told_in_the_chairs_speech_is_lobbying():
    assert classify(
        "The Chair closed the item by mentioning the engagement the NCA had had with the All Party "
        "Parliamentary Group on rural services.",
        author_words=ASSOC,
    ) == ["lobbying"]


def test_meetings_with_a_named_body_told_in_reported_speech_are_partnership():
    assert classify(
        "The Chair reminded members that there had been meetings with the Local Government Boundary "
        "Commission and with the Rural Services Network.",
        author_words=ASSOC,
    ) == ["partnership"]


def test_meetings_to_come_or_a_partners_update_are_not_the_bodys_work():
    assert (
        classify(
            "The Chair said that there would be meetings with the Rural Services Network in the spring.",
            author_words=ASSOC,
        )
        == []
    )
    assert (
        classify(
            "The Police explained that there had been meetings with the Home Office on the new powers.",
            author_words=CSP,
        )
        == []
    )


# -- the meeting's own business: what it is asked to do ----------------------------------------------------


def _scrutiny_minutes(*paras: str) -> list[tuple[list[str], str]]:
    title = "Minutes of the Joint Scrutiny Committee held on 12 October 2023"
    blocks = [Heading(text=title, level=1)] + [Paragraph(text=t, number=None) for t in paras]
    paper = Paper(meta=Meta(title=title, body="Anyshire Community Safety Partnership"), blocks=blocks)
    return [(a["kinds"], a["text"]) for a in extract(paper)["activities"]]


def test_what_the_committee_is_asked_to_do_is_not_work_and_the_officers_report_is():
    found = _scrutiny_minutes(
        "Joint scrutiny committee is asked (a) to note the progress the Anyshire Community Safety "
        "Partnership made in 2022-23 in delivering its plan in partnership with the police.",
        "Officers informed the committee that they had secured £90k funding from the Commissioner "
        "towards a rural crime project with the neighbouring council.",
    )
    assert [kinds for kinds, _ in found] == [["support"]]
    assert found[0][1].startswith("Officers informed")


# -- a decision notice's summary: no theme ----------------------------------------------------------------


def test_a_decision_notices_summary_is_no_theme():
    title = "Decision 2024-017 Community Safety Grants 2024/25"
    blocks = [
        Heading(text=title, level=1),
        Heading(text="Decision summary", level=2),
        Paragraph(
            text="The Commissioner has awarded a total of £120,000 to 30 community projects in the county.",
            number=None,
        ),
    ]
    got = extract(Paper(meta=Meta(title=title, body=None), blocks=blocks))
    assert [a["kinds"] for a in got["activities"]] == [["support"]]
    assert got["themes"] == []
    assert got["activities"][0]["theme"] is None


# -- an achievement told as a noun phrase in a list of the year's achievements ------------------------------


def _annual_report(*paras: str) -> list[tuple[list[str], str]]:
    title = "Anyshire Public Services Board Annual Report 2023/24"
    blocks = [Heading(text=title, level=1)] + [Paragraph(text=t, number=None) for t in paras]
    paper = Paper(meta=Meta(title=title, body="Anyshire Public Services Board"), blocks=blocks)
    return [(a["kinds"], a["text"]) for a in extract(paper)["activities"]]


def test_an_achievement_told_as_a_noun_phrase_under_the_years_achievements_is_work():
    found = _annual_report(
        "The key achievements during the year included:",
        "Strengthen our joint working:",
        "The introduction of quarterly networking meetings for all partners; there was also a review of "
        "the Board's membership.",
    )
    assert [kinds for kinds, _ in found] == [["partnership", "research"]]


def test_a_noun_phrase_without_an_achievements_lead_or_a_plan_is_not_work():
    assert (
        _annual_report(
            "Our priorities for next year are:",
            "The introduction of quarterly networking meetings for all partners.",
        )
        == []
    )
    assert _annual_report("The introduction of quarterly networking meetings for all partners.") == []
