"""A cover's labelled rows that are no meta field and no text ("Authority/Authorities Affected: All",
"Exempt/Confidential Item: No"), and a "To:" row naming the members a report is addressed to: the
body is the one they are members of. Invented texts."""

from __future__ import annotations

from boardwork.papers.readers._shared.meta import find_meta, is_cover_label
from boardwork.papers.tests.plaintext import read_txt, texts

COVER = (
    "EASTMOOR COMBINED AUTHORITY\n\n"
    "To: The Metro Mayor and Members of the Combined Authority\n\n"
    "Meeting: 12 March 2025\n\n"
    "Authority/Authorities Affected: All\n\n"
    "EXEMPT/CONFIDENTIAL ITEM: No\n\n"
    "REPORT OF THE HEAD OF POLICY\n\n"
    "EASTMOOR COMBINED AUTHORITY BUS FRANCHISING UPDATE\n\n"
    "1. PURPOSE OF REPORT\n\n"
    "1.1 This report updates the Authority on the bus franchising scheme.\n"
)


def meta_of(text: str):
    lines = text.splitlines()
    meta, skip = find_meta(lines)
    return meta, [lines[i] for i in sorted(skip)]


def test_the_affected_and_exempt_rows_are_cover_furniture_not_the_title():
    d = read_txt(COVER)
    assert d["meta"]["title"] == "EASTMOOR COMBINED AUTHORITY BUS FRANCHISING UPDATE"
    assert d["meta"]["meeting_date"] == "2025-03-12"
    assert not any("Affected" in t or "CONFIDENTIAL" in t for t in texts(d))


def test_the_members_a_report_is_addressed_to_name_the_body_they_are_members_of():
    d = read_txt(COVER)
    assert d["meta"]["body"] == "Eastmoor Combined Authority"
    meta, _ = meta_of("Annual Report\n\nTo: Chair and Members of the Audit Committee\n\nDate: 3 June 2025\n")
    assert meta.body == "Audit Committee"
    meta, _ = meta_of("Annual Report\n\nTo: All Members of the Licensing Panel\n\nDate: 3 June 2025\n")
    assert meta.body == "Licensing Panel"


def test_the_rows_are_cover_labels():
    assert is_cover_label("Authority/Authorities Affected: All")
    assert is_cover_label("Areas affected: All")
    assert is_cover_label("Exempt/Confidential Item: No")
    assert is_cover_label("Authorities affected")


# -- guards ---------------------------------------------------------------------------------------


def test_a_to_row_naming_a_body_keeps_it():
    meta, _ = meta_of("Annual Report\n\nTo: Safer Communities Board\n\nDate: 3 June 2025\n")
    assert meta.body == "Safer Communities Board"


def test_members_of_no_body_are_not_read_as_one():
    # "Members of the public" names no body: the row is read as before.
    meta, _ = meta_of("Annual Report\n\nTo: Members of the public\n\nDate: 3 June 2025\n")
    assert meta.body != "public"


def test_a_sentence_about_the_areas_affected_stays_text():
    assert not is_cover_label("The areas affected by the flooding in 2024 were Eastmoor and Westvale.")
    d = read_txt(
        "Flood Recovery Update\n\n1. Background\n\n"
        "1.1 The areas affected by the flooding in 2024 were Eastmoor and Westvale.\n"
    )
    assert any("areas affected by the flooding" in t for t in texts(d))


# -- a cover's "Report:" row ----------------------------------------------------------------------


def test_a_report_row_among_the_cover_rows_gives_the_title():
    d = read_txt(
        "Meeting:      WESTVALE PUBLIC SERVICES BOARD\n\n"
        "Report:       WESTVALE YOUTH SAFETY REVIEW – FIRST REPORT\n\n"
        "Date:         4th February 2025\n\n"
        "1.   PURPOSE:\n\n"
        "To give the Board the first findings of the youth safety review.\n"
    )
    assert d["meta"]["title"] == "WESTVALE YOUTH SAFETY REVIEW – FIRST REPORT"
    assert d["meta"]["meeting_date"] == "2025-02-04"
    assert not any("YOUTH SAFETY REVIEW" in t for t in texts(d))


def test_a_report_line_with_no_cover_row_beside_it_is_no_title():
    meta, skipped = meta_of(
        "Youth Safety Review\n\n1. Background papers\n\n"
        "Report: Westvale Youth Safety Review, Cabinet, 4 February 2025\n\n"
        "2. Next steps\n\nThe review will report again in the spring.\n"
    )
    assert meta.title == "Youth Safety Review"
    assert not any(s.startswith("Report:") for s in skipped)


# -- the meeting's date ---------------------------------------------------------------------------


def test_a_date_row_with_its_time_gives_the_meeting_date():
    for row in (
        "Date and time: Thursday 6 November 2025 at 2pm",
        "Meeting Date & Time: 6 November 2025, 2.00 pm",
        "Date/Time: 06/11/2025 14:00",
    ):
        d = read_txt(
            f"Meeting: Audit Committee\n{row}\n\nTreasury Review\n\n1. Purpose\n\n1.1 This report reviews it.\n"
        )
        assert d["meta"]["meeting_date"] == "2025-11-06", row
        assert d["meta"]["title"] == "Treasury Review", row


def test_a_meeting_row_dates_the_meeting_over_the_reports_own_date():
    for rows in (
        "Date of report: 20 October 2025\nMeeting date: 6 November 2025",
        "Date of report: 20 October 2025\nMeeting: Audit Committee, 6 November 2025",
        "Meeting date: 6 November 2025\nDate of report: 20 October 2025",
    ):
        d = read_txt(f"{rows}\n\nTreasury Review\n\n1. Purpose\n\n1.1 This report reviews it.\n")
        assert d["meta"]["meeting_date"] == "2025-11-06", rows


def test_the_reports_own_date_stands_where_no_row_dates_the_meeting():
    d = read_txt(
        "Date of report: 20 October 2025\nReport to: Audit Committee\n\nTreasury Review\n\n"
        "1. Purpose\n\n1.1 This report reviews it.\n"
    )
    assert d["meta"]["meeting_date"] == "2025-10-20"


def test_the_next_meetings_date_and_time_is_not_this_meetings():
    d = read_txt(
        "Meeting: Audit Committee\nDate: 6 November 2025\n\nTreasury Review\n\n1. Purpose\n\n"
        "1.1 This report reviews it.\n\nDate and time of next meeting: 4 December 2025 at 2pm\n"
    )
    assert d["meta"]["meeting_date"] == "2025-11-06"


def test_a_line_of_the_meetings_date_and_the_item_under_the_body():
    for line in ("6 November 2025 – Item 7", "Agenda Item 7 | 6 November 2025", "6th November 2025, Item 7"):
        d = read_txt(
            f"Eastmoor Safer Communities Board\n{line}\n\nTreasury Review\n\n1. Purpose\n\n1.1 This report reviews it.\n"
        )
        assert (d["meta"]["meeting_date"], d["meta"]["item"]) == ("2025-11-06", "7"), line
        assert d["meta"]["title"] == "Treasury Review", line


def test_a_dated_sentence_naming_an_item_is_no_cover_line():
    d = read_txt(
        "Treasury Review\n\n1. Purpose\n\n1.1 On 6 November 2025 the Board considered item 7 on its agenda.\n"
    )
    assert d["meta"]["item"] is None
    assert any("considered item 7" in t for t in texts(d))
