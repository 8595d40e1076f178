"""The heading model never overrules a verdict a named rule of the plain-text reader gave (ADR 0014,
"the lock"): the rules mark each unit they decided by a pattern of their own (`Unit.rule`) and the
model judges only the lines the rules judged by their shape. Each example is made up in the genre's
shape, not copied from a paper; the models are made up too (sure of everything), so that the tests
do not hang on the shipped weights."""

from __future__ import annotations

import pytest

import boardwork.papers.readers.txt as txt_reader
from boardwork.papers.document import Heading, Paragraph
from boardwork.papers.readers import Limits, txt
from boardwork.papers.readers.txt.heading_model import HeadingModel, align, revise
from boardwork.papers.readers.txt.layout import layout

# A model sure that every line is a heading, and one sure that none is.
SURE = HeadingModel(intercept=50.0, weights={}, add_at=0.5, drop_below=0.5, rules=False)
SURE_NOT = HeadingModel(intercept=-50.0, weights={}, add_at=0.5, drop_below=0.5, rules=False)

LETTER = (
    "1 June 2022\n\n"
    "(1) MEMBERS OF THE NORTHSHIRE FIRE AUTHORITY\n\n"
    "(2) OFFICERS\n\n"
    "Dear Member\n\n"
    "You are invited to the meeting of the Fire Authority on Friday 10 June 2022.\n\n"
    "1. APOLOGIES FOR ABSENCE\n\n"
    "2. MINUTES OF THE LAST MEETING\n"
)

MINUTES = (
    "NORTHSHIRE FIRE AND RESCUE AUTHORITY\n\n"
    "Minutes of the meeting of Northshire Fire and Rescue Authority held on Monday 6 June 2016.\n\n"
    "PRESENT:\n\n"
    "Councillor Ann Lee\n"
    "Councillor Bill Jones\n"
    "Councillor Carol Hughes\n\n"
    "1 1 SERIOUS INCIDENT\n\n"
    "1.1 The Chief Fire Officer updated Members on the fire at the mill on 2 June.\n\n"
    "2 ADOPTION OF MINUTES.\n\n"
    "The minutes of the last meeting were adopted as a true record.\n\n"
    "Community engagement\n\n"
    "Members heard how the service had visited schools across the county during the spring.\n"
)


def _read(text: str, model: HeadingModel, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    monkeypatch.setattr(txt_reader, "shipped_model", lambda: model)
    d = txt.read(text.encode(), Limits(heading_model=True)).to_dict()
    return [(b["type"], b["text"]) for b in d["blocks"]]


def _units(text: str):
    seen = []

    def capture(units, blocks):
        seen.append((units, blocks))
        return blocks

    layout(text, Limits(), revise_headings=capture)
    return seen[0]


def test_a_letters_salutation_and_addressees_stay_text_however_sure_the_model(monkeypatch):
    blocks = _read(LETTER, SURE, monkeypatch)
    assert ("paragraph", "Dear Member") in blocks
    assert ("paragraph", "MEMBERS OF THE NORTHSHIRE FIRE AUTHORITY") in blocks
    assert ("paragraph", "OFFICERS") in blocks
    # The line the rules judged by its shape alone is the model's to say: here, sure, a heading.
    assert (
        "heading",
        "You are invited to the meeting of the Fire Authority on Friday 10 June 2022.",
    ) in blocks


def test_minutes_item_names_and_attendance_stay_as_the_rules_said(monkeypatch):
    dropped = _read(MINUTES, SURE_NOT, monkeypatch)
    # An item's number over its name in capitals, and a name in capitals closing with a full stop,
    # stay headings; a heading of the rules judged by its shape alone is dropped.
    assert ("heading", "SERIOUS INCIDENT") in dropped
    assert ("heading", "ADOPTION OF MINUTES.") in dropped
    assert ("paragraph", "Community engagement") in dropped
    added = _read(MINUTES, SURE, monkeypatch)
    # The attendance list's names stay text; prose the rules judged by its shape becomes a heading.
    assert ("paragraph", "Councillor Bill Jones") in added and ("paragraph", "PRESENT:") in added
    assert (
        "heading",
        "Members heard how the service had visited schools across the county during the spring.",
    ) in added


def test_the_rules_mark_what_they_decided_by_name():
    units, _ = _units(LETTER)
    rule = {u.text.strip(): u.rule for u in units}
    assert rule["Dear Member"] and rule["MEMBERS OF THE NORTHSHIRE FIRE AUTHORITY"]
    assert rule["You are invited to the meeting of the Fire Authority on Friday 10 June 2022."] == ""
    units, _ = _units(MINUTES)
    rule = {u.text.strip(): u.rule for u in units}
    assert rule["Community engagement"] == ""
    assert rule["2 ADOPTION OF MINUTES."]
    assert next(r for t, r in rule.items() if t.endswith("SERIOUS INCIDENT"))


def test_revise_leaves_a_marked_unit_alone():
    units, blocks = _units(LETTER)
    aligned = align(units, blocks)
    assert aligned is not None
    out = revise(units, aligned, [1.0] * len(units), add_at=0.5, drop_below=0.5)
    pairs = [(u, b) for u, b in zip(units, aligned, strict=True) if b is not None]
    assert len(pairs) == len(out)
    marked = [(b, o) for (u, b), o in zip(pairs, out, strict=True) if u.rule]
    assert any(isinstance(b, Paragraph) for b, _ in marked)
    assert all(b == o for b, o in marked)
    assert any(
        isinstance(o, Heading) and not isinstance(b, Heading) for (_, b), o in zip(pairs, out, strict=True)
    )
