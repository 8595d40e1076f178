"""Genre rules of the thirteenth round (issue #15), from the error classes of the development papers at
their first scores (partnership found where a page only describes how a body works, research told
without its actor, a press comment by a named post holder). Each case is written here for the genre,
not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- how a body works, not what it did -------------------------------------------------------------------


def test_working_with_others_as_a_gerund_alone_is_no_deed():
    assert "partnership" not in classify("Only by working together with others can we make our towns safer.")
    assert "partnership" not in classify("Working closely with partners is how the service keeps people safe.")
    # A sentence that says something was done, or is being done, keeps it.
    assert "partnership" in classify("Working with the police, the team ran three joint patrols in May.")
    assert "partnership" in classify("Officers are working with the schools on a new safety scheme.")


def test_others_working_with_the_body_in_the_present_is_a_description():
    assert "partnership" not in classify(
        "Many local groups and charities across the county work with the Commissioner and the police."
    )
    assert "partnership" not in classify("Neighbourhood teams work closely with residents' associations.")
    # The infinitive after a past deed, a modal or an imperative opening an item is read as before.
    assert "partnership" in classify("In 2019 the board agreed to work with the health trust on a joint plan.")
    assert "partnership" in classify("Work with the health trust on the joint needs assessment began in May.")
