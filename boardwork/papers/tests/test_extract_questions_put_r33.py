"""A question put to someone reports no deed (issue #15, tests/data/real/NOTES.md 3410-): "asked the
Leader to explain how the cabinet has been lobbying ministers", "ask Cllr X to set out why …" — the
deed after the question word is what the one asked must account for, however long the question's
subject. Guards: the asker's own deed before the question (a government asked to explain is itself
pressed), a deed in the next clause or sentence, a new deed of the asker's after "and". Wording
invented for the tests, in the genre of council, partnership, fire and police papers, not taken from
any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.text import norm_text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "The opposition asked the Leader to explain how the Labour-run executive of the council has "
            "been lobbying ministers for a better deal.",
            "lobbying",
        ),
        (
            "The opposition group asked the Leader to explain how the administration has been pressing "
            "ministers for a better settlement.",
            "lobbying",
        ),
        (
            "They asked Cllr Jones to confirm what the ruling group on the cabinet has done to lobby the "
            "Home Office on police funding.",
            "lobbying",
        ),
        (
            "The group asks the Mayor to set out how the combined authority's transport team has been "
            "lobbying the Department for Transport.",
            "lobbying",
        ),
        (
            "Campaigners have asked the council leader to explain whether the Conservative-led cabinet "
            "had written to the Chancellor.",
            "lobbying",
        ),
        (
            "A resident asked the chair to explain how the board and its many partners have published a "
            "new guide for carers.",
            "publication",
        ),
        (
            "Councillors asked the cabinet member to outline how the authority and the health board have "
            "been working in partnership on discharge.",
            "partnership",
        ),
    ],
)
def test_a_question_put_to_someone_reports_no_deed(text, kind):
    assert kind not in classify(norm_text(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the asking is itself the deed: a government pressed for an answer
        ("We asked the Home Office to explain why the grant had been cut.", "lobbying"),
        # the deed told before the question
        (
            "We have lobbied ministers for a fairer settlement and asked them to explain how the formula works.",
            "lobbying",
        ),
        # a deed in the next clause or the next sentence
        (
            "The Leader asked officers to prepare a briefing, and we wrote to the Welsh Government to press "
            "for a fairer settlement.",
            "lobbying",
        ),
        (
            "Members asked the officer to explain the figures. The council has written to the Minister to "
            "press for more funding.",
            "lobbying",
        ),
        # a new deed of the asker's after "and"
        (
            "Residents asked the council to explain how the scheme works and we then published a guide to it.",
            "publication",
        ),
        (
            "The Forum asked its members to say what they wanted from the review and published their answers "
            "in the spring newsletter.",
            "publication",
        ),
        # asked to explain something, with no question word: the deed after is the asker's
        ("We asked partners to explain their priorities and then published a joint plan.", "publication"),
        # no question put
        ("The cabinet has been lobbying Welsh Government ministers for a fairer settlement.", "lobbying"),
    ],
)
def test_deeds_round_a_question_are_kept(text, kind):
    assert kind in classify(norm_text(text))
