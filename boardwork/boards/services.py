"""Whole-board workflows: the JSON backup (export and load).

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
