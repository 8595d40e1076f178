"""Genre rules of the twenty-first round (issue #15): work told by its result (people helped, counted),
by its sum, by who took part in an event, and partnership told by the shape of the sentence (part of
a multi-agency operation, bodies seen working together, an event co-hosted). Each case is written
here for the genre, not taken from a paper."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

from boardwork.papers.extract.kinds import classify, counts_help
from boardwork.papers.extract.pipeline import select

# -- help told as its result ----------------------------------------------------------------------------


def test_people_helped_counted_are_support():
    assert classify("Over 120 families were supported by the outreach workers during the winter.") == [
        "support"
    ]
    assert classify("In total 58 older people received help with their heating bills.") == ["support"]
    assert classify("The hub helped 230 residents with debt and housing problems.") == ["support"]
    assert classify("More than 90 young people at risk had been supported through mentoring.") == ["support"]


def test_help_to_come_a_share_or_a_sum_is_not_counted_help():
    assert classify("Around 300 households will be supported by the new scheme next year.") == []
    assert classify("About 40% of victims were helped by a neighbour.") == []
    assert not counts_help("£2,000 people were supported")  # a sum, not a count of people
    assert counts_help("Some 75 victims of fraud were helped to recover their savings.")


def test_counted_help_is_never_vetoed_by_the_model():
    rule = SimpleNamespace(
        organisations=[],
        kinds=["support"],
        text="Some 75 victims of fraud were helped to recover their savings.",
    )
    other = SimpleNamespace(
        organisations=[],
        unsure=[],
        read_as=frozenset(),
        date=None,
        kinds=["support"],
        text="Crime rose by 4% on the year before.",
    )
    candidates = [
        SimpleNamespace(told_done=False, probability=0.05, rule=rule, section_index=0),
        SimpleNamespace(told_done=False, probability=0.05, rule=other, section_index=0),
    ]
    chosen = select(cast(Any, candidates), add_at=None, veto_below=0.3)
    assert [found.text for _, found in chosen] == [rule.text]


# -- money spent, posts funded, help grown -------------------------------------------------------------


def test_a_sum_spent_on_projects_is_support():
    assert classify("Last year the Commissioner spent £1.2 million on projects for victims.") == ["support"]
    assert classify("The Council invested over £400,000 in new CCTV cameras.") == ["support"]


def test_a_post_funded_by_the_body_is_support_but_not_one_funded_for_it():
    assert classify("A youth worker post was funded by the Partnership for three years.") == ["support"]
    assert "support" not in classify("The post was funded by the Home Office until March.")


def test_help_grown_is_support():
    assert classify("Support for families of offenders has increased since the spring.") == ["support"]


def test_training_named_by_its_purpose_counts_only_when_given():
    text = "Support for victims had increased, including awareness training for pharmacy staff."
    assert classify(text) == ["support", "training"]
    assert classify("Awareness training for licensees is available from the team.") == []


# -- events told by who took part -----------------------------------------------------------------------


def test_an_event_told_by_its_participants_or_its_chair():
    assert classify("The workshop was chaired by the Deputy Leader.") == ["event"]
    text = "The seminar included speakers from three universities."
    assert classify(text) == ["event"]


def test_an_event_that_brought_named_bodies_together_is_also_a_partnership():
    text = "The summit included representatives of Northshire Police and the Probation Service."
    assert classify(text) == ["event", "partnership"]


# -- partnership told by the sentence's shape ------------------------------------------------------------


def test_part_of_a_multi_agency_operation_is_a_partnership():
    assert classify("This winter we are part of a multi-agency operation to tackle fly-tipping.") == [
        "partnership"
    ]
    assert classify("The team was part of a joint initiative on knife crime.") == ["partnership"]


def test_bodies_seen_working_together_are_a_partnership():
    text = "The project sees Northshire Council, the Fire Service and local schools working together."
    assert classify(text) == ["partnership"]


def test_work_going_on_alongside_partners_is_a_partnership():
    assert classify("Good work was taking place alongside partner agencies on hate crime.") == ["partnership"]


def test_an_event_co_hosted_or_work_for_a_network_is_a_partnership():
    assert classify("The Council co-hosted a roundtable on exploitation.") == ["event", "partnership"]
    text = "On behalf of the Northshire Safeguarding Network, officers wrote a leaflet for shopkeepers."
    assert "partnership" in classify(text)


def test_a_gerund_with_others_then_an_irregular_past_is_work_done():
    # "Working with X, the body bought …": the main verb's past makes the gerund a deed, as "held" did.
    text = "Working with local charities, the Council bought 40 smoke alarms for older residents."
    assert "partnership" in classify(text)


# -- a plan reviewed --------------------------------------------------------------------------------------


def test_the_body_s_plan_reviewed_is_research_but_not_one_reviewed_by_another():
    assert classify("The Community Safety Strategy had recently been reviewed.") == ["research"]
    assert classify("The strategy has been reviewed by the Home Office.") == []


# -- work told by what was done, counted or joined ---------------------------------------------------------


def test_projects_delivered_are_support():
    assert classify("Last year the team delivered four projects with older residents.") == ["support"]
    assert classify("The team will deliver two projects in the spring.") == []


def test_homes_visited_counted_are_support():
    assert classify("Crews visited more than 2,500 homes of older people in the year.") == ["support"]


def test_joint_work_taken_part_in_is_a_partnership():
    assert classify("The partnership had taken part in joint operations with the police.") == ["partnership"]


def test_a_group_set_up_with_others_representatives_is_a_partnership():
    text = "An Action Group had been set up with representatives of the housing associations."
    assert classify(text) == ["partnership"]


# -- a foreword is no theme -----------------------------------------------------------------------------


def test_a_foreword_is_not_a_theme():
    from boardwork.papers.extract.dates import Cycle
    from boardwork.papers.extract.sections import classify_heading

    cycle = Cycle()
    assert classify_heading("Chair and Vice Chair Foreword", cycle).role == "untitled"
    assert classify_heading("Foreword by the Commissioner", cycle).role == "untitled"
    assert classify_heading("Road safety", cycle).role == "theme"


# -- people in a post are no counterpart body ---------------------------------------------------------------


def test_people_named_by_their_post_are_not_a_body():
    from boardwork.papers.extract.organisations import learn_paper_orgs
    from boardwork.papers.extract.pipeline import default_gazetteer

    def found(text: str) -> set[str]:
        po = learn_paper_orgs(text, default_gazetteer(), "Northshire Council", None)
        return {c.name for c in po.find(text) if not c.internal}

    assert "Independent Housing Advisers" not in found(
        "Some 80 tenants were supported by the Independent Housing Advisers in the year."
    )
    assert "Harbour Care" in found("Some 80 tenants were supported by Harbour Care in the year.")
