"""Organisations and people at first reading, a second round: people named by their post before the
name, a person named in full then by title and surname, a company named with its legal form, and a
company or a club by its headword. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.people import find_people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Members of the partnership met the minister responsible for policing, Sam Ortega, to press for "
            "more officers.",
            ["Sam Ortega"],
        ),
        (
            "The county's Police and Crime Commissioner, Rhian Pugh said the fund would reopen.",
            ["Rhian Pugh"],
        ),
        ("The council's cabinet member for community safety, Jo Fenwick, opened the hub.", ["Jo Fenwick"]),
        ("Eastshire's Chief Constable, Al Brennan, welcomed the report.", ["Al Brennan"]),
        ("The Home Secretary, Dana Whitlow, visited the unit in May.", ["Dana Whitlow"]),
        (
            "The cabinet member responsible for safer streets, Councillor Ed Marsh, launched the scheme.",
            ["Cllr Ed Marsh"],
        ),
    ],
)
def test_a_post_before_its_holders_name(text, people):
    assert find_people(text, [])[0] == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # (guards: a post's portfolio listed after the comma is no one's name)
        ("The Lead Member for Housing, Public Protection and Safer Communities introduced the report.", []),
        ("The Chief Fire Officer, Northby and Southby Fire and Rescue Service, presented the plan.", []),
        # (a name the older patterns read is read once)
        ("Sam Ortega, the Chief Constable, said the plan was ready.", ["Sam Ortega"]),
    ],
)
def test_what_is_not_a_post_holder(text, people):
    assert find_people(text, [])[0] == people


def test_a_person_named_in_full_then_by_title_and_surname_is_named_once():
    text = (
        "Ron Brae, the Police and Crime Commissioner for Westmoor, held a seminar for partners. Tackling "
        "abuse is one of the priorities Mr Brae set out in his plan."
    )
    assert find_people(text, [])[0] == ["Ron Brae"]


def test_two_people_of_one_surname_by_title_alone_are_both_named():
    # (a guard: no full name on the page to tie either to)
    assert find_people("Mr Brae met Mrs Brae at the hub.", [])[0] == ["Mr Brae", "Mrs Brae"]


def _orgs(text: str) -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    return [c.name for c in po.find(text)]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "A grant of £5,000 went to Women's Aid Westshire Ltd for an advocate.",
            ["Women's Aid Westshire Ltd"],
        ),
        (
            "The grants went to Bright Futures CIC and Hopewell Training Limited.",
            ["Bright Futures CIC", "Hopewell Training Limited"],
        ),
        (
            "The board heard from Northby Community Rehabilitation Company on reoffending.",
            ["Northby Community Rehabilitation Company"],
        ),
        ("Coaches from Eastfield Boxing Club ran the sessions.", ["Eastfield Boxing Club"]),
    ],
)
def test_a_company_or_a_club_is_a_body(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a company or a club named by its headword alone, or in lower case, is no body's name)
        "The Company said the work was done.",
        "Young people at the youth club ran a survey.",
        "Members agreed the Ltd figures.",
    ],
)
def test_what_is_not_a_company_or_a_club(text):
    assert _orgs(text) == []


def test_a_legal_form_does_not_take_in_the_name_before_and():
    assert _orgs("The minister and Northby Energy Ltd signed the agreement.") == ["Northby Energy Ltd"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "The plan was agreed with Northby Police, Northby District Council and Westshire Fire and Rescue "
            "Service.",
            ["Northby Police", "Northby District Council", "Westshire Fire and Rescue Service"],
        ),
        (
            "The Westshire Police and Crime Panel and Westshire Fire and Rescue Authority met.",
            ["Westshire Police and Crime Panel", "Westshire Fire and Rescue Authority"],
        ),
    ],
)
def test_and_between_two_names_not_inside_the_second(text, orgs):
    assert _orgs(text) == orgs


def test_a_name_with_its_own_and_stays_whole():
    # (a guard)
    assert _orgs("Northby Police and Crime Panel met in May.") == ["Northby Police and Crime Panel"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The Heritage, Tourism and Sport Board met in June.", ["Heritage, Tourism and Sport Board"]),
        (
            "Staff from Northby, Eastby and Westby Community Rehabilitation Company attended.",
            ["Northby, Eastby and Westby Community Rehabilitation Company"],
        ),
    ],
)
def test_a_list_inside_a_bodys_own_name(text, orgs):
    assert _orgs(text) == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # (guards: a person, or another body's short form, set off before the body's name)
        (
            "Jo Bloggs, Westshire Police and Crime Commissioner, said the plan was ready.",
            ["Westshire Police and Crime Commissioner"],
        ),
        (
            "Funding from the WCP, Northby and Southby Youth Trust ran the club.",
            ["Northby and Southby Youth Trust"],
        ),
    ],
)
def test_what_is_set_off_before_a_bodys_name(text, orgs):
    assert _orgs(text) == orgs


def test_a_post_for_a_named_body_is_not_part_of_its_name():
    text = "Jo Bloggs, Team Manager for the Northby Youth Offending Service, gave a briefing."
    assert _orgs(text) == ["Northby Youth Offending Service"]


def test_a_post_for_a_portfolio_names_no_department_as_a_body():
    # (a guard: the services a director is for are a portfolio, not a body read from the post)
    assert "Community Safety and Shared Services" not in _orgs(
        "The Director for Community Safety and Shared Services reported on the plan."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Serious complaints are referred to the Independent Office for Police Conduct.",
        "The Independent Office for Police Conduct published its findings.",
    ],
)
def test_a_known_name_after_the_is_not_hidden_by_a_shorter_one(text):
    # ("The Independent" is a newspaper the gazetteer knows.)
    assert _orgs(text) == ["Independent Office for Police Conduct"]


def test_the_shorter_known_name_alone_is_still_read():
    # (a guard)
    assert _orgs("An article in The Independent said so.") == ["The Independent"]
