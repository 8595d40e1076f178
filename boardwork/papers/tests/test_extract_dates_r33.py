"""When the work was done and the page's own day, two more of the genre's shapes (`extract.dates`,
issue #15, tests/data/real/NOTES.md 3350-3359): the year of an earlier piece of work of the same sort,
told to compare ("a similar study was carried out for the service in 2018"), is not this work's date;
a news page that gives its day only in its lead, "today (November 25)", is dated in the one calendar
year its text names, which gives the page its cycle and reads its "on Thursday". Every sentence is
invented in the genre's shape (an inspectorate's survey report, a local paper's news item), not
copied from a paper."""

from __future__ import annotations

from datetime import date

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import detect_cycle, resolve_date
from boardwork.papers.extract.dates import Cycle

YEAR = Cycle(2019, 4)


# -- an earlier piece of work of the same sort ------------------------------------------------------


def test_an_earlier_similar_piece_of_work_is_not_this_ones_date():
    text = (
        "The Inspectorate asked a polling firm to survey residents' views of their fire service. The"
        " firm ran a similar survey for the Inspectorate in 2017. A shorter questionnaire was used in"
        " 2019 so that the results could be compared by region."
    )
    assert resolve_date(text, YEAR) == "2019"
    assert (
        resolve_date("The previous review in March 2016 found gaps; the panel reported in June 2019.", YEAR)
        == "2019-06"
    )
    assert (
        resolve_date(
            "Unlike the earlier audits in 2015, the partnership's audit in May 2019 was external.", YEAR
        )
        == "2019-05"
    )


def test_this_works_own_date_is_kept():
    # (the work itself, and "the last survey", which is as often the final one done now)
    assert resolve_date("The council carried out a survey of residents in May 2019.", YEAR) == "2019-05"
    assert resolve_date("We ran the last survey of the series in October 2019.", YEAR) == "2019-10"
    assert resolve_date("A similar number of people replied in 2019 as before.", YEAR) == "2019"
    assert resolve_date("The board commissioned a review in 2018.", YEAR) == "2018"


# -- a news page's day told only in its lead -------------------------------------------------------


def _news(*texts: str) -> Paper:
    return Paper(meta=Meta(), blocks=[Paragraph(t) for t in texts])


def test_a_news_leads_today_dates_the_page_in_the_one_year_it_names():
    page = _news(
        "Westby Council has promised to do more against hate crime as Hate Crime Awareness Week"
        " starts today (October 12).",
        "On Monday the council announced new training for its housing officers.",
        "The council has joined the national week in 2020 for the first time.",
    )
    cycle = detect_cycle(page)
    assert cycle.dated == date(2020, 10, 12)
    assert cycle.label == "2020/21"
    assert resolve_date(page.blocks[1].text, cycle) == "2020-10-12"


def test_the_weekday_in_the_brackets_moves_the_year():
    # (22 January was a Friday in 2021, not in 2020, the year the page names)
    page = _news(
        "Today (Friday 22 January) the county's fire service welcomed the inspectors' findings.",
        "The inspectors visited the service in November 2020.",
    )
    assert detect_cycle(page).dated == date(2021, 1, 22)


def test_a_page_naming_no_year_or_several_has_no_day_of_its_own():
    assert detect_cycle(_news("Today (Wednesday 11 March) the unit launched its partnership.")).dated is None
    two_years = _news(
        "The partnership opened a new hub today (May 3).",
        "It follows the hub opened in 2017 and the review of 2019.",
    )
    assert detect_cycle(two_years).dated is None


def test_today_later_in_the_page_is_no_lead():
    page = _news(
        "In August 2020 the Home Secretary asked the Inspectorate to look at the pandemic response.",
        "The inspectors visited the service in the autumn.",
        "They spoke to staff and partners.",
        "Today (Friday 22 January), the Inspectorate published its findings.",
    )
    assert detect_cycle(page).dated is None
