"""People a page names in full once and then, in an activity's paragraph, by title and surname, by
surname alone or in full by a shape the paragraph's own patterns do not read: the page's people,
read once per paper, say who is meant where exactly one of them fits. Wording invented for the
tests, not any corpus paper's."""

from __future__ import annotations

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extraction_of
from boardwork.papers.extract.people import named_on_the_page, page_people


def _people(*texts: str) -> list[list[str]]:
    """Each activity's people, in the page's order (the last is the paragraph under test)."""
    paper = Paper(meta=Meta(title="News"), blocks=[Paragraph(text=t) for t in texts])
    return [a["people"] for a in extraction_of(paper).to_dict()["activities"]]


_NAMED = "The Eastshire Police and Crime Commissioner, Rhian Pugh, welcomed the figures."
_LAUNCH = "launched a new fund for victims' services across the county in March 2024."


def test_a_title_and_a_surname_is_the_person_the_page_names_in_full():
    assert _people(_NAMED, "Ms Pugh " + _LAUNCH)[-1] == ["Rhian Pugh"]


def test_a_councillors_title_and_surname_is_the_councillor_named_in_full():
    named = "The council's cabinet member for community safety, Councillor Ed Marsh, opened the hub."
    assert _people(named, "Councillor Marsh " + _LAUNCH)[-1] == ["Cllr Ed Marsh"]


def test_a_full_name_in_an_unread_shape_is_the_pages_person():
    assert _people(_NAMED, "Rhian Pugh " + _LAUNCH)[-1] == ["Rhian Pugh"]


def test_a_surname_alone_saying_something_is_the_pages_person():
    said = "The partnership " + _LAUNCH + " Pugh said it would reach every victim."
    assert _people(_NAMED, said)[-1] == ["Rhian Pugh"]


def test_the_page_list_has_each_person_once_with_or_without_a_title():
    assert page_people(["Cllr Gail Wren", "Gail Wren", "Mr Hogg", "Lord Porter", "Jo Lee"]) == [
        "Cllr Gail Wren",
        "Jo Lee",
    ]


# Guards: these read the same on the code before the page's people.


def test_two_people_of_one_surname_on_the_page_leave_the_title_and_surname():
    other = "Dr Sam Pugh, the Director of Public Health, presented the figures to the board."
    assert _people(_NAMED, other, "Ms Pugh " + _LAUNCH)[-1] == ["Ms Pugh"]


def test_a_post_alone_is_not_given_a_name():
    assert _people(_NAMED, "The Commissioner " + _LAUNCH)[-1] == []


def test_a_surname_that_does_not_say_or_do_anything_is_not_read():
    assert _people(_NAMED, "The Pugh Road hub " + _LAUNCH)[-1] == []


def test_a_surname_in_a_places_name_is_not_the_pages_person():
    assert named_on_the_page("The Pugh Road hub " + _LAUNCH, [], ["Rhian Pugh"]) == []


def test_a_surname_after_another_name_is_not_the_pages_person():
    assert named_on_the_page("Tom Pugh said the fund was welcome.", ["Tom Pugh"], ["Rhian Pugh"]) == [
        "Tom Pugh"
    ]
