"""Genre rules: work told with the work or a thing as the subject — a document published in the
passive with its subject's words running on ("Profiles for each ward were published"), work begun or
progressed on a named thing ("Work has started on updating the locality plans"), the body's own forum
or group told as having met, counted ("The practitioners' forum met four times"), projects told as
funded ("Ten projects were funded through the small grants scheme"), and projects listed by their
sums under a lead of projects funded. Beside each, what looks like it and is not the body's deed: a
Government's or another named body's document, work to come, a standing remit ("The group meets
quarterly"), a board's own meetings, money funded "by" another body or taken in. Wording invented
for the tests, in the genre of a partnership's annual report and a scrutiny minute, not taken from any
corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.pipeline import not_work

# -- a document published, its subject's words running on ---------------------------------------------


def test_profiles_published_with_words_after_their_noun_are_publication():
    text = "Profiles for each of the four localities were published on the partnership's website in May."
    assert classify(text) == ["publication"]


def test_profiles_with_a_long_description_and_a_wide_comparison_are_publication():
    text = (
        "Ward profiles setting out the population of each area, with comparisons to county-wide and "
        "Wales-wide figures, were published in the autumn."
    )
    assert classify(text) == ["publication"]


def test_a_needs_assessment_published_is_publication():
    assert classify("A refreshed needs assessment was published in March.") == ["publication"]


def test_a_governments_or_named_bodys_document_published_is_no_deed():
    assert classify("Scottish Government guidance on the new duty was published in 2023.") == []
    assert classify("The Home Office profiles were published in March.") == []
    assert classify("Ward profiles for the force area were published by the Police in June.") == []


def test_profiles_to_be_published_are_no_deed():
    assert classify("Profiles for each of the four localities will be published next year.") == []


def test_a_plan_refreshed_or_profiles_updated_are_publication():
    assert classify("The delivery plan was refreshed in 2023.") == ["publication"]
    assert classify("Locality profiles have been updated with the latest census figures.") == ["publication"]


def test_a_plan_approved_refreshed_by_another_or_to_be_refreshed_is_no_deed():
    assert classify("The delivery plan was approved in March.") == []
    assert classify("The Police and Crime Plan was refreshed by the Commissioner.") == []
    assert classify("The delivery plan will be refreshed in 2025.") == []
    assert classify("The delivery plan is updated every year.") == []


def test_a_partnerships_new_document_by_its_acronym_published_is_publication():
    text = "The partnership's new CSSP was published in May 2024 and can be read on the council's website."
    assert classify(text) == ["publication"]


def test_a_governments_new_document_published_is_no_deed():
    assert classify("The Government's new CSSP was published in May 2024.") == []


# -- work begun or progressed on a named thing ------------------------------------------------------------


def test_work_started_on_updating_plans_is_publication():
    assert classify("Work has started on updating the locality plans.") == ["publication"]


def test_work_progressed_on_a_toolkit_is_publication():
    assert classify("Work progressed on the participation toolkit during the year.") == ["publication"]


def test_work_begun_on_a_strategic_assessment_is_research():
    assert classify("Work has begun on refreshing the strategic assessment.") == ["research"]


def test_work_progressed_on_a_course_is_training():
    assert classify("Work progressed on an e-learning module for taxi drivers.") == ["training"]


def test_work_progressed_is_not_an_imperative():
    assert not_work("Work progressed on the participation toolkit during the year.") is None
    # (a bare imperative is still one)
    assert not_work("Work with partners to reduce reoffending.") == "an aim or duty set as an imperative"


def test_work_to_come_or_going_on_is_no_deed():
    assert classify("Work will start on updating the locality plans in April.") == []
    assert classify("Work is due to start on the new strategy in the autumn.") == []
    assert classify("Work on the plan continues.") == []
    assert classify("Work has started on the new building.") == []


# -- the body's own forum or group told as having met -----------------------------------------------------


def test_a_forum_that_met_four_times_is_partnership():
    assert classify("The practitioners' forum met four times during the year.") == ["partnership"]


def test_a_steering_group_that_met_monthly_is_partnership():
    assert classify("The steering group met monthly throughout 2023.") == ["partnership"]


def test_a_group_that_meets_quarterly_is_no_deed():
    assert classify("The steering group meets quarterly and reports to the board.") == []
    assert classify("The forum meets every two months.") == []


def test_a_group_to_meet_or_a_board_that_met_is_no_deed():
    assert classify("The working group will meet six times a year.") == []
    assert classify("The Board met four times during the year.") == []
    assert classify("The steering group met to agree its terms of reference.") == []


# -- projects told as funded ------------------------------------------------------------------------------


def test_projects_funded_through_a_scheme_are_support():
    assert classify("Ten projects were funded through the small grants scheme.") == ["support"]


def test_projects_that_received_funding_are_support():
    assert classify("Twelve community projects received funding in 2023/24.") == ["support"]


def test_projects_funded_by_another_body_or_to_come_are_no_deed():
    assert classify("Six projects were funded by the Police and Crime Commissioner.") == []
    assert classify("Four projects received funding from the National Lottery.") == []
    assert classify("Projects will be funded in the next round.") == []


# -- projects listed by their sums under a lead of projects funded --------------------------------------


def _paper(*blocks: Heading | Paragraph | ListItem) -> Paper:
    return Paper(meta=Meta(title="Annual review", body="Safer Townsville Partnership"), blocks=list(blocks))


def test_items_by_their_sums_under_a_lead_of_projects_funded_are_support():
    paper = _paper(
        Heading(text="Funding", level=1),
        ListItem(text="Projects funded in 2022-2023", depth=1),
        ListItem(
            text="£12,000 portable cameras for the town centre. Three cameras put up in Market Street",
            depth=2,
        ),
        ListItem(text="£4,500 youth club summer programme, which let the club reopen on Fridays", depth=2),
    )
    acts = extract(paper)["activities"]
    assert [a["kinds"] for a in acts] == [["support"], ["support"]]


def test_a_sum_after_the_item_under_a_lead_of_the_following_projects_is_support():
    paper = _paper(
        Heading(text="Small grants", level=1),
        Paragraph(text="The following projects were funded:"),
        ListItem(text="Street pastors in the town centre – £3,500", depth=1),
    )
    acts = extract(paper)["activities"]
    assert [a["kinds"] for a in acts] == [["support"]]


def test_money_taken_in_or_projects_to_be_funded_are_no_deed():
    paper = _paper(
        Heading(text="Funding", level=1),
        ListItem(text="Projects to be funded in 2024-2025", depth=1),
        ListItem(text="£12,000 portable cameras for the town centre", depth=2),
        Heading(text="Income", level=1),
        ListItem(text="Projects funded in 2022-2023", depth=1),
        ListItem(text="£51,000 allocation from the Commissioner", depth=2),
    )
    assert extract(paper)["activities"] == []
