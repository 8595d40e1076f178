"""When the work was done, four more of the genre's shapes (`extract.dates`, issue #15,
tests/data/real/NOTES.md 3060-3069): an event's time paragraph ("Took place 10 - 17 October 2022.")
dates the work told under it and under the "What did we do?" after it; a news page's or decision
notice's opening deed told in the present perfect is done on the page's own day; the body's own letter
"dated 13.6.17"; a plan the sentence's subject made, "which he launched in March". Every sentence is
invented in the genre's shape (a partnership's newsletter, a news item, a parish council's minutes, a
commissioner's report), not copied from a paper."""

from __future__ import annotations

from datetime import date

from boardwork.papers.extract import extract, resolve_date
from boardwork.papers.extract.dates import Cycle, news_lead_date, time_told
from boardwork.papers.readers import Limits, txt

YEAR = Cycle(2022, 4)
NEWS_DAY = Cycle(2021, 4, None, date(2021, 6, 16))


# -- an event's time paragraph --------------------------------------------------------------------


def test_a_time_paragraph_gives_the_events_date():
    assert time_told("Took place 3 - 9 May 2021. The week raised awareness of scams.", YEAR) == "2021-05"
    assert time_told("Held on Tuesday 4 October 2022 at the Civic Centre.", YEAR) == "2022-10-04"
    assert time_told("The week ran from 14 to 20 November 2022.", YEAR) == "2022-11"


def test_other_paragraphs_are_no_time_paragraph():
    assert time_told("We held a conference on 4 October 2022 for local businesses.", YEAR) is None
    assert time_told("The Partnership took part in the regional review in May 2022.", YEAR) is None
    assert time_told("Held talks with the police about patrols.", YEAR) is None


NEWSLETTER = """Westby Safer Communities Newsletter

Winter Edition

Scam Awareness Week

Took place 3 - 9 May 2021. The aim of the week was to help older residents spot scams.

What Did We Do?

  • drop-in advice sessions at three libraries
  • scam awareness training for care workers

We also handed out 200 call blockers to residents who had been targeted.

Community Safety

  • street patrols in the town centre
"""


def _dates_of(text: str) -> dict[str, str | None]:
    paper = txt.read(text.encode("utf-8"), Limits())
    return {a["text"][:30]: a.get("date") for a in extract(paper)["activities"]}


def test_the_work_told_under_an_events_time_paragraph_takes_its_date():
    dates = _dates_of(NEWSLETTER)
    assert dates.get("scam awareness training for ca") == "2021-05"
    assert dates.get("We also handed out 200 call bl") == "2021-05"


def test_a_later_section_does_not_take_the_events_date():
    dates = _dates_of(NEWSLETTER)
    assert dates.get("street patrols in the town cen") != "2021-05"


# -- a news page's opening deed in the present perfect -----------------------------------------------


def test_a_news_pages_opening_deed_is_done_on_its_day():
    assert (
        news_lead_date(
            "Northby Community Safety Partnership has launched a grants scheme for youth clubs.", NEWS_DAY
        )
        == "2021-06-16"
    )
    assert news_lead_date("The Commissioner has awarded £40,000 to twelve community projects.", NEWS_DAY) == (
        "2021-06-16"
    )
    assert news_lead_date("The annual grants round has been concluded after a full process.", NEWS_DAY) == (
        "2021-06-16"
    )


def test_no_day_for_a_page_without_one_nor_for_a_deed_to_come_or_a_state():
    assert news_lead_date("The Partnership has launched a grants scheme for youth clubs.", YEAR) is None
    assert news_lead_date("The Council has agreed to launch a grants scheme next year.", NEWS_DAY) is None
    assert news_lead_date("It has been a difficult year for many of our residents.", NEWS_DAY) is None
    assert news_lead_date("The Partnership will have launched its scheme by the autumn.", NEWS_DAY) is None


NEWS_ITEM = """Westby Council opens new advice hub

Wednesday, 16 June 2021

Westby Council has opened a new advice hub for victims of domestic abuse in the town centre.

The hub will be staffed by two advisers.
"""


def test_a_news_items_opening_deed_takes_the_items_day():
    dates = _dates_of(NEWS_ITEM)
    assert dates.get("Westby Council has opened a ne") == "2021-06-16"


# -- the body's own letter dated with a two-figure year --------------------------------------------------


def test_the_bodys_own_letter_dated_with_a_two_figure_year():
    minutes = Cycle(2017, 4)
    assert (
        resolve_date(
            "The Parish Council's letter to the Chief Inspector dated 4.7.17 has had no reply.", minutes
        )
        == "2017-07-04"
    )
    assert (
        resolve_date("The Town Council's email to the MP dated 21/3/18 was not answered.", minutes)
        == "2018-03-21"
    )


def test_anothers_letter_or_a_number_is_no_date():
    minutes = Cycle(2017, 4)
    assert resolve_date("The Minister's letter dated 4.7.17 was noted.", minutes) is None
    assert resolve_date("Members noted item 4.7.17 of the plan.", minutes) is None


# -- a plan the sentence's subject made, launched by that subject ------------------------------------


def test_a_plan_made_and_launched_by_the_sentences_subject():
    report = Cycle(2016, 4)
    assert (
        resolve_date(
            "During the year the Commissioner drew up his own Safer Roads Plan, which he launched in March 2017.",
            report,
        )
        == "2017-03"
    )
    assert resolve_date("The Panel prepared its charter, which it launched in May.", report) == "2016-05"


def test_a_governments_plan_or_anothers_launch_is_not_the_bodys_date():
    report = Cycle(2016, 4)
    assert (
        resolve_date("The Government developed its own strategy, which it launched in March 2017.", report)
        is None
    )
    assert (
        resolve_date("We responded to the strategy, which the Home Office launched in March 2017.", report)
        is None
    )
