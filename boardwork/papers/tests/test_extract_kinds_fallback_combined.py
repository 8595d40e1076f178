"""How `kinds.classify` and its fallback (`kinds.action_cues`, the kind guessed from the body's verb)
combine (issue #15, tests/data/real/NOTES.md 2600-2609): the fallback runs only where `classify` reads
no kind. Merging the two (the fallback's kinds added to what `classify` read, in the unit or in its
sentences `classify` reads nothing in) was measured and not kept: the fallback's verbs are loose
("launched", "carried out", "commissioned" read as support, "wrote to" as partnership), and beside a
kind `classify` read from the deed's object they are nearly always wrong. These guards hold on main
(029b9f81); the union fails every one of the first test's cases, the merge by sentence its two cases of
two sentences. Wording invented for the tests, in the genre of a community safety
partnership's annual report, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract

BODY = "Anyshire Community Safety Partnership"


def _kinds(text: str, trained_model: bool) -> list[list[str]]:
    paper = Paper(
        meta=Meta(title="Annual report 2023/24", body=BODY),
        blocks=[Heading("Annual report 2023/24", 1), Heading("What we did", 2), Paragraph(text=text)],
    )
    return [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]


# -- a kind read from the deed's object: the verb's loose guess is not added --------------------------


@pytest.mark.parametrize("trained_model", [False, True])
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # "launched" alone guesses support: the campaign is the deed's kind
        (
            "In March 2024 the Partnership launched a campaign to recruit more volunteer street pastors.",
            "media",
        ),
        # "carried out", "commissioned": a study done or commissioned is research, not a service
        ("In 2023 the Partnership carried out a review of its domestic abuse services.", "research"),
        (
            "In June 2023 the Partnership commissioned the local university to evaluate its youth diversion "
            "scheme.",
            "research",
        ),
        # "wrote to" alone guesses partnership: to a minister it is lobbying only
        (
            "In July 2023 the Partnership wrote to the Home Secretary asking for more funding for "
            "neighbourhood policing.",
            "lobbying",
        ),
        # a second sentence classify reads nothing in: what the study was used for, how questions
        # about the campaign were answered, not deeds of another kind
        (
            "In 2023 the Partnership carried out a review of its domestic abuse services. We used the "
            "findings to set our priorities for 2024/25.",
            "research",
        ),
        (
            "In March 2024 the Partnership launched a campaign to recruit more volunteer street pastors. "
            "We responded quickly to the questions residents raised.",
            "media",
        ),
    ],
)
def test_a_kind_read_keeps_the_verbs_guess_out(text: str, kind: str, trained_model: bool) -> None:
    assert _kinds(text, trained_model) == [[kind]]


# -- no kind's words: the fallback still reads the deed's verb -----------------------------------------


@pytest.mark.parametrize("trained_model", [False, True])
@pytest.mark.parametrize(
    "text",
    [
        "In May 2023 the Partnership piloted a new approach to antisocial behaviour in two wards.",
        "In October 2023 the Partnership trialled street lighting changes in the town centre.",
    ],
)
def test_with_no_kind_read_the_fallback_reads_the_verb(text: str, trained_model: bool) -> None:
    assert _kinds(text, trained_model) == [["research"]]
