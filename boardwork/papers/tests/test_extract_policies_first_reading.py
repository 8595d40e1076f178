"""A document's title in quotation marks is the policy's name: after its owner in the possessive, or
in apposition to the document it names, commas and all; a quoted title's closing mark is not read
into a name. Wording invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text):
    return find_policies(text, PolicyContext(text, None, [], []), [], [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The study builds on the Northvale Institute's 'Places in Common' and the DCA's 'A Charter for Towns'.",
            ["Places in Common", "A Charter for Towns"],
        ),
        (
            "The Borough launched its Annual Report, \u2018Steady Ground, Open Doors: Serving Residents Better\u2019 on 3 May.",
            ["Steady Ground, Open Doors: Serving Residents Better"],
        ),
        (
            'the Panel considered the Government White Paper "Safer Towns, Stronger Streets \u2013 A New Deal for Neighbourhoods".',
            ["Safer Towns, Stronger Streets - A New Deal for Neighbourhoods"],
        ),
    ],
)
def test_a_quoted_title_is_the_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (guards: a quoted name with its kind after it is named with its kind, as before)
        ("The Minister's 'Stay Local' campaign opened.", ["Stay Local campaign"]),
        ("The Safer Homes Strategy was agreed.", ["Safer Homes Strategy"]),
        # (a word in quotation marks that is no title: lower case, after no document or owner)
        ("the so-called 'postcode lottery' was raised.", []),
    ],
)
def test_guards(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The partnership has prepared a Strategic Assessment for the first time.", []),
        ("Officers will draft an Anti-social Behaviour Strategy next year.", []),
    ],
)
def test_a_document_of_the_kind_after_a_or_an_is_not_named(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (guards: the same names after "the" or with their years, and a Bill after "a")
        ("The partnership endorsed the Strategic Assessment.", ["Strategic Assessment"]),
        ("a Community Safety Plan for 2024-2027 was agreed.", ["Community Safety Plan 2024-2027"]),
        ("the Board supported the Anti-social Behaviour Strategy.", ["Anti-social Behaviour Strategy"]),
    ],
)
def test_named_documents_stay(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Partnership reported on the annual Joint Strategic Intelligence Assessment.",
            ["Joint Strategic Intelligence Assessment"],
        ),
        (
            "MPs met to launch the Northvale Helpline 2021 Annual Assessment.",
            ["Northvale Helpline 2021 Annual Assessment"],
        ),
        ("the Strategic Threat Assessment was agreed.", ["Strategic Threat Assessment"]),
    ],
)
def test_an_intelligence_threat_or_annual_assessment_is_named(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (guards: an assessment with no such word before it is no policy's name)
        ("the Fire Risk Assessment of the building was completed.", []),
        ("the Annual Assessment", []),
        ("the Threat Assessment was shared.", []),
        ("An Intelligence Assessment was written.", []),
    ],
)
def test_other_assessments_are_not(text, names):
    assert _names(text) == names
