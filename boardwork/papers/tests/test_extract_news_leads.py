"""A news page's lead tells its body's deed (issue #15, tests/data/real/NOTES.md 1290-1309): money
given to others, told by its sum with a word of measure ("has allocated almost £…", "has awarded over
£…"), is help given, `support`; funding won from a government or a national fund ("has secured an
extra £… from the Home Office", "a bid submitted to the … Fund has been successful") is a bid won,
`lobbying`; the body a lead names giving or winning the money is the page's author, not an
organisation of its work; and a body named "The X of Y …" opening a lead is no named officer of
another body, so what it published is read. Wording invented for the tests, in the genre of a
minister's, a commissioner's and a violence reduction unit's news, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify


def _news(*paras: str) -> Paper:
    return Paper(meta=Meta(title=None), blocks=[Paragraph(text=t) for t in paras])


# -- money given, told by its sum ---------------------------------------------------------------------


def test_money_allocated_to_projects_with_a_word_of_measure_is_support():
    text = "The Northshire Justice Minister has allocated almost £250,000 to projects aimed at reducing reoffending."
    assert classify(text) == ["support"]


def test_money_awarded_reaching_young_people_is_support():
    text = (
        "The Westmoor Violence Reduction Unit today announced it has awarded over £15,000, directly engaging "
        "at least 900 young people through a small grants fund."
    )
    assert classify(text) == ["support"]


# -- funding won from a government or a national fund -------------------------------------------------


def test_funding_secured_from_the_home_office_is_lobbying():
    text = (
        "Sam Okafor, Westshire Police and Crime Commissioner, has secured an extra £750,000 from the Home "
        "Office to tackle neighbourhood crime."
    )
    assert classify(text) == ["lobbying"]


def test_a_bid_to_a_national_fund_told_successful_is_lobbying():
    text = "The Home Office has confirmed that a £300k bid submitted to the Safer Streets Fund has been successful."
    assert classify(text) == ["lobbying"]


# -- the lead's body is the author ----------------------------------------------------------------------


def test_the_body_a_lead_names_winning_money_is_the_author_not_an_organisation():
    paper = _news(
        "Published on: Friday, 3rd March 2023",
        "Sam Okafor, Westshire Police and Crime Commissioner, has secured an extra £750,000 from the Home "
        "Office to tackle neighbourhood crime.",
        "The projects were chosen with Westmoor County Council and the Northshire Youth Trust.",
    )
    got = extract(paper)
    names = [o["name"] for o in got["organisations"]]
    assert "Westshire Police and Crime Commissioner" not in names
    assert "Westmoor County Council" in names
    assert [a["kinds"] for a in got["activities"]] == [["lobbying"]]


# -- a body named "The X of Y" opening a lead ---------------------------------------------------------


def test_a_body_named_the_x_of_y_publishing_a_plan_is_read():
    text = (
        "The Vale of Northmoor Fire and Rescue Service has published a five-year strategic plan that will "
        "shape its prevention work."
    )
    assert classify(text) == ["publication"]


# -- guards: pass on the code before this round too ---------------------------------------------------


def test_money_allocated_told_at_a_meeting_in_the_pluperfect_is_not_read():
    assert classify("She told the Panel that she had allocated almost £280,000 to local projects.") == []


def test_money_to_be_allocated_is_not_read():
    assert (
        classify("The Minister will allocate almost £500,000 to projects aimed at reducing reoffending.")
        == []
    )


def test_funding_won_from_a_commissioner_for_a_project_stays_support():
    text = (
        "Officers informed the committee that they had secured £150k funding from the Police and Crime "
        "Commissioner towards a rural crime project."
    )
    assert classify(text) == ["support"]


def test_a_bid_to_come_is_not_read():
    assert classify("A £300k bid will be submitted to the Safer Streets Fund in March.") == []


def test_a_partners_named_officer_is_still_the_partners_business():
    assert classify("Laura Evans from Northshire Police has joined the Partnership's analysis team.") == []


def test_a_body_launching_its_campaign_in_a_lead_is_not_taken_as_the_author():
    # Not money: a page leading with another body's campaign keeps that body among its organisations.
    paper = _news(
        "Northmoor Fire and Rescue Service has launched its Darker Evenings campaign, asking parents to "
        "help keep their communities safe.",
        "Northmoor Fire and Rescue Service ran the campaign with Northmoor County Council in 2023.",
    )
    assert "Northmoor Fire and Rescue Service" in [o["name"] for o in extract(paper)["organisations"]]
