"""Media and lobbying in shapes the genre tells them (issue #15, tests/data/real/NOTES.md 2970-2979):
a landmark lit in a campaign's colour to mark an awareness week or a cause (media); a letter to those
who decide whose reply is still awaited (lobbying, the letter was sent); and, as a guard, a pressing
word that is the purpose of a need or an aim ("we need to … to raise our concerns"), an intention and
no deed. Wording invented for the tests, in the genre of council, partnership, fire and police
papers, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.sections import classify_heading
from boardwork.papers.extract.text import norm_text


@pytest.mark.parametrize(
    "text",
    [
        "The Town Hall was lit up purple to mark International Day for the Elimination of Violence.",
        "Street lamps along the promenade were turned orange to mark the start of the fortnight.",
        "The fire station was illuminated blue and yellow in support of the Ukraine appeal.",
        "County Hall was lit up orange for White Ribbon Day.",
    ],
)
def test_a_landmark_lit_for_a_cause_is_media(text):
    assert "media" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # a light that changes colour with no purpose named: a traffic signal, not a campaign
        "The signal turned red as the appliance reached the junction.",
        # a building lit with no colour or purpose: its furniture
        "The car park was lit at night by new lamps.",
        "New lighting was installed in the subway.",
    ],
)
def test_lighting_with_no_cause_reads_no_media(text):
    assert "media" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Council's letter to the Minister dated 4 March has not received a reply.",
        "No response has yet been received to our letter to the local MP.",
        "The Town Council's letter to the Chief Constable dated 2.5.19 has not yet received an acknowledgement.",
        "The Panel's letters to the Home Secretary have not been answered.",
    ],
)
def test_a_letter_to_those_who_decide_awaiting_its_reply_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # a letter to a resident or a supplier awaiting its answer: correspondence, no lobbying
        "The Parish Council's letter to the resident has not received a reply.",
        "No response has been received to the letter to the contractor about the bins.",
        # a letter received, not sent
        "The Council received a letter from the MP which has not been answered.",
        # a plan to write if no reply comes
        "The Clerk will write again if no reply is received.",
    ],
)
def test_a_letter_not_sent_to_those_who_decide_reads_no_lobbying(text):
    assert "lobbying" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Leaders agreed that we need to stand together, as one voice for local government, to raise our "
        "concerns with the Government.",
        "We want to join with neighbouring councils in the coming year to highlight the funding gap to "
        "Ministers.",
    ],
)
def test_a_need_or_aim_to_press_is_no_lobbying(text):
    assert "lobbying" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # the need stands apart from a deed told in the past
        "We needed to act quickly, and the Leader wrote to the Minister to raise our concerns.",
        "We worked with other councils to raise our concerns with the Government.",
        "The Leader raised our concerns about the settlement with the Minister.",
        "A letter has been sent to the Home Secretary.",
    ],
)
def test_pressing_done_stays_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Minister responded to our calls for a fairer settlement by announcing a further £5m.",
        "The Government has listened to our concerns and withdrawn the draft guidance.",
        "In response to the Network's representations, the Treasury has delayed the change by a year.",
        "Ministers have extended the grant, addressing our calls for certainty beyond March.",
    ],
)
def test_a_government_answering_the_bodys_calls_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # the Government's own calls, answered by the body: a response, not its lobbying
        "We responded to the Government's calls for evidence in May.",
        # calls answered by residents: an appeal, no government
        "In response to our calls for volunteers, forty residents came forward.",
        # another body acting on concerns, no government
        "Following the Council's concerns about the crossing, the highways team added a barrier.",
        # still to come
        "The Government will need to listen to our calls for fairer funding.",
    ],
)
def test_calls_not_answered_by_a_government_read_no_lobbying(text):
    assert "lobbying" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "heading",
    [
        "To note matters arising from the minutes",
        "5. To receive any matters arising",
        "To consider matters arising",
    ],
)
def test_an_agenda_item_on_matters_arising_is_no_theme_and_is_read(heading):
    # an item of the meeting's order: what the clerk reports under it is read, under no theme
    assert classify_heading(heading, Cycle(2017, 4)).role == "untitled"


@pytest.mark.parametrize("heading", ["Road safety", "To improve road safety"])
def test_other_headings_keep_their_role(heading):
    assert classify_heading(heading, Cycle(2017, 4)).role == "theme"
