"""Genre rules (numbered from 3010): partnership words that tell no joint work of the author. A tie in
a ranking ("the joint lowest settlement"); an appeal to the readers or the public to work with the
body; the
people's involvement in crime; a document telling its content with its maker named between its noun
and its verb ("A review led by … sets out … joint working"); partners named only as whom a document
was made with ("published … jointly with", "With its partners, the Trust is publishing …").
Beside each, the guards: joint work done, the body's own engagement, involvement in a plan, the
author working with partners on a document. Wording invented for the tests, in the genre of council,
fire, police and partnership papers, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

_COUNCIL = ("Eastdale Borough Council",)

# -- a tie in a ranking ----------------------------------------------------------------------------------------


def test_a_tie_in_a_ranking_is_no_joint_work():
    text = "Eastdale had the joint highest recycling rate in the county in 2023, and the council welcomed it."
    assert "partnership" not in classify(text)
    text = "The service came joint first in the regional table of response times last year."
    assert "partnership" not in classify(text)


def test_guard_joint_work_and_a_joint_first_meeting_stay_partnership():
    assert "partnership" in classify("The council ran a joint operation with the police in March.")
    text = "The two boards held their joint first meeting with the health trust in May."
    assert "partnership" in classify(text)


# -- an appeal to the public -------------------------------------------------------------------------------------


def test_an_appeal_to_the_public_to_work_with_the_body_is_no_deed():
    text = "We would urge residents across the district to continue to work with us to keep streets safe."
    assert "partnership" not in classify(text)
    text = "The panel asked you, our readers, to engage with your local neighbourhood team."
    assert "partnership" not in classify(text)


def test_guard_the_bodys_own_engagement_and_an_appeal_to_partners_stay():
    text = "In May the council engaged with the police and the health board on the new plan."
    assert "partnership" in classify(text)
    text = "The board has improved its engagement with the voluntary sector this year."
    assert "partnership" in classify(text)


# -- people's involvement in crime -----------------------------------------------------------------------------


def test_involvement_in_crime_is_the_peoples_not_a_partnership():
    text = "The mentoring scheme cut young people's involvement in serious violence by a third last year."
    assert "partnership" not in classify(text)
    text = "Officers reduced the group's involvement in anti-social behaviour over the summer."
    assert "partnership" not in classify(text)


def test_guard_involvement_in_shaping_a_plan_stays_partnership():
    text = "Officers were closely involved in the development of the county's new community safety plan."
    assert "partnership" in classify(text)


# -- a document's content with its maker; a document made with partners ---------------------------------------


def test_a_document_with_its_maker_named_tells_its_content():
    text = (
        "A review led over two years by the regional health academy sets out several ways to cut harm, "
        "among them better access to services and stronger joint working."
    )
    assert "partnership" not in classify(text)


def test_partners_named_only_as_whom_a_document_was_made_with():
    text = "The council published the new toolkit jointly with two local universities in May."
    assert "partnership" not in classify(text, author_words=_COUNCIL)
    text = "With its university partners, the council published a new report on night-time safety in May."
    assert "partnership" not in classify(text, author_words=_COUNCIL)


def test_guard_the_author_working_with_partners_and_a_review_after():
    text = "We worked closely with the police on the review, which sets out joint actions for 2024."
    assert "partnership" in classify(text)
    text = "In collaboration with the police, the council ran four joint patrols in the town centre."
    assert "partnership" in classify(text, author_words=_COUNCIL)
