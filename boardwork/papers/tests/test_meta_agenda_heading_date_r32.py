"""An agenda's meeting date set in its heading lines after a long membership list: the lone date
line right under the meeting's name is the meeting's, however far down the names push it; a date
under a headline, or one of a list of dates, is not. Invented texts."""

from __future__ import annotations

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import detect_cycle
from boardwork.papers.readers._shared.meta import find_meta

_MEMBERS = "\n\n".join(
    f"{name} ({post})" if post else name
    for name, post in [
        ("Alma Quarrie", "Chairperson"),
        ("Bryn Tollett", "Deputy Chairperson"),
        ("Cato Wendle", "The Mayor"),
        ("Dilys Hartop", ""),
        ("Evander Moss", ""),
        ("Fenella Crane", ""),
        ("Gideon Pelly", ""),
        ("Hester Yarrow", ""),
        ("Ivo Brackley", ""),
        ("Juno Penhale", ""),
        ("Kit Orford", ""),
        ("Lorcan Abery", ""),
        ("Mabyn Teague", ""),
    ]
)


def meta_of(text: str):
    lines = text.splitlines()
    meta, skip = find_meta(lines)
    return meta, [lines[i] for i in sorted(skip)]


def test_the_date_under_the_meetings_name_after_the_members():
    text = (
        f"AGENDA\n\nSafer Communities Panel\n\n{_MEMBERS}\n\n\n\nNORTHBY DISTRICT COUNCIL\n\n"
        "Safer Communities Panel MEETING\n\n12 March 2019\n\nOrder of Business\n\n1. Apologies"
    )
    meta, skipped = meta_of(text)
    assert meta.meeting_date == "2019-03-12"
    assert "12 March 2019" in skipped


def test_the_date_under_a_committees_name_in_capitals():
    text = (
        f"NOTICE OF MEETING\n\n{_MEMBERS}\n\n\n\nBUSINESS\n\nApologies\n\n\n\n"
        "NEIGHBOURHOODS COMMITTEE\n\nTuesday 4 June 2019\n\nReports of the Director"
    )
    meta, _ = meta_of(text)
    assert meta.meeting_date == "2019-06-04"


def test_the_cycle_follows_the_meeting_date_read_there():
    text = (
        f"AGENDA\n\n{_MEMBERS}\n\n\n\nHarbourside Community Board MEETING\n\n3 September 2018\n\n"
        "Order of Business"
    )
    meta, _ = meta_of(text)
    paper = Paper(
        meta=Meta(title="AGENDA", meeting_date=meta.meeting_date),
        blocks=[Paragraph(text="The board will hear the quarterly update on the graffiti scheme.")],
    )
    assert detect_cycle(paper).label == "2018/19"


# -- guards ---------------------------------------------------------------------------------------


def test_a_date_under_a_headline_is_not_the_meetings():
    text = (
        f"News\n\n{_MEMBERS}\n\n\n\nCouncils join up to tackle fly-tipping\n\n9 September 2013\n\n"
        "Four councils agreed a shared approach."
    )
    meta, _ = meta_of(text)
    assert meta.meeting_date is None


def test_a_list_of_dates_under_the_panels_name_is_no_meeting_date():
    text = (
        f"Schedule\n\n{_MEMBERS}\n\n\n\nSafer Communities Panel\n\n12 March 2019\n\n9 July 2019\n\n"
        "15 October 2019"
    )
    meta, _ = meta_of(text)
    assert meta.meeting_date is None


def test_the_covers_own_date_row_is_kept():
    text = (
        f"Date of meeting: 5 February 2019\n\n{_MEMBERS}\n\n\n\nSafer Communities Panel MEETING\n\n"
        "12 March 2019\n\nOrder of Business"
    )
    meta, _ = meta_of(text)
    assert meta.meeting_date == "2019-02-05"
