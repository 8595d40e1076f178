"""Nineteenth headings round: two shapes the plain-text rules now name (`Unit.rule`), so that the
heading model leaves them as the rules read them (ADR 0014's lock). Chosen from the errors of the
development papers at their first reading (`bench/first_reading_headings.py`), where the model
overruled the rules on these shapes. Every example is made up in the genre's shape, not copied from a
paper; the models are made up too (sure of everything), so that the tests do not hang on the shipped
weights."""

from __future__ import annotations

import pytest

import boardwork.papers.readers.txt as txt_reader
from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.heading_model import HeadingModel
from boardwork.papers.readers.txt.layout import layout

SURE = HeadingModel(intercept=50.0, weights={}, add_at=0.5, drop_below=0.5, rules=False)
SURE_NOT = HeadingModel(intercept=-50.0, weights={}, add_at=0.5, drop_below=0.5, rules=False)


def _read(text: str, model: HeadingModel, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(txt_reader, "shipped_model", lambda: model)
    d = txt.read(text.encode(), Limits(heading_model=True)).to_dict()
    return [(b["type"], b["text"]) for b in d["blocks"]]


def _rules(text: str) -> dict[str, str]:
    seen = []

    def capture(units, blocks):
        seen.append(units)
        return blocks

    layout(text, Limits(), revise_headings=capture)
    return {u.text.strip(): u.rule for u in seen[0]}


WORK_PROGRAMME = (
    "Eastshire Police and Crime Panel\n\n"
    "Work Programme\n\n"
    "Review of Rural Crime - Scoping Report of\n\n"
    "The Chief Executive\n\n"
    "1. Members agreed the scope of the review.\n"
)

TASK_GROUPS = (
    "Eastshire Police and Crime Panel\n\n"
    "Work Programme\n\n"
    "Rural Crime Task Group - Findings Report of\n\n"
    "Item | Lead | Date\n"
    "--- | --- | ---\n"
    "Rural crime | Chair | May\n\n"
    "Members agreed the programme.\n"
)


def test_a_line_broken_off_on_a_word_that_goes_on_is_text_however_sure_the_model(monkeypatch):
    for text, line in (
        (WORK_PROGRAMME, "Review of Rural Crime - Scoping Report of"),
        (TASK_GROUPS, "Rural Crime Task Group - Findings Report of"),
    ):
        assert _rules(text)[line] == "not a heading"
        blocks = _read(text, SURE, monkeypatch)
        assert ("heading", line) not in blocks
        # (A line the rules judged by its shape alone is still the model's: here, sure, a heading.)
        assert ("heading", "Work Programme") in blocks


MINUTES_TITLE = (
    "Westby Community Safety Partnership\n\n"
    "Minutes of the meeting of the Partnership Board held on 14 March 2022\n\n"
    "Present: Councillor A Green (Chair), Inspector B White, C Black\n\n"
    "Community Safety Plan\n\n"
    "The Board noted the progress made on each priority of the plan during the year.\n"
)

AGENDA_ITEM = (
    "Overview and Scrutiny Committee\n\n"
    "Agenda\n\n"
    "Apologies for absence\n\n"
    "Confirmation of Minutes - Meeting held on 9 February 2021\n\n"
    "The Committee is asked to confirm the minutes as a true record.\n"
)


def test_a_meeting_named_by_the_day_it_was_held_stays_a_heading_however_sure_the_model(monkeypatch):
    line = "Minutes of the meeting of the Partnership Board held on 14 March 2022"
    assert _rules(MINUTES_TITLE)[line] == "heading"
    assert ("heading", line) in _read(MINUTES_TITLE, SURE_NOT, monkeypatch)
    line = "Confirmation of Minutes - Meeting held on 9 February 2021"
    assert _rules(AGENDA_ITEM)[line] == "heading"
    assert ("heading", line) in _read(AGENDA_ITEM, SURE_NOT, monkeypatch)
    # (A guard: a summons' line, "Meeting to be held on …", is the cover's, not the record's name.)
    rules = _rules(
        "Eastshire Fire Authority\n\nMeeting to be held on Monday 3 July 2023\n\n"
        "Annual Service Report\n\nThe report sets out the service's work in the year.\n"
    )
    assert rules.get("Meeting to be held on Monday 3 July 2023") != "heading"
