"""Reviewing what an import recorded: accept, reject, edit (with the history of each change)."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction

from boardwork.activities.models import Activity
from boardwork.boards.models import Change
from boardwork.boards.signals import records_changed
from boardwork.plans.models import Commitment, Review, Theme

from ..models import StoredPaper

# ---------------------------------------------------------------------------------------------------
# Review
# ---------------------------------------------------------------------------------------------------


def _set_review(obj, user, state: str, action: str):
    before = obj.snapshot(["review"])
    obj.review = state
    obj.save_edit(user=user, base_version=obj.version, before=before, action=action)
    return obj


def accept(obj, user=None):
    """Accept one imported activity or commitment (logged; refused if someone saved it meanwhile)."""
    return _set_review(obj, user, Review.ACCEPTED, "accepted")


def reject(obj, user=None):
    """Reject one imported activity or commitment: it stays on record but never reaches a report."""
    return _set_review(obj, user, Review.REJECTED, "rejected")


def accept_all(paper: StoredPaper, user=None, *, sure_only: bool = False) -> int:
    """Accept everything still to review from `paper` in a handful of queries; returns how many.
    `sure_only`: leave the activities the import was unsure of (`Activity.unsure`) to be reviewed one
    by one, so that accepting in bulk never takes a flagged guess unread."""
    total = 0
    with transaction.atomic():
        for model in (Activity, Commitment):
            qs = model.objects.filter(source_paper=paper, review=Review.TO_REVIEW)
            if sure_only and model is Activity:
                # (Only activities carry the flag; the keyword spelled so that the loop's union of
                # the two models type-checks.)
                qs = qs.filter(**{"unsure": []})
            uids = list(qs.values_list("uid", flat=True))
            if not uids:
                continue
            model.objects.filter(uid__in=uids).update(review=Review.ACCEPTED, version=models.F("version") + 1)
            records_changed.send(sender=model)
            Change.record_many(
                model.objects.filter(uid__in=uids).only("uid"),
                user=user,
                action="accepted",
                changes={"review": [Review.TO_REVIEW.value, Review.ACCEPTED.value]},
            )
            total += len(uids)
    return total


_REVIEW_FIELDS = {
    Activity: ("text", "title", "kinds", "date", "nations", "outcome", "reach", "review"),
    Commitment: ("title", "owner_name", "due", "state", "delay_reason", "review"),
    Theme: ("title", "description", "order"),
}


def update_from_review(obj, user, base_version: int, changes: dict[str, Any], *, accept: bool = False):
    """Apply a reviewer's edits (and optionally accept) through `save_edit`: stale edits raise
    `StaleEdit`, every change is logged. `changes` may set 'kinds' as a list and 'date' as
    '2020-12' / '2020' / '2020-12-03' on activities, and 'themes' as a list of Theme."""
    allowed = _REVIEW_FIELDS.get(type(obj), ())
    unknown = sorted(k for k in changes if k not in allowed and k != "themes")
    if unknown:
        raise ValueError(f"cannot change {', '.join(unknown)} on a {obj._meta.verbose_name}")
    if isinstance(obj, Activity):
        from boardwork.activities.services import save_activity

        changes = dict(changes)
        if "kinds" in changes and not isinstance(changes["kinds"], list | tuple):
            changes["kinds"] = str(changes["kinds"]).split()
        if accept:
            changes["review"] = Review.ACCEPTED
        return save_activity(
            obj, changes, user=user, base_version=base_version, action="accepted" if accept else "edit"
        )
    # Commitments and themes: plain fields (an activity's kinds, date and themes are save_activity's).
    names = [k for k in changes if k != "themes"] + (["review"] if accept and "review" not in changes else [])
    before = obj.snapshot(names)
    for k, v in changes.items():
        if k != "themes":
            setattr(obj, k, v)
    if accept:
        obj.review = Review.ACCEPTED
    obj.save_edit(
        user=user, base_version=base_version, before=before, action="accepted" if accept else "edit"
    )
    return obj
