"""(r34, NOTES 3750) An item of a list whose lead tells the body's work done ("Achievements this year
include:", "Over the year the Partnership:", "We have:", "Highlights:") is a deed with the lead as its
subject: a past verb first ("Funded …", "Worked with …") or a noun phrase of help given or work with
others ("Support for 40 families …", "Joint working with …"). Guards: the same items under a lead of
aims, priorities, plans, members, recommendations, risks or work to come, and items that name no deed.
Every sentence is invented for the tests, in the genre of a partnership's annual report, a
commissioner's update and a council's performance page; none is taken from a corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import listed_deed_kinds


def _paper(lead: str, *items: str, heading: str = "Our year") -> Paper:
    return Paper(
        meta=Meta(title="Annual report", body="Riverton Community Safety Partnership"),
        blocks=[
            Heading(text=heading, level=1),
            Paragraph(text=lead),
            *[ListItem(text=t, depth=1) for t in items],
        ],
    )


def _kinds(paper: Paper) -> list[list[str]]:
    return [a["kinds"] for a in extract(paper)["activities"]]


# -- the item's own reading -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "kinds"),
    [
        ("Funded a night-time safe space in the town centre", ["support"]),
        ("Worked with local colleges on knife crime awareness", ["partnership"]),
        ("Support for 35 older residents targeted by doorstep scams", ["support"]),
        ("A new advice service for tenants facing eviction", ["support"]),
        ("Joint working with the ambulance trust on frequent callers", ["partnership"]),
        ("Closer links with the county's faith groups", ["partnership"]),
        ("Distributed 400 personal alarms to lone older people", ["support"]),
        ("Lobbied ministers over the cost of rural bus services", ["lobbying"]),
    ],
)
def test_a_listed_deed_is_read_by_its_verb_or_head_noun(item, kinds):
    assert listed_deed_kinds(item) == kinds


@pytest.mark.parametrize(
    "item",
    [
        "Will fund a second safe space next spring",
        "A safer streets coordinator",
        "Improved outcomes for young people",
        "Reduced reoffending",
        "The Chair of the Partnership",
    ],
)
def test_an_item_naming_no_deed_or_work_to_come_has_no_kind(item):
    assert listed_deed_kinds(item) == []


# -- under a lead of work done ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Achievements this year include:",
        "Highlights:",
        "Over the year the Partnership:",
        "Since April we have:",
        "Key successes in 2025/26 were:",
        "Our work over the year included:",
        "What we did in 2025:",
        "We delivered the following:",
    ],
)
def test_items_under_a_lead_of_work_done_are_activities(lead):
    paper = _paper(
        lead,
        "Support for 35 older residents targeted by doorstep scams",
        "Joint working with the ambulance trust on frequent callers",
    )
    # (a lead that tells a deed of its own, "We delivered the following:", is read as one before them)
    assert _kinds(paper)[-2:] == [["support"], ["partnership"]]


def test_items_under_a_deeds_heading_are_activities():
    paper = _paper(
        "The year brought a great deal for the district.",
        "Support for 35 older residents targeted by doorstep scams",
        heading="Key achievements",
    )
    assert ["support"] in _kinds(paper)


# -- guards: leads of aims, plans, members, recommendations, risks, work to come ----------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Our priorities for next year are:",
        "Our aims are:",
        "The plan for 2026/27 includes:",
        "Members of the Partnership:",
        "The Board is recommended to approve:",
        "The main risks are:",
        "Over the coming year the Partnership will:",
        "The report highlights:",
        "The roles of the Partnership are:",
    ],
)
def test_the_same_items_under_a_lead_of_aims_plans_or_risks_stay_unread(lead):
    paper = _paper(
        lead,
        "Support for older residents targeted by doorstep scams",
        "Joint working with the ambulance trust on frequent callers",
    )
    assert _kinds(paper) == []


def test_items_that_read_already_keep_their_kinds():
    paper = _paper(
        "Achievements this year include:",
        "Training for 120 taxi drivers on spotting exploitation",
        "A conference on hate crime for 90 practitioners",
    )
    assert _kinds(paper) == [["training"], ["event"]]
