"""Genre rules (numbered from 2870): whose deed a partnership sentence tells, by its subject. Other
bodies named together as the subject ("These agencies have joined forces …") or another body's staff
("Hospital staff have worked closely with …"), the author known and not among them, tell those
bodies' deed among themselves, not the author's partnership. A disposition ("were keen to engage
with") is how somebody is minded, not a deed. Beside each, what must not change: the author among
the bodies or named as "we", an author not known, bodies coming together to form a new partnership.
Wording invented for the tests, in the genre of council, fire, police and partnership papers, not
taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

_FIRE = ("Northshire Fire and Rescue Service",)
_COUNCIL = ("Eastdale Borough Council",)

# -- other bodies acting among themselves --------------------------------------------------------------------


def test_other_agencies_joining_forces_among_themselves_are_no_partnership_of_the_author():
    text = "These agencies have joined forces to develop a new online course for firefighters."
    assert "partnership" not in classify(text, author_words=_FIRE)
    text = "The three organisations worked together last year on a shared referral form."
    assert "partnership" not in classify(text, author_words=_COUNCIL)


def test_another_bodys_staff_working_with_others_is_no_partnership_of_the_author():
    text = "Hospital staff have worked closely with two local charities on referrals since April."
    assert "partnership" not in classify(text, author_words=_COUNCIL)


def test_a_disposition_to_work_with_others_is_no_deed():
    text = "Clinical staff and organisations were keen to engage with and support the programme."
    assert "partnership" not in classify(text, author_words=_COUNCIL)
    assert "partnership" not in classify("Partners were willing to work together on the plan.")


# -- guards: the author's own partnership, and what the rule cannot judge --------------------------------------


def test_the_author_among_the_bodies_keeps_the_partnership():
    text = (
        "These agencies and the Service have joined forces to develop a new online course for firefighters."
    )
    assert "partnership" in classify(text, author_words=_FIRE)
    text = "These agencies worked together with us last year on a shared referral form."
    assert "partnership" in classify(text, author_words=_FIRE)
    text = "The three organisations worked with Eastdale Borough Council last year on a shared referral form."
    assert "partnership" in classify(text, author_words=_COUNCIL)


def test_an_author_not_known_keeps_the_partnership():
    text = "These agencies have joined forces to develop a new online course for firefighters."
    assert "partnership" in classify(text)


def test_bodies_coming_together_to_form_a_partnership_keep_it():
    text = "Local agencies have come together to form a new Eastdale Community Safety Partnership."
    assert "partnership" in classify(text, author_words=_COUNCIL)


def test_the_authors_own_subject_keeps_the_partnership():
    text = "The Council worked with these agencies last year on a shared referral form."
    assert "partnership" in classify(text, author_words=_COUNCIL)
