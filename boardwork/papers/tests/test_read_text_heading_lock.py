"""The heading model never overrules a verdict a named rule of the plain-text reader gave (ADR 0014,
"the lock"): the rules mark each unit they decided by a pattern of their own (`Unit.rule`) and the
model judges only the lines the rules judged by their shape. Each example is made up in the genre's
shape, not copied from a paper; the models are made up too (sure of everything), so that the tests
do not hang on the shipped weights."""

from __future__ import annotations

import math

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


# A report whose section names wrapped onto a second line (no blank line between), and one that did
# not; a page of prose under each.
WRAPPED = (
    "Westvale Borough Council\n\n"
    "Summary\n\n"
    "1.   The partnership met four times during the year.\n\n"
    "Progress against the priorities agreed by\n"
    "the Board in March\n\n"
    "2.   Every priority is on track to be met by the end of the year.\n\n"
    "Next steps\n\n"
    "3.   The Board will review the plan in the autumn.\n"
)


def test_a_heading_the_rules_joined_from_its_wrapped_lines_stays_however_sure_the_model(monkeypatch):
    units, _ = _units(WRAPPED)
    rule = {u.text.strip(): u.rule for u in units}
    assert rule["Progress against the priorities agreed by the Board in March"] == "heading"
    # (A one-line heading judged by its shape alone is still the model's.)
    assert rule["Next steps"] == ""
    dropped = _read(WRAPPED, SURE_NOT, monkeypatch)
    assert ("heading", "Progress against the priorities agreed by the Board in March") in dropped
    assert ("paragraph", "Next steps") in dropped


def _doubting(p: float) -> HeadingModel:
    """A model that gives every unit the probability `p`, at the shipped weights' thresholds."""
    shipped = txt_reader.shipped_model()
    assert shipped is not None
    logit = math.log(p / (1 - p))
    return HeadingModel(
        intercept=logit, weights={}, add_at=shipped.add_at, drop_below=shipped.drop_below, rules=False
    )


def test_a_shape_heading_the_shipped_thresholds_doubt_at_one_in_eight_becomes_text(monkeypatch):
    # On the development papers the shipped weights had not seen, every heading of the rules they
    # gave 0.10-0.15 was one the keys do not have (a cover's line, a name, "Present"), so a heading
    # judged by its shape alone goes from there.
    blocks = _read(WRAPPED, _doubting(0.12), monkeypatch)
    assert ("paragraph", "Next steps") in blocks
    assert ("heading", "Progress against the priorities agreed by the Board in March") in blocks


def test_a_shape_heading_the_model_doubts_less_stays(monkeypatch):
    blocks = _read(WRAPPED, _doubting(0.16), monkeypatch)
    assert ("heading", "Next steps") in blocks and ("heading", "Summary") in blocks
