"""Django's database sessions, each read with one plain statement (settings.SESSION_ENGINE).

Why: every request of a signed-in person reads their session, cached page or not, and through the
ORM that read cost more processor time than the page cache's whole hit (Session.objects.get:
0.41-0.46 ms of CPU, of a hit's ~2.5 ms; the same SELECT through a cursor: 0.13-0.14 ms; measured
in-process on PostgreSQL, loaded machine). Nothing else changes: the row is read afresh on every
request, with the same conditions (this key, not expired), so a session ended elsewhere (signing
out, an expired or flushed session, another server process) ends here on the next request.
Writes, deletes and the async path are Django's own.
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.db import connections, router
from django.utils import timezone


class SessionStore(db.SessionStore):
    def load(self):
        model = self.model
        connection = connections[router.db_for_read(model)]
        # The ORM's own conversion of the moment (naive UTC on SQLite, aware on PostgreSQL), so
        # that the comparison is the one Session.objects.get(expire_date__gt=now) makes.
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT session_data FROM {connection.ops.quote_name(model._meta.db_table)} "  # noqa: S608 (a table name)
                "WHERE session_key = %s AND expire_date > %s",
                [self.session_key, now],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None  # as Django's: a missing or expired session starts afresh
            return {}
        return self.decode(row[0])
