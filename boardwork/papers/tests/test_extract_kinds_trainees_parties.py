"""Training told by those new to a public service, and a party held as an event (issue #15,
tests/data/real/NOTES.md 2690-2699). The counted-training shape ("trained 300 frontline workers")
reads only the trainees its list names; a police force's probationers, special constables and PCSOs,
a fire service's recruits, cadets, apprentices, new starters and call handlers are trained too (NOTE
2607). A party a body holds for residents or its people (a Christmas, Halloween or street party) is
an event, named by its occasion. Guards: recruiting, appointing or welcoming them is no training;
a political, working or third party, and the parties to an agreement, are no event. Wording
invented for the tests, in the genre of council, partnership, fire and police papers, not taken
from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify

# -- those new to a service, trained ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2022/23 the Academy trained more than 800 probationers for the Force.",
        "We trained 240 new recruits in first aid during the year.",
        "The Service trained 35 fire cadets in water safety in summer 2022.",
        "We trained 60 new starters on safeguarding adults.",
        "The Commissioner's team trained 80 special constables in the new procedures.",
        "We trained 45 call handlers to recognise coercive control.",
        "Over 120 apprentices have been trained in customer care since April 2022.",
        "All new recruits completed domestic abuse awareness training in 2022.",
        "Cadets received training in road safety from our crews.",
    ],
)
def test_those_new_to_a_service_trained_are_training(text):
    assert "training" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "We recruited 50 cadets in 2022.",
        "We welcomed 24 new recruits in September 2022.",
        "The Force appointed 12 apprentices to its control room.",
        "Recruits will be trained in the spring.",
        "The number of special constables fell to 210.",
    ],
)
def test_recruiting_or_counting_them_is_no_training(text):
    assert "training" not in classify(text)


# -- a party held is an event -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We held our annual Christmas Party for older residents in December 2022.",
        "The Partnership organised street parties across the borough for the Jubilee in June 2022.",
        "Our volunteers hosted a tea party for isolated older people in the village hall.",
        "The station held its Halloween party for local children in October 2022.",
    ],
)
def test_a_party_held_for_an_occasion_is_an_event(text):
    assert "event" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "We held a meeting with all parties to the agreement in March 2023.",
        "We took part in a working party on housing standards.",
        "The panel wrote to each political party before the election.",
        "We organised the sharing of data with third parties under the protocol.",
        "We attended the launch of the party's manifesto.",
    ],
)
def test_a_party_that_is_no_occasion_is_no_event(text):
    assert "event" not in classify(text)
