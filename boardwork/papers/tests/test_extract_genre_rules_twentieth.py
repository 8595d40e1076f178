"""Genre rules of the twentieth round (issue #15): dates told from the paper's own day (a news
page's, statement's or bulletin's date line, or the meeting's date: "today", "on Friday", "last
year"), and organisations named in the genre's lists of partners. Each case is written here for the
genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import detect_cycle, resolve_date


def _news(*paragraphs: str, meeting_date: str | None = None) -> Paper:
    return Paper(
        meta=Meta(title="Council welcomes the new strategy", meeting_date=meeting_date),
        blocks=[Heading("Council welcomes the new strategy", 1), *(Paragraph(p) for p in paragraphs)],
    )


# -- the paper's own day -----------------------------------------------------------------------------


def test_a_date_line_dates_today_and_the_days_of_the_week():
    paper = _news("Tuesday, 9 March 2021", "The Council today responded to the draft strategy.")
    cycle = detect_cycle(paper)
    assert resolve_date("The Council today responded to the draft strategy.", cycle) == "2021-03-09"
    # 9 March 2021 was a Tuesday: "on Friday" is the Friday before, 5 March.
    assert resolve_date("We wrote to the Minister on Friday setting out our concerns.", cycle) == "2021-03-05"
    assert resolve_date("We held a workshop with partners last year.", cycle) == "2020"


def test_a_date_label_is_a_date_line_too():
    cycle = detect_cycle(_news("Date: 14 October 2019", "We met the housing association today."))
    assert resolve_date("We met the housing association today.", cycle) == "2019-10-14"


def test_a_date_the_text_names_comes_before_the_one_told_from_the_date_line():
    cycle = detect_cycle(_news("24 September 2013", "Today (20th September 2013) the board met the police."))
    assert resolve_date("Today (20th September 2013) the board met the police.", cycle) == "2013-09-20"
    assert resolve_date("On Friday 6 September we wrote to the Minister.", cycle) == "2013-09-06"


def test_a_listing_of_dated_items_has_no_one_day():
    paper = _news("24 September 2013", "We met the Minister today.", "20 September 2013", "We wrote to MPs.")
    assert resolve_date("We met the Minister today.", detect_cycle(paper)) is None


def test_the_meeting_date_is_the_paper_s_day_in_minutes():
    paper = _news("The report was presented.", meeting_date="2023-05-17")
    cycle = detect_cycle(paper)
    assert (
        resolve_date("A strategic assessment was undertaken last year to understand crime.", cycle) == "2022"
    )


def test_the_last_year_as_a_span_and_days_still_to_come_are_no_date():
    cycle = detect_cycle(_news("Tuesday, 9 March 2021", "Text."))
    assert resolve_date("Over the last year we have supported 40 groups.", cycle) is None
    assert resolve_date("The Leader will meet the Minister on Friday.", cycle) is None
    assert resolve_date("The Council has responded to the consultation.", cycle) is None


def test_without_a_day_of_its_own_nothing_is_told():
    cycle = detect_cycle(_news("The Council responded to the draft strategy today."))
    assert resolve_date("The Council responded to the draft strategy today.", cycle) is None


# -- how minutes write their days ------------------------------------------------------------------------


def test_days_as_minutes_write_them():
    from datetime import date

    from boardwork.papers.extract.dates import Cycle

    cycle = Cycle(2020, 4, date(2021, 3, 31))
    assert resolve_date("The Panel held a workshop on the 5th of March with partners.", cycle) == "2021-03-05"
    assert (
        resolve_date("Officers met the housing association on 05.03.2021 to agree the plan.", cycle)
        == "2021-03-05"
    )
    assert resolve_date("We ran a campaign with the police in the first quarter of 2021.", cycle) == "2021"
    # A paragraph's number is no date.
    assert resolve_date("3.1.2 We ran a campaign with the police.", cycle) is None


# -- bodies named by what they did with, for or to the author ---------------------------------------------


def _found(text: str, author: str = "Northshire Council") -> set[str]:
    from boardwork.papers.extract.organisations import learn_paper_orgs
    from boardwork.papers.extract.pipeline import default_gazetteer

    po = learn_paper_orgs(text, default_gazetteer(), author, None)
    return {c.name for c in po.find(text) if not c.internal}


def test_a_body_named_by_what_it_did_for_the_author_is_an_organisation():
    assert "Brightwater Advice" in _found("The evaluation was commissioned from Brightwater Advice in May.")
    assert "Harbour Care" in _found(
        "The new helpline, run with Harbour Care and local charities, took 900 calls."
    )
    assert "Open Doors North" in _found("The first referrals from Open Doors North were completed in June.")
    assert "Rural Links" in _found("The visit, organised by Rural Links, showed members two village hubs.")


def test_a_person_a_council_or_a_fund_after_those_words_is_not():
    assert _found("The session was organised by Councillor Jane Brook and officers.") == set()
    assert _found("The project was funded by the Safer Streets Fund in 2021.") == set()
    assert _found("The scheme is run by the Council with volunteers.") == set()


def test_a_body_being_set_up_is_not_another_body_named():
    assert (
        _found("After the session a Young People's Safety Forum was launched, which will meet monthly.")
        == set()
    )
    assert _found("In March a new Northshire Safety Forum was set up by the partnership.") == set()
    # A name that qualifies a noun after it is still a body named ("at a Northshire Safety Board meeting").
    assert "Northshire Safety Board" in _found("We spoke at a Northshire Safety Board meeting in June.")


def test_the_rest_of_a_list_a_counterpart_opens_is_named_too():
    found = _found(
        "We worked with Brookside Homes, Riverside Housing and the Lantern Project Trust on the plan."
    )
    assert {"Brookside Homes", "Riverside Housing", "Lantern Project Trust"} <= found


# -- lists of partners and the author's own units ------------------------------------------------------------


def test_a_list_s_commas_part_bodies_whose_names_hold_an_and():
    found = _found(
        "Partners include Northshire Police, Northshire Fire and Rescue Service and the Probation Service."
    )
    assert {"Northshire Police", "Northshire Fire and Rescue Service"} <= found


def test_the_author_called_by_its_headword_owns_the_unit_named_after_it():
    from boardwork.papers.extract.organisations import learn_paper_orgs
    from boardwork.papers.extract.pipeline import default_gazetteer

    text = "The Council's Community Safety Team worked with the Northshire Neighbourhood Trust on patrols."
    po = learn_paper_orgs(text, default_gazetteer(), "Kingsford District Council", None)
    internal = {c.name: c.internal for c in po.find(text)}
    assert internal.get("Community Safety Team") is True
    assert internal.get("Northshire Neighbourhood Trust") is False


# -- commissioners named for their area; the author council without its tier ------------------------------


def test_a_commissioner_named_for_the_area_after_the_headword_is_a_body():
    assert "Police and Crime Commissioner for Northshire" in _found(
        "The Police and Crime Commissioner for Northshire funded the project."
    )
    assert "Office of the Police, Fire and Crime Commissioner for Westmoor" in _found(
        "We worked with the Office of the Police, Fire and Crime Commissioner for Westmoor on the bid."
    )
    # One name though a comma stands in it.
    assert "Northshire Police, Fire and Crime Commissioner" in _found(
        "Northshire Police, Fire and Crime Commissioner funded the project."
    )


def test_the_commissioner_s_title_after_a_person_is_their_post():
    assert _found("Jo Bloggs, Police and Crime Commissioner for Northshire, opened the hub.") == set()


def test_the_author_council_named_without_its_tier_is_the_author():
    from boardwork.papers.extract.organisations import learn_paper_orgs
    from boardwork.papers.extract.pipeline import default_gazetteer

    text = "We promoted the campaign on the Kingsford Council website with Northshire County Council."
    po = learn_paper_orgs(text, default_gazetteer(), "Kingsford District Council", None)
    internal = {c.name: c.internal for c in po.find(text)}
    assert internal == {"Kingsford Council": True, "Northshire County Council": False}
