"""Organisations' names as the genre writes them (issue #15, tests/data/real/NOTES.md 3080-3089): a
health board named by "NHS" and its area is a body of its own, not the NHS; "NHS" inside a programme's
or an academy's name names no body; the capitalised words before "University of" open the
university's own name; a quotation's signature whose comma the layout lost ("Jo Bloggs Police and
Crime Commissioner") is a person and a post, not a body. Wording invented for the tests, in the genre
of partnerships', health and social care and commissioners' papers, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.text import norm_text


def _names(text: str) -> list[str]:
    t = norm_text(text)
    po = learn_paper_orgs(t, default_gazetteer(), None, None)
    return [c.name for c in po.find(t)]


# A health board named by the health service's short form and its area.


def test_a_health_board_named_by_its_area_is_a_body_of_its_own():
    names = _names(
        "The partnership worked with NHS Westmoor and NHS Greater Eastvale and Dunfold on the alcohol plan."
    )
    assert names == ["NHS Westmoor", "NHS Greater Eastvale and Dunfold"]


def test_a_health_board_with_a_possessive_and_at_the_end_of_a_sentence():
    assert _names("NHS Northmoor's nurses joined the sessions run with NHS Dunfold.") == [
        "NHS Northmoor",
        "NHS Dunfold",
    ]


def test_guard_the_health_services_own_parts_and_kinds_are_still_the_nhs():
    assert _names("Only a third of NHS Trusts replied.") == ["National Health Service"]
    assert _names("Referrals from NHS Acute and Community services rose.") == ["National Health Service"]
    assert _names("The NHS Board met the council.") == ["National Health Service"]


def test_guard_a_known_national_name_stays_as_the_gazetteer_has_it():
    assert "NHS England" in _names("The board wrote to NHS England about the funding.")


# "NHS" inside a programme's or an academy's name.


def test_the_health_service_inside_an_academys_name_names_no_body():
    names = _names("A review led by the Westby NHS Violence Prevention Academy sets out ten steps.")
    assert "National Health Service" not in names


def test_the_health_service_opening_a_programmes_name_names_no_body():
    names = _names("The wardens were funded through the NHS Safer Wards Programme last year.")
    assert "National Health Service" not in names


def test_guard_the_health_service_named_as_itself():
    assert _names("The NHS and the council share the costs.") == ["National Health Service"]


# A university whose name opens before "University of".


def test_the_words_before_university_of_open_the_universitys_name():
    names = _names(
        "With its academic partners, King Alfred University of Westby, the academy has published a guide."
    )
    assert names == ["King Alfred University of Westby"]


def test_guard_university_of_after_a_lower_case_word_or_a_post():
    assert _names("The study was carried out at the University of Westby.") == ["University of Westby"]
    assert _names("Jo Bloggs, Professor of Law, University of Westby, spoke.") == ["University of Westby"]
    assert _names("In University of Westby halls, staff met.") == ["University of Westby"]


# A quotation's signature whose comma the layout lost.


def test_a_quotations_signature_is_a_person_and_a_post_not_a_body():
    text = (
        "“We helped more victims than ever before.” Jo Bloggs Police and Crime Commissioner"
        "“It has been a year like no other for our staff.”"
    )
    assert _names(text) == []


def test_guard_a_commissioner_named_by_an_area_is_still_a_body():
    assert _names("The scheme was funded by the Westmoor Police and Crime Commissioner.") == [
        "Westmoor Police and Crime Commissioner"
    ]
    text = "“We are proud of it.” North Westmoor Police and Crime Commissioner“We did it together.”"
    assert _names(text) == ["North Westmoor Police and Crime Commissioner"]
