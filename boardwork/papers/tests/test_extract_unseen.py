"""Rules for what papers of bodies the rules were not written for report: work stated without its
actor, results and summaries that are not deeds, and paragraph numbers only as printed. Each case is
the genre's pattern, worded unlike any paper of tests/data/real."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import action_kinds, classify
from boardwork.papers.readers import Limits
from boardwork.papers.readers.txt.layout import layout


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


def test_members_speaking_in_a_meeting_report_no_work():
    text = "Members stressed that the campaign for fairer funding should continue."
    assert "lobbying" not in classify(text)
    assert classify("The Chairman thanked officers for the training they had delivered.") == []


def _blocks(text: str) -> list[tuple[str, str | None, str]]:
    _, blocks = layout(text, Limits())
    return [(type(b).__name__, getattr(b, "number", None), b.text) for b in blocks]


def test_numbers_that_head_a_minutes_items_make_headings():
    blocks = _blocks(
        "Minutes\n\n3.  Apologies for Absence\n\nApologies were received from two members.\n\n"
        "4.  Community Safety: Annual Update\n\nThe officer introduced the report on the year's work.\n"
        "Members asked about the funding of the scheme.\n"
    )
    assert ("Heading", None, "Apologies for Absence") in blocks
    assert ("Heading", None, "Community Safety: Annual Update") in blocks
    assert not any(kind == "Paragraph" and n for kind, n, _ in blocks)


def test_numbered_short_paragraphs_are_still_paragraphs():
    # A list of numbered short points with prose under only some of them is not a minutes layout.
    blocks = _blocks(
        "Priorities\n\n1.  Reduce anti-social behaviour\n\n2.  Tackle domestic abuse\n\n"
        "These were agreed by the Board in June.\n"
    )
    assert ("Paragraph", "1", "Reduce anti-social behaviour") in blocks
