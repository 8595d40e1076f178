"""The notes the review screen shows where the extractor is unsure of an activity (`extract.unsure`):
each in an officer's words, saying what to check, with none of the rules' own terms. Names and
words invented for the tests."""

import re

import pytest

from boardwork.papers.extract import unsure as notes

EVERY_NOTE = [
    notes.EARLIER_WORK_IN_MINUTES,
    notes.TOLD_TO_THE_MEETING,
    notes.VISIT_IN_MINUTES,
    notes.NO_ACTOR,
    notes.FROM_SUMMARY,
    notes.FROM_CONSULTATION,
    notes.SURVEY_ANSWERS_COUNTED,
    notes.ACHIEVEMENT_WITHOUT_VERB,
    notes.MONEY_SPENT,
    notes.kind_guessed(["delivered"]),
    notes.kind_guessed(["wrote to", "met"]),
    notes.name_not_known("Hollin Trust"),
    notes.author_named_most("Northvale Council"),
    notes.author_inferred("Northvale Council"),
    notes.organisation_by_its_name("Newtown Borough Council"),
    notes.bodies_listed(["Open Stage"], "Grants were awarded to:"),
    notes.bodies_listed(["Open Stage", "Far Meadow Residents Association"], "Grants were awarded to:"),
    notes.likely_work(0.62),
]
# The rules' own terms, which mean nothing to an officer reviewing a paper.
JARGON = re.compile(
    r"\b(?:past perfect|reported speech|rules?|trained model|model|units?|loose|deed|noun phrase|"
    r"author body|minute's|pluperfect|gazetteer|cue|veto)\b",
    re.I,
)


@pytest.mark.parametrize("note", EVERY_NOTE)
def test_every_note_says_what_to_check_in_plain_words(note):
    assert JARGON.search(note) is None, note
    assert re.search(r"\b(?:check|add it)\b", note, re.I), note
    assert note[0].isupper() or note[0] == "'", note
    assert note.endswith("."), note


def test_a_guessed_kind_names_the_words_it_was_guessed_from():
    assert notes.kind_guessed(["delivered"]) == "The kind is a guess from the word 'delivered': check it."
    assert notes.kind_guessed(["wrote to"]) == "The kind is a guess from the words 'wrote to': check it."
    assert notes.kind_guessed(["wrote to", "met", "met"]) == (
        "The kind is a guess from the words 'wrote to' and 'met': check it."
    )


def test_the_model_s_likelihood_is_a_percentage():
    assert "(62%)" in notes.likely_work(0.62) and "0.62" not in notes.likely_work(0.62)


def test_one_body_listed_is_checked_as_one():
    assert notes.bodies_listed(["Open Stage"], "Grants went to:").endswith("check it is right.")
    assert notes.bodies_listed(["Open Stage", "Brightside"], "Grants went to:").endswith(
        "check they are right."
    )
