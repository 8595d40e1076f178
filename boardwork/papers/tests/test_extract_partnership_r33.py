"""Partnership read only where the author's joint deed is told: a government met to plead for money
is lobbying; partnership words with the public as the subject and the body as whom they engaged
("residents engaged with us") tell no joint deed. Wording invented for the tests, in the genre of a scrutiny
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


# -- the public engaging with the body ---------------------------------------------------------


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


def test_partners_who_engaged_with_us_stay_partnership():
    text = (
        "Local agencies and the voluntary sector have engaged with us throughout the review of the strategy."
    )
    assert "partnership" in classify(text)


def test_work_with_the_police_stays_partnership():
    text = "We worked with Westby Police on a week of action against fly-tipping."
    assert "partnership" in classify(text)


# -- a purpose defined ----------------------------------------------------------------------------------


def test_a_purpose_defined_by_a_framework_is_no_partnership():
    text = (
        "The chief purpose of the Service, as the national framework sets it out, 'is to work in partnership with "
        "communities and others on prevention.' On our visits we observed partnership meetings and spoke to chief "
        "executives."
    )
    assert "partnership" not in classify(text)


def test_a_past_aim_followed_by_the_deed_stays_partnership():
    text = "The aim was to work with schools across Westby, and we met head teachers in March."
    assert "partnership" in classify(text)


def test_work_done_whose_purpose_follows_stays_partnership():
    text = "We worked with Westby Police on a week of action, whose purpose is to cut fly-tipping."
    assert "partnership" in classify(text)
