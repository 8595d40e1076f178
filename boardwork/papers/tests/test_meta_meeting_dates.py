"""The meeting's date as the genre's covers tell it: the date row under its many labels, the body and
its date on the title line, a record's title naming the meeting and the day it met, a body's name
running on into its date; and the dates that are not the meeting's. Invented texts."""

from __future__ import annotations

import pytest

from boardwork.papers.readers._shared.meta import find_meta


def meta_of(text: str):
    lines = text.splitlines()
    meta, skip = find_meta(lines)
    return meta, [lines[i] for i in sorted(skip)]


# -- the date row under its labels ----------------------------------------------------------------


@pytest.mark.parametrize(
    "row",
    [
        "Committee date: 05/03/2024",
        "Meeting Date - 5 March 2024",
        "Date of Cabinet meeting: Tuesday 5th March 2024",
        "Board meeting date: 5.3.24",
        "Panel date – March 5, 2024",
    ],
)
def test_the_date_row_under_other_labels(row):
    meta, skipped = meta_of(f"Eastvale Council\n\n{row}\n\nTreasury Management Strategy\n\n1. Purpose")
    assert meta.meeting_date == "2024-03-05"
    assert row in skipped
    assert meta.title == "Treasury Management Strategy"


def test_a_bare_committee_date_label_takes_the_date_under_it():
    meta, skipped = meta_of("Committee Date\n\nTuesday, 5th March, 2024\n\nReport title: Budget Monitoring")
    assert meta.meeting_date == "2024-03-05"
    assert "Committee Date" in skipped


def test_the_next_meetings_date_is_not_the_meetings():
    # Guards: the next meeting's row, however labelled, and a date that is no meeting's.
    for row in ("Date of next meeting: 5 March 2024", "Date of the next meeting - 5 March 2024"):
        meta, _ = meta_of(f"Budget Monitoring\n\n{row}\n\n1. Purpose")
        assert meta.meeting_date is None, row
    meta, _ = meta_of("Budget Monitoring\n\nDate of publication - 5 March 2024\n\n1. Purpose")
    assert meta.meeting_date is None


# -- the body and its date on one line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Cabinet – 5 March 2024", "Cabinet"),
        ("Audit and Governance Committee: 5 March 2024", "Audit and Governance Committee"),
        ("Overview and Scrutiny Committee on Tuesday 5 March 2024", "Overview and Scrutiny Committee"),
        ("Licensing Panel meeting held on 5 March 2024", "Licensing Panel"),
    ],
)
def test_the_body_and_its_date_over_the_title(line, body):
    meta, skipped = meta_of(f"{line}\n\nTreasury Management Strategy\n\n1. Purpose of the report")
    assert (meta.body, meta.meeting_date) == (body, "2024-03-05")
    assert meta.title == "Treasury Management Strategy"
    assert line in skipped


def test_a_report_to_row_with_its_date_names_the_body_without_the_on():
    meta, _ = meta_of("Report to: Cabinet on 5 March 2024\n\nTitle: Budget Monitoring")
    assert (meta.body, meta.meeting_date) == ("Cabinet", "2024-03-05")


def test_a_body_named_by_its_kind_with_a_date_far_down_is_a_listed_paper():
    # Guard: "Cabinet – 12 January 2023" in the background papers is an earlier meeting's paper.
    lines = ["Budget Monitoring", "", "1. Purpose", ""] + [f"Paragraph {k} of the report." for k in range(30)]
    lines += ["", "Background papers", "", "Cabinet – 12 January 2023"]
    meta, _ = find_meta(lines)
    assert meta.meeting_date is None


# -- a record's title naming its meeting ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Minutes of the meeting of the Audit Committee held on Tuesday 5 March 2024 at 2.00 pm",
            "Audit Committee",
        ),
        (
            "MINUTES of a meeting of the PLANNING COMMITTEE held at the Town Hall on Tuesday, 5 March 2024",
            "Planning Committee",
        ),
        ("Agenda for the meeting of the Licensing Committee on 5th March 2024", "Licensing Committee"),
        (
            "Notes of the Safer Eastvale Partnership Board meeting held on 05/03/2024",
            "Safer Eastvale Partnership Board",
        ),
    ],
)
def test_a_records_title_gives_the_meeting_date(line, body):
    meta, skipped = meta_of(
        f"{line}\n\nPresent: Councillor A Bee (Chair)\n\n1. Apologies\n\nThere were none."
    )
    assert (meta.body, meta.meeting_date) == (body, "2024-03-05")
    assert line not in skipped  # the record's title stays


def test_minutes_of_an_earlier_meeting_give_no_date():
    # Guards: the item confirming the last minutes, the next meeting, and such a line after the
    # attendance rows, where the record's items have begun.
    for text in (
        "Minutes of the previous meeting held on 5 March 2024\n\nThe minutes were agreed.",
        "Next meeting on 5 March 2024\n\nPlease note the date.",
        "Present: Councillor A Bee\n\nMinutes of the meeting held on 5 March 2024\n\nAgreed.",
        "Minutes of the meeting held on 5 March 2024 were agreed as a correct record.",
    ):
        meta, _ = meta_of(text)
        assert meta.meeting_date is None, text


# -- a label and its date read onto one line with no colon --------------------------------------


@pytest.mark.parametrize(
    "row",
    ["Date of Meeting 5 March 2024", "Meeting Date\t05/03/2024", "Date Tuesday 5th March 2024"],
)
def test_a_date_cell_read_onto_its_labels_line(row):
    meta, skipped = meta_of(f"Eastvale Council\n\n{row}\n\nTreasury Management Strategy\n\n1. Purpose")
    assert meta.meeting_date == "2024-03-05"
    assert row in skipped
    assert meta.title == "Treasury Management Strategy"


def test_a_label_with_no_colon_over_other_dates_is_no_date_row():
    # Guards: a consultation's dates and a deadline, whose labels are not the meeting's.
    for row in ("Date of the consultation 5 March 2024 to 5 April 2024", "Deadline 5 March 2024"):
        meta, _ = meta_of(f"Treasury Management Strategy\n\n{row}\n\n1. Purpose")
        assert meta.meeting_date is None, row


def test_a_date_label_closing_the_body_row_is_no_part_of_the_body():
    meta, _ = meta_of("Meeting: Cabinet   Date: 5 March 2024\n\nTreasury Management Strategy")
    assert (meta.body, meta.meeting_date) == ("Cabinet", "2024-03-05")


def test_a_report_to_line_with_its_date():
    meta, skipped = meta_of("Report to Cabinet 5 March 2024\n\nTreasury Management Strategy\n\n1. Purpose")
    assert (meta.body, meta.meeting_date) == ("Cabinet", "2024-03-05")
    assert "Report to Cabinet 5 March 2024" not in skipped  # (the line stays, as the cover prints it)
    # Guard: a report to people, with a date, is no body's.
    meta, _ = meta_of("Report to residents 5 March 2024\n\nTreasury Management Strategy")
    assert meta.meeting_date is None and meta.body is None


def test_held_on_under_the_bodys_name():
    meta, skipped = meta_of(
        "Audit Committee\n\nHeld on Tuesday 5 March 2024 at 2pm\n\nBudget Monitoring\n\n1. Purpose"
    )
    assert (meta.body, meta.meeting_date, meta.title) == (
        "Audit Committee",
        "2024-03-05",
        "Budget Monitoring",
    )
    meta, skipped = meta_of("Audit Committee\n\nMeeting held on 5 March 2024\n\nPresent: Councillor A Bee")
    assert meta.meeting_date == "2024-03-05" and "Meeting held on 5 March 2024" in skipped
    # Guards: the title's own line wrapped before "held on" (in either case), and a sentence with
    # "held on" and a date.
    meta, skipped = meta_of("Minutes of the Audit Committee\nHeld on 5 March 2024 at County Hall\n\nItem 1")
    assert "Held on 5 March 2024 at County Hall" not in skipped
    meta, skipped = meta_of(
        "Summary of the Audit Committee Meeting\nheld on 5 March 2024\n\nThe Committee met."
    )
    assert "held on 5 March 2024" not in skipped
    meta, _ = meta_of("Budget Monitoring\n\nHeld on 5 March 2024, the event drew 300 residents to the park.")
    assert meta.meeting_date is None


# -- an agenda's notice of its meeting ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "body"),
    [
        (
            "Notice is hereby given that a meeting of the Cabinet will be held in the Council Chamber on "
            "Tuesday 5 March 2024 at 7.00 pm.",
            "Cabinet",
        ),
        (
            "Meeting of the Licensing Committee to be held on Tuesday, 5 March 2024 at 10.00 am",
            "Licensing Committee",
        ),
        (
            "You are summoned to attend a meeting of the Audit Committee to be held at the Civic Centre on "
            "5th March 2024 at 2pm.",
            "Audit Committee",
        ),
    ],
)
def test_an_agendas_notice_gives_the_meeting_date(line, body):
    meta, _ = meta_of(f"{line}\n\nAgenda\n\n1. Apologies for absence")
    assert (meta.body, meta.meeting_date) == (body, "2024-03-05")


def test_a_notice_of_the_next_meeting_gives_no_date():
    # Guards: the next meeting's notice in a record, and a meeting of people, not of a body.
    meta, _ = meta_of("The next meeting of the Audit Committee will be held on 5 March 2024.\n\nAgreed.")
    assert meta.meeting_date is None
    meta, _ = meta_of("A meeting of residents will be held on 5 March 2024.\n\nAll are welcome.")
    assert meta.body is None
