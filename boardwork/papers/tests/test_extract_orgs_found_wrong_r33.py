"""Organisations found wrongly or missed (issue #15, round 33): a body a headline's verb reaches is
no letterhead; a national body named in prose with its nation is no vote for the paper's own body; a
directorate named by its owner's possessive is its owner; a service a body is contracted to deliver
is what it does; the services every council runs are no particular body; national bodies of the genre
the gazetteer now knows. Every sentence is invented for the tests, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.pipeline import letterhead
from boardwork.papers.readers._shared.meta import find_meta


def _names(text: str, author: str = "Northshire Community Safety Partnership") -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, author)
    return list(dict.fromkeys(c.name for c in po.find(text) if not c.internal))


def _activity_orgs(title: str, *paras: str) -> list[list[str]]:
    blocks = [Heading(text=title, level=1)]
    blocks += [Paragraph(text=t, number=str(k + 1)) for k, t in enumerate(paras)]
    got = extract(Paper(meta=Meta(title=title), blocks=blocks))
    return [a["organisations"] for a in got["activities"]]


def test_a_body_a_headlines_verb_reaches_through_a_preposition_is_not_the_letterhead():
    orgs = _activity_orgs(
        "Borough leaders press for fairer funding from Welsh Government ministers",
        "Eastby councillors met Welsh Government officials this week to make the case for a fairer"
        " settlement for the borough.",
    )
    assert orgs == [["Welsh Government"]]


def test_a_body_heading_the_title_is_still_the_letterhead():
    # guards: the body opening the headline, and a cover line whose words before "to" are all small
    for title in (
        "Welsh Government publishes its community safety statement",
        "Report of the Chief Officer to the Welsh Government",
    ):
        paper = Paper(meta=Meta(title=title), blocks=[Heading(text=title, level=1)])
        assert letterhead(paper, default_gazetteer()) == "Welsh Government"
    title = "Borough leaders press for fairer funding from Welsh Government ministers"
    paper = Paper(meta=Meta(title=title), blocks=[Heading(text=title, level=1)])
    assert letterhead(paper, default_gazetteer()) is None


def test_a_national_body_named_in_prose_with_its_nation_casts_no_vote_for_the_papers_body():
    lines = [
        "News and statements",
        "Eastby Association replies to Tenants Forum Wales",
        "The association has answered the points made by Tenants Forum Wales on housing repairs.",
    ]
    meta, _ = find_meta(lines)
    assert meta.body != "Tenants Forum"


def test_a_local_board_named_in_prose_still_votes():
    lines = [
        "News and statements",
        "The Eastby Safer Streets Board met in June.",
        "Members of the Eastby Safer Streets Board agreed the plan.",
    ]
    meta, _ = find_meta(lines)
    assert meta.body == "Eastby Safer Streets Board"


def test_a_directorate_named_by_its_owners_possessive_is_no_body_of_its_own():
    assert _names("The team worked with WSC's Development Directorate and the Eastby Trust on the data.") == [
        "Eastby Trust"
    ]
    assert _names("The team worked with the Home Office's Crime Department on the data.") == ["Home Office"]


def test_a_service_a_body_is_contracted_to_deliver_is_what_it_does():
    assert _names("The charity is contracted to deliver the county's Independent Advocacy Service.") == []
    assert _names("Eastby Trust runs the Westshire Mediation Service for the council.") == ["Eastby Trust"]


def test_a_service_that_delivered_the_work_is_still_a_body():
    assert _names("The sessions were delivered by the Eastby Mediation Service in May.") == [
        "Eastby Mediation Service"
    ]


def test_the_services_every_council_runs_are_no_particular_body():
    assert (
        _names("The team worked with Public Health and the Fostering & Adoption Service on the plan.") == []
    )
    assert _names("Officers briefed the Independent Advisory Group on the operation.") == []
    # guard: a nation's public health body is one
    assert _names("Officers briefed Public Health Wales on the operation.") == ["Public Health Wales"]


def test_national_bodies_of_the_genre_are_known():
    assert _names("A self-assessment with the Improvement Service was completed in May.") == [
        "Improvement Service"
    ]
    assert _names("The city was chosen as the home of the Great British Railways headquarters.") == [
        "Great British Railways"
    ]
    assert _names("The association answered the comments made by Care Forum Wales.") == ["Care Forum Wales"]
