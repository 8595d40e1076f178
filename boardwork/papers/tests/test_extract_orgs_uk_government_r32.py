"""The UK Government is a government named, as the Welsh and Scottish Governments are (issue #15,
tests/data/real/NOTES.md 3300-3309, after 2951(c)): an association of councils in a devolved nation
calls on it, writes to it or answers its announcements by that name, and EXTRACTION-NOTES 5 lists
any external body named, addressee included. "HM Government" and "His/Her Majesty's Government" are
the same body. The bare "Government" stays a generic word (EXTRACTION-NOTES 5): no development key
lists it. Wording invented for the tests, in the genre of councils' associations' news, not taken from
any corpus paper."""

from __future__ import annotations

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.text import norm_text


def _names(text: str) -> list[str]:
    t = norm_text(text)
    po = learn_paper_orgs(t, default_gazetteer(), None, None)
    return [c.name for c in po.find(t)]


def test_the_uk_government_called_on_is_named():
    assert _names("Council leaders called on the UK Government to fund rural bus routes fairly.") == [
        "UK Government"
    ]


def test_the_uk_government_beside_a_devolved_government_is_each_named():
    assert _names("The Scottish Government and the UK Government each set out a plan for ports.") == [
        "Scottish Government",
        "UK Government",
    ]


def test_hm_government_written_to_is_the_uk_government():
    assert _names("The Board wrote to HM Government about the gap in flood defence money.") == [
        "UK Government"
    ]


def test_his_majestys_government_is_the_uk_government():
    assert _names("Members asked His Majesty's Government to extend the housing grant.") == ["UK Government"]


def test_the_uk_governments_own_announcement_names_it():
    assert _names("The UK Government's autumn statement left district councils short again.") == [
        "UK Government"
    ]


# Guards: these pass on main and must keep passing.


def test_guard_the_bare_government_stays_generic():
    assert _names("The Government published its new strategy for safer streets.") == []


def test_guard_a_department_beside_the_bare_government_is_the_department_alone():
    assert _names("The Home Office and the Government agreed the new funding rules.") == ["Home Office"]


def test_guard_the_welsh_government_is_still_its_own_body():
    assert _names("The Welsh Government confirmed an extra grant for youth services.") == ["Welsh Government"]
