"""Where the review screen's "unsure" flag is raised (NOTES 3260–3269): an activity the rules read two
or more kinds in, where the model would not have added the paragraph as work by itself, is flagged
with a note naming the kinds; a deed told in the passive with no doer named is no longer flagged.
Only the flag moves: what is found is the same. Papers and words invented for the tests."""

from types import SimpleNamespace

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extraction_of, pipeline
from boardwork.papers.extract import unsure as notes
from boardwork.papers.extraction import ActivityFound

TWO_KINDS = "We published a guide to safer cycling and ran a workshop for parents at Eastmoor School."
ONE_KIND = "We published a guide to safer cycling for parents at Eastmoor School."
PASSIVE = "A leaflet on bogus callers was produced and delivered to every household in Westbury."


def _paper(*paras: str) -> Paper:
    blocks = [Heading(text="Annual report 2023/24", level=1), Heading(text="Our work", level=2)]
    blocks += [Paragraph(text=t, number=str(k + 1)) for k, t in enumerate(paras)]
    return Paper(meta=Meta(title="Annual report 2023/24", body="Westbury Road Safety Group"), blocks=blocks)


def _model(p: float, add_at: float = 0.55) -> SimpleNamespace:
    # A stand-in for the trained model: every unit at probability `p`, never vetoed.
    return SimpleNamespace(add_at=add_at, veto_below=0.0, add_share_max=1.0, probability=lambda view: p)


def _by_para(paper: Paper, model: SimpleNamespace | None) -> dict[str, ActivityFound]:
    return {a.paragraph: a for a in extraction_of(paper, model=model).activities}


def _found(a: ActivityFound) -> dict:
    d = a.to_dict()
    d.pop("unsure", None)
    d.pop("confidence", None)
    return d


def test_two_kinds_the_model_would_not_add_are_flagged_with_the_kinds_named():
    a = _by_para(_paper(TWO_KINDS), _model(0.4))["1"]
    assert len(a.kinds) >= 2
    assert notes.kinds_together(a.kinds) in a.unsure
    assert a.confidence == 0.7


def test_the_note_names_each_kind_as_the_review_screen_labels_it():
    note = notes.kinds_together(["consultation_response", "publication"])
    assert (
        note
        == "Read as Consultation response and Publication at once: check each is work the paragraph reports."
    )


def test_a_deed_in_the_passive_is_not_flagged_for_its_missing_doer():
    a = _by_para(_paper(PASSIVE), None)["1"]
    assert a.kinds
    assert notes.NO_ACTOR not in a.unsure


def test_kinds_doubted_adds_its_note_after_the_notes_there_and_keeps_the_least_confidence():
    a = ActivityFound(
        paragraph="1",
        theme=None,
        kinds=["event", "media"],
        date=None,
        organisations=[],
        policies=[],
        people=[],
        nations=[],
        text="x",
        confidence=0.6,
        unsure=["earlier"],
    )
    b = pipeline.kinds_doubted(a, 0.3, 0.55)
    assert b.unsure == ["earlier", notes.kinds_together(["event", "media"])]
    assert b.confidence == 0.6


# Guards: where the flag is not raised, and that the flag never changes what is found.


def test_one_kind_read_is_not_flagged_for_its_kinds():
    a = _by_para(_paper(ONE_KIND), _model(0.4))["1"]
    assert len(a.kinds) == 1 and a.unsure == [] and a.confidence is None


def test_two_kinds_the_model_would_add_itself_are_not_flagged():
    a = _by_para(_paper(TWO_KINDS), _model(0.9))["1"]
    assert len(a.kinds) >= 2 and a.unsure == [] and a.confidence is None


def test_without_a_model_two_kinds_are_not_flagged():
    a = _by_para(_paper(TWO_KINDS), None)["1"]
    assert len(a.kinds) >= 2 and a.unsure == []


def test_the_flag_changes_nothing_found():
    paper = _paper(TWO_KINDS, ONE_KIND, PASSIVE)
    low, high = _by_para(paper, _model(0.4)), _by_para(paper, _model(0.9))
    assert low.keys() == high.keys()
    assert all(_found(low[k]) == _found(high[k]) for k in low)
