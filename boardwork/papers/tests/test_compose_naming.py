"""Officers' acronyms, delay notes and outcomes in the composed narrative, on records of our own
(plain facts, no database): an acronym is spelled out from the records or the house style's
glossary at first mention and never given a name nobody recorded; a delay note is told as a
sentence or left out; an outcome follows the event it came of. Rules of the genre, checked on
invented entries."""

from __future__ import annotations

import datetime as dt

import pytest

from boardwork.papers.compose import narrative as n
from boardwork.papers.compose.facts import ActivityFact, CommitmentFact, OrgFact, UpdateFact
from boardwork.papers.compose.names import Namer, parse_glossary, phrase_for, spell_out
from boardwork.papers.style import HouseStyle, HouseStyleError

GLOSSARY = parse_glossary(["FLP: flood liaison panel", "RAAC: reinforced autoclaved aerated concrete"])
AGENCY = OrgFact("organisation:ea", "Environment Agency", "EA", role="named")
TRUST = OrgFact("organisation:nrt", "National Rivers Trust", "NRT", role="partner")


def namer() -> Namer:
    return Namer(GLOSSARY, [AGENCY, TRUST], keep=frozenset({"LGA"}))


def test_first_mention_gives_the_name_then_the_acronym_after():
    nm = namer()
    first = spell_out("We briefed the FLP on RAAC in schools.", nm)
    later = spell_out("The FLP met again; RAAC surveys continue.", nm)
    assert first == (
        "We briefed the flood liaison panel (FLP) on reinforced autoclaved aerated concrete (RAAC) in schools."
    )
    assert later == "The FLP met again; RAAC surveys continue."


def test_two_letter_acronyms_of_recorded_organisations_are_written_out_every_time():
    nm = namer()
    assert "Environment Agency officials" in spell_out("Call with EA officials.", nm)
    assert spell_out("EA attended.", nm) == "The Environment Agency attended."
    assert spell_out("We met EA twice.", nm) == "We met the Environment Agency twice."


def test_an_acronym_is_spelled_from_the_records_own_words_or_left_as_typed():
    words = "Support councils through the first year of the Coastal Erosion Duty"
    assert phrase_for("CED", words) == "Coastal Erosion Duty"
    assert phrase_for("APCC", "with the Association of Police and Crime Commissioners") == (
        "Association of Police and Crime Commissioners"
    )
    assert phrase_for("ASB", "the Anti-social Behaviour Action Plan") == "Anti-social Behaviour"
    nm = namer()
    assert spell_out("A webinar on CED year one.", nm, words) == (
        "A webinar on the Coastal Erosion Duty (CED) year one."
    )
    # Nothing recorded and nothing in the glossary: no name is invented.
    assert spell_out("Notes from the QZX group.", nm, words) == "Notes from the QZX group."
    # The board's own organisation and a council's short form stay as typed.
    assert spell_out("An LGA webinar for Eastmoor DC.", nm) == "An LGA webinar for Eastmoor DC."


def test_an_acronym_introduced_in_brackets_is_not_spelled_out_again_and_plurals_follow():
    nm = namer()
    assert spell_out("with the National Rivers Trust (NRT)", nm) == "with the National Rivers Trust (NRT)"
    assert spell_out("NRT volunteers", nm) == "NRT volunteers"
    assert spell_out("Three FLPs met.", nm) == "Three flood liaison panels (FLPs) met."
    # Inside brackets the name stands alone, with no second bracket.
    assert spell_out("tools (RAAC, FLP) shared", namer()) == (
        "tools (reinforced autoclaved aerated concrete, flood liaison panel) shared"
    )


def test_acronyms_in_a_theme_are_spelled_out_in_reading_order():
    c = CommitmentFact(
        "commitment:1", "Support councils through the first year of the Coastal Erosion Duty", "complete"
    )
    acts = [
        ActivityFact("activity:1", "CED webinar", "Webinar on the CED with EA officials.", dt.date(2023, 5, 9),
                     kinds=["event"], commitment=c.ref, orgs=[AGENCY]),
        ActivityFact("activity:2", "CED case studies", "Published 4 CED case studies.", dt.date(2023, 9, 9),
                     kinds=["publication"], commitment=c.ref),
    ]  # fmt: skip
    text = " ".join(p.text for p in n.theme_paragraphs(acts, [c], namer()))
    assert text.count("Coastal Erosion Duty (CED)") == 1
    assert text.index("Coastal Erosion Duty (CED)") < text.rindex("CED case studies")
    assert " EA " not in text and "Environment Agency" in text


def test_the_house_style_glossary_is_editable_and_checked():
    style = HouseStyle.default().with_overrides({"glossary": ["PSPO: public spaces protection order"]})
    assert parse_glossary(style.glossary) == {"PSPO": "public spaces protection order"}
    with pytest.raises(HouseStyleError, match="glossary"):
        HouseStyle.default().with_overrides({"glossary": ["PSPO public spaces protection order"]})


def test_a_delay_note_is_told_as_a_sentence_or_left_out_of_the_opening():
    note = CommitmentFact(
        "commitment:1", "Publish the flood recovery toolkit", "deferred",
        updates=[UpdateFact("update:1", 4, "amber", "deferred: draft in, publishing May. Bill still in Lords; more in 2024/25.")],
    )  # fmt: skip
    clause = CommitmentFact(
        "commitment:2", "Press for recovery funding", "at_risk", delay_reason="Funding beyond March is still not agreed by the Treasury."
    )  # fmt: skip
    held = CommitmentFact(
        "commitment:3",
        "Refresh the drainage guide",
        "deferred",
        delay_reason="Held back for the new national standards.",
    )
    dropped = CommitmentFact(
        "commitment:4", "Run a survey of flood wardens", "dropped", delay_reason="Dropped at the June meeting: the national census covers it."
    )  # fmt: skip
    old = CommitmentFact(
        "commitment:5", "Train FLP chairs", "deferred", carried_from_cycle="2022/23",
        delay_reason="Not delivered in 2022/23: the trainer left.",
    )  # fmt: skip
    para = n.delivery_paragraph([note, clause, held, dropped, old])
    assert para is not None
    text = para.text
    # The note is told in sentences where it reads as one, its fragments left out.
    assert "draft in" not in text and "publishing May" not in text and "Bill still in Lords" not in text
    assert "is deferred. The Bill is still in Lords." in text
    assert "is at risk because funding beyond March is still not agreed by the Treasury." in text
    assert "is deferred: it was held back for the new national standards." in text
    assert "was dropped at the June meeting, as the national census covers it." in text
    assert "the trainer left" not in text  # last year's reason, not this year's
    assert ": dropped" not in text.lower() and "deferred: deferred" not in text


def test_progress_notes_become_sentences_or_are_dropped():
    assert n.note_sentences("Toolkit published 4 March. Guide will not be ready this cycle.") == (
        "The toolkit was published on 4 March. The guide will not be ready this cycle."
    )
    # A note with its verb left out gets it back; a bare status is dropped.
    assert n.note_sentences("Funding position unchanged; at risk.") == "The funding position was unchanged."
    assert n.note_sentences("Sign-off from councils slower than planned.") == (
        "The sign-off from councils is slower than planned."
    )
    assert n.note_sentences("No confirmed date from the Treasury (May).") == ""
    assert n.note_sentences("Blocked") == ""


def test_an_outcome_is_told_after_the_event_it_came_of():
    a = ActivityFact(
        "activity:1", "Call with the Treasury", "Call with the Treasury on recovery funding.",
        dt.date(2023, 10, 3), kinds=["lobbying"], outcome="Treasury agreed to a second meeting",
    )  # fmt: skip
    text = " ".join(p.text for p in n.theme_paragraphs([a], []))
    event, outcome = text.index("call with the Treasury"), text.index("agreed to a second meeting")
    assert event < outcome
    assert not text.startswith("Following")
