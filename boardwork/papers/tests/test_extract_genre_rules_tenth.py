"""Genre rules of the tenth round (issue #15), from the errors of the development papers of batch 33
and before: a list's last body after ", and", a member's view given at the meeting, an evaluation
reported by its outcome, a pilot run to test something, and people described by the partnership work
they take part in. Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify


def _orgs(text: str) -> list[str]:
    paper = Paper(meta=Meta(title="Partnership update"), blocks=[Paragraph(text)])
    return [o["name"] for o in extract(paper)["organisations"]]


# -- names ---------------------------------------------------------------------------------------------


def test_a_lists_comma_and_and_split_two_bodies():
    names = _orgs(
        "In March 2019 the Partnership signed a data-sharing agreement with Northshire Constabulary, "
        "the Office of the Police & Crime Commissioner, and Northshire Fire & Rescue Service."
    )
    assert "Office of the Police & Crime Commissioner" in names
    assert "Northshire Fire & Rescue Service" in names
    assert not any(", and" in n for n in names)


def test_and_inside_one_bodys_name_still_holds_it_together():
    names = _orgs(
        "In May 2019 officers met the Office of the Police and Crime Commissioner to plan the fund."
    )
    assert "Office of the Police and Crime Commissioner" in names


# -- the meeting's business ------------------------------------------------------------------------------


def test_a_councillor_named_giving_a_view_is_the_meetings_business():
    assert classify("Councillor Jane Doe praised the effectiveness of the multi-agency approach.") == []
    assert classify("Cllr Sam Roe welcomed the joint working with the fire service.") == []
    # A councillor doing something for the body is still work.
    assert "partnership" in classify(
        "Councillor Jane Doe represented the Council on the county safety board in 2019."
    )


# -- research --------------------------------------------------------------------------------------------


def test_an_evaluation_reported_by_its_outcome_is_research():
    text = (
        "Members were told of the progress of the youth project and the outcome of the interim evaluation "
        "of the project."
    )
    assert classify(text) == ["research"]
    # A review's findings are as often another body's review: not read as the body's research.
    assert "research" not in classify("Members noted the findings of the national review of fire safety.")


def test_a_pilot_run_to_test_something_is_research():
    text = (
        "Members were told that two partnerships had piloted the new evaluation toolkit while the mapping "
        "ran, to test how robust the mapping was."
    )
    assert classify(text) == ["research"]
    # A pilot without a test is not asked about here: it stays whatever else the sentence says.
    assert "research" not in classify("The scheme was piloted in two wards last spring.")


# -- partnership -----------------------------------------------------------------------------------------


def test_people_described_by_the_partnership_work_they_take_part_in_are_not_partnership_work():
    text = "In December 2008 the project team met service heads and lead officers involved in partnership working."
    assert "partnership" not in classify(text)
    # The body itself involved in it, in the past, is work done.
    assert "partnership" in classify(
        "In 2019 the Council was involved in partnership working with the police."
    )


def test_praise_given_by_the_meeting_is_its_view_not_work():
    text = (
        "The Panel commended the Commissioner for the report's emphasis on partnership working and lobbying."
    )
    assert classify(text) == []
    text = "Members were advised that most of the plan's proposals were complete and had been lobbied for."
    assert classify(text) == []
    # The panel doing something itself, dated, is still work.
    assert "research" in classify("In May 2019 the Panel carried out a survey of residents.")


def test_a_committees_own_meeting_is_its_business():
    # The paper is the committee's own: its meeting, dated, read as the author's deed before the rule.
    paper = Paper(
        meta=Meta(title="Reports from the Overview Committee", body="Overview Committee"),
        blocks=[Paragraph("The Overview Committee met on 14 October 2025 and reviewed these items:")],
    )
    assert extract(paper)["activities"] == []
    # A partnership's board meeting partners is the partnership's work.
    assert "partnership" in classify(
        "In May 2019 the Partnership met the county's health partners to agree a joint plan."
    )


def test_a_process_reviewed_in_the_passive_is_research_whatever_body_names_it():
    # The acronym modifies the process reviewed; it is not the subject that did the review.
    text = (
        "The process for allocating CSP funding was last reviewed in 2022/23, when bids replaced allocations."
    )
    assert "research" in classify(text)
    # A review done by another body, named after "by", is still that body's.
    assert "research" not in classify("The process was reviewed by the Home Office in 2022.")


def test_a_plan_drawn_from_analysis_and_a_public_consultation_reports_research():
    text = (
        "The new plan was drawn up through an evidence-based process, drawing on analysis of partnership "
        "crime data and on a public consultation with residents."
    )
    assert "research" in classify(text)
    # A plan said to draw on nothing asked or analysed is not research.
    assert "research" not in classify("The new plan was drawn up with partners, drawing on their experience.")


def test_what_a_report_stated_and_who_wrote_it_are_the_meetings_business():
    text = (
        "The report of the Director of Communities (Housing), with a presentation, described the "
        "partnership's joint work with the police in 2016."
    )
    assert classify(text) == []
    assert classify("The Annual Report stated that the fund had been published and promoted widely.") == []
    # The partnership's joint work reported in its own sentence is still work.
    assert "partnership" in classify("In 2016 the Partnership worked jointly with the police on knife crime.")


def test_questions_views_and_decisions_at_the_meeting_are_its_business():
    assert (
        classify(
            "Asked how the Partnership keeps its governance sound, officers confirmed it is published online."
        )
        == []
    )
    assert (
        classify("Officers supported the proposal that the Panel look at parts of the plan to support.") == []
    )
    assert classify("The Chairman was concerned that the annual report had been circulated late.") == []
    assert (
        classify("In February 2020, the Panel supported the Commissioner's proposed increase in the precept.")
        == []
    )
    # Officers doing the work, and the panel's own dated deed after a date, are work.
    assert "support" in classify("In February 2020 officers gave bespoke support to three parish councils.")
    assert "research" in classify("In February 2020, the Panel carried out a survey of residents.")
