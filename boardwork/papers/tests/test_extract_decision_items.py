"""A meeting's record of one item (an issue page, a decision record): the decision's numbered items
under a lead that puts it to the meeting ("That the Committee resolves to:") do not make the paper
one that numbers its paragraphs, so the officer's points that follow are read; and the item heading
that names the report taken, with the period it covers, is the business, not a theme. Wording
invented for the tests, not any corpus paper's."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.sections import is_numbered

_POINTS = (
    "A new winter support grant was launched to help households struggling with energy bills",
    "Waste collection rates had dipped in December but had since recovered",
)


def _issue_page(
    lead: str, item_heading: str, *, item: str | None = "52", numbered_body: bool = False
) -> Paper:
    blocks = [
        Heading(text="Quarterly Performance Report", level=1),
        Heading(text=item_heading, level=2),
        Paragraph(text="To report progress on the Council's priorities in the quarter."),
        Paragraph(text=lead),
        Paragraph(text="Note the progress made against the Council's priorities in the quarter.", number="1"),
        Paragraph(text="The Director of Resources introduced the report and drew out its main points:"),
    ]
    if numbered_body:
        blocks += [Paragraph(text=t + ".", number=str(k + 2)) for k, t in enumerate(_POINTS)]
    else:
        blocks += [Paragraph(text=t) for t in _POINTS]
    return Paper(meta=Meta(title="Quarterly Performance Report", body="Cabinet", item=item), blocks=blocks)


_ITEM = "Corporate Performance Report - 2023-24 Quarter 3"


def test_a_decisions_numbered_items_do_not_number_the_paper():
    for lead in ("That the Committee resolves to:", "RESOLVED that Cabinet:", "Members are recommended to:"):
        assert not is_numbered(_issue_page(lead, _ITEM)), lead


def test_numbered_paragraphs_elsewhere_still_number_the_paper():
    assert is_numbered(_issue_page("That the Committee resolves to:", _ITEM, numbered_body=True))


def test_a_lead_that_puts_nothing_to_the_meeting_leaves_the_paper_numbered():
    assert is_numbered(_issue_page("Additional documents:", _ITEM))


def test_the_officers_point_of_the_bodys_own_work_is_read():
    acts = extract(_issue_page("That the Committee resolves to:", _ITEM))["activities"]
    assert [a["text"] for a in acts] == [_POINTS[0]]


def test_the_item_heading_naming_the_report_and_its_period_is_no_theme():
    out = extract(_issue_page("That the Committee resolves to:", _ITEM))
    assert out["activities"]
    assert out["themes"] == []
    assert all(a["theme"] is None for a in out["activities"])


def test_outside_a_meetings_record_the_same_heading_is_still_a_theme():
    out = extract(_issue_page("That the Committee resolves to:", _ITEM, item=None))
    assert [a["theme"] for a in out["activities"]] == [_ITEM]
