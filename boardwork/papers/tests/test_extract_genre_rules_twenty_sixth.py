"""Genre rules of the twenty-sixth round (issue #15, tests/data/real/NOTES.md 610-629): a body's work
told with a verb no kind's list holds — outputs counted ("we repaired 300 street lights"), support;
agencies brought together by the body or by a joint structure it launched, and a deed done with a
named body or with it as co-subject, partnership — with the guards: measures, records and receipts
counted, shares of a plan, work to come, a partner's deed, what is said or felt at a meeting, and a
structure described in the present with no start. Each case is written here for the
genre (a council's annual report, a partnership's progress report, a community safety page), not
taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import action_cues

CSP = ("Anyshire Community Safety Partnership", "CSP")
COUNCIL = ("Northtown Borough Council",)


def _kinds(text: str, author_words: tuple[str, ...] = ()) -> list[str]:
    return [k for k, _ in action_cues(text, author_words)]


# -- outputs counted ---------------------------------------------------------------------------------


def test_outputs_the_body_counts_are_support_whatever_the_verb():
    assert _kinds("We repaired 1,250 street lights across the borough.") == ["support"]
    assert _kinds("In 2022/23 we rehomed 48 families who had been living in temporary housing.") == [
        "support"
    ]
    assert _kinds("Our wardens cleared more than 300 fly-tipping sites over the summer.") == ["support"]
    assert _kinds("The Council refitted 40 bus shelters with better lighting.", COUNCIL) == ["support"]


def test_an_output_counted_after_another_deed_and_a_sum_given():
    assert _kinds("The Partnership reshaped its outreach service and visited 900 older residents.") == [
        "support"
    ]
    assert _kinds("Last year we handed out 2,000 personal alarms to older residents.") == ["support"]
    assert _kinds("We granted £45,000 to twelve residents' associations.") == ["support"]


def test_measures_records_and_receipts_counted_are_not_outputs():
    assert _kinds("We recorded 1,250 incidents of anti-social behaviour in the year.") == []
    assert _kinds("We received 640 complaints about noise.") == []
    assert _kinds("The Partnership reduced 12 of its 20 measures to amber.") == []
    assert _kinds("Officers completed 79 per cent of the actions in the plan.") == []
    assert _kinds("In 2023 we reached 2,000 followers on social media.") == []


def test_outputs_to_come_or_a_partners_are_not_the_bodys():
    assert _kinds("Next year we will have repaired 1,250 street lights.") == []
    assert _kinds("The Police have patrolled 40 hot spots in the town centre.", CSP) == []


# -- agencies brought together -----------------------------------------------------------------------


def test_agencies_the_body_brought_together_are_partnership():
    assert _kinds("In March we brought together partners from across the county to agree the new plan.") == [
        "partnership"
    ]
    assert _kinds(
        "The Partnership has brought together the police and housing providers to tackle scams."
    ) == ["partnership"]


def test_a_joint_structure_launched_and_bringing_agencies_together_is_partnership():
    assert _kinds(
        "The Safety Hub: Set up in May 2021, the Hub brings together the police, the youth service and "
        "housing providers to agree support for vulnerable residents."
    ) == ["partnership"]


def test_a_structure_described_in_the_present_alone_is_standing_text():
    assert _kinds("The Partnership brings together the responsible authorities named in the Act.") == []
    assert _kinds("The Hub will bring together the police and housing providers from next April.") == []


# -- a deed done with a named body --------------------------------------------------------------------


def test_a_deed_done_with_a_named_body_is_partnership_whatever_the_verb():
    assert _kinds("In March 2023 we redesigned the victims' pathway with Anyshire Constabulary.") == [
        "partnership"
    ]
    assert _kinds(
        "The Partnership relaunched its Safer Streets scheme alongside the Fire and Rescue Service."
    ) == ["partnership"]


def test_a_named_body_as_co_subject_of_the_deed_is_partnership():
    assert _kinds(
        "Over the summer the Partnership and Anyshire Police leafleted every home in two wards."
    ) == ["partnership"]


def test_the_deed_alone_what_is_said_or_felt_and_work_to_come_are_not_read():
    assert _kinds("We redesigned the victims' pathway.") == []
    assert _kinds("The Council disagreed with the Home Office's proposals for the fund.") == []
    assert _kinds("The Chair concluded the item by thanking members, with the Clerk's help.") == []
    assert _kinds("Officers will have redesigned the pathway with Anyshire Constabulary by May.") == []
    assert _kinds("The Police redesigned their pathway with the Council.", CSP) == []


def test_a_counted_output_in_an_annual_report_is_read_as_the_bodys_work():
    title = "Northtown Borough Council Annual Report 2022-23"
    paper = Paper(
        meta=Meta(title=title, body="Northtown Borough Council"),
        blocks=[
            Heading(text=title, level=1),
            Heading(text="What we did this year", level=2),
            Paragraph(text="We relined 42 miles of drains and cleared 1,250 blocked gullies.", number="1"),
            Paragraph(text="We recorded 1,100 reports of potholes.", number="2"),
        ],
    )
    found = [(a["kinds"], a["paragraph"]) for a in extract(paper)["activities"]]
    assert found == [(["support"], "1")]
