"""Plan workflows that touch several records at once: quarterly updates, cycle rollover."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from boardwork.boards.models import Change, Cycle

from .models import Commitment, ProgressUpdate, Theme

# Work still to do at the end of a year. Complete and dropped work never carries forward.
OPEN_STATES = (
    Commitment.State.PLANNED,
    Commitment.State.ON_TRACK,
    Commitment.State.AT_RISK,
    Commitment.State.OFF_TRACK,
    Commitment.State.DEFERRED,
)


class QuarterTaken(ValidationError):
    """The quarter already has an update (raised when the caller asked only to add one)."""

    def __init__(self, update: ProgressUpdate):
        self.update = update
        super().__init__(
            f"Q{update.quarter} already has an update ({update.get_rag_display()}): change that one instead"
        )


@transaction.atomic
def record_update(
    commitment: Commitment, *, quarter: int, rag: str, commentary: str = "", user=None, replace: bool = True
) -> tuple[ProgressUpdate, bool]:
    """Record a quarter's RAG rating and commentary for `commitment`: (the update, created?).

    One update per commitment per quarter: if the quarter has one, it is changed (`replace`) or
    `QuarterTaken` is raised (not `replace`); its earlier rating and commentary stay in its history.
    The commitment's state then follows its latest rating (`Commitment.follow_rating`), logged too.
    """
    if quarter not in (1, 2, 3, 4) or rag not in ProgressUpdate.Rag.values:
        raise ValidationError("A quarter is 1 to 4 and a rating green, amber, red or complete.")
    author_name = str(getattr(user, "person", "") or user.get_username()) if user is not None else ""
    # Locks the commitment's row (PostgreSQL): two officers entering the same quarter at once queue.
    current = Commitment.objects.select_for_update().get(pk=commitment.pk)
    u = ProgressUpdate.objects.filter(commitment=commitment, quarter=quarter).first()
    created = u is None
    if created:
        u = ProgressUpdate.objects.create(
            commitment=commitment,
            quarter=quarter,
            rag=rag,
            commentary=commentary,
            author=user if getattr(user, "is_authenticated", False) else None,
            author_name=author_name,
        )
        Change.record(u, user=user, action="created")
        Change.record(
            commitment,
            user=user,
            action="progress update",
            changes={"rag": [None, u.get_rag_display()], "quarter": [None, f"Q{quarter}"]},
        )
    else:
        if not replace:
            raise QuarterTaken(u)
        before = u.snapshot(["rag", "commentary", "author_name"])
        u.rag, u.commentary = rag, commentary
        u.author = user if getattr(user, "is_authenticated", False) else None
        u.author_name = author_name
        u.save_edit(user=user, base_version=u.version, before=before)
        Change.record(
            commitment,
            user=user,
            action="progress update",
            changes={
                "rag": [ProgressUpdate.Rag(before["rag"]).label, u.get_rag_display()],
                "quarter": [f"Q{quarter}", f"Q{quarter}"],
            },
        )
    latest = current.latest_update()
    state = current.state
    if latest is not None and current.follow_rating(latest):
        current.save_edit(user=user, base_version=current.version, before={"state": state})
    commitment.state, commitment.version = current.state, current.version
    return u, created


def default_carry(cycle: Cycle):
    """The commitments a rollover carries forward unless told otherwise: the deferred ones."""
    return Commitment.objects.filter(theme__cycle=cycle, state=Commitment.State.DEFERRED)


@transaction.atomic
def rollover(
    cycle: Cycle,
    *,
    label: str,
    start: dt.date,
    end: dt.date,
    themes=None,
    carry=None,
    user=None,
    reason: str = "Carried forward at the end of the cycle",
) -> Cycle:
    """Create the cycle after `cycle` from its work plan.

    Each theme in `themes` (default: all of the cycle's themes) starts again in the new cycle,
    continuing the old one (theme lineage). Each commitment in `carry` (default: the deferred
    ones) is carried forward under its theme's successor, linked back through `carried_from`;
    unfinished ones are marked deferred in the old cycle. All or nothing; every record created
    is logged in the history.
    """
    if end <= start:
        raise ValidationError("The new cycle must end after it starts.")
    if start <= cycle.start:
        raise ValidationError("The new cycle must start after the one it follows.")
    if Cycle.objects.filter(board=cycle.board_id, label=label).exists():
        raise ValidationError(f"There is already a cycle called {label}.")
    themes = list(Theme.objects.filter(cycle=cycle) if themes is None else themes)
    carry = list(default_carry(cycle) if carry is None else carry)
    if any(t.cycle_id != cycle.pk for t in themes) or any(c.theme.cycle_id != cycle.pk for c in carry):
        raise ValidationError("Only themes and commitments of the cycle being rolled over can be carried.")

    new = Cycle.objects.create(board_id=cycle.board_id, label=label, start=start, end=end)
    Change.record(new, user=user, action="created", changes={"rolled_over_from": [None, cycle.label]})
    successor: dict[int, Theme] = {}
    for t in sorted(themes, key=lambda t: (t.order, t.pk)):
        nt = Theme.objects.create(
            cycle=new, title=t.title, order=t.order, description=t.description, continues=t
        )
        successor[t.pk] = nt
        Change.record(nt, user=user, action="created", changes={"continues": [None, str(t)]})
    for c in sorted(carry, key=lambda c: (c.theme_id, c.order, c.pk)):
        target = successor.get(c.theme_id)
        if target is None:
            raise ValidationError(f"“{c.title[:60]}” can only be carried forward if its theme continues.")
        if c.state not in (Commitment.State.COMPLETE, Commitment.State.DROPPED):
            before = c.state
            nc = c.carry_forward(target, reason=c.delay_reason)
            if before != c.state:
                Change.record(c, user=user, action="edit", changes={"state": [before, c.state]})
            Change.record(nc, user=user, action="created", changes={"carried_from": [None, cycle.label]})
    return new


def suggest_next(cycle: Cycle) -> dict:
    """Defaults for the rollover form: the same dates a year on, and the next label."""

    def plus_year(d: dt.date) -> dt.date:
        try:
            return d.replace(year=d.year + 1)
        except ValueError:  # 29 February
            return d.replace(year=d.year + 1, day=28)

    y = cycle.start.year + 1
    return {"label": f"{y}/{str(y + 1)[-2:]}", "start": plus_year(cycle.start), "end": plus_year(cycle.end)}
