"""How the rules read an activity, carried as a code (`extraction.ReadAs`, `ActivityFound.read_as`)
beside the officer's words of its note (`extract.unsure`): the pipeline tests the code, never the
words, so rewording a note for officers changes no reading (`pipeline._spared`, `_only_account`).
The code is the pipeline's own, not written to `boardwork.extraction/1`. Earlier readings the bench
replays carry only words, old or current: `bench/train_activity_model.py` maps them to codes. Names
and wording invented for the tests, in the genre of partnerships', panels' and fire authorities'
papers and minutes, not taken from any corpus paper."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from boardwork.papers.document import Heading, ListItem, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract import unsure as unsure_notes
from boardwork.papers.extract.pipeline import _only_account, _spared, read_paper, select
from boardwork.papers.extraction import ActivityFound, Extraction, ReadAs


def _minutes(body: str, *paras: str) -> Paper:
    return Paper(
        meta=Meta(title="Minutes of the meeting", body=body),
        blocks=[Heading("Minutes of the meeting", 1)] + [Paragraph(text=t) for t in paras],
    )


def _spending() -> Paper:
    return Paper(
        meta=Meta(title="Annual review", body="Safer Lowmoor Partnership"),
        blocks=[
            Heading("Budget", 1),
            Paragraph(
                text="So far £30,000 of this year's budget has been spent or earmarked. This expenditure includes:"
            ),
            ListItem(text="£1,800 to fund a victims' advocate for the winter months", depth=1),
        ],
    )


def _summary() -> Paper:
    return Paper(
        meta=Meta(title="Street lighting review: covering report"),
        blocks=[
            Heading("Executive Summary", 2),
            Paragraph(
                "This report sets out the review of street lighting and safety carried out by the "
                "Communities Scrutiny Panel, and the actions it recommends."
            ),
            Heading("Recommendations", 2),
            Paragraph("That the Executive considers the recommendations of the review."),
        ],
    )


def _consultation() -> Paper:
    return Paper(
        meta=Meta(title="Feeling safe survey 2025"),
        blocks=[
            Heading("Feeling safe survey 2025", 1),
            Paragraph("Opened 3 February 2025"),
            Paragraph("Closed 28 March 2025"),
            Paragraph(
                "This survey is for anyone who lives, works or studies in the district and wants a say on safety."
            ),
        ],
    )


# Each reading the pipeline acts on, from an invented paper: its code and the note raised beside it.
READINGS = [
    (
        ReadAs.SPENDING,
        lambda: unsure_notes.MONEY_SPENT,
        _spending,
    ),
    (
        ReadAs.REPORTED,
        lambda: unsure_notes.TOLD_TO_THE_MEETING,
        lambda: _minutes(
            "Lowmoor Policing and Community Safety Partnership",
            "She reported that the PCSP had taken part in joint initiatives with the PSNI over the winter.",
        ),
    ),
    (
        ReadAs.VISIT,
        lambda: unsure_notes.VISIT_IN_MINUTES,
        lambda: _minutes(
            "Eastshire Fire Authority",
            "The Chair referred to the recent Members' visit to the Lowmoor Fire Control Room on 4 May and "
            "thanked the watch for the tour.",
        ),
    ),
    (
        ReadAs.EARLIER_IN_MINUTES,
        lambda: unsure_notes.EARLIER_WORK_IN_MINUTES,
        lambda: _minutes(
            "Lowmoor Safer Communities Board",
            "The Board considered a report of the Head of Communities on the work of the team over the "
            "winter. Following a rise in reports of shoplifting, Lowmoor had set up a multi agency response "
            "to the problem in the market square.",
        ),
    ),
    (ReadAs.SUMMARY, lambda: unsure_notes.FROM_SUMMARY, _summary),
    (ReadAs.CONSULTATION, lambda: unsure_notes.FROM_CONSULTATION, _consultation),
]


def _rules(paper: Paper) -> list[ActivityFound]:
    return [c.rule for c in read_paper(paper, for_model=False).candidates if c.rule is not None]


def _plain(read_as: frozenset[ReadAs], unsure: list[str]) -> ActivityFound:
    """An activity nothing but its reading spares: no organisation, no date, no help or count told."""
    return ActivityFound(
        None, None, ["event"], None, [], [], [], [], "A session was held.", unsure=unsure, read_as=read_as
    )


@pytest.mark.parametrize(("code", "note", "paper"), READINGS, ids=[r[0].name for r in READINGS])
def test_each_reading_raises_its_code_beside_its_note(code, note, paper):
    read = [r for r in _rules(paper()) if code in r.read_as]
    assert len(read) == 1
    assert read[0].read_as == {code}
    assert note() in read[0].unsure


@pytest.mark.parametrize("code", list(ReadAs))
def test_rewording_a_note_changes_no_reading(code):
    # the code with words an officer might be given tomorrow: spared all the same
    assert _spared(_plain(frozenset({code}), ["Reworded for officers: check this one."]))


def test_the_only_account_is_known_by_its_code():
    assert _only_account(_plain(frozenset({ReadAs.SUMMARY}), ["New words."]))
    assert _only_account(_plain(frozenset({ReadAs.CONSULTATION}), []))
    assert not _only_account(_plain(frozenset({ReadAs.SPENDING, ReadAs.VISIT}), []))


@pytest.mark.parametrize("code", list(ReadAs))
def test_a_rewording_in_unsure_py_moves_no_activity_of_the_pipeline(code, monkeypatch):
    note, paper = next((n, p) for c, n, p in READINGS if c is code)
    name = next(k for k, v in vars(unsure_notes).items() if isinstance(v, str) and v == note())
    monkeypatch.setattr(unsure_notes, name, "Said another way for officers: check it.")
    read = read_paper(paper(), for_model=False)
    rule = next(c for c in read.candidates if c.rule is not None and code in c.rule.read_as)
    assert "Said another way for officers: check it." in rule.rule.unsure
    rule.probability = 0.01  # what a model might give it: spared by its reading all the same
    assert rule.rule in [a for _, a in select(read.candidates, add_at=None, veto_below=0.3)]


# -- guards ----------------------------------------------------------------------------------------------


def test_a_note_s_words_without_its_code_spare_nothing():
    for note in (
        unsure_notes.MONEY_SPENT,
        unsure_notes.TOLD_TO_THE_MEETING,
        unsure_notes.VISIT_IN_MINUTES,
        unsure_notes.EARLIER_WORK_IN_MINUTES,
        unsure_notes.FROM_SUMMARY,
        unsure_notes.FROM_CONSULTATION,
    ):
        assert not _spared(_plain(frozenset(), [note]))


def test_other_notes_raise_no_code():
    paper = _minutes(
        "Lowmoor Community Safety Partnership",
        "A survey of residents was carried out in the spring, with the Hollin Trust.",
    )
    assert all(not r.read_as for r in _rules(paper))


def test_the_code_is_not_in_the_extraction_json_and_a_read_back_equals_it():
    for _, _, paper in READINGS:
        found = extract(paper())
        assert all("read_as" not in a for a in found["activities"])
        back = Extraction.from_dict(found)
        assert back.to_dict() == found
        assert all(not a.read_as for a in back.activities)


def _trainer():
    bench = str(Path(__file__).resolve().parents[3] / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module("train_activity_model")


@pytest.mark.parametrize(
    ("words", "spared"),
    [
        # the notes as the rules worded them before 2026-12-07, and as they word them now
        ("an item of the body's money spent or committed: help given by its sum", True),
        ("read from the paper's summary: the rest of it reports no work", True),
        (unsure_notes.MONEY_SPENT, True),
        (unsure_notes.FROM_CONSULTATION, True),
        # a note that says nothing of how the activity was read
        (unsure_notes.NO_ACTOR, False),
    ],
)
def test_the_bench_reads_an_earlier_reading_s_words_as_their_codes(words, spared):
    earlier = {"paragraph": "3", "kinds": ["event"], "text": "A session was held.", "unsure": [words]}
    assert _trainer().spared(earlier) is spared
