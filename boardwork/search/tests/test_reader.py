"""SQLite: searches outside a transaction read through per-thread read-only connections that share
one cache per process (search/reader.py)."""

import os
import sqlite3
import threading

import pytest
from django.db import connection, transaction
from django.db.utils import OperationalError

from boardwork.search import reader, services
from boardwork.search.scope import scope_for

from .conftest import make_paper

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def on_file(tmp_path, monkeypatch):
    """The test database (in memory) copied to a file, which the readers open; Django's
    connection keeps reading the one in memory."""
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's readers only")

    def copy():
        path = tmp_path / f"copy{len(list(tmp_path.iterdir()))}.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as dest:
            connection.connection.backup(dest)
        dest.close()
        monkeypatch.setattr(reader, "_database_file", lambda: str(path))
        return path

    yield copy
    reader.close()


def answers(result):
    return (
        [h.doc.pk for h in result.hits],
        result.total,
        result.capped,
        {k: dict(v) for k, v in result.facets.items()},
    )


@pytest.mark.parametrize("q", ["prevent", "council", '"Welsh LGA"', "roundtable -taxi", '"Prevent"'])
def test_readers_find_what_djangos_connection_finds(archive, admin_user, member, on_file, settings, q):
    on_file()
    for who in (scope_for(admin_user), scope_for(member)):
        settings.SEARCH_SQLITE_SHARED_READERS = False
        assert reader.cursor() is None
        alone = services.search(who, q)
        settings.SEARCH_SQLITE_SHARED_READERS = True
        assert reader.cursor() is not None
        shared = services.search(who, q)
        assert reader._local.held is not None  # the search read through this thread's reader
        assert answers(shared) == answers(alone)
    assert any(answers(services.search(scope_for(admin_user), w))[1] for w in ("prevent", "council"))


def test_a_search_inside_a_transaction_sees_its_writes(board, cycles, admin_user, on_file, settings):
    """Inside a transaction the search reads through Django's connection, which sees what the
    transaction wrote; a reader (another connection) would not."""
    settings.SEARCH_SQLITE_SHARED_READERS = True
    on_file()
    assert services.search(scope_for(admin_user), "zanzibar").total == 0
    with transaction.atomic():
        make_paper(board, cycles[0], "Zanzibar", ["The Zanzibar partnership met twice."], published=True)
        assert reader.cursor() is None
        assert services.search(scope_for(admin_user), "zanzibar").total >= 1
    # Committed, but not to the copy the readers read: outside the transaction they are used.
    assert reader.cursor() is not None
    assert services.search(scope_for(admin_user), "zanzibar").total == 0


def test_readers_cannot_write(archive, on_file, settings):
    settings.SEARCH_SQLITE_SHARED_READERS = True
    on_file()
    with reader.cursor() as cur:
        cur.execute("SELECT count(*) FROM search_searchdoc")
        assert cur.fetchone()[0] > 0
        with pytest.raises(OperationalError):
            cur.execute("DELETE FROM search_searchdoc")


def test_each_thread_has_its_reader_closed_when_the_thread_ends(archive, on_file, settings):
    settings.SEARCH_SQLITE_SHARED_READERS = True
    on_file()
    before = reader._open[0]
    opened, done = threading.Barrier(3), threading.Event()
    seen = []

    def search():
        with reader.cursor() as cur:
            cur.execute("SELECT count(*) FROM search_searchdoc")
            seen.append((reader._local.held.con, cur.fetchone()[0]))
        opened.wait()
        done.wait()

    threads = [threading.Thread(target=search) for _ in range(2)]
    for t in threads:
        t.start()
    opened.wait()
    assert reader._open[0] == before + 2
    assert seen[0][0] is not seen[1][0] and seen[0][1] == seen[1][1] > 0
    done.set()
    for t in threads:
        t.join()
    seen.clear()
    assert reader._open[0] == before


def test_a_reader_is_opened_again_after_conn_max_age(archive, on_file, settings, monkeypatch):
    settings.SEARCH_SQLITE_SHARED_READERS = True
    on_file()
    reader.cursor().close()
    first = reader._local.held
    reader.cursor().close()
    assert reader._local.held is first  # kept (CONN_MAX_AGE 60 or None)
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", 0)
    reader.cursor().close()
    assert reader._local.held is not first and first.con is None  # the old one closed


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork")
def test_a_process_forked_with_readers_open_reads_through_djangos_connection(archive, on_file, settings):
    """SQLite's list of shared caches is copied into a forked child: a reader opened there would
    join its parent's cache. So a child forked while readers are open uses none."""
    settings.SEARCH_SQLITE_SHARED_READERS = True
    on_file()
    reader.cursor().close()  # this thread's reader, open across the fork
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os._exit(0 if reader.cursor() is None else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert reader.cursor() is not None  # the parent keeps its own
