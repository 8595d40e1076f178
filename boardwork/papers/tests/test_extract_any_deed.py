"""The kinds' last resort: the writing body's deed in the past whatever its verb (`kinds._any_deed`).

At their first reading, most of the development papers' activities the rules lost were paragraphs read
for work in which no kind's verb was there, even read loosely (`bench/first_reading_losses.py`,
tests/data/real/NOTES.md 470–479): the verbs' list grew one house at a time. These papers are made up,
in the genre: a district partnership's annual report and a police and crime panel's minutes."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import action_cues, action_kinds


def _paper(*paras: str, title: str, body: str, heading: str) -> Paper:
    blocks = [Heading(text=title, level=1), Heading(text=heading, level=2)]
    blocks += [Paragraph(text=t, number=f"3.{k + 1}") for k, t in enumerate(paras)]
    return Paper(meta=Meta(title=title, body=body), blocks=blocks)


def _acts(paper: Paper) -> dict[str, dict]:
    return {a["paragraph"]: a for a in extract(paper)["activities"]}


def test_the_bodys_deed_is_work_whatever_its_verb():
    assert action_kinds("In June 2023 we refurbished the youth shelter on Mill Lane.") == ["support"]
    assert action_kinds("Officers seized 300 packets of counterfeit cigarettes from two shops.") == [
        "support"
    ]
    assert action_kinds("The Partnership mobilised 40 volunteers for the river clean-up in May.") == [
        "support"
    ]
    # The reviewer is told the kind is a guess, and from which verb.
    assert action_cues("Our wardens patrolled the town centre every Friday night in December.") == [
        ("support", "patrolled")
    ]


def test_business_speech_statistics_and_structures_are_not_deeds():
    for text in (
        "The Committee noted the update and thanked officers.",
        "Officers explained the changes to the duty rota.",
        "We reduced burglary by 12 per cent over the year.",
        "We completed 80 per cent of the actions in our plan.",
        "The Panel identified three priorities for the coming year.",
        "The Panel has set up a link member role for each district.",
        "The Commissioner sent the draft Annual Report to the Panel before the meeting.",
        "The Commissioner introduced his annual report for 2022/23.",
        "We will refurbish the community hall next year.",
        "In 2022 the Service entered the top 20 of a national employers' index.",
    ):
        assert action_kinds(text) == [], text


def test_an_annual_report_reads_its_deeds_told_with_verbs_the_rules_have_not_met():
    acts = _acts(
        _paper(
            "In June 2023 we refurbished the youth shelter on Mill Lane with the parish council.",
            "Our wardens patrolled the town centre every Friday night in December.",
            "We reduced anti-social behaviour by 12 per cent over the year.",
            title="Elmford Community Safety Partnership annual report 2023/24",
            body="Elmford Community Safety Partnership",
            heading="What we did",
        )
    )
    assert set(acts) == {"3.1", "3.2"}
    assert acts["3.1"]["kinds"][0] == "support" and acts["3.1"]["date"] == "2023-06"
    assert acts["3.2"]["kinds"] == ["support"]
    # A guess from the verb: less sure than a kind's own words.
    assert acts["3.2"]["confidence"] < 1


def test_a_panels_minutes_do_not_read_the_papers_put_to_it_as_work():
    acts = _acts(
        _paper(
            "The Commissioner sent the Annual Report to the Panel and presented it at its meeting in June.",
            "The Panel identified three areas for closer scrutiny.",
            title="Minutes of the Police and Crime Panel, 12 July 2023",
            body="Northshire Police and Crime Panel",
            heading="Annual Report of the Police and Crime Commissioner",
        )
    )
    assert acts == {}
