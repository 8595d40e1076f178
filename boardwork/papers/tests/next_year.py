"""The quick-entry year's next work plan, for tests and the compose bench: 2023/24 rolled over into
2024/25 (its unfinished commitments carried), two new commitments under the continuing themes, and
four of the five pieces of members' feedback answered by a plan item. Cllr Ferriby's feedback is
left unanswered, so the paper must flag it. Invented, as the year itself is."""

from __future__ import annotations

import datetime as dt
from typing import Any

from boardwork.plans.models import Commitment, Review, Theme
from boardwork.plans.services import rollover

CARRY = ("c2", "c4", "c6", "c11")
NEW = {
    # feedback id: (theme of 2023/24 it continues, the proposed activity answering it)
    "f2": ("t3", "Develop practical support for FRA members on holding chief fire officers to account"),
    "f5": ("t6", "Make councillor and officer safety a priority in its own right before the May elections"),
}
ANSWERED_BY_CARRIED = {"f1": "c2", "f4": "c6"}


def plan_next_year(year: dict[str, Any]) -> dict[str, Any]:
    """Roll the quick-entry year over and answer feedback: returns the new cycle and its records."""
    ids = year["ids"]
    nxt = rollover(
        year["cycle"],
        label="2024/25",
        start=dt.date(2024, 4, 1),
        end=dt.date(2025, 3, 31),
        carry=[ids[c] for c in CARRY],
    )
    carried = {c: Commitment.objects.get(theme__cycle=nxt, carried_from=ids[c]) for c in CARRY}
    for f, c in ANSWERED_BY_CARRIED.items():
        carried[c].answers_feedback.add(ids[f])
    new = {}
    for f, (t, title) in NEW.items():
        theme = Theme.objects.get(cycle=nxt, continues=ids[t])
        c = Commitment.objects.create(
            theme=theme, title=title, order=99, review=Review.ACCEPTED, due=dt.date(2025, 3, 31)
        )
        c.answers_feedback.add(ids[f])
        new[f] = c
    return {"cycle": nxt, "carried": carried, "new": new}
