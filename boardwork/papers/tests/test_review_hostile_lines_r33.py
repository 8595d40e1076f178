"""The review of r33's merged rules (NOTES 3490-3494): three new patterns scanned from every start to a long
line's end, quadratic on a hostile line (a 100 kB line of "1,1,1,…", of "Report on A Report on A …",
or of lower-case words before a body's name took minutes). They are bounded or read in two steps with
no change of output; the assertions here are structural (no timing), and the readings the rules were
written for are kept. Every sentence is invented for the tests."""

from __future__ import annotations

import re

import pytest

from boardwork.papers.extract import kinds, pipeline, policies
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.policies import PolicyContext, find_policies

_UNBOUNDED = re.compile(r"(?<!\\)[*+]")


def test_the_count_of_people_at_events_is_bounded():
    # (the digits' run was `[\d,]*`: every digit after a comma started a scan to the run's end)
    assert r"[\d,]*" not in kinds._EVENT_COUNTED_IN.pattern
    assert r"\d[\d,]{0,30}\s+" in kinds._EVENT_COUNTED_IN.pattern


def test_events_counted_by_who_came_are_still_read():
    text = "Over 240 delegates from 60 councils came to our regional seminars on housing this year."
    assert "event" in kinds.classify(text, author_words=("Westshire Council",))


def test_a_papers_subject_before_its_quoted_title_is_bounded():
    subject = policies._DOC_QUOTED.pattern.split("manifesto))\\b", 1)[1].split(",?\\s+", 1)[0]
    assert subject.endswith("{0,11})?)")


def test_a_papers_subject_before_its_quoted_title_still_names_the_title():
    text = "The Minister published the Green Paper on Rural Bus Services, 'Moving Together', in spring."
    names = find_policies(text, PolicyContext(text, Cycle(), [], []), [], [])
    assert "Moving Together" in names
    assert not any(n.startswith("Green Paper") for n in names)


def test_a_headlines_word_is_read_with_no_scan_to_the_lines_end():
    # (one pattern from each word to the line's end was quadratic; the word is now found alone, in the
    # one stretch before the preposition, and the preposition by a pattern each start of which fails
    # at its first letters)
    assert not _UNBOUNDED.search(pipeline._HEADLINE_WORD.pattern)
    assert pipeline._PREPOSITION_TO_BODY.pattern.startswith(r"\s(?:from|to|with|against)")


# The one pattern the two steps replace: the reference the readings are checked against.
_ONE_PATTERN = re.compile(
    r"\b(?!(?:of|and|the|to|for|from|with|on|in|at|by|a|an|its|their|our|against)\b)[a-z]{3,}\b"
    r"[^.:|–-]*\s(?:from|to|with|against)\s+(?:the\s+)?$"
)


@pytest.mark.parametrize(
    "before",
    [
        "Town leaders plead for more funds from ",
        "Town leaders plead for more funds from the ",
        "Response from the ",
        "Report of the Chief Officer to the ",
        "Mayor writes - to ",
        "Councillors lobbied hard: with ",
        "Councillors lobbied hard with ",
        "Lobbied with ",
        "Letter sent to ",
        "Joint bid | to ",
        "Joint bid to",
        "",
        "Joint bid – against ",
        "A note on buses, against the ",
        "Its and of to ",
        "Plans and the with ",
        "offer to ",
    ],
)
def test_the_two_steps_read_as_the_one_pattern_did(before):
    assert pipeline._headline_object_before(before) == bool(_ONE_PATTERN.search(before))
