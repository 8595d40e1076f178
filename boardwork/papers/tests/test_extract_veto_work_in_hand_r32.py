"""The trained model's veto spares work told as in hand or as held rather than in the simple past
(tests/data/real/NOTES.md 3220–3226): a progressive ("is running", "were taking place"), work "under
way", an event that "took place", work of the paper's own year told relatively ("this year", "last
year"). The schema keys work being done now as an activity (EXTRACTION-NOTES 2); the model, fitted on
deeds told in the simple past, scores such units low. Not spared: a trend of figures, work to come, a
deed of no such shape. Each case is written here for the genre, not taken from a paper."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from boardwork.papers.extract.pipeline import _spared, select


def _rule(text: str, kinds: tuple[str, ...] = ("support",)) -> Any:
    return SimpleNamespace(
        organisations=[], unsure=[], read_as=frozenset(), kinds=list(kinds), date=None, text=text
    )


def _kept(*rules: Any) -> list[str]:
    candidates = [SimpleNamespace(told_done=False, probability=0.1, rule=r, section_index=0) for r in rules]
    return [found.text for _, found in select(cast(Any, candidates), add_at=None, veto_below=0.3)]


@pytest.mark.parametrize(
    "text",
    [
        "The Trust is piloting a befriending scheme for older residents living alone.",
        "Drop-in sessions on fraud awareness were running in three libraries across the district.",
        "An audit of the hostel's fire doors is now under way with the landlord's agents.",
        "A summer festival for families took place in the riverside park, with stalls from the partners.",
        "This year the Board produced its newsletter as a podcast for the first time.",
        "The wardens handed out two hundred bike locks at the station last year.",
    ],
)
def test_work_in_hand_or_held_is_not_vetoed(text):
    deed = _rule(text)
    assert _spared(deed)
    assert _kept(deed) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # a trend of figures is the paper's statistics, not work
        "Reports of shed burglaries were falling in every ward this year.",
        "Calls about noisy neighbours fell by a tenth last year.",
        # work to come, however told
        "This year the Board will produce its newsletter as a podcast.",
        "A review of the hostel's fire doors is to be under way by the spring.",
        # a deed in the simple past, with no year of its own: the veto weighs it as before
        "The team handed out leaflets about the new bins.",
    ],
)
def test_trends_work_to_come_and_plain_deeds_are_not_spared(text):
    rule = _rule(text)
    assert not _spared(rule)
    assert _kept(rule) == []
