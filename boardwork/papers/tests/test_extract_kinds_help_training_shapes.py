"""Kinds of help and training told in the genre's other shapes (issue #15, tests/data/real/NOTES.md
2020-2028): help or training given in the passive, as a bullet with no subject, by its noun opening
the bullet, or by those who received it; money awarded to others in the passive; funding secured for
work; a service commissioned. And what only looks like them: a service's standing description, an
aim, help still to come, help a government gave the body, a backing of a proposal. Wording invented
for the tests, in the genre of an association's improvement report, a partnership's annual report and
a commissioner's grants round, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify

# -- help given in the passive -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Advice was given to 25 authorities on procurement.",
        "Support was provided to 350 victims of crime.",
        "Advice and support was given to 120 businesses affected by the flooding.",
        "Capacity building support has been delivered to 30 community groups.",
        "Financial support was provided to community organisations during the winter.",
        "Grant funding was provided to 12 voluntary organisations.",
        "Specialist advice on equal pay was given to member authorities.",
        "Funding of £60,000 was provided to extend the outreach service.",
        "Funding was provided for two additional youth workers.",
    ],
)
def test_help_given_in_the_passive_is_support(text):
    assert classify(text) == ["support"]


# -- help given, with a subject or without -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Provided expert advice to member councils on licensing.",
        "Officers gave advice to the council ahead of its inspection.",
        "Supported 12 councils to prepare for the new duties.",
        "Helped 14 councils to develop their climate action plans.",
        "Assisted five councils with workforce planning.",
        "Supported member authorities with their budget preparations.",
        "We helped local businesses through the pandemic.",
        "We brokered support from experienced chief executives for two councils.",
        "Brokered mentoring for newly elected council leaders.",
        "Awarded grants to 35 community projects.",
        "The Commissioner awarded £1.2m to victims' services.",
        "I am proud that we have been able to provide over £2 million of grant funding to local voluntary groups.",
        "The fund supported 40 community projects across the county.",
        "The Community Fund awarded 62 grants this year.",
        "The Partnership recommissioned its drug and alcohol treatment service.",
        "Eleven councils were supported through the financial resilience programme.",
        "We have continued to support councils with their recovery plans.",
        "Over 30 councils received bespoke support from our advisers.",
        "We ran a programme of support for newly elected council leaders.",
        "A package of support was put in place for the council after the inspection.",
    ],
)
def test_help_given_by_the_body_or_a_bullet_is_support(text):
    assert classify(text) == ["support"]


def test_the_noun_of_help_given_opening_a_bullet_is_support():
    assert classify("Provision of one-to-one advice to 40 businesses in the town centre.") == ["support"]


# -- money awarded, funding secured, a service commissioned --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Grants of £250,000 were awarded to 20 community groups.",
        "£40,000 was awarded to local charities through the community fund.",
        "Small grants were distributed to 40 neighbourhood groups.",
        "Small grants totalling £120,000 were awarded in the first round.",
        "£2m has been invested in new CCTV cameras across the town centre.",
        "Funding was secured for a new domestic abuse outreach worker.",
        "Funding secured for three youth diversion projects.",
        "A new advocacy service for young people was commissioned in the autumn.",
        "Commissioning of a new substance misuse service was completed in March.",
        "The team completed the recommissioning of the county's refuges.",
    ],
)
def test_money_awarded_funding_secured_and_services_commissioned_are_support(text):
    assert classify(text) == ["support"]


# -- training given, taken up ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Induction was provided for all new councillors.",
        "E-learning on modern slavery was completed by 1,200 staff.",
        "Leadership development was delivered to 60 senior managers.",
        "Mentoring was provided to 12 newly elected leaders.",
        "Members were given training on the code of conduct.",
        "200 people took part in suicide prevention training.",
        "Over 90 parents and carers attended the online safety course.",
        "Delivery of training to 120 taxi drivers on child sexual exploitation.",
        "More than 1,000 residents have been trained in emergency first aid.",
        "The education programme was delivered to 300 pupils across eight schools.",
        "A programme of member development was delivered.",
        "Councillors completed a four-module leadership programme.",
        "Trained 40 dementia friends champions.",
    ],
)
def test_training_given_or_taken_up_is_training(text):
    assert classify(text) == ["training"]


# -- guards: what only looks like help or training ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a service's standing description, in the present
        "The team provides advice to residents on housing options.",
        "Support is provided to victims of domestic abuse by a specialist team.",
        # an aim, work to come, a need
        "We will support councils to prepare for the new duties.",
        "We aim to provide advice to all councils by March.",
        "Councils need support to deliver the new duties.",
        "Funding will be awarded to successful applicants in April.",
        "Funding needs to be secured for the project to continue.",
        "Grants of up to £5,000 are available to community groups.",
        # help a government gave, money passed on
        "Funding of £2m was allocated to councils by the Home Office.",
        "Funding was secured from the Home Office for the new unit.",
        "The Government has awarded £1bn to councils for adult social care.",
        "The Home Office has given £3m of funding to councils in the region.",
        "The money was allocated to community groups in the budget.",
        "Twelve councils received additional funding from the Government.",
        "A grant of £50,000 was awarded to the Partnership for the new scheme.",
        "Grants were awarded to the Partnership by the Home Office.",
        "£5m has been invested in the region by the Government.",
        "We will continue to support councils with their recovery plans.",
        "Support is available to all victims, whether or not they report to the police.",
        "Councils have been supported by the Government with £500m.",
        "We want to help councils to prepare for the new regime.",
        "The Council was awarded £1m by the Home Office.",
        "The Partnership received funding from the Commissioner.",
        "Funding was provided by the Home Office for two new posts.",
        "The advice given to the council by its auditors was noted.",
        "Advice was sought from the legal team.",
        # a backing, not help
        "Members supported the council's bid to host the games.",
        # training on offer, to come, or standing
        "Training will be delivered to all staff in the new year.",
        "Training is available to all staff.",
        "The provision of training for school staff is a priority for next year.",
        "Staff are required to complete safeguarding training every two years.",
        "Councillors will be offered training on the new code.",
        "Members were reminded that training is mandatory.",
    ],
)
def test_standing_services_aims_and_others_help_are_not_read(text):
    assert classify(text) == []


def test_a_commissioning_duty_is_not_a_service_commissioned():
    assert classify("The Board is responsible for the commissioning of victims' services.") == []
