"""Organisations by the genre's own patterns, a fourth round: a short form defined for a name the
finder reads as a body, partners listed each with its short form or after "the partners include", a
counterpart lead opening its sentence, the voluntary sector's descriptions of a body, "the OPCC",
national charities and public bodies named without a headword, and a centre named by the kind of
place it is. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def found(text: str, author: str | None = None) -> list[tuple[str, str]]:
    po = learn_paper_orgs(text, default_gazetteer(), author, None)
    return [(o.name, o.text) for o in po.find(text)]


def names(text: str, author: str | None = None) -> list[str]:
    return [n for n, _ in found(text, author)]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        # a national charity's branch with its short form, used later on its own
        (
            "Westmoor Rape Crisis (WRC) gave support to 30 women. In May WRC also trained officers.",
            "Westmoor Rape Crisis",
            "WRC",
        ),
        # a name ending in a plural headword
        (
            "Eastby Community Voluntary Services (ECVS) ran the hub. Later ECVS recruited 20 volunteers.",
            "Eastby Community Voluntary Services",
            "ECVS",
        ),
        # the second of two partners listed each with its short form
        (
            "Officers ran sessions in partnership with Eastby Refugee Action (ERA) and Northfold Hope (NH). "
            "Since then NH has trained volunteers.",
            "Northfold Hope",
            "NH",
        ),
    ],
)
def test_a_short_form_of_a_name_read_as_a_body_names_it_later(text, name, short):
    assert (name, short) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # (guards: short forms of things, not bodies)
        "Anti-Social Behaviour (ASB) fell by 10% in the year. ASB reports were lower in the summer.",
        "Funding came from the Safer Streets Fund (SSF). The SSF paid for new lighting.",
        "Integrated Offender Management (IOM) was reviewed. IOM cases fell.",
    ],
)
def test_a_short_form_of_a_thing_stays_no_body(text):
    assert names(text) == []


def test_a_charitys_branch_is_not_the_author_by_its_short_form_named_most():
    # (guard of the short form learned: a branch's short form named as the doer of deeds on a page
    # that speaks as "we" does not make the branch the page's author)
    text = (
        "Westmoor Rape Crisis (WRC) runs a prevention programme in schools. In March, WRC received "
        "£50,000 from our fund. WRC trained 40 teachers."
    )
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    assert "Westmoor Rape Crisis" not in po.authors
    assert not any(o.internal for o in po.find(text) if o.name == "Westmoor Rape Crisis")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Working with Eastby Refugee Action, officers ran four drop-in sessions.",
            ["Eastby Refugee Action"],
        ),
        (
            "Together with Northfold Hope, the team delivered 300 food parcels.",
            ["Northfold Hope"],
        ),
        (
            "The partners include Westmoor Street Pastors, Eastby Rotary and Northfold Hope.",
            ["Westmoor Street Pastors", "Eastby Rotary", "Northfold Hope"],
        ),
        (
            "Partner organisations included Eastby Wheels and Northfold Hope.",
            ["Eastby Wheels", "Northfold Hope"],
        ),
    ],
)
def test_partners_named_after_the_genres_leads(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a lead with no name after it, a lead inside a sentence in lower case as before)
        "Working with young people, officers ran four drop-in sessions.",
        "Together with residents, the team cleared the alley.",
        "The partners include the police and the council.",
    ],
)
def test_a_lead_with_no_name_reads_nothing(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Westmoor Street Pastors, a volunteer group, patrolled the town centre.",
            ["Westmoor Street Pastors"],
        ),
        ("Funding went to Eastby Housing, a housing association based in the town.", ["Eastby Housing"]),
        ("Northfold Hope, a social enterprise, ran the cafe.", ["Northfold Hope"]),
    ],
)
def test_a_body_described_in_the_voluntary_sectors_words(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a person described by a post that holds a body's word)
        "Jo Bloggs, a charity worker, spoke to the panel.",
        "Sam Jones, a housing association tenant, asked a question.",
        "Eastby, a market town, hosted the event.",
    ],
)
def test_a_person_or_place_described_is_no_body(text):
    assert names(text) == []


def test_the_opcc_is_a_commissioners_office():
    text = "The project was funded by the OPCC and the council."
    assert names(text) == ["Office of the Police and Crime Commissioner"]


def test_the_opcc_in_a_commissioners_own_paper_is_the_author():
    text = "The OPCC funded the scheme. The Office of the Police and Crime Commissioner agreed the grant."
    po = learn_paper_orgs(text, default_gazetteer(), "Westshire Police and Crime Commissioner", None)
    assert [o.internal for o in po.find(text)] == [True, True]
    # (guard: in a panel's paper the office is the body it scrutinises)
    po = learn_paper_orgs(text, default_gazetteer(), "Westshire Police and Crime Panel", None)
    assert [o.internal for o in po.find(text)] == [False, False]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards: the office with its area named is that area's, read whole as before)
        (
            "The Office of the Police and Crime Commissioner for Westshire funded the project.",
            ["Office of the Police and Crime Commissioner for Westshire"],
        ),
        (
            "The Westshire Office of the Police and Crime Commissioner funded it.",
            ["Westshire Office of the Police and Crime Commissioner"],
        ),
    ],
)
def test_the_office_with_its_area_named_is_that_areas(text, expected):
    assert names(text) == expected


def test_national_charities_and_bodies_without_a_headword():
    text = "Officers met Stonewall, Jobcentre Plus, StreetGames and We Are With You to plan the week."
    assert names(text) == ["Stonewall", "Jobcentre Plus", "StreetGames", "We Are With You"]
    # (guard: the same words in lower case)
    assert names("The request was stonewalled by officers.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Officers patrolled Eastby Town Centre and Northfold City Centre.",
        "Sessions ran at Eastby Leisure Centre and the Northfold Sports Centre.",
        "Officers patrolled the Northfold Shopping Centre at night.",
    ],
)
def test_a_centre_named_by_its_kind_of_place_is_no_body(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (guards: a body named for a place, a centre that is a body)
        ("The Oldham Town Centre Board met in May.", ["Oldham Town Centre Board"]),
        ("Staff from the Eastby Law Centre attended.", ["Eastby Law Centre"]),
    ],
)
def test_a_body_named_for_a_centre_is_still_a_body(text, expected):
    assert names(text) == expected
