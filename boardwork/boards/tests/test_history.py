"""History is written in the same transaction as the change it describes, from every write path.

pytest-django runs each test inside a transaction that is never committed, so an entry written
through `transaction.on_commit` never appears here: finding it proves it was written inside."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import transaction
from django.urls import reverse

from boardwork.activities.models import Activity, Organisation, Policy
from boardwork.boards.models import Board, Change, Person
from boardwork.papers import services
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, Feedback, Theme

pytestmark = pytest.mark.django_db

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "corpus"
SAMPLE = CORPUS / "lga-sscb-end-of-year-2020-21.txt"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def _actions(obj) -> list[str]:
    return [c.action for c in Change.history(obj)]


def test_an_import_writes_its_history_inside_its_transaction(board, media, officer):
    res = services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board, user=officer)
    assert res.status == "imported", res.reason
    assert _actions(res.paper) == ["imported"]
    assert Change.history(res.paper).get().user == officer
    # every record the import created — including organisations, policies and people it met for
    # the first time — has its "created" entry
    for model in (Theme, Activity, Commitment, Organisation, Policy, Person):
        rows = list(model.objects.all())
        if model is Person:
            rows = [p for p in rows if p.user_id is None]  # the persona's own person predates it
        assert rows or model in (Policy, Person), model
        for obj in rows:
            assert "created" in _actions(obj), (model.__name__, str(obj))


def test_a_failed_import_leaves_no_history_and_no_file(board, media, monkeypatch):
    def boom(*a, **k):
        raise RuntimeError("killed")

    monkeypatch.setattr(Commitment.objects, "bulk_create", boom)
    with pytest.raises(RuntimeError):
        services.import_paper(SAMPLE.read_bytes(), SAMPLE.name, board)
    assert not StoredPaper.objects.exists() and not Change.objects.exists()
    assert [p for p in Path(media).rglob("*") if p.is_file()] == []


def test_a_rerun_replaces_the_file_a_killed_import_left_and_cleanup_removes_strays(board, media):
    data = SAMPLE.read_bytes()
    # what an import killed before its commit leaves: the file at its final name and a partial write
    probe = StoredPaper(
        board=board, sha256=__import__("hashlib").sha256(data).hexdigest(), filename=SAMPLE.name
    )
    name = probe.file.field.generate_filename(probe, SAMPLE.name)
    final = Path(media) / name
    final.parent.mkdir(parents=True)
    final.write_bytes(b"half")
    (final.parent / services.PARTIAL).write_bytes(b"hal")
    stray = Path(media) / "papers" / "sscb" / "0123456789abcdef" / "other.txt"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"x")
    res = services.import_paper(data, SAMPLE.name, board)
    assert res.status == "imported"
    assert res.paper.file.name == name and final.read_bytes() == data
    assert services.unreferenced_files() == ["papers/sscb/0123456789abcdef/other.txt"]
    assert services.cleanup_files(min_age=3600) == []  # too new: could be an import running now
    assert services.cleanup_files() == ["papers/sscb/0123456789abcdef/other.txt"]
    assert sorted(p.relative_to(media).as_posix() for p in Path(media).rglob("*") if p.is_file()) == [name]


def test_feedback_from_web_and_api_is_kept_in_history(client, board, cycles, member):
    client.force_login(member)
    r = client.post(reverse("feedback", args=[board.slug]) + "?cycle=2020/21", {"text": "More on VAWG"})
    assert r.status_code == 302
    r = client.post(
        f"/api/cycles/{cycles[0].uid}/feedback",
        {"text": "And on fire safety"},
        content_type="application/json",
    )
    assert r.status_code == 201, r.content
    items = list(Feedback.objects.all())
    assert len(items) == 2
    for f in items:
        assert _actions(f) == ["created"]
        assert Change.history(f).get().user == member


def test_organisations_policies_and_people_an_edit_creates_are_kept_in_history(
    client, board, cycles, officer
):
    client.force_login(officer)
    r = client.post(
        reverse("activity_add", args=[board.slug]),
        {
            "text": "Met the Home Office on knife crime",
            "organisations": "Home Office Knife Crime Unit",
            "policies": "Offensive Weapons Act 2019",
            "people": "Cllr Jo Bloggs",
            "version": "",
        },
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    for obj in (
        Organisation.objects.get(name="Home Office Knife Crime Unit"),
        Policy.objects.get(title="Offensive Weapons Act 2019"),
        Person.objects.get(name="Jo Bloggs"),
        Activity.objects.get(),
    ):
        assert _actions(obj) == ["created"], obj
        assert Change.history(obj).get().user == officer


def test_admin_edits_and_deletes_are_kept_in_history_and_bump_the_version(client, admin_user, board):
    client.force_login(admin_user)
    org = Organisation.objects.create(name="Home Office")
    url = reverse("admin:activities_organisation_change", args=[org.pk])
    data = {"name": "The Home Office", "acronym": "", "aliases": "[]", "kind": org.kind, "website": ""}
    r = client.post(url, data)
    assert r.status_code == 302, r.context["adminform"].form.errors if r.context else r
    org.refresh_from_db()
    assert org.name == "The Home Office" and org.version == 2
    entry = Change.history(org).get()
    assert entry.action == "edit" and entry.user == admin_user
    assert entry.changes["name"] == ["Home Office", "The Home Office"]

    r = client.post(reverse("admin:boards_board_delete", args=[board.pk]), {"post": "yes"})
    assert r.status_code == 302
    assert not Board.objects.exists()
    assert Change.objects.filter(object_uid=board.uid, action="deleted").count() == 1


def test_a_history_entry_rolls_back_with_its_change(board):
    with pytest.raises(RuntimeError), transaction.atomic():
        org = Organisation.objects.create(name="Gone")
        Change.record(org, action="created")
        raise RuntimeError
    assert not Change.objects.exists() and not Organisation.objects.exists()
