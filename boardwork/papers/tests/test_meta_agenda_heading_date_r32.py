"""An agenda's meeting date set in its heading lines after a long membership list: the lone date
line right under the meeting's name is the meeting's, however far down the names push it; a date
under a headline, or one of a list of dates, is not. Invented texts."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
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


# -- a news listing's items all dated in one year ---------------------------------------------------


def _listing(*texts: str) -> Paper:
    return Paper(meta=Meta(title="News"), blocks=[Heading("News", 1), *(Paragraph(text=t) for t in texts)])


def test_a_listing_dated_in_one_year_over_a_budget_year_ahead():
    paper = _listing(
        "Councils set out the case for fair funding",
        "Article published: Tue, 06/11/2018",
        "Leaders published a briefing, Fair Funding for Local Services 2019/20, on the pressures ahead.",
        "Awards for community safety schemes",
        "Article published: Thu, 11/10/2018",
        "The 2018 awards honoured projects across the country.",
    )
    assert detect_cycle(paper).label == "2018/19"


def test_a_listing_dated_in_one_year_with_no_year_cited():
    paper = _listing(
        "Spokespeople meet the minister",
        "Article published: Fri, 28/06/2019",
        "Spokespeople met the minister to discuss housing.",
        "New guide on community alarms",
        "Article published: Mon, 06/05/2019",
        "The association launched a guide for councils.",
    )
    assert detect_cycle(paper).label == "2018/19"


def test_a_listing_whose_items_span_two_years_is_not_read_so():
    paper = _listing(
        "Leaders meet",
        "Published: 14/03/2019",
        "Leaders met to discuss the budget for 2019/20.",
        "Annual conference",
        "Published: 20/11/2019",
        "The conference heard from the minister.",
    )
    assert detect_cycle(paper).label == "2019/20"


def test_a_listing_citing_its_own_year_keeps_it():
    paper = _listing(
        "Grants awarded",
        "Published: 10/10/2022",
        "Grants for 2022/23 were awarded to twelve groups.",
        "Volunteers thanked",
        "Published: 03/11/2022",
        "Volunteers were thanked at an evening event.",
    )
    assert detect_cycle(paper).label == "2022/23"
