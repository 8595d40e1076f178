"""Genre rules: a deed told as a noun ("the creation of a fund", "the launch of our strategy") in a
frame that tells it done: a line or bullet it opens (after a year label), a list of the year's
achievements or successes, a period ended or begun with it, a year that saw it. Outside those frames
the same nouns name aims and services. Wording invented for the tests, in the genre of a
commissioner's progress page, a partnership's annual report and a council's performance report, not
taken from any corpus paper. A list whose lead names the body's deeds ("Actions have included:") holds
those deeds, told as nouns, not topics a presenter named; and a known body's name that opens a
programme's longer name ("the … Outreach programme") names the programme, not the body."""

from __future__ import annotations

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify, item_kinds
from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs

# -- a line or bullet opened by the deed's noun ---------------------------------------------------------


def test_a_year_labelled_bullet_creating_a_grants_scheme_is_support():
    text = "2021/22 – establishment of a £250,000 small grants scheme for neighbourhood watch groups"
    assert classify(text) == ["support"]
    assert item_kinds(text) == ["support"]


def test_a_bullet_opened_by_a_hub_set_up_is_support():
    assert classify("Establishment of a multi-agency hub for high-risk cases.") == ["support"]


def test_a_bullet_opened_by_a_strategy_launched_is_publication():
    assert classify("Launch of the county's first violence against women strategy in June 2022.") == [
        "publication"
    ]


def test_a_bullet_opened_by_a_course_introduced_is_training():
    assert classify("Introduction of a refresher course for door supervisors on spotting vulnerability.") == [
        "training"
    ]


# -- a list of the year's achievements, a period ended with the deed ------------------------------------


def test_successes_listed_as_nouns_are_support():
    text = "Key successes were the commissioning of a new perpetrator programme and better data sharing."
    assert classify(text) == ["support"]


def test_a_year_closed_with_a_refuge_opened_is_support():
    assert classify("The partnership closed the year with the opening of a new refuge for families.") == [
        "support"
    ]


def test_a_year_that_saw_a_forum_set_up_is_partnership():
    assert classify("2022 also saw the establishment of a regional forum of community safety officers.") == [
        "partnership"
    ]


def test_a_year_ended_with_a_plan_launched_is_publication():
    assert classify("The year ended with the launch of our new business plan.") == ["publication"]


def test_achievements_listing_a_service_among_other_nouns_add_support():
    text = (
        "Achievements this year included better reporting, the introduction of a victims' advice hub "
        "and the roll-out of body-worn cameras."
    )
    assert "support" in classify(text)


# -- guards: the same nouns as aims, plans and services described ---------------------------------------


def test_an_introduction_a_plan_sets_out_is_no_deed():
    assert classify("The plan sets out the introduction of a new hub next year.") == []


def test_priorities_naming_a_launch_are_no_deed():
    assert classify("Priorities for 2024 include the launch of a new fund for small charities.") == []


def test_milestones_to_come_are_no_deed():
    assert classify("Key milestones will be the creation of a new fund and the opening of a refuge.") == []


def test_a_service_described_by_its_delivery_is_no_deed():
    assert classify("The service provides the delivery of meals to older residents.") == []


def test_a_planned_bullet_opened_by_a_launch_is_no_deed():
    assert classify("2025/26 – planned launch of a new grants scheme for community groups") == []


def test_the_creation_of_a_fund_overseen_in_future_is_no_deed():
    assert classify("We will oversee the creation of a new fund.") == []


# -- a list led by the body's deeds: its noun-phrase items are those deeds, not topics ------------------


def _paper(*blocks) -> Paper:
    return Paper(meta=Meta(title="Annual update", body="Safer Communities Partnership"), blocks=list(blocks))


def test_items_under_a_lead_of_actions_included_are_work():
    paper = _paper(
        Heading(text="Progress this year", level=1),
        Paragraph(text="Much has been done across the county in the past year. Actions have included:"),
        ListItem(text="Expansion of the healthy relationships programme to every secondary school.", depth=1),
        ListItem(text="The launch of a new helpline service for older victims of fraud.", depth=1),
    )
    acts = extract(paper)["activities"]
    assert [a["kinds"] for a in acts] == [["support"], ["support"]]


def test_items_a_presenter_highlighted_stay_topics():
    paper = _paper(
        Heading(text="Scrutiny of the partnership", level=1),
        Paragraph(text="The Community Safety Manager presented the report and highlighted the following:"),
        ListItem(text="the expansion of the healthy relationships programme and its reach;", depth=1),
        ListItem(text="the partnership's funding for the next three years;", depth=1),
    )
    assert extract(paper)["activities"] == []


# -- a known body's name opening a programme's longer name --------------------------------------------


def _names(text: str) -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    return [o.name for o in po.find(text)]


def test_a_known_name_opening_a_programmes_name_is_not_the_body():
    assert (
        _names("Expansion of the Victim Support Young Witness Outreach programme to two more courts.") == []
    )
    assert _names("We backed the Crimestoppers Fearless Youth Outreach campaign in schools.") == []


def test_the_body_itself_and_a_funders_capitalised_fund_are_still_read():
    assert _names("Victim Support ran the project with the council.") == ["Victim Support"]
    assert _names("The Home Office Safer Streets Fund paid for new lighting.") == ["Home Office"]


def test_a_progress_line_with_its_status_to_come_is_no_deed():
    assert classify("Opening of the new victims' hub service – scheduled for the autumn") == []
    assert classify("2024/25 – launch of the county's prevention strategy, in progress") == []


def test_a_cause_or_a_comparison_is_no_status_to_come():
    # "due to" giving a reason and "than expected" comparing tell the deed done, not its status.
    assert classify("Establishment of a £50,000 hardship fund due to rising demand from residents.") == [
        "support"
    ]
    assert classify("Launch of the refreshed prevention strategy, more widely read than expected.") == [
        "publication"
    ]
    assert classify("Publication of the annual report – due to be published in March") == []
