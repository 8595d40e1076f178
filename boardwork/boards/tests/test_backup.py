import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from boardwork.activities.models import Activity, Organisation
from boardwork.boards.models import Board
from boardwork.boards.services import BackupError, load_backup
from boardwork.plans.models import Commitment, Theme

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Board.objects.count(),
        Activity.objects.count(),
        Organisation.objects.count(),
        Theme.objects.count(),
        Commitment.objects.count(),
    )


def test_it_loads_the_demo_twice_without_doubling_and_round_trips_its_export():
    call_command("demo", stdout=open("/dev/null", "w"))
    first = _counts()
    call_command("demo", stdout=open("/dev/null", "w"))
    assert _counts() == first
    board = Board.objects.get(slug="sscb")
    assert Activity.objects.filter(board=board).count() >= 40
    assert Organisation.objects.count() >= 25
    assert board.cycles.count() >= 2
    lineage = Theme.objects.filter(cycle__board=board, continues__isnull=False)
    assert lineage.exists()
    assert (
        Commitment.objects.filter(theme__cycle__board=board, updates__isnull=False).distinct().count() >= 10
    )


def test_the_demo_shows_the_whole_cycle_run_in_the_app():
    # A new user signing in to the demo finds the year run: meetings with attendance, agenda and
    # actions, people representing the board on outside bodies, a sign-off chain and a draft paper
    # on an agenda waiting for sign-off, which the demo officer may approve.
    from boardwork.activities.models import Appointment
    from boardwork.papers import drafts
    from boardwork.papers.models import StoredPaper

    call_command("demo", stdout=open("/dev/null", "w"))
    board = Board.objects.get(slug="sscb")
    meetings = board.meetings.all()
    assert any(m.attendees.exists() for m in meetings) and any(m.actions.exists() for m in meetings)
    assert Appointment.objects.filter(board=board).count() >= 3
    assert drafts.chain_for(board) == ["officer", "chair"]
    draft = StoredPaper.objects.get(board=board, status="draft")
    assert draft.meeting is not None and draft.item
    officer = get_user_model().objects.get(username="officer")
    assert drafts.may_act(draft, officer)


def test_it_refuses_a_bad_backup_and_stores_nothing():
    data = {
        "format": "boardwork.backup/1",
        "records": [
            {
                "model": "boards.board",
                "fields": {
                    "uid": "3f1c1f0e-2a8e-4c55-9a0e-4a1a1a1a1a1a",
                    "name": "X",
                    "slug": "x",
                    "remit": "",
                    "parent": None,
                    "organisation": "LGA",
                    "organisation_acronym": "",
                    "house_style": {},
                    "version": 1,
                },
            },
            {
                "model": "boards.cycle",
                "fields": {
                    "uid": "3f1c1f0e-2a8e-4c55-9a0e-4a1a1a1a1a1b",
                    "board": ["nope"],
                    "label": "2020/21",
                    "start": "2020-09-01",
                    "end": "2021-08-31",
                    "version": 1,
                },
            },
        ],
    }
    with pytest.raises(BackupError):
        load_backup(data)
    assert Board.objects.count() == 0


def test_it_refuses_what_is_not_a_backup():
    with pytest.raises(BackupError, match="not a Boardwork backup"):
        load_backup({"records": []})
    with pytest.raises(BackupError, match="record 1"):
        load_backup({"format": "boardwork.backup/1", "records": [{"model": "auth.user", "fields": {}}]})


def test_it_refuses_a_backup_that_names_no_board():
    record = {"model": "boards.board", "fields": {"uid": "5b79a0f0-4c1e-5b47-8210-f2979e232151", "name": "X"}}
    before = _counts()
    with pytest.raises(BackupError, match="does not say which board"):
        load_backup({"format": "boardwork.backup/1", "records": [record]})
    assert _counts() == before


def test_it_exports_from_the_command_line(capsys, board, cycles):
    from boardwork.plans.models import ProgressUpdate

    theme = Theme.objects.create(cycle=cycles[0], title="Community safety")
    c = Commitment.objects.create(theme=theme, title="Work on VAWG")
    ProgressUpdate.objects.create(commitment=c, quarter=1, rag="green")
    from boardwork.activities.models import Policy
    from boardwork.boards.models import Meeting

    Meeting.objects.create(board=board, date="2021-06-24")
    a = Activity.objects.create(board=board, text="Responded", cycle=cycles[0])
    a.policies.add(Policy.objects.create(title="Domestic Abuse Act"))
    call_command("export", board="sscb")
    data = json.loads(capsys.readouterr().out)
    models = {r["model"] for r in data["records"]}
    assert {"activities.activity", "plans.progressupdate", "boards.meeting", "activities.policy"} <= models
    assert not any("password" in json.dumps(r) for r in data["records"])
