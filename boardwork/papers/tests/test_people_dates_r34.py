"""People and activity dates, round 34 (`extract.people`, `extract.dates`, `extract.pipeline`; issue #15,
tests/data/real/NOTES.md 3650-3659): a body's own office written capitalised before its holder's full
name, as a title is ("President Jo Bloggs, who …", "Deputy Leader Sam Cole said"); a dated news page
whose lead only sets the scene, its news told in the paragraph after; the body's own written word in
the present perfect ("has written the report", "has responded to the consultation"); a bare month of
work told on a page dated by its date line is not later than that day. Every sentence is invented in
the genre's shape, not copied from a paper."""

from __future__ import annotations

from datetime import date

from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle, news_lead_date, resolve_date
from boardwork.papers.extract.people import find_people
from boardwork.papers.readers import txt
from boardwork.papers.readers.limits import Limits


def _people(text: str) -> list[str]:
    return find_people(text, [])[0]


# -- an office written before its holder's name --------------------------------------------------------


def test_an_office_before_a_full_name_names_the_holder():
    assert _people(
        "President Ann Hollis, who chairs two parish councils, has written a guide for members."
    ) == ["Ann Hollis"]
    assert _people("Deputy Leader Sam Corrie said the fund had reached every ward.") == ["Sam Corrie"]
    assert _people("Chair Priya Lander opened the new community hub on the high street.") == ["Priya Lander"]
    assert _people("The Lord Mayor Tom Ashdown visited the food bank.") == ["Tom Ashdown"]
    assert _people("Vice-Chair Nadia Frost thanked the volunteers.") == ["Nadia Frost"]
    assert _people("Managing Director Owen Kerr wrote to the minister.") == ["Owen Kerr"]
    assert _people("Director General Ruth Pellow welcomed the findings.") == ["Ruth Pellow"]


def test_an_offices_word_before_no_name_reads_nobody():
    # (a heading's or a roll's words after the office, the office as a headword, a single name)
    assert _people("Chair and Vice Chair Foreword Northby and Westby") == []
    assert _people("Board Chair Reports Minutes: the chair reported on the work.") == []
    assert _people("The Leader Board Meeting was held in March.") == []
    assert _people("The President Award went to the youth team.") == []
    assert not any(
        "Hollis" in n for n in _people("Mayor Hollis Councillors Frost, Corrie and Lander were present.")
    )
    assert _people("The Chair thanked members for their work.") == []


def test_a_titled_holder_after_an_office_is_read_once_as_titled():
    assert _people("Chairperson Councillor Ann Hollis said it was a timely meeting.") == ["Cllr Ann Hollis"]


def test_a_possessive_is_no_part_of_a_name():
    assert _people("Council Leader Sam Corrie's letter to the minister was sent in May.") == ["Sam Corrie"]


# -- a dated page's news in the present perfect --------------------------------------------------------

NEWS_DAY = Cycle(2021, 4, dated=date(2021, 6, 16))


def test_the_bodys_written_word_in_the_present_perfect_is_the_pages_news():
    assert news_lead_date(
        "The Association has responded to the government's consultation on waste.", NEWS_DAY
    ) == ("2021-06-16")
    assert news_lead_date("Our President has kindly written a guide for clerks.", NEWS_DAY) == "2021-06-16"
    assert news_lead_date("The Society has submitted evidence to the select committee.", NEWS_DAY) == (
        "2021-06-16"
    )


def test_a_clause_after_the_deed_saying_what_it_is_for_keeps_the_day():
    assert (
        news_lead_date(
            "The Chair has written the letter below, which aims to help members make the case.", NEWS_DAY
        )
        == "2021-06-16"
    )


def test_a_standing_document_in_the_passive_or_a_deed_to_come_is_no_news():
    assert (
        news_lead_date("This guidance has been prepared for members who mentor new clerks.", NEWS_DAY) is None
    )
    assert news_lead_date("The Partnership will have responded by the autumn.", NEWS_DAY) is None
    assert news_lead_date("The Council has agreed to respond to the consultation.", NEWS_DAY) is None


SCENE_THEN_NEWS = """Helping councils weigh the cost of training

16 June 2021

Several members have told us that their councils are unwilling to pay for their clerk to attend training courses and conferences.

Our President, who is herself clerk to two small councils, has kindly written a short guide for councillors, which aims to explain the benefits.
"""

DEED_THEN_MORE = """Westby Council opens new advice hub

16 June 2021

Westby Council opened a new advice hub for victims of domestic abuse in the town centre on 3 May 2021.

The council has also published a leaflet for residents about the help on offer in the hub.
"""

DEED_WITHOUT_DATE_THEN_MORE = """Westby Council news

16 June 2021

Westby Council has opened a new advice hub for victims of domestic abuse in the town centre.

The council has also published a leaflet for residents about the help on offer in the hub.
"""


def _dates_of(text: str) -> dict[str, str | None]:
    paper = txt.read(text.encode("utf-8"), Limits())
    return {a["text"][:30]: a.get("date") for a in extract(paper)["activities"]}


def test_the_news_after_a_lead_that_only_sets_the_scene_takes_the_pages_day():
    dates = _dates_of(SCENE_THEN_NEWS)
    assert dates.get("Our President, who is herself ") == "2021-06-16"


def test_the_paragraph_after_a_lead_with_its_own_date_or_news_is_left():
    dates = _dates_of(DEED_THEN_MORE)
    assert dates.get("The council has also published") != "2021-06-16"
    dates = _dates_of(DEED_WITHOUT_DATE_THEN_MORE)
    assert dates.get("Westby Council has opened a ne") == "2021-06-16"
    assert dates.get("The council has also published") != "2021-06-16"


# -- a bare month on a page dated by its date line ---------------------------------------------------


def test_a_bare_month_of_work_done_is_not_later_than_the_pages_day():
    page = Cycle(2019, 4, dated=date(2019, 11, 5))
    assert resolve_date("In early March we hosted a conference for partners.", page) == "2019-03"
    assert resolve_date("In October we hosted a conference for partners.", page) == "2019-10"


def test_a_bare_month_on_an_undated_page_keeps_its_cycles_year():
    assert resolve_date("In early March we hosted a conference for partners.", Cycle(2019, 4)) == "2020-03"
