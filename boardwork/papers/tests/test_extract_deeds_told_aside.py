"""Deeds told aside (issue #15, tests/data/real/NOTES.md 1680-1699): the shapes in which the newest
development papers tell work without the verbs the kinds read — a minute's account, in the past
perfect, of what was done before the meeting beside the meeting's business; "multi agency" written
open; the body's own document told by its release as the occasion of something else, or launched at
an event held for it; work with a counterpart told as what an effort "has included" — and two
states of affairs that are no work: a relationship judged by its quality, and "with" followed by the
resources the body has. Wording invented for the tests, in the genre of boards', panels', fire
services' and partnerships' minutes and news, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify, minute_pluperfect_deed


def _paper(body: str, title: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title=title, body=body), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras]
    )


def _kinds(paper: Paper, trained_model: bool) -> list[list[str]]:
    return [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]


# -- a minute's account in the past perfect, beside the meeting's business ---------------------------

_MINUTE = (
    "The Board considered a report of the Director of Communities, updating Members on the work of the "
    "Community Safety Team over the winter. Following a rise in reports of street robbery, Westmere had "
    "set up a multi agency response to the problem in the town centre."
)


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_response_set_up_told_in_the_past_perfect_in_a_minute_is_read(trained_model):
    paper = _paper("Westmere Safer Communities Board", "Minutes", _MINUTE)
    assert _kinds(paper, trained_model) == [["partnership"]]


def test_the_past_perfect_deed_beside_the_business_is_found():
    assert minute_pluperfect_deed(_MINUTE)
    # a different body and deed: a panel's minute on a campaign run before the meeting
    assert minute_pluperfect_deed(
        "The Panel received a presentation from the Community Safety Manager. The Partnership had "
        "worked with the Ambulance Service on a joint campaign during the summer."
    )


@pytest.mark.parametrize(
    "text",
    [
        # no business sentence: not a minute's account
        "Westmere had set up a multi-agency response to the problem in the town centre.",
        # the past perfect as a verb of its own, "had" a budget
        "The Board considered a report of the Treasurer. The Partnership had a budget of £40,000 for the year.",
        # the past perfect of a state, no deed the kinds read
        "The Committee noted the report of the Chief Officer. Demand had increased over the winter months.",
    ],
)
def test_no_past_perfect_deed_in_a_minute_is_found_where_none_is_told(text):
    assert not minute_pluperfect_deed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The council has set up a multi agency group on knife crime.",
        "The service has worked with inter agency partners on the new hub.",
    ],
)
def test_multi_agency_written_open_is_read_as_the_hyphened_word(text):
    assert classify(text) == ["partnership"]


# -- the body's own document told by its release, or launched at an event ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The chief constable was speaking after the release of the force's 2022 annual report, which "
        "showed a fall in burglary.",
        "Following the publication of our latest newsletter, several residents' groups got in touch.",
        "The chair spoke on local radio on the day of the launch of the partnership's new three-year "
        "strategy.",
    ],
)
def test_the_own_documents_release_told_as_an_occasion_is_a_publication(text):
    assert "publication" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        # awaited, not released
        "Members are awaiting the publication of the council's annual report.",
        "The panel met ahead of the release of its annual report.",
        # another body's document, named by its own name
        "The officer summarised the Inspectorate's report following the publication of HMICFRS's "
        "inspection findings.",
    ],
)
def test_a_release_awaited_or_anothers_document_is_not_the_bodys_publication(text):
    assert "publication" not in classify(text)


def test_a_document_launched_at_an_event_held_for_it_is_a_publication_and_an_event():
    text = (
        "A reception was held at the Guildhall last month to launch the Trust's 2023 annual review, "
        "bringing together funders and volunteers."
    )
    assert classify(text) == ["event", "publication"]


@pytest.mark.parametrize(
    "text",
    [
        # an event to come
        "A conference will be held in May to launch the new plan.",
        # an event launching a campaign, no document
        "An event was held in the market square to launch the summer campaign.",
    ],
)
def test_an_event_to_come_or_launching_no_document_is_no_publication(text):
    assert "publication" not in classify(text)


# -- work with a counterpart told as what an effort has included -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The service is also trying to reduce false alarms. This has included working more closely with "
        "Westmere Hospital and the ambulance trust.",
        "The project had involved working with the Probation Service on a new referral form.",
    ],
)
def test_work_with_a_counterpart_the_effort_has_included_is_a_partnership(text):
    assert classify(text) == ["partnership"]


@pytest.mark.parametrize(
    "text",
    [
        # the present: how the body works, not a deed
        "Our approach includes working with local schools on road safety.",
        # those the body serves, not a partner
        "The scheme has included working with young people in the town centre.",
    ],
)
def test_the_present_or_the_people_served_is_no_partnership(text):
    assert "partnership" not in classify(text)


# -- states of affairs: a relationship judged, "with" and the resources ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Head of Service said that the council's relationship with the Youth Court, through which "
        "most referrals passed, was very effective.",
        "Our relationship with the Harbour Authority remains strong.",
    ],
)
def test_a_relationship_judged_by_its_quality_is_no_partnership(text):
    assert classify(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "'We run with the absolute minimum manpower we can on a busy night,' the station manager said.",
        "Over the summer the team worked with fewer officers than in any year before.",
    ],
)
def test_with_the_resources_the_body_has_is_no_counterpart(text):
    assert classify(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a relationship built is a deed
        "The Partnership has built a relationship with the Harbour Authority over the year.",
        # a counterpart after "with", not resources
        "The team worked with the Harbour Authority on a joint patrol.",
        "The scheme was run with the county council over the summer.",
    ],
)
def test_a_relationship_built_or_a_counterpart_named_is_still_a_partnership(text):
    assert "partnership" in classify(text)
