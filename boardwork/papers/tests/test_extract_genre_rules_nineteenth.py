"""Genre rules of the nineteenth round (issue #15): asking the public told by how a plan was made or
how people were told of it, and partnerships read from the shape of the sentence (two bodies that
worked together) rather than from a word ("developed with", "network") that names none. Each case
is written here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- asking the public, told by how a plan was made ----------------------------------------------------


def test_a_plan_made_from_asking_the_public_is_research():
    assert classify("The strategy was developed with extensive public consultation over the summer.") == [
        "research"
    ]
    text = "The new priorities were agreed following consultation with residents, partners and young people."
    assert classify(text) == ["research"]
    assert classify("The plan was drawn up after a public consultation in the spring.") == ["research"]


def test_a_plan_still_to_be_made_from_asking_is_not():
    assert classify("The plan will be developed with full public consultation next year.") == []


# -- "developed with" a process is no partnership ------------------------------------------------------------


def test_developed_with_a_process_is_not_a_partnership():
    text = "The scheme was developed with considerable staff engagement and input from tenants."
    assert "partnership" not in classify(text)


def test_developed_with_a_body_stays_a_partnership():
    assert "partnership" in classify("The plan was developed with the police and the health board.")


# -- two bodies that worked together ---------------------------------------------------------------------


def test_two_bodies_that_worked_together_are_a_partnership():
    text = "Northshire County Council and Northshire Police have worked together to open a safety hub."
    assert classify(text) == ["partnership"]
    assert "partnership" in classify("The Council and the Fire Service had worked together on the scheme.")


def test_bodies_that_work_together_as_a_rule_are_not():
    # A duty or a description in the present simple says how bodies work, not what they did.
    assert classify("The responsible authorities work together to reduce crime and disorder.") == []
    assert classify("Residents and the Police need to work together to keep the town safe.") == []


# -- a network of things ---------------------------------------------------------------------------------


def test_a_network_of_cameras_or_cables_is_not_a_partnership():
    assert "partnership" not in classify("The CCTV network was extended to two more towns last year.")
    assert "partnership" not in classify("In 2021 the broadband network reached every village.")


def test_a_network_of_people_or_bodies_is_still_a_partnership():
    assert "partnership" in classify("In 2020 we set up a network of community safety volunteers.")


# -- the public told of a consultation by post ---------------------------------------------------------------


def test_the_public_sent_word_of_a_consultation_is_research():
    assert classify("3,000 postcards were sent to residents to raise awareness of the survey.") == ["research"]
    text = "Leaflets have been delivered to every household in the ward about the parking consultation."
    assert classify(text) == ["research"]


def test_post_still_to_be_sent_or_not_about_asking_is_not():
    assert classify("Letters will be sent to residents about the survey.") == []
    assert "research" not in classify("Letters were sent to residents about the new bin collection days.")
