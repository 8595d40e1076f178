"""A meeting's business that still tells the body's own work (issue #15, tests/data/real/NOTES.md
3760-3769): an update or a report to the meeting listing the work done ("including …" after the
year's achievements or successes), and a member body's decision to set up its own inquiry (a working
party, a task and finish group) to look into something. Sentences invented for the tests, in the
genre of a council's scrutiny minutes and a community safety partnership's reports, not taken from
any corpus paper. Guards: the meeting's business the blanking rightly drops stays dropped."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify

AUTHOR = ("Anyshire Community Safety Partnership",)

# -- a report's or update's list of achievements keeps the deeds it lists ---------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The report set out the key achievements of the year, including a press campaign on "
            "drink spiking that reached 20,000 people.",
            "media",
        ),
        (
            "The report highlighted the successes of 2023, including the Partnership working with "
            "licensed premises to train 40 door staff.",
            "partnership",
        ),
        (
            "The annual report summarised the work undertaken in 2023, including a press campaign "
            "on drink spiking that reached 20,000 people.",
            "media",
        ),
    ],
)
def test_achievements_a_report_lists_keep_their_kinds(text, kind):
    assert kind in classify(text, author_words=AUTHOR)


# -- a member body's own inquiry set up by its decision -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Committee agreed to set up a working party to look into the rise in fly-tipping.",
        "Members resolved to establish a task and finish group to examine how complaints about "
        "noise are handled.",
        "The Board agreed to establish a working group to review the cost of school transport.",
    ],
)
def test_an_inquiry_set_up_by_the_meeting_is_research(text):
    assert "research" in classify(text, author_words=AUTHOR)


# -- guards: the meeting's business the blanking rightly drops ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a report's content that is no work done: priorities, risks, plans listed
        "The report set out the priorities for the coming year, including a conference for "
        "licensed premises and a study of night-time footfall.",
        "The report outlined the risks facing the service, including a press campaign by opponents.",
        "The report set out the priorities for the coming year, including a press campaign on drink "
        "spiking that will reach 20,000 people.",
        # the meeting's own proceedings
        "The Committee considered the report and noted its findings.",
        "The minutes of the meeting held on 3 May were agreed as a correct record.",
        "Councillor Jones asked how the working party would look into the rise in fly-tipping.",
        # a decision that sets up no inquiry of the body's own
        "The Committee agreed to note the report on the review of the licensing policy.",
        "The Board agreed to set up a meeting with the Minister to look into funding.",
        # an inquiry to come, not set up
        "The Committee will set up a working party to look into the rise in fly-tipping next year.",
    ],
)
def test_the_meetings_business_stays_without_kinds(text):
    assert classify(text, author_words=AUTHOR) == []


def test_an_update_including_deeds_still_keeps_them():
    # the older carve-out (an update "including" what was done) reads as before
    assert "lobbying" in classify(
        "The Chair gave an update on the Partnership's work, including her meetings with the "
        "Minister in March to press for more funding for victims' services.",
        author_words=AUTHOR,
    )
