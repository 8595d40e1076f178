"""Review of round r34's merged code (tests/data/real/NOTES.md 3670-3679): what a body's advocacy won
has one home, `_LOBBY_STRONG`; `_ADVOCACY_DONE` reads advocacy told as a deed ("through our advocacy",
"stepped up its advocacy", "advocated for"). The two rounds that wrote the reading twice are kept
where they agree; where the lobbying round's looser copy read an advocacy service's help to clients
as lobbying, the loose-kinds round's guard (the verb at once, "helped" naming what was won) holds.
The new patterns of the round are checked for a linear shape by input size, never by timing.
Sentences invented for the tests, not taken from any corpus paper."""

from __future__ import annotations

import re

import pytest

from boardwork.papers.extract import dates, kinds, organisations, people, sections
from boardwork.papers.extract.kinds import classify


@pytest.mark.parametrize(
    "text",
    [
        "Our advocacy helped secure £12 million more for member councils in the Budget.",
        "Our advocacy helped to win a two-year delay to the new reporting duty.",
        "Its advocacy secured a fairer formula for coastal districts.",
        "Our advocacy has secured a review of the waste levy.",
        "Our advocacy persuaded ministers to drop the planned cap on fees.",
        "The Federation's advocacy shaped the final version of the licensing bill.",
        "Our sustained advocacy helped secure a fairer settlement for rural councils.",
        "Our campaigning won a reprieve for the harbour grant.",
        "Our advocacy has paid off: the charge will be indexed from April.",
        "Our advocacy contributed to the decision to keep the grant.",
    ],
)
def test_what_the_advocacy_won_is_lobbying_in_full_and_in_background(text):
    # one home in `_LOBBY_STRONG`: read in a section's body and in background sections alike
    assert "lobbying" in classify(text)
    assert "lobbying" in classify(text, strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "Through our advocacy the levy was deferred for a year.",
        "The Guild steps up its advocacy of independent certification.",
        "We advocated strongly for multi-year funding settlements for councils.",
    ],
)
def test_advocacy_as_a_deed_stays_lobbying(text):
    assert "lobbying" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our advocacy service helped 240 victims of domestic abuse find safe housing.",
        "Our advocacy and support service helped 240 victims last year.",
        "Our independent advocacy helped 35 clients to stay in their homes.",
        "The caseworker advocated for the victim at the hearing.",
    ],
)
def test_an_advocacy_service_helping_people_is_no_lobbying(text):
    assert "lobbying" not in classify(text)


def test_the_advocacy_won_reading_has_one_home():
    # the lobbying round's copy of the reading ("our advocacy … helped/secured") is gone from
    # `_ADVOCACY_DONE`; `_LOBBY_STRONG` reads it
    assert not kinds._ADVOCACY_DONE.search("Our advocacy secured a review of the waste levy.")
    assert kinds._LOBBY_STRONG.search("Our advocacy secured a review of the waste levy.")


_ROUND_PATTERNS = [
    kinds._LOBBY_STRONG,
    kinds._SHORT_DEPARTMENT_LOBBIED,
    kinds._CONCERNS_PUT_TO_GOVERNMENT,
    kinds._ADVOCACY_DONE,
    kinds._SUBMISSION_ON_CONSULTATION,
    kinds._RESPONSE_PREPARED,
    kinds._COMMENTS_SUBMITTED,
    kinds._OWN_COURSE_ATTENDED,
    kinds._CPD_GIVEN,
    kinds._TRAINING_DAY_HELD,
    dates._NEWS_DEED,
    people._PERSON_OFFICE,
    sections._HEADLINE_DEED,
    organisations._SAINT_STOP,
]

# Nested unbounded repetition (a group repeated by `+`, `*` or `{n,}` that itself holds `+`, `*` or
# `{n,}`) is the shape that backtracks without end; the round's patterns bound their gaps.
_NESTED_UNBOUNDED = re.compile(r"\((?:[^()]|\([^()]*\))*[+*](?:[^()]|\([^()]*\))*\)(?:[+*]|\{\d+,\})")


@pytest.mark.parametrize("pat", _ROUND_PATTERNS, ids=lambda p: p.pattern[:30])
def test_round_patterns_have_no_nested_unbounded_repetition(pat):
    assert not _NESTED_UNBOUNDED.search(pat.pattern)


@pytest.mark.parametrize("pat", _ROUND_PATTERNS, ids=lambda p: p.pattern[:30])
@pytest.mark.parametrize(
    "word", ["our advocacy ", "the consultation ", "we have fought ", "Chair Jo Bloggs ", "St. Albans ", "a "]
)
def test_round_patterns_end_on_long_hostile_lines(pat, word):
    # A line of one phrase repeated with no stop: every pattern finishes and finds matches only
    # where the phrase gives them (a check of shape by input size, not by time)
    line = (word * (16000 // len(word) + 1))[:16000]
    found = list(pat.finditer(line))
    assert all(m.end() - m.start() < 1000 for m in found)


def test_a_department_named_in_full_has_one_list():
    # the Government addressed and a department written to share one list of departments
    assert kinds._DEPARTMENT_FULL in kinds._GOVERNMENT_ADDRESSEE
    assert kinds._DEPARTMENT_FULL in kinds._DEPARTMENT_WRITTEN_TO.pattern
    for text in (
        "We wrote to the Department for Transport about the bus grant.",
        "We called on the Home Office to act.",
    ):
        assert kinds._DEPARTMENT_WRITTEN_TO.search(text)
    assert not kinds._DEPARTMENT_WRITTEN_TO.search("We wrote to the department about the grant.")
