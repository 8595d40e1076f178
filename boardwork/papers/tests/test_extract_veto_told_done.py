"""The model's veto spares rule activities the paper itself tells as done (issue #15): the items under a
heading of the body's deeds ("What did we do?", "Key achievements 2023-24"), which the model takes
for a list of topics, and an achievement a lead lists; not the items under a heading of services or
plans. Wording invented for the tests, in the genre of partnerships' newsletters and boards' annual
reports, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract.pipeline import assemble, read_paper, select


def _kept_when_all_vetoed(paper: Paper) -> list[str]:
    """The rule activities `select` keeps when the model finds every unit very unlikely."""
    read = read_paper(paper)
    for c in read.candidates:
        c.probability = 0.0
    return [a.text for _, a in select(read.candidates, None, 0.5)]


def _newsletter(heading: str, *paras: str, items: tuple[str, ...] = ()) -> Paper:
    return Paper(
        meta=Meta(title="Partnership newsletter", body="Westmere Community Safety Partnership"),
        blocks=[Heading("Partnership newsletter", 1), Heading(heading, 2)]
        + [Paragraph(text=t) for t in paras]
        + [ListItem(text=t) for t in items],
    )


# a newsletter's bullets of a season's work, told as bare noun phrases
_ITEMS = (
    "hate crime awareness training for taxi drivers",
    "community engagement events in the market square",
)


@pytest.mark.parametrize(
    "heading",
    ["What did we do?", "What we have delivered", "Key achievements 2023-24", "Our highlights of the year"],
)
def test_items_under_a_heading_of_the_bodys_deeds_are_not_vetoed(heading):
    assert sorted(_kept_when_all_vetoed(_newsletter(heading, items=_ITEMS))) == sorted(_ITEMS)


@pytest.mark.parametrize(
    "heading", ["What we do", "What we will do", "Our services", "Future highlights", "Our priorities"]
)
def test_items_under_a_heading_of_services_or_plans_may_be_vetoed(heading):
    assert _kept_when_all_vetoed(_newsletter(heading, items=_ITEMS)) == []


def test_a_years_figure_under_no_heading_of_deeds_may_be_vetoed():
    text = "The Partnership's budget rose by 3% this year."
    assert text not in _kept_when_all_vetoed(_newsletter("Finance", text))


def test_an_achievement_a_lead_lists_is_not_vetoed():
    paper = Paper(
        meta=Meta(title="Annual report 2023-24", body="Westmere Public Services Board"),
        blocks=[
            Heading("Annual report 2023-24", 1),
            Heading("Our year", 2),
            Paragraph(text="The main achievements of the Board during 2023-24 included:"),
            Paragraph(text="The introduction of joint workshops for partners on the wellbeing plan."),
        ],
    )
    assert _kept_when_all_vetoed(paper) == [
        "The introduction of joint workshops for partners on the wellbeing plan."
    ]


def test_achievements_a_lead_lists_under_sub_heads_of_their_own_are_read():
    # (NOTE 2661: each achievement under a label set as a heading, the first straight under the lead.)
    paper = Paper(
        meta=Meta(title="Annual report 2023-24", body="Westmere Public Services Board"),
        blocks=[
            Heading("Annual report 2023-24", 1),
            Heading("Our year", 2),
            Paragraph(text="The main achievements of the Board during 2023-24 included:"),
            Heading("Strengthen the Board's governance:", 2),
            Paragraph(text="The introduction of informal meetings for all of the partners."),
            Heading("Listen to young people:", 2),
            Paragraph(text="The establishment of regular meetings with young people."),
        ],
    )
    assert _kept_when_all_vetoed(paper) == [
        "The introduction of informal meetings for all of the partners.",
        "The establishment of regular meetings with young people.",
    ]
    # (The sub-heads label the list's items: the achievements are the lead's section's, "Our year".)
    assert _themes_when_all_vetoed(paper) == ["Our year"]


def test_a_section_after_the_leads_own_text_is_not_its_list():
    paper = Paper(
        meta=Meta(title="Annual report 2023-24", body="Westmere Public Services Board"),
        blocks=[
            Heading("Annual report 2023-24", 1),
            Heading("Our year", 2),
            Paragraph(text="The main achievements of the Board during 2023-24 included:"),
            Paragraph(text="The Board met four times and agreed its plan for the year ahead."),
            Heading("Next year", 2),
            Paragraph(text="The introduction of informal meetings for all of the partners."),
        ],
    )
    assert "The introduction of informal meetings for all of the partners." not in _kept_when_all_vetoed(
        paper
    )


def _themes_when_all_vetoed(paper: Paper) -> list[str]:
    read = read_paper(paper)
    for c in read.candidates:
        c.probability = 0.0
    return [t.title for t in assemble(paper, read, select(read.candidates, None, 0.5)).themes if t.title]


def test_items_spared_under_the_readers_question_bring_no_theme():
    # (the heading labels the work: spared, its items are read under no theme)
    assert _themes_when_all_vetoed(_newsletter("What did we do?", items=_ITEMS)) == []
    assert _themes_when_all_vetoed(_newsletter("Key achievements 2023-24", items=_ITEMS)) == []


def test_items_spared_under_a_heading_saying_what_the_body_did_keep_it_as_their_theme():
    assert _themes_when_all_vetoed(_newsletter("What we have delivered", items=_ITEMS)) == [
        "What we have delivered"
    ]
