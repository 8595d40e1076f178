"""The year a paper reports on (`extract.dates.detect_cycle`) where the years it cites are not its
own (NOTES 3040-3049): minutes and meeting pages name the reports they consider by the years those
reports cover ("the Annual Report 2022-23", "Performance Report Q4 2024/25") while the meeting and
its deeds are a year on; a meeting after April that cites the year just closed takes that year's
closing reports; a winter meeting's report reports the year under way, though it tells the months of
the year before. Each sentence is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import detect_cycle


def _paper(title: str, *texts: str, meeting_date: str | None = None) -> Paper:
    return Paper(
        meta=Meta(title=title, meeting_date=meeting_date),
        blocks=[Heading(title, 1), *(Paragraph(t) for t in texts)],
    )


# -- a year cited only as documents' names, the deeds a year on -----------------------------------


@pytest.mark.parametrize(
    ("paper", "want"),
    [
        (
            _paper(
                "Minutes",
                "The Chair thanked the crews who were sent on 4 October 2021 to help at the floods in"
                " the north of the county.",
                "Annual Report 2020-21",
                "The Head of Communications presented the Annual Report 2020-21 for approval.",
                "RESOLVED: That the Annual Report 2020-21 be approved for publication.",
            ),
            "2021/22",
        ),
        (
            _paper(
                "Work of the Overview Committee",
                "The Overview Committee met on 9 November 2023 to consider the items below.",
                "Housing Performance Report - Q2 2023/24",
                "Housing Performance Report - Q1 2023/24",
                "Statement of Accounts 2022/23",
                "Treasury Management Report 2022/23",
                "Capital Strategy Review 2022/23",
            ),
            "2023/24",
        ),
    ],
)
def test_a_year_cited_only_as_documents_names_gives_way_to_the_deeds_year(paper: Paper, want: str) -> None:
    assert detect_cycle(paper).label == want


@pytest.mark.parametrize(
    ("paper", "want"),
    [
        # (a report naming itself by its year reports that year, whatever it says of the next)
        (
            _paper(
                "Parish Council Annual Report",
                "CHAIR'S ANNUAL REPORT 2018 - 2019",
                "Our annual meeting has been moved to May 2020 by agreement of the members.",
            ),
            "2018/19",
        ),
        # (a year cited in running text, not as a document's name, is the year reported)
        (
            _paper(
                "Partnership update",
                "During 2019/20 the partnership funded twelve projects across the district.",
                "The last of them opened its doors in June 2020.",
            ),
            "2019/20",
        ),
        # (a document of a later year than the deeds told keeps the year most cited)
        (
            _paper(
                "Committee business",
                "The committee met in January 2022.",
                "It considered the Draft Budget 2022/23 and the Draft Budget 2022/23 appendices.",
            ),
            "2022/23",
        ),
    ],
)
def test_years_the_paper_itself_reports_are_kept(paper: Paper, want: str) -> None:
    assert detect_cycle(paper).label == want


# -- a meeting after April citing the year just closed ---------------------------------------------


@pytest.mark.parametrize(
    ("paper", "want"),
    [
        (
            _paper(
                "Agenda",
                "Members will receive the revenue outturn for 2017/18 and the treasury figures.",
                "Item 6: the budget monitoring position for 2018/19.",
                meeting_date="2018-05-22",
            ),
            "2017/18",
        ),
        (
            _paper(
                "Project highlight report",
                "The projects closed in the year met 9 of their 11 targets for 2012/13.",
                meeting_date="2013-06-11",
            ),
            "2012/13",
        ),
    ],
)
def test_a_meeting_after_april_citing_the_year_just_closed_reports_it(paper: Paper, want: str) -> None:
    assert detect_cycle(paper).label == want


@pytest.mark.parametrize(
    ("paper", "want"),
    [
        # (a meeting in the autumn citing last year's figures reports the year under way)
        (
            _paper(
                "Knife crime update",
                "Offences fell by a tenth against 2014/15 levels.",
                meeting_date="2015-09-08",
            ),
            "2015/16",
        ),
        # (a meeting after April that cites no earlier year is the year it meets in)
        (
            _paper(
                "Scrutiny of the partnership",
                "The partnership's plan for 2016/17 was presented by the chair.",
                meeting_date="2016-06-14",
            ),
            "2016/17",
        ),
    ],
)
def test_a_meeting_without_the_year_just_closed_keeps_its_own(paper: Paper, want: str) -> None:
    assert detect_cycle(paper).label == want


# -- a winter meeting's report tells the months of the year before --------------------------------


def test_a_winter_meetings_report_reports_the_year_under_way() -> None:
    paper = _paper(
        "Report: review of the safer communities arrangements",
        "In November 2019 the board agreed to set up a working group to review the arrangements.",
        meeting_date="2020-12-10",
    )
    assert detect_cycle(paper).label == "2020/21"


def test_a_summer_meetings_report_of_last_years_months_reports_that_year() -> None:
    paper = _paper(
        "End of year highlights",
        "In October 2019 the team opened two hubs, and in February 2020 a third followed.",
        meeting_date="2020-07-02",
    )
    assert detect_cycle(paper).label == "2019/20"
