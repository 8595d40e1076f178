"""When the work was done (`extract.dates`), two shapes that recur across publishers' news pages
and bulletins: a day named with its weekday and without its year is in the year where that day
falls on that weekday ("on Wednesday, 29 August"), and a launch told of the thing launched
("Launched in November 2019, the Hub …", "…, which launched on 3 June 2021") is the thing's
start, not another body's publishing. Each sentence is made up in the genre's shape, not
copied from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract import resolve_date
from boardwork.papers.extract.dates import Cycle

# A 2018/19 board year, with no meeting date and no page date.
BOARD_2018 = Cycle(2018, 9)
# A 2016/17 board year.
BOARD_2016 = Cycle(2016, 9)


@pytest.mark.parametrize(
    ("text", "cycle", "want"),
    [
        # 29 August 2019 was a Thursday; 29 August 2018 a Wednesday
        (
            "Our officers visited every secondary school in the town on Wednesday, 29 August.",
            BOARD_2018,
            "2018-08-29",
        ),
        ("The partnership held a drop-in session at the library on Friday 1 July.", BOARD_2016, "2016-07-01"),
        (
            "Youth workers ran a football tournament in the park on Saturday 2nd July.",
            BOARD_2016,
            "2016-07-02",
        ),
        # the month before the day, as some pages write it
        ("The team met residents of the estate on Wednesday, August 29.", BOARD_2018, "2018-08-29"),
    ],
)
def test_a_weekday_before_a_day_without_its_year_chooses_the_year(text: str, cycle: Cycle, want: str):
    assert resolve_date(text, cycle) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the weekday agrees with the cycle's year: unchanged
        ("Our officers visited every secondary school in the town on Thursday, 29 August.", "2019-08-29"),
        # no weekday: the cycle's year, as before
        ("Our officers visited every secondary school in the town on 29 August.", "2019-08-29"),
        # a year named: the weekday changes nothing
        ("Our officers visited every secondary school on Wednesday, 29 August 2019.", "2019-08-29"),
        # a weekday that falls on the day in none of the three years is left to the cycle
        ("Our officers visited every secondary school in the town on Monday, 29 August.", "2019-08-29"),
    ],
)
def test_the_weekday_changes_nothing_else(text: str, want: str):
    assert resolve_date(text, BOARD_2018) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Support Hub: Launched in November 2019, the Support Hub brings together the police, "
            "the fire service and health to support people at risk.",
            "2019-11",
        ),
        (
            "Operation Nightwatch, which launched on 3 June 2021, has cut violence in the town centre.",
            "2021-06-03",
        ),
        (
            "Officers have taken steps against violence as part of Operation Nightwatch, which launched on "
            "Monday 7th June 2021.",
            "2021-06-07",
        ),
    ],
)
def test_a_launch_told_of_the_thing_launched_is_its_start(text: str, want: str):
    assert resolve_date(text, BOARD_2018) == want


@pytest.mark.parametrize(
    "text",
    [
        # another's document, its launch
        "Launched in May 2019, the Government's strategy sets out new duties for councils.",
        # the one who launched it named
        "The fund, which the Home Office launched in May 2019, pays for street lighting.",
        # "launched" with its object: who launched it is the sentence's
        "The Minister's office, which launched the fund on 3 June 2021, pays for lighting.",
        # an aside in brackets
        "The strategy (launched May 2019) sets out new duties for councils.",
        "The national strategy was launched in May 2019.",
    ],
)
def test_another_bodys_launch_is_still_no_date(text: str):
    assert resolve_date(text, BOARD_2018) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an opening phrase naming what the work followed, with any determiner or none: its date is
        # that event's
        ("Following a major consultation in 2012, the Authority has reviewed its emergency cover.", None),
        ("After agreement at the Council on Friday 1 July, a spokesperson said councils were proud.", None),
        ("In the wake of flooding in March 2016, the partnership set up a recovery group.", None),
        # the work's own date after it is still read
        (
            "Following a consultation in 2012, the Authority opened four new stations in March 2016.",
            "2016-03",
        ),
    ],
)
def test_the_date_of_what_the_work_followed_is_not_the_works(text: str, want: str | None):
    assert resolve_date(text, BOARD_2016) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a clause with its own subject tells its own deed
        ("After we met the Minister on 3 May 2021, we wrote to every council.", "2021-05-03"),
        # the opening does not end at the date: the date is the work's
        ("After a year of work the Board opened its new hub in May 2019.", "2019-05"),
        ("Following the tragedy at Grenfell Tower on 14 June, the LGA wrote to every council.", None),
    ],
)
def test_an_opening_that_is_not_an_earlier_event_keeps_its_date(text: str, want: str | None):
    assert resolve_date(text, BOARD_2016) == want


def test_two_days_each_with_its_weekday_are_a_span_in_the_weekdays_year():
    # (a span of days is its month, EXTRACTION-NOTES 4; 2 July 2016 was a Saturday)
    text = "Youth workers held open days at the fire station on Saturday 2nd and Sunday 3rd July."
    assert resolve_date(text, BOARD_2016) == "2016-07"


def test_two_days_without_weekdays_are_still_their_month():
    assert resolve_date("We held training for members on 1st and 2nd December 2020.", BOARD_2016) == "2020-12"
