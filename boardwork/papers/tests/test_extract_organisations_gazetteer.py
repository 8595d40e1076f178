"""The gazetteer's police forces and fire and rescue services (issue #15): bodies every community
safety paper names, some in forms no headword pattern reads ("Police Scotland", "London Fire
Brigade", "the Met Police"); a known name that opens a longer body's name yields to it; and a
commissioner's paper never takes the force it holds to account as its author. Each case is written
here for the genre, not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def _names(text: str) -> list[str]:
    po = learn_paper_orgs(text, default_gazetteer(), None, "Northshire Community Safety Partnership")
    return list(dict.fromkeys(c.name for c in po.find(text) if not c.internal))


def test_forces_and_services_no_headword_reads():
    text = (
        "The Partnership worked with Police Scotland, the PSNI and the London Fire Brigade on a joint "
        "campaign, and with the Northern Ireland Fire and Rescue Service (NIFRS) on its evaluation."
    )
    assert _names(text) == [
        "Police Scotland",
        "Police Service of Northern Ireland",
        "London Fire Brigade",
        "Northern Ireland Fire and Rescue Service",
    ]


def test_the_met_by_its_common_short_names_and_not_the_verb():
    assert _names("Officers from the Met Police joined the patrols.") == ["Metropolitan Police Service"]
    assert _names("The group met with Kent Police in May.") == ["Kent Police"]
    assert _names("Met with the Metropolitan Police in May.") == ["Metropolitan Police Service"]


def test_a_known_name_that_opens_a_longer_body_s_name_yields_to_it():
    assert _names("The Northumbria Police and Crime Commissioner funded the scheme.") == [
        "Northumbria Police and Crime Commissioner"
    ]
    assert _names("The Essex Police, Fire and Crime Commissioner opened the hub.") == [
        "Essex Police, Fire and Crime Commissioner"
    ]
    assert _names("The Board nominated a member to the Fire Service College Advisory Board.") == [
        "Fire Service College Advisory Board"
    ]
    # (the force on its own is still the force)
    assert _names("The Panel asked Dorset Police for its figures.") == ["Dorset Police"]


def test_a_commissioner_s_paper_does_not_take_the_force_as_its_author():
    text = (
        "Office of the Police and Crime Commissioner for Dorset Annual Report 2030/31\n"
        "This year I held Dorset Police to account for its performance. I met the Chief Constable "
        "of Dorset Police monthly, and Dorset Police published its new neighbourhood model. I "
        "funded Dorset Police to recruit more officers, and published my Police and Crime Plan."
    )
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    assert "Dorset Police" not in po.authors
    # (a paper of the force itself, with no commissioner at its head, is still the force's)
    own = text.replace("Office of the Police and Crime Commissioner for Dorset", "Dorset Police")
    assert "Dorset Police" in learn_paper_orgs(own, default_gazetteer(), None, None).authors


def test_a_council_s_page_on_another_body_s_consultation_is_the_council_s():
    paper = Paper(
        meta=Meta(title="Kent Fire and Rescue Service Safety Consultation", body="Medway Council"),
        blocks=[
            Heading("Kent Fire and Rescue Service Safety Consultation", 1),
            Paragraph(
                "Medway Council has responded to the Kent Fire and Rescue Service consultation on "
                "its proposals for the county's fire stations, published in March 2031."
            ),
        ],
    )
    (activity,) = extract(paper)["activities"]
    assert activity["organisations"] == ["Kent Fire and Rescue Service"]


def test_a_paper_s_own_definition_of_a_shared_acronym_wins():
    # (a guard: "SFRS" is the Scottish service in the gazetteer, and several English services' too)
    text = "Staffordshire Fire and Rescue Service (SFRS) ran the week. SFRS visited 40 schools."
    assert _names(text) == ["Staffordshire Fire and Rescue Service"]
    assert _names("The week was run with SFRS crews in Inverness.") == ["Scottish Fire and Rescue Service"]


def test_the_statutory_partners_and_national_charities_no_headword_reads():
    # Northern Ireland's statutory partners of a policing and community safety partnership, and
    # national charities of the genre whose names end in no body's headword.
    text = (
        "The hub brings together the Youth Justice Agency, the PBNI, the Northern Ireland Housing "
        "Executive and the Northern Ireland Ambulance Service, with Mencap, Age Cymru and Change Grow "
        "Live, and volunteers from Victim Support Scotland."
    )
    assert _names(text) == [
        "Youth Justice Agency",
        "Probation Board for Northern Ireland",
        "Northern Ireland Housing Executive",
        "Northern Ireland Ambulance Service",
        "Mencap",
        "Age Cymru",
        "Change Grow Live",
        "Victim Support Scotland",
    ]


def test_a_charity_s_old_name_and_a_word_of_its_name_alone():
    assert _names("Young people on the Highways England course were mentored by the Prince's Trust.") == [
        "National Highways",
        "The Prince's Trust",
    ]
    # (guard: a name's word in lower case is no body)
    assert _names("The ambulance service and the housing executive attended.") == []


def test_a_sector_body_by_its_acronym_takes_its_own_name_and_the_common_misnaming_reads_it():
    # The association's name is "for", not "of"; papers write both, and both are the one body.
    assert _names("We ran a webinar with APSE on grounds maintenance.") == [
        "Association for Public Service Excellence"
    ]
    assert _names("We ran a webinar with the Association of Public Service Excellence.") == [
        "Association for Public Service Excellence"
    ]
