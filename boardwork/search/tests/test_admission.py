"""At most BOARDWORK_SEARCH_CONCURRENCY searches at once in a process; the rest wait their turn, and
one that waits longer than BOARDWORK_SEARCH_WAIT_MS is told the search is busy (the page and the
API: 503 with Retry-After; the command: an error), never left hanging."""

import os
import subprocess
import sys
import threading
import time

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from boardwork.search import engine


def test_searches_beyond_the_limit_wait_their_turn():
    running, most, lock = 0, 0, threading.Lock()
    refused = []

    def one():
        nonlocal running, most
        try:
            with engine.turn():
                with lock:
                    running += 1
                    most = max(most, running)
                time.sleep(0.03)
                with lock:
                    running -= 1
        except engine.Busy:
            refused.append(1)

    with override_settings(SEARCH_CONCURRENCY=2, SEARCH_WAIT_MS=10_000):
        threads = [threading.Thread(target=one) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert most == 2 and not refused


def test_a_turn_given_back_goes_to_the_longest_waiter_not_to_whoever_asks_next():
    # A server thread that finishes a search and at once starts the next (holding the GIL) must
    # queue behind the searches already waiting, first come first served.
    served = []
    go = threading.Event()

    def waiter(name):
        with engine.turn():
            served.append(name)
            go.wait(5)

    with override_settings(SEARCH_CONCURRENCY=1, SEARCH_WAIT_MS=5_000):
        with engine.turn():
            threads = []
            for name in ("first", "second"):
                threads.append(threading.Thread(target=waiter, args=(name,)))
                threads[-1].start()
                time.sleep(0.2)  # waiting for its turn by now
        # The turn just given back is the first waiter's: asking again at once does not get it.
        with override_settings(SEARCH_WAIT_MS=0), pytest.raises(engine.Busy):
            with engine.turn():
                served.append("the thread that gave it back")
        go.set()
        for t in threads:
            t.join()
    assert served == ["first", "second"]


def test_no_limit_lets_every_search_run_at_once():
    with override_settings(SEARCH_CONCURRENCY=0, SEARCH_WAIT_MS=0):
        with engine.turn(), engine.turn(), engine.turn():
            pass


@pytest.mark.django_db
def test_a_search_that_gets_no_turn_in_time_is_told_the_search_is_busy(client, archive):
    with override_settings(SEARCH_CONCURRENCY=1, SEARCH_WAIT_MS=50):
        with engine.turn():  # the process's only turn, taken by another search
            r = client.get(reverse("search"), {"q": "prevent"})
            assert r.status_code == 503 and r["Retry-After"]
            html = r.content.decode()
            assert "Search is busy" in html and "2 results" not in html

            r = client.get(reverse("search-timeline"), {"q": "prevent"})
            assert r.status_code == 503 and "Search is busy" in r.content.decode()

            r = client.get("/api/search", {"q": "prevent"})
            assert r.status_code == 503 and r["Retry-After"]
            assert "busy" in r.json()["detail"]

            with pytest.raises(CommandError, match="busy"):
                call_command("search", "prevent", "--public")
        # Once the turn is given back, the same search is answered.
        r = client.get(reverse("search"), {"q": "prevent"})
        assert r.status_code == 200 and "2 results" in r.content.decode()
        assert client.get("/api/search", {"q": "prevent"}).json()["total"] == 2


def _concurrency(**env) -> str:
    # Settings load once a process: read them in a new one, as boards/tests/test_settings.py does.
    base = {k: v for k, v in os.environ.items() if k != "BOARDWORK_SEARCH_CONCURRENCY"} | env
    return subprocess.run(
        [sys.executable, "-c", "import boardwork.settings as s; print(s.SEARCH_CONCURRENCY)"],
        env=base,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_the_default_is_one_search_at_a_time_per_process_on_sqlite_and_no_limit_on_postgresql(tmp_path):
    assert _concurrency(DATABASE_URL=f"sqlite:///{tmp_path / 'bw.sqlite3'}") == "1"
    assert _concurrency(DATABASE_URL="postgres://u@127.0.0.1:5432/bw") == "0"
    assert (
        _concurrency(DATABASE_URL="postgres://u@127.0.0.1:5432/bw", BOARDWORK_SEARCH_CONCURRENCY="3") == "3"
    )
