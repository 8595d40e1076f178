"""Plan workflows that touch several records at once: cycle rollover, making a cycle's plan
(themes created, reordered, merged and retired), a quarter's updates entered together, and drafting
next year's plan (feedback answered, slipped work carried forward).

Every function writes its history (`Change`) in the same transaction as the change."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from boardwork.boards.models import Change, Cycle
from boardwork.boards.signals import records_changed
from boardwork.lib.cycles import cycle_label

from .models import Commitment, Feedback, ProgressUpdate, Review, Theme

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
    if u is None:
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
    return Commitment.objects.filter(
        theme__cycle=cycle, theme__retired_on__isnull=True, state=Commitment.State.DEFERRED
    )


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
    # A retired theme does not continue (nor does its work, unless carried under another theme).
    themes = list(Theme.objects.filter(cycle=cycle, retired_on__isnull=True) if themes is None else themes)
    carry = list(default_carry(cycle) if carry is None else carry)
    if any(t.cycle_id != cycle.pk for t in themes) or any(c.theme.cycle_id != cycle.pk for c in carry):
        raise ValidationError("Only themes and commitments of the cycle being rolled over can be carried.")
    retired = [t.title for t in themes if t.retired_on]
    if retired:
        raise ValidationError(f"A retired theme does not continue: {', '.join(retired)}.")

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
            carry_forward(c, target, reason=c.delay_reason, user=user)
    return new


@transaction.atomic
def carry_forward(commitment: Commitment, theme: Theme, *, reason: str = "", user=None) -> Commitment:
    """Carry unfinished `commitment` into `theme` of a later cycle (Commitment.carry_forward) and
    log both sides: the new commitment created, the old one's state if it became deferred."""
    if commitment.state in (Commitment.State.COMPLETE, Commitment.State.DROPPED):
        raise ValidationError("Complete and dropped work is not carried forward.")
    if theme.cycle.board_id != commitment.theme.cycle.board_id:
        raise ValidationError("Work can only be carried forward within its board.")
    before = commitment.state
    new = commitment.carry_forward(theme, reason=reason)
    if before != commitment.state:
        Change.record(commitment, user=user, action="edit", changes={"state": [before, commitment.state]})
    Change.record(
        new, user=user, action="created", changes={"carried_from": [None, commitment.theme.cycle.label]}
    )
    return new


# -- making a cycle's plan -----------------------------------------------------------------------


@transaction.atomic
def create_theme(
    cycle: Cycle, *, title: str, description: str = "", continues=None, agreed_at=None, user=None
) -> Theme:
    """Add a theme at the end of `cycle`'s plan (checked by Theme.clean: lineage and meeting)."""
    last = Theme.objects.filter(cycle=cycle).order_by("-order").values_list("order", flat=True).first()
    theme = Theme(
        cycle=cycle,
        title=title,
        description=description,
        continues=continues,
        agreed_at=agreed_at,
        order=(last or 0) + 1,
    )
    theme.full_clean()
    theme.save()
    changes = {"continues": [None, str(continues)]} if continues else {}
    Change.record(theme, user=user, action="created", changes=changes)
    return theme


@transaction.atomic
def reorder_themes(cycle: Cycle, themes: list[Theme], *, user=None) -> None:
    """Put `cycle`'s themes in the order given (every theme of the cycle, each once)."""
    current = {t.pk: t for t in Theme.objects.filter(cycle=cycle)}
    if sorted(t.pk for t in themes) != sorted(current):
        raise ValidationError("Give every theme of the cycle once to reorder them.")
    for position, t in enumerate(themes, start=1):
        t = current[t.pk]
        if t.order != position:
            Change.record(t, user=user, action="reordered", changes={"order": [t.order, position]})
            Theme.objects.filter(pk=t.pk).update(order=position, version=t.version + 1)
    records_changed.send(sender=Theme)


def move_theme(theme: Theme, step: int, *, user=None) -> None:
    """Move a theme `step` places up (negative) or down the plan."""
    themes = list(Theme.objects.filter(cycle=theme.cycle_id).order_by("order", "id"))
    i = next(i for i, t in enumerate(themes) if t.pk == theme.pk)
    j = max(0, min(len(themes) - 1, i + step))
    themes.insert(j, themes.pop(i))
    reorder_themes(theme.cycle, themes, user=user)


@transaction.atomic
def retire_theme(theme: Theme, *, on: dt.date | None = None, user=None, undo: bool = False) -> None:
    """Retire a theme (kept with its records, takes no new work), or bring it back with undo."""
    before = theme.snapshot(["retired_on"])
    theme.retired_on = None if undo else (on or dt.date.today())
    theme.save_edit(
        user=user, base_version=theme.version, before=before, action="restored" if undo else "retired"
    )


@transaction.atomic
def merge_themes(source: Theme, target: Theme, *, user=None) -> Theme:
    """Merge `source` into `target` (same cycle): its commitments, activities, feedback and the
    themes that continue it move to `target`, which records the merge; `source` is deleted."""
    from boardwork.activities.models import Activity

    if source.pk == target.pk:
        raise ValidationError("Choose a different theme: a theme cannot be merged into itself.")
    if source.cycle_id != target.cycle_id:
        raise ValidationError("Only themes of the same cycle can be merged.")
    offset = target.commitments.count()
    moved = list(source.commitments.order_by("order", "id"))
    for i, c in enumerate(moved):
        Commitment.objects.filter(pk=c.pk).update(theme=target, order=offset + i)
    acts = list(Activity.objects.filter(themes=source))
    target.activities.add(*acts)
    source.activities.clear()
    source.feedback.update(theme=target)
    source.continued_by.update(continues=target)
    if target.continues_id is None and source.continues_id:
        target.continues_id = source.continues_id
    target.description = target.description or source.description
    target.save()
    Change.record(
        target,
        user=user,
        action="merged",
        changes={
            "merged": [source.title, target.title],
            "commitments": [None, len(moved)],
            "activities": [None, len(acts)],
        },
    )
    Change.record(source, user=user, action="merged", changes={"merged_into": [source.title, target.title]})
    source.delete()
    records_changed.send(sender=Theme)
    return target


@transaction.atomic
def create_commitment(theme: Theme, *, user=None, answers=(), **fields) -> Commitment:
    """Add a commitment at the end of `theme` (checked by Commitment.clean: carried_from)."""
    if theme.retired_on:
        raise ValidationError(f"“{theme.title}” is retired: it takes no new commitments.")
    last = theme.commitments.order_by("-order").values_list("order", flat=True).first()
    c = Commitment(theme=theme, order=(last or 0) + 1, **fields)
    c.full_clean(exclude=["source_paper"])
    c.save()
    if answers:
        c.answers_feedback.set(answers)
    Change.record(c, user=user, action="created")
    return c


# -- one quarter's updates --------------------------------------------------------------------------


def quarter_rows(cycle: Cycle, quarter: int) -> list[dict]:
    """Every commitment of `cycle` (not rejected) with its update for `quarter` (None if none yet)
    and the latest update of an earlier quarter: the quarter grid's rows, in plan order.

    Three queries whatever the size of the plan."""
    commitments = list(
        Commitment.objects.filter(theme__cycle=cycle)
        .exclude(review=Review.REJECTED)
        .select_related("theme", "owner")
        .order_by("theme__order", "theme_id", "order", "id")
    )
    updates = ProgressUpdate.objects.filter(commitment__in=commitments, quarter__lte=quarter).order_by(
        "quarter", "created", "id"
    )
    this: dict[int, ProgressUpdate] = {}
    before: dict[int, ProgressUpdate] = {}
    for u in updates:  # later ones overwrite earlier: the newest of each quarter wins
        (this if u.quarter == quarter else before)[u.commitment_id] = u
    return [{"commitment": c, "update": this.get(c.pk), "previous": before.get(c.pk)} for c in commitments]


@transaction.atomic
def save_quarter(cycle: Cycle, quarter: int, entries: list[dict], *, user=None) -> int:
    """Save a quarter's ratings for many commitments at once: `entries` are dicts of commitment,
    rag and commentary. Each goes through record_update (the rule every update follows); an entry
    with no rating, or the same rating and commentary as the quarter has, is skipped. Returns how
    many updates were written."""
    rated = [e for e in entries if e.get("rag")]
    if any(e["commitment"].theme.cycle_id != cycle.pk for e in rated):
        raise ValidationError("Only commitments of the cycle can be rated here.")
    current = {
        u.commitment_id: u
        for u in ProgressUpdate.objects.filter(
            commitment__in=[e["commitment"] for e in rated], quarter=quarter
        )
    }
    n = 0
    for e in rated:
        c, commentary = e["commitment"], e.get("commentary", "")
        same = current.get(c.pk)
        if same is not None and (same.rag, same.commentary) == (e["rag"], commentary):
            continue
        record_update(c, quarter=quarter, rag=e["rag"], commentary=commentary, user=user)
        n += 1
    return n


# -- drafting next year's plan ---------------------------------------------------------------------


def carry_forward_candidates(cycle: Cycle) -> list[Commitment]:
    """What slipped in the cycle before `cycle`: its unfinished commitments (OPEN_STATES) not yet
    carried into `cycle`."""
    previous = cycle.previous()
    if previous is None:
        return []
    already = Commitment.objects.filter(theme__cycle=cycle, carried_from__isnull=False).values("carried_from")
    return list(
        Commitment.objects.filter(theme__cycle=previous, state__in=OPEN_STATES)
        .exclude(review=Review.REJECTED)
        .exclude(pk__in=already)
        .select_related("theme", "owner")
        .order_by("theme__order", "order", "id")
    )


def successor_theme(cycle: Cycle, theme: Theme) -> Theme | None:
    """The theme of `cycle` that continues `theme`, if there is one."""
    return Theme.objects.filter(cycle=cycle, continues=theme).order_by("order").first()


@transaction.atomic
def answer_feedback(feedback: Feedback, commitments, *, user=None) -> None:
    """Record which commitments answer a piece of members' feedback (replacing the earlier answer)."""
    commitments = list(commitments)
    if any(c.theme.cycle.board_id != feedback.cycle.board_id for c in commitments):
        raise ValidationError("Answer feedback with the board's own commitments.")
    before = sorted(c.title[:60] for c in feedback.answered_by.all())
    feedback.answered_by.set(commitments)
    after = sorted(c.title[:60] for c in commitments)
    if before != after:
        Change.record(feedback, user=user, action="answered", changes={"answered_by": [before, after]})


def suggest_next(cycle: Cycle) -> dict:
    """Defaults for the rollover form: the same dates a year on, and the next label."""

    def plus_year(d: dt.date) -> dt.date:
        try:
            return d.replace(year=d.year + 1)
        except ValueError:  # 29 February
            return d.replace(year=d.year + 1, day=28)

    y = cycle.start.year + 1
    return {"label": cycle_label(y), "start": plus_year(cycle.start), "end": plus_year(cycle.end)}
