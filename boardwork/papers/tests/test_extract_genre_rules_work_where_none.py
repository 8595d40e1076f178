"""Work read where there is none (issue #15, tests/data/real/NOTES.md 660-679): the shapes in which
papers that report no work of their author's had some read at a first reading — a heading set as a
paragraph, the last meeting's minutes put to the meeting, a duty the law sets, the meeting's own
views ("expressed concern", "highlighted the need"), lobbying named in the present simple as what a
body is for — each with the real deed of the same shape that still reads. Every sentence here is
written for the genre (scrutiny minutes, a partnership's web page, an association's page), not taken
from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.pipeline import not_work

PANEL = ("Anyshire Police and Crime Panel", "Panel")
CSP = ("Anyshire Community Safety Partnership", "CSP")


def _read(
    paras: list[str], body: str = "Anyshire Community Safety Partnership"
) -> list[tuple[list[str], str]]:
    title = "Community Safety Update"
    blocks = [Heading(text=title, level=1)] + [Paragraph(text=t, number=None) for t in paras]
    paper = Paper(meta=Meta(title=title, body=body), blocks=blocks)
    return [(a["kinds"], a["text"]) for a in extract(paper)["activities"]]


# -- a heading set as a paragraph ----------------------------------------------------------------------


def test_a_heading_set_as_a_paragraph_is_no_work():
    assert not_work("Lobbying and Campaigns") == "a heading set as a paragraph"
    assert not_work("Working with Partners:") == "a heading set as a paragraph"
    assert not_work("Purpose of report") == "a heading set as a paragraph"
    got = _read(
        [
            "Lobbying and Campaigns",
            "In March the Partnership wrote to the Home Secretary about the cut to its grant.",
        ]
    )
    assert [t for _, t in got] == [
        "In March the Partnership wrote to the Home Secretary about the cut to its grant."
    ]


def test_a_short_line_with_a_verb_of_its_own_is_no_heading():
    assert not_work("Partners Launched Campaign") != "a heading set as a paragraph"
    assert _read(["We Lobbied the Minister in May."]) != []


# -- the last meeting's minutes put to the meeting -----------------------------------------------------


def test_minutes_to_be_confirmed_are_the_meetings_business():
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
    # (confirming told as a deed is not an agenda's line)
    assert (
        not_work("In May the Partnership worked with the police to confirm the funding of the youth project.")
        is None
    )


# -- a duty the law sets -------------------------------------------------------------------------------


def test_a_duty_set_by_law_is_no_partnership():
    assert (
        classify("District councils are required by law to work together with the police and probation.")
        == []
    )
    assert classify("The council is required by statute to cooperate with the fire service.") == []


def test_work_done_as_the_law_requires_still_reads():
    assert classify(
        "In 2023 the council worked with the police and probation on a joint plan, as it is required by law to do."
    ) == ["partnership"]


# -- the meeting's own views ---------------------------------------------------------------------------


def test_the_meeting_expressing_or_highlighting_a_view_is_no_lobbying():
    assert (
        classify("The Panel expressed concern about the level of government funding.", author_words=PANEL)
        == []
    )
    assert classify("Members expressed their concern about the Government's cuts.", author_words=PANEL) == []
    assert (
        classify("The Committee highlighted the need for more government funding.", author_words=PANEL) == []
    )
    assert (
        classify(
            "The Panel highlighted the Commissioner's work with the voluntary sector.", author_words=PANEL
        )
        == []
    )


def test_a_view_put_to_a_minister_still_reads_as_lobbying():
    assert classify(
        "The Committee highlighted the funding gap with local MPs at a briefing in March.", author_words=PANEL
    ) == ["lobbying"]
    assert classify(
        "The Panel wrote to the Home Secretary in July, highlighting its concerns about funding.",
        author_words=PANEL,
    ) == ["lobbying"]


# -- lobbying in the present simple: what the body is for -----------------------------------------------


def test_lobbying_in_the_present_simple_describes_the_body():
    assert classify("The Partnership lobbies government on behalf of its members.", author_words=CSP) == []
    assert classify("The NCA campaigns for councils to have the powers they need.") == []
    assert classify("It also campaigns for better funding for local services.") == []


def test_lobbying_done_still_reads():
    assert classify("The Partnership has lobbied the Government for more funding.", author_words=CSP) == [
        "lobbying"
    ]
    assert classify("In May the NCA campaigned for councils to keep their licensing powers.") == ["lobbying"]
    assert classify("The Association continues to lobby ministers for fair funding.") == ["lobbying"]
    # (the noun after a possessive: the body's campaigns told as done)
    assert classify("Our campaigns for fair funding have won three changes to the Bill.") == ["lobbying"]


# -- partnership work in the past still reads ----------------------------------------------------------


def test_partnership_work_in_the_past_still_reads_beside_a_standing_description():
    got = _read(
        [
            "The Partnership works in partnership with the Safer Neighbourhood Board.",
            "In 2023 the Partnership worked with the police and the fire service on a summer campaign of home "
            "safety visits.",
        ]
    )
    assert [t[:30] for _, t in got] == ["In 2023 the Partnership worked"]
    assert "partnership" in got[0][0]
