"""Media and lobbying in more of the genre's shapes (issue #15, tests/data/real/NOTES.md 3270-3279): a
piece placed or coverage won in a named outlet (media); a government or a department asked, pressed or
petitioned, assurances sought of it, a letter submitted to it, and its failure to answer the body's
calls (lobbying). Guards: coverage that is a service's reach, the public ignoring an appeal, a
government not answering a consultation, what was merely told to a government, members pressing
officers at their own meeting. Wording invented for the tests, in the genre of council, partnership,
fire and police papers, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.text import norm_text


@pytest.mark.parametrize(
    "text",
    [
        "We placed an article in the local newspaper about rogue traders.",
        "The Network secured coverage in the Borough Gazette for its winter appeal.",
    ],
)
def test_a_piece_placed_or_coverage_won_in_an_outlet_is_media(text):
    assert "media" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # a service's reach, not the press
        "Patrols secured coverage of the town centre on Friday nights.",
        "We achieved full coverage of the district with the new alarms.",
        # a piece placed with no outlet: a thing put somewhere
        "A bench was placed in the park in memory of the volunteer.",
    ],
)
def test_coverage_that_is_a_services_reach_is_not_media(text):
    assert "media" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "We asked the Home Office to publish the evidence behind the new formula.",
        "The Association petitioned the Welsh Government for a longer settlement.",
        "We continued to press the Treasury on the damping of the grant.",
        "The Leader sought assurances from the Department for Education that the grant would continue.",
        "The Board submitted a joint letter to the Chancellor ahead of the Autumn Statement.",
    ],
)
def test_a_government_asked_pressed_or_written_to_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Scottish Government has failed to respond in any real way in its draft Budget, issued on 12th "
        "December, to ACLA's repeated calls, leaving councils short for the year ahead.",
        "Ministers have ignored our repeated calls for a fair settlement for rural areas.",
    ],
)
def test_a_government_leaving_the_bodys_calls_unanswered_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # the public ignoring the body's appeal, a minister only reporting it
        "Residents ignored our calls to lock their sheds, the Minister said.",
        # a consultation the Government left unanswered: no calls of the body's
        "The Government has failed to respond to the consultation on the new duty.",
        # what was merely told
        "We told the Government about the change of date.",
        # members pressing officers at their own meeting
        "Members pressed for an answer from officers on the delays to the scheme.",
    ],
)
def test_others_ignoring_or_asking_is_not_lobbying(text):
    assert "lobbying" not in classify(norm_text(text))
