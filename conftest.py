"""Shared pytest fixtures: the personas every permission test uses."""

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


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2's deliberate slowness is for production; tests only need passwords to work.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


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


@pytest.fixture
def quick_entry(db):
    """The invented 2023/24 year (tests/data/quick-entry-2023-24.json) loaded into records."""
    from pathlib import Path

    from boardwork.boards.quickentry import load_quick_entry

    return load_quick_entry(Path(__file__).parent / "tests" / "data" / "quick-entry-2023-24.json")
