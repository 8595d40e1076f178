"""Papers that report no work (issue #15, tests/data/real/NOTES.md 1015-1029): a strategy, a plan, a
consultation page or a page of roles tells what its author will do, should do or does as a rule, and
no deed of its own; whatever its units read as to the unit rules, nothing in it is proposed as work
(`intentions.reports_no_work`, `pipeline.PaperRead.no_work`). A report of deeds, and a plan that tells
what was done last year, are read unit by unit as before. Written for the genre, not taken from a
paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.intentions import own_deed, reports_no_work, tells_deed, tells_intent

BODY = "Anyshire Community Safety Partnership"

# A strategy's lines: intentions, priorities, and a standing service the unit rules read as work
# ("provides home safety visits", "offers training").
STRATEGY = [
    "This strategy sets out how the Partnership will reduce crime and disorder in Anyshire over the next three years.",
    "Our priorities are reducing violence, tackling anti-social behaviour and supporting victims of domestic abuse.",
    "The Community Safety Team provides home safety visits to older residents and fits smoke alarms free of charge.",
    "The team offers training to licensed taxi drivers on spotting the signs of exploitation.",
    "We will work with Anyshire Police to run joint safety campaigns in every town.",
    "The Partnership will publish an annual report of its progress against this strategy.",
]


def _paper(title: str, lines: list[str]) -> Paper:
    blocks: list[Heading | Paragraph] = [Heading(text=title, level=1)]
    for t in lines:
        if t.startswith("## "):
            blocks.append(Heading(text=t[3:], level=2))
        else:
            blocks.append(Paragraph(text=t, number=None))
    return Paper(meta=Meta(title=title, body=BODY), blocks=blocks)


def _texts(title: str, lines: list[str], model: bool) -> list[str]:
    return [a["text"] for a in extract(_paper(title, lines), trained_model=model)["activities"]]


@pytest.mark.parametrize("model", [False, True])
def test_a_strategy_of_intentions_proposes_no_activity(model):
    assert _texts("Community Safety Strategy 2025-2028", STRATEGY, model) == []


@pytest.mark.parametrize("model", [False, True])
def test_an_annual_report_of_deeds_keeps_its_activities(model):
    report = [
        "During 2024 the Partnership worked with Anyshire Police to run joint safety campaigns in every town.",
        "The Community Safety Team provided home safety visits to 300 older residents and fitted smoke alarms.",
        "The team trained 240 licensed taxi drivers on spotting the signs of exploitation.",
        "We will publish our next plan in the spring.",
    ]
    got = _texts("Community Safety Partnership Annual Report and Plan 2024-25", report, model)
    assert any(t.startswith("During 2024 the Partnership worked") for t in got)
    assert any(t.startswith("The Community Safety Team provided") for t in got)


@pytest.mark.parametrize("model", [False, True])
def test_a_plan_with_what_was_done_last_year_keeps_those_deeds(model):
    under_heading = [
        *STRATEGY,
        "## What we did last year",
        "The Partnership ran a knife crime awareness campaign with Anyshire Police in secondary schools.",
    ]
    got = _texts("Community Safety Plan 2025-2028", under_heading, model)
    assert any(t.startswith("The Partnership ran a knife crime") for t in got)
    told_as_ours = [
        *STRATEGY,
        "In 2024 we held six workshops with taxi drivers on safeguarding, attended by 240.",
    ]
    got = _texts("Community Safety Plan 2025-2028", told_as_ours, model)
    assert any(t.startswith("In 2024 we held six workshops") for t in got)


def test_a_consultation_page_relayed_for_another_body_reports_no_work():
    page = [
        (
            "Anyshire Fire and Rescue Service has launched a public consultation on its future priorities.",
            None,
        ),
        ("The consultation will close at 5 pm on Friday 13 December.", None),
        ("The responses will help the Service develop its Community Risk Management Plan.", None),
        ("Have your say by completing the ten-minute survey.", None),
    ]
    assert reports_no_work("Fire and Rescue Consultation", page) == (
        "this reads as a consultation — it asks for views on what is proposed, not work done"
    )
    # (not of the genre by its title or its opening: read unit by unit)
    assert reports_no_work("Parish news", page) is None


def test_a_page_of_roles_with_a_dated_past_event_is_not_judged():
    # A year before the latest the page names, outside any plan: a past event, so two deeds.
    page = [
        ("The Panel scrutinises the Commissioner and supports the Commissioner in the role.", None),
        ("The Panel must review the draft Police and Crime Plan and the Commissioner's annual report.", None),
        ("The Panel's report on the precept for 2023 is on this page.", None),
        ("The Panel visited the control room in March 2022 with the Commissioner.", None),
        ("The Panel will meet four times in 2024.", None),
    ]
    assert reports_no_work("Panel role and responsibilities", page) is None
    assert reports_no_work("Panel role and responsibilities", page[:2] + page[4:]) == (
        "this reads as a page of roles and responsibilities — it states duties, not work done"
    )


def test_deeds_and_intentions_told_apart():
    assert tells_deed("In May 2022 we held a workshop for taxi drivers.")
    assert tells_deed("The Partnership has commissioned a review of its CCTV.")
    # (a deed and a plan in one sentence: the deed is told)
    assert tells_deed("We held three workshops, and will hold more next year.")
    assert not tells_deed("We will hold workshops for taxi drivers next year.")
    assert not tells_deed("The service is funded by the council and based in the town hall.")
    assert not tells_deed("The proposed changes should be agreed by the Board.")
    assert tells_intent("The team provides home safety visits to older residents.")
    assert tells_intent("Our priorities are reducing violence and supporting victims.")
    assert tells_intent("Have your say on the draft plan.")
    assert not tells_intent("The team visited 300 older residents.")
    assert own_deed("In 2024 we held six workshops with taxi drivers.")
    assert not own_deed('The Chair said: "We have held six workshops this year."')
    assert own_deed("The Partnership ran a campaign in schools.", "What we did last year")
    assert not own_deed("The Partnership ran a campaign in schools.", "Our priorities")
