"""Plain-text headings at first reading: a decision record's rows answered in a word or a date and
its sign-off, a line sending the reader elsewhere, a meeting's day and clock time, and a web page's
"Minutes:" label under an item's title. Every example is made up in the genre's shape, not copied
from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits
from boardwork.papers.readers.txt.layout import layout

DECISION = (
    "Issue - decisions\n\n"
    "Safer Streets grant to the partnership\n\n"
    "Decision:\n\n"
    "The Cabinet Member agreed to award the grant to the partnership for the coming year.\n\n"
    "Reasons for the decision:\n\n"
    "The partnership has shown that the patrols reduce crime in the town centre at night.\n\n"
    "Key decision: No\n\n"
    "Published on: 14/03/2021\n\n"
    "Made at meeting: 11/03/2021 - Cabinet\n\n"
    "Signature: Jane Smith\n\n"
    "Chief Officer approval: N/A\n"
)

NEWSLETTER = (
    "Community Safety News\n\n"
    "Knife crime week\n\n"
    "Officers and youth workers visited ten schools during the week to talk to pupils about knives.\n\n"
    "For more on the campaign, please visit our knife crime page\n\n"
    "Download the full report (PDF, 2MB)\n\n"
    "Hate crime\n\n"
    "Reports of hate crime fell over the quarter, and the partnership thanked the schools for their help.\n"
)

ANNOUNCEMENTS = (
    "Chairman's Announcements Minutes: The Chairman announced that two meetings had been moved.\n"
    "The new dates were:\n"
    "Thursday 2 March 2023, 2.00 pm, venue to be confirmed\n"
    "Thursday 4 May 2023, 2.00 pm venue to be confirmed\n"
    "With the agreement of the Panel the Chairman added a briefing on the control room to the agenda.\n"
)

MINUTES_OF_AN_ITEM = (
    "Westshire Council\n\n"
    "Agenda item\n\n"
    "Partner updates\n\n"
    "Minutes:\n\n"
    "Fire and Rescue Service\n\n"
    "The station manager reported that home fire safety visits had risen in the area over the summer.\n"
)


def _blocks(text: str) -> tuple[str | None, list[tuple[str, int | None, str]]]:
    meta, blocks = layout(text, Limits())
    return meta.title, [(b.type, getattr(b, "level", None), b.text) for b in blocks]


def _headings(blocks: list[tuple[str, int | None, str]]) -> list[str]:
    return [x for t, _, x in blocks if t == "heading"]


def test_a_decision_records_answered_rows_and_sign_off_are_not_headings():
    _, blocks = _blocks(DECISION)
    heads = _headings(blocks)
    assert "Decision" in heads and "Reasons for the decision" in heads
    for row in (
        "Signature: Jane Smith",
        "Chief Officer approval: N/A",
        "Key decision: No",
        "Published on: 14/03/2021",
        "Made at meeting: 11/03/2021 - Cabinet",
    ):
        assert row not in heads


def test_a_line_sending_the_reader_elsewhere_is_not_a_heading():
    _, blocks = _blocks(NEWSLETTER)
    heads = _headings(blocks)
    assert "Knife crime week" in heads and "Hate crime" in heads
    assert ("paragraph", None, "For more on the campaign, please visit our knife crime page") in blocks
    assert "Download the full report (PDF, 2MB)" not in heads


def test_a_meetings_day_and_clock_time_are_not_a_heading():
    _, blocks = _blocks(ANNOUNCEMENTS)
    heads = _headings(blocks)
    assert "Thursday 4 May 2023, 2.00 pm venue to be confirmed" not in heads


def test_a_minutes_title_with_its_clock_time_is_still_the_title():
    title, _ = _blocks(
        "Minutes of the meeting of the Safer Eastby Partnership held on Tuesday 3 May 2022 at 2.00 pm\n\n"
        "Present: Councillor A Brown (Chair), Inspector C White\n\n"
        "1. Apologies\n\n"
        "Apologies were received from the fire service's station manager.\n"
    )
    assert (
        title
        == "Minutes of the meeting of the Safer Eastby Partnership held on Tuesday 3 May 2022 at 2.00 pm"
    )


def test_a_pages_minutes_label_under_the_items_title_heads_the_minute():
    title, blocks = _blocks(MINUTES_OF_AN_ITEM)
    assert title == "Partner updates"
    assert "Minutes" in _headings(blocks)


def test_a_headline_of_a_visit_is_still_a_heading():
    _, blocks = _blocks(
        "Community Safety News\n\n"
        "Members visit the new fire station site\n\n"
        "Members of the panel were shown round the site of the new fire station by the area manager.\n\n"
        "Hate crime\n\n"
        "Reports of hate crime fell over the quarter, and the partnership thanked the schools for their help.\n"
    )
    assert "Members visit the new fire station site" in _headings(blocks)
