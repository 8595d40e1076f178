"""Who answers the press, opening a line (issue #15, tests/data/real/NOTES.md 2760): one pattern,
`kinds.PRESS_CONTACT`, read by both its callers, the pipeline's line to the reader (a unit that is such
a line is no work) and the media round's sign-post (such a sentence is no media work). A form either
caller knew now reaches the other; the enquiries themselves as a subject stay work. Wording invented
for the tests, in the genre of council, partnership, fire and police papers."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import PRESS_CONTACT, classify
from boardwork.papers.extract.pipeline import not_work

_READER = "a line to the reader"


@pytest.mark.parametrize(
    "text",
    [
        # (the media round knew a word between "for" and the press; the pipeline did not)
        "For local media enquiries, the Communications Team is on duty every weekday.",
        # (the pipeline knew a bare label sending the reader on; the media round wanted its colon)
        "Media enquiries to the Communications Team, Northvale House.",
        "Media enquiries - the Communications Team, Northvale House.",
        "For further press queries the duty officer answers out of hours.",
        "Press contact - Jane Smith, Communications Officer, Northvale Fire and Rescue Service.",
    ],
)
def test_both_callers_read_a_press_contact_line(text):
    assert PRESS_CONTACT.match(text)
    assert not_work(text) == _READER
    assert "media" not in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "For media enquiries please contact the press office on 01632 960000.",
        "Media enquiries: the press office, 01632 960123.",
        "Journalists' enquiries to the Communications Team.",
    ],
)
def test_the_known_forms_are_still_lines_to_the_reader(text):
    assert not_work(text) == _READER
    assert "media" not in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        # the enquiries as a subject: the press office's work, not a line to the reader
        "Media enquiries rose by a fifth in the year, to 310.",
        "The Council responded to media enquiries about the closure of the depot.",
        "The Communications Team handled 240 media enquiries during the year.",
    ],
)
def test_the_enquiries_told_as_work_stay_media(text):
    assert not PRESS_CONTACT.match(text)
    assert not_work(text) != _READER
    assert "media" in classify(text)
