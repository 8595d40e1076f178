"""How paragraphs join into units in a paper that numbers its paragraphs (issue #15): a paragraph's
number is only the one printed, so an unnumbered paragraph after a numbered one is a unit of its own
with no number, unless it carries on the sentence before it. Each case is written here for the genre,
not taken from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.sections import build_units


def _cabinet_page(numbered_account: bool = False) -> Paper:
    # A cabinet page whose only numbered paragraph is the resolution's item (so it numbers no
    # paragraphs of its own); the account of the item is told in unnumbered paragraphs after it.
    # With `numbered_account` a later paragraph of the account is numbered too: a page that numbers
    # its paragraphs, where the unnumbered ones after the resolution are units of their own.
    return Paper(
        meta=Meta(title="Cabinet 12 June 2024", body="Northfield District Council"),
        blocks=[
            Heading("Cabinet 12 June 2024", 1),
            Heading("Housing and welfare", 2),
            Paragraph("That Cabinet resolves to:"),
            Paragraph("Note the progress made on the housing and welfare priorities for the year.", "1"),
            Paragraph("The Deputy Leader introduced the report and set out its main points."),
            Paragraph("A new Winter Support Fund was launched to help households struggling with bills."),
            *(
                [Paragraph("The report's appendix gave the figures for each ward.", "2")]
                if numbered_account
                else []
            ),
        ],
    )


def test_an_unnumbered_paragraph_after_a_numbered_one_is_its_own_unit():
    units, _ = build_units(_cabinet_page(numbered_account=True), Cycle(2024))
    by_text = {u.text: u.number for u in units}
    resolution = "Note the progress made on the housing and welfare priorities for the year."
    assert by_text[resolution] == "1"  # the numbered paragraph's text is its own, nothing appended
    assert by_text["A new Winter Support Fund was launched to help households struggling with bills."] is None
    assert by_text["The Deputy Leader introduced the report and set out its main points."] is None


def test_work_told_after_a_resolution_is_not_the_resolutions_activity():
    x = extract(_cabinet_page())
    resolution = "Note the progress made on the housing and welfare priorities for the year."
    assert [a["text"] for a in x["activities"]] == [
        "A new Winter Support Fund was launched to help households struggling with bills."
    ]  # the work told after the resolution, not the resolution
    assert not any(a["text"] == resolution for a in x["activities"])


def test_a_sentence_carried_over_a_break_stays_in_its_paragraph():
    paper = Paper(
        blocks=[
            Heading("Road safety", 2),
            Paragraph("The Partnership ran a speed awareness campaign with the police and", "2.1"),
            Paragraph("schools across the district during the spring."),
            Paragraph("The campaign reached 40 schools.", "2.2"),
        ]
    )
    units, _ = build_units(paper, Cycle(2024))
    assert [(u.number, u.text) for u in units] == [
        (
            "2.1",
            "The Partnership ran a speed awareness campaign with the police and schools across the "
            "district during the spring.",
        ),
        ("2.2", "The campaign reached 40 schools."),
    ]
