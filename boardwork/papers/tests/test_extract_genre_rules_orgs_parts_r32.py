"""A count or a part of a body names no body (issue #15, tests/data/real/NOTES.md 3170-3179): "One of
the Board's key roles", "Most of the Partnership's budget", "Two of the Forum's projects" open a
sentence with a count, and the run of capitals read as a name ("One of the Board") is no body's; the
body, if one is named, is the one after the "of". Wording invented for the tests, in the genre of
partnerships' and boards' annual reports, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.text import norm_text


def _names(text: str) -> list[str]:
    t = norm_text(text)
    po = learn_paper_orgs(t, default_gazetteer(), None, None)
    return [c.name for c in po.find(t)]


def test_one_of_the_boards_roles_names_no_body():
    assert _names("One of the Board's main duties is to check that agencies work together well.") == []


def test_most_of_the_partnerships_budget_names_no_body():
    assert _names("Most of the Partnership's budget went on diversion work with young people.") == []


def test_half_of_the_panels_members_names_no_body():
    assert _names("Half of the Panel's members were new this year.") == []


def test_two_of_a_named_forums_projects_name_the_forum():
    assert _names("Two of the Westby Youth Safety Forum's projects won regional awards.") == [
        "Westby Youth Safety Forum"
    ]


# Guards: these pass on main and must keep passing.


def test_guard_a_name_opening_with_one_is_still_a_name():
    assert _names("One Westby Partnership met in March to agree its priorities.") == [
        "One Westby Partnership"
    ]


def test_guard_both_of_the_councils_names_no_body():
    assert _names("Both of the Council's representatives attended the meeting.") == []


def test_guard_a_body_after_of_in_running_text_is_still_read():
    assert _names("The plan was drawn up with members of the Eastfold Community Safety Partnership.") == [
        "Eastfold Community Safety Partnership"
    ]


# A nation (or a nation's part) just before a known network's, forum's or board's name that holds no
# place of its own names the national or regional body, as written.


def test_a_nation_before_a_known_network_names_the_national_network():
    assert _names("The plan was agreed with the Welsh Government and Wales Safer Communities Network.") == [
        "Welsh Government",
        "Wales Safer Communities Network",
    ]


def test_a_nation_adjective_before_a_known_network():
    assert _names("Officers spoke at a meeting of the Scottish Community Safety Network in May.") == [
        "Scottish Community Safety Network"
    ]


def test_a_region_of_a_nation_before_a_known_board():
    assert _names("The North Wales Safer Communities Board agreed the funding bid.") == [
        "North Wales Safer Communities Board"
    ]


def test_guard_a_nation_that_says_where_is_not_part_of_the_name():
    assert _names("Partners across England and Wales Safer Communities Network members met.") == [
        "Safer Communities Network"
    ]
    assert _names("We wrote to the Community Safety Network in Scotland.") == ["Community Safety Network"]


def test_guard_a_known_name_with_no_nation_before_it_is_unchanged():
    assert _names("The Safer Communities Board met in June.") == ["Safer Communities Board"]
