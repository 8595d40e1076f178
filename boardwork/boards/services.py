"""Whole-board workflows: the JSON backup (export and load); meetings, their agenda, attendance
and the actions their minutes set (tracked until closed).

The backup is Django's serialisation of every record about one board, with records referring to
each other by uid (natural keys), never by database id. So a backup loads into an empty database,
loading it again updates the same records instead of doubling them, and export → load → export
gives the same JSON. Accounts, passwords and the edit history are not in it; stored paper files are
named but their bytes are not included.
"""

from __future__ import annotations

import json
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.serializers.base import DeserializationError
from django.db import IntegrityError, transaction

from .models import Board

BACKUP_FORMAT = "boardwork.backup/1"

# Dependency order: a record comes after what it points to.
MODELS = [
    "boards.board",
    "boards.person",
    "boards.membership",
    "boards.cycle",
    "boards.meeting",
    "papers.paper",
    "boards.agendaitem",
    "boards.action",
    "plans.theme",
    "plans.commitment",
    "plans.progressupdate",
    "plans.feedback",
    "activities.organisation",
    "activities.policy",
    "activities.activity",
    "activities.activityorganisation",
]


class BackupError(ValueError):
    """A backup file that cannot be loaded; the message names the record."""


def board_querysets(board: Board) -> dict[str, Any]:
    """Every record about `board`, model by model, in MODELS order."""
    from boardwork.activities.models import Activity, ActivityOrganisation, Organisation, Policy
    from boardwork.boards.models import Action, AgendaItem, Cycle, Meeting, Membership, Person
    from boardwork.papers.models import Paper
    from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Theme

    ancestors, node = [], board
    while node is not None:
        ancestors.append(node.pk)
        node = node.parent
    activities = Activity.objects.filter(board=board)
    commitments = Commitment.objects.filter(theme__cycle__board=board)
    person_ids = (
        set(Membership.objects.filter(board=board).values_list("person", flat=True))
        | set(activities.values_list("people", flat=True))
        | set(commitments.values_list("owner", flat=True))
        | set(Feedback.objects.filter(cycle__board=board).values_list("person", flat=True))
        | set(commitments.values_list("lead_officer", flat=True))
        | set(Meeting.objects.filter(board=board).values_list("attendees", flat=True))
        | set(Meeting.objects.filter(board=board).values_list("apologies", flat=True))
    )
    return {
        "boards.board": Board.objects.filter(pk__in=ancestors),
        "boards.person": Person.objects.filter(pk__in=person_ids - {None}),
        "boards.membership": Membership.objects.filter(board=board),
        "boards.cycle": Cycle.objects.filter(board=board),
        "boards.meeting": Meeting.objects.filter(board=board),
        "papers.paper": Paper.objects.filter(board=board),
        "boards.agendaitem": AgendaItem.objects.filter(meeting__board=board),
        "boards.action": Action.objects.filter(meeting__board=board),
        "plans.theme": Theme.objects.filter(cycle__board=board),
        "plans.commitment": commitments,
        "plans.progressupdate": ProgressUpdate.objects.filter(commitment__theme__cycle__board=board),
        "plans.feedback": Feedback.objects.filter(cycle__board=board),
        "activities.organisation": Organisation.objects.filter(activities__board=board).distinct(),
        "activities.policy": Policy.objects.filter(activities__board=board).distinct(),
        "activities.activity": activities,
        "activities.activityorganisation": ActivityOrganisation.objects.filter(activity__board=board),
    }


def _exported_fields(model) -> list[str]:
    """All fields but links to user accounts (accounts are not part of a board's record)."""
    user_model = get_user_model()
    names = []
    for f in model._meta.get_fields():
        if f.auto_created or not getattr(f, "concrete", False) and not f.many_to_many:
            continue
        if f.is_relation and f.related_model is user_model:
            continue
        if f.many_to_many and not f.remote_field.through._meta.auto_created:
            continue  # the through model is exported on its own
        names.append(f.name)
    return names


def export_board(board: Board) -> dict[str, Any]:
    records: list[dict] = []
    for label, qs in board_querysets(board).items():
        model = apps.get_model(label)
        text = serializers.serialize(
            "json",
            qs.order_by("pk"),
            fields=_exported_fields(model),
            use_natural_foreign_keys=True,
            use_natural_primary_keys=True,
        )
        records.extend(json.loads(text))
    return {"format": BACKUP_FORMAT, "board": board.slug, "records": records}


def export_board_json(board: Board) -> str:
    return json.dumps(export_board(board), indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def load_backup(data: dict[str, Any]) -> dict[str, int]:
    """Load a backup made by export_board. All or nothing: any bad record and nothing is saved.
    Returns the number of records loaded per model."""
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise BackupError(f"not a Boardwork backup (expected format {BACKUP_FORMAT})")
    records = data.get("records")
    if not isinstance(records, list):
        raise BackupError("the backup has no list of records")
    allowed = set(MODELS)
    for i, rec in enumerate(records, start=1):
        if not isinstance(rec, dict) or rec.get("model") not in allowed:
            raise BackupError(
                f"record {i}: unknown or missing model {rec.get('model') if isinstance(rec, dict) else rec!r}"
            )
    counts: dict[str, int] = {}
    try:
        with transaction.atomic():
            deferred = []
            objects = serializers.deserialize(
                "json", json.dumps(records), handle_forward_references=True, ignorenonexistent=False
            )
            for i, obj in enumerate(objects, start=1):
                try:
                    obj.save()
                except (IntegrityError, ValueError) as e:
                    raise BackupError(f"record {i} ({obj.object._meta.label_lower}): {e}") from None
                if obj.deferred_fields:
                    deferred.append(obj)
                counts[obj.object._meta.label_lower] = counts.get(obj.object._meta.label_lower, 0) + 1
            for obj in deferred:
                obj.save_deferred_fields()
    except DeserializationError as e:
        raise BackupError(f"a record could not be read: {e}") from None
    return counts


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
