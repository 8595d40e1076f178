"""When the work was done (`extract.dates`), four shapes that recur across publishers' news pages and
reports: a news item's date line set after the section the site files it under ("News / 29th April
2019") or after "Published on:" is the page's own day; "last Wednesday" is told from that day; a
thing the body calls its own by the word for its kind ("The partnership's new plan was published in
April 2024", "The Partnership launched its campaign on …") was published by the body, so its date is
the work's; and a later day that opens a clause of its own ("…, and on 18 February the Cabinet …")
is another step, not the first date told more precisely. Two more: a thing launched or published in
the passive with no publisher named ("The … Plan 2024-27 was launched in May 2024") dates the work,
and a time told before the body that publishes ("This year the Board published …") leaves the body
the doer. Each sentence is made up in the genre's shape, not copied from a paper."""

from __future__ import annotations

from datetime import date

import pytest

from boardwork.papers.extract import detect_cycle, extract, resolve_date
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.readers import Limits, txt

# A 2018/19 board year, the page dated Monday 29 April 2019.
PAGE = Cycle(2018, 9, dated=date(2019, 4, 29))
# A 2023/24 board year, with no meeting date and no page date.
BOARD_2023 = Cycle(2023, 9)


def news(line: str) -> str:
    return (
        "Northshire Council and partners meet to tackle rogue landlords\n\n"
        f"{line}\n\n"
        "The Council and the Northshire Tenants' Forum hosted a workshop with letting agents last "
        "Wednesday to improve standards in private rented homes.\n\n"
        "Next steps\n\n"
        "The Council will publish a code of practice on its website in the new year.\n"
    )


def read(text: str):
    return txt.read(text.encode("utf-8"), Limits(heading_model=False))


# -- the page's own day: a date line after its section or "Published on:" --------------------------


@pytest.mark.parametrize(
    "line",
    [
        "News / 29th April 2019",
        "Press release | 29 April 2019",
        "Latest news / Monday, 29 April 2019",
        "Media release - 29 April 2019",
        "Published on: Monday, 29th April 2019",
    ],
)
def test_a_date_line_after_its_section_or_published_on_is_the_pages_day(line: str):
    cycle = detect_cycle(read(news(line)))
    assert cycle.dated == date(2019, 4, 29)


def test_the_workshop_last_wednesday_is_dated_from_the_date_line():
    found = extract(read(news("News / 29th April 2019")))
    dated = [a["date"] for a in found["activities"] if "last Wednesday" in a["text"]]
    assert dated == ["2019-04-24"]


@pytest.mark.parametrize(
    "line",
    [
        # a sentence after the label, not a date alone
        "News / the Council's plans for 29 April 2019 and beyond",
        # another label: a newsletter's issue is no day of the item's
        "Newsletter / 29 April 2019",
    ],
)
def test_other_lines_are_no_page_day(line: str):
    assert detect_cycle(read(news(line))).dated is None


def test_a_listing_of_items_each_with_its_date_line_has_no_page_day():
    listing = (
        "Latest news\n\n"
        "Partnership launches its new website\n\n"
        "News / 24 June 2021\n\n"
        "The Safer Northshire Partnership has launched a website for residents.\n\n"
        "Partners sign the violence reduction pledge\n\n"
        "News / 18 June 2021\n\n"
        "Twelve organisations signed the pledge at the partnership's summer meeting.\n"
    )
    assert detect_cycle(read(listing)).dated is None


# -- "last Wednesday" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 29 April 2019 was a Monday: the Wednesday before it is the 24th
        (
            "An event was held at the town hall last Wednesday to launch the partnership's report.",
            "2019-04-24",
        ),
        ("Last Friday we met the new chief constable.", "2019-04-26"),
        # the same weekday as the page's: a week before, not the page's day
        ("Officers visited the estate last Monday with the housing team.", "2019-04-22"),
        # a day named comes first
        ("Officers visited the estate last Monday, 15 April, with the housing team.", "2019-04-15"),
    ],
)
def test_last_wednesday_is_told_from_the_pages_day(text: str, want: str):
    assert resolve_date(text, PAGE) == want


@pytest.mark.parametrize(
    "text",
    [
        # a habit, not a day
        "The forum meets on the last Wednesday of every month.",
        # a meeting's
        "Last Wednesday's meeting of the Board agreed the plan.",
        # to come
        "We will visit the estate next Wednesday.",
    ],
)
def test_no_day_from_a_habit_a_meeting_or_what_is_to_come(text: str):
    assert resolve_date(text, PAGE) is None


def test_no_page_day_no_date_from_last_wednesday():
    assert resolve_date("An event was held at the town hall last Wednesday.", BOARD_2023) is None


# -- a thing the body calls its own, published ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The partnership's new outcomes plan was published in April 2024 and can be found on its website.",
            "2024-04",
        ),
        (
            "The Council's annual report was formally launched on 3 May 2024 at the civic centre.",
            "2024-05-03",
        ),
        ("The Board's first strategy was launched in May 2024.", "2024-05"),
        # the reduced relative after it
        ("The Partnership's plan, published in April 2024, sets out four priorities.", "2024-04"),
        # the body by its word as the doer
        ("The Partnership launched its campaign on 1st October 2023.", "2023-10-01"),
        ("The Council has published its plan in June 2024.", "2024-06"),
    ],
)
def test_a_thing_the_body_calls_its_own_was_published_by_it(text: str, want: str):
    assert resolve_date(text, BOARD_2023) == want


@pytest.mark.parametrize(
    "text",
    [
        # another body's, by its name or its agent
        "The Government's strategy for serious violence was published in April 2024.",
        "The partnership's response was published by the LGA in April 2024.",
        "The partnership's plan, which the Home Office published in April 2024, sets out four priorities.",
        "The Home Office published its strategy in May 2024.",
        "The Scottish Government published the framework in April 2024.",
        # no owner said: as before, not the body's
        "The national strategy was launched in May 2024.",
        # an aside in brackets
        "The partnership's work follows the national strategy (published April 2024).",
    ],
)
def test_another_bodys_publishing_still_gives_no_date(text: str):
    assert resolve_date(text, BOARD_2023) is None


# -- a later day in a clause of its own is another step ----------------------------------------------

BOARD_2024 = Cycle(2024, 9)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The working group finished its report in the first week of February 2025, and on 18 February "
            "the Cabinet said it had concerns about it.",
            "2025-02",
        ),
        ("The panel ran its survey in 2025, and in March the Board agreed the findings.", "2025"),
        ("We reviewed the strategy in March 2025. On 5 March the Board agreed it.", "2025-03"),
    ],
)
def test_a_later_day_that_opens_a_clause_of_its_own_does_not_refine_the_first(text: str, want: str):
    assert resolve_date(text, BOARD_2024) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the same work told more precisely, in the same clause
        ("In 2016 the partnership held a summit on knife crime on 5 March 2016.", "2016-03-05"),
        ("In 2016, the partnership held a summit on knife crime on 5 March 2016.", "2016-03-05"),
        (
            "In March 2025 the partnership ran a week of action, starting on 3 March with a launch.",
            "2025-03-03",
        ),
    ],
)
def test_a_later_day_in_the_same_clause_still_refines_the_first(text: str, want: str):
    assert resolve_date(text, BOARD_2024) == want


# -- a thing launched or published in the passive, no publisher named ----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Northvale Safer Streets Plan 2024-27 was launched in May 2024.", "2024-05"),
        ("The new domestic abuse strategy was published on 12 March 2024 after consultation.", "2024-03-12"),
        ("Our youth offer leaflet has been released in June 2024 to every secondary school.", "2024-06"),
        ("The hate crime reporting guide was formally issued in October 2023.", "2023-10"),
    ],
)
def test_a_thing_launched_in_the_passive_with_no_publisher_dates_the_work(text: str, want: str):
    assert resolve_date(text, BOARD_2023) == want


@pytest.mark.parametrize(
    "text",
    [
        # another's by its owner, its agent or its kind
        "The Government guidance was published in April 2024.",
        "The Home Office toolkit was launched in May 2024.",
        "The Minister's statement was released in June 2024.",
        "The Inspectorate's report was published in March 2024.",
        "The plan was launched by the Mayor in May 2024.",
        # a date that is not the launch's
        "The Northvale Safer Streets Plan 2024-27 was launched and is due to end in March 2027.",
    ],
)
def test_another_bodys_publishing_in_the_passive_still_gives_no_date(text: str):
    assert resolve_date(text, BOARD_2023) is None


# -- a time told before the body that publishes ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("This year the Board published its report in October 2023.", "2023-10"),
        ("During the year the Partnership launched its leaflet in November 2023.", "2023-11"),
        ("In 2023/24, the Council published its plan in June 2023.", "2023-06"),
        ("Last year the Panel's review was published in March 2024.", "2024-03"),
    ],
)
def test_a_time_before_the_body_that_publishes_leaves_it_the_doer(text: str, want: str):
    assert resolve_date(text, BOARD_2023) == want


@pytest.mark.parametrize(
    "text",
    [
        "This year the Government published its strategy in April 2024.",
        "During the year the Home Office published new guidance in May 2024.",
        "In 2023/24 the Minister's statement was released in June 2024.",
    ],
)
def test_a_time_before_another_body_that_publishes_still_gives_no_date(text: str):
    assert resolve_date(text, BOARD_2023) is None
