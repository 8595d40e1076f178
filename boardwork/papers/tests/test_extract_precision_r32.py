"""Units the rules read as work that the genre's keys do not hold: the body's own running told among
its achievements (issue #15, r32-precision; NOTES 3200-3209).

Invented sentences in the genre's shapes: a fire service's or a council's year in numbers that lists,
beside its work, the staff it hired by their count and money put into its own fleet, equipment or
buildings. Neither is help given to others (support) however the count reads. Guards: volunteers or
carers recruited, staff trained, money invested in projects for others, recruits trained. And a news
page on the author's own published report: its officer quoted on it is the page quoting, which the
model does not add back while the report's activity is kept."""

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extraction_of
from boardwork.papers.extract.kinds import action_kinds, classify
from boardwork.papers.extract.model import shipped_model
from boardwork.papers.extract.pipeline import read_paper

AUTHOR = ("Northshire Fire and Rescue Service", "NFRS")


@pytest.mark.parametrize(
    "text",
    [
        "Since April 2022, we have recruited 96 on-call firefighters, a fifth of them women.",
        "We recruited and inducted 41 new people into our business support teams in 2023/24.",
        "The Service also recruited 28 wholetime firefighters, 52 on-call firefighters and 9 support staff.",
        "This year we recruited more than 30 apprentices across the organisation.",
    ],
)
def test_own_staff_hired_by_their_count_is_not_support(text: str) -> None:
    assert "support" not in action_kinds(text)
    assert "support" not in action_kinds(text, AUTHOR)


@pytest.mark.parametrize(
    "text",
    [
        "We have invested in a £12.4m fire engine replacement programme, which will cut emissions.",
        "We invested in new breathing apparatus equipment for every station.",
        "The Service has invested in its fleet, replacing 14 vehicles.",
    ],
)
def test_money_put_into_own_fleet_or_equipment_is_not_support(text: str) -> None:
    assert "support" not in action_kinds(text)
    assert "support" not in action_kinds(text, AUTHOR)


# -- guards: work for others stays work ------------------------------------------------------------


def test_volunteers_recruited_stay_support() -> None:
    assert action_kinds("We recruited 40 volunteers to run the youth clubs.") == ["support"]


def test_volunteers_recruited_and_inducted_stay_support() -> None:
    assert action_kinds("We recruited and inducted 35 volunteer mentors for the scheme.") == ["support"]


def test_staff_trained_stay_training() -> None:
    assert classify("We trained 1,200 front-line staff in safeguarding.") == ["training"]


def test_recruits_trained_stay_training() -> None:
    # (a service's recruits trained are its training, as `kinds._NEW_TO_SERVICE` reads them)
    assert classify("In 2023/24 we recruited and trained 48 new firefighters.") == ["training"]


def test_money_invested_in_projects_for_others_stays_support() -> None:
    assert classify("We have invested £2m in youth diversion projects.") == ["support"]


def test_money_invested_in_cameras_for_a_town_stays_support() -> None:
    assert action_kinds("We invested in new CCTV cameras for the town centre.") == ["support"]


# -- the author's officer quoted on its own published report ----------------------------------------


def _own_report_news() -> Paper:
    return Paper(
        meta=Meta(title="Northshire Fire and Rescue publish annual performance report"),
        blocks=[
            Paragraph(
                text="Northshire Fire and Rescue Service has published its annual performance report, which "
                "shows that crews attended more than 6,200 incidents in 2023/24, a fall of eight per cent."
            ),
            Paragraph(
                text="The report covers the twelve months from April 2023 to March 2024 and sets out "
                "prevention, protection and response across the county."
            ),
            Paragraph(
                text="In November 2023, crews were given two new thermal imaging cameras to find people "
                "trapped in smoke-filled rooms."
            ),
            Paragraph(
                text="Three new fire engines went into service in February 2024 at Ashford and Millbrook."
            ),
            Paragraph(
                text="The Service also recruited 22 wholetime firefighters, 40 on-call firefighters and 6 "
                "support staff."
            ),
            Heading(text="Chief Fire Officer's statement", level=2),
            Paragraph(
                text='Jane Holloway, Chief Fire Officer for Northshire Fire and Rescue Service, said: "I am '
                "pleased that incidents are down again this year, and I thank every member of staff for "
                'their hard work and their commitment to keeping Northshire safe."'
            ),
        ],
    )


def test_officer_quoted_on_own_report_is_not_added_by_the_model() -> None:
    model = shipped_model()
    assert model is not None
    texts = [a.text for a in extraction_of(_own_report_news(), model=model).activities]
    assert len(texts) == 1 and texts[0].startswith("Northshire Fire and Rescue Service has published")


def test_officer_quoted_on_own_report_comments_on_the_report() -> None:
    read = read_paper(_own_report_news(), for_model=False)
    quote = read.candidates[-1]
    assert quote.rule is None and quote.comments_on == 0
