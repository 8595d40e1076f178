"""Signals about the records that other apps may listen to."""

from django.dispatch import Signal

# Sent after a write that Django's model signals do not see (bulk_create, QuerySet.update), so that
# anything derived from the records (the web app's page cache) knows they changed. Keyword
# argument: `using`, the database alias. Saves and deletes of single objects need no call.
records_changed = Signal()
