"""Minutes of a board: a numbered list of topics under a lead ending in a colon does not make the
paper one that numbers its paragraphs (so the lead, the officer's account of the author's work, is
read), and an item named by the paper it took ("… Document", "… Update Report") is business, not a
theme. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.sections import is_numbered

_LEAD = (
    "Jo Bloggs, Chief Executive, introduced a report summarising the WLGA's lobbying on the "
    "settlement. She highlighted the WLGA's work for councils on the following issues:"
)


def _minutes(item_title: str, *numbered: str) -> Paper:
    blocks = [
        Heading(text="Minutes", level=1),
        Heading(text="1. Welcome and Apologies", level=2),
        Paragraph(text="Apologies were received from Cllr Smith."),
        Heading(text=item_title, level=2),
        Paragraph(text=_LEAD),
    ]
    blocks += [Paragraph(text=t, number=str(k + 1)) for k, t in enumerate(numbered)]
    return Paper(meta=Meta(title="Minutes", body="Welsh Local Government Association"), blocks=blocks)


_TOPICS = ("Council tax reform", "Cost of living pressures", "Adult social care")


def test_a_numbered_list_of_topics_under_a_colon_lead_is_no_paragraph_numbering():
    assert not is_numbered(_minutes("3. Lobbying", *_TOPICS))


def test_numbered_sentences_still_number_the_paper():
    paper = _minutes(
        "3. Lobbying",
        "The WLGA wrote to the Minister in May 2023 on the settlement.",
        "The WLGA met the Welsh Government in June 2023.",
    )
    assert is_numbered(paper)


def test_the_officers_account_of_the_authors_lobbying_over_a_topic_list_is_an_activity():
    acts = extract(_minutes("3. Lobbying", *_TOPICS))["activities"]
    lobbying = [a for a in acts if "lobbying" in a["kinds"]]
    assert lobbying and lobbying[0]["text"].startswith("Jo Bloggs")


def _item(paper_title: str, item_title: str) -> Paper:
    blocks = [
        Heading(text=paper_title, level=1),
        Heading(text=item_title, level=2),
        Paragraph(text="The WLGA wrote to the Minister for Finance in May 2023 on the settlement."),
    ]
    return Paper(meta=Meta(title=paper_title, body="Welsh Local Government Association"), blocks=blocks)


def test_a_minutes_item_named_by_the_paper_it_took_is_not_a_theme():
    out = extract(_item("Minutes", "Lobbying Document"))
    assert out["activities"]
    assert out["themes"] == []
    assert all(a["theme"] is None for a in out["activities"])


def test_outside_minutes_the_same_heading_is_still_a_theme():
    out = extract(_item("Annual review", "Lobbying Document"))
    assert [a["theme"] for a in out["activities"]] == ["Lobbying Document"]
