"""Plain-text agenda item pages: the page's "Minutes:" label, kept as a heading by the rules, heads
the minute whatever the lines round it (a partner's name straight under it), as the heading model
reads it on other such pages; with nothing under it, it stays text. Every example is made up
in the genre's shape, not copied from a paper."""

from __future__ import annotations

from boardwork.papers.readers import Limits, txt

ITEM_PAGE = (
    "Eastby Council\n\n"
    "Agenda item\n\n"
    "Partner Updates\n\n"
    "Minutes:\n\n"
    "Community Policing\n\n"
    "6. Station Manager Brown advised that the number of accidental house fires in the area had\n"
    "fallen again this year, and that the station's crews had fitted four hundred smoke alarms.\n"
)

MINUTES_WITH_NOTHING_UNDER = (
    "Partner Updates\n\n"
    "Station Manager Brown advised that accidental house fires had fallen again this year.\n\n"
    "Minutes:\n"
)


def _read(text: str) -> list[tuple[str, str]]:
    return [(b.type, b.text) for b in txt.read(text.encode(), Limits()).blocks]


def test_an_item_pages_minutes_label_over_a_partners_name_is_a_heading():
    blocks = _read(ITEM_PAGE)
    assert ("heading", "Minutes") in blocks
    assert ("heading", "Community Policing") in blocks


def test_a_minutes_label_with_nothing_under_it_is_still_text():
    blocks = _read(MINUTES_WITH_NOTHING_UNDER)
    assert not any(t == "heading" and x.startswith("Minutes") for t, x in blocks)
