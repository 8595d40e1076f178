"""Whole-board workflows: the per-board JSON backup (`boardwork export` / `boardwork load`);
meetings, their agenda, attendance and the actions their minutes set (tracked until closed).

The backup code lives in `boards/backup.py` with the archives of `boardwork backup` / `restore`,
which write and read the same records; the names here are kept for their callers.
"""

from __future__ import annotations

import json

from django.core.exceptions import ValidationError
from django.db import transaction

from .backup import BACKUP_FORMAT, BackupError, board_querysets, export_board, load_backup
from .backup import BOARD_MODELS as MODELS
from .models import CHANGE_KINDS as CHANGE_KINDS  # noqa: PLC0414 (the log's kinds, named here too)
from .models import Board

__all__ = ["BACKUP_FORMAT", "MODELS", "BackupError", "board_querysets", "export_board", "load_backup"]


def export_board_json(board: Board) -> str:
    return json.dumps(export_board(board), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


# -- meetings, agenda and actions -------------------------------------------------------------------


@transaction.atomic
def create_meeting(board: Board, *, user=None, attendees=(), apologies=(), **fields):
    """A new meeting of `board`, put in the cycle its date falls in unless one is given."""
    from .models import Change, Meeting

    if fields.get("cycle") is None and fields.get("date"):
        fields["cycle"] = board.cycles.filter(start__lte=fields["date"], end__gte=fields["date"]).first()
    meeting = Meeting(board=board, **fields)
    meeting.full_clean()
    meeting.save()
    meeting.attendees.set(attendees)
    meeting.apologies.set(apologies)
    Change.record(meeting, user=user, action="created")
    return meeting


def set_attendance(meeting, *, attendees, apologies, user=None) -> None:
    """Record who attended and who sent apologies (a person is in one list at most)."""
    from .models import Change

    attendees, apologies = list(attendees), list(apologies)
    both = {p.pk for p in attendees} & {p.pk for p in apologies}
    if both:
        raise ValidationError("A person either attended or sent apologies, not both.")
    before = {
        "attendees": sorted(str(p) for p in meeting.attendees.all()),
        "apologies": sorted(str(p) for p in meeting.apologies.all()),
    }
    meeting.attendees.set(attendees)
    meeting.apologies.set(apologies)
    after = {"attendees": sorted(map(str, attendees)), "apologies": sorted(map(str, apologies))}
    diff = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
    if diff:
        Change.record(meeting, user=user, action="attendance", changes=diff)


@transaction.atomic
def add_agenda_item(meeting, *, user=None, **fields):
    """Add an item at the end of `meeting`'s agenda (numbered next unless a number is given)."""
    from .models import AgendaItem, Change

    last = meeting.agenda.order_by("-order", "-id").first()
    order = (last.order if last else 0) + 1
    if not fields.get("number"):
        fields["number"] = str(meeting.agenda.count() + 1)
    item = AgendaItem(meeting=meeting, order=order, **fields)
    item.full_clean()
    item.save()
    Change.record(item, user=user, action="created")
    return item


@transaction.atomic
def add_action(meeting, *, user=None, **fields):
    """An action from `meeting`'s minutes, open until closed."""
    from .models import Action, Change

    action = Action(meeting=meeting, **fields)
    action.full_clean()
    action.save()
    Change.record(action, user=user, action="created")
    return action


def close_action(action, *, status, on=None, by=None, note: str = "", user=None) -> None:
    """Close an action as done or dropped (on a date, by a later meeting), with its history."""
    fields = ["status", "closed_on", "closed_by", "note"]
    before = action.snapshot(fields)
    action.close(status=status, on=on, by=by, note=note)
    action.full_clean()
    action.save_edit(user=user, base_version=action.version, before=before, action="closed")


def actions_for(board: Board, *, owner: str = "", status: str = "", overdue: bool = False, today=None):
    """The board's actions, filtered by owner (words in the owner's name), status and overdue,
    oldest meeting first."""
    from .models import Action

    qs = Action.objects.filter(meeting__board=board).select_related("meeting", "closed_by")
    if owner:
        qs = qs.filter(owner__icontains=owner.strip())
    if status:
        qs = qs.filter(status=status)
    if overdue:
        qs = qs.overdue(today)
    return qs.order_by("meeting__date", "id")


def reopen_action(action, *, user=None) -> None:
    """Open a closed action again (closed in error): its closing date and meeting are cleared."""
    from .models import Action

    fields = ["status", "closed_on", "closed_by"]
    before = action.snapshot(fields)
    action.status, action.closed_on, action.closed_by = Action.Status.OPEN, None, None
    action.save_edit(user=user, base_version=action.version, before=before, action="reopened")


@transaction.atomic
def move_agenda_item(item, step: int, *, user=None) -> None:
    """Move an agenda item `step` places up (negative) or down its meeting's agenda."""
    from .models import AgendaItem, Change
    from .signals import records_changed

    items = list(AgendaItem.objects.filter(meeting=item.meeting_id).order_by("order", "id"))
    i = next(i for i, x in enumerate(items) if x.pk == item.pk)
    items.insert(max(0, min(len(items) - 1, i + step)), items.pop(i))
    for position, x in enumerate(items, start=1):
        if x.order != position:
            AgendaItem.objects.filter(pk=x.pk).update(order=position, version=x.version + 1)
            Change.record(x, user=user, action="reordered", changes={"order": [x.order, position]})
    records_changed.send(sender=AgendaItem)


# -- the sign-off chain --------------------------------------------------------------------------


@transaction.atomic
def set_signoff_chain(board: Board, roles: list[str], *, user=None) -> list[str]:
    """Set the membership roles that must approve `board`'s papers, in order (e.g. officer, then
    chair). Each role once, at least one, at most five; logged in the board's history in the same
    transaction. An empty list goes back to the default chain (papers/drafts.default_chain).
    Papers already in sign-off follow the new chain from their next step."""
    from boardwork.papers.models import SignoffChain

    from .models import Change, Membership

    roles = [str(r) for r in roles]
    unknown = [r for r in roles if r not in Membership.Role.values]
    if unknown:
        raise ValidationError({"roles": f"Not a role on a board: {', '.join(unknown)}."})
    if len(set(roles)) != len(roles):
        raise ValidationError({"roles": "Name each role once."})
    if len(roles) > 5:
        raise ValidationError({"roles": "A sign-off chain has at most five steps."})
    chain = SignoffChain.objects.select_for_update().filter(board=board).first()
    before = list(chain.roles) if chain else []
    if before == roles:
        return roles
    if chain is None:
        chain = SignoffChain(board=board)
    chain.roles = roles
    chain.save()
    Change.record(board, user=user, action="sign-off chain", changes={"signoff_chain": [before, roles]})
    return roles


# -- the board-wide change log ---------------------------------------------------------------------


def board_changes(board: Board, *, kind: str = "", user: str = "", action: str = ""):
    """The history of every record of `board`, newest first: one query on the board column of
    the history (models.Change.board), which keeps the entries of records merged away or deleted
    since. Narrowed to a kind of record (a CHANGE_KINDS key), a username and an action."""
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    from .models import Change

    qs = Change.objects.filter(board=board).select_related("user", "content_type")
    if kind in CHANGE_KINDS:
        qs = qs.filter(content_type=ContentType.objects.get_for_model(apps.get_model(CHANGE_KINDS[kind][0])))
    if user:
        qs = qs.filter(user__username=user)
    if action:
        qs = qs.filter(action=action)
    return qs.order_by("-at", "-id")
