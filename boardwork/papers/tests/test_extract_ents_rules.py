"""Organisations and policies as the genre's papers name them (issue #15): a body the work was done
with, for or by, named with its short form though its last word is no body's headword ("worked with
Age Concern Westshire (ACW)"), and its short form later on; the place before a name its short form
spells; "the Plan" in a later section meaning the one plan the paper has named; "the plan" after a
plan the same paragraph named meaning that one. Each case is written here for the genre, not taken
from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.organisations import learn_paper_orgs
from boardwork.papers.extract.pipeline import default_gazetteer

AUTHOR = "Westmoor Safer Communities Partnership"


def _found(text: str) -> set[str]:
    po = learn_paper_orgs(text, default_gazetteer(), AUTHOR, None)
    return {c.name for c in po.find(text) if not c.internal and not c.by_function}


def _paper(*sections: tuple[str, list[str]]) -> Paper:
    blocks: list[Heading | Paragraph] = [Heading(f"{AUTHOR} Annual Report 2023/24", 1)]
    n = 0
    for title, paras in sections:
        blocks.append(Heading(title, 2))
        for p in paras:
            n += 1
            blocks.append(Paragraph(p, number=str(n)))
    return Paper(meta=Meta(title=f"{AUTHOR} Annual Report 2023/24", body=AUTHOR), blocks=blocks)


def _policies(paper: Paper) -> dict[str, list[str]]:
    return {a["paragraph"]: a["policies"] for a in extract(paper)["activities"]}


# -- a counterpart named with its short form -------------------------------------------------------------


def test_a_counterpart_named_with_its_short_form_is_a_body():
    assert "Age Concern Eastfield" in _found(
        "The Partnership worked with Age Concern Eastfield (ACE) to deliver scam awareness sessions."
    )
    assert "Stop Hate Eastfield" in _found(
        "The Partnership funded Stop Hate Eastfield (SHE) to run a hate crime reporting line."
    )


def test_the_short_form_of_a_counterpart_names_it_later():
    text = (
        "We commissioned Eastfield Mind (EM) to run a mentoring scheme for 60 young people. "
        "In March EM and the Partnership held a joint event for 100 residents."
    )
    po = learn_paper_orgs(text, default_gazetteer(), AUTHOR, None)
    later = text.index("In March")
    assert [c.name for c in po.find(text[later:])] == ["Eastfield Mind"]


def test_a_short_form_of_a_programme_or_a_post_is_not_learned_as_a_body():
    # (no counterpart's words before it: a programme, not a body)
    assert (
        _found("Integrated Offender Management (IOM) reduced reoffending. IOM cases fell by a fifth.")
        == set()
    )


def test_the_place_before_the_name_its_short_form_spells_is_kept():
    assert "Eastfield Youth Justice Service" in _found(
        "We worked with the Eastfield Youth Justice Service (YJS) on a mentoring scheme. The YJS reported "
        "that reoffending fell."
    )
    # (an opening verb is no place)
    assert "Youth Justice Service" in _found("Supporting Youth Justice Service (YJS) staff took a year.")


# -- "the Plan" -----------------------------------------------------------------------------------------


def test_the_plan_in_a_later_section_is_the_one_plan_the_paper_named():
    paper = _paper(
        (
            "Purpose",
            ["This report updates the Board on the delivery of the Westmoor Crime Reduction Plan 2022-2025."],
        ),
        (
            "Delivery",
            ["We published our annual statement in July 2023, setting out progress against the Plan."],
        ),
    )
    assert _policies(paper)["2"] == ["Westmoor Crime Reduction Plan 2022-2025"]


def test_the_plan_is_not_guessed_when_the_paper_named_two():
    paper = _paper(
        (
            "Purpose",
            [
                "This report updates the Board on the Westmoor Crime Reduction Plan 2022-2025 and the "
                "Westmoor Road Safety Plan 2023.",
            ],
        ),
        (
            "Delivery",
            ["We published our annual statement in July 2023, setting out progress against the Plan."],
        ),
    )
    assert _policies(paper).get("2", []) == []


def test_another_bodys_or_a_lower_case_consultation_is_not_the_papers_one():
    paper = _paper(
        ("Purpose", ["In June 2023 we responded to the Home Office Knife Crime Consultation."]),
        (
            "Delivery",
            [
                "The Westshire Water Safety Forum (WWSF) consulted partners and we responded to the WWSF "
                "consultation in December 2023.",
                "We also held an event in January 2024 on the consultation and its questions.",
            ],
        ),
    )
    policies = _policies(paper)
    assert policies.get("2", []) == [] and policies.get("3", []) == []


def test_the_plan_after_a_plan_the_paragraph_named_is_that_plan():
    paper = _paper(
        ("Purpose", ["This report updates the Board on the Westmoor Crime Reduction Plan 2022-2025."]),
        (
            "Delivery",
            [
                "In May 2023 we published the Westmoor Night-time Economy Plan with licensees. The plan sets "
                "out six actions.",
            ],
        ),
    )
    assert _policies(paper)["2"] == ["Westmoor Night-time Economy Plan"]


# -- a known short form inside a longer name; a short form before another body's name ----------------------


def test_an_nhs_trust_is_one_body_not_the_nhs():
    found = _found(
        "The Partnership worked with Eastfield Healthcare NHS Foundation Trust and the Westmoor NHS Trust "
        "to run the clinics."
    )
    assert found == {"Eastfield Healthcare NHS Foundation Trust", "Westmoor NHS Trust"}
    # (the NHS named alone is the NHS)
    assert _found("We worked with NHS partners on the clinics.") == {"National Health Service"}


def test_a_short_form_and_a_comma_before_a_body_are_not_part_of_its_name():
    assert _found(
        "Following the end of funding from the OPCC, Eastfield District Council funded the scheme."
    ) == {"Eastfield District Council"}


# -- grants, levies and payments; a consultation named by its subject --------------------------------------


def _named(text: str) -> list[str]:
    from boardwork.papers.extract.policies import PolicyContext, find_policies

    return find_policies(text, PolicyContext(text, None, [], []), [], [])


def test_named_grants_levies_and_payments_are_policies():
    assert _named("The Partnership received £98,000 from the Community Safety Grant in 2023.") == [
        "Community Safety Grant"
    ]
    assert _named("We welcomed the commitment to the Workplace Parking Levy in the budget.") == [
        "Workplace Parking Levy"
    ]
    assert _named("The Association welcomed the new Westland Family Payment for low-income families.") == [
        "Westland Family Payment"
    ]
    # (lower case: a grant is money, not a named policy)
    assert _named("The Partnership gave a grant to the youth club and made a payment to the hall.") == []


def test_a_consultation_named_by_its_subject_is_a_policy():
    assert _named("We responded to the consultation on fire safety in high-rise homes in May.") == [
        "Consultation on fire safety in high-rise homes"
    ]
    # (the author's own consultation, or one pointed back to, is not named this way)
    assert _named("We ran our consultation on the draft plan in May.") == []
    assert _named("Members discussed the consultation on the same issues.") == []
