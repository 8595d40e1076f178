"""A paper from which nothing was found (no activity, theme or plan) whose title or opening names a
genre that tells no work — a notice of meeting, an agenda, a cancelled meeting, a schedule of
meetings — says why, in the words of the note for a paper judged to report no work
(`extract.intentions.nothing_found_note`, `Extraction.no_work`, `StoredPaper.no_work_note`). Only the
note is added: what was found stays as it was. Invented pages in the genre."""

from __future__ import annotations

import pytest

from boardwork.boards.models import Board
from boardwork.papers import services, untrusted
from boardwork.papers.extract.intentions import nothing_found_note
from boardwork.papers.models import StoredPaper

NOTICE = b"""# Notice of meeting

Notice is hereby given that the Anyshire Licensing Committee will hold a special meeting on Tuesday 3 March 2026 at 10:00 in the Council Chamber, Town Hall, Anytown.

Members of the public may attend the meeting.
"""

AGENDA = b"""# Anyshire Parish Council

Agenda

1. Apologies for absence

2. Minutes of the last meeting

3. Planning applications

4. Date of next meeting
"""

CANCELLED = b"""# Anyshire Police and Crime Panel

Agenda

The meeting on Thursday 5 March 2026 is cancelled.
"""

SCHEDULE = b"""# Schedule of meetings 2026

The Board meets at 18:00 in the Town Hall, Anytown, on these dates:

- Tuesday 13 January 2026
- Tuesday 14 April 2026
- Tuesday 14 July 2026
"""

# A news page from which nothing is found, naming no genre: no note.
NEWS_NOTHING = b"""# Town centre car park to close for resurfacing

The car park on High Street will close from 3 March 2026 for two weeks while its surface is renewed.

Drivers are asked to use the Station Road car park instead.
"""

# Minutes under an agenda's title that report work: activities, and no note.
WORK = b"""# Agenda and minutes

In March 2025 the Partnership held a safer streets week with Anyshire Police in every town centre.

The Community Safety Team visited 300 older residents and fitted smoke alarms in their homes.
"""


def _read(data: bytes):
    doc, extraction = untrusted.read(data, "paper.md", extract={"trained_model": True})
    assert extraction is not None
    return doc, extraction


@pytest.mark.parametrize(
    ("data", "genre"),
    [
        (NOTICE, "a notice of meeting"),
        (AGENDA, "an agenda"),
        (CANCELLED, "a notice that a meeting is cancelled"),
        (SCHEDULE, "a schedule of meetings"),
    ],
)
def test_a_paper_of_meetings_with_nothing_found_says_why(data, genre):
    doc, extraction = _read(data)
    assert not extraction["activities"] and not extraction["themes"] and extraction["plan"] is None
    assert doc.notes["no_work"].startswith(f"this reads as {genre} \u2014 "), doc.notes
    assert doc.notes["no_work"].endswith(", not work done")


def test_a_news_page_with_nothing_found_gets_no_note():
    doc, extraction = _read(NEWS_NOTHING)
    assert not extraction["activities"]
    assert "no_work" not in doc.notes


def test_a_paper_with_activities_gets_no_note():
    doc, extraction = _read(WORK)
    assert extraction["activities"]
    assert "no_work" not in doc.notes


def test_the_note_reads_the_title_and_short_lines_of_the_opening():
    assert nothing_found_note("NOTICE OF SPECIAL MEETING", []) == (
        "this reads as a notice of meeting \u2014 it tells of a meeting to come, not work done"
    )
    assert nothing_found_note("Meeting schedule 2027", []) is not None
    assert nothing_found_note("Anyshire Board", ["Anyshire Board", "AGENDA"]) is not None
    assert nothing_found_note(None, ["Board meeting CANCELLED"]) is not None
    # A paragraph that mentions an agenda or a cancelled meeting is not the paper's genre.
    long = "The Board set the agenda for the year and agreed that the cancelled meeting would be held in May."
    assert nothing_found_note("Annual report", [long]) is None
    assert nothing_found_note("Town centre car park to close", ["The car park will close."]) is None


@pytest.fixture
def board(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return Board.objects.create(name="Anyshire Community Safety Partnership", slug="acsp")


def test_importing_a_notice_of_meeting_says_why_nothing_was_proposed(board):
    res = services.import_paper(NOTICE, "notice.md", board)
    assert res.status == "imported", res.reason
    assert res.activities == 0 and res.themes == 0
    sentence = (
        "Nothing proposed: this reads as a notice of meeting \u2014 it tells of a meeting to come, "
        "not work done. If it does report work, add the activities by hand."
    )
    assert sentence in res.warnings, res.warnings
    assert services.NOTHING_RECOGNISED not in res.warnings
    assert StoredPaper.objects.get(pk=res.paper.pk).no_work_note == sentence
    assert "notes" not in res.extraction and "no_work" not in res.extraction


def test_importing_a_news_page_with_nothing_found_keeps_the_old_words(board):
    res = services.import_paper(NEWS_NOTHING, "news.md", board)
    assert res.status == "imported", res.reason
    assert services.NOTHING_RECOGNISED in res.warnings, res.warnings
    assert StoredPaper.objects.get(pk=res.paper.pk).no_work_note is None
