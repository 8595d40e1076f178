"""The title a paper is listed under when it prints none (`pipeline.paper_title`) and its import."""

from __future__ import annotations

import pytest

from boardwork.boards.models import Board
from boardwork.papers import services
from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.pipeline import paper_title
from boardwork.papers.models import StoredPaper

NO_CYCLE = Cycle()


def test_a_papers_own_title_wins():
    paper = Paper(meta=Meta(title="Community Safety Update", body="Police Committee"), blocks=[])
    assert paper_title(paper, NO_CYCLE) == "Community Safety Update"


def test_minutes_without_a_title_are_named_by_body_and_date_not_by_their_first_item():
    paper = Paper(
        meta=Meta(body="Police Committee", meeting_date="2014-01-20"),
        blocks=[
            Paragraph("At a MEETING of the POLICE COMMITTEE held at the Town Hall on 20 January 2014."),
            Paragraph("Present:-"),
            Heading("DECLARATION OF INTEREST"),
            Paragraph("No declarations were made."),
        ],
    )
    assert paper_title(paper, NO_CYCLE) == "Minutes: Police Committee, 20 January 2014"


def test_a_letter_without_a_title_is_named_by_body_and_date_without_calling_it_minutes():
    paper = Paper(
        meta=Meta(body="Fire Authority", meeting_date="2010-09"),
        blocks=[Paragraph("Dear Member,"), Heading("Working in partnership overseas")],
    )
    assert paper_title(paper, NO_CYCLE) == "Fire Authority, September 2010"


def test_without_body_or_date_the_first_heading_naming_a_subject():
    blocks = [Heading("Purpose of report"), Heading("Background"), Heading("Rural crime")]
    assert paper_title(Paper(meta=Meta(), blocks=blocks), NO_CYCLE) == "Rural crime"
    assert paper_title(Paper(meta=Meta(), blocks=blocks[:2]), NO_CYCLE) is None


def test_an_imported_minute_without_a_title_is_stored_under_body_and_date_and_as_minutes(
    db, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    board = Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")
    text = (
        "Police Committee - 20/01/2014\n\n"
        "At a MEETING of the POLICE COMMITTEE held at the Town Hall on 20 January 2014.\n\n"
        "Present:-\n\nCouncillor Ann Smith\n\nDECLARATION OF INTEREST\n\nNo declarations were made.\n"
    )
    res = services.import_paper(text.encode(), "minute.txt", board)
    assert res.status == "imported", res.reason
    assert res.paper.title.startswith("Minutes: ")
    assert "20 January 2014" in res.paper.title
    assert res.paper.kind == StoredPaper.Kind.MINUTES


@pytest.mark.parametrize("iso", ["2014-13-40", "not a date"])
def test_a_date_the_type_refuses_is_left_out(iso):
    paper = Paper(meta=Meta(body="Police Committee", meeting_date=iso), blocks=[])
    assert paper_title(paper, NO_CYCLE) == "Police Committee"


@pytest.mark.parametrize(
    "taken, listed",
    [
        ("DECLARATIONS OF INTEREST", "Minutes: Police Committee, 20 January 2014"),
        ("Apologies for Absence", "Minutes: Police Committee, 20 January 2014"),
        (
            "Confirmation of Minutes - Meeting held on 15 January 2019",
            "Minutes: Police Committee, 20 January 2014",
        ),
        ("Minutes", "Minutes: Police Committee, 20 January 2014"),
        (
            "Minutes of the meeting of the Police Committee held on 20 January 2014",
            "Minutes of the meeting of the Police Committee held on 20 January 2014",
        ),
    ],
)
def test_a_formality_a_reader_took_for_the_title_is_not_what_minutes_are_listed_under(taken, listed):
    paper = Paper(
        meta=Meta(title=taken, body="Police Committee", meeting_date="2014-01-20"),
        blocks=[Heading(taken, level=1), Paragraph("Present: Councillors A, B and C.")],
    )
    assert paper_title(paper, NO_CYCLE) == listed
