"""A representative body's fight for its members' cause, told in the first person ("We fought
successfully for …", "we have fought hard against …", "we fought off proposals to …"), and what its
advocacy won ("Our advocacy helped secure …"): lobbying (tests/data/real/NOTES.md 3630-3639). A fire
or crime fought, someone's fight for life, a fight still to come and an advocacy service's help to
victims are left as they were. Wording invented for the tests, in the genre of councils' associations'
annual reports and news, not taken from any corpus paper."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify


@pytest.mark.parametrize(
    "text",
    [
        "We fought successfully for the cap on planning fees to be lifted in the Finance Act 2031.",
        "We fought for district councils to keep a share of the new levy.",
        "Over the year we have fought hard against plans to cut the rural services grant.",
        "We successfully fought off proposals to charge councils for the new register.",
        "Our advocacy helped secure £40 million more for member councils in the Budget.",
        "Our advocacy secured a two-year delay to the new reporting duty.",
        "The Association's advocacy helped win a fairer formula for coastal councils.",
    ],
)
def test_the_bodys_fight_and_what_its_advocacy_won_are_lobbying(text):
    assert "lobbying" in classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crews from three stations fought the blaze at the mill for six hours.",
        "We fought the fire at the depot with crews from two stations.",
        "The victim fought for her life after the attack in the town centre.",
        "The Chief Inspector gave an update on fighting crime in the district.",
        "We will fight for a fairer settlement in next year's spending review.",
    ],
)
def test_fires_crime_a_life_and_a_fight_to_come_are_not_lobbying(text):
    assert "lobbying" not in classify(text)


def test_an_advocacy_service_helping_victims_stays_support():
    text = "Our advocacy service helped 300 victims of domestic abuse find safe housing."
    kinds = classify(text)
    assert "lobbying" not in kinds
