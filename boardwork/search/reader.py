"""SQLite: searches read through connections that share one page cache and one memory map per
process (settings.SEARCH_SQLITE_SHARED_READERS).

Each SQLite connection maps the database file on its own, and its first touch of each page of the
map is a page fault (~4–20 µs on the development machine), though the page is in the operating
system's cache: at 1M paragraphs a search touches a few hundred pages no other query of its
connection touched yet (the hits' rows, the covering index, FTS5's doclists), and a connection's
first searches a thousand (ADR 0008, tenth and eleventh rounds). A web process has one connection
per thread, each with its own map. These readers are opened in SQLite's shared-cache mode
(`cache=shared`), so the threads of a process share one pager, hence one map and one page cache:
a page mapped for one thread's search is mapped for the next thread's.

Shared-cache connections lock tables against each other rather than wait for each other, so the
readers are read-only (`PRAGMA query_only`) and nothing else shares their cache: Django's own
connection, which writes, stays a private one, and a reader never conflicts with it (WAL mode).
A search reads through its thread's reader only when Django's connection holds nothing a reader
could not see: outside any transaction (inside one the search must see the documents the
transaction has written, and reads through Django's connection), and not on an in-memory database.

A reader is closed and opened again after the database's CONN_MAX_AGE, as Django's connections are
(None: kept), and closed when its thread ends. A process forked while readers were open uses none.
The price of sharing: SQLite holds the shared cache's mutex for each step of a statement, so the
threads of a process take turns inside SQLite, as they take turns in Python for the GIL.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.db import connection
from django.db.backends.sqlite3._functions import register as register_functions  # type: ignore[import-untyped]
from django.db.backends.sqlite3.base import SQLiteCursorWrapper

_local = threading.local()
_lock = threading.Lock()
_open = [0]  # readers open in this process
# True in a process forked while readers were open: SQLite's list of shared caches was copied into
# it, and a reader opened here would join its parent's cache (its file handle, its locks' state).
# Such a process reads through Django's connection. gunicorn forks its workers from a master that
# never searches; bench/search.py forks after its threads, and their readers, have ended.
_forked_with_readers = [False]


# The forking thread's reader, as a child finds it: never used nor closed there (closing a
# connection inherited across a fork can release its parent's locks), only kept from the collector.
_inherited: list[_Reader] = []


def _after_fork_in_child() -> None:
    _forked_with_readers[0] = _forked_with_readers[0] or _open[0] > 0
    _open[0] = 0
    held = getattr(_local, "held", None)
    if held is not None:
        _inherited.append(held)
        _local.held = None


os.register_at_fork(after_in_child=_after_fork_in_child)


class _Reader:
    """One thread's reader; closed when the thread ends (its locals are dropped) or it is
    replaced, never in a process other than the one that opened it."""

    def __init__(self, name: str):
        self.con: sqlite3.Connection | None = None
        self.pid, self.name, self.opened = os.getpid(), name, time.monotonic()
        params = connection.get_connection_params()
        params.update(
            database=f"file:{quote(os.path.abspath(name))}?cache=shared", uri=True, check_same_thread=True
        )
        self.con = sqlite3.connect(**params)
        with _lock:
            _open[0] += 1
        register_functions(self.con)  # REGEXP (a quoted word's exact form) and Django's others
        self.con.execute("PRAGMA query_only = 1")
        self.con.execute(f"PRAGMA mmap_size = {max(0, int(settings.SEARCH_SQLITE_MMAP_MB)) << 20}")

    def usable(self, name: str) -> bool:
        max_age = connection.settings_dict.get("CONN_MAX_AGE")
        return name == self.name and (max_age is None or time.monotonic() - self.opened < max_age)

    def close(self) -> None:
        if self.pid != os.getpid():
            _inherited.append(self)  # see _inherited
            return
        if self.con is not None:
            self.con.close()
            self.con = None
            with _lock:
                _open[0] -= 1

    def __del__(self) -> None:
        self.close()


def cursor() -> Any:
    """A cursor of this thread's reader, wrapped as Django's own cursors are (its execute
    wrappers, query log and error translation are the default connection's), or None when the
    search must read through Django's connection."""
    if not settings.SEARCH_SQLITE_SHARED_READERS or connection.vendor != "sqlite" or _forked_with_readers[0]:
        return None
    if connection.in_atomic_block or (connection.connection is not None and not connection.get_autocommit()):
        return None
    name = _database_file()
    if name is None:
        return None
    held: _Reader | None = getattr(_local, "held", None)
    if held is None or held.pid != os.getpid() or not held.usable(name):
        if held is not None:
            held.close()
        _local.held = None  # closed before the next one opens: one reader a thread
        held = _local.held = _Reader(name)
    assert held.con is not None  # a reader in _local is open: each is dropped from it when closed
    raw = held.con.cursor(factory=SQLiteCursorWrapper)
    # make_cursor and make_debug_cursor wrap a database's own cursor (Django's CursorWrapper
    # takes it); django-stubs type their argument as the wrapper itself.
    if connection.queries_logged:
        return connection.make_debug_cursor(raw)  # type: ignore[arg-type]
    return connection.make_cursor(raw)  # type: ignore[arg-type]


def close() -> None:
    """Close this thread's reader, if it has one (the next search opens another)."""
    held = getattr(_local, "held", None)
    _local.held = None
    if held is not None:
        held.close()


def _database_file() -> str | None:
    """The file of Django's SQLite database (None: in memory, or named by a URI of its own)."""
    name = str(connection.settings_dict["NAME"] or "")
    if not name or name.startswith("file:") or name == ":memory:":
        return None
    return name
