"""Work told by its outcome or while under way (issue #15, tests/data/real/NOTES.md 1770-1789): a bid
or an application the body made told by its success; a scrutiny review told as carried out, with no
"by"; equipment that keeps a place safe, an evaluation framework and programmes in schools told in
the progressive; and a minute's heading that names who reports (a portfolio holder's reports, a
councillor's name alone), which is no theme. Wording invented for the tests, in the genre of councils', panels' and community
safety partnerships' minutes, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.sections import classify_heading


def _paper(body: str, title: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title=title, body=body), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras]
    )


# -- a bid or an application told by its success -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3rd May 2022 Riverside Community Safety Partnership was told that its application had succeeded.",
        "In the autumn the Partnership learned that its bid for Safer Places funding had been successful.",
        "It was reported that the council's bid had been successful and work would begin in the spring.",
    ],
)
def test_a_bid_told_by_its_success_is_funding_won(text):
    assert classify(text) == ["support"]


@pytest.mark.parametrize("trained_model", [False, True])
def test_a_bid_told_by_its_success_is_read_in_a_minute(trained_model):
    paper = _paper(
        "Northmoor Borough Council",
        "Community Safety Update",
        "In March 2023 Northmoor Community Safety Partnership was told that its application had "
        "succeeded, bringing new lighting and patrols to the two estates.",
    )
    kinds = [a["kinds"] for a in extract(paper, trained_model=trained_model)["activities"]]
    assert ["support"] in kinds


@pytest.mark.parametrize(
    "text",
    [
        # a planning application is no funding
        "The Partnership was told that its planning application had succeeded.",
        # a bid still to be decided
        "The Partnership will be told in June whether its application has succeeded.",
        # a bid to a national fund won: lobbying, as before (NOTES 1293)
        "The Partnership heard in March that its bid to the Safer Streets Fund had been successful.",
    ],
)
def test_no_funding_won_is_read_from_another_application_or_one_to_come(text):
    assert "support" not in classify(text)


# -- a scrutiny review carried out ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Cabinet Member welcomed the part the Committee had played in the scrutiny review of "
        "anti-social behaviour carried out recently.",
        "The scrutiny inquiry into domestic abuse services undertaken last year made nine recommendations.",
    ],
)
def test_a_scrutiny_review_carried_out_is_research_not_lobbying(text):
    assert classify(text) == ["research"]


@pytest.mark.parametrize(
    "text",
    [
        # a review still to be carried out
        "The Committee agreed that a scrutiny review of street drinking would be carried out next year.",
        # a mild word addressed to government is lobbying still
        "The Leader welcomed the Government's announcement of new funding for youth services.",
    ],
)
def test_a_review_to_come_is_no_research_and_lobbying_elsewhere_holds(text):
    kinds = classify(text)
    assert "research" not in kinds
    if "Government" in text:
        assert kinds == ["lobbying"]


# -- work under way, told in the progressive --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "It was reported that street lighting was being upgraded with LED lamps across the estate.",
            "support",
        ),
        (
            "The Panel heard that the town's CCTV cameras were being replaced with new digital units.",
            "support",
        ),
        (
            "It was said that an evaluation framework is being drawn up to measure what the projects achieve.",
            "research",
        ),
        (
            "Programmes were taking place in secondary schools to warn pupils of the dangers of county lines.",
            "support",
        ),
    ],
)
def test_work_under_way_in_the_progressive_is_read(text, kind):
    assert classify(text) == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # still to come
        "It was reported that the CCTV cameras will be upgraded next year.",
        "An evaluation framework is to be drawn up once the funding is confirmed.",
        "Programmes will take place in schools from September.",
        # cameras in a state, no work
        "The CCTV cameras were being monitored from the control room.",
    ],
)
def test_work_to_come_or_a_state_is_not_read(text):
    assert classify(text) == []


# -- a heading that names who reports ---------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Portfolio Holders' Reports and Performance Dashboard",
        "Cabinet Member's Update",
        "Leader's Report",
        "Cllr Ames",
        "Cllr J. Ames",
    ],
)
def test_a_heading_naming_who_reports_is_no_theme(title):
    assert classify_heading(title, Cycle(None)).role == "untitled"


@pytest.mark.parametrize(
    "title",
    [
        "Reports from Partners",
        "Community Cohesion",
        "Leadership Development",
        "Councillors' Training Programme",
        "Councillor and Stakeholder engagement",
        "Councillor Development",
    ],
)
def test_a_heading_of_an_area_of_work_is_still_a_theme(title):
    assert classify_heading(title, Cycle(None)).role == "theme"


def test_work_under_a_members_report_is_read_under_no_theme():
    paper = _paper(
        "Westmere District Council",
        "Safer Communities Panel, 9 May 2023",
        "Minutes of the meeting.",
    )
    paper.blocks += [
        Heading("Cllr Ames", 2),
        Paragraph(
            text="It was reported that street lighting was being upgraded with LED lamps across the estate."
        ),
    ]
    out = extract(paper, trained_model=False)
    assert [a["kinds"] for a in out["activities"]] == [["support"]]
    assert out["themes"] == []
