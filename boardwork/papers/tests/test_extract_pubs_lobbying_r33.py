"""Publications and lobbying in shapes the kinds did not read (issue #15, tests/data/real/NOTES.md
3400-): a call kept up over time ("has long called for", "continues to call for", "had been calling
for"), more money sought from a government or pleaded for (lobbying); the body's own newsletter,
bulletin or briefing told by its sending or its readers (publication). Guards: a call by the public,
a charity or campaigners, a meeting asking for a report, a call to come, money sought from a fund,
a report calling for something, minutes circulated, another's guidance received, a briefing received
from a partner, a newsletter to come. Wording invented for the tests, in the genre of council,
partnership, fire and police papers, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.text import norm_text


@pytest.mark.parametrize(
    "text",
    [
        "The Federation has long called for a fairer share of the business rates.",
        "The Mayor has repeatedly called for road powers to be devolved to the region.",
        "The Association continues to call for fair funding for rural fire services.",
        "We have been calling for this change to the licensing law since 2016.",
        "It was noted that the Forum had been calling for a register of private landlords since 2015.",
    ],
)
def test_a_call_kept_up_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Shire councils are joining forces to try to get more money from the Government for social care.",
        "The chief officers met Treasury officials last month to plead for extra funding for the bridges.",
        "The leaders went to Cardiff to secure additional funding from the Welsh Government for the coastal defences.",
    ],
)
def test_more_money_sought_from_a_government_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Residents have been calling for a pedestrian crossing on the ring road for years.",
        "The charity has been calling for a ban on single-use barbecues.",
        "Members continued to call for a report on the library closures.",
        "We will continue to call for fair funding for the county.",
        "The review calls for more funding for youth services.",
        "We sought extra funding from the National Lottery for the garden project.",
        "The council received additional funding from the Government for the winter.",
    ],
)
def test_calls_by_others_to_come_or_a_fund_approached_are_not_lobbying(text):
    assert "lobbying" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "March 2021 1,200 parish clerks received our monthly policy brief",
        "Over 900 members read our fortnightly e-bulletin.",
        "We circulated a briefing note on the new licensing regime to all members.",
        "The partnership put out a newsletter to every household in the ward.",
    ],
)
def test_the_bodys_own_issue_sent_or_read_is_a_publication(text):
    assert "publication" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The clerk circulated the minutes and the agenda for the next meeting.",
        "We received the Government's guidance on flood resilience.",
        "Members received a briefing from the police on the summer's disorder.",
        "The next newsletter will be sent out to residents in May.",
    ],
)
def test_others_documents_business_papers_or_an_issue_to_come_are_not_a_publication(text):
    assert "publication" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Commissioner has called on the Home Office to restore the rural policing grant.",
        "The Association wrote to the Department for Transport about concessionary fares.",
        "Our chief executive wrote to the Permanent Secretary about the audit backlog.",
    ],
)
def test_a_department_written_to_or_called_on_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Home Office wrote to all forces about the new grant conditions.",
        "The Department for Transport has written to councils about bus grants.",
        "A letter from the Department for Education was noted.",
        "The treasury manager wrote to the bank about the overdraft.",
    ],
)
def test_a_department_writing_to_others_is_not_lobbying(text):
    assert "lobbying" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Council leaders took the case for fairer road funding to Westminster in the autumn.",
        "We sought an urgent meeting with the Home Secretary about the custody suites.",
        "The Association challenged the Government over its decision to end the rural grant.",
        "We signed a joint letter to the Chancellor on the cost of temporary accommodation.",
    ],
)
def test_the_case_taken_to_the_government_is_lobbying(text):
    assert "lobbying" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Residents took their case for a new surgery to the Minister.",
        "The Government challenged councils to build more homes on brownfield land.",
        "The Minister sought a meeting with council leaders about the settlement.",
        "We will take our case to the Government next year.",
    ],
)
def test_a_case_by_others_the_government_challenging_or_a_case_to_come_is_not_lobbying(text):
    assert "lobbying" not in classify(norm_text(text))


def test_copies_of_the_bodys_document_issued_are_a_publication():
    text = "We printed and distributed 4,000 copies of the winter safety leaflet."
    assert "publication" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "We distributed copies of the Home Office guidance to all licensees.",
        "Copies of the agenda were circulated before the meeting.",
    ],
)
def test_copies_of_anothers_document_or_of_an_agenda_are_not_a_publication(text):
    assert "publication" not in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Network commissioned a university team to carry out research on rural isolation, published in May 2019.",
        "Our review of night-time economy licensing, published in October, found wide differences between areas.",
    ],
)
def test_the_bodys_own_work_with_an_aside_of_its_publishing_is_a_publication(text):
    assert "publication" in classify(norm_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Government's serious violence strategy, published in May, sets out the new duty.",
        "The Government commissioned an independent review of fire safety, published in May.",
        "Members considered the inspectorate's report, published in March.",
    ],
)
def test_anothers_document_with_an_aside_of_its_publishing_is_not_a_publication(text):
    assert "publication" not in classify(norm_text(text))
