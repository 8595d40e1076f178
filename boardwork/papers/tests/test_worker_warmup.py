"""`boardwork db_worker` is Boardwork's warmed command: it warms the process once, before the
library's worker takes jobs; with --reload only the child that runs the jobs warms."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command, get_commands
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker as library

from boardwork.papers import server_warmup


@pytest.fixture(autouse=True)
def database_queue(settings):
    """The production queue (the tests run tasks immediately): the worker's arguments need it."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _record(monkeypatch) -> list[str]:
    calls: list[str] = []

    def warm_worker() -> float:
        calls.append("warm")
        return 0.0

    def library_handle(self, *args, **options):
        calls.append("worker")

    monkeypatch.setattr(server_warmup, "warm_worker", warm_worker)
    monkeypatch.setattr(library.Command, "handle", library_handle)
    return calls


def test_db_worker_is_boardworks_command():
    assert get_commands()["db_worker"] == "boardwork.papers"


def test_the_worker_is_warmed_once_before_it_takes_jobs(monkeypatch):
    calls = _record(monkeypatch)
    out = io.StringIO()
    call_command("db_worker", reload=False, stdout=out)
    assert calls == ["warm", "worker"]
    assert "warmed in" in out.getvalue()


def test_with_reload_only_the_child_warms(monkeypatch):
    calls = _record(monkeypatch)
    monkeypatch.delenv(DJANGO_AUTORELOAD_ENV, raising=False)
    call_command("db_worker", reload=True, stdout=io.StringIO())
    assert calls == ["worker"]  # the watching parent
    monkeypatch.setenv(DJANGO_AUTORELOAD_ENV, "true")
    call_command("db_worker", reload=True, stdout=io.StringIO())
    assert calls == ["worker", "warm", "worker"]


def test_other_commands_do_not_warm(monkeypatch):
    calls = _record(monkeypatch)
    call_command("check", stdout=io.StringIO())
    assert calls == []
