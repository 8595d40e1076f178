"""Money the body won and what it paid for, capacity it added, a sum given to a named work as a list's
item, help told as a gerund after a deed done: `support` (issue #15, tests/data/real/NOTES.md
2590-2599). Wording invented for the tests, in the genre of a commissioner's year, a partnership's
minutes and a council's annual report, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- money won, then what it paid for -----------------------------------------------------------------


def test_money_the_body_won_and_what_it_paid_for_is_support():
    text = "Our office successfully bid for £2.4M from the Safer Streets Fund, which paid for new lighting and CCTV."
    assert classify(text) == ["support"]
    text = (
        "We were awarded £40,000 from the Community Fund. It paid for two outreach workers over the summer."
    )
    assert classify(text) == ["support"]


def test_money_bid_for_or_to_be_spent_or_given_by_another_is_not_support():
    assert "support" not in classify(
        "We bid for £50,000 from the fund, which would pay for new CCTV cameras."
    )
    assert "support" not in classify(
        "The Home Office awarded the force £1M, which paid for new lighting in three parks."
    )


# -- capacity added, counted --------------------------------------------------------------------------


def test_a_force_or_team_strengthened_by_a_count_is_support():
    assert classify("I have strengthened the Constabulary by more than 150 officers and staff.") == [
        "support"
    ]
    assert classify("We increased the number of PCSOs by 40 in 2023.") == ["support"]


def test_numbers_risen_with_no_one_raising_them_are_not_support():
    assert classify("Officer numbers have increased by 120 since 2019.") == []
    assert "support" not in classify("The Force increased its establishment by 80 officers.")


# -- a sum given to a named work, as an item ---------------------------------------------------------


def test_a_sum_to_fund_a_named_service_is_read_in_its_list_not_alone():
    # Help only under a lead of money spent or projects funded (`pipeline._spending_listed`,
    # `_funded_listed`; test_extract_spending_listed.py): alone, a budget to come would read as help.
    assert classify("£9,500.00 to fund the Sanctuary Outreach service provided by Anytown Refuge Ltd,") == []
    assert classify("£3,000 towards the Street Angels project in the town centre;") == []


def test_a_sum_received_or_a_sum_alone_is_not_support():
    assert classify("£51,000 from the Commissioner's grant for 2017/18,") == []
    assert classify("£5,224 as the Borough's contribution for 2017/18, and") == []


# -- help told as a gerund after a deed done ----------------------------------------------------------


def test_helping_people_after_a_deed_done_is_support():
    text = (
        "The Partnership used its rough sleeping grant with housing colleagues - helping people into"
        " settled homes through its outreach team."
    )
    assert classify(text) == ["support"]
    text = "In March we opened two warm hubs, supporting 300 older people through the winter."
    assert "support" in classify(text)


def test_helping_people_as_what_a_service_or_plan_is_for_is_not_support():
    assert classify("The service offers advice, helping people to stay safe at home.") == []
    assert (
        classify("Our vision is of safer streets, supporting victims and helping offenders to change.") == []
    )
    assert classify("We need more volunteers, helping people into work across the district.") == []


# -- those who broke the rules the body enforces, prosecuted -------------------------------------------


def test_a_business_or_landlord_prosecuted_for_a_breach_is_support():
    assert classify("In June we prosecuted a hotel owner for serious fire safety failings.") == ["support"]
    assert classify("The Council prosecuted three private landlords for letting unsafe homes.") == ["support"]


def test_a_prosecution_service_or_a_diversion_from_prosecution_is_not_support():
    assert "support" not in classify(
        "Officers met the Crown Prosecution Service to discuss case file standards."
    )
    assert classify("The scheme diverts young people from prosecution.") == []
