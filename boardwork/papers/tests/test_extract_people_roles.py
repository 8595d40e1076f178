"""People named with a post of the genre's bodies: the post written before the name as a title is
("Police and Crime Commissioner Jo Bloggs"), and after it set off by commas ("Ann Lee, the Westshire
Police and Crime Commissioner, …"); a police force's or fire and rescue service's name in the post
never takes the holder's name with it, nor does a council's portfolio become a body. Wording invented
for the tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.organisations import PaperOrgs, default_gazetteer
from boardwork.papers.extract.people import find_people


def read(text: str) -> tuple[list[str], list[str]]:
    po = PaperOrgs(default_gazetteer())
    po.compile()
    orgs = po.find(text)
    return sorted({o.name for o in orgs if not o.internal and not o.by_function}), find_people(text, orgs)[0]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "Projects funded by Police and Crime Commissioner Rhian Bloggs helped 900 people last year.",
            ["Rhian Bloggs"],
        ),
        ("Chief Fire Officer Tomos Pryce of the Westshire service opened the new station.", ["Tomos Pryce"]),
        (
            "We worked with partners in Eastford and Ann Lee-Smith, the Westshire Police and Crime "
            "Commissioner, to prevent disorder over the bonfire period.",
            ["Ann Lee-Smith"],
        ),
        ("The Chair thanked Gareth Owen, Station Manager, for his years of service.", ["Gareth Owen"]),
        (
            "The Chair thanked Gareth Owen, Station Manager at Eastby, Tom Reed, Firefighter at Westby, "
            "and the rest of the crew.",
            ["Gareth Owen", "Tom Reed"],
        ),
        (
            "The session was led by Priya Shah, Strategic Lead for Exploitation, and Tom Reed, Chief "
            "Executive of the Eastford Refuge.",
            ["Priya Shah", "Tom Reed"],
        ),
        # (a first name of two letters is a name)
        ("Assistant Chief Constable Jo Marsh said that officers had been trained.", ["Jo Marsh"]),
        # (a title's topic after the post is no person)
        ("The Commissioner Annual Report was published in June.", []),
        ("The Police and Crime Commissioner Community Safety Fund paid for the scheme.", []),
        # (a place before the post is no person)
        ("In Westshire, the Chief Executive reported on the review.", []),
    ],
)
def test_people_with_posts(text, people):
    assert read(text)[1] == people


@pytest.mark.parametrize(
    ("text", "orgs", "people"),
    [
        # A force's or service's name in the post: the body is named, and so is the holder.
        (
            "Alan Bloggs, Chief Constable of Kent Police, said the results were encouraging.",
            ["Kent Police"],
            ["Alan Bloggs"],
        ),
        (
            "Deputy Chief Constable Rachel Moss of Derbyshire Constabulary led the review.",
            ["Derbyshire Constabulary"],
            ["Rachel Moss"],
        ),
        (
            "The Chief Fire Officer of Merseyside Fire and Rescue Service, Phil Garside, presented the plan.",
            ["Merseyside Fire and Rescue Service"],
            ["Phil Garside"],
        ),
        (
            "The panel was joined by Chief Superintendent Mark Tallis, Kent Police, who presented the report.",
            ["Kent Police"],
            ["Mark Tallis"],
        ),
        # The holder's name before a commissioner's title is not part of the commissioner's name.
        (
            "Sue Blakemore, Avon and Somerset Police and Crime Commissioner, said the scheme had worked.",
            ["Avon and Somerset Police and Crime Commissioner"],
            ["Sue Blakemore"],
        ),
        # A councillor's portfolio is no body.
        (
            "The roundtable was opened by Councillor Ann Lee, Cabinet Member for Safer Communities and "
            "Customer Services at Eastford City Council.",
            ["Eastford City Council"],
            ["Cllr Ann Lee"],
        ),
    ],
)
def test_force_or_service_names_keep_the_holder(text, orgs, people):
    assert read(text) == (orgs, people)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # A minister named by the post before the name, with its portfolio or without.
        ("HOUSING Minister Aled Rhys has announced funding for the refuge.", ["Aled Rhys"]),
        ("First Minister Megan Tudor opened the new hub in Eastby.", ["Megan Tudor"]),
        # A name as the subject of an appointment or an election.
        ("Karen Ashdown had been appointed as the new Director of Public Protection.", ["Karen Ashdown"]),
        ("Members were told that Idris Morgan has been elected Vice-Chair of the Panel.", ["Idris Morgan"]),
        # A service's title is no person ("Head of Safer and Sustainable Communities").
        (
            "The report was presented by Ruth Dale, Head of Safer and Sustainable Communities, and "
            "Inspector Tom Reed of Westshire Police.",
            ["Ruth Dale"],
        ),
        # (guards: a minister's portfolio, a post to be filled, a heading's words are no person)
        ("The Minister for Policing visited the Eastby station.", []),
        ("A new Chair will be appointed in May.", []),
        ("The post of Housing Minister was created in 2019.", []),
        ("Stronger Communities were the theme of the year.", []),
    ],
)
def test_people_by_appointment_minister_and_not_a_service(text, people):
    assert read(text)[1] == people
