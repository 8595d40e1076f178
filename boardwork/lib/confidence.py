"""How likely a record read from a paper is right, in the words a reviewer reads.

The extractor's confidence beside its reasons for being unsure (0.6 for a kind guessed from a verb,
0.7 for work read from a minute's account, 0.8 for a name read by its form, the trained model's
probability) is no measure a reviewer can weigh; its order is. One home for the words, so the review
screen and the command line say the same.
"""

from __future__ import annotations


def likely_right(confidence: float | None) -> str:
    """ "low", "medium" or "high"; "not recorded" for a record that kept none (imported before the
    confidence was stored)."""
    if confidence is None:
        return "not recorded"
    if confidence < 0.65:
        return "low"
    return "medium" if confidence < 0.8 else "high"
