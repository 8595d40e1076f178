"""Rules for what papers of bodies the rules were not written for report: work stated without its
actor, results and summaries that are not deeds, and paragraph numbers only as printed. Each case is
the genre's pattern, worded unlike any paper of tests/data/real."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import action_kinds, classify


def _paper(*paras: str, numbered: bool = True) -> Paper:
    blocks = [Heading(text="Annual report 2022/23", level=1), Heading(text="Progress", level=2)]
    blocks += [Paragraph(text=t, number=str(k + 1) if numbered else None) for k, t in enumerate(paras)]
    return Paper(meta=Meta(title="Annual report 2022/23", body="Cabinet"), blocks=blocks)


def test_work_reported_in_the_passive_still_has_its_kind():
    assert classify("A leaflet on doorstep scams was produced and circulated to every household.") == [
        "publication"
    ]
    assert classify("An audit of CCTV coverage was carried out in the town centre.") == ["research"]
    assert classify("A short summary of the findings is being prepared for residents.") == ["publication"]
    # Someone else's work, named as such, is not the author's.
    assert classify("A review of the service was carried out by the Inspectorate.") == []
    assert classify("A new strategy will be published in the spring.") == []


def test_a_quoted_survey_result_is_not_work():
    text = (
        "In the residents' survey 72 per cent of respondents told us the council's campaigning was effective."
    )
    assert classify(text) == []
    assert action_kinds(text) == []


def test_the_years_work_summed_up_is_not_a_deed():
    assert action_kinds("Members thanked officers for all the work we delivered during the year.") == []
    assert action_kinds("We delivered 400 food parcels to families in need.") == ["support"]


def test_presenting_the_annual_report_to_the_panel_is_the_meetings_business():
    text = (
        "The Commissioner presented his Annual Report to the Panel on 3 July and answered members' questions."
    )
    assert classify(text) == [] and action_kinds(text) == []


def test_having_spoken_at_a_conference_is_an_event():
    assert classify("She had spoken at two national conferences on rural crime.") == ["event"]


def test_a_paper_without_printed_numbers_gives_none():
    acts = extract(
        _paper(
            "The board received the update.",
            "Officers had run three workshops for landlords on licensing.",
            numbered=False,
        )
    )["activities"]
    assert [(a["paragraph"], a["kinds"]) for a in acts] == [(None, ["event"])]
