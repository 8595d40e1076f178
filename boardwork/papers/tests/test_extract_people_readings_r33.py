"""People of a deed, the readings of the thirty-third round (NOTES 3421, brought in by NOTES 3500-)
without its drops: councillors listed after one plural title, a police rank written short, a
lower-case post before a speaker, "Council Leader", a full name opening its sentence as a deed's
subject, a second name joined by "and". Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.people import find_people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # councillors listed after one plural title, each as a titled councillor
        (
            "A working group of Cllrs Hendry and Moffat was set up to look at youth provision.",
            ["Cllr Hendry", "Cllr Moffat"],
        ),
        (
            "Councillors Ruth Ogden, Mark Tilley and Sanjay Rao visited the night shelter.",
            ["Cllr Ruth Ogden", "Cllr Mark Tilley", "Cllr Sanjay Rao"],
        ),
        # a police rank written short before the holder's name
        ("We wrote to Supt Harrow-Keane about parking near the school.", ["Supt Harrow-Keane"]),
        ("Ch Insp Lorna Beck met the residents' group in March.", ["Ch Insp Lorna Beck"]),
        ("PCSO Garside gave the panel a short update on patrols.", ["PCSO Garside"]),
        ("PC Nia Lockett and two volunteers ran the stall.", ["PC Nia Lockett"]),
        # a lower-case post straight before a full name, then what the holder said
        ("Project coordinator Helen Marsh said the scheme had reached its target.", ["Helen Marsh"]),
        # the council's leader named by the post before the name
        ("Council Leader Omar Farrant has written to ministers about the grant.", ["Omar Farrant"]),
        # a full name opening its sentence as the subject of a deed
        ("Rhian Powell held surgeries in every ward over the summer.", ["Rhian Powell"]),
        ("Rhian Powell has joined three other commissioners in signing an open letter.", ["Rhian Powell"]),
        # a second full name joined by "and", closing the clause
        ("The Forum wrote to Gareth Lyle MP and Nadia Freeman.", ["Gareth Lyle", "Nadia Freeman"]),
    ],
)
def test_people_read(text, people):
    assert sorted(find_people(text, [])[0]) == sorted(people)


@pytest.mark.parametrize(
    "text",
    [
        # (guards: a plural title with no list, a body after a plural title)
        "Councillors Allowances Scheme was reviewed in June.",
        "Councillors and officers attended the launch.",
        # (guards: a short rank before a scheme's words)
        "The PC Grant Scheme opened in May.",
        # (guards: "PC" as a parish council's letters before a document's name)
        "The PC Agenda was circulated with the papers.",
        # (guards: a voluntary body opening its sentence, a body joined by "and")
        "Victim Support held a drop-in session in the library.",
        "Street Pastors attended the late-night event.",
        "Westshire Together met in March.",
        "We wrote to Gareth Lyle MP and Victim Support.",
        "We wrote to Gareth Lyle MP and Westshire Council.",
    ],
)
def test_guards_leave_no_extra_person(text):
    names = find_people(text, [])[0]
    assert all(n == "Gareth Lyle" for n in names)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # (guards: the readings take no name away; a councillor summarising, a presenter named after
        # the presentation and a post holder launching their own report are kept as before)
        ("Cllr Priya Sandhu summarised the findings of the task group.", ["Cllr Priya Sandhu"]),
        ("Lorna Beck, Head of Community Safety, gave an update on the night-time economy.", ["Lorna Beck"]),
        ("The Commissioner, Tobias Reid, recently launched his Annual Report.", ["Tobias Reid"]),
    ],
)
def test_no_name_taken_away(text, people):
    assert sorted(find_people(text, [])[0]) == sorted(people)
