"""Two ways the genre names a policy that the rules read wrongly: a short form defined inside a name,
before its headword ("the Violence against Women and Girls (VAWG) Strategy"), is read through, as the
name without it, while a short form after a body's name still defines the body, whose document is
named after it; and a Bill the paper says has become law ("which received Royal Assent in April", "the
Bill became law") is its Act, as "the Act" pointing back to a Bill named before is (the schema's one
policy under its Act name), while a Bill still to pass stays a Bill. Wording invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.organisations import OrgMatch
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text, orgs=()):
    return find_policies(text, PolicyContext(text, Cycle(), [], []), list(orgs), [])


def _after(first, text):
    ctx = PolicyContext(first + " " + text, Cycle(), [], [])
    find_policies(first, ctx, [], [])
    return find_policies(text, ctx, [], [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Partnership delivered the Violence against Women and Girls (VAWG) Strategy in 2023.",
            ["Violence against Women and Girls Strategy"],
        ),
        (
            "The council adopted the Anti-Social Behaviour (ASB) Policy in June.",
            ["Anti-Social Behaviour Policy"],
        ),
        (
            "Officers worked to the Serious and Organised Crime (SOC) Action Plan 2022-25.",
            ["Serious and Organised Crime Action Plan 2022-25"],
        ),
        (
            "The Welsh Government's Tackling Hate Crime (THC) Framework was launched.",
            ["Tackling Hate Crime Framework"],
        ),
    ],
)
def test_a_short_form_defined_inside_a_name_is_read_through(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (guards: a short form after a body's headword defines the body, whose document is named after
        # it; a short form alone before the headword names nothing; one after the name is its own)
        ("Welcome to the Northshire Councils (NSC) Annual Report 2018/19.", ["Annual Report 2018/19"]),
        (
            "The Safer Westshire Partnership (SWP) Community Safety Strategy was agreed.",
            ["Community Safety Strategy"],
        ),
        ("The Safer Westshire Partnership (SWP) Strategy 2021-24 was agreed.", []),
        ("The Board noted the (CSP) Plan.", []),
        (
            "The Community Safety Strategy (CSS) was agreed in May.",
            ["Community Safety Strategy"],
        ),
    ],
)
def test_a_short_form_of_a_body_or_alone_is_no_part_of_a_name(text, names):
    assert _names(text) == names


def test_a_short_form_of_a_body_the_paper_names_is_its_owner():
    text = "The Westshire Youth Justice (WYJ) Community Safety Plan was agreed."
    start, end = text.index("Westshire"), text.index(" (WYJ)")
    org = OrgMatch(start=start, end=end, name="Westshire Youth Justice", text=text[start:end], via="name")
    assert _names(text, [org]) == ["Community Safety Plan"]
    assert _names(text) == ["Westshire Youth Justice Community Safety Plan"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The council lobbied on the Victims and Prisoners Bill, which received Royal Assent in May 2024.",
            ["Victims and Prisoners Act"],
        ),
        ("The Domestic Abuse Bill became law in April 2021.", ["Domestic Abuse Act"]),
        (
            "We briefed members on the Northshire Harbours Bill (a private Bill), which was given Royal Assent.",
            ["Northshire Harbours Act"],
        ),
    ],
)
def test_a_bill_the_paper_says_has_become_law_is_its_act(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (guards: a Bill still to pass, or another Bill's assent, keeps the Bill)
        (
            "The council lobbied on the Victims and Prisoners Bill, which is expected to receive Royal Assent in May.",
            ["Victims and Prisoners Bill"],
        ),
        (
            "The council lobbied on the Domestic Abuse Bill, which will become law in the spring.",
            ["Domestic Abuse Bill"],
        ),
        (
            "The council lobbied on the Renters Reform Bill; the Fire Safety Bill received Royal Assent.",
            ["Renters Reform Bill", "Fire Safety Act"],
        ),
        (
            "The council lobbied on the Victims and Prisoners Bill. It became law in May.",
            ["Victims and Prisoners Bill"],
        ),
    ],
)
def test_a_bill_still_to_pass_stays_a_bill(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Act requires councils to provide safe accommodation.", ["Domestic Abuse Act"]),
        ("The new Act requires councils to provide safe accommodation.", ["Domestic Abuse Act"]),
        # (guards: "the Bill" and "the legislation" point back to the Bill as named)
        ("The Bill requires councils to provide safe accommodation.", ["Domestic Abuse Bill"]),
        ("The legislation requires councils to provide safe accommodation.", ["Domestic Abuse Bill"]),
    ],
)
def test_the_act_pointing_back_to_a_bill_is_its_act(text, names):
    assert _after("The council lobbied on the Domestic Abuse Bill in June.", text) == names


def test_the_act_pointing_back_to_an_act_is_that_act():
    first = "The council lobbied on the Domestic Abuse Bill, which amends the Housing Act 1996."
    assert _after(first, "The Act requires councils to house victims.") == ["Housing Act 1996"]


@pytest.mark.parametrize(
    ("first", "text", "names"),
    [
        (
            "The Anti-social Behaviour, Crime and Policing Act 2014 (ASBCPA) gave councils new powers.",
            "Officers used ASBCPA powers to close two premises.",
            ["Anti-social Behaviour, Crime and Policing Act 2014"],
        ),
        (
            "The Police, Crime, Sentencing and Courts Act 2022 (PCSC Act) created the Duty.",
            "The PCSC Act also changed the law on protest.",
            ["Police, Crime, Sentencing and Courts Act 2022"],
        ),
        (
            "The Regulatory Reform (Fire Safety) Order 2005 (FSO) applies to all workplaces.",
            "Inspectors enforced the FSO in 400 premises.",
            ["Regulatory Reform (Fire Safety) Order 2005"],
        ),
    ],
)
def test_a_laws_short_form_given_in_brackets_means_the_law(first, text, names):
    assert _after(first, text) == names


@pytest.mark.parametrize(
    ("first", "text", "names"),
    [
        # (guards: a year in brackets is no short form; a short form the paper never gave is no law)
        (
            "The Equality Act (2010) applies to the service.",
            "Officers used the 2010 figures.",
            [],
        ),
        (
            "The Domestic Abuse Act 2021 placed new duties on councils.",
            "The DAA board met twice.",
            [],
        ),
        # (the defining sentence names the law once, not its short form as a second law)
        (
            "Members were briefed.",
            "The Police, Crime, Sentencing and Courts Act 2022 (PCSC Act) created the Duty.",
            ["Police, Crime, Sentencing and Courts Act 2022"],
        ),
    ],
)
def test_no_short_form_given_names_no_law(first, text, names):
    assert _after(first, text) == names
