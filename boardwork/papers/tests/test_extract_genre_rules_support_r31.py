"""Help the body gave told four more ways: a scheme of help launched, a sum given to those it serves,
work it went on funding, help it has been giving (`support`, issue #15, tests/data/real/NOTES.md
2960-2969). Wording invented for the tests, in the genre of a partnership's news, a council's year
and a board's report, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- a scheme, programme or fund launched to help people ----------------------------------------------


def test_a_scheme_launched_to_help_people_is_support():
    assert "support" in classify(
        "The Partnership has launched a grant funding programme to help community groups."
    )
    assert "support" in classify(
        "The Council is launching a new scheme to help residents cut their energy bills."
    )
    assert "support" in classify("We launched a hardship fund to support families through the winter.")


def test_a_grants_scheme_launched_is_support_whatever_it_is_for():
    assert "support" in classify("The Council has launched a small grants scheme to reduce litter in parks.")


def test_a_scheme_to_come_or_of_a_government_is_not_support():
    assert "support" not in classify("We will launch a new scheme to help residents cut their energy bills.")
    assert "support" not in classify("The Government launched a new fund to help councils house refugees.")
    assert "support" not in classify("The scheme aims to help residents cut their bills.")
    assert "support" not in classify("We will launch a grant funding programme next year.")
    assert "support" not in classify("The Government launched a hardship fund for councils.")


# -- a sum the body gave to those it serves ----------------------------------------------------------


def test_a_sum_given_to_those_served_is_support():
    assert classify("We were able to provide £20,000 of funding to youth clubs.") == ["support"]
    assert classify("The Council gave £50,000 to local food banks.") == ["support"]


def test_a_sum_to_a_budget_heading_to_come_or_from_a_department_is_not_support():
    assert "support" not in classify("The Council gave £50,000 to highways maintenance.")
    assert "support" not in classify("We will provide £20,000 of funding to youth clubs next year.")
    assert "support" not in classify("The Home Office allocated £2m to local authorities.")


# -- work the body went on funding ---------------------------------------------------------------------


def test_work_the_body_continued_to_fund_is_support():
    assert classify("The Partnership continued to fund two independent domestic violence advisers.") == [
        "support"
    ]


def test_a_study_still_funded_is_not_support():
    assert "support" not in classify("The Partnership continued to fund the review of domestic homicides.")


# -- help the body has been giving ---------------------------------------------------------------------


def test_help_the_body_has_been_giving_is_support():
    assert classify("The Board has been supporting councils with advice on procurement.") == ["support"]
    assert classify("Our team have been helping families to claim the benefits they are owed.") == ["support"]


def test_help_said_in_the_present_is_not_support():
    assert "support" not in classify("The Board is supporting councils with advice on procurement.")
    assert "support" not in classify("The service supports victims with practical help.")


# -- goods given or fitted to the people served ----------------------------------------------------------


def test_goods_given_or_fitted_to_people_are_support():
    assert classify("The Council has provided free school meal vouchers to 4,000 children.") == ["support"]
    assert classify("We handed out 500 bike locks to students.") == ["support"]
    assert classify("Over 300 door locks were fitted for victims of domestic abuse.") == ["support"]


def test_words_goods_to_come_or_another_bodys_are_not_support():
    assert "support" not in classify("The team provided an update to residents.")
    assert "support" not in classify("We provided information packs to residents.")
    assert "support" not in classify("Food parcels will be delivered to families next month.")
    assert "support" not in classify("The Government provided laptops to pupils.")
    assert "support" not in classify("Laptops have been provided by the Department for Education to pupils.")
