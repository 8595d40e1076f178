"""Partnership, lobbying and events in the genre's other shapes (issue #15, tests/data/real/NOTES.md
2060-2079). Partnership beside "worked with": work hand in hand or in conjunction with another,
budgets pooled or premises shared, a strategy co-produced, links forged, a network joined, a founding
member become, an agreement signed or agreed between bodies, a deed opened by "Together with …".
Lobbying told by what was sought or won from the Government, by a case put to it, the Government
asked to act, representations made to it, its policy influenced, its officials met, a letter to a
minister, a briefing for Parliament, a subjectless bullet opening with a call. Events the event
nouns do not name (a vigil, a hustings, a public meeting, a fun day, a networking breakfast), and
events told by their attendance, a stand at a show, a keynote. Guards: the paper itself made in
partnership, partnership as a meeting's topic, the body lobbied or others calling, lobbying named as a
priority, a ceremony attended as a guest, an invitation to attend. Wording invented for the tests, in
the genre of a partnership's annual report, a council's news and a national body's achievements."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify

# -- partnership -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Working hand in hand with the Fire Service, the team fitted smoke alarms in 300 homes.",
        "We pooled budgets with the Clinical Commissioning Group to fund two outreach workers.",
        "A shared service with Westvale District Council went live in April.",
        "The Council co-produced the new carers' strategy with local carers' groups and the NHS.",
        "We have forged strong links with the Chamber of Commerce over the past year.",
        "Officers joined the regional Violence Reduction Network in 2022.",
        "The service became a founding member of the Northshire Road Safety Partnership in 2021.",
        "A protocol was agreed between the Council and the Police on unauthorised encampments.",
        "The Partnership and the Fire Service signed a data sharing agreement last year.",
        "Together with Northshire Police, the Council ran a week of action in the town centre.",
        "Participated in the county's Serious Violence Working Group throughout the year.",
        "The Council took an active part in the regional Modern Slavery Network.",
        "The Partnership has established a Serious Violence Board with the police and health partners.",
        "A partnership agreement with the Police was signed in June.",
        "Brokered an agreement between the housing providers and the police on information sharing.",
        "Set up a joint venture with Northshire County Council to deliver building control.",
        "Chaired the regional Modern Slavery Network.",
        "Represented the Association at the national Fire Safety Forum.",
        "We provided the secretariat for the county's Reducing Reoffending Board.",
    ],
)
def test_partnership_in_the_genres_other_shapes(text):
    assert "partnership" in classify(text)


def test_the_paper_itself_made_in_partnership_is_no_partnership_work():
    text = "This report was produced in partnership with the Police and Crime Commissioner."
    assert "partnership" not in classify(text)


def test_partnership_as_a_meetings_topic_is_no_partnership_work():
    assert "partnership" not in classify("Joint working between the agencies was discussed at length.")
    assert "partnership" not in classify(
        "The Board met on 12 March 2023 to discuss the joint strategic needs assessment."
    )


def test_a_partnership_that_stands_is_still_no_deed():
    text = "The Safer Neighbourhoods Board is a partnership between the Mayor's Office, the police and local communities."
    assert "partnership" not in classify(text)


def test_the_bodys_own_board_chaired_is_no_partnership():
    assert "partnership" not in classify("Our Chair chaired the Board throughout the year.")


def test_a_joint_protocol_agreed_with_the_police_stays_partnership():
    assert "partnership" in classify("We agreed a joint protocol with the police on missing children.")


# -- lobbying ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We sought assurances from the Government that the grant would continue.",
        "The Association secured a commitment from the Minister to review the formula.",
        "The President put the sector's case to the Chancellor in a letter in October.",
        "We asked the Government to reconsider its decision.",
        "Representations were made to the Treasury on business rates.",
        "We successfully influenced the Government's plans for the new burdens funding.",
        "Officers met Home Office officials in March to discuss the funding formula.",
        "Our letter to the Chancellor set out the case for more money for adult social care.",
        "A briefing was provided for members of the House of Lords before the debate.",
        "Pushed for improvements to non-emergency patient transport services.",
        "We secured changes to the Renters Reform Bill to protect tenants.",
        "Following our representations, the Department extended the deadline.",
        "We represented the views of councils to the Welsh Government on the settlement.",
        "We have been clear with the Government that councils need multi-year settlements.",
        "We have made it clear to the Home Office that the grant must continue.",
        "Our message to Government has been that prevention saves money.",
        "We have consistently argued that business rates retention must be fair to all areas.",
        "We have been pressing for a fair funding review since 2016.",
        "The Association has repeatedly raised the issue of unfunded burdens with the Department.",
        "Engaged with ministers and officials on the Fire Reform White Paper.",
        "We negotiated with the Welsh Government on the terms of the new grant.",
        "The Board successfully resisted the proposed cap on council tax.",
        "The Commissioner wrote an open letter to the Home Secretary.",
        "Warned that reforms to dentistry are too slow, leaving thousands of people in pain.",
    ],
)
def test_lobbying_in_the_genres_other_shapes(text):
    assert "lobbying" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Minister has been lobbied by many groups on this issue.",
        "Residents have campaigned for a new crossing for many years.",
        "The Government has called for councils to bring forward plans.",
        "Local MPs have supported the campaign for a new hospital.",
        "Our priorities include lobbying for fairer funding for rural areas.",
    ],
)
def test_others_calls_and_lobbying_as_a_function_are_no_lobbying(text):
    assert "lobbying" not in classify(text)


def test_the_governments_own_announcement_is_no_lobbying():
    text = "Following the Government's announcement, councils were asked to submit plans."
    assert "lobbying" not in classify(text)


def test_partners_encouraged_to_take_part_is_no_partnership():
    assert "partnership" not in classify("Partners are encouraged to participate in the network.")


def test_a_campaign_to_stop_a_closure_stays_lobbying():
    text = "Our campaign to stop the closure of the fire station won the support of local MPs."
    assert "lobbying" in classify(text)


def test_a_call_on_the_government_stays_lobbying():
    assert classify("We called on the Government to scrap the two-child limit.") == ["lobbying"]


def test_a_letter_to_the_minister_to_come_is_no_lobbying():
    assert "lobbying" not in classify("We will write to the Minister to ask for an extension.")


# -- events ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our annual conference attracted more than 200 delegates.",
        "Our annual summit brought together 150 leaders from across the region.",
        "An awards ceremony took place in December to celebrate volunteers.",
        "A hustings for the Police and Crime Commissioner elections was held in April.",
        "We organised a public meeting in Eastvale after the incidents.",
        "The Partnership organised a community safety day at the leisure centre in July.",
        "We hosted a networking breakfast for local businesses.",
        "We had a stand at the county show in August, talking to 500 residents.",
        "The Chief Executive gave a keynote address at the national conference.",
        "The launch of the campaign took place at the football ground in August.",
        "The Partnership hosted a visit by the Minister for Policing in June.",
        "More than 100 people came to our open day at the fire station.",
        "We welcomed over 300 visitors to the station open day.",
        "Our Safer Streets roadshow visited 12 towns over the summer.",
        "A celebration event marked the tenth anniversary of the partnership.",
    ],
)
def test_events_in_the_genres_other_shapes(text):
    assert "event" in classify(text)


def test_a_ceremony_attended_as_a_guest_is_no_event():
    assert "event" not in classify("The Chair attended achievement ceremonies across the region.")


def test_an_invitation_to_attend_open_meetings_is_no_event():
    text = "The Partnership is inviting the public to attend a series of open meetings with the police."
    assert "event" not in classify(text)


def test_a_public_meeting_to_come_is_no_event():
    assert "event" not in classify("The Partnership will hold a public meeting in Eastvale next month.")
