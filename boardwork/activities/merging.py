"""Merging duplicates: two entries for one activity, organisation, policy or person become one.

Each merge is one transaction: the kept record gains what only the duplicate had, every link to the
duplicate moves to it, both sides get history, and the duplicate's uid is recorded as "merged away"
so its old address leads to the record it became (`merged_into`). Split from `services.py` (saving
an activity and finding records by name), which these workflows do not use.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from boardwork.boards.models import Change, Person, boards_using
from boardwork.boards.signals import records_changed

from .models import Activity, ActivityOrganisation, Organisation, Policy


def _move_links(duplicate, keep) -> dict[str, int]:
    """Point every link to `duplicate` (foreign keys and many-to-many rows of other records) at
    `keep`, row by row: a row that would repeat one `keep` already has is dropped instead. Returns
    how many rows moved, by relation, for the history."""
    moved: dict[str, int] = {}
    for rel in type(duplicate)._meta.related_objects:
        if rel.many_to_many:
            through = rel.through
            if not through._meta.auto_created:
                continue  # a through model of ours (ActivityOrganisation) is a foreign key below
            field = rel.field.m2m_reverse_field_name()
        elif rel.one_to_many:
            through, field = rel.related_model, rel.field.name
        else:
            continue
        rows = list(through._base_manager.filter(**{field: duplicate.pk}))
        for row in rows:
            try:
                with transaction.atomic():
                    through._base_manager.filter(pk=row.pk).update(**{field: keep.pk})
            except IntegrityError:
                through._base_manager.filter(pk=row.pk).delete()
        if rows:
            moved[f"{rel.related_model._meta.verbose_name_plural}"] = len(rows)
    return moved


def _record_merge(duplicate, keep, *, name: str, moved: dict[str, int], user, boards=()) -> None:
    """History on both sides: the kept record says what was folded into it, and the merged one's
    uid keeps a "merged" entry naming the record it became (pages follow it there). For shared
    records, `boards` (those that used either, boards_using before the merge) get the merged-away
    entry in their change logs (Change.note_on_boards)."""
    Change.record(keep, user=user, action="merged", changes={"merged": [name, str(keep)], "moved": moved})
    away = Change.record(
        duplicate, user=user, action="merged away", changes={"into": [str(duplicate.uid), str(keep.uid)]}
    )
    if boards:
        Change.note_on_boards(away, boards)


def merged_into(model: type[models.Model], uid) -> Any:
    """The record a merged-away `model` uid became (following merges of merges), or None."""
    from django.contrib.contenttypes.models import ContentType

    ct = ContentType.objects.get_for_model(model)
    seen = set()
    while uid not in seen:
        seen.add(uid)
        change = Change.objects.filter(content_type=ct, object_uid=uid, action="merged away").first()
        if change is None:
            break
        uid = change.changes["into"][1]
        found = model._base_manager.filter(uid=uid).first()
        if found is not None:
            return found
    return None


@transaction.atomic
def merge_activities(duplicate: Activity, keep: Activity, *, user=None) -> Activity:
    """Fold `duplicate` into `keep` (two entries for one piece of work): `keep` gains the themes,
    organisations (with their roles), policies and people only `duplicate` had, and its source
    paper if it had none; `duplicate` is withdrawn (kept, with its history, in the board's change
    log) and recorded as merged into `keep`, where its address leads readers. One transaction,
    history on both."""
    if duplicate.pk == keep.pk:
        raise ValidationError("An activity cannot be merged into itself.")
    if duplicate.board_id != keep.board_id:
        raise ValidationError("Only activities of the same board can be merged.")
    extra_themes = [t for t in duplicate.themes.all() if t.cycle_id != keep.cycle_id]
    if extra_themes:
        raise ValidationError(
            f"The activities are in different years: {', '.join(t.title for t in extra_themes)} is not a "
            "theme of the year of the one kept."
        )
    keep.themes.add(*duplicate.themes.all())
    keep.policies.add(*duplicate.policies.all())
    keep.people.add(*duplicate.people.all())
    moved = _move_links(duplicate, keep)
    if keep.source_paper_id is None and duplicate.source_paper_id is not None:
        keep.source_paper_id = duplicate.source_paper_id
        keep.source_paragraph, keep.source_block = duplicate.source_paragraph, duplicate.source_block
    for uid, stage in (duplicate.policy_stages or {}).items():
        keep.policy_stages.setdefault(uid, stage)
    keep.version += 1
    keep.save()
    _record_merge(duplicate, keep, name=str(duplicate), moved=moved, user=user)
    from django.utils import timezone

    duplicate.withdrawn_on = timezone.now()
    duplicate.withdrawn_reason = f"Merged into “{str(keep)[:200]}”"
    duplicate.version += 1
    duplicate.save()  # withdrawn: the search drops it (search/signals.py)
    records_changed.send(sender=ActivityOrganisation)
    return keep


@transaction.atomic
def merge_organisations(duplicate: Organisation, keep: Organisation, *, user=None) -> Organisation:
    """Fold `duplicate` into `keep`: activity links and appointments move, its names become
    `keep`'s aliases (Organisation.merge_into), and its uid is recorded as merged into `keep`."""
    boards = boards_using(duplicate) | boards_using(keep)
    moved = {"appointments": duplicate.appointments.update(organisation=keep)}
    name = duplicate.name
    away = Change.record(
        duplicate, user=user, action="merged away", changes={"into": [str(duplicate.uid), str(keep.uid)]}
    )
    Change.note_on_boards(away, boards)  # on the change log of every board that used either
    duplicate.merge_into(keep, user=user)  # records "merged" on keep
    if moved["appointments"]:
        Change.record(keep, user=user, action="edit", changes={"appointments moved from": [name, None]})
    records_changed.send(sender=ActivityOrganisation)
    return keep


@transaction.atomic
def merge_policies(duplicate: Policy, keep: Policy, *, user=None) -> Policy:
    """Fold `duplicate` into `keep`: every activity's link moves (with the stage it stood at), the
    duplicate's title and aliases become `keep`'s aliases, and its uid is recorded as merged."""
    if duplicate.pk == keep.pk:
        raise ValidationError("A policy cannot be merged into itself.")
    boards = boards_using(duplicate) | boards_using(keep)
    old, new = str(duplicate.uid), str(keep.uid)
    for a in Activity.all_objects.filter(policies=duplicate).only("pk", "policy_stages"):
        if old in (a.policy_stages or {}):
            a.policy_stages.setdefault(new, a.policy_stages.pop(old))
            Activity.all_objects.filter(pk=a.pk).update(policy_stages=a.policy_stages)
    moved = _move_links(duplicate, keep)
    keep.aliases = sorted(
        {
            *(keep.aliases or []),
            *(n for n in [duplicate.title, *(duplicate.aliases or [])] if n != keep.title),
        }
    )
    name = duplicate.title
    duplicate_uid = duplicate.uid
    duplicate.delete()
    keep.save()
    duplicate.uid = duplicate_uid
    _record_merge(duplicate, keep, name=name, moved=moved, user=user, boards=boards)
    return keep


@transaction.atomic
def merge_people(duplicate: Person, keep: Person, *, user=None) -> Person:
    """Fold `duplicate` into `keep` (one person entered twice): memberships, appointments,
    attendance, commitments they own or lead, feedback and activities move to `keep`; `keep`
    takes the duplicate's account and details it lacks; the duplicate's uid is recorded as merged."""
    if duplicate.pk == keep.pk:
        raise ValidationError("A person cannot be merged into themselves.")
    if duplicate.user_id and keep.user_id and duplicate.user_id != keep.user_id:
        raise ValidationError("Both people have their own account: they are two people, not one.")
    boards = boards_using(duplicate) | boards_using(keep)
    moved = _move_links(duplicate, keep)
    account = duplicate.user_id
    for f in ("honorific", "role", "party", "council", "email", "phone"):
        if not getattr(keep, f) and getattr(duplicate, f):
            setattr(keep, f, getattr(duplicate, f))
    name = duplicate.display_name
    duplicate_uid = duplicate.uid
    duplicate.delete()
    if account and not keep.user_id:
        keep.user_id = account
    keep.save()
    duplicate.uid = duplicate_uid
    _record_merge(duplicate, keep, name=name, moved=moved, user=user, boards=boards)
    return keep
