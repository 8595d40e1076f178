"""A news page's lead is read as prose word by word (`pipeline._is_lead_prose`), with the meaning of
the pattern it replaced, `^(?:\\S+\\s+){7,}?[^.!?]*?\\S[.!?](?:\\s|$)`, which ran in quadratic time on a
long paragraph with no full stop. The old pattern is the oracle here, on invented strings."""

from __future__ import annotations

import random
import re

from boardwork.papers.extract.pipeline import _is_lead_prose

_OLD = re.compile(r"^(?:\S+\s+){7,}?[^.!?]*?\S[.!?](?:\s|$)")


def test_a_lead_of_prose_and_lines_that_are_not():
    assert _is_lead_prose("The Partnership has awarded over £12,000 to five groups in the county.")
    assert not _is_lead_prose("Published on: Friday, 27th October 2023")  # a date line: no stop
    assert not _is_lead_prose("PCC Jane Smith outside Police HQ")  # a caption
    assert not _is_lead_prose("Too short to be a lead.")  # fewer than eight words
    assert not _is_lead_prose(" The Partnership has awarded over £12,000 to five local groups.")


def test_the_same_answers_as_the_pattern_it_replaced():
    rnd = random.Random(7)
    pieces = ["a", "word", ".", "!", "?", " ", "  ", "\n", "e.g.", "x.", "..", "\t", "No."]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        assert _is_lead_prose(text) == bool(_OLD.search(text)), repr(text)


def test_a_long_paragraph_with_no_stop_is_read_once_through():
    # 100 kB of words and no full stop: the answer is no, reached by one pass over the words (the old
    # pattern tried every count of leading words against the rest of the text).
    text = "the council and the partnership worked with " * 2500
    assert not _is_lead_prose(text)
    assert _is_lead_prose(text + "done.")
