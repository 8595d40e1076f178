"""Genre rules of the twenty-second round (issue #15): help told by the money a body gave others and
by the services it counted, kept against the model's veto as counted help is; help to people told
by the help itself (support given or continued, a new centre opened); partnership told by the
counterpart met, a partner named as such, or a forum set up. Each case is written here for the
genre, not taken from a paper."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from boardwork.papers.extract.kinds import classify, gives_help
from boardwork.papers.extract.pipeline import select

# -- money given to others ------------------------------------------------------------------------------


def test_funding_made_available_to_others_is_support():
    assert classify("This year I was glad to make funding available to village halls across the county.") == [
        "support"
    ]
    assert classify("The Board made £40,000 available to local youth groups.") == ["support"]


def test_match_funding_and_funding_found_for_groups_are_support():
    assert classify("The Council match funded a bid by the residents' association for new lighting.") == [
        "support"
    ]
    assert classify("Officers secured extra funding for voluntary groups facing rising demand.") == [
        "support"
    ]


def test_a_grant_put_to_use_is_support():
    assert classify("The Partnership used its allocation to pay for a domestic abuse caseworker.") == [
        "support"
    ]


def test_money_received_or_to_come_is_not_money_given():
    assert classify("The Council secured funding from the Home Office for the new hub.") == []
    assert classify("The Trust will make grants available to schools next year.") == []
    assert not gives_help(
        "Funding was made available to the Partnership by the Commissioner next spring, it is hoped."
    )


# -- services counted -----------------------------------------------------------------------------------


def test_services_counted_as_fragments_are_support():
    assert classify("2,140 vaccinations given by our crews") == ["support"]
    assert classify("Over 600 food parcels packed for families in need") == ["support"]
    assert classify("1,250 deliveries of medicines to older people") == ["support"]
    assert classify("3,300 hours spent supporting testing centres") == ["support"]


def test_counts_that_are_not_services_given_are_not_support():
    assert classify("1,250 incidents attended across the county") == []
    assert classify("Some 400 smoke alarms will be fitted next year.") == []


def test_help_told_by_its_result_is_never_vetoed_by_the_model():
    money = SimpleNamespace(
        organisations=[],
        kinds=["support"],
        text="We sourced extra funding for community groups in the spring.",
    )
    counted = SimpleNamespace(
        organisations=[], kinds=["support"], text="880 food parcels packed for older people"
    )
    other = SimpleNamespace(
        organisations=[],
        unsure=[],
        read_as=frozenset(),
        date=None,
        kinds=["support"],
        text="The budget rose by 3% this year.",
    )
    candidates = [
        SimpleNamespace(told_done=False, probability=0.05, rule=rule, section_index=0)
        for rule in (money, counted, other)
    ]
    chosen = select(cast(Any, candidates), add_at=None, veto_below=0.3)
    assert [found.text for _, found in chosen] == [money.text, counted.text]


# -- partnership by the counterpart -----------------------------------------------------------------------


def test_a_named_body_met_is_partnership():
    assert classify("The Chair met Northshire Water in May on the flood plan.") == ["partnership"]
    assert classify(
        "Over the summer the review group met the Office of the Police and Crime Commissioner."
    ) == ["partnership"]
    assert classify("Our spokesperson met Coastal Rail Trust (CRT) to agree the next steps.") == [
        "partnership"
    ]


def test_a_minister_an_officer_or_a_person_met_is_not_a_partner_met():
    assert classify("The Leader met the Minister for Housing in March to discuss the settlement.") == [
        "lobbying"
    ]
    assert classify("The Chair met the Chief Executive each month.") == []
    assert classify("We met Councillor Green on 3 May.") == []


def test_a_partner_named_as_such_or_a_forum_set_up_is_partnership():
    assert classify(
        "In June we opened the new sports hall with our leisure partner, Northshire Leisure Trust."
    ) == ["partnership"]
    assert classify("After the consultation an Older People's Safety Forum was launched.") == ["partnership"]
    assert classify("A new safety forum will be launched in the spring.") == []


# -- help to people told by the help itself ----------------------------------------------------------------


def test_support_given_or_continued_for_people_is_support():
    assert classify(
        "Northtown Council and Southtown Council have worked together to continue vital support for carers."
    ) == [
        "partnership",
        "support",
    ]
    assert classify("The caseworker provided support to survivors of stalking.") == ["support"]


def test_a_new_centre_or_service_opened_is_support():
    assert classify("In May we opened the new Northtown Family Centre.") == ["support"]
    assert classify("The Council launched a new out-of-hours helpline for tenants.") == ["support"]


def test_what_a_post_is_for_or_help_to_come_is_not_support_given():
    assert classify("The outreach worker provides support to survivors of stalking.") == []
    assert classify("We will continue to provide support for carers next year.") == []
