"""Genre rules of the twenty-third round (issue #15): a study reported by what it found is research,
and the trained model does not veto it, nor research told by the answers to the body's survey
counted; work done with a counterpart joined on after other words is partnership. Each case is
written here for the genre, not taken from a paper."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from boardwork.papers.extract.kinds import classify, study_found
from boardwork.papers.extract.pipeline import select

# -- a study told by what it found --------------------------------------------------------------------


def test_an_evaluation_told_by_its_findings_is_research():
    assert classify(
        "An evaluation of the youth diversion projects funded by the Commissioner has found that "
        "reoffending fell by a third."
    ) == ["research"]
    assert classify(
        "An independent review of the night-time economy scheme found that footfall had risen."
    ) == ["research"]
    assert classify(
        "The first audit of the pilot scheme has shown that most referrals came from schools."
    ) == ["research"]


def test_another_bodys_study_or_a_documents_content_is_not_research():
    assert (
        classify("A review of fire cover carried out by the inspectorate found that crews were stretched.")
        == []
    )
    assert classify("The Annual Report found that crime had fallen across the county.") == []
    assert not study_found("An evaluation of the new service will show whether it works.")


def test_a_study_told_by_its_findings_is_never_vetoed_by_the_model():
    study = SimpleNamespace(
        organisations=[],
        kinds=["research"],
        text="An evaluation of the projects the Board funded has found that 2,000 young people were reached.",
    )
    survey = SimpleNamespace(
        organisations=[],
        kinds=["research"],
        text="In total 215 residents responded to the survey, about one in ten households.",
    )
    other = SimpleNamespace(
        organisations=[],
        unsure=[],
        read_as=frozenset(),
        date=None,
        kinds=["research"],
        text="Crime rose by 4% over the year.",
    )
    candidates = [
        SimpleNamespace(told_done=False, probability=0.05, rule=rule, section_index=0)
        for rule in (study, survey, other)
    ]
    chosen = select(cast(Any, candidates), add_at=None, veto_below=0.3)
    assert [found.text for _, found in chosen] == [study.text, survey.text]


# -- partnership by a counterpart joined on -----------------------------------------------------------


def test_work_with_partners_joined_on_after_other_words_is_partnership():
    assert classify(
        "We have continued to work proactively within our communities and with partners to tackle knife crime."
    ) == ["partnership"]
    assert classify(
        "The enforcement team carried out some work on problem premises last year with the police."
    ) == ["partnership"]
    assert classify(
        "Officers worked through the summer in the town centre alongside the Business Improvement District."
    ) == ["partnership"]


def test_work_with_the_people_served_or_to_come_is_not_partnership():
    assert classify("We have worked hard this year with young people and with residents.") == []
    assert classify("We will continue to work within our communities and with partners next year.") == []


# -- help to people told by what was set up for them or by reassurance ----------------------------------


def test_a_fund_or_service_set_up_to_help_people_is_support():
    assert classify("A revised hardship fund was launched to help those affected by the rise in prices.") == [
        "support"
    ]
    assert classify("The Partnership set up a weekly drop-in service to support older people.") == ["support"]


def test_reassurance_given_in_person_is_support():
    assert classify("Officers reassured local residents at a drop-in session after the burglaries.") == [
        "support"
    ]
    assert "support" in classify(
        "Since the fire, officers have been on site, working with housing staff to reassure residents."
    )


def test_an_aim_a_plan_or_a_statement_of_reassurance_is_not_support():
    assert classify("The aim of the plan is to reassure residents.") == []
    assert classify("We will set up a fund to help families next year.") == []
    assert "support" not in classify(
        "The Association reassured residents that councils would keep bins collected."
    )


# -- the subject of a predicate joined on -------------------------------------------------------------------


def test_a_body_met_before_a_joined_predicate_is_not_its_subject():
    assert "research" in classify(
        "Over the autumn the task group met the Office of the Police and Crime Commissioner and reviewed how "
        "other panels organise their scrutiny."
    )
    assert "research" not in classify(
        "The Home Office commissioned and published a review of licensing in the spring."
    )
