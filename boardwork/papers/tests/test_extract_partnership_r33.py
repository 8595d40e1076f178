"""Partnership read only where the author's joint deed is told: a government met to plead for money
is lobbying; partnership words under a stance ("a commitment to working with", "our focus remains on
multi-agency work") or with the public as the subject and the body as whom they engaged ("residents
engaged with us") tell no joint deed. Wording invented for the tests, in the genre of a scrutiny
bulletin, a news item and a partnership's newsletter, not taken from any corpus paper
(tests/data/real/NOTES.md 3330-)."""

from __future__ import annotations

from boardwork.papers.extract.kinds import action_cues, classify

AUTHOR = ("Westby Borough Council", "Council")

# -- "met": a government lobbied --------------------------------


def test_a_government_met_to_plead_for_money_is_lobbying():
    text = "The Council's leader and officers met Scottish Government officials last week to plead for a fairer settlement."
    kinds = [k for k, _ in action_cues(text, AUTHOR)]
    assert "lobbying" in kinds
    assert "partnership" not in kinds


# -- guards: someone met stays partnership ---------------------------------------------------------------


def test_a_partner_met_stays_partnership():
    text = "Officers met the Westby Housing Trust to agree a joint plan for the estate."
    assert "partnership" in [k for k, _ in action_cues(text)]


def test_a_meeting_with_a_partner_after_its_date_stays_partnership():
    text = "The Board met in May with the Fire and Rescue Service to plan the winter campaign."
    assert "partnership" in [k for k, _ in action_cues(text)]


def test_a_government_department_met_on_guidance_stays_partnership():
    text = "Officers met Welsh Government officials to help draft the new guidance on licensing."
    assert "partnership" in [k for k, _ in action_cues(text, AUTHOR)]


# -- a stance, the public engaging with the body ---------------------------------------------------------


def test_a_commitment_to_working_with_others_is_no_partnership():
    text = "The report was clear that the Council has a real commitment to working with the police, and its budget was balanced."
    assert "partnership" not in classify(text)


def test_a_commitment_praised_beside_other_work_leaves_that_work():
    text = (
        "The 2023 statement for Westby Fire and Rescue Service shows a Service with new leadership, a balanced budget and "
        "a strong commitment to working with the other emergency services, which opened up training for on-call crews."
    )
    assert classify(text) == ["support"]


def test_a_focus_that_remains_on_multi_agency_work_is_no_partnership():
    text = "It has been a busy quarter in the team, but our focus still remains on multi-agency work with our partner agencies."
    assert "partnership" not in classify(text)


def test_a_focus_on_joint_work_agreed_before_is_no_partnership():
    text = "Our focus remains on partnership working with the police, as was agreed in March."
    assert "partnership" not in classify(text)


def test_residents_who_engaged_with_us_are_no_partnership():
    text = (
        'The Leader said: "Agreeing the plan is a big step and shows how well our residents and local communities '
        'have supported and engaged with us."'
    )
    assert "partnership" not in classify(text)


def test_tenants_who_engaged_with_us_on_a_plan_are_no_partnership():
    text = "Our tenants and residents have engaged with us on every part of the new estate plan."
    assert "partnership" not in classify(text)


# -- guards: the deed told stays partnership ------------------------------------------------------------


def test_money_committed_to_working_with_schools_stays_partnership():
    text = "We committed £40,000 to working with schools on knife crime last year."
    assert "partnership" in classify(text)


def test_partners_who_engaged_with_us_stay_partnership():
    text = "Local agencies and the voluntary sector have engaged with us throughout the review of the strategy."
    assert "partnership" in classify(text)


def test_work_with_the_police_stays_partnership():
    text = "We worked with Westby Police on a week of action against fly-tipping."
    assert "partnership" in classify(text)
