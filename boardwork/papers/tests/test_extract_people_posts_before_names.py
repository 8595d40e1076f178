"""Guards for a post or title written before a holder's name (NOTES 2700-2705): a post's words with
no name after them are no person, and Bills named stay Bills. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.people import find_people
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _policies(text: str) -> list[str]:
    ctx = PolicyContext(paper_text=text, cycle=Cycle(), transitions=[], named=[])
    return find_policies(text, ctx, [], find_people(text, [])[1])


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a post's words before a topic, a post with no name after it)
        "The Inspector Training Programme was run again.",
        "The Council Leader attended the launch.",
        "The Leader Board met in June.",
        "The PCSO Annual Report was published.",
    ],
)
def test_no_person_without_a_name(text):
    assert find_people(text, [])[0] == []


@pytest.mark.parametrize(
    ("text", "policies"),
    [
        # (guards: Bills named, with a holder named beside them)
        ("We responded to the Police and Crime Bill in May.", ["Police and Crime Bill"]),
        ("The Finance Bill 2024 was debated.", ["Finance Bill 2024"]),
        ("We briefed members on the Victims and Prisoners Bill Committee stage.", []),
    ],
)
def test_bills_still_named(text, policies):
    assert _policies(text) == policies


# -- a first name "Bill" after a title or post is no Bill (NOTE 2706) ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Leader of Westshire Council, Councillor Bill Jones, said: "The plan is a milestone."',
        "Council Leader Bill Jones opened the new hub in May.",
        "Provost Bill Jones presented the awards.",
        "PCC Bill Jones launched the fund.",
        "The Chief Executive, Bill Jones, wrote to the Minister.",
        "Chief Fire Officer Bill Jones said the service was ready.",
    ],
)
def test_a_first_name_bill_is_no_bill(text):
    assert _policies(text) == []
