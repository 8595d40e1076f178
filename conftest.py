"""Shared pytest fixtures: the personas every permission test uses, and the shared test world."""

import copy
import datetime as dt

import pytest


def pytest_configure(config):
    # Background jobs run inside the request in tests, so a test sees a job's result when start()
    # returns; the server itself uses the database queue and its worker. TASKS_IMMEDIATE=0 in the
    # environment keeps the queue (settings.py reads it).
    import os

    if os.environ.get("TASKS_IMMEDIATE") is None:
        from django.conf import settings
        from django.test.signals import setting_changed

        settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
        setting_changed.send(sender=None, setting="TASKS", value=settings.TASKS, enter=True)


@pytest.fixture(scope="session", autouse=True)
def _test_settings(tmp_path_factory):
    """For the whole run (each pytest-xdist worker has its own): fast password hashing, and uploaded
    files in a temporary folder of this worker rather than the project's var/media."""
    from django.test import override_settings

    # PBKDF2's deliberate slowness is for production; tests only need passwords to work. Session-wide,
    # so worlds built once per module (below) get it too.
    with override_settings(
        PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
        MEDIA_ROOT=tmp_path_factory.mktemp("media"),
        # Every test Client builds its own middleware; pytest-django turns DEBUG off, so WhiteNoise
        # would otherwise list and stat every static file each time (a third of a page test's time).
        # Autorefresh finds a static file when it is asked for, as in development.
        WHITENOISE_AUTOREFRESH=True,
    ):
        yield


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """A transaction around a whole test module, rolled back at its end (TestCase.setUpTestData's
    pattern): records that a module-scoped fixture builds in it are made once and seen by every test
    of the module, each test running in a savepoint inside it (the `db` fixture). Not for a module
    with transactional tests, which would empty the tables under it."""
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        # Marked as Django's TestCase marks its own: code that waits for a commit (the page cache's
        # data version) knows this transaction is never committed.
        outer._from_testcase = True
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture(scope="module")
def _world_built(module_db):
    from boardwork.web.tests.web_fixtures import build_world

    return build_world()


@pytest.fixture
def world(_world_built, db):
    """The shared world (web/tests/web_fixtures.build_world): two boards, a user for each persona
    (officer, member, outsider, admin, nobody; `client_for(world, "anonymous")` for none) and records
    of every kind. Built once per test module; a deep copy per test, so a test that changes an
    instance in memory does not leak into the next (its database changes are rolled back)."""
    return copy.deepcopy(_world_built)


@pytest.fixture(autouse=True)
def _empty_cache():
    # Django's cache lives in the process, across tests, while each test's database is rolled back:
    # a page cached by one test could otherwise be served, under the same data version, to the next.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def board(db):
    from boardwork.boards.models import Board

    return Board.objects.create(name="Safer and Stronger Communities Board", slug="sscb")


@pytest.fixture
def other_board(db):
    from boardwork.boards.models import Board

    return Board.objects.create(name="Culture, Tourism and Sport Board", slug="ctsb")


def _user_on(board, username, role):
    from django.contrib.auth import get_user_model

    from boardwork.boards.models import Membership, Person

    user = get_user_model().objects.create_user(username=username, password="correct-horse-battery")
    person = Person.objects.create(
        name=username.title(), user=user, kind="officer" if role == "officer" else "councillor"
    )
    Membership.objects.create(board=board, person=person, role=role, start=dt.date(2000, 1, 1))
    return user


@pytest.fixture
def officer(board):
    """Supports the board: may edit it."""
    return _user_on(board, "officer", "officer")


@pytest.fixture
def member(board):
    """Sits on the board: may read it and give feedback."""
    return _user_on(board, "member", "member")


@pytest.fixture
def outsider(other_board):
    """An officer of another board: sees nothing of ours."""
    return _user_on(other_board, "outsider", "officer")


@pytest.fixture
def admin_user(db):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_superuser("root", "root@example.org", "correct-horse-battery")


@pytest.fixture
def cycles(board):
    from boardwork.boards.models import Cycle

    return (
        Cycle.objects.create(
            board=board, label="2020/21", start=dt.date(2020, 9, 1), end=dt.date(2021, 8, 31)
        ),
        Cycle.objects.create(
            board=board, label="2021/22", start=dt.date(2021, 9, 1), end=dt.date(2022, 8, 31)
        ),
    )


@pytest.fixture(scope="module")
def _quick_entry_built(module_db):
    from pathlib import Path

    from boardwork.boards.quickentry import load_quick_entry

    return load_quick_entry(Path(__file__).parent / "tests" / "data" / "quick-entry-2023-24.json")


@pytest.fixture
def quick_entry(_quick_entry_built, db):
    """The invented 2023/24 year (tests/data/quick-entry-2023-24.json) loaded into records: once per
    test module, a copy per test (its changes rolled back)."""
    return copy.deepcopy(_quick_entry_built)
