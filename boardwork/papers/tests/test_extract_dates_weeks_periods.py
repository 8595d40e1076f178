"""When the work was done (`extract.dates`): a week or a month told from the page's own day ("It has
been a busy week", "over the weekend", "last month") is that day's month; a column's title that
ends with its day gives the page that day; a meeting's date ("the meeting held on …"), a law's own steps ("received Royal
Assent", "came into force") and the period a report covers are not the body's work. Each sentence
is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from datetime import date

import pytest

from boardwork.papers.extract import detect_cycle, resolve_date
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.readers import Limits, txt

# A column dated Friday 15 March 2024, in the 2023/24 board year.
COLUMN_DAY = Cycle(2023, 9, None, date(2024, 3, 15))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It has been a busy week meeting councillors in Northshire and Westshire.", "2024-03"),
        ("Our regional network met over the weekend to plan the spring campaign.", "2024-03"),
        ("This week we briefed members of the Lords on the Housing Bill.", "2024-03"),
        ("Earlier this month the Board wrote to the Minister about rural bus services.", "2024-03"),
        ("Last month we published our guide for new councillors.", "2024-02"),
        # a week before the page's day, in the month before it
        ("Last week we responded to the consultation on planning fees.", "2024-03"),
    ],
)
def test_a_week_or_a_month_told_from_the_pages_day_is_its_month(text: str, want: str):
    assert resolve_date(text, COLUMN_DAY) == want


def test_last_week_early_in_a_month_is_the_month_before():
    first_days = Cycle(2023, 9, None, date(2024, 3, 4))
    assert (
        resolve_date("Last week we responded to the consultation on planning fees.", first_days) == "2024-02"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The partnership meets every week with the police and the fire service.",
        "Over the last week the team answered more calls than in any week before.",
        "This month's meeting of the Board was cancelled.",
        "The Council will hold a workshop with landlords this week.",
        "Officers work a four-day week in the summer.",
    ],
)
def test_no_month_from_a_habit_a_span_a_meeting_or_a_plan(text: str):
    assert resolve_date(text, COLUMN_DAY) is None


def test_a_named_date_comes_before_one_told_from_the_pages_day():
    text = "This week, on 12 March 2024, we hosted a round table on adult social care."
    assert resolve_date(text, COLUMN_DAY) == "2024-03-12"


def test_no_page_day_no_month_from_a_week():
    assert resolve_date("It has been a busy week meeting councillors.", Cycle(2023, 9)) is None


def column(title: str) -> str:
    return (
        f"{title}\n\n"
        "It has been a busy week meeting councillors across the county and listening to their "
        "concerns about funding.\n\n"
        "Our group also ran a training day for new members over the weekend.\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Group Leader's Column - 15 March 2024",
        "Chairman's bulletin: Friday 15th March 2024",
        "Weekly update \u2013 15 March 2024",
    ],
)
def test_a_title_ending_with_its_day_gives_the_page_that_day(title: str):
    paper = txt.read(column(title).encode("utf-8"), Limits(heading_model=False))
    assert detect_cycle(paper).dated == date(2024, 3, 15)


def test_a_title_naming_a_day_inside_it_is_not_the_pages_day():
    paper = txt.read(
        column("What the 15 March 2024 budget means for councils").encode("utf-8"),
        Limits(heading_model=False),
    )
    assert detect_cycle(paper).dated is None


BOARD_YEAR = Cycle(2019, 9)


@pytest.mark.parametrize(
    "text",
    [
        "The Commissioner published his annual report, which covers the period from April 2019 to March 2020.",
        "The grants scheme, covering 1 April 2019 to 31 March 2020, was reviewed.",
        "Further to the meeting held on 4 November 2019, the Panel continued its review of the strategy.",
        "The Bill received Royal Assent in November 2019 after the Association briefed peers.",
        "The new duty came into force on 1 December 2019 and councils now report on it.",
    ],
)
def test_a_period_a_meeting_or_a_laws_step_is_not_the_works_date(text: str):
    assert resolve_date(text, BOARD_YEAR) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a span inside one year stays that year
        ("We ran the project from October 2019 to December 2019 with three councils.", "2019"),
        # a span into the next year is not a period covered: its first date stands
        ("We ran the project from October 2019 to February 2020 with three councils.", "2019-10"),
        # the body's own deed beside a law's step keeps its own date
        ("In October 2019 we briefed peers, and the Bill received Royal Assent in November 2019.", "2019-10"),
        (
            "Following a meeting held on 4 November 2019, we wrote to the Minister on 8 November 2019.",
            "2019-11-08",
        ),
    ],
)
def test_the_works_own_date_is_still_read(text: str, want: str):
    assert resolve_date(text, BOARD_YEAR) == want
