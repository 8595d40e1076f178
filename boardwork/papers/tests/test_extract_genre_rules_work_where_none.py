"""Work read where there is none (issue #15, tests/data/real/NOTES.md 660-679): an agenda's line
putting the last meeting's minutes to the meeting ("To confirm the minutes of the meeting held on
…") is the meeting's business, as "To approve the minutes" already was, whatever the minute under it
goes on to say; confirming told as a deed still reads. Written for the genre (a town council's or a
panel's minutes), not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.pipeline import not_work


def _read(paras: list[str]) -> list[tuple[list[str], str]]:
    title = "Minutes of the Community Safety Panel"
    blocks = [Heading(text=title, level=1)] + [Paragraph(text=t, number=None) for t in paras]
    paper = Paper(meta=Meta(title=title, body="Anyshire Community Safety Partnership"), blocks=blocks)
    return [(a["kinds"], a["text"]) for a in extract(paper)["activities"]]


def test_minutes_put_to_the_meeting_are_its_business():
    assert (
        not_work("To confirm the minutes of the meeting held on 9 June 2016.")
        == "what the meeting is asked to do"
    )
    assert (
        not_work(
            "To sign the minutes of the previous meeting, at which members asked that the Minister be lobbied."
        )
        == "what the meeting is asked to do"
    )
    assert (
        not_work("To adopt the minutes of the Annual Meeting held on 12 May.")
        == "what the meeting is asked to do"
    )
    # (the minute under it tells what the last meeting heard, not work the paper reports)
    assert (
        _read(
            [
                "To confirm the minutes of the meeting held on 3 March 2016, at which the Partnership's work with "
                "the police on the summer campaign was reported."
            ]
        )
        == []
    )


def test_confirming_told_as_a_deed_still_reads():
    assert (
        not_work("In May the Partnership worked with the police to confirm the funding of the youth project.")
        is None
    )
    got = _read(
        ["In May the Partnership worked with the police to confirm the funding of the youth project."]
    )
    assert [k for k, _ in got] == [["partnership"]]
