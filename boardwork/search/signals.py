"""Index upkeep wired to the records' signals, in the writer's transaction.

- post_save / post_delete of papers and records (and progress updates, activities' links to
  organisations) index or drop them; renaming a theme, person, organisation, policy, board or
  cycle re-indexes the records that show its name (documents.NAMED_IN, LABELS);
- m2m_changed of an activity's themes, policies and people re-indexes it;
- boards.signals.records_changed, sent by bulk writers (import's bulk_create, accept all's
  QuerySet.update), indexes whatever of that model is missing from the index or older than it;
  sent for activities' organisation links with `activities=[ids]`, it re-indexes those (a new
  activity marked `_index_with_links` waits for it rather than being indexed on its save too);
- connection_created: a SQLite connection reads the database through a memory map (`_mmap`).
"""

from __future__ import annotations

from django.conf import settings
from django.db.backends.signals import connection_created
from django.db.models import Model
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from boardwork.activities.models import Activity, ActivityOrganisation
from boardwork.boards.signals import records_changed

from . import documents, services

WATCHED: tuple[type[Model], ...] = tuple(
    dict.fromkeys((*documents.BUILDERS, *documents.OWNER, *documents.NAMED_IN))
)
LINKS = (Activity.themes.through, Activity.policies.through, Activity.people.through)


def _saving(sender, instance, raw=False, **kwargs):
    # The labels as stored, to tell after the save whether the records naming it need re-indexing
    # (a board saved for its settings does not re-index its archive).
    instance._search_labels = None if raw else services.labels(instance)


def _saved(sender, instance, created=False, **kwargs):
    if created and getattr(instance, "_index_with_links", False):
        # A new activity whose creator inserts its links next and then sends records_changed with
        # activities=[its id] (activities.services.save_activity): indexed once, there, with them.
        return
    if getattr(instance, "withdrawn_on", None):  # a withdrawn activity leaves the search
        services.remove_object(instance)
        return
    services.index_object(instance)
    if not created and services.relabelled(instance, getattr(instance, "_search_labels", None)):
        services.index_named_in(instance)


def _deleted(sender, instance, **kwargs):
    services.remove_object(instance)


def _links_changed(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, Activity):
        services.index_object(instance)
    elif pk_set:  # theme.activities.add(…): the activities named
        services.index_pks(Activity, sorted(pk_set))


def _bulk(sender, activities=(), **kwargs):
    if sender in documents.BUILDERS:
        services.sync_model(sender)
    elif sender is ActivityOrganisation and activities:
        services.index_pks(Activity, sorted(set(activities)))


# The SQLite file read through a memory map instead of read() into each connection's own 2 MB page
# cache (settings.SEARCH_SQLITE_MMAP_MB, 2 GB by default). A search reads FTS5's doclists and the
# hits' rows all over a large file: at 1M paragraphs (~900 MB) the map cut a query's CPU by 3-40%
# with one client (bench/search.py). Address space, not memory: the pages are the operating
# system's file cache, shared by every connection and process; but each connection maps the file
# apart, and the first touch of a page by a connection is a page fault (~20 µs on the development
# machine): see ADR 0008's tenth round for when that costs more than the reads it saves.


def _mmap(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        with connection.cursor() as cur:
            cur.execute(f"PRAGMA mmap_size = {max(0, int(settings.SEARCH_SQLITE_MMAP_MB)) << 20}")


def connect() -> None:
    """Called from SearchConfig.ready()."""
    for model in documents.LABELS:
        pre_save.connect(_saving, sender=model, dispatch_uid=f"bw-search-saving-{model._meta.label}")
    for model in WATCHED:
        post_save.connect(_saved, sender=model, dispatch_uid=f"bw-search-save-{model._meta.label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"bw-search-delete-{model._meta.label}")
    for through in LINKS:
        m2m_changed.connect(_links_changed, sender=through, dispatch_uid=f"bw-search-{through._meta.label}")
    records_changed.connect(_bulk, dispatch_uid="bw-search-bulk", weak=False)
    connection_created.connect(_mmap, dispatch_uid="bw-search-mmap")
