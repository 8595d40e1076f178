"""Organisations whose names open on a saint's abbreviation written with its full stop (issue #15,
round 34): "St. Albans City and District Council", "St. Giles Trust", "St. John Ambulance" — UK
places and charities the genre names as often with the stop as without. The stop is no sentence's
end, so the name runs on over it, and a short form defined for such a body learns the whole name.
A street's "St." before a sentence's opening word stays an end. Every sentence is invented for the
tests, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def _names(text: str, author: str = "Northshire Community Safety Partnership") -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, author)
    return list(dict.fromkeys(c.name for c in po.find(text) if not c.internal))


def test_a_partnership_named_after_a_saints_town_keeps_its_saint():
    text = "The clean-up was organised by the St. Albans Community Safety Partnership with Eastby Police."
    assert "St Albans Community Safety Partnership" in _names(text)
    assert "Albans Community Safety Partnership" not in _names(text)


def test_a_town_council_and_a_church_each_named_after_a_saint():
    text = "Officers worked with St. Neots Town Council and St. Mary's Church to run the event."
    assert _names(text) == ["St Neots Town Council", "St Mary's Church"]


def test_a_council_after_a_sentence_ending_is_found_whole_both_times():
    text = "We met officers from St. Edmundsbury Borough Council. St. Edmundsbury Borough Council agreed."
    assert _names(text) == ["St Edmundsbury Borough Council"]


def test_a_short_form_defined_for_a_saints_partnership_learns_the_whole_name():
    text = (
        "The day, run by the agencies that make up the St. Westby Community Safety Partnership (CSP),"
        " saw families clear the lane. The CSP thanked them."
    )
    po = learn_paper_orgs(text, default_gazetteer(), None, "Eastshire Fire and Rescue Service")
    names = {c.name for c in po.find(text)}
    assert names == {"St Westby Community Safety Partnership"}


def test_guard_a_streets_abbreviation_before_a_sentence_opener_stays_an_end():
    text = "The bins on Church St. The Council has agreed to empty them weekly."
    assert not any(n.startswith(("Church", "St")) for n in _names(text))


def test_guard_names_without_the_stop_are_as_they_were():
    assert _names("Volunteers from St John Ambulance and St Edmundsbury Borough Council attended.") == [
        "St John Ambulance",
        "St Edmundsbury Borough Council",
    ]
    assert _names("Officers worked with the Eastby Town Council and Eastby Church on the day.") == [
        "Eastby Town Council",
        "Eastby Church",
    ]
