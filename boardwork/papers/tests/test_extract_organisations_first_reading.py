"""Organisations the rules missed or misread on papers they had not seen (their first reading, issue
#15): bodies named by the text's own patterns. Each case is written here for the genre, not taken
from a paper."""

from __future__ import annotations

from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def _names(text: str, author: str = "Northshire Community Safety Partnership") -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, author)
    return list(dict.fromkeys(c.name for c in po.find(text) if not c.internal))


def test_councils_of_one_tier_listed_before_a_plural_headword_are_each_a_council():
    assert _names(
        "The meeting included officers of Westshire County Council, Eastby, Northfold and Southam"
        " District Councils, and the Riverside Trust."
    ) == [
        "Westshire County Council",
        "Eastby District Council",
        "Northfold District Council",
        "Southam District Council",
        "Riverside Trust",
    ]
    assert _names("We met Eastby and Vale of the Oak Valley Borough Councils to agree the plan.") == [
        "Eastby Borough Council",
        "Vale of the Oak Valley Borough Council",
    ]
    assert _names("Both Westshire and Eastby District Councils agreed a joint plan.") == [
        "Westshire District Council",
        "Eastby District Council",
    ]


def test_councils_named_by_their_tier_alone_are_no_list_of_places():
    assert _names("The six District Councils and the County Council met in May.") == []
    assert _names("Police and Crime Commissioners and District Councils met in May.") == []
