"""A decision record's labels in the house's own words ("The subject of the decision:", "The reason
for the decision:", "Details of the decision:"), each alone on its line over its part of the record:
headings, as "Reasons for the decision:" is. Every example is made up in the genre's shape, not
copied from a paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Paragraph
from boardwork.papers.readers import read_bytes

RECORD = (
    "Issue - meetings\n\n"
    "Street Marshals Grant\n\n"
    "Meeting: 14/03/2024 - Community Safety Committee (Item 6)\n\n"
    "6 Street Marshals Grant\n\n"
    "Report of the Community Safety Manager\n\n"
    "The subject of the decision:\n\n"
    "The report asked the committee to fund street marshals in the town centre for another year.\n\n"
    "Alternative options considered:\n\n"
    "The committee considered ending the scheme but judged that the patrols were needed.\n\n"
    "The reason for the decision:\n\n"
    "Reports of disorder at night fell while the marshals were on patrol.\n"
)

NOTICE = (
    "Decision notice\n\n"
    "Details of the decision:\n\n"
    "The Commissioner agreed to fund the youth diversion scheme for two years.\n\n"
    "Background to the decision:\n\n"
    "The scheme was piloted in two towns last year.\n\n"
    "Reasons for the decision:\n\n"
    "The pilot met the aims of the plan.\n"
)


def _read(text: str) -> tuple[list[str], list[str]]:
    paper = read_bytes(text.encode(), "record.txt")
    heads = [b.text.rstrip(":") for b in paper.blocks if isinstance(b, Heading)]
    paras = [b.text for b in paper.blocks if isinstance(b, Paragraph)]
    return heads, paras


def test_a_decision_records_labels_in_its_own_words_are_headings() -> None:
    heads, paras = _read(RECORD)
    assert "The subject of the decision" in heads
    assert "The reason for the decision" in heads
    assert "Alternative options considered" in heads
    assert any(p.startswith("Reports of disorder") for p in paras)


def test_details_of_the_decision_is_a_label_not_a_pages_blurb() -> None:
    heads, _ = _read(NOTICE)
    assert heads[1:] == ["Details of the decision", "Background to the decision", "Reasons for the decision"]


def test_a_clause_about_the_decision_and_a_pages_blurb_stay_text() -> None:
    text = (
        "Community safety news\n\n"
        "Dog fouling patrols\n\n"
        "Officers will patrol the parks over the summer to tackle dog fouling.\n\n"
        "Details of fixed penalty notices for dog fouling\n\n"
        "Members commented on the decision:\n\n"
        "- the patrols should cover the beach\n"
        "- the fines should be publicised\n"
    )
    heads, paras = _read(text)
    assert "Members commented on the decision" not in heads
    assert "Details of fixed penalty notices for dog fouling" not in heads
    assert "Details of fixed penalty notices for dog fouling" in paras


def test_the_report_an_item_had_before_it_is_the_items_text_not_its_title() -> None:
    # On an item's page, "Report of the …" under the item's number and title: the item's text.
    paper = read_bytes(RECORD.encode(), "record.txt")
    assert paper.meta.title == "Street Marshals Grant"
    paras = [b.text for b in paper.blocks if isinstance(b, Paragraph)]
    heads = [b.text for b in paper.blocks if isinstance(b, Heading)]
    assert "Report of the Community Safety Manager" in paras
    assert "Report of the Community Safety Manager" not in heads


def test_a_covers_author_row_stays_out_of_the_text() -> None:
    text = (
        "Westshire Fire Authority\n\n"
        "Integrated Risk Management Plan 2025-2030\n\n"
        "Report of the Chief Fire Officer\n\n"
        "Purpose\n\n"
        "To ask the Authority to approve the plan for consultation.\n"
    )
    paper = read_bytes(text.encode(), "cover.txt")
    assert paper.meta.title == "Integrated Risk Management Plan 2025-2030"
    assert not any("Chief Fire Officer" in getattr(b, "text", "") for b in paper.blocks)


def test_a_covers_date_over_its_author_row_is_no_items_number() -> None:
    # "14 March 2024" opens with a number and a capital, as "7 Safeguarding Training" does.
    text = (
        "Westshire Council\n"
        "Cabinet\n"
        "14 March 2024\n"
        "Report of the Head of Communities\n"
        "Street Lighting Review\n\n"
        "Purpose of report\n\n"
        "To ask Cabinet to approve the review.\n"
    )
    paper = read_bytes(text.encode(), "cover.txt")
    assert paper.meta.title == "Street Lighting Review"
    assert not any("Head of Communities" in getattr(b, "text", "") for b in paper.blocks)
