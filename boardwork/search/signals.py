"""Index upkeep wired to the records' signals, in the writer's transaction.

- post_save / post_delete of papers and records (and progress updates) index or drop them; saving
  a theme or a person re-indexes the records that show its name (documents.NAMED_IN);
- m2m_changed of an activity's themes re-tags it;
- boards.signals.records_changed, sent by bulk writers (import's bulk_create, accept all's
  QuerySet.update), indexes whatever of that model is missing from the index or older than it.
"""

from __future__ import annotations

from django.db.models.signals import m2m_changed, post_delete, post_save

from boardwork.activities.models import Activity
from boardwork.boards.signals import records_changed
from boardwork.plans.models import ProgressUpdate

from . import documents, services

WATCHED = tuple(dict.fromkeys((*documents.BUILDERS, ProgressUpdate, *documents.NAMED_IN)))


def _saved(sender, instance, created=False, **kwargs):
    services.index_object(instance)
    if not created:
        services.index_named_in(instance)


def _deleted(sender, instance, **kwargs):
    services.remove_object(instance)


def _themes_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(instance, Activity):
        services.index_object(instance)


def _bulk(sender, **kwargs):
    if sender in documents.BUILDERS:
        services.sync_model(sender)


def connect() -> None:
    """Called from SearchConfig.ready()."""
    for model in WATCHED:
        post_save.connect(_saved, sender=model, dispatch_uid=f"bw-search-save-{model._meta.label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"bw-search-delete-{model._meta.label}")
    m2m_changed.connect(_themes_changed, sender=Activity.themes.through, dispatch_uid="bw-search-themes")
    records_changed.connect(_bulk, dispatch_uid="bw-search-bulk", weak=False)
