"""The year a paper reports on (`extract.dates.detect_cycle`) told in the genre's other forms: a
year told as its span from April to March; an annual report titled by the year it is given to a
board; a draft plan titled by the year it plans. A year told alone ("during 2022") where no month or
cycle is named gives no year (tried and not shipped, NOTES 2350-2359): its near-misses below hold any
later rule for that form to them. Each sentence is made up in the genre's shape, not copied from a
paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import detect_cycle


def _paper(title: str, *texts: str, meeting_date: str | None = None) -> Paper:
    return Paper(
        meta=Meta(title=title, meeting_date=meeting_date),
        blocks=[Heading(title, 1), *(Paragraph(t) for t in texts)],
    )


# -- a year told as its span from April to March -------------------------------------------------


@pytest.mark.parametrize(
    ("paper", "want"),
    [
        (
            _paper(
                "Southvale Community Planning Partnership Annual Report 2021 | Overview",
                "This report sets out the progress partners made between April 2020 and March 2021.",
            ),
            "2020/21",
        ),
        (
            _paper(
                "The Commissioner's year",
                "The report covers the Commissioner's work from 1 April 2022 to 31 March 2023.",
                "It was published in July 2023 and sent to the panel.",
            ),
            "2022/23",
        ),
        (
            _paper(
                "Annual Report 2017",
                "Our figures are for the period 1st April 2016 \u2013 31st March 2017.",
            ),
            "2016/17",
        ),
    ],
)
def test_a_year_told_as_its_span_from_april_to_march(paper: Paper, want: str) -> None:
    assert detect_cycle(paper).label == want


@pytest.mark.parametrize(
    ("paper", "want"),
    [
        # (a span of more than one year names no one year: a calendar year's report stays one)
        (_paper("Southvale Annual Report 2021", "Our plan runs from April 2020 to March 2023."), None),
        # (a cycle the title names is kept over a span in its text)
        (
            _paper("Annual Report 2019/20", "Figures from April 2018 to March 2019 are shown beside ours."),
            "2019/20",
        ),
        # (a span of months within a year is no span of a year)
        (_paper("Annual Report 2020", "Between April 2020 and March the team ran 12 courses."), None),
    ],
)
def test_a_span_that_is_not_one_year_names_none(paper: Paper, want: str | None) -> None:
    assert detect_cycle(paper).label == want


# -- an annual report titled by the year it is given to a board ----------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Northvale Councils' Network: annual report to the LGA Board 2024",
        "Association of Panels - Annual Report to the Safer Communities Board, 2024",
    ],
)
def test_an_annual_report_given_to_a_board_reports_the_year_before(title: str) -> None:
    paper = _paper(title, "The network met its members throughout the year and held a conference.")
    assert detect_cycle(paper).label == "2023/24"


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Northvale Safeguarding Board Annual Report 2024", None),  # (a calendar year's report)
        ("Annual report to the Board 2023/24", "2023/24"),  # (its own year named)
        ("Annual report to the Board", None),  # (no year at all)
    ],
)
def test_an_annual_report_titled_by_its_own_year_is_unchanged(title: str, want: str | None) -> None:
    assert detect_cycle(_paper(title, "The Board met four times.")).label == want


# -- a draft plan titled by the year it plans ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "want"),
    [
        ("Westvale Fire Authority draft Community Risk Management Plan 2025/26 consultation", "2024/25"),
        ("Members are asked to comment on the draft partnership priorities 2019-20", "2018/19"),
    ],
)
def test_a_draft_plan_is_drafted_in_the_year_before(title: str, want: str) -> None:
    assert detect_cycle(_paper(title, "Residents are asked for their views.")).label == want


@pytest.mark.parametrize(
    ("title", "meeting_date", "want"),
    [
        ("Draft Annual Report 2024/25", None, "2024/25"),  # (a draft of a report of its year)
        ("Delivery Plan 2018/19: progress report", None, "2018/19"),  # (no draft)
        # (a draft with its meeting's day: that day's year, as before)
        ("Draft Community Safety Plan 2024/25", "2024-05-20", "2024/25"),
        ("Draft Community Safety Plan 2025/26", "2025-02-10", "2024/25"),
    ],
)
def test_a_report_or_a_plan_not_drafted_keeps_its_year(
    title: str, meeting_date: str | None, want: str
) -> None:
    paper = _paper(title, "The Board is asked to note the report.", meeting_date=meeting_date)
    assert detect_cycle(paper).label == want


# -- a year told alone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        # (a year still to come)
        (("The new director would take up the post in early 2024.",), None),
        (("The strategy will be reviewed in 2026.",), None),
        # (a year told alone of work done names no year either: not shipped, NOTES 2350-2359)
        (("The report gave an update on what the enforcement team had done during 2022.",), None),
        # (a month named is read first)
        (("The team was formed in 2019.", "In March 2021 it ran a week of action."), "2020/21"),
        # (a cycle cited is read first)
        (("In 2019 the group met.", "The grant for 2020/21 was spent on lighting."), "2020/21"),
        # (a year that is no time of the work: a count)
        (("There were 2021 visits made by officers.",), None),
    ],
)
def test_a_year_told_alone_gives_way(texts: tuple[str, ...], want: str | None) -> None:
    assert detect_cycle(_paper("Police and Crime Panel", *texts)).label == want
