"""Genre rules (numbered from 2770): whose deed the work with partners is. A partnership's words are the
author's partnership only when the author body did the work with partners. Two shapes where the
words are somebody else's: a document telling its content ("The Study has identified … its
relationship with fire", "The report gives an updated position on …": what the document says, not a
deed); people who benefitted from joint work (they received it: "Staff have benefitted from joint
training"). Beside each, what looks like it and is not: the author's own document made with
partners, work with partners the author did and told. And courses shared by two services that their
staff took part in are partnership. Wording invented for the tests, in the
genre of council, fire, police and partnership papers, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- a document telling its content --------------------------------------------------------------------------


def test_a_document_telling_its_content_is_no_partnership():
    text = "The Review has identified the main risks the county faces in its relationship with flooding."
    assert "partnership" not in classify(text)
    text = (
        "This report gives an update on the local approach to hate crime and joint working across agencies."
    )
    assert "partnership" not in classify(text)
    text = "The strategic assessment sets out how partners will work together over the next three years."
    assert "partnership" not in classify(text)


def test_the_authors_document_made_with_partners_stays_partnership():
    text = "The Partnership worked with the county's health boards to write the new plan."
    assert "partnership" in classify(text)
    text = "We worked closely with Northshire Police on the review, which identified three priorities."
    assert "partnership" in classify(text)


# -- people who benefitted from joint work -------------------------------------------------------------------


def test_people_who_benefitted_from_joint_work_tell_no_partnership():
    text = "Hundreds of officers have benefitted from joint training with the ambulance service."
    assert "partnership" not in classify(text)
    text = "Residents have benefited from joint working between the two councils."
    assert "partnership" not in classify(text)


def test_joint_work_the_body_did_stays_partnership():
    text = "The Service worked jointly with the ambulance service to train 200 officers."
    assert "partnership" in classify(text)


# -- courses shared by two services, taken part in ---------------------------------------------------------------


def test_staff_taking_part_in_shared_courses_is_partnership():
    text = "Northshire Police and Northshire Fire say 300 of their staff have taken part in shared courses."
    assert "partnership" in classify(text)


def test_a_course_alone_taken_part_in_is_no_partnership():
    assert "partnership" not in classify("Staff have taken part in first aid courses this year.")
