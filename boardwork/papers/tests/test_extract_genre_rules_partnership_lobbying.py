"""Genre rules (numbered from 2520): when working with partners is the deed and when it is only the
manner of lobbying. A body joining a network, alliance or forum as a member is a partnership; partners
worked with *to* press the Government or ministers are lobbying beside the partnership (the partners
named, as NOTE 2375's joint letter); a minister or MPs as the counterpart met or worked with are
lobbying and no partnership. Beside each, what looks like it and is not: a person
joining a board (the meeting's business), work with partners to deliver a service or to "press ahead",
a department worked with on guidance (partnership, EXTRACTION-NOTES 11), a joining still to come.
Wording invented for the tests, in the genre of council, fire and partnership annual reports, not
taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- a body joining a standing partnership as a member ----------------------------------------------------


def test_a_body_joining_a_network_or_alliance_is_partnership():
    assert classify("We joined the regional Violence Reduction Network in 2021.") == ["partnership"]
    assert classify("The Partnership joined the county's Serious Violence Alliance in 2021.") == [
        "partnership"
    ]


def test_a_body_becoming_a_member_of_a_forum_or_collaboration_is_partnership():
    assert classify("The Service became a member of the Local Resilience Forum in 2022.") == ["partnership"]
    text = "The Authority became a founding member of the Northshire Fire Collaboration."
    assert classify(text) == ["partnership"]


def test_a_person_joining_a_board_or_a_joining_to_come_is_no_partnership():
    assert classify("Councillor Smith joined the Panel in May.") == []
    assert classify("Inspector Jones from Anyshire Police has joined the partnership.") == []
    assert classify("We will join the regional Violence Reduction Network next year.") == []


# -- partners worked with to lobby: the lobbying read beside the partnership ----------------------------------------------


def test_partners_worked_with_to_make_the_case_to_ministers_is_lobbying_too():
    text = "We worked with the other district councils to make the case to ministers for fairer funding."
    assert sorted(classify(text)) == ["lobbying", "partnership"]


def test_partners_worked_with_to_press_the_government_is_lobbying_too():
    text = "The Authority worked closely with the region's fire services to press the Government for a fairer settlement."
    assert sorted(classify(text)) == ["lobbying", "partnership"]
    text = (
        "We worked alongside the Police and Crime Commissioner to lobby the Home Office for a larger grant."
    )
    assert sorted(classify(text)) == ["lobbying", "partnership"]  # (read on main too: "lobby")


def test_partners_worked_with_to_deliver_or_press_ahead_stay_partnership():
    assert classify("We worked with the police to reduce antisocial behaviour in the town centre.") == [
        "partnership"
    ]
    assert classify("We worked with the Fire Service to press ahead with the new community hub.") == [
        "partnership"
    ]


# -- a minister or MPs as the counterpart ------------------------------------------------------------------


def test_a_minister_named_by_post_met_is_lobbying_not_partnership():
    assert classify("The Chair met the Policing Minister in October.") == ["lobbying"]


def test_local_mps_worked_with_or_met_are_lobbying():
    assert classify("The Council worked with local MPs to secure a change to the Bill.") == ["lobbying"]
    assert classify("We met local MPs in the spring.") == ["lobbying"]


def test_a_department_worked_with_on_guidance_stays_partnership():
    assert classify("We worked with the Home Office on the new guidance.") == ["partnership"]
