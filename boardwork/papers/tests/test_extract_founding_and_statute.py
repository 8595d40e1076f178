"""A partnership founded at a meeting of its partners, and the bodies a statute made (issue #15,
tests/data/real/NOTES.md 1520-1529): "Partners met on 4 April to design and set up the … Community
Safety Partnership" is work done in partnership (the kinds' verbs read no deed in "met … to set up");
"Community Safety Partnerships were set up under the Crime and Disorder Act 1998" opening a paragraph
is what such a body is, as "The Crime and Disorder Act 1998 created …" is, and reports no work. A
meeting still to come, partners meeting about something else, and a body set up by the council or in a
given month (no statute named) are guards. Wording invented for the tests, in the genre of councils'
and partnerships' news and web pages, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.pipeline import not_work


def _page(title: str, *paras: str, body: str | None = None) -> Paper:
    return Paper(
        meta=Meta(title=title, body=body), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras]
    )


def _kinds(paper: Paper, trained_model: bool) -> list[list[str]]:
    return [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]


_FOUNDED = (
    "Partners met on 12 May to design and set up the Northmoor and Eastdale Community Safety Partnership. "
    "The new partnership will focus on prevention and early intervention."
)
# (the paragraph goes on to what such a partnership is for, in words the kinds read as a study)
_STATUTE = (
    "Community Safety Partnerships were set up under the Crime and Disorder Act 1998. Their purpose is to "
    "bring together all of the agencies in an area who can have an impact on crime and the fear of crime. In "
    "Eastdale the Eastdale Community Safety Partnership undertakes this role, co-ordinated by the District "
    "Council with the Police and the Fire and Rescue Service. One of its functions is to carry out an annual "
    "strategic assessment using evidence, consultation and analysis."
)


# -- a partnership founded at a meeting of its partners --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        _FOUNDED,
        "Agencies came together in June to form a new Eastdale Domestic Abuse Forum.",
        "Representatives of the council, the police and the health board met in March to establish the "
        "Northmoor Reducing Reoffending Board.",
        "Local agencies have come together to form a new Eastdale Community Safety Partnership.",
        "Partner agencies joined forces in 2022 to set up the Eastdale Serious Violence Network.",
    ],
)
def test_partners_meeting_to_set_up_a_partnership_is_partnership(text):
    assert "partnership" in classify(text, unknown_author=True)
    assert not_work(text) is None


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_news_page_of_a_partnership_founded_reads_it(trained_model):
    paper = _page("New partnership to keep Northmoor safe", _FOUNDED)
    assert _kinds(paper, trained_model) == [["partnership"]]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting still to come
        "Partners will meet in May to set up the Northmoor Community Safety Partnership.",
        "Partners are due to meet next month to set up the new forum.",
        # partners meeting about something else
        "Partners met on 4 April to discuss the draft plan.",
        "Partners have come together to agree the plan.",
    ],
)
def test_no_founding_meeting_reads_nothing(text):
    assert classify(text, unknown_author=True) == []


# -- the bodies a statute made ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        _STATUTE,
        "Police and Crime Panels are statutory bodies established by the Police Reform and Social "
        "Responsibility Act 2011.",
        "The Panel was established under section 28 of the Police Reform and Social Responsibility Act 2011.",
        "Community Safety Partnerships were set up under the 1998 Crime & Disorder Act.",
    ],
)
def test_bodies_a_statute_made_are_a_statute_described(text):
    assert not_work(text) == "a statute described"


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_page_opening_with_the_statute_reports_no_work(trained_model):
    paper = _page("About the partnership", _STATUTE, body="Eastdale Community Safety Partnership")
    assert _kinds(paper, trained_model) == []


@pytest.mark.parametrize(
    "text",
    [
        # set up by a body or at a time: no statute named, read as before
        "The Northmoor Partnership was set up by the Council in 2005 and has since run a youth diversion scheme.",
        "The Partnership was formed in April 2011, bringing together the two district partnerships that had "
        "been created under the Crime and Disorder Act 1998.",
        "The new hub was set up by the Council and Northmoor Police to help victims of domestic abuse.",
    ],
)
def test_a_body_set_up_by_others_or_at_a_time_is_no_statute(text):
    assert not_work(text) != "a statute described"


# -- a deed done through the body's own programme ----------------------------------------------------------

_THROUGH = "Through our youth diversion scheme we kept 150 young people out of the courts."


@pytest.mark.parametrize(
    "text",
    [
        _THROUGH,
        "Through our Restorative Practice programme we made more young offenders face their victims.",
        "Through our community safety fund, we reached 40 local groups.",
    ],
)
def test_a_deed_through_the_bodys_own_programme_is_support(text):
    assert classify(text, unknown_author=True) == ["support"]


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_numbered_report_of_the_year_reads_the_deed_done_through_its_programme(trained_model):
    title = "What we did with your money"
    paras = [
        ("1", "We funded 12 new Special Constables in rural areas."),
        ("2", _THROUGH),
        ("3", "Each year we ask every partnership how the money was spent."),
    ]
    paper = Paper(
        meta=Meta(title=title, body="Eastdale Police and Crime Commissioner"),
        blocks=[Heading(title, 1)] + [Paragraph(text=t, number=n) for n, t in paras],
    )
    found = extract(paper, trained_model=trained_model)["activities"]
    assert [(a["paragraph"], a["kinds"]) for a in found] == [("1", ["support"]), ("2", ["support"])]


@pytest.mark.parametrize(
    "text",
    [
        # still to come, an aim, and a present-tense description of what a fund is for
        "Through our new grants scheme we will support local groups.",
        "Through our grants programme we aimed to reduce crime.",
        "Through its community fund the Council supports local groups.",
    ],
)
def test_no_deed_through_a_programme_reads_nothing(text):
    assert classify(text, unknown_author=True) == []
