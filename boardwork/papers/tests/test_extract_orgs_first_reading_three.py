"""Organisations at first reading, a third round: a known name written with "&" for "and", a
minister's portfolio, two names joined by "and" that each hold an "and", a short form that spells a
name but for its place, a centre visited, a minister's statement as its government's, and a report
as the body's its cover says commissioned it. Wording invented for the tests, not any corpus
paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def names(text: str) -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    return [o.name for o in po.find(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Officers wrote to the Ministry of Housing, Communities & Local Government about the grant.",
            ["Ministry of Housing, Communities and Local Government"],
        ),
        (
            "We pressed the Ministry of Housing, Communities & Local Government (MHCLG) for a hub. MHCLG "
            "agreed in March.",
            ["Ministry of Housing, Communities and Local Government"] * 3,
        ),
        # (guard: the name as the gazetteer writes it is read as before)
        (
            "Officers wrote to the Department for Digital, Culture, Media and Sport about the grant.",
            ["Department for Digital, Culture, Media and Sport"],
        ),
    ],
)
def test_a_known_name_with_ampersand_or_and(text, found):
    assert names(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "I am working with the Deputy Minister for Social Services on the new Bill.",
        "The panel met the Minister for Youth Services to discuss the plan.",
    ],
)
def test_a_ministers_portfolio_is_no_body(text):
    assert names(text) == []


def test_a_body_worked_with_by_its_name_is_still_read():
    # (guard: the portfolio rule looks at a minister's post only)
    assert names("We are working with Westmoor Youth Services on the new plan.") == [
        "Westmoor Youth Services"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Staff from Westmoor Health and Social Care Partnership and Eastby Alcohol and Drug Partnership "
            "attended.",
            ["Westmoor Health and Social Care Partnership", "Eastby Alcohol and Drug Partnership"],
        ),
        (
            "We worked with Northby Drug and Alcohol Team and Southam Crime and Disorder Partnership on it.",
            ["Northby Drug and Alcohol Team", "Southam Crime and Disorder Partnership"],
        ),
        (
            "The Westmoor Safeguarding Adults Board and Eastby Children and Families Trust agreed.",
            ["Westmoor Safeguarding Adults Board", "Eastby Children and Families Trust"],
        ),
    ],
)
def test_two_names_each_with_an_and(text, found):
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # (guards: an "and" of the name's own, and two names the older rule split)
        (
            "The Westmoor Police and Crime Commissioner agreed the plan.",
            ["Westmoor Police and Crime Commissioner"],
        ),
        (
            "Northby District Council and Westmoor Fire and Rescue Service agreed.",
            ["Northby District Council", "Westmoor Fire and Rescue Service"],
        ),
    ],
)
def test_names_the_and_split_leaves_as_they_were(text, found):
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "We met the Office of the Westmoor Police and Crime Commissioner (OPCC). The OPCC funded the post.",
            "Office of the Westmoor Police and Crime Commissioner",
        ),
        (
            "We met the Office of the Police and Crime Commissioner for Westmoor (OPCC). The OPCC funded the "
            "post.",
            "Office of the Police and Crime Commissioner for Westmoor",
        ),
    ],
)
def test_a_short_form_spelling_a_name_but_for_its_place(text, name):
    assert names(text) == [name] * 3


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a short form of a thing, with or without a place, is still no body)
        "Reports of Northby Anti-Social Behaviour (ASB) fell. ASB was a priority.",
        "The Westmoor Violence Against Women and Girls (VAWG) Strategy was agreed. VAWG is a priority.",
    ],
)
def test_a_short_form_of_a_thing_is_no_body(text):
    assert names(text) == []


def test_a_centre_visited_is_a_place():
    assert names("Members made a visit to the Eastby Area Control Centre in May.") == []


def test_a_centre_worked_with_is_a_body():
    # (guard)
    assert names("We worked with the Eastby Law Centre on the advice line.") == ["Eastby Law Centre"]


MINISTERS_STATEMENT = (
    "Jo Bloggs, Minister for Communities and Local Services\n\n"
    "I wish to update Members on our programme. The Welsh Government, working with the four police "
    "forces, has recruited 300 community support officers. We published a consultation in the autumn "
    "with the Youth Justice Board."
)


def test_a_ministers_statement_is_its_governments():
    po = learn_paper_orgs(MINISTERS_STATEMENT, default_gazetteer(), None, None)
    assert po.authors == {"Welsh Government"}


@pytest.mark.parametrize(
    "text",
    [
        # (guards: two governments named, and a page opening on a chair, not a minister)
        "Jo Bloggs, Minister for Communities\n\nThe Welsh Government and the Scottish Government agreed a "
        "plan.",
        "Jo Bloggs, Chair of the Panel\n\nThe panel wrote to the Welsh Government. The Welsh Government "
        "replied.",
    ],
)
def test_no_government_is_taken_for_the_author(text):
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    assert po.authors == set()


def test_a_report_commissioned_by_a_body_on_its_cover_is_that_bodys():
    text = (
        "Public perceptions of fire safety 2021\n\nResearch commissioned by the Westshire Fire Authority\n\n"
        "Summary\n\nThe authority commissioned Eastby Research Limited to carry out a survey of 2,000 homes."
    )
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    assert po.authors == {"Westshire Fire Authority"}


def test_research_commissioned_by_a_body_told_in_a_paragraph_is_not_its_cover():
    # (guard: the body is named in a sentence that goes on, not on a cover line of its own)
    text = (
        "Summary\n\nResearch commissioned by the Westshire Fire Authority found that 40% of homes had "
        "alarms.\n\nEastby Research Limited carried out the survey."
    )
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    assert po.authors == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A body named for the reviews or the inquiry it carries out.
        (
            "The study was carried out for the Child Safeguarding Practice Review Panel and published in May.",
            ["Child Safeguarding Practice Review Panel"],
        ),
        (
            "Westshire Domestic Homicide Review Panel met four times.",
            ["Westshire Domestic Homicide Review Panel"],
        ),
        # (guards: a document's title that holds a body's headword is no body)
        ("The Annual Report of the Fire Authority was noted.", []),
        ("The Eastby Review Board Report was published in June.", []),
        ("The Safer Streets Strategy Group met in May.", []),
    ],
)
def test_a_body_named_for_its_reviews(text, found):
    assert names(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A body described by how it is made up and set up is no body named.
        ("A multi-agency Problem Solving Group was formed to tackle the dumping.", []),
        ("In May a joint Tasking Group was set up to plan the patrols.", []),
        # (guards: a body named after "a" with a noun after it, and a body named after a grant)
        ("A multi-agency Problem Solving Group meeting was held in May.", ["Problem Solving Group"]),
        ("We secured a grant from Eastby Community Trust.", ["Eastby Community Trust"]),
    ],
)
def test_a_body_described_as_set_up(text, found):
    assert names(text) == found
