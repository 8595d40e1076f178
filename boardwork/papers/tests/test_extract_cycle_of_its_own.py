"""The year a paper reports on (`extract.dates.detect_cycle`) and the parts of a report that are no
theme of its work (`extract.sections.classify_heading`), by the genre's forms: a calendar year's
report names no board or financial year; a news page's own day, not the periods its story names,
gives its year; a month told of what is still to come names no year of the work reported; the
leader's words and a report's summary of its progress are parts of the report, as a foreword is.
Each sentence is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import detect_cycle, extract, resolve_date
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.sections import classify_heading


def _paper(title: str, *texts: str) -> Paper:
    return Paper(meta=Meta(title=title), blocks=[Heading(title, 1), *(Paragraph(t) for t in texts)])


# -- a calendar year's report --------------------------------------------------------------------


@pytest.mark.parametrize(
    "paper",
    [
        _paper(
            "Northshire Safeguarding Board Annual Report 2019",
            "Presented to the Council on 14th July 2020.",
            "In March 2019 the Board ran a week of action on exploitation with local schools.",
        ),
        _paper(
            "Westshire Joint Policing Committee",
            "This report covers our work from 1st January 2021 to 31st December 2021.",
            "The Committee held public meetings in May 2021 and October 2021.",
        ),
        _paper(
            "Eastshire Partnership - annual review",
            "It sets out the activities undertaken by the partnership during January \u2013 December 2022.",
        ),
    ],
)
def test_a_calendar_years_report_has_no_cycle(paper: Paper) -> None:
    assert detect_cycle(paper).label is None


def test_a_calendar_years_report_reads_its_bare_months_in_that_year() -> None:
    cycle = detect_cycle(
        _paper("Northshire Safeguarding Board Annual Report 2019", "Presented on 14th July 2020.")
    )
    assert resolve_date("In March the Board published its learning review.", cycle) == "2019-03"


@pytest.mark.parametrize(
    ("paper", "want"),
    [
        # (a year of the genre's own, in the title or cited in the text, is kept)
        (_paper("Northshire Partnership Annual Report 2019/20", "In May 2019 we met."), "2019/20"),
        (
            _paper(
                "Community Safety Partnership Annual Report 2018",
                "The report described the partnership's work in 2018.",
                "During 2018/19 a grant of \u00a35,000 was given to the youth project.",
            ),
            "2018/19",
        ),
        # (a span that is not the whole of a year)
        (_paper("Ward report", "Ward Performance Report January to March 2016."), "2015/16"),
    ],
)
def test_a_year_of_its_own_is_kept(paper: Paper, want: str) -> None:
    assert detect_cycle(paper).label == want


# -- a news page's own day -----------------------------------------------------------------------


def test_a_news_pages_own_day_gives_its_year_not_the_period_its_story_names() -> None:
    paper = _paper(
        "Commissioner wins further funding for safer streets",
        "Published on: Friday, 27th October 2023",
        "The funding covers the 18-month period between 1st October 2023 and 31st March 2025.",
    )
    cycle = detect_cycle(paper)
    assert cycle.label == "2023/24"


# -- a month told of what is still to come -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The service presented a new performance scorecard, to be adopted from April 2023.",
        "The results will inform the council's plan for the next four years. It will be published in March 2020.",
        "A second project meeting is planned for April 2018.",
    ],
)
def test_a_month_still_to_come_names_no_year_of_the_page(text: str) -> None:
    cycle = detect_cycle(_paper("Partnership update", text))
    assert cycle.label is None
    # (its bare months are still read against that year)
    assert cycle.start is not None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (the close of what is under way is the page's own year)
        ("The consultation will close at 5 pm on Friday 13th December 2019.", "2019/20"),
        # (another month told of work done gives the year, the deadline left aside)
        (
            "On 2nd June 2021 the Partnership agreed the scheme; the grant is to be spent by 31st March 2022.",
            "2021/22",
        ),
        ("In February 2007 the Partnership published its plan.", "2006/07"),
        # ("due to" a cause is no month to come)
        ("Patrols were suspended due to the pandemic in March 2020.", "2019/20"),
    ],
)
def test_a_month_of_work_told_still_gives_the_year(text: str, want: str) -> None:
    assert detect_cycle(_paper("Partnership update", text)).label == want


# -- the parts of a report that are no theme -----------------------------------------------------


def _report(heading: str) -> Paper:
    title = "Northshire Partnership annual report"
    return Paper(
        meta=Meta(title=title),
        blocks=[
            Heading(title, 1),
            Heading(heading, 2),
            Paragraph(
                "The Partnership published its training framework for housing officers in November 2017."
            ),
        ],
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Chair's Announcements",
        "Chairman's remarks",
        "Chair Person's remarks",
        "Welcome from our Chair",
        "A message from the Police and Crime Commissioner",
        "Chief Executive's statement",
        "Summary of progress",
        "Report highlights",
        "Highlights",
        "Key highlights of the year",
    ],
)
def test_the_leaders_words_and_a_reports_summary_are_no_theme(heading: str) -> None:
    got = extract(_report(heading))
    # (the work under it is read as under a theme's heading, naming none)
    assert got["activities"], got
    assert got["themes"] == []
    assert classify_heading(heading, Cycle(2022, 4)).role == "theme"


@pytest.mark.parametrize(
    "heading",
    [
        "Leadership development",
        "What we achieved",
        "Chairs of community groups",
        "Welcome",
        "Progress against improvement objectives",
        "Safer roads",
    ],
)
def test_a_subject_of_the_work_stays_a_theme(heading: str) -> None:
    got = extract(_report(heading))
    assert got["activities"], got
    assert [t["title"] for t in got["themes"]] == [heading]


def test_work_under_a_summary_of_progress_is_read_under_no_theme() -> None:
    paper = Paper(
        meta=Meta(title="Violence against women strategy: year one update"),
        blocks=[
            Heading("Violence against women strategy: year one update", 1),
            Heading("Summary of progress", 2),
            Paragraph(
                "The Partnership published its training framework for housing officers in November 2017."
            ),
        ],
    )
    got = extract(paper)
    assert got["activities"], got
    assert got["themes"] == []
    assert all(a["theme"] is None for a in got["activities"])


# -- an annual report named with its subject between the words ------------------------------------


@pytest.mark.parametrize(
    ("title", "want"),
    [
        # (an annual report taken at an autumn meeting closes the year before)
        ("Annual council performance report heard by councillors", "2023/24"),
        ("Annual Community Safety Report", "2023/24"),
        # (a report that is not the year's is of the meeting's own year)
        ("Quarterly performance report", "2024/25"),
        ("Annual leave policy: report on absence", "2024/25"),
    ],
)
def test_an_annual_report_at_an_autumn_meeting_closes_the_year_before(title: str, want: str) -> None:
    paper = Paper(meta=Meta(title=title, meeting_date="2024-09-26"), blocks=[Heading(title, 1)])
    assert detect_cycle(paper).label == want


# -- a year named in the title that has not begun on the paper's day -----------------------------


def test_a_title_year_not_begun_on_the_papers_day_gives_the_year_of_the_day():
    paper = Paper(
        meta=Meta(title="Commissioner's Community Grants 2023/24", meeting_date="2023-03-20"),
        blocks=[Paragraph("The Commissioner approved grants to twelve local charities for the year ahead.")],
    )
    assert detect_cycle(paper).label == "2022/23"


@pytest.mark.parametrize(
    "title, day, label",
    [
        # Guards: a year under way on the paper's day, and one closed before it.
        ("Commissioner's Community Grants 2023/24", "2023-04-20", "2023/24"),
        ("Community Safety Partnership Annual Report 2022/23", "2023-07-13", "2022/23"),
    ],
)
def test_a_title_year_begun_or_closed_on_the_papers_day_is_kept(title, day, label):
    paper = Paper(meta=Meta(title=title, meeting_date=day), blocks=[Paragraph("The Board met.")])
    assert detect_cycle(paper).label == label
