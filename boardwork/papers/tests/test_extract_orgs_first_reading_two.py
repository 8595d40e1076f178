"""Organisations and people at first reading, a second round: people named by their post before the
name, and a person named in full then by title and surname. Wording invented for the tests, not any
corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.people import find_people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Members of the partnership met the minister responsible for policing, Sam Ortega, to press for "
            "more officers.",
            ["Sam Ortega"],
        ),
        ("The county's Police and Crime Commissioner, Rhian Pugh said the fund would reopen.", ["Rhian Pugh"]),
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
