"""Help the body gave told six more ways: people a programme reached, a sum the body itself allocated
or gave as a grant, staff lent to partners, police posts it paid for, payments made to people, and two
goods counted as one (`support`, issue #15, tests/data/real/NOTES.md 3320-3329). Wording invented for
the tests, in the genre of a fire service's news, a partnership's year, a department's progress report
and a council's scrutiny paper, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- people a programme reached, counted -------------------------------------------------------------


def test_people_reached_through_a_programme_are_support():
    assert classify("The project has reached 2,300 young people through its school workshops.") == ["support"]
    assert classify("Our outreach team reached more than 600 families through the programme.") == ["support"]


def test_people_reached_over_a_past_period_are_support():
    assert "support" in classify(
        "The partnership goes on tackling violence, reaching more than 9,000 young people in the last 12 months."
    )


def test_a_reach_of_media_or_to_come_is_not_support():
    assert "support" not in classify("The campaign reached 1.2 million people on social media.")
    assert "support" not in classify("The service aims to reach 500 young people through its programmes.")
    assert "support" not in classify("We reached 400 residents through our newsletter.")
    assert "support" not in classify(
        "The partnership works with schools, reaching young people across the city."
    )


# -- a sum the body itself allocated, or gave as a named grant -----------------------------------------


def test_a_sum_the_body_allocated_to_councils_is_support():
    assert classify(
        "Since 2022 my department has allocated £40 million to local authorities to deliver the new duty."
    ) == ["support"]
    assert classify("We allocated £200,000 to councils to run warm spaces over the winter.") == ["support"]


def test_a_grant_of_a_sum_given_is_support():
    assert classify("We provided grants of £5,000 to twelve community groups.") == ["support"]
    assert classify("The Council made an award of £2,500 each to six youth clubs.") == ["support"]


def test_a_sum_allocated_by_another_or_to_a_budget_is_not_support():
    assert "support" not in classify("The Home Office has allocated £2 million to the force.")
    assert "support" not in classify("The budget allocated £50,000 to highways.")
    assert "support" not in classify("Members noted that £30,000 had been allocated to the project.")
    assert "support" not in classify("We will allocate £200,000 to councils to run warm spaces.")


# -- staff lent to partners or the public -------------------------------------------------------------


def test_staff_volunteered_or_seconded_to_help_partners_is_support():
    assert "support" in classify(
        "Forty firefighters volunteered to drive ambulances in support of the NHS during the pandemic."
    )
    assert "support" in classify(
        "Staff were redeployed to the vaccination centres to help the local health board."
    )
    assert "support" in classify(
        "We seconded a manager to the county council to support the resettlement scheme."
    )


def test_staff_moved_for_the_body_itself_are_not_support():
    assert "support" not in classify("Staff were redeployed to the new finance system.")
    assert "support" not in classify("The officer was seconded from the police to lead the review.")
    assert "support" not in classify("Staff will be seconded to help the health board next year.")


# -- police posts the body paid for --------------------------------------------------------------------


def test_police_posts_the_body_paid_for_are_support():
    assert classify("The Council paid for four police community support officers.") == ["support"]
    assert classify("The Council funded two additional PCSOs for the rural wards.") == ["support"]


def test_the_bodys_own_posts_paid_for_are_not_support():
    assert "support" not in classify("The council paid for a new chief executive.")
    assert "support" not in classify(
        "The Constabulary funded two additional police officers from its reserves."
    )


# -- payments made to people served -------------------------------------------------------------------


def test_payments_made_to_people_are_support():
    assert classify("Emergency payments were made to 120 households.") == ["support"]
    assert classify("Hardship grants have been paid to 300 tenants.") == ["support"]


def test_payments_to_suppliers_or_to_come_are_not_support():
    assert "support" not in classify("Payments were made to contractors in March.")
    assert "support" not in classify("Payments will be made to households in May.")
    assert "support" not in classify("Payments to households were discussed.")


# -- two goods counted as one ---------------------------------------------------------------------------


def test_two_goods_counted_together_are_support():
    assert "support" in classify("Over 200 smoke alarms and deaf alarms were fitted in homes.")
    assert "support" in classify(
        "More than 900 smoke alarms and sensory alarms have been fitted in homes this year."
    )


def test_goods_counted_with_something_else_are_not_support():
    assert "support" not in classify("Over 200 smoke alarms and the budget were discussed.")
    assert "support" not in classify("Smoke alarms and sensory alarms must be fitted in all rented homes.")
