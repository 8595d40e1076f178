"""Readiness check before composing: what would make a paper wrong or thin, each with a link to fix it.

- activities with no theme (the end of year report would list them for the officer to place) and
  activities with no cycle (placed by their date, but better recorded);
- commitments with no update for the quarter reported on, and slipped ones with no reason recorded;
- members' feedback no commitment of the plan answers (work plan);
- likely duplicate entries of one event (the paper writes them once; the log should too).

`check(board, kind, cycle, quarter)` returns the issues; the `report --check` command prints them
and the compose page shows them. Reads only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import reverse

from boardwork.activities.models import Activity
from boardwork.boards.models import Board, Cycle
from boardwork.plans.models import Commitment, Feedback, Review

from .compose.common import month_of
from .compose.delivery import SLIPPED, STATE_WORDS, recorded_reason
from .compose.grouping import duplicate_sets
from .compose.records import load_year


@dataclass
class Issue:
    code: str  # no_theme, no_cycle, no_update, no_reason, unanswered_feedback, duplicate
    message: str
    url: str | None = None  # where to fix it
    refs: list[str] = field(default_factory=list)


def _day(a) -> str:
    if a.date is None:
        return "undated"
    return a.date_display or f"{a.date.day} {month_of(a.date)} {a.date.year}"


def check(board: Board, kind: str, cycle: Cycle, quarter: int | None = None) -> list[Issue]:
    """The issues that would make the `kind` paper for `cycle` wrong or thin."""
    from .compose import latest_quarter

    kind = kind.replace("_", "-")
    issues: list[Issue] = []
    slug = board.slug
    if kind in ("end-of-year", "performance"):
        year = load_year(board, cycle)
        acts = {a.ref: a for a in year.acts}
        records = {
            a.ref: a
            for a in Activity.objects.filter(uid__in=[r.split(":", 1)[1] for r in acts]).only(
                "uid", "title", "text", "date", "date_precision", "cycle", "board"
            )
        }
        for ref, fact in acts.items():
            a = records[ref]
            edit = reverse("activity_edit", args=[slug, a.uid])
            if not fact.themes and not fact.commitment:
                issues.append(
                    Issue(
                        "no_theme",
                        f"Activity “{a}” ({_day(a)}) has no theme: give it one (the paper places it by related "
                        "work, or lists it under Other work for you to place).",
                        edit,
                        [ref],
                    )
                )
            if a.cycle_id is None:
                issues.append(
                    Issue(
                        "no_cycle",
                        f"Activity “{a}” ({_day(a)}) has no cycle: it is placed in {cycle.label} by its date.",
                        edit,
                        [ref],
                    )
                )
        for event in duplicate_sets(year.acts):
            if len(event) < 2:
                continue
            main, *rest = event
            for other in rest:
                a = records[other.ref]
                issues.append(
                    Issue(
                        "duplicate",
                        f"“{records[main.ref]}” and “{a}” ({_day(a)}) look like one event logged twice: "
                        "the paper tells it once; merge or delete one.",
                        reverse("activity_edit", args=[slug, a.uid]),
                        [main.ref, other.ref],
                    )
                )
        q = quarter or latest_quarter(cycle)
        for t in year.themes:
            for c in year.commitments.get(t.pk, []):
                if c.state in SLIPPED and not recorded_reason(c):
                    obj = year.commitment_objs[c.ref]
                    issues.append(
                        Issue(
                            "no_reason",
                            f"Commitment “{c.title[:80]}” is {STATE_WORDS.get(c.state, c.state)} with no reason "
                            f"recorded for {cycle.label}: the paper can only give its latest rating; add the reason.",
                            reverse("commitment", args=[slug, obj.uid]),
                            [c.ref],
                        )
                    )
                if c.state in ("dropped",) or any(u.quarter == q for u in c.updates):
                    continue
                obj = year.commitment_objs[c.ref]
                issues.append(
                    Issue(
                        "no_update",
                        f"Commitment “{c.title[:80]}” has no update for quarter {q}.",
                        reverse("commitment", args=[slug, obj.uid]),
                        [c.ref],
                    )
                )
    if kind == "work-plan":
        prev = cycle.previous()
        feedback = Feedback.objects.filter(cycle__in=[x for x in (cycle, prev) if x]).select_related("person")
        answered = set(
            Commitment.answers_feedback.through.objects.filter(
                commitment__theme__cycle=cycle, commitment__review=Review.ACCEPTED
            ).values_list("feedback_id", flat=True)
        )
        for f in feedback:
            if f.pk in answered:
                continue
            who = f.giver_name("A member")
            issues.append(
                Issue(
                    "unanswered_feedback",
                    f"{who}'s feedback (“{f.text.strip()[:70]}…”) is answered by no commitment in the "
                    f"{cycle.label} plan.",
                    reverse("feedback", args=[slug]),
                    [f.ref],
                )
            )
    return issues
