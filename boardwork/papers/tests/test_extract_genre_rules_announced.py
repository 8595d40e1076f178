"""A news page's deed told as the writing body's announcement (NOTES 2920): "The council said it had
recruited …", "The partnership announced it has trained …", "the council announced a new training
programme …". The kind is the deed's; another body's announcement, and what is announced as still to
come, is not the author's work. Invented sentences of the genre."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.pipeline import not_work


def _news(*paras: str) -> Paper:
    # A news page: no body, no headings, every line a paragraph.
    return Paper(meta=Meta(), blocks=[Paragraph(text=t) for t in paras])


def _kinds(paper: Paper) -> list[list[str]]:
    return [a["kinds"] for a in extract(paper)["activities"]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the deed after the reporting verb, "that" left out, in the past perfect
        (
            "The council said it had recruited forty volunteers to serve as street ambassadors in the town.",
            "support",
        ),
        # a new thing announced: its launch
        (
            "Last week the council announced a new training programme for teachers across the district.",
            "training",
        ),
        ("The force unveiled a new scheme for victims of burglary in the county on Monday.", "support"),
    ],
)
def test_the_bodys_announced_deed_is_read_with_its_kind(text: str, kind: str) -> None:
    assert not_work(text) is None
    assert [kind] in _kinds(_news("Westshire Council has backed a campaign against domestic abuse.", text))


def test_the_announced_deed_names_the_author_in_lower_case_as_news_does() -> None:
    text = "On Friday the partnership revealed that it had recruited twelve new mentors for young people."
    assert not_work(text, ("Westshire Community Safety Partnership", "the Partnership")) is None


@pytest.mark.parametrize(
    "text",
    [
        # another body's announcement is not the author's work
        "Last month the Government announced a new fund for councils to tackle knife crime in their areas.",
        "The Home Office said it had recruited hundreds of new officers for the region's forces.",
        # announced as still to come: no perfect, no deed
        "The council announced that a seminar on domestic abuse will be held in the spring.",
        # a finding announced, not a deed
        "The council said it was concerned about the rise in antisocial behaviour on the estates.",
    ],
)
def test_guards_what_is_not_the_authors_announced_deed(text: str) -> None:
    assert not_work(text) in {"no kind read", "the Government's own deed"}


def test_an_announced_deed_is_never_also_said_to_have_no_doer() -> None:
    # The announcer is the author body doing the work; a passive clause later in the sentence ("… was
    # appointed") must not add "does not say who did this" beside "announced or said it had done".
    text = (
        "The council said it had recruited volunteers to serve as ambassadors in the borough, and "
        "Councillor Jo Bloggs was appointed its first champion."
    )
    acts = extract(_news("Westshire Council has backed a campaign against domestic abuse.", text))[
        "activities"
    ]
    notes = next(a["unsure"] for a in acts if a["text"].startswith("The council said"))
    assert any("announced or said it had done" in n for n in notes)
    assert not any("does not say who did this" in n for n in notes)
