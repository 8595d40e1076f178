"""`boardwork db_worker` is Boardwork's warmed command: it warms the process once, before the
library's worker takes jobs; with --reload only the child that runs the jobs warms."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command, get_commands
from django.db.migrations.recorder import MigrationRecorder
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


@pytest.mark.django_db  # the worker first checks that every migration is applied
def test_the_worker_is_warmed_once_before_it_takes_jobs(monkeypatch):
    calls = _record(monkeypatch)
    out = io.StringIO()
    call_command("db_worker", reload=False, stdout=out)
    assert calls == ["warm", "worker"]
    assert "warmed in" in out.getvalue()


@pytest.mark.django_db
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


def test_gunicorn_worker_freezes_what_it_warmed_and_calms_the_collector():
    """gunicorn's post_worker_init warms, then freezes the warmed objects out of the collector's
    walks and makes full passes rarer; run in a child process, as the hook changes the process."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    code = (
        "import gc, json, runpy, types\n"
        "import django; django.setup()\n"
        "from boardwork.papers import server_warmup\n"
        "server_warmup.warm = lambda: 0.0\n"  # importing the composer is not what is tested
        "conf = runpy.run_path('gunicorn.conf.py')\n"
        "before = gc.get_freeze_count()\n"
        "log = types.SimpleNamespace(info=lambda *a: None)\n"
        "conf['post_worker_init'](types.SimpleNamespace(log=log))\n"
        "print(json.dumps([before, gc.get_freeze_count(), gc.get_threshold()]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True, timeout=120
    ).stdout
    before, after, thresholds = json.loads(out.splitlines()[-1])
    assert before == 0 and after > 10_000
    assert tuple(thresholds) == server_warmup.SERVER_GC_THRESHOLDS
    assert thresholds[2] > 10  # full passes rarer than Python's default


@pytest.mark.django_db
def test_the_worker_refuses_a_database_behind_the_code(monkeypatch):
    calls = _record(monkeypatch)
    last = MigrationRecorder.Migration.objects.filter(app="search").latest("id")  # the last applied
    last.delete()
    with pytest.raises(CommandError, match=rf"search\.{last.name}.*boardwork migrate"):
        call_command("db_worker", reload=False, stdout=io.StringIO())
    assert calls == []  # neither warmed nor started
