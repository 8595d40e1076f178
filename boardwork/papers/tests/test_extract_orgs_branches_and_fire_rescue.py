"""Organisations named as the genre names them without a known name's whole: a national charity's
local branch by the charity's name and its place ("Age UK Eastfield", "Westshire Victim Support"),
and a fire and rescue service by its place and "Fire and Rescue" without a headword of its own
("Northshire Fire & Rescue"), alone, in a list, or as the author's own name. Wording invented for the
tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def found(text: str, author: str | None = None) -> list[tuple[str, bool]]:
    po = learn_paper_orgs(text, default_gazetteer(), author, None)
    return [(o.name, o.internal) for o in po.find(text)]


def names(text: str) -> list[str]:
    return [n for n, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Partnership funded Age UK Eastfield to run befriending calls.", ["Age UK Eastfield"]),
        (
            "We worked with Citizens Advice Northshire and Victim Support Westshire on the leaflet.",
            ["Citizens Advice Northshire", "Victim Support Westshire"],
        ),
        (
            "Sessions were run with Eastfield Citizens Advice and Westshire Victim Support in May.",
            ["Eastfield Citizens Advice", "Westshire Victim Support"],
        ),
        ("The Age UK Northby team visited 30 homes.", ["Age UK Northby"]),
        (
            "Age UK Northshire, Victim Support and the Home Office attended.",
            ["Age UK Northshire", "Victim Support", "Home Office"],
        ),
        ("Referrals to Victim Support Eastfield (VSE) rose by a third.", ["Victim Support Eastfield"]),
    ],
)
def test_a_charitys_local_branch_is_named_with_its_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards: the national charity alone, and words after its name that are no place)
        ("We worked with Victim Support on the leaflet.", ["Victim Support"]),
        ("The Partnership promoted Victim Support Week in schools.", ["Victim Support"]),
        ("Calls to the Age UK Helpline rose in the winter.", ["Age UK"]),
        ("Supported Citizens Advice to open a second office.", ["Citizens Advice"]),
        ("In March Age UK ran a scams campaign.", ["Age UK"]),
        ("We thank Citizens Advice Chief Executive Jo Bloggs for her talk.", ["Citizens Advice"]),
        # (a body of another kind keeps its known name: "Home Office" is no charity to have branches)
        ("Officers met the Home Office Northshire team.", ["Home Office"]),
    ],
)
def test_a_charitys_name_without_a_place_is_read_as_before(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met Northshire Fire and Rescue on the plan.", ["Northshire Fire and Rescue"]),
        (
            "We worked with Westshire Fire & Rescue and Northshire Police on the visits.",
            ["Westshire Fire & Rescue", "Northshire Police"],
        ),
        (
            "Eastfield Police and Westshire Fire and Rescue ran the open day.",
            ["Eastfield Police", "Westshire Fire and Rescue"],
        ),
        (
            "We worked with Westshire Fire and Rescue, Eastfield Council and others.",
            [
                "Westshire Fire and Rescue",
                "Eastfield Council",
            ],
        ),
    ],
)
def test_fire_and_rescue_without_a_headword_is_a_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards: the longer names, a plan and an Act, are read as before)
        (
            "Northshire Fire and Rescue Service fitted 900 smoke alarms.",
            ["Northshire Fire and Rescue Service"],
        ),
        (
            "Members of Westshire Fire and Rescue Authority met in May.",
            ["Westshire Fire and Rescue Authority"],
        ),
        ("The Northshire Fire and Rescue Plan was agreed in March.", []),
        ("Duties under the Fire and Rescue Services Act were explained.", []),
    ],
)
def test_fire_and_rescue_longer_names_and_documents_as_before(text, expected):
    assert names(text) == expected


def test_fire_and_rescue_is_the_authors_own_service_either_way():
    text = (
        "Westshire Fire and Rescue Service ran 300 visits. We worked with Northshire Police. "
        "Westshire Fire & Rescue also trained 40 staff."
    )
    assert found(text, "Westshire Fire and Rescue Service") == [
        ("Westshire Fire and Rescue Service", True),
        ("Northshire Police", False),
        ("Westshire Fire & Rescue", True),
    ]
    assert ("Westshire Fire and Rescue Service", True) in found(text, "Westshire Fire and Rescue")


@pytest.mark.parametrize(
    ("author", "text", "name"),
    [
        # A commissioner's office, and the commissioner named by the area after the post: the
        # author's own, whichever way the author and the text name it.
        (
            "Westshire Police and Crime Commissioner",
            "The Office of the Police and Crime Commissioner for Westshire funded 12 projects.",
            "Office of the Police and Crime Commissioner for Westshire",
        ),
        (
            "Westshire Police and Crime Commissioner",
            "The Westshire Office of the Police and Crime Commissioner funded 12 projects.",
            "Westshire Office of the Police and Crime Commissioner",
        ),
        (
            "Office of the Police and Crime Commissioner for Westshire",
            "The Westshire Police and Crime Commissioner funded 12 projects.",
            "Westshire Police and Crime Commissioner",
        ),
        (
            "Northby Police, Fire and Crime Commissioner",
            "The Police, Fire and Crime Commissioner for Northby visited the new station.",
            "Police, Fire and Crime Commissioner for Northby",
        ),
        # "&" for "and" in the author's name
        (
            "Northshire Fire and Rescue Service",
            "Northshire Fire & Rescue Service worked with the Red Cross on the visits.",
            "Northshire Fire & Rescue Service",
        ),
        # A place's possessive: the same partnership, whichever way the author and the text name it.
        (
            "Westshire's Community Safety Partnership",
            "Westshire Community Safety Partnership published its plan in May.",
            "Westshire Community Safety Partnership",
        ),
        (
            "Eastby Community Planning Partnership",
            "Eastby's Community Planning Partnership (ECPP) held a conference in June.",
            "Eastby's Community Planning Partnership",
        ),
    ],
)
def test_the_authors_other_names_are_its_own(author, text, name):
    assert (name, True) in found(text, author)


@pytest.mark.parametrize(
    ("author", "text", "name"),
    [
        # (guards: another area's commissioner's office, another office)
        (
            "Westshire Police and Crime Commissioner",
            "We met the Office of the Police and Crime Commissioner for Northshire on the plan.",
            "Office of the Police and Crime Commissioner for Northshire",
        ),
        (
            "Westshire Police and Crime Commissioner",
            "Figures from the Office for National Statistics were shared with members.",
            "Office for National Statistics",
        ),
    ],
)
def test_other_bodies_are_not_the_authors(author, text, name):
    assert (name, False) in found(text, author)


@pytest.mark.parametrize(
    ("author", "text", "name"),
    [
        # (guards: a possessive read as its place names no other place's body, nor a body of the
        # author's place under another headword)
        (
            "Westshire's Community Safety Partnership",
            "Northby Community Safety Partnership shared its plan with us in May.",
            "Northby Community Safety Partnership",
        ),
        (
            "Westshire's Community Safety Partnership",
            "Westshire Women's Aid ran the helpline with us.",
            "Westshire Women's Aid",
        ),
    ],
)
def test_a_possessive_read_as_its_place_is_no_other_body(author, text, name):
    assert (name, False) in found(text, author)


def test_a_partnership_introduced_with_its_places_possessive_is_the_author_it_is_named_most_as():
    # No author given: the partnership is named most under its short form, defined on the
    # possessive; its name without the possessive is then the author's own, not a counterpart.
    text = (
        "Westshire's Community Planning Partnership (WCPP) brings together public agencies. "
        "The WCPP met four times. The WCPP agreed its plan. The WCPP reviewed its priorities. "
        "Westshire Community Planning Partnership published the Westshire Plan in October 2017."
    )
    got = found(text)
    assert ("Westshire Community Planning Partnership", True) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The body money went to, whatever its last word: the counterpart of a grant.
        (
            "The Commissioner awarded £20,000 to Westmoor Against Scams to run workshops.",
            ["Westmoor Against Scams"],
        ),
        (
            "Grants were awarded to Eastfield Boys Club, Northby Foodbank and Westmoor Community Cafe.",
            ["Eastfield Boys Club", "Northby Foodbank", "Westmoor Community Cafe"],
        ),
        ("Funding was given to Safe Steps Westshire for a helpline.", ["Safe Steps Westshire"]),
        ("The contract was awarded to Westshire Women's Refuge in May.", ["Westshire Women's Refuge"]),
    ],
)
def test_the_body_a_grant_went_to_is_named(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a fund, a person by their title, a grant to bodies of a kind)
        "The Partnership added £40,000 to the Safer Communities Fund.",
        "An award was given to Councillor Jo Bloggs for her service.",
        "Funding was given to local schools for the workshops.",
    ],
)
def test_what_is_no_body_a_grant_went_to(text):
    assert names(text) == []
