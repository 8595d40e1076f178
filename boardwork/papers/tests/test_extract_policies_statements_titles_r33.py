"""Four ways the genre names a document that the rules missed or read wrongly: a statement a body
publishes under a title of its kind ("its Statement of Assurance", "a Statement of Progress"), unless it
is only cited as the source of figures ("According to the Statement of Assurance, …"); a title the body
worked to after "the guidance in" with its year; a paper's quoted title after its kind and subject
("the White Paper on Local Government Reform, 'Stronger Together'"), which is its name; and a title
told with when it was published ("Safer Towns for All, published in March 2019"). Wording invented for
the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text):
    return find_policies(text, PolicyContext(text, Cycle(), [], []), [], [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Northshire Fire and Rescue Service has published its Statement of Assurance for 2024/25.",
            ["Statement of Assurance"],
        ),
        (
            "The Westvale Partnership has launched a Statement of Progress on its ten-year plan.",
            ["Statement of Progress"],
        ),
        (
            "The board's report was written following the guidance in Keeping Young People Safe Online 2021.",
            ["Keeping Young People Safe Online 2021"],
        ),
        (
            "Members responded to the Welsh Government's White Paper on Rural Transport Reform, 'Moving "
            "Wales Forward'.",
            ["Moving Wales Forward"],
        ),
        (
            "Safer Towns for All, published in March 2019, was discussed by the panel in May.",
            ["Safer Towns for All"],
        ),
    ],
)
def test_statements_guidance_quoted_and_published_titles(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # (the source of the figures, not the deed's policy)
        (
            "According to the Statement of Assurance, the Service fitted 9,000 smoke alarms.",
            "Statement of Assurance",
        ),
        # (a document of one title word, and a statement with no title of its kind)
        ("The members considered the Report, published in October 2018, and agreed it.", "Report"),
        ("The Leader made a statement on the budget.", "Statement on the budget"),
    ],
)
def test_cited_sources_and_untitled_documents_left_alone(text, absent):
    assert absent not in _names(text)


def test_a_kind_with_its_title_in_quotes_still_named_by_the_title():
    # (the rule before this round, kept: the kind straight before its quoted title)
    text = "The council published its Annual Report, 'Building Better Places', in July."
    assert _names(text) == ["Building Better Places"]


def _after(first, text):
    ctx = PolicyContext(first + " " + text, Cycle(), [], [])
    find_policies(first, ctx, [], [])
    return find_policies(text, ctx, [], [])


def test_the_consultation_process_points_back_to_the_policy_consulted_on():
    first = "Residents took part in the public consultation on the draft Northshire Safer Streets Strategy."
    later = "As part of the consultation process, a drop-in session was held with older residents."
    assert _after(first, later) == ["Northshire Safer Streets Strategy"]


@pytest.mark.parametrize(
    "later",
    [
        # (a consultation with a subject of its own, and a paragraph that names its own policy first)
        "The council then responded to the consultation on business rates.",
        "The Westshire Hate Crime Plan was agreed, and the consultation process closed in May.",
    ],
)
def test_a_consultation_of_its_own_is_left_alone(later):
    first = "Residents took part in the public consultation on the draft Northshire Safer Streets Strategy."
    assert "Northshire Safer Streets Strategy" not in _after(first, later)


def test_no_consultation_named_before_points_nowhere():
    first = "The Northshire Safer Streets Strategy was agreed by the board."
    later = "As part of the consultation process, a drop-in session was held with older residents."
    assert _after(first, later) == []


def test_a_consultation_on_the_plan_pointed_back_to_is_remembered_too():
    ctx = PolicyContext("", Cycle(), [], [])
    find_policies("The board agreed the Westvale Community Safety Plan 2025-2028 (WCSP).", ctx, [], [])
    find_policies(
        "The WCSP kept its four aims and the public consultation on the 2025-2028 plan backed them.",
        ctx,
        [],
        [],
    )
    later = "During the consultation period, officers met traders in the town centre."
    assert find_policies(later, ctx, [], []) == ["Westvale Community Safety Plan 2025-2028"]
