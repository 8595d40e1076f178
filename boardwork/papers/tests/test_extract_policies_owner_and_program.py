"""A panel's or a committee's report in the possessive is described, not named ("the Panel's report on
the Commissioner's budget"); after the possessive the document's own name is the policy, as after a
council's or a government's. "Program", as American papers spell it, is a named programme's headword. "The grant" is the grant named before, as "the fund" is the fund.
"The Act" opening a sentence and "the 2024 Act" are the Act named before (never an Act named "2024
Act"); "the 2024-2027 plan", "the annual plan" are the plan named before whose years and words they
give. A statutory instrument is named by its name and year, brackets and all ("the Regulatory
Reform (Fire Safety) Order 2005"); "Covenant" is a named policy's headword as "Compact" is. Wording
invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text):
    return find_policies(text, PolicyContext(text, None, [], []), [], [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Panel's report on the Commissioner's draft budget was sent to him in February.", []),
        ("The Panel\u2019s report on the proposed precept was published on 9 February.", []),
        ("Members agreed the Committee's report to Cabinet on knife crime.", []),
        ("The Home Affairs Committee's report on policing was published.", []),
        # (a document named after the owner: its own name, without the owner)
        ("The Scrutiny Committee's Review of Street Lighting was published.", ["Review of Street Lighting"]),
        ("the Panel's Annual Report 2023 was agreed.", ["Annual Report 2023"]),
    ],
)
def test_a_panels_or_committees_document_by_its_own_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Crews delivered the Senior Home Safety Program at two community centers in May.",
            ["Senior Home Safety Program"],
        ),
        (
            "The department's Capital Improvement Program for 2024-2029 was adopted.",
            ["Capital Improvement Program 2024-2029"],
        ),
    ],
)
def test_a_named_program(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (guards: a program of the kind in lower case names none; another body's plan after the panel
        # is named as before; a council's programme as before)
        ("Staff ran a program of home visits.", []),
        ("The program was well attended.", []),
        (
            "The Panel considered the Commissioner's Police and Crime Plan 2024-2028.",
            ["Police and Crime Plan 2024-2028"],
        ),
        ("The Council's Housing Programme was agreed.", ["Housing Programme"]),
    ],
)
def test_guards(text, names):
    assert _names(text) == names


def _read_in_turn(paragraphs):
    ctx = PolicyContext(" ".join(paragraphs), None, [], [])
    return [find_policies(p, ctx, [], []) for p in paragraphs]


def test_the_grant_is_the_grant_named_before():
    assert _read_in_turn(
        [
            "In 2023/24 the Safer Towns Board allocated the Partnership £52,000 from the Community Safety Grant.",
            "The Partnership used the grant to fund a youth worker and two diversion projects.",
        ]
    ) == [["Community Safety Grant"], ["Community Safety Grant"]]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # (guards: a grant the body gave, named by no name, is none; a grant described in the paragraph
        # is the one "the grant" means, not the named one before)
        [
            "The Council awarded a grant of £5,000 to the Eastfield Residents Association.",
            "The grant paid for new lighting in the park.",
        ],
        [
            "The Partnership received money from the Community Safety Grant.",
            "A grant of £2,000 was made to the Youth Club, and the grant paid for a minibus.",
        ],
    ],
)
def test_the_grant_guards(paragraphs):
    assert _read_in_turn(paragraphs)[1] == []


# -- an Act by "The Act" opening a sentence, by its year alone; a plan by its years or words ------


@pytest.mark.parametrize(
    ("paragraphs", "names"),
    [
        (
            [
                "The Safer Homes Act 2024 gave councils new powers over rented housing.",
                "The Act also requires the Partnership to publish a yearly housing safety statement.",
            ],
            [["Safer Homes Act 2024"], ["Safer Homes Act 2024"]],
        ),
        (
            [
                "The Safer Homes Act 2024 gave councils new powers over rented housing.",
                "This Act was explained to landlords at four Partnership forums.",
            ],
            [["Safer Homes Act 2024"], ["Safer Homes Act 2024"]],
        ),
        (
            [
                "The Street Safety Act 2023 and the Safer Homes Act 2024 both took effect this year.",
                "Under the 2024 Act the Partnership served eleven improvement notices.",
            ],
            [["Street Safety Act 2023", "Safer Homes Act 2024"], ["Safer Homes Act 2024"]],
        ),
        (
            [
                "The Board adopted the Northvale Community Safety Plan 2024-2027 in March.",
                "A public survey on the 2024-2027 plan drew 900 replies.",
            ],
            [["Northvale Community Safety Plan 2024-2027"], ["Northvale Community Safety Plan 2024-2027"]],
        ),
        (
            [
                "The Board adopted the Northvale Community Safety Annual Plan 2024/25 in March.",
                "The annual plan was shared with every ward councillor.",
            ],
            [
                ["Northvale Community Safety Annual Plan 2024/25"],
                ["Northvale Community Safety Annual Plan 2024/25"],
            ],
        ),
        (
            [
                "The Commissioner issued the Police and Crime Plan 2021-25 in June.",
                "Members checked progress against the police and crime plan each quarter.",
            ],
            [["Police and Crime Plan 2021-25"], ["Police and Crime Plan 2021-25"]],
        ),
    ],
)
def test_an_act_or_a_plan_pointed_back_to(paragraphs, names):
    assert _read_in_turn(paragraphs) == names


@pytest.mark.parametrize(
    ("paragraphs", "names"),
    [
        # an Act by its year alone with none of that year named: no "2024 Act"
        (["Under the 2024 Act the Partnership served eleven notices."], [[]]),
        (
            [
                "The Street Safety Act 2023 took effect in May.",
                "Under the 2024 Act the Partnership served eleven notices.",
            ],
            [["Street Safety Act 2023"], []],
        ),
        # "The Act" with no Act named before
        (["The Act was discussed at length."], [[]]),
        # a plan of other years, another plan, the one before
        (
            [
                "The Board adopted the Northvale Community Safety Plan 2024-2027 in March.",
                "The 2019-22 plan had set three priorities.",
            ],
            [["Northvale Community Safety Plan 2024-2027"], []],
        ),
        (
            [
                "The Board adopted the Northvale Community Safety Plan 2024-2027 in March.",
                "The previous plan had set three priorities, and the local plan was adopted in 2020.",
            ],
            [["Northvale Community Safety Plan 2024-2027"], []],
        ),
    ],
)
def test_no_act_or_plan_pointed_back_to(paragraphs, names):
    assert _read_in_turn(paragraphs) == names


# -- a statutory instrument by its name and year, brackets and all; a covenant -------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Inspectors audited 400 premises under the Regulatory Reform (Fire Safety) Order 2005.",
            ["Regulatory Reform (Fire Safety) Order 2005"],
        ),
        (
            "The committee met as the Crime and Disorder (Overview and Scrutiny) Regulations 2009 require.",
            ["Crime and Disorder (Overview and Scrutiny) Regulations 2009"],
        ),
        (
            "Officers briefed landlords on the Fire Safety (England) Regulations 2022.",
            ["Fire Safety (England) Regulations 2022"],
        ),
        ("The Council signed the Armed Forces Covenant in June.", ["Armed Forces Covenant"]),
    ],
)
def test_an_instrument_or_a_covenant_is_named(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # an order of a court or a council, with or without a year after it; rules of procedure
        "The Council made a Public Spaces Protection Order for the town centre.",
        "The Council made a Public Spaces Protection Order in 2023.",
        "The Council's Standing Orders 2020 were revised.",
        # a covenant described, not named
        "Members agreed a covenant with local employers.",
    ],
)
def test_no_instrument_or_covenant_named(text):
    assert _names(text) == []
