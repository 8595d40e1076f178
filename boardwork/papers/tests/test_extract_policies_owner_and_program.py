"""A panel's or a committee's report in the possessive is described, not named ("the Panel's report on
the Commissioner's budget"); after the possessive the document's own name is the policy, as after a
council's or a government's. "Program", as American papers spell it, is a named programme's headword.
Wording invented for the tests."""

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
