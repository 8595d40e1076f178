"""The trace of what `classify` read in a unit and which check set each kind's match aside
(`kinds.classify_trace`, and the `trace` keyword of `classify` and `action_cues`), for measuring why a
unit read for work has no kind (`bench/scores.py --summary`, issue #15, tests/data/real/NOTES.md
3690-3699). Sentences invented for the tests, in the genre of a council's, a partnership's and a fire
service's reports, not taken from any corpus paper. The kinds read are the same with a trace as
without one."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import action_cues, classify, classify_trace

AUTHOR = ("Anyshire Council",)

# -- a past deed with no kind's word: nothing matched, nothing set aside -------------------------------


def test_a_past_deed_with_no_kind_word_has_an_empty_trace():
    assert classify_trace(
        "The team tidied the allotments beside the river in March.", author_words=AUTHOR
    ) == (
        [],
        [],
    )


def test_a_deed_the_kinds_read_leaves_no_trace_of_its_own():
    kinds, trace = classify_trace(
        "We published a new strategy on domestic abuse in March.", author_words=AUTHOR
    )
    assert kinds == ["publication"]
    assert trace == []


# -- a kind's word set aside by the tense check ---------------------------------------------------------


def test_a_kind_word_of_work_to_come_is_set_aside_by_the_tense_check():
    kinds, trace = classify_trace(
        "We will host a conference for local charities in the spring.", author_words=AUTHOR
    )
    assert kinds == []
    assert ("event", "work to come (the clause's tense)") in trace


def test_a_list_item_of_training_to_come_is_set_aside_by_the_tense_check():
    kinds, trace = classify_trace(
        "We will deliver training for 40 school staff.", item=True, author_words=AUTHOR
    )
    assert kinds == []
    assert trace and trace[0] == ("training", "work to come (the clause's tense)")


# -- a kind's word set aside as another body's deed -----------------------------------------------------


def test_a_study_commissioned_by_another_body_is_set_aside_as_its_deed():
    kinds, trace = classify_trace(
        "An evaluation of the scheme was commissioned by the Ministry of Justice in 2023.",
        author_words=AUTHOR,
    )
    assert kinds == []
    assert trace == [("research", "another body's deed (_other_agent)")]


def test_a_document_published_by_another_body_is_set_aside_as_its_deed():
    kinds, trace = classify_trace(
        "The annual report was published by the Regional Housing Forum in July.", author_words=AUTHOR
    )
    assert kinds == []
    assert ("publication", "another body's deed (_other_agent)") in trace


def test_a_partner_running_an_event_is_set_aside_as_the_partners_deed():
    kinds, trace = classify_trace(
        "Northshire Police ran a conference for local charities last May.", author_words=AUTHOR
    )
    assert kinds == []
    assert trace == [("event", "a partner's or the people served's deed")]


def test_a_list_item_of_standing_partnership_is_set_aside_as_how_the_body_works():
    kinds, trace = classify_trace(
        "Partnership working with the police and health services.", item=True, author_words=AUTHOR
    )
    assert kinds == []
    assert trace == [("partnership", "partnership: how the body works, not a deed")]


# -- the body's deed verb set aside (`action_cues`) -----------------------------------------------------


def test_the_bodys_deed_verb_to_come_is_traced_by_action_cues():
    trace: list[tuple[str, str]] = []
    text = "By next spring, we aim to ensure that we have installed new lighting in the park."
    assert action_cues(text, AUTHOR, trace=trace) == []
    assert ("support", "the body's deed verb: work to come (the clause's tense)") in trace


def test_the_years_work_summed_up_is_traced_by_action_cues():
    trace: list[tuple[str, str]] = []
    assert action_cues("We are proud of all the work we delivered this year.", AUTHOR, trace=trace) == []
    assert trace == [("support", "the body's deed verb: the year's work summed up")]


# -- guards: the trace changes no reading ---------------------------------------------------------------

GUARDS = [
    "We published a new strategy on domestic abuse in March.",
    "We will host a conference for local charities in the spring.",
    "An evaluation of the scheme was commissioned by Anyshire Council in 2023.",
    "An evaluation of the scheme was commissioned by the Ministry of Justice in 2023.",
    "Officers worked with Northshire Police to run a week of action on speeding.",
    "The Panel considered a report on the council's consultation on parking charges.",
    "The Chair wrote to the Minister to press for fairer funding for rural councils.",
    "Officers cleared 40 fly-tipping sites across the district.",
    "Priority 1, reducing crime by working in partnership, remains our focus.",
]


@pytest.mark.parametrize("text", GUARDS)
@pytest.mark.parametrize("strict", [False, True])
def test_a_trace_reads_the_same_kinds_as_classify(text, strict):
    trace: list[tuple[str, str]] = []
    plain = classify(text, strict=strict, author_words=AUTHOR)
    assert classify(text, strict=strict, author_words=AUTHOR, trace=trace) == plain
    assert classify_trace(text, strict=strict, author_words=AUTHOR)[0] == plain


@pytest.mark.parametrize("text", GUARDS)
def test_a_trace_reads_the_same_cues_as_action_cues(text):
    trace: list[tuple[str, str]] = []
    assert action_cues(text, AUTHOR, trace=trace) == action_cues(text, AUTHOR)


def test_classify_keeps_no_trace_unless_given_one():
    # (the default path: a plain list of kinds, nothing else returned or kept)
    assert classify("We will host a conference for local charities in the spring.") == []
