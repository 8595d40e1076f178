"""How likely a record is right, in words: one home for the review screen and the command line."""

import pytest

from boardwork.lib.confidence import likely_right


@pytest.mark.parametrize(
    ("confidence", "words"),
    [
        (0.6, "low"),
        (0.64, "low"),
        (0.65, "medium"),
        (0.7, "medium"),
        (0.8, "high"),
        (0.97, "high"),
        (None, "not recorded"),
    ],
)
def test_likely_right_in_words(confidence, words):
    assert likely_right(confidence) == words
