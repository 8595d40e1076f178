"""Genre rules of the fifteenth round (issue #15), from the misses of the development papers (batch 39's
and the earlier ones) at their first scores. Each case is written here for the genre, not taken from a
paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import classify

# -- the answers to the body's survey, counted ------------------------------------------------------------


def test_the_answers_to_the_bodys_survey_counted_report_research():
    text = (
        "The survey closed on 3 March 2021. A few late replies were accepted. "
        "In total 57 responses were received from the region's councils."
    )
    assert "research" in classify(text)
    assert "research" in classify("We received over 2,400 responses to our annual residents' survey.")
    # Those who answered, named in more than two words before the verb.
    assert "research" in classify("In all 64 town and parish councils completed the questionnaire.")
    # Responses counted with no survey of the body's named are not its research.
    assert "research" not in classify("Twelve responses were received to the Home Office consultation.")
    assert "research" not in classify("In total 40 responses were received.")
